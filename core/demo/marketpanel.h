#pragma once

#include "scoring/abnormallylow.h"
#include "tenderfactory.h"

#include <QList>

#include <optional>

namespace td::demo {

class MarketDeployments;

// The evaluation of the demo market's tenders, as their panels ran it, through the scoring
// engine that the evaluation desk uses (td::scoring::evaluate) with the tender's default
// settings: a panel of five or seven, each member's score sheet (or, for a market so big that it
// stands for history read from published results, the panel's technical points of each bid),
// the explanations of flagged bids and the panel's decisions on them (most accepted, some
// rejected, and the tender scored again without those), the award of each lot to its
// recommended bid with the bid's loss-making flag, and the tender's outcome.
class MarketPanel
{
public:
    MarketPanel(const MarketCatalog& catalog, const MarketDeployments* deployments, quint64 seed);

    // Evaluates tender number `index` unless it was cancelled before its opening: with
    // `sheets`, every member's score of every valid bid on every criterion the panel scores;
    // without, each bid's technical points only. `marketThreshold`: R058's over the market.
    // Returns R058's discount of each lot's recommended winner.
    QList<double> evaluate(MarketTender& market, qint64 index, bool sheets,
                           std::optional<double> marketThreshold) const;

    // The stored code of the engine's verdict, as an award keeps it.
    static QString costVerdictCode(scoring::CostVerdict verdict);

private:
    const MarketCatalog& m_catalog;
    const MarketDeployments* m_deployments;
    quint64 m_seed;
    QHash<QString, bool> m_isDomestic;
};

} // namespace td::demo
