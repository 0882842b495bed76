#include "costmodel.h"

#include "costcalculator.h"
#include "costformat.h"
#include "domain/error.h"

#include <cmath>

namespace td {
namespace {

// 2^53: the largest count of minor units a double still holds to the unit. Beyond it, rounding
// to the fen would be a guess.
constexpr double exactMinorUnits = 9007199254740992.0;

} // namespace

const CostFigure* CostToServe::figure(const QString& key) const
{
    for (const CostFigure& f : m_figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString costBoundCode(CostBound bound)
{
    return bound == CostBound::Capacity ? QStringLiteral("capacity") : QStringLiteral("volume");
}

QList<PriceItem> fixedCostLines(const QList<PriceItem>& breakdown)
{
    QList<PriceItem> lines;
    for (const PriceItem& item : breakdown)
        if (item.kind == PriceItemKind::Licences || item.kind == PriceItemKind::Deployment ||
            item.kind == PriceItemKind::AnnualService)
            lines.append(item);
    return lines;
}

CostToServe CostCalculator::run()
{
    check();
    addVolume();
    addHours();
    addRental();
    addEnergyAndPower();
    addVolumeCost();
    addPeak();
    addSustained();
    addReplicas();
    addContractHours();
    addCapacityCost();
    addFixedCosts();
    addTotal();
    addVoucher();
    addPerMillion();
    addMargins();
    addVerdict();
    return out;
}

// The one rounding of a money figure, refused where a double no longer holds the fen.
Money CostCalculator::rounded(double minorUnits) const
{
    if (!std::isfinite(minorUnits) || std::fabs(minorUnits) >= exactMinorUnits)
        throw Error(tr("The cost is too large to work out to the fen: check the measured "
                       "throughput (%1 tokens/s) and the contracted volume.")
                        .arg(costformat::number(in.measuredOutputTokensPerSecond, 2)));
    return Money(std::llround(minorUnits), currency);
}

QString CostCalculator::hostingName() const
{
    if (in.hosting.nameEn.isEmpty() || in.hosting.nameEn == in.hosting.name)
        return in.hosting.name;
    return QStringLiteral("%1 (%2)").arg(in.hosting.name, in.hosting.nameEn);
}

QString CostCalculator::hours(double h) const
{
    return tr("%1 h").arg(costformat::number(h, 2));
}

void CostCalculator::add(const char* key, const QString& label, const QString& formula,
                         const QString& value, const QList<CostInput>& inputs)
{
    out.m_figures.append({QLatin1String(key), label, formula, value, inputs});
}

CostInput CostCalculator::volumeInput() const
{
    return {tr("Contracted volume (V)"),
            tr("%1 tokens").arg(costformat::count(out.contractedTokens)),
            tr("the tender's volume over the contract")};
}

CostInput CostCalculator::hoursInput() const
{
    return {tr("Deployment-hours (H)"), hours(out.deploymentHours),
            QStringLiteral("H = V / (T × 3600)")};
}

CostInput CostCalculator::bidInput() const
{
    return {tr("Bid price (B)"), in.bidPrice.toDisplayString(), tr("the bid's total price")};
}

CostInput CostCalculator::volumeCostInput() const
{
    return {tr("Volume cost (R + P)"), out.volumeCost.toDisplayString(), QStringLiteral("R + P")};
}

CostInput CostCalculator::capacityCostInput() const
{
    return {tr("Capacity cost (K)"), out.capacityCost.toDisplayString(), capacityFormula()};
}

CostInput CostCalculator::costWithoutInput() const
{
    return {tr("Cost without voucher (C₀)"), out.costWithoutVoucher.toDisplayString(),
            QStringLiteral("C₀ = max(K, R + P) + F")};
}

CostInput CostCalculator::costWithInput() const
{
    return {tr("Cost with voucher (C₁)"), out.costWithVoucher.toDisplayString(),
            QStringLiteral("C₁ = C₀ − S")};
}

CostInput CostCalculator::contractYearsInput() const
{
    return {tr("Contract years (Y)"), QString::number(in.contractYears),
            tr("the bid's cost assumptions")};
}

CostInput CostCalculator::peakInput() const
{
    return {tr("Peak concurrent requests (N)"), costformat::count(in.peakConcurrentRequests),
            in.peakSource.isEmpty() ? tr("the tender's workload") : in.peakSource};
}

CostInput CostCalculator::sustainedInput() const
{
    return {tr("Concurrency of one replica (c)"), costformat::count(in.sustainedConcurrency),
            in.sustainedSource.isEmpty() ? tr("the bid's benchmark run") : in.sustainedSource};
}

CostInput CostCalculator::hourlyPriceInput(const Line& line) const
{
    const Accelerator& a = *line.accelerator;
    return {tr("Hourly price of %1 (pᵢ), %2 declared (nᵢ)").arg(a.model).arg(line.count),
            tr("%1 per hour").arg(a.hourlyPrice->toDisplayString()),
            costformat::sourceOf(a.priceSource, a.priceDate, tr("accelerator catalog"))};
}

CostToServe computeCostToServe(const CostInputs& inputs, CostDetail detail)
{
    return CostCalculator(inputs, detail).run();
}

} // namespace td
