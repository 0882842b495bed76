#include "marketfixture.h"

#include "bench/benchmarkresultjson.h"
#include "store/sql.h"

#include <QJsonDocument>

namespace td::test {

namespace {

const QString now = QStringLiteral("2025-06-01T00:00:00Z");

QVariant nullable(qint64 value)
{
    return value < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace

QString builderUscc(int n)
{
    return QStringLiteral("91110000TEST%1").arg(n, 6, 10, QLatin1Char('0'));
}

MarketBuilder::MarketBuilder(const Database& db)
    : m_db(db)
{}

qint64 MarketBuilder::insert(const QString& statement, const QVariantList& values)
{
    return sql::scalar(m_db.connection(), statement + QStringLiteral(" RETURNING id"), values)
        .toLongLong();
}

qint64 MarketBuilder::organization(const QString& shortName, const QString& kind)
{
    ++m_organizations;
    return insert(QStringLiteral("INSERT INTO organizations (name, name_en, short_name, uscc, "
                                 "kind) VALUES (?, ?, ?, ?, ?)"),
                  {shortName + QStringLiteral(" Ltd"), shortName + QStringLiteral(" Ltd"),
                   shortName, builderUscc(m_organizations), kind});
}

qint64 MarketBuilder::tender(const QString& reference, qint64 buyer, const QString& category,
                             const QString& method, qint64 budgetYuan, const QString& published,
                             const QString& deadline, qint64 tokensPerYear)
{
    const qint64 id = insert(
        QStringLiteral("INSERT INTO tenders (reference, title, buyer_id, category, "
                       "procurement_method, budget_minor, currency, published_at, bid_deadline, "
                       "status, tokens_per_year, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                       "?, 'CNY', ?, ?, 'opened', ?, ?, ?)"),
        {reference, QStringLiteral("Tender ") + reference, buyer, category, method,
         budgetYuan * 100, published, nullableText(deadline), tokensPerYear, now, now});
    insert(QStringLiteral("INSERT INTO lots (tender_id, number, title, budget_minor, currency) "
                          "VALUES (?, 1, 'Lot 1', ?, 'CNY')"),
           {id, budgetYuan * 100});
    return id;
}

qint64 MarketBuilder::bid(qint64 tender, qint64 vendor, qint64 yuan, const QString& status,
                          const QString& modelFamily, const QString& submitted, qint64 benchmarkRun,
                          qint64 costWithoutVoucherYuan)
{
    const qint64 lot =
        sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM lots WHERE tender_id = ?"),
                    {tender})
            .toLongLong();
    return insert(
        QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, submitted_at, "
                       "total_price_minor, currency, model_offered, status, model_family, "
                       "benchmark_run_id, cost_without_voucher_minor) VALUES (?, ?, ?, ?, ?, "
                       "'CNY', ?, ?, ?, ?, ?)"),
        {tender, lot, vendor, nullableText(submitted), yuan * 100, modelFamily, status, modelFamily,
         benchmarkRun > 0 ? QVariant(benchmarkRun) : nullable(-1),
         costWithoutVoucherYuan < 0 ? nullable(-1) : QVariant(costWithoutVoucherYuan * 100)});
}

qint64 MarketBuilder::award(qint64 tender, qint64 bid, qint64 vendor, qint64 yuan,
                            const QString& status, const QString& decided, const QString& verdict,
                            qint64 costWithoutYuan, qint64 costWithYuan)
{
    const qint64 lot = sql::scalar(m_db.connection(),
                                   QStringLiteral("SELECT lot_id FROM bids WHERE id = ?"), {bid})
                           .toLongLong();
    return insert(
        QStringLiteral("INSERT INTO awards (tender_id, lot_id, bid_id, vendor_id, amount_minor, "
                       "currency, status, decided_at, cost_verdict, cost_without_voucher_minor, "
                       "cost_with_voucher_minor) VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)"),
        {tender, lot, bid, vendor, yuan * 100, status, decided, verdict,
         costWithoutYuan < 0 ? nullable(-1) : QVariant(costWithoutYuan * 100),
         costWithYuan < 0 ? nullable(-1) : QVariant(costWithYuan * 100)});
}

void MarketBuilder::hardware(qint64 bid, const QString& accelerator, int units)
{
    sql::run(m_db.connection(),
             QStringLiteral("INSERT INTO bid_hardware_lines (bid_id, accelerator_model, "
                            "unit_count) VALUES (?, ?, ?)"),
             {bid, accelerator, units});
}

void MarketBuilder::accelerator(const QString& model, bool domestic)
{
    sql::run(m_db.connection(),
             QStringLiteral("INSERT INTO accelerators (model, vendor, domestic) VALUES (?, 'Test', "
                            "?)"),
             {model, domestic ? 1 : 0});
}

qint64 MarketBuilder::benchmarkRun(const QString& model, const QString& endpoint, int correct,
                                   int items)
{
    bench::BenchmarkResult run;
    run.config.endpoint.model = model;
    for (int i = 0; i < items; ++i) {
        bench::ItemScore score;
        score.itemId = QStringLiteral("item-%1").arg(i);
        score.outcome = i < correct ? bench::ItemOutcome::Correct : bench::ItemOutcome::Wrong;
        run.accuracyItems.append(score);
    }
    run.accuracy = bench::summarize(run.accuracyItems);
    const QString summary =
        QString::fromUtf8(QJsonDocument(bench::toJson(run, false)).toJson(QJsonDocument::Compact));
    return insert(QStringLiteral("INSERT INTO benchmark_runs (endpoint, model, suite, load_shape, "
                                 "started_at, status, summary_json) VALUES (?, ?, "
                                 "'knowledge-qa-v1', 'concurrency', ?, 'completed', ?)"),
                  {endpoint, model, now, summary});
}

HandMarket writeHandMarket(const Database& db)
{
    MarketBuilder m(db);
    HandMarket h;
    h.b1 = m.organization(QStringLiteral("B1"), QStringLiteral("centralSoe"));
    h.b2 = m.organization(QStringLiteral("B2"), QStringLiteral("localSoe"));
    h.v1 = m.organization(QStringLiteral("V1"), QStringLiteral("modelVendor"));
    h.v2 = m.organization(QStringLiteral("V2"), QStringLiteral("modelVendor"));
    h.v3 = m.organization(QStringLiteral("V3"), QStringLiteral("integrator"));
    m.accelerator(QStringLiteral("Domestic-X"), true);
    m.accelerator(QStringLiteral("Foreign-Y"), false);
    h.r1 = m.benchmarkRun(QStringLiteral("deepseek-v3-int8"), QStringLiteral("http://v1/"), 8, 10);
    h.r2 = m.benchmarkRun(QStringLiteral("qwen2.5-72b"), QStringLiteral("http://v2/"), 7, 10);

    const QString ka = QStringLiteral("knowledgeAssistant");
    const QString open = QStringLiteral("openTender");
    const QString valid = QStringLiteral("valid");
    const QString disqualified = QStringLiteral("disqualified");
    const QString active = QStringLiteral("active");
    const QString deepSeek = QStringLiteral("DeepSeek-V3");
    const QString qwen = QStringLiteral("Qwen2.5");
    const QString glm = QStringLiteral("GLM-4");

    h.t1 = m.tender(QStringLiteral("T1"), h.b1, ka, open, 1'000'000,
                    QStringLiteral("2024-01-10T02:00:00Z"), QStringLiteral("2024-02-10T01:30:00Z"),
                    1'000'000'000);
    const QString t1Received = QStringLiteral("2024-02-09T08:00:00Z");
    const qint64 t1v1 = m.bid(h.t1, h.v1, 900'000, valid, deepSeek, t1Received, h.r1, 1'000'000);
    const qint64 t1v2 = m.bid(h.t1, h.v2, 950'000, valid, qwen, t1Received, h.r2, 800'000);
    m.bid(h.t1, h.v3, 990'000, disqualified, glm, t1Received);
    m.award(h.t1, t1v1, h.v1, 900'000, active, QStringLiteral("2024-02-20T02:00:00Z"),
            QStringLiteral("belowCost"), 1'000'000, 950'000);
    m.hardware(t1v1, QStringLiteral("Domestic-X"), 8);
    m.hardware(t1v2, QStringLiteral("Foreign-Y"), 4);

    h.t2 = m.tender(QStringLiteral("T2"), h.b1, ka, open, 2'000'000,
                    QStringLiteral("2024-01-20T02:00:00Z"), QStringLiteral("2024-01-25T01:30:00Z"));
    const qint64 t2v2 =
        m.bid(h.t2, h.v2, 1'500'000, valid, qwen, QStringLiteral("2024-01-24T08:00:00Z"));
    m.award(h.t2, t2v2, h.v2, 1'500'000, active, QStringLiteral("2024-02-01T02:00:00Z"),
            QStringLiteral("profitable"));
    m.hardware(t2v2, QStringLiteral("Domestic-X"), 2);
    m.hardware(t2v2, QStringLiteral("Foreign-Y"), 2);

    h.t3 = m.tender(QStringLiteral("T3"), h.b2, QStringLiteral("codeGeneration"),
                    QStringLiteral("invitedTender"), 500'000,
                    QStringLiteral("2024-02-05T02:00:00Z"), QStringLiteral("2024-03-05T01:30:00Z"));
    const QString t3Received = QStringLiteral("2024-03-04T08:00:00Z");
    m.bid(h.t3, h.v1, 400'000, disqualified, QStringLiteral("DeepSeek-R1"), t3Received);
    const qint64 t3v3 = m.bid(h.t3, h.v3, 450'000, valid, glm, t3Received);
    m.bid(h.t3, h.v2, 450'000, disqualified, qwen, t3Received);
    m.award(h.t3, t3v3, h.v3, 450'000, active, QStringLiteral("2024-03-20T02:00:00Z"),
            QStringLiteral("voucherOnly"), 480'000, 440'000);
    m.hardware(t3v3, QStringLiteral("Foreign-Y"), 2);

    h.t4 = m.tender(QStringLiteral("T4"), h.b2, ka, open, 800'000,
                    QStringLiteral("2025-02-01T02:00:00Z"), QStringLiteral("2025-03-01T01:30:00Z"),
                    500'000'000);
    const qint64 t4v1 = m.bid(h.t4, h.v1, 700'000, valid, deepSeek,
                              QStringLiteral("2025-03-02T02:00:00Z"), h.r1, 600'000);
    m.bid(h.t4, h.v3, 760'000, valid, glm, QStringLiteral("2025-02-28T08:00:00Z"));
    m.award(h.t4, t4v1, h.v1, 700'000, active, QStringLiteral("2025-04-10T02:00:00Z"),
            QStringLiteral("profitable"));
    m.hardware(t4v1, QStringLiteral("Domestic-X"), 4);

    h.t5 = m.tender(QStringLiteral("T5"), h.b1, QStringLiteral("dataAnalysis"),
                    QStringLiteral("singleSource"), 300'000, QStringLiteral("2024-03-03T02:00:00Z"),
                    QStringLiteral("2024-03-10T01:30:00Z"));
    return h;
}

} // namespace td::test
