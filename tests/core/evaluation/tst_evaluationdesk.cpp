// The evaluation desk on tenders whose bids were sealed, received and opened for real, on both
// engines: the compliance review and its overrides, the panel's hidden and locked sheets, the
// explanation step of an abnormally low price, the scoring and the award. Every expected figure
// is worked out by hand in the comments.
#include "../bidding/buyerfixtures.h"
#include "evaluation/evaluationdesk.h"
#include "evaluationfixtures.h"
#include "ocdsvalidation.h"
#include "store/auditverifier.h"
#include "store/releaserepository.h"

#include <QTest>

using namespace td;
using namespace td::test;

namespace {

const QDateTime later = openedAt().addSecs(3600);

// The points an evaluator gives one bid on the template's five scored criteria.
QList<SheetScore> scoresFor(qint64 bid, double technical, double accuracy, double performance,
                            double security, double service)
{
    return {{bid, QStringLiteral("technical"), technical, {}},
            {bid, QStringLiteral("benchmarkAccuracy"), accuracy, {}},
            {bid, QStringLiteral("benchmarkPerformance"), performance, {}},
            {bid, QStringLiteral("security"), security, {}},
            {bid, QStringLiteral("service"), service, {}}};
}

const ComplianceFinding* finding(const TenderEvaluation& e, qint64 bid, const char* code)
{
    for (const BidCompliance& b : e.compliance.bids)
        if (b.bidId == bid)
            for (const ComplianceFinding& f : b.findings)
                if (f.code == QLatin1String(code))
                    return &f;
    return nullptr;
}

QString statusOfBid(const Database& db, qint64 bid)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT status FROM bids WHERE id = ?"),
                       {bid})
        .toString();
}

} // namespace

class TestEvaluationDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void complianceIsCheckedThenConfirmed_data() { addEngineRows(); }
    void complianceIsCheckedThenConfirmed()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        // Bid 1 is above lot 1's budget (2,100,000); bid 2 declares an NVIDIA H20 among its
        // accelerators (excluded, and 8 of 24 foreign: 67% domestic still meets 50%); bid 3
        // declares 3,000 ms to first token where the tender asks 2,000.
        const OpenedTender t = openedTender(db, m_dir.path(), [](const QString& ref) {
            BidContent above = evaluationBid(ref, 2'200'000);
            BidContent h20 = evaluationBid(ref, 1'500'000);
            h20.hardware.append({QStringLiteral("NVIDIA H20"), 8});
            BidContent slow = evaluationBid(ref, 1'400'000);
            slow.declaredBenchmarks.ttftP95Ms = 3000;
            return QList<BidContent>{above, h20, slow, evaluationBid(ref, 1'300'000)};
        });
        EvaluationDesk desk(db, QStringLiteral("评标委员会"));
        TenderEvaluation e = desk.load(t.reference);
        QVERIFY(!finding(e, t.bidIds[0], "aboveBudget")->passes());
        QVERIFY2(finding(e, t.bidIds[1], "domesticShare")->passes(),
                 qPrintable(finding(e, t.bidIds[1], "domesticShare")->detail));
        QVERIFY(!finding(e, t.bidIds[1], "excludedAccelerator")->passes());
        QVERIFY(!finding(e, t.bidIds[2], "serviceLevels")->passes());
        QVERIFY(finding(e, t.bidIds[3], "missingDocument")->passes());
        for (const BidCompliance& b : e.compliance.bids)
            QCOMPARE(b.compliant(), b.bidId == t.bidIds[3]);

        // An override without a written justification is refused, and nothing is written.
        const QString refused = messageOf([&] {
            desk.overrideCompliance(t.reference, t.bidIds[2], QStringLiteral("serviceLevels"), true,
                                    QStringLiteral("   "), later);
        });
        QVERIFY2(refused.contains(QStringLiteral("justification")), qPrintable(refused));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM compliance_overrides")), 0);

        desk.overrideCompliance(t.reference, t.bidIds[2], QStringLiteral("serviceLevels"), true,
                                QStringLiteral("澄清函确认首字时延以99分位计为1.9秒"), later);
        QVERIFY(auditActions(db).contains(QStringLiteral("compliance.override")));
        QCOMPARE(lastAuditPayload(db).value(QStringLiteral("justification")).toString(),
                 QStringLiteral("澄清函确认首字时延以99分位计为1.9秒"));
        desk.confirmCompliance(t.reference, later);
        QCOMPARE(statusOfBid(db, t.bidIds[0]), QStringLiteral("disqualified"));
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT disqualification FROM bids WHERE id = ?"),
                             {t.bidIds[1]})
                     .toString(),
                 QStringLiteral("excludedAccelerator"));
        QCOMPARE(statusOfBid(db, t.bidIds[2]), QStringLiteral("valid"));
        e = desk.load(t.reference);
        QVERIFY(e.compliance.confirmedAt.has_value());
        QVERIFY(finding(e, t.bidIds[2], "serviceLevels")->override.has_value());
        QVERIFY(!e.result.bid(t.bidIds[0])->valid);
        QVERIFY(e.result.bid(t.bidIds[2])->valid);
    }

    void sheetsStayHiddenUntilAllAreIn_data() { addEngineRows(); }
    void sheetsStayHiddenUntilAllAreIn()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const OpenedTender t = threeOpenedBids(db, m_dir.path());
        EvaluationDesk desk(db, QStringLiteral("test"));
        desk.addEvaluator(t.reference, QStringLiteral("张明"), QStringLiteral("chair"));
        desk.addEvaluator(t.reference, QStringLiteral("李华"), QStringLiteral("member"));
        desk.confirmCompliance(t.reference, later);
        QList<SheetScore> a, b;
        for (qint64 bid : t.bidIds) {
            a += scoresFor(bid, 20, 10, 5, 5, 3);
            b += scoresFor(bid, 22, 11, 6, 6, 4);
        }
        // A sheet is submitted whole.
        QVERIFY(messageOf([&] {
                    desk.saveSheet(t.reference, QStringLiteral("张明"), a.mid(0, 5), true, later);
                }).contains(QStringLiteral("submitted whole")));
        desk.saveSheet(t.reference, QStringLiteral("张明"), a, true, later);
        desk.saveSheet(t.reference, QStringLiteral("李华"), b, false, later);

        // Each sees their own sheet; neither sees the other's until every sheet is in.
        QCOMPARE(desk.sheet(t.reference, QStringLiteral("张明"), QStringLiteral("张明")).size(),
                 15);
        QCOMPARE(desk.sheet(t.reference, QStringLiteral("李华"), QStringLiteral("李华")).size(),
                 15);
        QVERIFY(messageOf([&] {
                    desk.sheet(t.reference, QStringLiteral("李华"), QStringLiteral("张明"));
                }).contains(QStringLiteral("hidden")));
        QVERIFY(messageOf([&] {
                    desk.sheet(t.reference, QStringLiteral("张明"), QStringLiteral("李华"));
                }).contains(QStringLiteral("hidden")));
        // Nor do the panel's scores show in the evaluation.
        TenderEvaluation e = desk.load(t.reference);
        QVERIFY(!e.sheetsComplete());
        QCOMPARE(e.result.unscoredBids.size(), 3);

        // A submitted sheet is locked; the panel is fixed once a sheet is in.
        QVERIFY(messageOf([&] {
                    desk.saveSheet(t.reference, QStringLiteral("张明"), a, true, later);
                }).contains(QStringLiteral("locked")));
        QVERIFY(messageOf([&] {
                    desk.addEvaluator(t.reference, QStringLiteral("王强"),
                                      QStringLiteral("member"));
                }).contains(QStringLiteral("fixed")));

        desk.saveSheet(t.reference, QStringLiteral("李华"), b, true, later);
        const QList<SheetScore> seen =
            desk.sheet(t.reference, QStringLiteral("李华"), QStringLiteral("张明"));
        QCOMPARE(seen.size(), 15);
        // Technical: (20 + 22) / 2 = 21 for every bid.
        e = desk.load(t.reference);
        QVERIFY(e.sheetsComplete());
        QCOMPARE(e.result.bid(t.bidIds[0])->criterionPoints.at(1), 21.0);
        QVERIFY(auditActions(db).contains(QStringLiteral("sheet.submitted")));
    }

    void aLowPriceIsExplainedThenTheAwardIsRecorded_data() { addEngineRows(); }
    void aLowPriceIsExplainedThenTheAwardIsRecorded()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const OpenedTender t = openedTender(db, m_dir.path(), [](const QString& ref) {
            return QList<BidContent>{evaluationBid(ref, 1'800'000), evaluationBid(ref, 1'600'000),
                                     evaluationBid(ref, 1'200'000), evaluationBid(ref, 500'000)};
        });
        const qint64 low = t.bidIds[3];
        EvaluationDesk desk(db, QStringLiteral("test"));
        desk.addEvaluator(t.reference, QStringLiteral("张明"), QStringLiteral("chair"));
        desk.addEvaluator(t.reference, QStringLiteral("李华"), QStringLiteral("member"));
        desk.confirmCompliance(t.reference, later);
        // Technical, accuracy, performance, security, service (out of 30, 15, 10, 10, 5).
        QList<SheetScore> a = scoresFor(t.bidIds[0], 28, 14, 9, 9, 5) + // 65
                              scoresFor(t.bidIds[1], 25, 12, 8, 8, 4) + // 57
                              scoresFor(t.bidIds[2], 20, 10, 6, 7, 3) + // 46
                              scoresFor(low, 15, 8, 5, 5, 2);
        QList<SheetScore> b = scoresFor(t.bidIds[0], 26, 14, 9, 9, 5) + // 63
                              scoresFor(t.bidIds[1], 25, 12, 8, 8, 4) + // 57
                              scoresFor(t.bidIds[2], 22, 10, 6, 7, 3) + // 48
                              scoresFor(low, 15, 8, 5, 5, 2);
        desk.saveSheet(t.reference, QStringLiteral("张明"), a, true, later);
        desk.saveSheet(t.reference, QStringLiteral("李华"), b, true, later);

        // MOF 2026 on the raw prices: the average (1.8 + 1.6 + 1.2 + 0.5) / 4 = 1.275 million,
        // half of it 637,500 > 500,000; half the second-lowest 600,000 > 500,000; 45% of the
        // 2,100,000 budget 945,000 > 500,000. All three fire on the 500,000 bid only.
        TenderEvaluation e = desk.score(t.reference, later);
        const scoring::BidResult* flagged = e.result.bid(low);
        QCOMPARE(scoring::lowBidRuleCodes(flagged->flags),
                 QStringLiteral("mofAverage,mofSecondLowest,mofCeiling"));
        QCOMPARE(e.reviews.size(), 1);
        QCOMPARE(e.result.pendingExplanations, QList<qint64>{low});
        QVERIFY(messageOf([&] {
                    desk.award(t.reference, t.bidIds[0], {}, later);
                }).contains(QStringLiteral("abnormally low")));
        // Accepting needs the vendor's explanation; rejecting an unproven price does not.
        QVERIFY(messageOf([&] {
                    desk.decideLowPrice(t.reference, low, true, QStringLiteral("接受"), later);
                }).contains(QStringLiteral("explanation")));
        desk.recordExplanation(t.reference, low, QStringLiteral("自有算力，成本已摊销"), {}, later);
        desk.decideLowPrice(t.reference, low, false,
                            QStringLiteral("未能提供硬件采购合同，不能证明成本"), later);

        // Bid 4 out. Every bid has 16 Ascend 910B: domestic, 20% off the evaluation price:
        // 1,440,000, 1,280,000 and 960,000, the benchmark. Price scores 960/1440 x 30 = 20,
        // 960/1280 x 30 = 22.5, 30. Technical means 64, 57, 47. Totals 84, 79.5, 77.
        e = desk.score(t.reference, later);
        QVERIFY(!e.result.bid(low)->valid);
        QCOMPARE(e.result.lot(e.result.bid(low)->lotId)->benchmarkMinor, 96'000'000);
        QCOMPARE(e.result.bid(t.bidIds[0])->totalPoints, 84.0);
        QCOMPARE(e.result.bid(t.bidIds[1])->totalPoints, 79.5);
        QCOMPARE(e.result.bid(t.bidIds[2])->totalPoints, 77.0);
        QCOMPARE(e.result.bid(t.bidIds[0])->rank, 1);
        QCOMPARE(e.tender.status, TenderStatus::Evaluated);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT score_hundredths FROM bids WHERE id = ?"),
                             {t.bidIds[1]})
                     .toLongLong(),
                 7950);

        // Another bid than the recommended one needs a justification.
        QVERIFY(messageOf([&] {
                    desk.award(t.reference, t.bidIds[1], {}, later);
                }).contains(QStringLiteral("justification")));
        const Award award = desk.award(t.reference, t.bidIds[0], {}, later);
        QCOMPARE(award.amount, Money::yuan(180'000'000));
        QCOMPARE(award.costVerdict, QStringLiteral("noBenchmark"));
        QCOMPARE(award.standstillEndsAt, later.addDays(3));
        e = desk.load(t.reference);
        QCOMPARE(e.tender.status, TenderStatus::Awarded);
        QCOMPARE(e.tender.awards.size(), 1);
        QVERIFY(auditActions(db).contains(QStringLiteral("award.recorded")));
        // The award is published: an OCDS release of tag award, valid with the bids extension,
        // whose award carries the loss-making verdict; the audit chain and its anchors hold.
        const std::optional<TenderRelease> release =
            ReleaseRepository(db.connection()).latest(e.tender.id);
        QVERIFY(release && release->kind == ReleaseKind::Award);
        const QJsonObject json = jsonOf(*release);
        QCOMPARE(tags(*release), QStringList{QStringLiteral("award")});
        const QJsonObject published =
            json.value(QStringLiteral("awards")).toArray().at(0).toObject();
        QCOMPARE(published.value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("amount"))
                     .toDouble(),
                 1800000.0);
        QCOMPARE(published.value(QStringLiteral("tenderdesk"))
                     .toObject()
                     .value(QStringLiteral("costVerdict"))
                     .toString(),
                 QStringLiteral("noBenchmark"));
        const OcdsValidation valid = validateReleases({json}, {bidExtensionDir()});
        QVERIFY2(valid.ran && valid.exitCode == 0, qPrintable(valid.output));
        QVERIFY(AuditVerifier(db.connection(), db.dialect()).verify().intact());
        // The evaluation is closed.
        QVERIFY(messageOf([&] {
                    desk.confirmCompliance(t.reference, later);
                }).contains(QStringLiteral("awarded")));
    }
};

QTEST_MAIN(TestEvaluationDesk)
#include "tst_evaluationdesk.moc"
