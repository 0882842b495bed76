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
    bool sme = false;               // a small or medium enterprise (the startups)
    QStringList accelerators;       // what it deploys its models on, most used first
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
    // The compute-voucher programme (its city key in the voucher catalog) of a vendor's city.
    QHash<QString, QString> cityVouchers;

    static MarketCatalog builtIn();
};

} // namespace td::demo
