// What the deployments deliver and what winning costs: the benchmark leaderboard (accuracy
// against the cost per million tokens) and the loss-making wins.

#include "bench/benchmarkresultjson.h"
#include "echarts.h"
#include "marketsections.h"
#include "store/sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <cmath>

namespace td::analytics {

namespace {

// The accuracy a stored run measured, or NaN when it ran no accuracy suite. Read once per run,
// after the aggregate: its summary is kilobytes of JSON that the grouping must not carry.
double accuracyOf(const QSqlDatabase& db, qint64 runId)
{
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT summary_json FROM benchmark_runs WHERE id = ?"), {runId});
    if (!q.next())
        return std::nan("");
    const bench::BenchmarkResult run = bench::benchmarkResultFromJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return run.accuracy ? run.accuracy->accuracy : std::nan("");
}

} // namespace

ReportSection benchmarkLeaderboard(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    // The cost per million tokens of a bid is what the cost model stored for it (C0, the cost
    // to serve without a voucher, over the whole contract) over its contracted volume in
    // millions of tokens: the tender's tokens per year times the contract's years, as
    // cost/costtotals.cpp works it out.
    QSqlQuery q = c.run(
        QStringLiteral(
            "SELECT r.id, r.model, r.endpoint, b.vendor_id, o.short_name, o.name_en, COUNT(*), "
            "COUNT(a.id), AVG(CASE WHEN b.cost_without_voucher_minor IS NOT NULL AND "
            "t.tokens_per_year > 0 THEN CAST(b.cost_without_voucher_minor AS DOUBLE PRECISION) "
            "* 1000000.0 / (CAST(t.tokens_per_year AS DOUBLE PRECISION) * "
            "COALESCE(ca.contract_years, 1)) END) FROM bids b JOIN "
            "benchmark_runs r ON r.id = b.benchmark_run_id JOIN tenders t ON t.id = b.tender_id "
            "JOIN organizations o ON o.id = b.vendor_id LEFT JOIN bid_cost_assumptions ca ON "
            "ca.bid_id = b.id LEFT JOIN awards a ON a.tender_id = b.tender_id AND a.bid_id = "
            "b.id AND a.status = 'active' WHERE %1 AND b.status IN %2 GROUP BY r.id, r.model, "
            "r.endpoint, b.vendor_id, o.short_name, o.name_en")
            .arg(scope.sql, QLatin1String(submittedStatuses)),
        scope);
    struct Row
    {
        qint64 runId = 0;
        QString model;
        QString endpoint;
        qint64 vendorId = 0;
        QString vendor;
        qint64 bids = 0;
        qint64 wins = 0;
        QVariant costPerMillion; // minor units, or null when no bid of it was costed
        double accuracy = 0;
    };
    QList<Row> rows;
    QHash<qint64, double> accuracyOfRun;
    while (q.next()) {
        Row r{q.value(0).toLongLong(),
              q.value(1).toString(),
              q.value(2).toString(),
              q.value(3).toLongLong(),
              c.organizationName(q.value(4).toString(), q.value(5).toString()),
              q.value(6).toLongLong(),
              q.value(7).toLongLong(),
              {},
              0};
        if (!q.value(8).isNull())
            r.costPerMillion = qint64(std::llround(q.value(8).toDouble()));
        rows.append(r);
    }
    // After the aggregate has been read: PostgreSQL streams one statement at a time.
    for (Row& r : rows) {
        if (!accuracyOfRun.contains(r.runId))
            accuracyOfRun.insert(r.runId, accuracyOf(c.db, r.runId));
        r.accuracy = accuracyOfRun.value(r.runId);
    }
    // Best first: the most accurate, then the cheapest.
    std::sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        const double ax = std::isnan(x.accuracy) ? -1 : x.accuracy;
        const double ay = std::isnan(y.accuracy) ? -1 : y.accuracy;
        if (ax != ay)
            return ax > ay;
        return x.costPerMillion.toLongLong() < y.costPerMillion.toLongLong();
    });
    ReportTable table{
        QStringLiteral("benchmark_leaderboard"),
        c.labels.text("leaderboard"),
        {column("model", c.labels.text("deployedModel"), ColumnKind::Text),
         column("vendor", c.labels.text("vendor"), ColumnKind::Text),
         column("endpoint", c.labels.text("endpoint"), ColumnKind::Text),
         column("accuracy", c.labels.text("accuracy"), ColumnKind::Percent),
         column("cost_per_million", c.labels.text("costPerMillion"), ColumnKind::Money),
         column("bids", c.labels.text("bids"), ColumnKind::Integer),
         column("wins", c.labels.text("wins"), ColumnKind::Integer)},
        {}};
    QJsonArray points;
    for (const Row& r : rows) {
        table.rows.append({r.model, r.vendor, r.endpoint,
                           std::isnan(r.accuracy) ? QVariant() : QVariant(r.accuracy),
                           r.costPerMillion, r.bids, r.wins});
        if (std::isnan(r.accuracy) || r.costPerMillion.isNull())
            continue;
        QJsonObject point{
            {QStringLiteral("name"), QStringLiteral("%1 (%2)").arg(r.model, r.vendor)},
            {QStringLiteral("value"),
             QJsonArray{double(r.costPerMillion.toLongLong()) / 100.0, r.accuracy}},
            {QStringLiteral("drill"),
             QStringLiteral("run=%1&vendor=%2").arg(r.runId).arg(r.vendorId)}};
        points.append(point);
    }
    return {QStringLiteral("benchmark_leaderboard"),
            c.labels.text("leaderboard"),
            c.labels.text("leaderboardText"),
            {table},
            echarts::scatterChart(c.labels.text("leaderboard"), c.labels.text("costPerMillion"),
                                  c.labels.text("accuracy"), points)};
}

ReportSection lossMakingWins(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    const QString quarter = quarterOfAward();
    QSqlQuery q = c.run(
        QStringLiteral(
            "SELECT a.vendor_id, o.short_name, o.name_en, %1, COUNT(*), SUM(CASE WHEN "
            "a.cost_verdict = 'belowCost' THEN 1 ELSE 0 END), SUM(CASE WHEN a.cost_verdict = "
            "'belowCost' AND a.cost_without_voucher_minor > a.amount_minor THEN "
            "a.cost_without_voucher_minor - a.amount_minor ELSE 0 END), SUM(CASE WHEN "
            "a.cost_verdict = 'voucherOnly' THEN 1 ELSE 0 END), SUM(CASE WHEN a.cost_verdict = "
            "'noBenchmark' THEN 1 ELSE 0 END) FROM awards a JOIN tenders t ON t.id = a.tender_id "
            "%3 JOIN organizations o ON o.id = a.vendor_id WHERE %2 "
            "AND a.status = 'active' GROUP BY a.vendor_id, o.short_name, o.name_en, %1 ORDER BY "
            "4, 6 DESC, 7 DESC, 1")
            .arg(quarter, scope.sql, bidOfAward(c.filter)),
        scope);
    ReportTable table{
        QStringLiteral("loss_making_wins"),
        c.labels.text("lossMakingWins"),
        {column("quarter", c.labels.text("quarter"), ColumnKind::Text),
         column("vendor", c.labels.text("vendor"), ColumnKind::Text),
         column("wins", c.labels.text("wins"), ColumnKind::Integer),
         column("wins_below_cost", c.labels.text("winsBelowCost"), ColumnKind::Integer),
         column("amount_below_cost", c.labels.text("amountBelowCost"), ColumnKind::Money),
         column("wins_voucher_only", c.labels.text("winsVoucherOnly"), ColumnKind::Integer),
         column("wins_not_costed", c.labels.text("winsNotCosted"), ColumnKind::Integer)},
        {}};
    QStringList quarters;
    QMap<QString, QPair<qint64, qint64>> byQuarter; // below cost, voucher only
    while (q.next()) {
        const QString period = q.value(3).toString();
        const qint64 below = q.value(5).toLongLong();
        const qint64 voucherOnly = q.value(7).toLongLong();
        if (!quarters.contains(period))
            quarters.append(period);
        byQuarter[period].first += below;
        byQuarter[period].second += voucherOnly;
        // The tracker lists the vendors' quarters with a win that needs a subsidy or loses money.
        if (below == 0 && voucherOnly == 0)
            continue;
        table.rows.append({period, c.organizationName(q.value(1).toString(), q.value(2).toString()),
                           q.value(4).toLongLong(), below, q.value(6).toLongLong(), voucherOnly,
                           q.value(8).toLongLong()});
    }
    echarts::Series belowSeries{c.labels.text("winsBelowCost"), {}};
    echarts::Series voucherSeries{c.labels.text("winsVoucherOnly"), {}};
    for (const QString& period : quarters) {
        belowSeries.data.append(
            echarts::item(double(byQuarter.value(period).first),
                          QStringLiteral("quarter=%1&verdict=belowCost").arg(period)));
        voucherSeries.data.append(
            echarts::item(double(byQuarter.value(period).second),
                          QStringLiteral("quarter=%1&verdict=voucherOnly").arg(period)));
    }
    return {QStringLiteral("loss_making_wins"),
            c.labels.text("lossMakingWins"),
            c.labels.text("lossMakingWinsText"),
            {table},
            echarts::categoryChart(c.labels.text("lossMakingWins"), quarters,
                                   {belowSeries, voucherSeries}, true, c.labels.text("wins"))};
}

} // namespace td::analytics
