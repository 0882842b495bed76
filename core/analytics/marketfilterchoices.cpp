#include "marketfilterchoices.h"

#include "store/database.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace td::analytics {
namespace {

QList<MarketOrganizationChoice> organizations(const QSqlDatabase& db, const QString& statement)
{
    QList<MarketOrganizationChoice> choices;
    QSqlQuery query = sql::run(db, statement);
    while (query.next())
        choices.append({query.value(0).toLongLong(), query.value(1).toString()});
    return choices;
}

QStringList strings(const QSqlDatabase& db, const QString& statement)
{
    QStringList values;
    QSqlQuery query = sql::run(db, statement);
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QDate day(const QVariant& stored)
{
    // published_at is ISO 8601 UTC; its first ten characters are the day.
    return QDate::fromString(stored.toString().left(10), Qt::ISODate);
}

} // namespace

MarketFilterChoices marketFilterChoices(const Database& database)
{
    const QSqlDatabase db = database.connection();
    MarketFilterChoices choices;
    QSqlQuery span = sql::run(db, QStringLiteral("SELECT COUNT(*), MIN(published_at), "
                                                 "MAX(published_at) FROM tenders"));
    if (span.next()) {
        choices.tenderCount = span.value(0).toLongLong();
        choices.firstPublished = day(span.value(1));
        choices.lastPublished = day(span.value(2));
    }
    choices.buyers = organizations(
        db, QStringLiteral("SELECT o.id, o.short_name FROM organizations o WHERE EXISTS "
                           "(SELECT 1 FROM tenders t WHERE t.buyer_id = o.id) "
                           "ORDER BY o.short_name, o.id"));
    choices.vendors = organizations(
        db, QStringLiteral("SELECT o.id, o.short_name FROM organizations o WHERE EXISTS "
                           "(SELECT 1 FROM bids b WHERE b.vendor_id = o.id) "
                           "ORDER BY o.short_name, o.id"));
    choices.categories =
        strings(db, QStringLiteral("SELECT DISTINCT category FROM tenders ORDER BY category"));
    choices.modelFamilies = strings(db, QStringLiteral("SELECT DISTINCT model_family FROM bids "
                                                       "WHERE model_family <> '' "
                                                       "ORDER BY model_family"));
    choices.accelerators = strings(db, QStringLiteral("SELECT DISTINCT accelerator_model "
                                                      "FROM bid_hardware_lines "
                                                      "ORDER BY accelerator_model"));
    return choices;
}

} // namespace td::analytics
