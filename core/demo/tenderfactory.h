#pragma once

#include "domain/tender.h"
#include "marketcatalog.h"

namespace td::demo {

// The database ids of the catalog's organisations, in catalog order.
struct MarketIds
{
    QList<qint64> buyers;
    QList<qint64> vendors;
};

// Makes tender number `index` of a demo market, with its lots, criteria, clarifications, bids
// and awards, from DOMAIN.md's figures: 72% knowledge assistants, then code generation, data
// analysis and process automation; 3 to 12 bids from the vendors; domestic and foreign
// accelerators; some bids far below cost. Pure: the same seed and index give the same tender.
class TenderFactory
{
public:
    TenderFactory(const MarketCatalog& catalog, MarketIds ids, quint64 seed, int year);

    Tender make(qint64 index) const;

    // The built-in accuracy suite a tender of that category is benchmarked on.
    static QString suiteOf(TenderCategory category);

    // Share of each category, in Codes<TenderCategory>::all() order.
    static constexpr double categoryShares[] = {0.72, 0.12, 0.10, 0.06};

private:
    const MarketCatalog& m_catalog;
    MarketIds m_ids;
    quint64 m_seed;
    int m_year;
    QList<double> m_buyerWeights;
    double m_buyerWeightTotal = 0;
    QList<double> m_vendorWeights;
    QStringList m_domestic, m_foreign, m_excludedByDefault;
};

} // namespace td::demo
