#pragma once

#include "domain/bidcontent.h"
#include "domain/costassumptions.h"
#include "domain/tender.h"
#include "marketcatalog.h"
#include "rng.h"

#include <optional>

namespace td::demo {

class MarketDeployments;

// The database ids of the catalog's organisations, in catalog order.
struct MarketIds
{
    QList<qint64> buyers;
    QList<qint64> vendors;
};

// What the demo knows of a bid beyond td::Bid, kept in the bids' v10 columns and beside them.
struct MarketBid
{
    int vendor = 0;      // index into MarketCatalog::vendors
    int deployment = -1; // index into MarketDeployments::all(); -1: no benchmarked deployment
    CostAssumptions assumptions; // stored only when they differ from the defaults
    // From the real cost model, on the deployment's run, for a bid that offers one.
    std::optional<qint64> costWithoutVoucherMinor;
    std::optional<qint64> costWithVoucherMinor;
    QStringList disqualification; // the compliance checks it fails, in the review's order
    std::optional<DeclaredBenchmarks> declared;
};

// The evaluation of a tender that reached it (filled by MarketPanel), beside the awards
// that td::Award carries.
struct PanelMember
{
    QString name;
    QString role; // "chair" or "member"
    QDateTime submittedAt;
};

struct MarketScore
{
    int bid = 0;       // index into Tender::bids
    int criterion = 0; // index into Tender::criteria
    int evaluator = 0; // index into MarketEvaluation::panel
    qint64 pointsHundredths = 0;
};

struct MarketReview
{
    int bid = 0; // index into Tender::bids
    QString rules;
    QString explanation;
    QDateTime explainedAt;
    bool accepted = true;
    QString opinion;
    QString decidedBy;
    QDateTime decidedAt;
};

// What the scoring made of a bid, as EvaluationDesk stores it.
struct MarketBidResult
{
    std::optional<qint64> evaluationPriceMinor;
    std::optional<qint64> scoreHundredths;
    std::optional<int> ranking;
    QString lowPriceFlags;
    std::optional<qint64> technicalPointsHundredths; // a published result's, without sheets
};

struct MarketEvaluation
{
    bool evaluated = false; // the tender reached the evaluation
    QDateTime complianceConfirmedAt;
    QList<PanelMember> panel;
    QList<MarketScore> scores; // the sheets, when this desk keeps them
    QList<MarketReview> reviews;
    QList<MarketBidResult> bids; // parallel to Tender::bids
};

struct MarketTender
{
    Tender tender;
    QList<MarketBid> bids; // parallel to tender.bids
    MarketEvaluation evaluation;
};

// Makes tender number `index` of a demo market, with its lots, criteria, clarifications and
// bids up to the opening, from DOMAIN.md's figures: 72% knowledge assistants, then code
// generation, data analysis and process automation; 3 to 12 bids from the vendors; domestic and
// foreign accelerators; about half the bids offer a benchmarked deployment, priced against its
// cost-to-serve (most above it, eager startups far below it, some SMEs covered only by their
// compute voucher); disqualified bids fail the checks they are disqualified for. The evaluation
// and the award are MarketPanel's. Pure: the same seed and index give the same tender.
class TenderFactory
{
public:
    // Without `deployments`, no bid offers a benchmarked deployment.
    TenderFactory(const MarketCatalog& catalog, MarketIds ids, quint64 seed, int year,
                  const MarketDeployments* deployments = nullptr);

    MarketTender make(qint64 index) const;

    // The built-in accuracy suite a tender of that category is benchmarked on.
    static QString suiteOf(TenderCategory category);

    // Share of each category, in Codes<TenderCategory>::all() order.
    static constexpr double categoryShares[] = {0.72, 0.12, 0.10, 0.06};

    // The share of buyers that adopt DeepSeek models during the market's year, each from a
    // day of its own in the year's first half. Buyers keep to the model families they already
    // use: before that day (or at all, for the others), no bid to them offers a DeepSeek model.
    // DOMAIN.md: about 45% of SOEs had integrated a DeepSeek model by early 2025. Some adopters
    // award no DeepSeek bid within the year, so more must adopt: with 0.62, 26 of the default
    // demo's 56 buyers (46%) have a DeepSeek model in an awarded bid.
    static constexpr double deepSeekAdopters = 0.62;

private:
    // Offers one of `deployments` (the vendor's for the tender's suite) and prices the bid
    // against its cost-to-serve; false when the vendor offers none of them after all.
    bool priceOnDeployment(const Tender& t, qint64 lotBudget, const QList<int>& deployments,
                           bool aboveBudget, bool belowCost, Bid& bid, MarketBid& extra,
                           Rng& rng) const;
    // Hardware for a bid without a benchmarked deployment: mostly domestic, sometimes mixed
    // within the tender's minimum domestic share, a few foreign (which fail it).
    QList<HardwareLine> drawHardware(const HardwareRules& rules, Rng& rng) const;
    // Whether buyer `buyer` takes DeepSeek models in a tender published on `day`: from the day
    // it adopted them, if it did (see deepSeekAdopters).
    bool takesDeepSeek(int buyer, QDate day) const;

    const MarketCatalog& m_catalog;
    MarketIds m_ids;
    quint64 m_seed;
    int m_year;
    const MarketDeployments* m_deployments;
    QList<double> m_buyerWeights;
    double m_buyerWeightTotal = 0;
    QList<double> m_vendorWeights;
    QStringList m_domestic, m_foreign, m_excludedByDefault;
    QHash<QString, bool> m_isDomestic;
    QList<QDate> m_deepSeekSince; // per buyer; null: not in this year
    QList<bool> m_onlyDeepSeek;   // per vendor: every model it sells is a DeepSeek model
};

} // namespace td::demo
