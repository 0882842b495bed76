// Who wins and with what: the vendors' shares of wins and awarded value, the model families and
// accelerators offered and awarded, and the domestic accelerators' share of awarded hardware.

#include "echarts.h"
#include "marketsections.h"

namespace td::analytics {

namespace {

// A winning bid: the active award of bid `b` (awards are found through their tender's index).
const char* activeAwardOfBid = "LEFT JOIN awards a ON a.tender_id = b.tender_id AND a.bid_id = "
                               "b.id AND a.status = 'active'";

ReportTable modelFamilies(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    QSqlQuery q = c.run(
        QStringLiteral("SELECT %4, COUNT(*), COUNT(a.id) FROM bids b JOIN tenders t "
                       "ON t.id = b.tender_id %1 WHERE %2 AND b.status IN %3 GROUP BY %4 ORDER BY "
                       "2 DESC, 1")
            .arg(QLatin1String(activeAwardOfBid), scope.sql, QLatin1String(submittedStatuses),
                 modelOfBid(QStringLiteral("b"))),
        scope);
    ReportTable table{QStringLiteral("model_families"),
                      c.labels.text("modelFamilies"),
                      {column("model_family", c.labels.text("modelFamily"), ColumnKind::Text),
                       column("bids", c.labels.text("bids"), ColumnKind::Integer),
                       column("wins", c.labels.text("wins"), ColumnKind::Integer)},
                      {}};
    while (q.next()) {
        const QString family = q.value(0).toString();
        table.rows.append({family.isEmpty() ? c.labels.text("notStated") : family,
                           q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return table;
}

ReportTable accelerators(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    QSqlQuery q = c.run(
        QStringLiteral("SELECT h.accelerator_model, MAX(COALESCE(acc.domestic, 0)), COUNT(*), "
                       "SUM(h.unit_count), COUNT(a.id), SUM(CASE WHEN a.id IS NULL THEN 0 "
                       "ELSE h.unit_count END) FROM bid_hardware_lines h JOIN bids b ON b.id = "
                       "h.bid_id JOIN tenders t ON t.id = b.tender_id LEFT JOIN accelerators acc "
                       "ON acc.model = h.accelerator_model %1 WHERE %2 AND b.status IN %3 GROUP "
                       "BY h.accelerator_model ORDER BY 4 DESC, 1")
            .arg(QLatin1String(activeAwardOfBid), scope.sql, QLatin1String(submittedStatuses)),
        scope);
    ReportTable table{QStringLiteral("accelerators"),
                      c.labels.text("accelerators"),
                      {column("accelerator", c.labels.text("accelerator"), ColumnKind::Text),
                       column("domestic", c.labels.text("domestic"), ColumnKind::Text),
                       column("bids", c.labels.text("bids"), ColumnKind::Integer),
                       column("units", c.labels.text("unitsOffered"), ColumnKind::Integer),
                       column("wins", c.labels.text("wins"), ColumnKind::Integer),
                       column("units_awarded", c.labels.text("unitsAwarded"), ColumnKind::Integer)},
                      {}};
    while (q.next())
        table.rows.append({q.value(0).toString(),
                           q.value(1).toInt() == 1 ? c.labels.text("yes") : c.labels.text("no"),
                           q.value(2).toLongLong(), q.value(3).toLongLong(),
                           q.value(4).toLongLong(), q.value(5).toLongLong()});
    return table;
}

} // namespace

ReportSection vendorShare(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    QSqlQuery q = c.run(
        QStringLiteral("SELECT a.vendor_id, o.short_name, o.name_en, COUNT(*), SUM(CASE WHEN "
                       "a.currency = '%1' THEN a.amount_minor ELSE 0 END) FROM awards a JOIN "
                       "tenders t ON t.id = a.tender_id %3 JOIN "
                       "organizations o ON o.id = a.vendor_id WHERE %2 AND a.status = 'active' "
                       "GROUP BY a.vendor_id, o.short_name, o.name_en ORDER BY 5 DESC, 1")
            .arg(QLatin1String(marketCurrency), scope.sql, bidOfAward(c.filter)),
        scope);
    struct Row
    {
        qint64 vendorId = 0;
        QString name;
        qint64 wins = 0;
        qint64 value = 0;
    };
    QList<Row> rows;
    qint64 totalWins = 0;
    qint64 totalValue = 0;
    while (q.next()) {
        rows.append({q.value(0).toLongLong(),
                     c.organizationName(q.value(1).toString(), q.value(2).toString()),
                     q.value(3).toLongLong(), q.value(4).toLongLong()});
        totalWins += rows.constLast().wins;
        totalValue += rows.constLast().value;
    }
    ReportTable table{QStringLiteral("vendor_share"),
                      c.labels.text("vendorShare"),
                      {column("vendor", c.labels.text("vendor"), ColumnKind::Text),
                       column("wins", c.labels.text("wins"), ColumnKind::Integer),
                       column("win_share", c.labels.text("winShare"), ColumnKind::Percent),
                       column("awarded_value", c.labels.text("awardedValue"), ColumnKind::Money),
                       column("value_share", c.labels.text("valueShare"), ColumnKind::Percent)},
                      {}};
    QJsonArray items;
    for (const Row& r : rows) {
        table.rows.append({r.name, r.wins, totalWins > 0 ? double(r.wins) / double(totalWins) : 0.0,
                           r.value, totalValue > 0 ? double(r.value) / double(totalValue) : 0.0});
        // The pie's values are in major units (yuan), as people read them.
        items.append(echarts::namedItem(r.name, double(r.value) / 100.0,
                                        QStringLiteral("vendor=%1").arg(r.vendorId)));
    }
    return {QStringLiteral("vendor_share"),
            c.labels.text("vendorShare"),
            c.labels.text("vendorShareText"),
            {table},
            echarts::pieChart(c.labels.text("vendorShare"), items)};
}

ReportSection modelsAndAccelerators(const SectionContext& c)
{
    SqlPart scope = tenderScope(c.filter);
    scope += bidScope(c.filter, QStringLiteral("b"));
    QSqlQuery q =
        c.run(QStringLiteral(
                  "SELECT %1, SUM(CASE WHEN acc.domestic = 1 THEN h.unit_count ELSE 0 END), "
                  "SUM(h.unit_count) FROM awards a JOIN tenders t ON t.id = a.tender_id%3 JOIN "
                  "bid_hardware_lines h ON h.bid_id = a.bid_id LEFT JOIN accelerators acc ON "
                  "acc.model = h.accelerator_model WHERE %2 AND a.status = 'active' GROUP BY "
                  "%1 ORDER BY 1")
                  .arg(QLatin1String(monthOfTender), scope.sql, bidOfAward(c.filter)),
              scope);
    ReportTable shares{
        QStringLiteral("domestic_share"),
        c.labels.text("domesticShare"),
        {column("month", c.labels.text("month"), ColumnKind::Text),
         column("domestic_units", c.labels.text("domesticUnits"), ColumnKind::Integer),
         column("units_awarded", c.labels.text("unitsAwarded"), ColumnKind::Integer),
         column("domestic_share", c.labels.text("domesticShare"), ColumnKind::Percent)},
        {}};
    QStringList months;
    echarts::Series line{c.labels.text("domesticShare"), {}, QStringLiteral("line")};
    while (q.next()) {
        const QString month = q.value(0).toString();
        const qint64 domestic = q.value(1).toLongLong();
        const qint64 units = q.value(2).toLongLong();
        const double share = units > 0 ? double(domestic) / double(units) : 0.0;
        shares.rows.append({month, domestic, units, share});
        months.append(month);
        line.data.append(echarts::item(share, QStringLiteral("month=%1").arg(month)));
    }
    return {
        QStringLiteral("models_accelerators"),
        c.labels.text("modelsAccelerators"),
        c.labels.text("modelsAcceleratorsText"),
        {modelFamilies(c), accelerators(c), shares},
        echarts::categoryChart(c.labels.text("domesticShare"), months, {line}, false, {}, true)};
}

} // namespace td::analytics
