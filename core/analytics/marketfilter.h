#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The filters an analyst narrows the market with. An empty list or a null date means "any".
namespace td::analytics {

struct MarketFilter
{
    QDate from;                // tenders published on or after this day (in UTC), inclusive
    QDate to;                  // and on or before this one, inclusive
    QList<qint64> buyers;      // organizations.id of the buyers
    QStringList categories;    // tender category codes, as tenders.category stores them
    QList<qint64> vendors;     // organizations.id of bidders
    QStringList modelFamilies; // bids.model_family: "DeepSeek-V3"
    QStringList accelerators;  // bid_hardware_lines.accelerator_model: "Ascend 910B"

    bool isEmpty() const
    {
        return from.isNull() && to.isNull() && buyers.isEmpty() && categories.isEmpty() &&
               vendors.isEmpty() && modelFamilies.isEmpty() && accelerators.isEmpty();
    }
};

} // namespace td::analytics
