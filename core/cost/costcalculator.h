#pragma once

// Internal to the cost model: the calculator that works a CostToServe out of its inputs, one
// figure after the other. Its steps live in one file per job: costchecks.cpp (the inputs are
// usable), volumecost.cpp, capacitycost.cpp and costtotals.cpp (fixed costs, the total, the
// voucher, the margins and the verdict).
//
// Money results are rounded to the fen once, at the end of each figure: the sums inside a
// figure keep every fraction (rental = Σ H × nᵢ × pᵢ is rounded once, not per line), and a
// figure made of others (C₀ = max(K, R + P) + F) adds the rounded amounts it shows, so its
// inputs add up to it exactly.
#include "costmodel.h"

#include <QCoreApplication>

namespace td {

class CostCalculator
{
    Q_DECLARE_TR_FUNCTIONS(td::CostModel)

public:
    CostCalculator(const CostInputs& inputs, CostDetail detail)
        : in(inputs)
        , explaining(detail == CostDetail::Figures)
    {}

    CostToServe run();

private:
    struct Line
    {
        const Accelerator* accelerator;
        int count;
    };

    // costchecks.cpp
    void check();
    void checkHosting();
    void checkAmounts();
    void checkCapacityInputs();
    void checkHardware();

    // volumecost.cpp
    void addVolume();
    void addHours();
    void addRental();
    void addEnergyAndPower();
    void addVolumeCost();

    // capacitycost.cpp
    void addPeak();
    void addSustained();
    void addReplicas();
    void addContractHours();
    void addCapacityCost();

    // costtotals.cpp
    void addFixedCosts();
    void addTotal();
    void addVoucher();
    void addPerMillion();
    void addMargins();
    void addVerdict();

    // Shared by the steps (costmodel.cpp).
    Money rounded(double minorUnits) const;
    QString hostingName() const;
    QString hours(double h) const;
    void add(const char* key, const QString& label, const QString& formula, const QString& value,
             const QList<CostInput>& inputs);
    CostInput volumeInput() const;
    CostInput hoursInput() const;
    CostInput bidInput() const;
    CostInput volumeCostInput() const;
    CostInput capacityCostInput() const;
    CostInput costWithoutInput() const;
    CostInput costWithInput() const;
    CostInput contractYearsInput() const;
    CostInput peakInput() const;
    CostInput sustainedInput() const;
    CostInput hourlyPriceInput(const Line& line) const;
    QString capacityFormula() const;

    const CostInputs& in;
    // Each step works its figure out first, then, when explaining, says how: the amounts never
    // depend on the explanation.
    const bool explaining;
    QString currency;
    Money fixed;
    QList<PriceItem> fixedLines; // the breakdown lines F is made of, when no amount is stated
    QList<Line> lines;
    CostToServe out;
};

} // namespace td
