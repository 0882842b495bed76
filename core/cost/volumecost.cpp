// The volume bound: the accelerator-hours that producing the contracted tokens takes at the
// measured throughput, their rental and their electricity.
#include "costcalculator.h"
#include "costformat.h"
#include "domain/decimal.h"
#include "domain/error.h"

#include <limits>

namespace td {
namespace {

constexpr double secondsPerHour = 3600;

} // namespace

using costformat::count;
using costformat::number;
using costformat::sourceOf;

void CostCalculator::addVolume()
{
    if (in.tokensPerYear > std::numeric_limits<qint64>::max() / in.contractYears)
        throw Error(tr("The contracted volume is too large to cost: check the tender's "
                       "tokens per year."));
    out.contractedTokens = in.tokensPerYear * in.contractYears;
    if (!explaining)
        return;
    add("volume", tr("Contracted volume"), tr("V = tokens per year × contract years"),
        tr("%1 tokens").arg(count(out.contractedTokens)),
        {{tr("Tokens per year"), count(in.tokensPerYear), tr("the tender's workload")},
         contractYearsInput()});
}

void CostCalculator::addHours()
{
    const double t = in.measuredOutputTokensPerSecond;
    out.deploymentHours = double(out.contractedTokens) / (t * secondsPerHour);
    for (const Line& line : std::as_const(lines))
        out.acceleratorHours += out.deploymentHours * line.count;
    if (!explaining)
        return;
    add("deploymentHours", tr("Deployment-hours"), QStringLiteral("H = V / (T × 3600)"),
        hours(out.deploymentHours),
        {volumeInput(),
         {tr("Measured output throughput (T)"), tr("%1 tokens/s").arg(number(t, 2)),
          in.throughputSource.isEmpty() ? tr("measured on the declared deployment")
                                        : in.throughputSource}});
    QList<CostInput> perLine;
    for (const Line& line : std::as_const(lines))
        perLine.append({tr("%1 × %2 (nᵢ)").arg(line.accelerator->model).arg(line.count),
                        hours(out.deploymentHours * line.count), tr("declared in the bid")});
    add("acceleratorHours", tr("Accelerator-hours"), QStringLiteral("A = Σ H × nᵢ"),
        hours(out.acceleratorHours), QList<CostInput>{hoursInput()} + perLine);
}

void CostCalculator::addRental()
{
    double minor = 0;
    for (const Line& line : std::as_const(lines))
        minor +=
            out.deploymentHours * line.count * double(line.accelerator->hourlyPrice->minorUnits());
    out.rental = rounded(minor);
    if (!explaining)
        return;
    QList<CostInput> inputs{hoursInput()};
    for (const Line& line : std::as_const(lines))
        inputs.append(hourlyPriceInput(line));
    add("rental", tr("Accelerator rental for the volume"), QStringLiteral("R = Σ H × nᵢ × pᵢ"),
        out.rental.toDisplayString(), inputs);
}

void CostCalculator::addEnergyAndPower()
{
    double itKwh = 0;
    for (const Line& line : std::as_const(lines))
        itKwh += out.deploymentHours * line.count * line.accelerator->powerWatts / 1000.0;
    out.energyKwh = itKwh * in.hosting.pueThousandths / 1000.0;
    // Electricity is in 1/10000 CNY per kWh: / 100 gives fen per kWh.
    out.power = rounded(out.energyKwh * double(in.hosting.electricityPricePerKwh) / 100.0);
    if (!explaining)
        return;
    QList<CostInput> inputs{hoursInput()};
    for (const Line& line : std::as_const(lines))
        inputs.append(
            {tr("Power of %1 (wᵢ), %2 declared (nᵢ)").arg(line.accelerator->model).arg(line.count),
             tr("%1 W").arg(line.accelerator->powerWatts), tr("accelerator catalog")});
    const QString source =
        sourceOf(in.hosting.priceSource, in.hosting.priceDate, tr("hosting catalog"));
    inputs.append({tr("PUE of %1").arg(hostingName()),
                   decimal::format(in.hosting.pueThousandths, HostingOption::pueDecimals), source});
    add("energy", tr("Energy"), QStringLiteral("E = Σ H × nᵢ × wᵢ / 1000 × PUE"),
        tr("%1 kWh").arg(number(out.energyKwh, 2)), inputs);
    add("power", tr("Electricity"), QStringLiteral("P = E × e"), out.power.toDisplayString(),
        {{tr("Energy (E)"), tr("%1 kWh").arg(number(out.energyKwh, 2)),
          QStringLiteral("E = Σ H × nᵢ × wᵢ / 1000 × PUE")},
         {tr("Electricity price at %1 (e)").arg(hostingName()),
          tr("¥%1 per kWh")
              .arg(decimal::format(in.hosting.electricityPricePerKwh,
                                   HostingOption::electricityPriceDecimals)),
          source}});
}

void CostCalculator::addVolumeCost()
{
    out.volumeCost = out.rental + out.power;
    if (!explaining)
        return;
    add("volumeCost", tr("Volume cost"), QStringLiteral("R + P"), out.volumeCost.toDisplayString(),
        {{tr("Accelerator rental for the volume (R)"), out.rental.toDisplayString(),
          QStringLiteral("R = Σ H × nᵢ × pᵢ")},
         {tr("Electricity (P)"), out.power.toDisplayString(), QStringLiteral("P = E × e")}});
}

} // namespace td
