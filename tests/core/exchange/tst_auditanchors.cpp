// The audit log anchored outside itself: each release carries the log's head and has its own
// entry right after it, a printed document carries the head when printed, and AuditVerifier
// catches what the chain alone cannot: its newest entries cut off, among them the entry of the
// last step that published something.
#include "exchange/tenderdocument.h"
#include "store/auditverifier.h"
#include "workflowfixtures.h"

using namespace td;
using namespace td::test;

namespace {

// The last step of a story, each one publishing a release.
enum class Step
{
    Amendment,
    Answer,
    Cancellation,
};

void take(Step step, TenderWorkflow& workflow, const QString& ref, qint64 bidderId)
{
    switch (step) {
    case Step::Amendment: {
        Tender edited = workflow.record(ref).tender;
        edited.title += QStringLiteral("（更正）");
        workflow.amend(ref, edited, QStringLiteral("更正标题"), duringTendering);
        return;
    }
    case Step::Answer: {
        const Clarification asked =
            workflow.ask(ref, bidderId, QStringLiteral("部署地点？"), duringTendering);
        workflow.answer(ref, asked.id, QStringLiteral("北京数据中心。"), duringTendering);
        return;
    }
    case Step::Cancellation:
        workflow.transition(ref, TenderStatus::Cancelled, QStringLiteral("需求变更"),
                            duringTendering);
        return;
    }
}

QString hashOfEntry(const Database& db, qint64 seq)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"),
                       {seq})
        .toString();
}

QJsonObject payloadOfEntry(const Database& db, qint64 seq)
{
    return QJsonDocument::fromJson(sql::scalar(db.connection(),
                                               QStringLiteral("SELECT payload FROM audit_log "
                                                              "WHERE seq = ?"),
                                               {seq})
                                       .toString()
                                       .toUtf8())
        .object();
}

AuditReport verify(const Database& db, const QList<AuditHead>& given = {})
{
    return AuditVerifier(db.connection(), db.dialect()).verify(given);
}

void cutOffFrom(const Database& db, qint64 seq)
{
    dropChangeGuards(db, QStringLiteral("audit_log"));
    sql::run(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE seq >= ?"), {seq});
}

QString cutOff(const QString& releaseId, qint64 entry)
{
    return QStringLiteral("Release %1 has no audit entry: its entry %2 was cut off with the end "
                          "of the log.")
        .arg(releaseId)
        .arg(entry);
}

} // namespace

Q_DECLARE_METATYPE(Step)

class TestAuditAnchors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every release carries the head just before its own entry, in its row and in its JSON;
    // its own entry follows at once and records the release's SHA-256.
    void releasesCarryTheHeadBeforeTheirOwnEntry_data() { addEngineRows(); }
    void releasesCarryTheHeadBeforeTheirOwnEntry()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const qint64 bidder = addBidder(db).id;
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        for (Step step : {Step::Answer, Step::Amendment, Step::Cancellation})
            take(step, workflow, ref, bidder);

        const TenderRecord record = workflow.record(ref);
        QCOMPARE(record.releases.size(), 4);
        for (const TenderRelease& r : record.releases) {
            QVERIFY2(r.auditHead.isValid(), qPrintable(r.releaseId));
            QCOMPARE(r.auditHead.hash, hashOfEntry(db, r.auditHead.seq));
            const QJsonObject own = payloadOfEntry(db, r.auditHead.seq + 1);
            QCOMPARE(own.value(QLatin1String("release")).toString(), r.releaseId);
            QCOMPARE(own.value(QLatin1String("sha256")).toString(), sha256(r.content));
            QCOMPARE(jsonOf(r).value(QLatin1String("tenderdesk")).toObject(),
                     (QJsonObject{{QStringLiteral("auditHead"),
                                   QJsonObject{{QStringLiteral("seq"), r.auditHead.seq},
                                               {QStringLiteral("hash"), r.auditHead.hash}}}}));
        }
        // created 1, published 2, asked 3, answered 4, amended 5, cancelled 6.
        QCOMPARE(record.releases.at(0).auditHead.seq, 1);
        QCOMPARE(record.releases.at(1).auditHead.seq, 3);
        QCOMPARE(record.releases.at(3).auditHead.seq, 5);
        QCOMPARE(record.auditHead, AuditLog(db.connection(), db.dialect()).head());
        QCOMPARE(record.auditHead.seq, 6);

        const AuditReport report = verify(db, {record.auditHead});
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.entriesChecked, 6);
        QCOMPARE(report.releasesChecked, 4);
        QCOMPARE(report.anchorsChecked, 5); // four releases and the one given
    }

    // The newest entry is the one of the last step that published a release: the chain without
    // it is whole, but the release is still there, without its entry.
    void lastPublishingEntryCutOffIsCaught_data()
    {
        QTest::addColumn<Engine>("engine");
        QTest::addColumn<Step>("step");
        for (Engine engine : {Engine::Sqlite, Engine::Postgresql}) {
            const char* name = engine == Engine::Sqlite ? "sqlite" : "postgresql";
            QTest::addRow("%s: amendment", name) << engine << Step::Amendment;
            QTest::addRow("%s: answer", name) << engine << Step::Answer;
            QTest::addRow("%s: cancellation", name) << engine << Step::Cancellation;
        }
    }
    void lastPublishingEntryCutOffIsCaught()
    {
        QFETCH(Engine, engine);
        QFETCH(Step, step);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const qint64 bidder = addBidder(db).id;
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        take(step, workflow, ref, bidder);
        const TenderRelease last = workflow.record(ref).releases.constLast();
        const qint64 own = AuditLog(db.connection(), db.dialect()).head().seq;
        QCOMPARE(own, last.auditHead.seq + 1);
        QVERIFY(verify(db).intact());

        cutOffFrom(db, own);
        QVERIFY(AuditLog(db.connection(), db.dialect()).verify().intact()); // the chain alone
        const AuditReport report = verify(db);
        QCOMPARE(report.problems,
                 (QStringList{QStringLiteral("Entry %1 is missing: the log was truncated after "
                                             "entry %2; the entry of release %3 comes right after "
                                             "entry %2, the newest entry when the release was "
                                             "published.")
                                  .arg(own)
                                  .arg(own - 1)
                                  .arg(last.releaseId),
                              cutOff(last.releaseId, own)}));
    }

    // Cut further back, the first missing entry is named once and each release that lost its
    // entry is named.
    void deeperCutNamesTheFirstMissingEntry_data() { addEngineRows(); }
    void deeperCutNamesTheFirstMissingEntry()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const qint64 bidder = addBidder(db).id;
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        take(Step::Amendment, workflow, ref, bidder);
        take(Step::Answer, workflow, ref, bidder);
        // created 1, published 2 (release 1), amended 3 (release 2), asked 4, answered 5
        // (release 3).
        const QList<TenderRelease> releases = workflow.record(ref).releases;
        QCOMPARE(releases.size(), 3);
        cutOffFrom(db, 3);
        QCOMPARE(verify(db).problems,
                 (QStringList{QStringLiteral("Entry 3 is missing: the log was truncated after "
                                             "entry 2; the entry of release %1 comes right after "
                                             "entry 4, the newest entry when the release was "
                                             "published.")
                                  .arg(releases.at(2).releaseId),
                              cutOff(releases.at(1).releaseId, 3),
                              cutOff(releases.at(2).releaseId, 5)}));
    }

    // After the last release, a question: no release covers its entry, but the document
    // printed then does, and the auditor who reads the head off the paper catches its loss.
    void printedAnchorCoversWhatNoReleaseDoes_data() { addEngineRows(); }
    void printedAnchorCoversWhatNoReleaseDoes()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const qint64 bidder = addBidder(db).id;
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        workflow.ask(ref, bidder, QStringLiteral("部署地点？"), duringTendering);
        const TenderRecord record = workflow.record(ref);
        const AuditHead paper = record.auditHead;
        QCOMPARE(paper.seq, 3);
        const QString html = tenderDocumentHtml(record.tender, tenderDocumentContext(record, {}),
                                                DocumentLanguage::Chinese);
        QVERIFY2(html.contains(QStringLiteral("审计链")), qPrintable(html.left(2000)));
        QVERIFY(html.contains(QStringLiteral("#3 <span class=\"audit-hash\">%1 %2")
                                  .arg(paper.hash.left(4), paper.hash.mid(4, 4))));
        QVERIFY(html.contains(paper.hash.right(4) + QStringLiteral("</span>")));
        const std::optional<AuditHead> typed = AuditHead::parse(
            QStringLiteral("#3:") + paper.hash.left(32) + QLatin1Char(' ') + paper.hash.mid(32));
        QCOMPARE(typed, paper);

        cutOffFrom(db, 3);
        QVERIFY(verify(db).intact());
        QCOMPARE(verify(db, {*typed}).problems,
                 QStringList{QStringLiteral("Entry 3 is missing: the log was truncated after "
                                            "entry 2; an anchor given to the check names entry "
                                            "3.")});
    }

    // A release changed after publication no longer has the digest its entry recorded; a release
    // written around TenderDesk has no entry at all.
    void changedOrForgedReleaseIsCaught_data() { addEngineRows(); }
    void changedOrForgedReleaseIsCaught()
    {
        QFETCH(Engine, engine);
        TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        const QString releaseId = ocds::releaseId(ref, 1);
        dropChangeGuards(db, QStringLiteral("tender_releases"));

        // Releases from before schema version 6 carry no head, and still pass with their entry.
        sql::run(db.connection(),
                 QStringLiteral("UPDATE tender_releases SET audit_seq = NULL, audit_hash = NULL"));
        AuditReport report = verify(db);
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.anchorsChecked, 0);
        QCOMPARE(report.releasesChecked, 1);

        sql::run(db.connection(),
                 QStringLiteral("UPDATE tender_releases SET content = content || ' '"));
        QCOMPARE(verify(db).problems,
                 QStringList{QStringLiteral("Release %1 is not the release that entry 2 "
                                            "recorded: its content was changed after it was "
                                            "published.")
                                 .arg(releaseId)});

        sql::run(db.connection(),
                 QStringLiteral("INSERT INTO tender_releases (tender_id, number, release_id, kind, "
                                "released_at, content) SELECT tender_id, 2, ?, kind, "
                                "released_at, content FROM tender_releases WHERE number = 1"),
                 {ocds::releaseId(ref, 2)});
        QVERIFY2(verify(db).problems.contains(
                     QStringLiteral("Release %1 has no audit entry: no entry of the log records "
                                    "it. The release was written around TenderDesk, or its entry "
                                    "was changed.")
                         .arg(ocds::releaseId(ref, 2))),
                 qPrintable(verify(db).problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchors)
#include "tst_auditanchors.moc"
