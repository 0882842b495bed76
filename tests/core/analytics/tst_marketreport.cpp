// The market's figures on the hand-counted market of marketfixture.h, on SQLite and PostgreSQL:
// each section's table as worked out by hand from the rows written, its chart's points and
// their drill strings, the tenders drillDown() returns for a point, the filters and the
// languages.

#include "analytics/marketjson.h"
#include "analytics/marketreport.h"
#include "domain/error.h"
#include "marketfixture.h"
#include "reportrows.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace td;
using namespace td::analytics;

namespace {

const ReportSection& sectionOf(const Report& report, const QString& id)
{
    for (const ReportSection& s : report.sections)
        if (s.id == id)
            return s;
    qFatal("no section %s", qPrintable(id));
}

const ReportTable& tableOf(const ReportSection& section, const QString& id)
{
    for (const ReportTable& t : section.tables)
        if (t.id == id)
            return t;
    qFatal("no table %s", qPrintable(id));
}

QStringList references(const QList<DrillTender>& tenders)
{
    QStringList refs;
    for (const DrillTender& t : tenders)
        refs.append(t.reference);
    return refs;
}

// The values and drill strings of a chart's series: "value@drill".
QStringList points(const QJsonObject& chart, int series)
{
    QStringList out;
    const QJsonArray data =
        chart.value(u"series").toArray().at(series).toObject().value(u"data").toArray();
    for (const QJsonValue& item : data)
        out.append(QString::number(item.toObject().value(u"value").toDouble(), 'f', 4) +
                   QLatin1Char('@') + item.toObject().value(u"drill").toString());
    return out;
}

} // namespace

class TestMarketReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sectionsInOrder()
    {
        QCOMPARE(marketSectionIds(),
                 test::lines({"tenders_by_month", "bids_per_tender", "price_against_budget",
                              "vendor_share", "models_accelerators", "benchmark_leaderboard",
                              "loss_making_wins", "reference_figures", "red_flags"}));
    }

    void handMarket_data() { test::addEngineRows(); }
    void handMarket()
    {
        QFETCH(Engine, engine);
        test::TestDatabase tdb(engine);
        if (!tdb.isReady())
            QFAIL(qPrintable(tdb.error()));
        Database& db = tdb.open();
        const test::HandMarket h = test::writeHandMarket(db);
        const Report report = marketReport(db, {}, QStringLiteral("en"));
        QCOMPARE(report.language, QStringLiteral("en"));
        QCOMPARE(report.subtitle, QStringLiteral("The whole market"));
        QCOMPARE(report.sections.size(), marketSectionIds().size());

        // T1 and T2 in January 2024 (1,000,000 + 2,000,000 yuan), T3 in February, T5 in March,
        // T4 in February 2025.
        const ReportSection& months = sectionOf(report, QStringLiteral("tenders_by_month"));
        QCOMPARE(
            test::rowsOf(months.tables.at(0)),
            test::lines({"2024-01|Knowledge assistant|2|300000000",
                         "2024-02|Code generation|1|50000000", "2024-03|Data analysis|1|30000000",
                         "2025-02|Knowledge assistant|1|80000000"}));
        QCOMPARE(months.chart.value(u"xAxis").toObject().value(u"data").toArray().size(), 4);
        // Series by category code: codeGeneration, dataAnalysis, knowledgeAssistant.
        QCOMPARE(points(months.chart, 2),
                 test::lines({"2.0000@month=2024-01&category=knowledgeAssistant",
                              "0.0000@month=2024-02&category=knowledgeAssistant",
                              "0.0000@month=2024-03&category=knowledgeAssistant",
                              "1.0000@month=2025-02&category=knowledgeAssistant"}));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("tenders_by_month"),
                                      QStringLiteral("month=2024-01&category=knowledgeAssistant"))),
                 test::lines({"T2", "T1"}));

        // Submitted bids: T5 none, T2 one, T4 two, T1 and T3 three (disqualified ones count).
        const ReportSection& bids = sectionOf(report, QStringLiteral("bids_per_tender"));
        QCOMPARE(test::rowsOf(bids.tables.at(0)),
                 test::lines({"0|1|0.2000", "1|1|0.2000", "2|1|0.2000", "3|2|0.4000"}));
        QCOMPARE(points(bids.chart, 0).constLast(), QStringLiteral("2.0000@bids=3"));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("bids_per_tender"),
                                      QStringLiteral("bids=3"))),
                 test::lines({"T3", "T1"}));

        // Winning price / lot budget: T2 0.75, T4 0.875, T1 and T3 0.9.
        const ReportSection& price = sectionOf(report, QStringLiteral("price_against_budget"));
        QCOMPARE(test::rowsOf(price.tables.at(0)),
                 test::lines({"70–80%|1|0.7500", "80–90%|1|0.8750", "90–100%|2|0.9000"}));
        QCOMPARE(points(price.chart, 0),
                 test::lines({"1.0000@bucket=7", "1.0000@bucket=8", "2.0000@bucket=9"}));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("price_against_budget"),
                                      QStringLiteral("bucket=9"))),
                 test::lines({"T3", "T1"}));

        // V1 won T1 (900,000) and T4 (700,000), V2 T2 (1,500,000), V3 T3 (450,000): 3,550,000.
        const ReportSection& share = sectionOf(report, QStringLiteral("vendor_share"));
        QCOMPARE(
            test::rowsOf(share.tables.at(0)),
            test::lines({"V1 Ltd|2|0.5000|160000000|0.4507", "V2 Ltd|1|0.2500|150000000|0.4225",
                         "V3 Ltd|1|0.2500|45000000|0.1268"}));
        const QJsonObject firstSlice = share.chart.value(u"series")
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"data")
                                           .toArray()
                                           .at(0)
                                           .toObject();
        QCOMPARE(firstSlice.value(u"value").toDouble(), 1'600'000.0);
        QCOMPARE(firstSlice.value(u"drill").toString(), QStringLiteral("vendor=%1").arg(h.v1));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("vendor_share"),
                                      QStringLiteral("vendor=%1").arg(h.v1))),
                 test::lines({"T4", "T1"}));

        // Model families: GLM-4 in T1, T3, T4 (won T3); Qwen2.5 in T1, T2, T3 (won T2);
        // DeepSeek-V3 in T1, T4 (won both); DeepSeek-R1 in T3.
        const ReportSection& models = sectionOf(report, QStringLiteral("models_accelerators"));
        QCOMPARE(test::rowsOf(tableOf(models, QStringLiteral("model_families"))),
                 test::lines({"GLM-4|3|1", "Qwen2.5|3|1", "DeepSeek-V3|2|2", "DeepSeek-R1|1|0"}));
        // Domestic-X on T1/V1 (8), T2/V2 (2), T4/V1 (4), all won; Foreign-Y on T1/V2 (4, lost),
        // T2/V2 (2, won), T3/V3 (2, won).
        QCOMPARE(test::rowsOf(tableOf(models, QStringLiteral("accelerators"))),
                 test::lines({"Domestic-X|yes|3|14|3|14", "Foreign-Y|no|3|8|2|4"}));
        // Awarded units by month: January 2024 8 + 2 domestic of 12, February 2 foreign, and
        // February 2025 4 domestic.
        QCOMPARE(test::rowsOf(tableOf(models, QStringLiteral("domestic_share"))),
                 test::lines({"2024-01|10|12|0.8333", "2024-02|0|2|0.0000", "2025-02|4|4|1.0000"}));
        QCOMPARE(points(models.chart, 0).constFirst(), QStringLiteral("0.8333@month=2024-01"));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("models_accelerators"),
                                      QStringLiteral("month=2024-01"))),
                 test::lines({"T2", "T1"}));

        // R1 (8/10) priced for V1 at 100,000,000 fen x 10^6 / 10^9 tokens = 100,000 on T1 and
        // 60,000,000 x 10^6 / 5 x 10^8 = 120,000 on T4: 110,000 on average; R2 (7/10) for V2 at
        // 80,000,000 x 10^6 / 10^9 = 80,000.
        const ReportSection& board = sectionOf(report, QStringLiteral("benchmark_leaderboard"));
        QCOMPARE(test::rowsOf(board.tables.at(0)),
                 test::lines({"deepseek-v3-int8|V1 Ltd|http://v1/|0.8000|110000|2|2",
                              "qwen2.5-72b|V2 Ltd|http://v2/|0.7000|80000|1|0"}));
        const QJsonObject point = board.chart.value(u"series")
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"data")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(point.value(u"value").toArray(), QJsonArray({1100.0, 0.8}));
        QCOMPARE(point.value(u"drill").toString(),
                 QStringLiteral("run=%1&vendor=%2").arg(h.r1).arg(h.v1));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("benchmark_leaderboard"),
                                      point.value(u"drill").toString())),
                 test::lines({"T4", "T1"}));

        // 2024-Q1: V1 won T1 below cost by 1,000,000 - 900,000 = 100,000 yuan; V3 won T3
        // profitable only with a voucher. V2's T2 and V1's T4 (2025-Q2) were profitable.
        const ReportSection& losses = sectionOf(report, QStringLiteral("loss_making_wins"));
        QCOMPARE(test::rowsOf(losses.tables.at(0)),
                 test::lines({"2024-Q1|V1 Ltd|1|1|10000000|0|0", "2024-Q1|V3 Ltd|1|0|0|1|0"}));
        QCOMPARE(losses.chart.value(u"xAxis").toObject().value(u"data").toArray(),
                 QJsonArray({QStringLiteral("2024-Q1"), QStringLiteral("2025-Q2")}));
        QCOMPARE(points(losses.chart, 0),
                 test::lines({"1.0000@quarter=2024-Q1&verdict=belowCost",
                              "0.0000@quarter=2025-Q2&verdict=belowCost"}));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("loss_making_wins"),
                                      QStringLiteral("quarter=2024-Q1&verdict=belowCost"))),
                 test::lines({"T1"}));
        QCOMPARE(references(drillDown(db, {}, QStringLiteral("loss_making_wins"),
                                      QStringLiteral("quarter=2024-Q1&verdict=voucherOnly"))),
                 test::lines({"T3"}));

        // The central SOE B1 published T1, T2, T5 in 2024, two of them knowledge assistants;
        // of the SOE buyers B1 and B2, only B1 had a DeepSeek win decided by 2025-04-01 (T4's
        // was decided on 2025-04-10).
        const ReportSection& reference = sectionOf(report, QStringLiteral("reference_figures"));
        const QStringList referenceRows = test::rowsOf(reference.tables.at(0));
        QCOMPARE(referenceRows.size(), 3);
        QVERIFY2(referenceRows.at(0).contains(QStringLiteral("|3.0000|931.0000|")),
                 qPrintable(referenceRows.at(0)));
        QVERIFY2(referenceRows.at(1).contains(QStringLiteral("|66.6667|72.0000|")),
                 qPrintable(referenceRows.at(1)));
        QVERIFY2(referenceRows.at(2).contains(QStringLiteral("|50.0000|45.0000|")),
                 qPrintable(referenceRows.at(2)));
    }

    void filters_data() { test::addEngineRows(); }
    void filters()
    {
        QFETCH(Engine, engine);
        test::TestDatabase tdb(engine);
        if (!tdb.isReady())
            QFAIL(qPrintable(tdb.error()));
        Database& db = tdb.open();
        const test::HandMarket h = test::writeHandMarket(db);
        const QStringList months{QStringLiteral("tenders_by_month")};
        const auto monthRows = [&](const MarketFilter& f) {
            return test::rowsOf(
                marketReport(db, f, QStringLiteral("en"), months).sections.at(0).tables.at(0));
        };

        // V3 bid on T1, T3 and T4.
        MarketFilter byVendor;
        byVendor.vendors = {h.v3};
        QCOMPARE(monthRows(byVendor), test::lines({"2024-01|Knowledge assistant|1|100000000",
                                                   "2024-02|Code generation|1|50000000",
                                                   "2025-02|Knowledge assistant|1|80000000"}));
        // Bid-level figures count only V3's bids: its one win.
        const Report vendorReport =
            marketReport(db, byVendor, QStringLiteral("en"), {QStringLiteral("vendor_share")});
        QCOMPARE(test::rowsOf(vendorReport.sections.at(0).tables.at(0)),
                 test::lines({"V3 Ltd|1|1.0000|45000000|1.0000"}));
        QCOMPARE(vendorReport.subtitle, QStringLiteral("1 vendor(s)"));

        MarketFilter byPeriod;
        byPeriod.from = QDate(2024, 2, 1);
        byPeriod.to = QDate(2024, 3, 3); // inclusive: T5 was published on 2024-03-03
        QCOMPARE(monthRows(byPeriod), test::lines({"2024-02|Code generation|1|50000000",
                                                   "2024-03|Data analysis|1|30000000"}));

        MarketFilter byBuyerAndCategory;
        byBuyerAndCategory.buyers = {h.b1};
        byBuyerAndCategory.categories = {QStringLiteral("knowledgeAssistant")};
        QCOMPARE(monthRows(byBuyerAndCategory),
                 test::lines({"2024-01|Knowledge assistant|2|300000000"}));

        MarketFilter byModel;
        byModel.modelFamilies = {QStringLiteral("DeepSeek-R1")};
        QCOMPARE(monthRows(byModel), test::lines({"2024-02|Code generation|1|50000000"}));

        MarketFilter byAccelerator;
        byAccelerator.accelerators = {QStringLiteral("Foreign-Y")};
        QCOMPARE(monthRows(byAccelerator), test::lines({"2024-01|Knowledge assistant|2|300000000",
                                                        "2024-02|Code generation|1|50000000"}));
        // A point drilled under a filter gives the filtered tenders only.
        QCOMPARE(references(drillDown(db, byVendor, QStringLiteral("bids_per_tender"),
                                      QStringLiteral("bids=3"))),
                 test::lines({"T3", "T1"}));
        QCOMPARE(references(drillDown(db, byModel, QStringLiteral("bids_per_tender"),
                                      QStringLiteral("bids=3"))),
                 test::lines({"T3"}));
    }

    void chineseReport()
    {
        test::TestDatabase tdb(Engine::Sqlite);
        Database& db = tdb.open();
        test::writeHandMarket(db);
        const Report report =
            marketReport(db, {}, QStringLiteral("zh"),
                         {QStringLiteral("tenders_by_month"), QStringLiteral("vendor_share")});
        QCOMPARE(report.language, QStringLiteral("zh_CN"));
        QCOMPARE(report.sections.size(), 2);
        QCOMPARE(report.sections.at(0).title,
                 QString::fromUtf8("按月份和类别统计的招标项目及预算"));
        QCOMPARE(report.sections.at(0).tables.at(0).columns.at(2).title,
                 QString::fromUtf8("招标项目"));
        QCOMPARE(test::rowsOf(report.sections.at(0).tables.at(0)).constFirst(),
                 QString::fromUtf8("2024-01|知识助手|2|300000000"));
        // Chinese reports name vendors by their short name.
        QCOMPARE(test::rowsOf(report.sections.at(1).tables.at(0)).constFirst(),
                 QStringLiteral("V1|2|0.5000|160000000|0.4507"));
    }

    void mistakesAreSentences()
    {
        test::TestDatabase tdb(Engine::Sqlite);
        Database& db = tdb.open();
        test::writeHandMarket(db);
        QVERIFY_THROWS_EXCEPTION(
            Error, marketReport(db, {}, QStringLiteral("en"), {QStringLiteral("no_such_section")}));
        QVERIFY_THROWS_EXCEPTION(Error, marketReport(db, {}, QStringLiteral("fr")));
        QVERIFY_THROWS_EXCEPTION(Error, drillDown(db, {}, QStringLiteral("bids_per_tender"),
                                                  QStringLiteral("month=2024-01")));
        QVERIFY_THROWS_EXCEPTION(
            Error, drillDown(db, {}, QStringLiteral("reference_figures"), QStringLiteral("x=1")));
        int polls = 0;
        QVERIFY_THROWS_EXCEPTION(Error, marketReport(db, {}, QStringLiteral("en"), {},
                                                     [&polls] { return ++polls > 2; }));
        QCOMPARE(polls, 3);
    }

    void reportAsJson()
    {
        test::TestDatabase tdb(Engine::Sqlite);
        Database& db = tdb.open();
        test::writeHandMarket(db);
        const QJsonObject json = reportJson(
            marketReport(db, {}, QStringLiteral("en"), {QStringLiteral("vendor_share")}));
        QCOMPARE(json.value(u"language").toString(), QStringLiteral("en"));
        const QJsonObject section = json.value(u"sections").toArray().at(0).toObject();
        QCOMPARE(section.value(u"id").toString(), QStringLiteral("vendor_share"));
        const QJsonObject table = section.value(u"tables").toArray().at(0).toObject();
        QCOMPARE(table.value(u"columns").toArray().at(3).toObject().value(u"kind").toString(),
                 QStringLiteral("money"));
        const QJsonObject first = table.value(u"rows").toArray().at(0).toObject();
        QCOMPARE(first.value(u"vendor").toString(), QStringLiteral("V1 Ltd"));
        QCOMPARE(first.value(u"awarded_value").toInteger(), 160'000'000);
        QCOMPARE(first.value(u"win_share").toDouble(), 0.5);
        QVERIFY(section.value(u"chart").toObject().contains(u"series"));
    }
};

QTEST_GUILESS_MAIN(TestMarketReport)
#include "tst_marketreport.moc"
