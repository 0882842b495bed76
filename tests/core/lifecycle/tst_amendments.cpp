#include "lifecycle/amendments.h"
#include "validtender.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace td;

using Edit = std::function<void(Tender&)>;
Q_DECLARE_METATYPE(Edit)

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

// The valid tender with the hardware rules, workload and suite a real one carries, so that
// every field has a value to change.
Tender base()
{
    Tender t = test::validTender();
    t.description = QStringLiteral("知识库问答服务");
    t.hardwareRules.excludedModels = {QStringLiteral("NVIDIA H20"),
                                      QStringLiteral("AMD Instinct MI308")};
    t.workload.concurrentUsers = 500;
    t.workload.sloTimeToFirstTokenMs = 2000;
    t.workload.sloTimePerOutputTokenMs = 80;
    t.benchmarkSuite = QStringLiteral("knowledge-qa-v1");
    return t;
}

Criterion& criterion(Tender& t, const char* code)
{
    const auto found = std::find_if(t.criteria.begin(), t.criteria.end(), [&](const Criterion& c) {
        return c.code == QLatin1String(code);
    });
    Q_ASSERT(found != t.criteria.end());
    return *found;
}

// One change as "field: before -> after", empty values as ''.
QString line(const FieldChange& c)
{
    const auto shown = [](const QString& v) {
        return v.isEmpty() ? QStringLiteral("''") : v;
    };
    return c.field + QStringLiteral(": ") + shown(c.before) + QStringLiteral(" -> ") +
           shown(c.after);
}

QStringList lines(const QList<FieldChange>& changes)
{
    QStringList out;
    for (const FieldChange& c : changes)
        out.append(line(c));
    return out;
}

} // namespace

class TestAmendments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One row per kind of field: what changes() lists, whether the whole is material, and the
    // first change an amendment may not make.
    void changes_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("material");
        QTest::addColumn<QString>("forbidden"); // empty: none

        const auto row = [](const char* name, Edit edit, const QStringList& expected, bool material,
                            const QString& forbidden = {}) {
            QTest::newRow(name) << edit << expected << material << forbidden;
        };
        row(
            "nothing", [](Tender&) {}, {}, false);
        row(
            "title only",
            [](Tender& t) {
                t.title = QStringLiteral("国家电网智能客服知识库大模型采购项目（更正）");
            },
            {QStringLiteral("title: 国家电网智能客服知识库大模型采购项目 -> "
                            "国家电网智能客服知识库大模型采购项目（更正）")},
            false);
        row(
            "description", [](Tender& t) { t.description = QString(); },
            {QStringLiteral("description: 知识库问答服务 -> ''")}, true);
        row(
            "category", [](Tender& t) { t.category = TenderCategory::CodeGeneration; },
            {QStringLiteral("category: knowledgeAssistant -> codeGeneration")}, true);
        row(
            "purchase kind", [](Tender& t) { t.purchaseKind = PurchaseKind::Services; },
            {QStringLiteral("purchaseKind: goodsAndServices -> services")}, true);
        row(
            "procurement method",
            [](Tender& t) { t.method = ProcurementMethod::CompetitiveNegotiation; },
            {QStringLiteral("procurementMethod: openTender -> competitiveNegotiation")}, true);
        row(
            "budget ceiling", [](Tender& t) { t.budgetCeiling = Money::yuan(450'000'000); },
            {QStringLiteral("budgetCeiling: 5000000.00 CNY -> 4500000.00 CNY")}, true);
        row(
            "budget currency",
            [](Tender& t) { t.budgetCeiling = Money(500'000'000, QStringLiteral("USD")); },
            {QStringLiteral("budgetCeiling: 5000000.00 CNY -> 5000000.00 USD")}, true);
        row(
            "time zone", [](Tender& t) { t.timeZone = QStringLiteral("Asia/Urumqi"); },
            {QStringLiteral("timeZone: Asia/Shanghai -> Asia/Urumqi")}, true);
        row(
            "bid deadline and opening later",
            [](Tender& t) {
                t.bidDeadline = t.bidDeadline.addDays(3);
                t.openingAt = t.bidDeadline.addSecs(3600);
            },
            {QStringLiteral("bidDeadline: 2025-03-24T01:00:00Z -> 2025-03-27T01:00:00Z"),
             QStringLiteral("openingAt: 2025-03-24T01:00:00Z -> 2025-03-27T02:00:00Z")},
            false);
        row(
            "bid deadline earlier", [](Tender& t) { t.bidDeadline = t.bidDeadline.addDays(-2); },
            {QStringLiteral("bidDeadline: 2025-03-24T01:00:00Z -> 2025-03-22T01:00:00Z")}, true);
        row(
            "clarification deadline later",
            [](Tender& t) { t.clarificationDeadline = t.clarificationDeadline.addDays(2); },
            {QStringLiteral("clarificationDeadline: 2025-03-13T01:00:00Z -> "
                            "2025-03-15T01:00:00Z")},
            false);
        row(
            "clarification deadline earlier",
            [](Tender& t) { t.clarificationDeadline = t.clarificationDeadline.addSecs(-60); },
            {QStringLiteral("clarificationDeadline: 2025-03-13T01:00:00Z -> "
                            "2025-03-13T00:59:00Z")},
            true);
        row(
            "bid deadline removed", [](Tender& t) { t.bidDeadline = QDateTime(); },
            {QStringLiteral("bidDeadline: 2025-03-24T01:00:00Z -> ''")}, true);
        row(
            "same instant in the local zone",
            [](Tender& t) {
                t.bidDeadline = t.bidDeadline.toTimeZone(QTimeZone("Asia/Shanghai"));
                t.openingAt = t.openingAt.toOffsetFromUtc(8 * 3600);
            },
            {}, false);
        row(
            "title and a later deadline",
            [](Tender& t) {
                t.title = QStringLiteral("新标题");
                t.bidDeadline = t.bidDeadline.addDays(1);
                t.openingAt = t.bidDeadline;
            },
            {QStringLiteral("title: 国家电网智能客服知识库大模型采购项目 -> 新标题"),
             QStringLiteral("bidDeadline: 2025-03-24T01:00:00Z -> 2025-03-25T01:00:00Z"),
             QStringLiteral("openingAt: 2025-03-24T01:00:00Z -> 2025-03-25T01:00:00Z")},
            false);
        row(
            "lot added",
            [](Tender& t) {
                t.lots.append(Lot{0, 2, QStringLiteral("运维服务"), Money::yuan(100'000'000)});
            },
            {QStringLiteral("lots[2]: '' -> 运维服务 / 1000000.00 CNY")}, true);
        row(
            "lot removed", [](Tender& t) { t.lots.clear(); },
            {QStringLiteral("lots[1]: 模型及推理平台 / 5000000.00 CNY -> ''")}, true);
        row(
            "lot retitled and rebudgeted",
            [](Tender& t) {
                t.lots[0].title = QStringLiteral("模型、推理平台及集成");
                t.lots[0].budget = Money::yuan(480'000'000);
            },
            {QStringLiteral("lots[1].title: 模型及推理平台 -> 模型、推理平台及集成"),
             QStringLiteral("lots[1].budget: 5000000.00 CNY -> 4800000.00 CNY")},
            true);
        row(
            "lot renumbered", [](Tender& t) { t.lots[0].number = 2; },
            {QStringLiteral("lots[1]: 模型及推理平台 / 5000000.00 CNY -> ''"),
             QStringLiteral("lots[2]: '' -> 模型及推理平台 / 5000000.00 CNY")},
            true);
        // A tender read from a file has lots without ids; the number says which lot it is.
        row(
            "lot ids are not compared", [](Tender& t) { t.lots[0].id = 42; }, {}, false);
        row(
            "criteria weights",
            [](Tender& t) {
                criterion(t, "price").weight = 40;
                criterion(t, "technical").weight = 20;
            },
            {QStringLiteral("criteria[price].weight: 30 -> 40"),
             QStringLiteral("criteria[technical].weight: 30 -> 20")},
            true);
        row(
            "criterion renamed",
            [](Tender& t) { criterion(t, "service").name = QStringLiteral("售后服务"); },
            {QStringLiteral("criteria[service].name: 售后服务与培训 -> 售后服务")}, true);
        row(
            "criterion replaced",
            [](Tender& t) {
                t.criteria.removeLast();
                t.criteria.append({0, QStringLiteral("training"), QStringLiteral("培训"), 5});
            },
            {QStringLiteral("criteria[service]: 售后服务与培训 5% -> ''"),
             QStringLiteral("criteria[training]: '' -> 培训 5%")},
            true);
        row(
            "criteria reordered",
            [](Tender& t) { std::reverse(t.criteria.begin(), t.criteria.end()); }, {}, false);
        row(
            "excluded models reordered",
            [](Tender& t) {
                t.hardwareRules.excludedModels = {QStringLiteral("AMD Instinct MI308"),
                                                  QStringLiteral("NVIDIA H20")};
            },
            {}, false);
        row(
            "excluded model added",
            [](Tender& t) { t.hardwareRules.excludedModels.append(QStringLiteral("NVIDIA H100")); },
            {QStringLiteral("excludedModels: AMD Instinct MI308, NVIDIA H20 -> AMD Instinct MI308, "
                            "NVIDIA H100, NVIDIA H20")},
            true);
        row(
            "excluded models cleared", [](Tender& t) { t.hardwareRules.excludedModels.clear(); },
            {QStringLiteral("excludedModels: AMD Instinct MI308, NVIDIA H20 -> ''")}, true);
        row(
            "domestic share", [](Tender& t) { t.hardwareRules.minimumDomesticSharePercent = 70; },
            {QStringLiteral("minimumDomesticSharePercent: 50 -> 70")}, true);
        row(
            "workload",
            [](Tender& t) {
                t.workload.contractedTokensPerYear = 3'000'000'000;
                t.workload.concurrentUsers = 800;
                t.workload.sloTimeToFirstTokenMs = 1500;
                t.workload.sloTimePerOutputTokenMs = 60;
                t.workload.sloAvailabilityPercent = 99.95;
            },
            {QStringLiteral("contractedTokensPerYear: 2000000000 -> 3000000000"),
             QStringLiteral("concurrentUsers: 500 -> 800"),
             QStringLiteral("sloTimeToFirstTokenMs: 2000 -> 1500"),
             QStringLiteral("sloTimePerOutputTokenMs: 80 -> 60"),
             QStringLiteral("sloAvailabilityPercent: 99.9 -> 99.95")},
            true);
        row(
            "benchmark suite",
            [](Tender& t) { t.benchmarkSuite = QStringLiteral("knowledge-qa-v2"); },
            {QStringLiteral("benchmarkSuite: knowledge-qa-v1 -> knowledge-qa-v2")}, true);
        row(
            "reference", [](Tender& t) { t.reference = QStringLiteral("SGCC-2025-GAI-0000002"); },
            {QStringLiteral("reference: SGCC-2025-GAI-0000001 -> SGCC-2025-GAI-0000002")}, true,
            QStringLiteral("reference"));
        row(
            "buyer", [](Tender& t) { t.buyerId = 2; }, {QStringLiteral("buyer: 1 -> 2")}, true,
            QStringLiteral("buyer"));
        row(
            "status", [](Tender& t) { t.status = TenderStatus::Published; },
            {QStringLiteral("status: draft -> published")}, true, QStringLiteral("status"));
        row(
            "publication time", [](Tender& t) { t.publishedAt = t.publishedAt.addDays(1); },
            {QStringLiteral("publishedAt: 2025-03-03T01:00:00Z -> 2025-03-04T01:00:00Z")}, true,
            QStringLiteral("publishedAt"));
        row(
            "title with a forbidden change",
            [](Tender& t) {
                t.title = QStringLiteral("新标题");
                t.buyerId = 7;
            },
            {QStringLiteral("buyer: 1 -> 7"),
             QStringLiteral("title: 国家电网智能客服知识库大模型采购项目 -> 新标题")},
            true, QStringLiteral("buyer"));
    }
    void changes()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, expected);
        QFETCH(bool, material);
        QFETCH(QString, forbidden);
        const Tender before = base();
        Tender after = before;
        edit(after);
        const QList<FieldChange> changed = amendments::changes(before, after);
        QCOMPARE(lines(changed), expected);
        QCOMPARE(amendments::isMaterial(changed), material);
        const FieldChange* refused = amendments::forbiddenChange(changed);
        QCOMPARE(refused ? refused->field : QString(), forbidden);
        // Undoing the edit lists the same changes the other way round (removed lots and
        // criteria come before added ones, so the order may differ).
        QStringList undone;
        for (const FieldChange& c : changed)
            undone.append(line({c.field, c.after, c.before}));
        QStringList back = lines(amendments::changes(after, before));
        undone.sort();
        back.sort();
        QCOMPARE(back, undone);
    }

    void isMaterial_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("material");
        const QString early = QStringLiteral("2025-03-24T01:00:00Z");
        const QString late = QStringLiteral("2025-03-31T01:00:00Z");
        QTest::newRow("title") << "title"
                               << "旧"
                               << "新" << false;
        for (const char* field : {"bidDeadline", "openingAt", "clarificationDeadline"}) {
            QTest::addRow("%s later", field) << field << early << late << false;
            QTest::addRow("%s earlier", field) << field << late << early << true;
            QTest::addRow("%s set", field) << field << QString() << late << true;
            QTest::addRow("%s cleared", field) << field << early << QString() << true;
        }
        QTest::newRow("publication later") << "publishedAt" << early << late << true;
        QTest::newRow("budget") << "budgetCeiling"
                                << "5000000.00 CNY"
                                << "6000000.00 CNY" << true;
        QTest::newRow("lot budget") << "lots[1].budget"
                                    << "5000000.00 CNY"
                                    << "4000000.00 CNY" << true;
        QTest::newRow("criterion weight") << "criteria[price].weight"
                                          << "30"
                                          << "40" << true;
        QTest::newRow("domestic share") << "minimumDomesticSharePercent"
                                        << "50"
                                        << "60" << true;
        QTest::newRow("excluded models") << "excludedModels"
                                         << ""
                                         << "NVIDIA H20" << true;
        QTest::newRow("description") << "description"
                                     << "a"
                                     << "b" << true;
    }
    void isMaterial()
    {
        QFETCH(QString, field);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, material);
        const FieldChange change{field, before, after};
        QCOMPARE(amendments::isMaterial(change), material);
        // One material change makes the whole amendment material.
        const FieldChange title{QStringLiteral("title"), QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(amendments::isMaterial(QList<FieldChange>{title, change}), material);
    }

    void nothingIsNotMaterial()
    {
        QVERIFY(!amendments::isMaterial(QList<FieldChange>{}));
        QCOMPARE(amendments::forbiddenChange({}), static_cast<const FieldChange*>(nullptr));
    }

    void extendDeadlines_data()
    {
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QDateTime>("bidDeadline");
        QTest::addColumn<qint64>("openingGap"); // seconds after the deadline; -1: no opening
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected"); // invalid: unchanged
        const QString shanghai = QStringLiteral("Asia/Shanghai");
        // 2025-03-24 09:30 in Shanghai.
        const QDateTime deadline = utc("2025-03-24T01:30:00Z");
        QTest::newRow("far enough")
            << shanghai << deadline << qint64(0) << utc("2025-03-01T02:00:00Z") << QDateTime();
        QTest::newRow("exactly 15 days")
            << shanghai << deadline << qint64(0) << deadline.addDays(-15) << QDateTime();
        // Now 10:00 in Shanghai: 09:30 fifteen days on is too early, so the day after.
        QTest::newRow("nearer, later in the day")
            << shanghai << deadline << qint64(0) << utc("2025-03-14T02:00:00Z")
            << utc("2025-03-30T01:30:00Z");
        // Now 08:00 in Shanghai: 09:30 fifteen days on leaves enough time.
        QTest::newRow("nearer, earlier in the day")
            << shanghai << deadline << qint64(0) << utc("2025-03-14T00:00:00Z")
            << utc("2025-03-29T01:30:00Z");
        // 00:30 in Shanghai is still the day before in UTC.
        QTest::newRow("past midnight in Shanghai")
            << shanghai << deadline << qint64(0) << utc("2025-03-13T16:30:00Z")
            << utc("2025-03-29T01:30:00Z");
        QTest::newRow("opening keeps its gap")
            << shanghai << deadline << qint64(90 * 60) << utc("2025-03-14T02:00:00Z")
            << utc("2025-03-30T01:30:00Z");
        QTest::newRow("no opening time")
            << shanghai << deadline << qint64(-1) << utc("2025-03-14T02:00:00Z")
            << utc("2025-03-30T01:30:00Z");
        QTest::newRow("deadline already passed")
            << shanghai << deadline << qint64(0) << utc("2025-03-25T00:00:00Z")
            << utc("2025-04-09T01:30:00Z");
        // Across the start of summer time the local time of day holds, not the UTC one:
        // 09:00 CET is 08:00 UTC, 09:00 CEST is 07:00 UTC.
        QTest::newRow("summer time starts in Berlin")
            << QStringLiteral("Europe/Berlin") << utc("2025-03-24T08:00:00Z") << qint64(0)
            << utc("2025-03-20T10:00:00Z") << utc("2025-04-05T07:00:00Z");
        QTest::newRow("no deadline")
            << shanghai << QDateTime() << qint64(-1) << utc("2025-03-14T02:00:00Z") << QDateTime();
    }
    void extendDeadlines()
    {
        QFETCH(QString, timeZone);
        QFETCH(QDateTime, bidDeadline);
        QFETCH(qint64, openingGap);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        Tender t = base();
        t.timeZone = timeZone;
        t.bidDeadline = bidDeadline;
        t.openingAt = openingGap >= 0 ? bidDeadline.addSecs(openingGap) : QDateTime();
        const Tender before = t;
        const QList<FieldChange> made = amendments::extendDeadlines(t, now);
        QCOMPARE(t.clarificationDeadline, before.clarificationDeadline);
        if (!expected.isValid()) {
            QVERIFY(made.isEmpty());
            QCOMPARE(t.bidDeadline, before.bidDeadline);
            QCOMPARE(t.openingAt, before.openingAt);
            return;
        }
        QCOMPARE(t.bidDeadline, expected);
        QVERIFY(t.bidDeadline >= now.addDays(amendments::minimumDaysAfterMaterialChange));
        QVERIFY(t.bidDeadline < now.addDays(amendments::minimumDaysAfterMaterialChange + 1));
        const QTimeZone zone(timeZone.toUtf8());
        QCOMPARE(t.bidDeadline.toTimeZone(zone).time(), bidDeadline.toTimeZone(zone).time());
        QStringList expectedLines{
            QStringLiteral("bidDeadline: %1 -> %2")
                .arg(bidDeadline.toString(Qt::ISODate), expected.toString(Qt::ISODate))};
        if (openingGap >= 0) {
            QCOMPARE(t.openingAt, expected.addSecs(openingGap));
            expectedLines.append(QStringLiteral("openingAt: %1 -> %2")
                                     .arg(before.openingAt.toString(Qt::ISODate),
                                          t.openingAt.toString(Qt::ISODate)));
        } else {
            QVERIFY(!t.openingAt.isValid());
        }
        QCOMPARE(lines(made), expectedLines);
        // What extendDeadlines reports is what changes() then finds.
        QCOMPARE(lines(amendments::changes(before, t)), expectedLines);
        // Once moved, the deadline is far enough.
        QVERIFY(amendments::extendDeadlines(t, now).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAmendments)
#include "tst_amendments.moc"
