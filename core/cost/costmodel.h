#pragma once

#include "domain/accelerator.h"
#include "domain/bid.h"
#include "domain/hosting.h"
#include "domain/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

// What serving a bid's contracted volume costs, from the throughput measured on the bid's
// declared deployment (DOMAIN.md, abnormally-low rule 5).
struct CostInputs
{
    qint64 tokensPerYear = 0; // the tender's contracted output tokens per year
    int contractYears = 1;    // contracted volume V = tokensPerYear × contractYears
    double measuredOutputTokensPerSecond = 0; // T, of the whole declared deployment
    QString throughputSource;     // where T was measured (a benchmark run), shown with T
    QList<HardwareLine> hardware; // the bid's declared accelerators
    QList<Accelerator> catalog;
    HostingOption hosting;
    std::optional<ComputeVoucher> voucher;
    Money fixedCosts; // over the whole contract; an invalid Money counts as none
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

// The result, as typed fields for programs and as figures for people. Amounts are in the
// bid's currency.
struct CostToServe
{
    qint64 contractedTokens = 0; // V
    double deploymentHours = 0;  // H
    double acceleratorHours = 0; // Σ H × n
    double energyKwh = 0;        // E, PUE included
    Money rental;
    Money power;
    Money fixedCosts;
    Money costWithoutVoucher; // C₀
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

    // Every figure in display order, each with its formula and inputs.
    const QList<CostFigure>& figures() const { return m_figures; }
    // The figure with that key, or nullptr.
    const CostFigure* figure(const QString& key) const;

private:
    friend class CostCalculator;
    QList<CostFigure> m_figures;
};

// Throws td::Error with a sentence that names what is missing and what to do: no volume, no
// throughput, no hardware, a model not in the catalog or without a price, no bid price, a
// currency the catalogs are not in.
CostToServe computeCostToServe(const CostInputs& inputs);

} // namespace td
