// What stays of a tender on both engines: its lifecycle moves (a cancellation or failure
// announced as a release), releases the database will not change, writes that cannot overwrite
// another desk's, the audit trail that tampering breaks, and the package vendors download.
#include "exchange/tenderjsonreader.h"
#include "workflowfixtures.h"

using namespace td;
using namespace td::test;

class TestTenderRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data() { test::addEngineRows(); }
    void transitions()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const Organization buyer = addBuyer(db);
        const Organization bidder = addBidder(db);
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, buyer.id);

        const auto refusalOf = [&](TenderStatus to, const QString& reason, const QDateTime& now) {
            return messageOf([&] { workflow.transition(ref, to, reason, now); });
        };
        QString refusal = refusalOf(TenderStatus::Opened, QString(), duringTendering);
        QCOMPARE(refusal, QStringLiteral("A tender cannot go from Published to Bids opened."));
        refusal = refusalOf(TenderStatus::Published, QString(), duringTendering);
        QVERIFY2(refusal.contains(QLatin1String("passphrase")), qPrintable(refusal));
        refusal = refusalOf(TenderStatus::Tendering, QString(), beforePublication);
        QVERIFY2(refusal.contains(QLatin1String("Tendering starts at publication")),
                 qPrintable(refusal));
        QCOMPARE(workflow.record(ref).tender.status, TenderStatus::Published);

        workflow.transition(ref, TenderStatus::Tendering, QString(), duringTendering);
        QCOMPARE(workflow.record(ref).tender.status, TenderStatus::Tendering);
        QCOMPARE(workflow.record(ref).releases.size(), 1);

        // An amendment and an answer while tendering, then the cancellation: releases 1..4.
        Tender edited = workflow.record(ref).tender;
        edited.description += QStringLiteral("（含知识库迁移）");
        workflow.amend(ref, edited, QStringLiteral("补充项目范围"), duringTendering);
        const Clarification asked =
            workflow.ask(ref, bidder.id, QStringLiteral("是否需要驻场？"), duringTendering);
        workflow.answer(ref, asked.id, QStringLiteral("需要驻场三个月。"), duringTendering);

        refusal = refusalOf(TenderStatus::Cancelled, QStringLiteral(" "), duringTendering);
        QVERIFY2(refusal.contains(QLatin1String("Say why the tender is cancelled")),
                 qPrintable(refusal));
        QCOMPARE(workflow.record(ref).tender.status, TenderStatus::Tendering);
        const QString reason = QStringLiteral("项目预算调整，本次采购终止");
        workflow.transition(ref, TenderStatus::Cancelled, reason, duringTendering.addDays(1));

        const TenderRecord record = workflow.record(ref);
        QCOMPARE(record.tender.status, TenderStatus::Cancelled);
        QCOMPARE(record.releases.size(), 4);
        const QList<ReleaseKind> kinds{ReleaseKind::Publication, ReleaseKind::Amendment,
                                       ReleaseKind::Clarification, ReleaseKind::Cancellation};
        const QStringList expectedTags{QStringLiteral("tender"), QStringLiteral("tenderAmendment"),
                                       QStringLiteral("tenderUpdate"),
                                       QStringLiteral("tenderCancellation")};
        for (int i = 0; i < 4; ++i) {
            const TenderRelease& r = record.releases.at(i);
            QCOMPARE(r.number, i + 1);
            QCOMPARE(r.releaseId, ocds::releaseId(ref, i + 1));
            QCOMPARE(r.kind, kinds.at(i));
            QCOMPARE(tags(r), QStringList{expectedTags.at(i)});
            if (i > 0)
                QVERIFY(r.date >= record.releases.at(i - 1).date);
        }
        const TenderRelease& cancellation = record.releases.constLast();
        QCOMPARE(cancellation.rationale, reason);
        QCOMPARE(tenderOf(cancellation).value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));
        // The last release still carries what came before it.
        QCOMPARE(tenderOf(cancellation).value(QLatin1String("amendments")).toArray().size(), 1);
        QCOMPARE(tenderOf(cancellation).value(QLatin1String("enquiries")).toArray().size(), 1);
        QCOMPARE(lastAuditPayload(db).value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(lastAuditPayload(db).value(QLatin1String("release")).toString(),
                 cancellation.releaseId);

        refusal = refusalOf(TenderStatus::Tendering, QString(), duringTendering);
        QVERIFY2(refusal.contains(QLatin1String("nothing follows")), qPrintable(refusal));
        QCOMPARE(workflow.record(ref).releases.size(), 4);
    }

    void unsuccessfulNeedsTooFewValidBids_data() { test::addEngineRows(); }
    void unsuccessfulNeedsTooFewValidBids()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const Organization buyer = addBuyer(db);
        const Organization bidder = addBidder(db);
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, buyer.id);
        const QString reason = QStringLiteral("有效投标不足三家");

        workflow.transition(ref, TenderStatus::Tendering, QString(), duringTendering);
        QString refusal = messageOf([&] {
            workflow.transition(ref, TenderStatus::BidDeadlinePassed, QString(),
                                bidDeadline.addSecs(-60));
        });
        QVERIFY2(refusal.contains(QLatin1String("bids are accepted until then")),
                 qPrintable(refusal));
        workflow.transition(ref, TenderStatus::BidDeadlinePassed, QString(), bidDeadline);

        const Tender t = workflow.record(ref).tender;
        QList<qint64> bids;
        {
            Transaction transaction(db.connection());
            TenderWriter writer(db.connection(), db.dialect());
            for (int i = 0; i < 3; ++i) {
                Bid bid;
                bid.tenderId = t.id;
                bid.lotId = t.lots.first().id;
                bid.vendorId = bidder.id;
                bid.submittedAt = bidDeadline.addDays(-1);
                bid.totalPrice = Money::yuan(180'000'000 + i);
                bid.modelOffered = QStringLiteral("DeepSeek-V3");
                bid.status = BidStatus::Valid;
                writer.insertBid(bid);
                bids.append(bid.id);
            }
            transaction.commit();
        }
        refusal = messageOf(
            [&] { workflow.transition(ref, TenderStatus::Unsuccessful, QString(), bidDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("Say why")), qPrintable(refusal));
        refusal = messageOf(
            [&] { workflow.transition(ref, TenderStatus::Unsuccessful, reason, bidDeadline); });
        QCOMPARE(refusal, QStringLiteral("The tender has 3 valid bids; it can be declared "
                                         "unsuccessful only with fewer than 3."));
        QCOMPARE(workflow.record(ref).tender.status, TenderStatus::BidDeadlinePassed);

        sql::run(db.connection(), QStringLiteral("UPDATE bids SET status = ? WHERE id = ?"),
                 {codeOf(BidStatus::Disqualified), bids.first()});
        workflow.transition(ref, TenderStatus::Unsuccessful, reason, bidDeadline);
        QCOMPARE(workflow.record(ref).tender.status, TenderStatus::Unsuccessful);
        // The failure is announced as a release with its reason and the OCDS status.
        const QList<TenderRelease> releases = workflow.record(ref).releases;
        QCOMPARE(releases.size(), 2);
        QCOMPARE(releases.last().kind, ReleaseKind::Unsuccessful);
        QCOMPARE(releases.last().rationale, reason);
        QCOMPARE(tags(releases.last()), QStringList{QStringLiteral("tenderUpdate")});
        QCOMPARE(tenderOf(releases.last()).value(QLatin1String("status")).toString(),
                 QStringLiteral("unsuccessful"));
        const QJsonObject audited = lastAuditPayload(db);
        QCOMPARE(audited.value(QLatin1String("from")).toString(),
                 QStringLiteral("bidDeadlinePassed"));
        QCOMPARE(audited.value(QLatin1String("to")).toString(), QStringLiteral("unsuccessful"));
        QCOMPARE(audited.value(QLatin1String("reason")).toString(), reason);
    }

    // Two desks: one prepared an amendment from the tender as it was, the other cancelled it
    // meanwhile. The stale write is refused and the cancellation stands.
    void aStaleWriteDoesNotReviveATender_data() { test::addEngineRows(); }
    void aStaleWriteDoesNotReviveATender()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        const Tender before = workflow.record(ref).tender;
        workflow.transition(ref, TenderStatus::Cancelled, QStringLiteral("需求变更"),
                            beforePublication.addDays(1));
        Tender after = before;
        after.title += QStringLiteral("（修订）");
        {
            Transaction transaction(db.connection());
            const QString refusal = messageOf(
                [&] { TenderWriter(db.connection(), db.dialect()).update(before, after); });
            QVERIFY2(refusal.contains(QLatin1String("changed meanwhile")), qPrintable(refusal));
        }
        const Tender now = workflow.record(ref).tender;
        QCOMPARE(now.status, TenderStatus::Cancelled);
        QCOMPARE(now.title, before.title);
    }

    void releasesAreImmutable_data() { test::addEngineRows(); }
    void releasesAreImmutable()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, addBuyer(db).id);
        const TenderRelease original = workflow.record(ref).releases.first();

        for (const char* statement :
             {"UPDATE tender_releases SET rationale = 'rewritten'",
              "UPDATE tender_releases SET content = '{}' WHERE number = 1",
              "DELETE FROM tender_releases", "DELETE FROM tender_releases WHERE number = 1"}) {
            QSqlQuery query(db.connection());
            QVERIFY2(!query.exec(QLatin1String(statement)), statement);
            QVERIFY2(query.lastError().text().contains(QLatin1String("immutable")),
                     qPrintable(query.lastError().text()));
        }
        const QList<TenderRelease> releases = workflow.record(ref).releases;
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.first().content, original.content);
        QCOMPARE(releases.first().rationale, original.rationale);
        // Appending stays possible.
        Tender edited = workflow.record(ref).tender;
        edited.title += QStringLiteral("（更正）");
        workflow.amend(ref, edited, QStringLiteral("更正标题"), duringTendering);
        QCOMPARE(workflow.record(ref).releases.size(), 2);
    }

    void auditTrail_data() { test::addEngineRows(); }
    void auditTrail()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const Organization buyer = addBuyer(db);
        const Organization bidder = addBidder(db);
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));

        const QString ref = draft(workflow, buyer.id);
        Tender t = workflow.record(ref).tender;
        t.title = QStringLiteral("国家电网知识库问答大模型采购项目");
        workflow.saveDraft(t);
        workflow.publish(ref, passphrase, beforePublication);
        const Clarification asked =
            workflow.ask(ref, bidder.id, QStringLiteral("部署地点？"), duringTendering);
        workflow.answer(ref, asked.id, QStringLiteral("北京数据中心。"), duringTendering);
        t = workflow.record(ref).tender;
        t.hardwareRules.minimumDomesticSharePercent = 60;
        workflow.amend(ref, t, QStringLiteral("提高国产化比例"), duringTendering);
        workflow.transition(ref, TenderStatus::Tendering, QString(), duringTendering);
        workflow.transition(ref, TenderStatus::Cancelled, QStringLiteral("需求变更"),
                            duringTendering);
        // Refused steps leave no entry.
        messageOf([&] { workflow.publish(ref, passphrase, duringTendering); });
        messageOf(
            [&] { workflow.transition(ref, TenderStatus::Tendering, QString(), duringTendering); });

        const QStringList expected{
            QStringLiteral("tender.created"),
            QStringLiteral("tender.draftSaved"),
            QStringLiteral("tender.published"),
            QStringLiteral("tender.clarificationAsked"),
            QStringLiteral("tender.clarificationAnswered"),
            QStringLiteral("tender.amended"),
            QStringLiteral("tender.status"),
            QStringLiteral("tender.status"),
        };
        QCOMPARE(auditActions(db), expected);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'tender' "
                                          "AND entity_id = '%1' AND actor = '采购专员'")
                               .arg(ref)),
                 qint64(expected.size()));
        AuditReport report = AuditLog(db.connection(), db.dialect()).verify();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.entriesChecked, qint64(expected.size()));

        // Rewriting the amendment's reason after the fact is caught, naming the entry.
        test::dropChangeGuards(db, QStringLiteral("audit_log"));
        sql::run(db.connection(),
                 QStringLiteral("UPDATE audit_log SET payload = ? WHERE action = 'tender.amended'"),
                 {QStringLiteral("{\"reason\":\"无\"}")});
        report = AuditLog(db.connection(), db.dialect()).verify();
        QVERIFY(!report.intact());
        QVERIFY2(report.problems.join(QLatin1Char('\n'))
                     .contains(QLatin1String("Entry 6 (tender.amended) was changed")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void tenderPackage()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = draft(workflow, addBuyer(db).id);
        const TenderDocumentPdfs pdfs{QByteArrayLiteral("%PDF-1.7 招标文件"),
                                      QByteArrayLiteral("%PDF-1.7 tender document")};

        QString refusal = messageOf([&] { tenderPackageEntries(workflow.record(ref), pdfs); });
        QVERIFY2(refusal.contains(QLatin1String("has not been published")), qPrintable(refusal));

        workflow.publish(ref, passphrase, beforePublication);
        Tender edited = workflow.record(ref).tender;
        edited.title += QStringLiteral("（更正）");
        workflow.amend(ref, edited, QStringLiteral("更正标题"), duringTendering);
        const TenderRecord record = workflow.record(ref);
        QCOMPARE(record.releases.size(), 2);

        const QList<ArchiveEntry> entries = tenderPackageEntries(record, pdfs);
        QStringList paths;
        for (const ArchiveEntry& e : entries)
            paths.append(e.path);
        QCOMPARE(paths,
                 QStringList({QStringLiteral("tender.json"), QStringLiteral("tender-zh_CN.pdf"),
                              QStringLiteral("tender-en.pdf"), QStringLiteral("sealing-key.pem"),
                              QStringLiteral("tender-details.json"),
                              QStringLiteral("benchmark-suite/knowledge-qa-v1.json"),
                              QStringLiteral("manifest.json")}));
        // The latest release, not the first.
        QCOMPARE(entries.at(0).content, record.releases.at(1).content);
        QVERIFY(entries.at(0).content != record.releases.at(0).content);
        QCOMPARE(entries.at(1).content, pdfs.chinese);
        QCOMPARE(entries.at(2).content, pdfs.english);
        QCOMPARE(entries.at(3).content, record.sealingKey->publicKeyPem);
        QCOMPARE(entries.at(5).content, benchmarkSuiteJson(QStringLiteral("knowledge-qa-v1")));

        // The details read back into the same tender, required documents included, without
        // this desk's row ids or any bid.
        const QJsonObject details = QJsonDocument::fromJson(entries.at(4).content).object();
        QCOMPARE(details.value(QLatin1String("format")).toString(),
                 QStringLiteral("tenderdesk-tender-1"));
        for (const char* ownOnly : {"id", "buyerId", "bids", "awards"})
            QVERIFY2(!details.contains(QLatin1String(ownOnly)), ownOnly);
        const Tender readBack = json::readTender(details, Tender{});
        QCOMPARE(readBack.reference, ref);
        QCOMPARE(readBack.title, record.tender.title);
        QCOMPARE(readBack.lots.size(), record.tender.lots.size());
        QVERIFY(!record.tender.bidDocuments.isEmpty());
        QCOMPARE(readBack.bidDocuments, record.tender.bidDocuments);
        QCOMPARE(readBack.hardwareRules.excludedModels, record.tender.hardwareRules.excludedModels);

        QJsonParseError error;
        const QJsonObject manifest =
            QJsonDocument::fromJson(entries.at(6).content, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(manifest.value(QLatin1String("reference")).toString(), ref);
        QCOMPARE(manifest.value(QLatin1String("ocid")).toString(), ocds::ocid(ref));
        QCOMPARE(manifest.value(QLatin1String("release")).toString(), ocds::releaseId(ref, 2));
        QCOMPARE(manifest.value(QLatin1String("sealingKeyFingerprint")).toString(),
                 record.sealingKey->fingerprint);
        QCOMPARE(manifest.value(QLatin1String("bidDeadline")).toString(),
                 QStringLiteral("2030-06-23T01:30:00Z"));
        const QJsonArray files = manifest.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), entries.size() - 1);
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QJsonObject file = files.at(i).toObject();
            QCOMPARE(file.value(QLatin1String("path")).toString(), entries.at(i).path);
            QCOMPARE(file.value(QLatin1String("bytes")).toInteger(),
                     qint64(entries.at(i).content.size()));
            QCOMPARE(file.value(QLatin1String("sha256")).toString(), sha256(entries.at(i).content));
        }

        // Written as a zip, read back the same.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zip = dir.filePath(QStringLiteral("package.zip"));
        writeTenderPackage(zip, record, pdfs);
        const QList<ArchiveEntry> read = readZip(zip);
        QCOMPARE(read.size(), entries.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            const auto same = std::find_if(read.cbegin(), read.cend(), [&](const ArchiveEntry& e) {
                return e.path == entries.at(i).path;
            });
            QVERIFY2(same != read.cend(), qPrintable(entries.at(i).path));
            QCOMPARE(same->content, entries.at(i).content);
        }

        // No package without both documents, nor with a suite this program lacks.
        refusal = messageOf([&] { tenderPackageEntries(record, {pdfs.chinese, QByteArray()}); });
        QVERIFY2(refusal.contains(QLatin1String("could not be printed")), qPrintable(refusal));
        TenderRecord unknownSuite = record;
        unknownSuite.tender.benchmarkSuite = QStringLiteral("no-such-suite");
        refusal = messageOf([&] { tenderPackageEntries(unknownSuite, pdfs); });
        QVERIFY2(refusal.contains(QLatin1String("no-such-suite")), qPrintable(refusal));
    }
};

QTEST_GUILESS_MAIN(TestTenderRecords)
#include "tst_tenderrecords.moc"
