// The size of the market: tenders and budgets by month and category, the bids each tender drew,
// and what the winners asked against the budget.

#include "echarts.h"
#include "marketsections.h"

#include <QMap>

namespace td::analytics {

ReportSection tendersByMonth(const SectionContext& c)
{
    const SqlPart scope = tenderScope(c.filter);
    QSqlQuery q =
        c.run(QStringLiteral("SELECT %1, t.category, COUNT(*), SUM(CASE WHEN t.currency "
                             "= '%2' THEN t.budget_minor ELSE 0 END) FROM tenders t "
                             "WHERE %3 GROUP BY %1, t.category ORDER BY 1, 2")
                  .arg(QLatin1String(monthOfTender), QLatin1String(marketCurrency), scope.sql),
              scope);
    ReportTable table{QStringLiteral("tenders_by_month"),
                      c.labels.text("tendersByMonth"),
                      {column("month", c.labels.text("month"), ColumnKind::Text),
                       column("category", c.labels.text("category"), ColumnKind::Text),
                       column("tenders", c.labels.text("tenders"), ColumnKind::Integer),
                       column("budget", c.labels.text("budget"), ColumnKind::Money)},
                      {}};
    QStringList months;
    QMap<QString, QMap<QString, qint64>> countByCategory; // category -> month -> tenders
    while (q.next()) {
        const QString month = q.value(0).toString();
        const QString category = q.value(1).toString();
        const qint64 tenders = q.value(2).toLongLong();
        table.rows.append(
            {month, c.labels.forCode("categories", category), tenders, q.value(3).toLongLong()});
        if (!months.contains(month))
            months.append(month);
        countByCategory[category][month] = tenders;
    }
    QList<echarts::Series> series;
    for (auto it = countByCategory.cbegin(); it != countByCategory.cend(); ++it) {
        echarts::Series s{c.labels.forCode("categories", it.key()), {}};
        for (const QString& month : months)
            s.data.append(
                echarts::item(double(it.value().value(month)),
                              QStringLiteral("month=%1&category=%2").arg(month, it.key())));
        series.append(s);
    }
    return {QStringLiteral("tenders_by_month"),
            c.labels.text("tendersByMonth"),
            c.labels.text("tendersByMonthText"),
            {table},
            echarts::categoryChart(c.labels.text("tendersByMonth"), months, series, true,
                                   c.labels.text("tenders"))};
}

ReportSection bidsPerTender(const SectionContext& c)
{
    const SqlPart scope = tenderScope(c.filter);
    QSqlQuery q = c.run(QStringLiteral("SELECT n, COUNT(*) FROM (SELECT (SELECT COUNT(*) FROM bids "
                                       "b WHERE b.tender_id = t.id AND b.status IN %1) AS n FROM "
                                       "tenders t WHERE %2) counted GROUP BY n ORDER BY n")
                            .arg(QLatin1String(submittedStatuses), scope.sql),
                        scope);
    QList<QPair<qint64, qint64>> counts;
    qint64 total = 0;
    while (q.next()) {
        counts.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        total += counts.constLast().second;
    }
    ReportTable table{QStringLiteral("bids_per_tender"),
                      c.labels.text("bidsPerTender"),
                      {column("bids", c.labels.text("bidsReceived"), ColumnKind::Integer),
                       column("tenders", c.labels.text("tenders"), ColumnKind::Integer),
                       column("share", c.labels.text("share"), ColumnKind::Percent)},
                      {}};
    QStringList xValues;
    echarts::Series series{c.labels.text("tenders"), {}};
    for (const auto& [bids, tenders] : counts) {
        table.rows.append({bids, tenders, total > 0 ? double(tenders) / double(total) : 0.0});
        xValues.append(QString::number(bids));
        series.data.append(echarts::item(double(tenders), QStringLiteral("bids=%1").arg(bids)));
    }
    return {QStringLiteral("bids_per_tender"),
            c.labels.text("bidsPerTender"),
            c.labels.text("bidsPerTenderText"),
            {table},
            echarts::categoryChart(c.labels.text("bidsPerTender"), xValues, {series}, false,
                                   c.labels.text("tenders"))};
}

namespace {

QString priceBucketLabel(int bucket)
{
    if (bucket >= 12)
        return QStringLiteral("≥120%");
    return QStringLiteral("%1–%2%").arg(bucket * 10).arg(bucket * 10 + 10);
}

} // namespace

ReportSection priceAgainstBudget(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    QSqlQuery q = c.run(
        QStringLiteral("SELECT %1, COUNT(*), AVG(CAST(a.amount_minor AS DOUBLE PRECISION) / "
                       "l.budget_minor) FROM awards a JOIN lots l ON l.id = a.lot_id JOIN tenders "
                       "t ON t.id = a.tender_id %3 WHERE %2 AND "
                       "a.status = 'active' AND l.budget_minor > 0 AND a.currency = l.currency "
                       "GROUP BY %1 ORDER BY 1")
            .arg(QLatin1String(priceBucketOfAward), scope.sql, bidOfAward(c.filter)),
        scope);
    ReportTable table{QStringLiteral("price_against_budget"),
                      c.labels.text("priceAgainstBudget"),
                      {column("bucket", c.labels.text("priceOfBudget"), ColumnKind::Text),
                       column("awards", c.labels.text("awards"), ColumnKind::Integer),
                       column("mean_ratio", c.labels.text("meanRatio"), ColumnKind::Percent)},
                      {}};
    QStringList xValues;
    echarts::Series series{c.labels.text("awards"), {}};
    while (q.next()) {
        const int bucket = q.value(0).toInt();
        const qint64 awards = q.value(1).toLongLong();
        table.rows.append({priceBucketLabel(bucket), awards, q.value(2).toDouble()});
        xValues.append(priceBucketLabel(bucket));
        series.data.append(echarts::item(double(awards), QStringLiteral("bucket=%1").arg(bucket)));
    }
    return {QStringLiteral("price_against_budget"),
            c.labels.text("priceAgainstBudget"),
            c.labels.text("priceAgainstBudgetText"),
            {table},
            echarts::categoryChart(c.labels.text("priceAgainstBudget"), xValues, {series}, false,
                                   c.labels.text("awards"))};
}

} // namespace td::analytics
