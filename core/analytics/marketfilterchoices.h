#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {
class Database;
}

// What the Market workspace's filter bar offers: the buyers, categories, vendors, model
// families and accelerators that occur in the database, and the period its tenders span.
namespace td::analytics {

struct MarketOrganizationChoice
{
    qint64 id = 0;
    QString name; // short name
};

struct MarketFilterChoices
{
    qint64 tenderCount = 0;
    QDate firstPublished; // null when no tender is published
    QDate lastPublished;
    QList<MarketOrganizationChoice> buyers;  // organizations that published a tender, by name
    QStringList categories;                  // tender category codes that occur
    QList<MarketOrganizationChoice> vendors; // organizations that bid, by name
    QStringList modelFamilies;               // bids.model_family values, non-empty ones
    QStringList accelerators;                // bid_hardware_lines.accelerator_model values
};

MarketFilterChoices marketFilterChoices(const Database& database);

} // namespace td::analytics
