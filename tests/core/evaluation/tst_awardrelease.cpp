// The award release on SQLite and PostgreSQL: a tender published, four bids sealed for real and
// opened (one fails to unseal), the evaluation's outcome written by hand as the desk would leave
// it (one opened bid disqualified, each lot awarded), then the award release checked against the
// OCDS schema with the bids extension and against values worked out by hand, with its row in
// the releases and its entry in the audit log.
#include "bidding/bidopening.h"
#include "buyerfixtures.h"
#include "evaluation/awardrelease.h"
#include "ocdsvalidation.h"
#include "sealing/signingidentity.h"
#include "store/auditverifier.h"
#include "store/tenderreader.h"

#include <stdexcept>

using namespace td;
using namespace td::test;

namespace {

// The template's tender has two lots: 1 (模型及推理平台, 70% of 3,000,000.00) and
// 2 (知识库应用开发与集成).
// The bids, by vendor: what each offers and what became of it.
//   0 深度求索 lot 1 1,500,000.00  valid         awarded lot 1
//   1 月之暗面 lot 1 1,200,000.00  disqualified  in evaluation (the lowest price, so the
//                                                lowest valid value must not be it)
//   2 稀宇科技 lot 2   800,000.00  valid         awarded lot 2
//   3 智谱     lot 1 1,900,000.00  failed to unseal at the opening: disqualified, no lot
const QDateTime decided = at("2030-07-01T10:00:00+08:00");
const QDateTime standstillEnds = at("2030-07-11T10:00:00+08:00");
const QDateTime releasedAt = at("2030-07-01T10:05:00+08:00");

// A fourth bidder beside the three the package builder knows.
const Vendor& fourthVendor()
{
    static const Vendor v = [] {
        Vendor made;
        made.organization = QStringLiteral("北京智谱华章科技有限公司");
        const QString first17 = QStringLiteral("91110108MA01KP2T7");
        made.uscc = first17 + uscc::checkCharacter(first17);
        made.identity = makeSigningIdentity(made.organization, made.uscc,
                                            CipherSuite::International, vendorPassphrase);
        return made;
    }();
    return v;
}

struct Statistic
{
    double value = 0;
    QString currency;
};

// The statistics by "measure" or "measure@lot".
QHash<QString, Statistic> statisticsOf(const QJsonObject& release)
{
    QHash<QString, Statistic> out;
    for (const QJsonValue& v : release.value(u"bids").toObject().value(u"statistics").toArray()) {
        const QJsonObject s = v.toObject();
        QString key = s.value(u"measure").toString();
        if (s.contains(u"relatedLot"))
            key += QLatin1Char('@') + s.value(u"relatedLot").toString();
        out.insert(key, {s.value(u"value").toDouble(), s.value(u"currency").toString()});
    }
    return out;
}

QJsonObject byId(const QJsonArray& array, const QString& id)
{
    for (const QJsonValue& v : array)
        if (v.toObject().value(u"id").toString() == id)
            return v.toObject();
    return {};
}

QStringList rolesOf(const QJsonObject& release, const QString& partyId)
{
    QStringList roles;
    for (const QJsonValue& r :
         byId(release.value(u"parties").toArray(), partyId).value(u"roles").toArray())
        roles.append(r.toString());
    return roles;
}

QJsonObject cny(double amount)
{
    return {{QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

qint64 insertAward(const Database& db, qint64 tenderId, qint64 bidId, qint64 amountMinor,
                   const QString& verdict, const QVariant& costWithout, const QVariant& costWith)
{
    QSqlQuery row = sql::run(db.connection(),
                             QStringLiteral("SELECT lot_id, vendor_id FROM bids "
                                            "WHERE id = ?"),
                             {bidId});
    row.next();
    QSqlQuery q = sql::run(
        db.connection(),
        QStringLiteral("INSERT INTO awards (tender_id, lot_id, bid_id, vendor_id, amount_minor, "
                       "currency, status, decided_at, cost_verdict, cost_without_voucher_minor, "
                       "cost_with_voucher_minor, standstill_ends_at) VALUES (?, ?, ?, ?, ?, "
                       "'CNY', 'pending', ?, ?, ?, ?, ?) RETURNING id"),
        {tenderId, row.value(0), bidId, row.value(1), amountMinor, sql::fromDateTime(decided),
         verdict, costWithout, costWith, sql::fromDateTime(standstillEnds)});
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TestAwardRelease : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    qint64 send(const Database& db, const PublishedTender& tender, const Vendor& v, int lot,
                qint64 yuan, const QString& name)
    {
        BidContent content = bidFor(tender.reference, yuan);
        content.lot = lot;
        const QString file = BidPackageBuilder(tender.target, v)
                                 .withSealedPayload(sealedContent(content, name))
                                 .write(m_dir.filePath(name + QStringLiteral(".zip")));
        const ReceiptOutcome r =
            receiveBidPackage(db, file, duringTendering, QStringLiteral("test"));
        if (!r.accepted)
            qWarning() << r.message;
        return r.receipt.submissionId;
    }

    static qint64 bidOf(const Database& db, qint64 submissionId)
    {
        return sql::scalar(db.connection(),
                           QStringLiteral("SELECT id FROM bids WHERE submission_id = ?"),
                           {submissionId})
            .toLongLong();
    }

    static Organization organization(const Database& db, const Vendor& v)
    {
        return OrganizationRepository(db.connection())
            .byId(sql::scalar(db.connection(),
                              QStringLiteral("SELECT id FROM organizations WHERE uscc = ?"),
                              {v.uscc})
                      .toLongLong())
            .value_or(Organization{});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void awardedTenderIsPublished_data() { addEngineRows(); }
    void awardedTenderIsPublished()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::International);
        const Vendor& v0 = vendor(CipherSuite::International, 0);
        const Vendor& v1 = vendor(CipherSuite::International, 1);
        const Vendor& v2 = vendor(CipherSuite::International, 2);
        const Vendor& v3 = fourthVendor();
        const qint64 s0 = send(db, tender, v0, 1, 1500000, QStringLiteral("v0"));
        const qint64 s1 = send(db, tender, v1, 1, 1200000, QStringLiteral("v1"));
        const qint64 s2 = send(db, tender, v2, 2, 800000, QStringLiteral("v2"));
        const qint64 s3 = send(db, tender, v3, 1, 1900000, QStringLiteral("v3"));
        // The fourth bid's payload damaged after receipt: it fails to unseal at the opening.
        QByteArray payload = sql::scalar(db.connection(),
                                         QStringLiteral("SELECT payload FROM bid_submissions "
                                                        "WHERE id = ?"),
                                         {s3})
                                 .toByteArray();
        payload[payload.size() / 2] = char(payload.at(payload.size() / 2) ^ 0x01);
        sql::run(db.connection(),
                 QStringLiteral("UPDATE bid_submissions SET payload = ? WHERE id = ?"),
                 {payload, s3});
        const OpeningResult opening =
            openBids(db, tender.reference, passphrase, afterDeadline, QStringLiteral("test"));
        QCOMPARE(opening.validBids, 3);
        QCOMPARE(opening.failedBids, 1);

        // What the evaluation desk leaves behind, written by hand.
        const qint64 tenderId = sql::scalar(db.connection(),
                                            QStringLiteral("SELECT id FROM tenders WHERE "
                                                           "reference = ?"),
                                            {tender.reference})
                                    .toLongLong();
        sql::run(db.connection(),
                 QStringLiteral("UPDATE bids SET status = 'disqualified', disqualification = "
                                "'excludedAccelerator' WHERE id = ?"),
                 {bidOf(db, s1)});
        const qint64 award1 =
            insertAward(db, tenderId, bidOf(db, s0), 150000000, QStringLiteral("voucherOnly"),
                        qint64(165000000), qint64(132000000));
        const qint64 award2 = insertAward(
            db, tenderId, bidOf(db, s2), 80000000, QStringLiteral("noBenchmark"),
            QVariant(QMetaType::fromType<qint64>()), QVariant(QMetaType::fromType<qint64>()));
        sql::run(db.connection(),
                 QStringLiteral("UPDATE tenders SET status = 'awarded' WHERE id = ?"), {tenderId});
        const Tender awarded = *TenderReader(db.connection()).byReference(tender.reference);
        QCOMPARE(awarded.status, TenderStatus::Awarded);
        QCOMPARE(awarded.lots.size(), 2);

        const Organization o0 = organization(db, v0);
        const Organization o1 = organization(db, v1);
        const Organization o2 = organization(db, v2);
        const Organization o3 = organization(db, v3);
        QVERIFY(o0.id && o1.id && o2.id && o3.id);
        const QList<ReleasedBid> bids{
            {QString::number(s0), o0, BidStatus::Valid, duringTendering, Money::yuan(150000000), 1},
            {QString::number(s1), o1, BidStatus::Disqualified, duringTendering,
             Money::yuan(120000000), 1},
            {QString::number(s2), o2, BidStatus::Valid, duringTendering, Money::yuan(80000000), 2},
            {QString::number(s3), o3, BidStatus::Disqualified, duringTendering, Money(), 0}};
        Award first;
        first.id = award1;
        first.tenderId = tenderId;
        first.lotId = awarded.lots.at(0).id;
        first.bidId = bidOf(db, s0);
        first.vendorId = o0.id;
        first.amount = Money::yuan(150000000);
        first.status = AwardStatus::Pending;
        first.decidedAt = decided;
        first.costVerdict = QStringLiteral("voucherOnly");
        first.costWithoutVoucher = Money::yuan(165000000);
        first.costWithVoucher = Money::yuan(132000000);
        first.standstillEndsAt = standstillEnds;
        Award second = first;
        second.id = award2;
        second.lotId = awarded.lots.at(1).id;
        second.bidId = bidOf(db, s2);
        second.vendorId = o2.id;
        second.amount = Money::yuan(80000000);
        second.costVerdict = QStringLiteral("noBenchmark");
        second.costWithoutVoucher.reset();
        second.costWithVoucher.reset();
        const QList<AwardedSupplier> awards{{first, o0, QString::number(s0)},
                                            {second, o2, QString::number(s2)}};

        TenderRelease written;
        AuditHead before;
        {
            Transaction transaction(db.connection());
            before = AuditLog(db.connection(), db.dialect()).head();
            written = writeAwardRelease(db, awarded, bids, awards, releasedAt);
            AuditLog(db.connection(), db.dialect())
                .append(
                    QStringLiteral("test"), QStringLiteral("tender.awarded"),
                    QStringLiteral("tender"), tender.reference,
                    QString::fromUtf8(
                        QJsonDocument(releaseAuditFields(written)).toJson(QJsonDocument::Compact)));
            transaction.commit();
        }

        // Publication is release 1, the opening 2: the award is 3.
        QCOMPARE(written.kind, ReleaseKind::Award);
        QCOMPARE(written.number, 3);
        QCOMPARE(written.releaseId, ocds::releaseId(tender.reference, 3));
        const QList<TenderRelease> stored = ReleaseRepository(db.connection()).forTender(tenderId);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.last().kind, ReleaseKind::Award);
        QCOMPARE(stored.last().releaseId, written.releaseId);
        QCOMPARE(stored.last().content, written.content);
        QCOMPARE(
            sql::scalar(db.connection(),
                        QStringLiteral("SELECT kind FROM tender_releases WHERE release_id = ?"),
                        {written.releaseId})
                .toString(),
            QStringLiteral("award"));

        // The audit anchors hold: the release carries the head before its entry, and its entry
        // records its hash.
        const QJsonObject release = jsonOf(written);
        QCOMPARE(written.auditHead.seq, before.seq);
        QCOMPARE(release.value(u"tenderdesk")
                     .toObject()
                     .value(u"auditHead")
                     .toObject()
                     .value(u"seq")
                     .toInteger(),
                 before.seq);
        QCOMPARE(lastAuditPayload(db).value(u"release").toString(), written.releaseId);
        QCOMPARE(lastAuditPayload(db).value(u"sha256").toString(), sha256(written.content));
        const AuditReport report = AuditVerifier(db.connection(), db.dialect()).verify();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.releasesChecked, 3);

        // The schema, with the bids extension applied, accepts it.
        const OcdsValidation valid = validateReleases({release}, {bidExtensionDir()});
        QVERIFY2(valid.ran && valid.exitCode == 0, qPrintable(valid.output));

        QCOMPARE(tags(written), QStringList{QStringLiteral("award")});
        QCOMPARE(tenderOf(written).value(u"status").toString(), QStringLiteral("complete"));

        // The awards: the winning bids' prices, their suppliers, lots and bids, the
        // loss-making verdict of lot 1 (1,500,000.00 against 1,650,000.00 at list price and
        // 1,320,000.00 with the voucher) and none to cost lot 2 on.
        const QString party0 = QStringLiteral("CN-USCC-") + v0.uscc;
        const QString party2 = QStringLiteral("CN-USCC-") + v2.uscc;
        const QJsonArray releasedAwards = release.value(u"awards").toArray();
        QCOMPARE(releasedAwards.size(), 2);
        const QJsonObject a1 = releasedAwards.at(0).toObject();
        QCOMPARE(a1.value(u"id").toString(), QString::number(award1));
        QCOMPARE(a1.value(u"status").toString(), QStringLiteral("pending"));
        QCOMPARE(a1.value(u"date").toString(), QStringLiteral("2030-07-01T02:00:00Z"));
        QCOMPARE(a1.value(u"value").toObject(), cny(1500000));
        QCOMPARE(a1.value(u"suppliers").toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("id"), party0},
                                         {QStringLiteral("name"), v0.organization}}}));
        QCOMPARE(a1.value(u"relatedLots").toArray(), QJsonArray{QStringLiteral("1")});
        QCOMPARE(a1.value(u"relatedBid").toString(), QString::number(s0));
        QCOMPARE(a1.value(u"title").toString(),
                 QStringLiteral("第1包（模型及推理平台）中标人：") + v0.organization);
        const QJsonArray bidDetails = release.value(u"bids").toObject().value(u"details").toArray();
        QCOMPARE(a1.value(u"value").toObject(),
                 byId(bidDetails, QString::number(s0)).value(u"value").toObject());
        const QJsonObject flag1 = a1.value(u"tenderdesk").toObject();
        QCOMPARE(flag1.value(u"costVerdict").toString(), QStringLiteral("voucherOnly"));
        QCOMPARE(flag1.value(u"costToServe").toObject(), cny(1650000));
        QCOMPARE(flag1.value(u"costToServeWithVoucher").toObject(), cny(1320000));
        QCOMPARE(flag1.value(u"standstillEndsAt").toString(),
                 QStringLiteral("2030-07-11T02:00:00Z"));

        const QJsonObject a2 = releasedAwards.at(1).toObject();
        QCOMPARE(a2.value(u"value").toObject(), cny(800000));
        QCOMPARE(a2.value(u"value").toObject(),
                 byId(bidDetails, QString::number(s2)).value(u"value").toObject());
        QCOMPARE(a2.value(u"relatedLots").toArray(), QJsonArray{QStringLiteral("2")});
        QCOMPARE(a2.value(u"suppliers").toArray().at(0).toObject().value(u"id").toString(), party2);
        const QJsonObject flag2 = a2.value(u"tenderdesk").toObject();
        QCOMPARE(flag2.value(u"costVerdict").toString(), QStringLiteral("noBenchmark"));
        QVERIFY(!flag2.contains(u"costToServe"));
        QVERIFY(!flag2.contains(u"costToServeWithVoucher"));

        // The parties: the buyer, four tenderers, two of them suppliers.
        QCOMPARE(release.value(u"parties").toArray().size(), 5);
        QCOMPARE(rolesOf(release, party0),
                 (QStringList{QStringLiteral("tenderer"), QStringLiteral("supplier")}));
        QCOMPARE(rolesOf(release, party2),
                 (QStringList{QStringLiteral("tenderer"), QStringLiteral("supplier")}));
        QCOMPARE(rolesOf(release, QStringLiteral("CN-USCC-") + v1.uscc),
                 QStringList{QStringLiteral("tenderer")});
        QCOMPARE(rolesOf(release, QStringLiteral("CN-USCC-") + v3.uscc),
                 QStringList{QStringLiteral("tenderer")});

        // The bids as evaluated: the one disqualified in evaluation keeps its price and lot.
        QCOMPARE(bidDetails.size(), 4);
        const QJsonObject d1 = byId(bidDetails, QString::number(s1));
        QCOMPARE(d1.value(u"status").toString(), QStringLiteral("disqualified"));
        QCOMPARE(d1.value(u"value").toObject(), cny(1200000));
        const QJsonObject d3 = byId(bidDetails, QString::number(s3));
        QCOMPARE(d3.value(u"status").toString(), QStringLiteral("disqualified"));
        QVERIFY(!d3.contains(u"value"));

        // The statistics, counted from the table above. Whole tender: 4 bids from 4 bidders,
        // valid 0 and 2 (prices 1,500,000.00 and 800,000.00), disqualified 1 and 3. Lot 1: bids 0
        // and 1 (3 has no lot: it never opened), valid 0 only. Lot 2: bid 2 alone.
        const QHash<QString, Statistic> s = statisticsOf(release);
        const QList<std::tuple<QString, double, QString>> expected{
            {QStringLiteral("bids"), 4, QString()},
            {QStringLiteral("validBids"), 2, QString()},
            {QStringLiteral("disqualifiedBids"), 2, QString()},
            {QStringLiteral("bidders"), 4, QString()},
            {QStringLiteral("qualifiedBidders"), 2, QString()},
            {QStringLiteral("disqualifiedBidders"), 2, QString()},
            {QStringLiteral("lowestValidBidValue"), 800000, QStringLiteral("CNY")},
            {QStringLiteral("highestValidBidValue"), 1500000, QStringLiteral("CNY")},
            {QStringLiteral("bids@1"), 2, QString()},
            {QStringLiteral("validBids@1"), 1, QString()},
            {QStringLiteral("disqualifiedBids@1"), 1, QString()},
            {QStringLiteral("bidders@1"), 2, QString()},
            {QStringLiteral("qualifiedBidders@1"), 1, QString()},
            {QStringLiteral("disqualifiedBidders@1"), 1, QString()},
            {QStringLiteral("lowestValidBidValue@1"), 1500000, QStringLiteral("CNY")},
            {QStringLiteral("highestValidBidValue@1"), 1500000, QStringLiteral("CNY")},
            {QStringLiteral("bids@2"), 1, QString()},
            {QStringLiteral("validBids@2"), 1, QString()},
            {QStringLiteral("disqualifiedBids@2"), 0, QString()},
            {QStringLiteral("bidders@2"), 1, QString()},
            {QStringLiteral("qualifiedBidders@2"), 1, QString()},
            {QStringLiteral("disqualifiedBidders@2"), 0, QString()},
            {QStringLiteral("lowestValidBidValue@2"), 800000, QStringLiteral("CNY")},
            {QStringLiteral("highestValidBidValue@2"), 800000, QStringLiteral("CNY")},
        };
        QCOMPARE(s.size(), expected.size());
        for (const auto& [key, value, currency] : expected) {
            QVERIFY2(s.contains(key), qPrintable(key));
            QCOMPARE(s.value(key).value, value);
            QCOMPARE(s.value(key).currency, currency);
        }
    }

    // The check has teeth: with the extension applied, a bid status outside its codelist and a
    // statistic that is not a number are refused (the core schema alone lets any "bids" through).
    void theBidsExtensionIsChecked()
    {
        QJsonObject release{
            {QStringLiteral("ocid"), QStringLiteral("ocds-tdesk1-X")},
            {QStringLiteral("id"), QStringLiteral("ocds-tdesk1-X-001")},
            {QStringLiteral("date"), QStringLiteral("2030-07-01T02:00:00Z")},
            {QStringLiteral("tag"), QJsonArray{QStringLiteral("award")}},
            {QStringLiteral("initiationType"), QStringLiteral("tender")},
            {QStringLiteral("bids"),
             QJsonObject{
                 {QStringLiteral("details"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                         {QStringLiteral("status"), QStringLiteral("evaluated")}}}},
                 {QStringLiteral("statistics"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                         {QStringLiteral("measure"), QStringLiteral("bids")},
                                         {QStringLiteral("value"), QStringLiteral("four")}}}}}}};
        const OcdsValidation core = validateReleases({release});
        QVERIFY2(core.ran && core.exitCode == 0, qPrintable(core.output));
        const OcdsValidation extended = validateReleases({release}, {bidExtensionDir()});
        QVERIFY2(extended.ran, qPrintable(extended.output));
        QCOMPARE(extended.exitCode, 1);
        QVERIFY2(extended.output.contains(QLatin1String("/bids/details/0/status")),
                 qPrintable(extended.output));
        QVERIFY2(extended.output.contains(QLatin1String("/bids/statistics/0/value")),
                 qPrintable(extended.output));
    }

    // Without lots: no relatedLots, statistics of the whole tender only; a withdrawn bid counts
    // among the bids and bidders, not among the valid or disqualified.
    void aTenderWithoutLots()
    {
        TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = testDb.open();
        const PublishedTender tender = publishTender(db, CipherSuite::International);
        Tender t = *TenderReader(db.connection()).byReference(tender.reference);
        t.lots.clear();
        t.status = TenderStatus::Awarded;
        const Organization a{0, QStringLiteral("甲公司"), {}, {}, QString(), {}, {}};
        Organization b = a;
        b.name = QStringLiteral("乙公司");
        Organization c = a;
        c.name = QStringLiteral("丙公司");
        // Organisations without a USCC are known by their ids.
        Organization withId[] = {a, b, c};
        for (qsizetype i = 0; i < 3; ++i)
            withId[i].id = 100 + i;
        const QList<ReleasedBid> bids{
            {QStringLiteral("1"), withId[0], BidStatus::Valid, duringTendering, Money::yuan(10000)},
            {QStringLiteral("2"), withId[1], BidStatus::Valid, duringTendering, Money::yuan(25050)},
            {QStringLiteral("3"), withId[2], BidStatus::Withdrawn, duringTendering, Money()}};
        Award award;
        award.id = 7;
        award.amount = Money::yuan(10000);
        award.status = AwardStatus::Active;
        award.decidedAt = decided;
        AwardedSupplier won{award, withId[0], QStringLiteral("1")};

        // Refused, writing nothing: a tender not yet awarded, a bid not among the bids.
        Tender evaluated = t;
        evaluated.status = TenderStatus::Evaluated;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 writeAwardRelease(db, evaluated, bids, {won}, releasedAt));
        AwardedSupplier stray = won;
        stray.bidId = QStringLiteral("99");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 writeAwardRelease(db, t, bids, {stray}, releasedAt));
        QCOMPARE(ReleaseRepository(db.connection()).forTender(t.id).size(), 1);

        const QJsonObject release = jsonOf(writeAwardRelease(db, t, bids, {won}, releasedAt));
        const OcdsValidation valid = validateReleases({release}, {bidExtensionDir()});
        QVERIFY2(valid.ran && valid.exitCode == 0, qPrintable(valid.output));
        const QJsonObject first = release.value(u"awards").toArray().at(0).toObject();
        QVERIFY(!first.contains(u"relatedLots"));
        QCOMPARE(first.value(u"status").toString(), QStringLiteral("active"));
        QCOMPARE(first.value(u"title").toString(), QStringLiteral("中标人：甲公司"));
        QCOMPARE(first.value(u"suppliers").toArray().at(0).toObject().value(u"id").toString(),
                 QStringLiteral("TD-ORG-100"));
        QCOMPARE(first.value(u"tenderdesk").toObject(),
                 (QJsonObject{{QStringLiteral("costVerdict"), QStringLiteral("noBenchmark")}}));
        // 100.00 and 250.50: the lowest and highest of the two valid bids.
        const QHash<QString, Statistic> s = statisticsOf(release);
        QCOMPARE(s.size(), 8);
        QCOMPARE(s.value(QStringLiteral("bids")).value, 3.0);
        QCOMPARE(s.value(QStringLiteral("validBids")).value, 2.0);
        QCOMPARE(s.value(QStringLiteral("disqualifiedBids")).value, 0.0);
        QCOMPARE(s.value(QStringLiteral("bidders")).value, 3.0);
        QCOMPARE(s.value(QStringLiteral("qualifiedBidders")).value, 2.0);
        QCOMPARE(s.value(QStringLiteral("disqualifiedBidders")).value, 0.0);
        QCOMPARE(s.value(QStringLiteral("lowestValidBidValue")).value, 100.0);
        QCOMPARE(s.value(QStringLiteral("highestValidBidValue")).value, 250.5);
        QCOMPARE(rolesOf(release, QStringLiteral("TD-ORG-100")),
                 (QStringList{QStringLiteral("tenderer"), QStringLiteral("supplier")}));
    }
};

QTEST_MAIN(TestAwardRelease)
#include "tst_awardrelease.moc"
