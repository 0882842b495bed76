#include "marketscope.h"

#include <QStringList>

namespace td::analytics {

namespace {

template <typename T> QVariantList variants(const QList<T>& list)
{
    QVariantList values;
    for (const T& value : list)
        values.append(QVariant::fromValue(value));
    return values;
}

} // namespace

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString modelOfBid(const QString& alias)
{
    return QStringLiteral("COALESCE(NULLIF(%1.model_family, ''), %1.model_offered)").arg(alias);
}

QString quarterOfAward()
{
    const QString when = QStringLiteral("COALESCE(a.decided_at, t.published_at)");
    return QStringLiteral("substr(%1, 1, 4) || '-Q' || CAST((CAST(substr(%1, 6, 2) AS INTEGER) "
                          "+ 2) / 3 AS TEXT)")
        .arg(when);
}

SqlPart bidScope(const MarketFilter& filter, const QString& alias)
{
    SqlPart part;
    if (!filter.vendors.isEmpty()) {
        part += QStringLiteral(" AND %1.vendor_id IN (%2)")
                    .arg(alias, placeholders(filter.vendors.size()));
        part.values += variants(filter.vendors);
    }
    if (!filter.modelFamilies.isEmpty()) {
        part += QStringLiteral(" AND %1 IN (%2)")
                    .arg(modelOfBid(alias), placeholders(filter.modelFamilies.size()));
        part.values += variants(filter.modelFamilies);
    }
    if (!filter.accelerators.isEmpty()) {
        part += QStringLiteral(" AND EXISTS (SELECT 1 FROM bid_hardware_lines fh WHERE fh.bid_id "
                               "= %1.id AND fh.accelerator_model IN (%2))")
                    .arg(alias, placeholders(filter.accelerators.size()));
        part.values += variants(filter.accelerators);
    }
    return part;
}

QString bidOfAward(const MarketFilter& filter)
{
    return bidScope(filter, QStringLiteral("b")).sql.isEmpty()
               ? QString()
               : QStringLiteral(" JOIN bids b ON b.id = a.bid_id");
}

SqlPart tenderScope(const MarketFilter& filter)
{
    SqlPart part{QStringLiteral("t.published_at IS NOT NULL"), {}};
    // Stored times are ISO 8601 UTC text ("2024-03-05T01:30:00Z"), which sort as they read.
    if (filter.from.isValid()) {
        part += QStringLiteral(" AND t.published_at >= ?");
        part.values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        part += QStringLiteral(" AND t.published_at < ?");
        part.values.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (!filter.buyers.isEmpty()) {
        part += QStringLiteral(" AND t.buyer_id IN (%1)").arg(placeholders(filter.buyers.size()));
        part.values += variants(filter.buyers);
    }
    if (!filter.categories.isEmpty()) {
        part +=
            QStringLiteral(" AND t.category IN (%1)").arg(placeholders(filter.categories.size()));
        part.values += variants(filter.categories);
    }
    const SqlPart bids = bidScope(filter, QStringLiteral("fb"));
    if (!bids.sql.isEmpty()) {
        part += QStringLiteral(" AND EXISTS (SELECT 1 FROM bids fb WHERE fb.tender_id = t.id AND "
                               "fb.status IN %1")
                    .arg(QLatin1String(submittedStatuses));
        part += bids;
        part += QStringLiteral(")");
    }
    return part;
}

} // namespace td::analytics
