// The tender workflow on both engines: drafting, publication with its sealing key, amendments,
// clarifications and lifecycle moves, each a release where the law wants one, each audited.
#include "domain/error.h"
#include "domain/uscc.h"
#include "exchange/benchmarksuite.h"
#include "exchange/ocdsrelease.h"
#include "exchange/sealingkeys.h"
#include "exchange/tenderpackage.h"
#include "exchange/tendertemplates.h"
#include "exchange/tenderworkflow.h"
#include "exchange/ziparchive.h"
#include "store/auditlog.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/sql.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace td;

namespace {

const QByteArray passphrase = QByteArrayLiteral("开标口令 correct horse");

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

// The template's timeline from 2030-06-03, in Shanghai: published at 09:00, questions until
// 06-13 17:00, bids until 06-23 09:30, opened then.
const QDate publication(2030, 6, 3);
const QDateTime beforePublication = at("2030-06-02T10:00:00+08:00");
const QDateTime duringTendering = at("2030-06-05T10:00:00+08:00");
const QDateTime tenDaysBeforeDeadline = at("2030-06-13T10:00:00+08:00");
const QDateTime afterClarificationDeadline = at("2030-06-13T17:01:00+08:00");
const QDateTime bidDeadline = at("2030-06-23T09:30:00+08:00");

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

Organization addOrganization(const Database& db, const QString& name, const QString& shortName,
                             const char* first17, OrganizationKind kind)
{
    const QString code = QLatin1String(first17);
    Organization o{0,
                   name,
                   QString(),
                   shortName,
                   code + uscc::checkCharacter(code),
                   kind,
                   QStringLiteral("北京")};
    Transaction transaction(db.connection());
    OrganizationRepository(db.connection()).insert(o);
    transaction.commit();
    return o;
}

Organization addBuyer(const Database& db)
{
    return addOrganization(db, QStringLiteral("国家电网有限公司"), QStringLiteral("国家电网"),
                           "91110108551385082", OrganizationKind::CentralSoe);
}

Organization addBidder(const Database& db)
{
    return addOrganization(db, QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"),
                           QStringLiteral("深度求索"), "91330105MA2KXXXX0",
                           OrganizationKind::ModelVendor);
}

// A draft made from the knowledge-assistant template.
QString draft(TenderWorkflow& workflow, qint64 buyerId)
{
    Tender t = tenderFromTemplate(TenderCategory::KnowledgeAssistant, publication);
    t.buyerId = buyerId;
    workflow.createDraft(t);
    return t.reference;
}

QString published(TenderWorkflow& workflow, qint64 buyerId)
{
    const QString reference = draft(workflow, buyerId);
    workflow.publish(reference, passphrase, beforePublication);
    return reference;
}

qint64 count(const Database& db, const QString& statement)
{
    return sql::scalar(db.connection(), statement).toLongLong();
}

QStringList auditActions(const Database& db)
{
    QSqlQuery q =
        sql::run(db.connection(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
    QStringList actions;
    while (q.next())
        actions.append(q.value(0).toString());
    return actions;
}

QJsonObject lastAuditPayload(const Database& db)
{
    const QString payload = sql::scalar(db.connection(), QStringLiteral("SELECT payload FROM "
                                                                        "audit_log ORDER BY seq "
                                                                        "DESC LIMIT 1"))
                                .toString();
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

QJsonObject jsonOf(const TenderRelease& release)
{
    return QJsonDocument::fromJson(release.content).object();
}

QJsonObject tenderOf(const TenderRelease& release)
{
    return jsonOf(release).value(QLatin1String("tender")).toObject();
}

QStringList tags(const TenderRelease& release)
{
    QStringList out;
    for (const QJsonValue& tag : jsonOf(release).value(QLatin1String("tag")).toArray())
        out.append(tag.toString());
    return out;
}

QStringList lines(const QList<FieldChange>& changes)
{
    QStringList out;
    for (const FieldChange& c : changes)
        out.append(c.field + QStringLiteral(": ") + c.before + QStringLiteral(" -> ") + c.after);
    return out;
}

Criterion& criterion(Tender& t, const char* code)
{
    const auto found = std::find_if(t.criteria.begin(), t.criteria.end(), [&](const Criterion& c) {
        return c.code == QLatin1String(code);
    });
    Q_ASSERT(found != t.criteria.end());
    return *found;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

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
                              QStringLiteral("benchmark-suite/knowledge-qa-v1.json"),
                              QStringLiteral("manifest.json")}));
        // The latest release, not the first.
        QCOMPARE(entries.at(0).content, record.releases.at(1).content);
        QVERIFY(entries.at(0).content != record.releases.at(0).content);
        QCOMPARE(entries.at(1).content, pdfs.chinese);
        QCOMPARE(entries.at(2).content, pdfs.english);
        QCOMPARE(entries.at(3).content, record.sealingKey->publicKeyPem);
        QCOMPARE(entries.at(4).content, benchmarkSuiteJson(QStringLiteral("knowledge-qa-v1")));

        QJsonParseError error;
        const QJsonObject manifest =
            QJsonDocument::fromJson(entries.at(5).content, &error).object();
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

QTEST_GUILESS_MAIN(TestTenderWorkflow)
#include "tst_tenderworkflow.moc"
