#pragma once

#include "domain/accelerator.h"
#include "domain/bid.h"
#include "domain/hosting.h"
#include "domain/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

// What serving a bid costs (DOMAIN.md, "On-prem model benchmarks" and abnormally-low rule 5):
// the larger of two bounds, plus the fixed costs of delivery.
// - Capacity: the deployment that answers the tender's peak within its SLOs is reserved for the
//   whole contract, busy or idle: replicas × the declared accelerators × (hourly rental × hours
//   of the term) when hosted, or their purchase price amortised over their service life when
//   the bid delivers them to the buyer's premises.
// - Volume: the accelerator-hours that producing the contracted tokens takes at the measured
//   throughput, × the hourly rental, plus their electricity.
struct CostInputs
{
    qint64 tokensPerYear = 0; // the tender's contracted output tokens per year
    int contractYears = 1;    // contracted volume V = tokensPerYear × contractYears
    double measuredOutputTokensPerSecond = 0; // T, of the whole declared deployment
    QString throughputSource; // where T was measured (a benchmark run), shown with T

    int peakConcurrentRequests = 0; // N, the tender's peak
    QString peakSource;             // stated by the tender, or how it was derived
    double availabilityPercent = 0; // the tender's availability SLO
    // c: the concurrency one replica (the declared deployment) sustains within the tender's
    // SLOs, from the bid's benchmark run.
    int sustainedConcurrency = 0;
    // False when the run missed the SLOs even at c: one replica sustains less, so the capacity
    // bound is only a lower bound (and says so).
    bool sustainedWithinObjectives = true;
    QString sustainedSource;

    bool deliversHardware = false; // bought and delivered on premises, rather than hosted
    QList<HardwareLine> hardware;  // the bid's declared accelerators: one replica
    QList<Accelerator> catalog;
    HostingOption hosting;
    std::optional<ComputeVoucher> voucher;
    // Stated by the buyer, over the whole contract; nullopt: the bid's own price lines for
    // licences, deployment and the annual service.
    std::optional<Money> fixedCosts;
    QList<PriceItem> breakdown;
    Money bidPrice;
};

// One input of a figure: what it is, its value, and where it comes from.
struct CostInput
{
    QString label;
    QString value;
    QString source;
};

// One figure of the cost-to-serve, opened to its formula and inputs.
struct CostFigure
{
    QString key;     // stable, for programs: "deploymentHours", "costWithoutVoucher"...
    QString label;   // for people
    QString formula; // with the symbols the inputs use, e.g. "H = V / (T × 3600)"
    QString value;   // formatted for people
    QList<CostInput> inputs;
};

// Which bound sets the cost to serve.
enum class CostBound
{
    Capacity,
    Volume
};

// The result, as typed fields for programs and as figures for people. Amounts are in the
// bid's currency.
struct CostToServe
{
    // Volume bound.
    qint64 contractedTokens = 0; // V
    double deploymentHours = 0;  // H
    double acceleratorHours = 0; // Σ H × n
    double energyKwh = 0;        // E, PUE included
    Money rental;                // R, the rental of the volume's accelerator-hours
    Money power;                 // P
    Money volumeCost;            // R + P

    // Capacity bound.
    int peakConcurrentRequests = 0;    // N
    int sustainedConcurrency = 0;      // c
    int replicas = 0;                  // r = max(ceil(N / c), the availability minimum)
    int availabilityReplicas = 1;      // the minimum the availability SLO asks for
    qint64 contractHours = 0;          // Y × 8,760
    Money capacityCost;                // K
    bool capacityIsLowerBound = false; // the run missed the SLOs: K is at least this

    CostBound binding = CostBound::Capacity; // K ≥ R + P: capacity
    Money fixedCosts;
    bool fixedCostsFromBreakdown = false;
    Money costWithoutVoucher; // C₀ = max(K, R + P) + F
    Money voucherSubsidy;     // S
    Money costWithVoucher;    // C₁ = C₀ − S
    Money costPerMillionWithoutVoucher;
    Money costPerMillionWithVoucher;
    Money bidPrice;
    double marginWithoutVoucher = 0; // (B − C₀) / B
    double marginWithVoucher = 0;    // (B − C₁) / B
    bool voucherApplies = false;
    QString voucherNote;                // why there is no subsidy, when there is none
    bool lossMaking = false;            // B < C₀
    bool lossMakingWithVoucher = false; // B < C₁
    bool subsidyDependent = false;      // C₁ ≤ B < C₀: below cost at list price only

    // Every figure in display order, each with its formula and inputs (none when computed with
    // CostDetail::AmountsOnly).
    const QList<CostFigure>& figures() const { return m_figures; }
    // The figure with that key, or nullptr.
    const CostFigure* figure(const QString& key) const;

private:
    friend class CostCalculator;
    QList<CostFigure> m_figures;
};

// "capacity", "volume" (JSON).
QString costBoundCode(CostBound bound);

// The lines of a bid's price breakdown that stand for its fixed costs when the buyer states
// none: licences, deployment and the annual service, as the bid prices them.
QList<PriceItem> fixedCostLines(const QList<PriceItem>& breakdown);

// How much of the working a computation keeps: every figure with its formula and inputs, for
// people to open, or the amounts and flags only, for costing millions of bids at once (the demo
// market), where formatting the figures would take nearly all the time. The amounts are the
// same either way: only the figures are left out.
enum class CostDetail
{
    Figures,
    AmountsOnly
};

// Throws td::Error with a sentence that names what is missing and what to do: no volume, no
// throughput, no peak or sustained concurrency, no hardware, a model not in the catalog or
// without a price (a purchase price too for delivered hardware), no bid price, a currency the
// catalogs are not in.
CostToServe computeCostToServe(const CostInputs& inputs, CostDetail detail = CostDetail::Figures);

} // namespace td
