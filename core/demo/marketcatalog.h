#pragma once

#include "domain/accelerator.h"
#include "domain/codes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace td::demo {

struct MarketBuyer
{
    QString name, shortName, nameEnglish, code, city;
};

struct MarketVendor
{
    QString name, shortName, nameEnglish, city;
    OrganizationKind kind = OrganizationKind::ModelVendor;
    QStringList models;
    double belowCostPropensity = 0; // how readily it wins below cost
    double presence = 1;            // relative number of tenders it bids on
};

// The demo market's cast and vocabulary (resources/catalogs/market.json) and the accelerator
// catalog, read once.
struct MarketCatalog
{
    QList<MarketBuyer> buyers;
    QList<MarketVendor> vendors;
    QHash<TenderCategory, QStringList> scenarios;
    QStringList titleSuffixes;
    QList<Accelerator> accelerators;

    static MarketCatalog builtIn();
};

} // namespace td::demo
