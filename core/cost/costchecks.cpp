// The cost model's inputs are usable, or a sentence says what is missing and what to do.
#include "costcalculator.h"
#include "domain/error.h"

#include <QHash>

#include <cmath>

namespace td {

void CostCalculator::check()
{
    checkAmounts();
    if (in.tokensPerYear <= 0)
        throw Error(tr("The tender states no contracted volume: set its tokens per year "
                       "(the tender's workload) before costing a bid."));
    if (in.contractYears < 1)
        throw Error(tr("The contract must last at least one year: set the contract years "
                       "in the bid's cost assumptions."));
    const double t = in.measuredOutputTokensPerSecond;
    if (!(t > 0) || !std::isfinite(t))
        throw Error(tr("No throughput was measured on this bid's deployment: run the "
                       "on-prem benchmark (Benchmarks) before costing it."));
    checkCapacityInputs();
    checkHosting();
    checkHardware();
}

void CostCalculator::checkAmounts()
{
    const Money& b = in.bidPrice;
    if (!b.isValid() || b.minorUnits() <= 0)
        throw Error(tr("The bid has no price: enter its total price before costing it."));
    currency = b.currency();
    // The hosting and voucher catalogs are in CNY; converting would need a rate and a date that
    // nobody has set.
    if (currency != QLatin1String("CNY"))
        throw Error(tr("The bid is priced in %1, but electricity prices and voucher caps "
                       "are in CNY: only bids in CNY can be costed.")
                        .arg(currency));
    if (in.fixedCosts) {
        fixed = in.fixedCosts->isValid() ? *in.fixedCosts : Money(0, currency);
        if (fixed.currency() != currency || fixed.minorUnits() < 0)
            throw Error(tr("Fixed costs must be an amount of zero or more in %1, the bid's "
                           "currency: correct the bid's cost assumptions.")
                            .arg(currency));
        return;
    }
    qint64 sum = 0;
    fixedLines = fixedCostLines(in.breakdown);
    for (const PriceItem& item : std::as_const(fixedLines)) {
        if (!item.amount.isValid() || item.amount.currency() != currency ||
            item.amount.minorUnits() < 0)
            throw Error(tr("The bid's price line \"%1\" is not an amount of zero or more in %2: "
                           "correct the bid's price breakdown, or state the fixed costs in the "
                           "bid's cost assumptions.")
                            .arg(item.label, currency));
        sum += item.amount.minorUnits();
    }
    fixed = Money(sum, currency);
}

void CostCalculator::checkCapacityInputs()
{
    if (in.peakConcurrentRequests < 1)
        throw Error(tr("The tender states no peak load: set its peak concurrent requests or its "
                       "concurrent users (the tender's workload) before costing a bid."));
    if (in.sustainedConcurrency < 1)
        throw Error(tr("The benchmark run does not show how many concurrent requests one "
                       "deployment sustains: run a sweep or a fixed-concurrency benchmark of "
                       "this bid's deployment."));
    if (in.availabilityPercent < 0 || in.availabilityPercent > 100 ||
        !std::isfinite(in.availabilityPercent))
        throw Error(tr("The tender's availability objective must be a percentage between 0 and "
                       "100: correct the tender's workload."));
}

void CostCalculator::checkHosting()
{
    if (in.hosting.id.isEmpty())
        throw Error(tr("Choose where the deployment runs (a hosting option) in the bid's "
                       "cost assumptions."));
    if (in.hosting.pueThousandths < 1000)
        throw Error(tr("The PUE of %1 is below 1.00: correct it in the hosting catalog "
                       "(Benchmarks > Accelerator catalog).")
                        .arg(hostingName()));
    if (in.hosting.electricityPricePerKwh < 0)
        throw Error(tr("The electricity price of %1 is negative: correct it in the hosting "
                       "catalog (Benchmarks > Accelerator catalog).")
                        .arg(hostingName()));
    if (in.voucher && in.voucher->cap && in.voucher->cap->currency() != currency)
        throw Error(tr("The cap of %1 is in %2, not in %3: correct it in the voucher "
                       "catalog (Benchmarks > Accelerator catalog).")
                        .arg(in.voucher->name, in.voucher->cap->currency(), currency));
}

void CostCalculator::checkHardware()
{
    if (in.hardware.isEmpty())
        throw Error(tr("The bid declares no accelerators, so there is nothing to rent or "
                       "power: enter the hardware the bid declares."));
    QHash<QString, const Accelerator*> byModel;
    for (const Accelerator& a : in.catalog)
        byModel.insert(a.model, &a);
    for (const HardwareLine& line : in.hardware) {
        const Accelerator* a = byModel.value(line.acceleratorModel);
        if (!a)
            throw Error(tr("The bid declares %1, which is not in the accelerator catalog: "
                           "add it there (Benchmarks > Accelerator catalog) or correct the "
                           "bid's hardware.")
                            .arg(line.acceleratorModel));
        if (line.count <= 0)
            throw Error(tr("The bid declares %1 units of %2: correct its hardware.")
                            .arg(line.count)
                            .arg(a->model));
        if (!a->hourlyPrice)
            throw Error(tr("Set the hourly price of %1 in the accelerator catalog "
                           "(Benchmarks > Accelerator catalog).")
                            .arg(a->model));
        if (a->hourlyPrice->currency() != currency)
            throw Error(tr("The hourly price of %1 is in %2, not in %3 like the bid: set it "
                           "in %3 in the accelerator catalog (Benchmarks > Accelerator "
                           "catalog).")
                            .arg(a->model, a->hourlyPrice->currency(), currency));
        if (a->hourlyPrice->minorUnits() < 0 || a->powerWatts < 0)
            throw Error(tr("The price and power of %1 cannot be negative: correct them in "
                           "the accelerator catalog (Benchmarks > Accelerator catalog).")
                            .arg(a->model));
        if (in.deliversHardware) {
            if (!a->purchasePrice)
                throw Error(tr("The bid delivers %1 to the buyer's premises: set its purchase "
                               "price in the accelerator catalog (Benchmarks > Accelerator "
                               "catalog).")
                                .arg(a->model));
            if (a->purchasePrice->currency() != currency || a->purchasePrice->minorUnits() < 0)
                throw Error(tr("The purchase price of %1 must be an amount of zero or more in "
                               "%2: correct it in the accelerator catalog (Benchmarks > "
                               "Accelerator catalog).")
                                .arg(a->model, currency));
            if (a->serviceLifeYears < 1)
                throw Error(tr("The service life of %1 must be at least one year: correct it "
                               "in the accelerator catalog (Benchmarks > Accelerator catalog).")
                                .arg(a->model));
        }
        lines.append({a, line.count});
    }
}

} // namespace td
