// The capacity bound: the replicas of the declared deployment that answer the tender's peak
// within its SLOs, reserved for the whole contract, busy or idle.
#include "costcalculator.h"
#include "costformat.h"

#include <algorithm>

namespace td {
namespace {

constexpr qint64 hoursPerYear = 365 * 24;
// DOMAIN.md: an availability of 99.9% and above needs a second replica to fail over to.
constexpr double failoverAvailabilityPercent = 99.9;

} // namespace

using costformat::count;
using costformat::number;
using costformat::sourceOf;

QString CostCalculator::capacityFormula() const
{
    return in.deliversHardware ? QStringLiteral("K = r × Σ nᵢ × Pᵢ × min(Y, Lᵢ) / Lᵢ")
                               : QStringLiteral("K = r × Σ nᵢ × pᵢ × h");
}

void CostCalculator::addPeak()
{
    out.peakConcurrentRequests = in.peakConcurrentRequests;
    if (!explaining)
        return;
    add("peakConcurrency", tr("Peak concurrent requests"), QStringLiteral("N"),
        count(out.peakConcurrentRequests), {peakInput()});
}

void CostCalculator::addSustained()
{
    out.sustainedConcurrency = in.sustainedConcurrency;
    out.capacityIsLowerBound = !in.sustainedWithinObjectives;
    if (!explaining)
        return;
    QList<CostInput> inputs{sustainedInput()};
    if (out.capacityIsLowerBound)
        inputs.append({tr("Service levels"),
                       tr("missed at this concurrency: one replica sustains fewer requests, so "
                          "more replicas are needed than counted here"),
                       tr("the bid's benchmark run")});
    add("sustainedConcurrency", tr("Concurrent requests one replica sustains within the SLOs"),
        QStringLiteral("c"),
        out.capacityIsLowerBound ? tr("fewer than %1").arg(count(out.sustainedConcurrency))
                                 : count(out.sustainedConcurrency),
        inputs);
}

void CostCalculator::addReplicas()
{
    const int forPeak =
        (out.peakConcurrentRequests + out.sustainedConcurrency - 1) / out.sustainedConcurrency;
    out.availabilityReplicas = in.availabilityPercent >= failoverAvailabilityPercent ? 2 : 1;
    out.replicas = std::max(forPeak, out.availabilityReplicas);
    if (!explaining)
        return;
    int perReplica = 0;
    for (const Line& line : std::as_const(lines))
        perReplica += line.count;
    add("replicas", tr("Replicas"), QStringLiteral("r = max(⌈N / c⌉, rₐ)"),
        out.capacityIsLowerBound ? tr("at least %1").arg(out.replicas)
                                 : QString::number(out.replicas),
        {peakInput(),
         sustainedInput(),
         {tr("Replicas the availability objective needs (rₐ)"),
          QString::number(out.availabilityReplicas),
          tr("availability %1%: two replicas from %2% up, so that one can fail over")
              .arg(number(in.availabilityPercent, 2), number(failoverAvailabilityPercent, 1))},
         {tr("One replica"), tr("%n accelerator(s), as declared", nullptr, perReplica),
          tr("the bid's hardware")}});
}

void CostCalculator::addContractHours()
{
    out.contractHours = hoursPerYear * in.contractYears;
    if (!explaining)
        return;
    add("contractHours", tr("Hours of the contract"), QStringLiteral("h = Y × 8,760"),
        hours(double(out.contractHours)),
        {contractYearsInput(),
         {tr("Hours in a year"), count(hoursPerYear), tr("365 days × 24 hours")}});
}

void CostCalculator::addCapacityCost()
{
    double minor = 0;
    for (const Line& line : std::as_const(lines)) {
        const Accelerator& a = *line.accelerator;
        if (in.deliversHardware) {
            const int used = std::min(in.contractYears, a.serviceLifeYears);
            minor += double(out.replicas) * line.count * double(a.purchasePrice->minorUnits()) *
                     used / a.serviceLifeYears;
        } else {
            minor += double(out.replicas) * line.count * double(a.hourlyPrice->minorUnits()) *
                     double(out.contractHours);
        }
    }
    out.capacityCost = rounded(minor);
    if (!explaining)
        return;
    QList<CostInput> inputs{{tr("Replicas (r)"), QString::number(out.replicas),
                             QStringLiteral("r = max(⌈N / c⌉, rₐ)")}};
    if (in.deliversHardware) {
        for (const Line& line : std::as_const(lines)) {
            const Accelerator& a = *line.accelerator;
            inputs.append(
                {tr("Purchase price of %1 (Pᵢ), %2 declared (nᵢ)").arg(a.model).arg(line.count),
                 a.purchasePrice->toDisplayString(),
                 sourceOf(a.purchasePriceSource, a.purchasePriceDate, tr("accelerator catalog"))});
            inputs.append({tr("Service life of %1 (Lᵢ)").arg(a.model),
                           tr("%n year(s)", nullptr, a.serviceLifeYears),
                           tr("accelerator catalog")});
        }
        inputs.append(contractYearsInput());
    } else {
        for (const Line& line : std::as_const(lines))
            inputs.append(hourlyPriceInput(line));
        inputs.append({tr("Hours of the contract (h)"), hours(double(out.contractHours)),
                       QStringLiteral("h = Y × 8,760")});
    }
    const QString label = in.deliversHardware
                              ? tr("Capacity cost: delivered accelerators, amortised")
                              : tr("Capacity cost: reserved rental for the contract");
    add("capacityCost", label, capacityFormula(),
        out.capacityIsLowerBound ? tr("at least %1").arg(out.capacityCost.toDisplayString())
                                 : out.capacityCost.toDisplayString(),
        inputs);
}

} // namespace td
