// The tender workflow on both engines: drafting, publication with its sealing key, amendments
// and clarifications, each a release where the law wants one, each audited.
#include "workflowfixtures.h"

using namespace td;
using namespace td::test;

class TestTenderWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draftsAndPublication_data() { test::addEngineRows(); }
    void draftsAndPublication()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const Organization buyer = addBuyer(db);
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));

        const QString ref = draft(workflow, buyer.id);
        QCOMPARE(ref, QStringLiteral("TD-2030-000001"));
        TenderRecord record = workflow.record(ref);
        QCOMPARE(record.tender.status, TenderStatus::Draft);
        QCOMPARE(record.buyer.name, buyer.name);
        QCOMPARE(record.tender.benchmarkSuite, QStringLiteral("knowledge-qa-v1"));
        QVERIFY(record.releases.isEmpty());
        QVERIFY(!record.sealingKey);
        QCOMPARE(messageOf([&] { workflow.record(QStringLiteral("TD-1999-000001")); }),
                 QStringLiteral("No tender has the reference 'TD-1999-000001'."));

        // Edits are saved; saving what is stored writes nothing.
        Tender edited = record.tender;
        edited.title = QStringLiteral("国家电网客服知识库大模型采购项目");
        edited.lots[0].budget = Money::yuan(200'000'000);
        edited.lots[1].budget = Money::yuan(100'000'000);
        workflow.saveDraft(edited);
        record = workflow.record(ref);
        QCOMPARE(record.tender.title, edited.title);
        QCOMPARE(record.tender.lots.at(0).budget, Money::yuan(200'000'000));
        QCOMPARE(record.tender.lots.at(0).id, edited.lots.at(0).id);
        QCOMPARE(lastAuditPayload(db).value(QLatin1String("fields")).toArray(),
                 QJsonArray({QStringLiteral("title"), QStringLiteral("lots[1].budget"),
                             QStringLiteral("lots[2].budget")}));
        workflow.saveDraft(record.tender);
        QCOMPARE(auditActions(db), QStringList({QStringLiteral("tender.created"),
                                                QStringLiteral("tender.draftSaved")}));

        // A draft may be incomplete, but it is not published so; a refusal writes nothing.
        Tender incomplete = record.tender;
        criterion(incomplete, "price").weight = 50;
        workflow.saveDraft(incomplete);
        const qsizetype auditEntries = auditActions(db).size();
        QCOMPARE(auditEntries, 3);
        const auto nothingPublished = [&] {
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_releases")), 0);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_sealing_keys")), 0);
            QCOMPARE(workflow.record(ref).tender.status, TenderStatus::Draft);
            QCOMPARE(auditActions(db).size(), auditEntries);
        };
        QString refusal = messageOf([&] { workflow.publish(ref, passphrase, beforePublication); });
        QVERIFY2(refusal.contains(QLatin1String("cannot be published yet")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("add up to 120")), qPrintable(refusal));
        nothingPublished();

        // A publication after the question period leaves bidders no time to ask; one after
        // the bid deadline no time to bid.
        workflow.saveDraft(record.tender);
        const QList<std::pair<QDateTime, QLatin1String>> lateOnes = {
            {afterClarificationDeadline, QLatin1String("must come after publication")},
            {bidDeadline, QLatin1String("has already passed")}};
        for (const auto& [late, reason] : lateOnes) {
            refusal = messageOf([&] { workflow.publish(ref, passphrase, late); });
            QVERIFY2(refusal.contains(reason), qPrintable(refusal));
            QCOMPARE(auditActions(db).size(), auditEntries + 1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_releases")), 0);
        }
        const qsizetype draftEntries = auditEntries + 1;

        // Passphrases too short to protect the key that opens the bids.
        for (const QByteArray& weak :
             {QByteArray(), QByteArrayLiteral("1234567"), QByteArrayLiteral("开标口令一二三")}) {
            refusal = messageOf([&] { workflow.publish(ref, weak, beforePublication); });
            QVERIFY2(refusal.contains(QLatin1String("at least 8 characters")), qPrintable(refusal));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_releases")), 0);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_sealing_keys")), 0);
            QCOMPARE(workflow.record(ref).tender.status, TenderStatus::Draft);
            QCOMPARE(auditActions(db).size(), draftEntries);
        }

        const TenderRelease release = workflow.publish(ref, passphrase, beforePublication);
        QCOMPARE(release.number, 1);
        QCOMPARE(release.kind, ReleaseKind::Publication);
        QCOMPARE(release.releaseId, ocds::releaseId(ref, 1));
        QCOMPARE(release.date, beforePublication);
        QCOMPARE(tags(release), QStringList{QStringLiteral("tender")});
        QCOMPARE(jsonOf(release).value(QLatin1String("id")).toString(), release.releaseId);
        QCOMPARE(jsonOf(release).value(QLatin1String("ocid")).toString(), ocds::ocid(ref));
        QCOMPARE(tenderOf(release).value(QLatin1String("title")).toString(), edited.title);
        QCOMPARE(tenderOf(release)
                     .value(QLatin1String("tenderPeriod"))
                     .toObject()
                     .value(QLatin1String("endDate"))
                     .toString(),
                 QStringLiteral("2030-06-23T01:30:00Z"));

        record = workflow.record(ref);
        QCOMPARE(record.tender.status, TenderStatus::Published);
        // Published ahead of its time: the publication stays scheduled.
        QCOMPARE(record.tender.publishedAt, at("2030-06-03T09:00:00+08:00"));
        QCOMPARE(record.releases.size(), 1);
        QCOMPARE(record.releases.first().content, release.content);

        // The key: its public half in the release, its private half only encrypted, opened by
        // the passphrase and by nothing else.
        QVERIFY(record.sealingKey);
        const StoredSealingKey& key = *record.sealingKey;
        QCOMPARE(key.tenderId, record.tender.id);
        QCOMPARE(key.fingerprint, publicKeyFingerprint(key.publicKeyPem));
        QVERIFY(key.publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(key.encryptedPrivateKeyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!key.encryptedPrivateKeyPem.contains("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(unlocksSealingKey(key.encryptedPrivateKeyPem, key.publicKeyPem, passphrase));
        QVERIFY(!unlocksSealingKey(key.encryptedPrivateKeyPem, key.publicKeyPem,
                                   QByteArrayLiteral("开标口令 wrong horse")));
        QVERIFY(release.content.contains(key.fingerprint.toLatin1()));
        QVERIFY(!release.content.contains("PRIVATE KEY"));

        QCOMPARE(auditActions(db).constLast(), QStringLiteral("tender.published"));
        const QJsonObject audited = lastAuditPayload(db);
        QCOMPARE(audited.value(QLatin1String("release")).toString(), release.releaseId);
        QCOMPARE(audited.value(QLatin1String("sha256")).toString(), sha256(release.content));
        QCOMPARE(audited.value(QLatin1String("sealingKey")).toString(), key.fingerprint);

        // Once only; and a published tender is amended, not edited.
        refusal = messageOf([&] { workflow.publish(ref, passphrase, beforePublication); });
        QVERIFY2(refusal.contains(QLatin1String("only a draft is published")), qPrintable(refusal));
        refusal = messageOf([&] { workflow.saveDraft(record.tender); });
        QVERIFY2(refusal.contains(QLatin1String("amended")), qPrintable(refusal));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_releases")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tender_sealing_keys")), 1);
        QCOMPARE(auditActions(db).size(), draftEntries + 1);
        const AuditReport report = AuditLog(db.connection(), db.dialect()).verify();
        QVERIFY2(report.intact(), qPrintable(report.problems.join(QLatin1Char('\n'))));
    }

    void publishedLateStartsNow()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = draft(workflow, addBuyer(db).id);
        workflow.publish(ref, passphrase, duringTendering);
        QCOMPARE(workflow.record(ref).tender.publishedAt, duringTendering);
    }

    void amendments_data() { test::addEngineRows(); }
    void amendments()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const Organization buyer = addBuyer(db);
        const Organization other = addBidder(db);
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));
        const QString ref = published(workflow, buyer.id);
        const Tender stored = workflow.record(ref).tender;

        // Refused, and nothing written: no reason, no change, a change no amendment may make.
        Tender retitled = stored;
        retitled.title = QStringLiteral("国家电网企业知识库智能问答大模型采购项目");
        QString refusal = messageOf(
            [&] { workflow.amend(ref, retitled, QStringLiteral("  "), tenDaysBeforeDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("Say why")), qPrintable(refusal));
        refusal = messageOf(
            [&] { workflow.amend(ref, stored, QStringLiteral("更正"), tenDaysBeforeDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("changes nothing")), qPrintable(refusal));
        Tender rereferenced = retitled;
        rereferenced.reference = QStringLiteral("TD-2030-999999");
        refusal = messageOf([&] {
            workflow.amend(ref, rereferenced, QStringLiteral("更正"), tenDaysBeforeDeadline);
        });
        QVERIFY2(refusal.contains(QLatin1String("cannot change 'reference'")), qPrintable(refusal));
        Tender rebought = stored;
        rebought.buyerId = other.id;
        refusal = messageOf(
            [&] { workflow.amend(ref, rebought, QStringLiteral("更正"), tenDaysBeforeDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("cannot change 'buyer'")), qPrintable(refusal));
        Tender broken = stored;
        criterion(broken, "price").weight = 45;
        refusal = messageOf(
            [&] { workflow.amend(ref, broken, QStringLiteral("调整"), tenDaysBeforeDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("add up to 115")), qPrintable(refusal));
        QCOMPARE(workflow.record(ref).releases.size(), 1);
        QCOMPARE(auditActions(db).size(), 2);

        // A material change ten days before the deadline: bidders get 15 days from now, to
        // the same 09:30 in Shanghai, and the release says so.
        Tender reweighted = stored;
        criterion(reweighted, "price").weight = 40;
        criterion(reweighted, "technical").weight = 20;
        const QString reason = QStringLiteral("根据市场调研结果调整价格分权重");
        const TenderRelease material = workflow.amend(
            ref, reweighted, QStringLiteral("  %1\n").arg(reason), tenDaysBeforeDeadline);
        const QDateTime extended = at("2030-06-29T09:30:00+08:00");
        QCOMPARE(material.number, 2);
        QCOMPARE(material.kind, ReleaseKind::Amendment);
        QCOMPARE(material.releaseId, ocds::releaseId(ref, 2));
        QVERIFY(material.material);
        QCOMPARE(material.rationale, reason);
        const QStringList expectedChanges{
            QStringLiteral("bidDeadline: 2030-06-23T01:30:00Z -> 2030-06-29T01:30:00Z"),
            QStringLiteral("openingAt: 2030-06-23T01:30:00Z -> 2030-06-29T01:30:00Z"),
            QStringLiteral("criteria[price].weight: 30 -> 40"),
            QStringLiteral("criteria[technical].weight: 30 -> 20")};
        QCOMPARE(lines(material.changes), expectedChanges);
        TenderRecord record = workflow.record(ref);
        QCOMPARE(record.tender.bidDeadline, extended);
        QCOMPARE(record.tender.openingAt, extended);
        QCOMPARE(criterion(record.tender, "price").weight, 40);
        QCOMPARE(record.tender.status, TenderStatus::Published);
        // As stored, changes and all.
        QCOMPARE(record.releases.size(), 2);
        QCOMPARE(lines(record.releases.at(1).changes), expectedChanges);
        QVERIFY(record.releases.at(1).material);
        QCOMPARE(record.releases.at(1).rationale, reason);
        QCOMPARE(record.releases.at(1).content, material.content);

        QCOMPARE(tags(material), QStringList{QStringLiteral("tenderAmendment")});
        const QJsonObject tender = tenderOf(material);
        QCOMPARE(tender.value(QLatin1String("tenderPeriod"))
                     .toObject()
                     .value(QLatin1String("endDate"))
                     .toString(),
                 QStringLiteral("2030-06-29T01:30:00Z"));
        const QJsonArray amendments = tender.value(QLatin1String("amendments")).toArray();
        QCOMPARE(amendments.size(), 1);
        const QJsonObject amendment = amendments.first().toObject();
        QCOMPARE(amendment.value(QLatin1String("rationale")).toString(), reason);
        QCOMPARE(amendment.value(QLatin1String("amendsReleaseID")).toString(),
                 ocds::releaseId(ref, 1));
        QCOMPARE(amendment.value(QLatin1String("releaseID")).toString(), material.releaseId);
        QCOMPARE(lastAuditPayload(db).value(QLatin1String("material")).toBool(), true);
        QCOMPARE(lastAuditPayload(db).value(QLatin1String("changes")).toArray().size(), 4);

        // A title fix nine days before the new deadline is not material: nothing moves.
        record.tender.title = retitled.title;
        const TenderRelease fix = workflow.amend(ref, record.tender, QStringLiteral("更正标题"),
                                                 at("2030-06-20T10:00:00+08:00"));
        QCOMPARE(fix.number, 3);
        QVERIFY(!fix.material);
        QCOMPARE(fix.changes.size(), 1);
        QCOMPARE(fix.changes.first().field, QStringLiteral("title"));
        QCOMPARE(fix.changes.first().after, retitled.title);
        record = workflow.record(ref);
        QCOMPARE(record.tender.bidDeadline, extended);
        QCOMPARE(record.tender.title, retitled.title);
        QCOMPARE(tenderOf(fix).value(QLatin1String("amendments")).toArray().size(), 2);

        // Once bids are in, the tender is what it was.
        record.tender.title = stored.title;
        refusal = messageOf([&] {
            workflow.amend(ref, record.tender, QStringLiteral("更正"), extended.addSecs(60));
        });
        QVERIFY2(refusal.contains(QLatin1String("bid deadline of tender")), qPrintable(refusal));
        QCOMPARE(workflow.record(ref).releases.size(), 3);
        QCOMPARE(auditActions(db),
                 QStringList({QStringLiteral("tender.created"), QStringLiteral("tender.published"),
                              QStringLiteral("tender.amended"), QStringLiteral("tender.amended")}));
    }

    void clarifications_data() { test::addEngineRows(); }
    void clarifications()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        const Organization buyer = addBuyer(db);
        const Organization bidder = addBidder(db);
        TenderWorkflow workflow(db, QStringLiteral("采购专员"));

        const QString unpublished = draft(workflow, buyer.id);
        QString refusal = messageOf([&] {
            workflow.ask(unpublished, bidder.id, QStringLiteral("何时发布？"), duringTendering);
        });
        QVERIFY2(refusal.contains(QLatin1String("open for bids")), qPrintable(refusal));

        const QString ref = published(workflow, buyer.id);
        const QString question = QStringLiteral("是否接受昇腾910B与其他国产加速卡混合部署？");
        const Clarification asked = workflow.ask(ref, bidder.id, question, duringTendering);
        QVERIFY(asked.id > 0);
        QCOMPARE(asked.question, question);
        QCOMPARE(asked.askerId, bidder.id);
        // Until the clarification deadline, not a minute after.
        const QString unanswered = QStringLiteral("测试集是否提前公布？");
        const Clarification second =
            workflow.ask(ref, bidder.id, unanswered, at("2030-06-13T17:00:00+08:00"));
        refusal = messageOf([&] {
            workflow.ask(ref, bidder.id, QStringLiteral("还能提问吗？"),
                         afterClarificationDeadline);
        });
        QVERIFY2(refusal.contains(QLatin1String("clarification deadline")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("2030-06-13 17:00 Asia/Shanghai")),
                 qPrintable(refusal));
        refusal = messageOf(
            [&] { workflow.ask(ref, bidder.id, QStringLiteral(" \n"), duringTendering); });
        QVERIFY2(refusal.contains(QLatin1String("empty")), qPrintable(refusal));
        refusal = messageOf(
            [&] { workflow.ask(ref, 9999, QStringLiteral("匿名提问"), duringTendering); });
        QVERIFY2(refusal.contains(QLatin1String("organisation")), qPrintable(refusal));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM clarifications")), 2);

        // The answer is published to everyone, after the question period too, but never who
        // asked.
        const QString answer = QStringLiteral("接受，但国产加速卡算力占比须不低于50%。");
        const TenderRelease release =
            workflow.answer(ref, asked.id, answer, afterClarificationDeadline);
        QCOMPARE(release.number, 2);
        QCOMPARE(release.kind, ReleaseKind::Clarification);
        QCOMPARE(release.rationale, question);
        QCOMPARE(tags(release), QStringList{QStringLiteral("tenderUpdate")});
        const QString content = QString::fromUtf8(release.content);
        QVERIFY(content.contains(answer));
        for (const QString& revealing : {bidder.name, bidder.shortName, bidder.uscc,
                                         QStringLiteral("TD-ORG-%1").arg(bidder.id), unanswered})
            QVERIFY2(!content.contains(revealing), qPrintable(revealing));
        const QJsonArray enquiries = tenderOf(release).value(QLatin1String("enquiries")).toArray();
        QCOMPARE(enquiries.size(), 1);
        const QJsonObject enquiry = enquiries.first().toObject();
        QCOMPARE(enquiry.value(QLatin1String("id")).toString(), QString::number(asked.id));
        QCOMPARE(enquiry.value(QLatin1String("answer")).toString(), answer);
        QCOMPARE(enquiry.value(QLatin1String("description")).toString(), question);
        QVERIFY(!enquiry.contains(QLatin1String("author")));
        const QJsonArray parties = jsonOf(release).value(QLatin1String("parties")).toArray();
        QCOMPARE(parties.size(), 1);
        QCOMPARE(parties.first().toObject().value(QLatin1String("name")).toString(), buyer.name);

        const Tender stored = workflow.record(ref).tender;
        QCOMPARE(stored.clarifications.size(), 2);
        QCOMPARE(stored.clarifications.first().answer, answer);
        QCOMPARE(stored.clarifications.first().answeredAt, afterClarificationDeadline);

        // A published answer is not rewritten; unknown questions and late answers are refused.
        refusal = messageOf([&] {
            workflow.answer(ref, asked.id, QStringLiteral("不接受。"), afterClarificationDeadline);
        });
        QVERIFY2(refusal.contains(QLatin1String("was answered")), qPrintable(refusal));
        refusal = messageOf(
            [&] { workflow.answer(ref, asked.id + 100, answer, afterClarificationDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("no such question")), qPrintable(refusal));
        refusal = messageOf([&] { workflow.answer(ref, second.id, QString(), duringTendering); });
        QVERIFY2(refusal.contains(QLatin1String("answer is empty")), qPrintable(refusal));
        refusal = messageOf([&] { workflow.answer(ref, second.id, answer, bidDeadline); });
        QVERIFY2(refusal.contains(QLatin1String("no longer possible")), qPrintable(refusal));
        QCOMPARE(workflow.record(ref).releases.size(), 2);
        QCOMPARE(workflow.record(ref).tender.clarifications.first().answer, answer);
        QVERIFY(workflow.record(ref).tender.clarifications.at(1).answer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTenderWorkflow)
#include "tst_tenderworkflow.moc"
