// The fixed costs, the cost to serve with and without a compute voucher, per million tokens,
// the bid's margins and the verdict.
#include "costcalculator.h"
#include "costformat.h"
#include "domain/codes.h"
#include "domain/error.h"

namespace td {
namespace {

constexpr qint64 tokensPerMillion = 1'000'000;

} // namespace

using costformat::mulDivRounded;
using costformat::percent;
using costformat::sourceOf;

void CostCalculator::addFixedCosts()
{
    out.fixedCosts = fixed;
    out.fixedCostsFromBreakdown = !in.fixedCosts.has_value();
    if (!explaining)
        return;
    if (!out.fixedCostsFromBreakdown) {
        add("fixedCosts", tr("Fixed costs"), QStringLiteral("F"), fixed.toDisplayString(),
            {{tr("Fixed costs (F)"), fixed.toDisplayString(),
              tr("the bid's cost assumptions: integration, staff, licences over the contract")}});
        return;
    }
    QList<CostInput> inputs;
    for (const PriceItem& item : std::as_const(fixedLines))
        inputs.append({item.label, item.amount.toDisplayString(),
                       tr("the bid's price breakdown: %1").arg(nameOf(item.kind))});
    if (inputs.isEmpty())
        inputs.append({tr("Fixed costs (F)"), fixed.toDisplayString(),
                       tr("the bid's price breakdown has no licence, deployment or service line; "
                          "state the fixed costs in the bid's cost assumptions")});
    add("fixedCosts", tr("Fixed costs (from the bid's price breakdown)"),
        tr("F = licences + deployment + annual service, as the bid prices them"),
        fixed.toDisplayString(), inputs);
}

void CostCalculator::addTotal()
{
    out.binding = out.capacityCost >= out.volumeCost ? CostBound::Capacity : CostBound::Volume;
    const bool capacity = out.binding == CostBound::Capacity;
    const Money& bound = capacity ? out.capacityCost : out.volumeCost;
    out.costWithoutVoucher = bound + fixed;
    if (!explaining)
        return;
    add("binding", tr("Binding bound"), QStringLiteral("max(K, R + P)"),
        capacity ? tr("Capacity: reserving the deployment for the peak costs more than the "
                      "volume's accelerator-hours")
                 : tr("Volume: the contracted tokens take more accelerator-hours than the "
                      "deployment reserved for the peak"),
        {capacityCostInput(), volumeCostInput()});
    CostInput k = capacityCostInput();
    CostInput v = volumeCostInput();
    (capacity ? k : v).value += tr(" (binds)");
    add("costWithoutVoucher", tr("Cost to serve without voucher"),
        QStringLiteral("C₀ = max(K, R + P) + F"),
        out.capacityIsLowerBound && capacity
            ? tr("at least %1").arg(out.costWithoutVoucher.toDisplayString())
            : out.costWithoutVoucher.toDisplayString(),
        {k,
         v,
         {tr("Fixed costs (F)"), fixed.toDisplayString(),
          out.fixedCostsFromBreakdown ? tr("the bid's price breakdown")
                                      : tr("the bid's cost assumptions")}});
}

void CostCalculator::addVoucher()
{
    const Money zero(0, currency);
    // A voucher pays a share of rented compute: the reserved rental when the capacity bound
    // binds on hosted accelerators, the volume's rental when the volume binds, and nothing on
    // delivered hardware reserved for the peak, which is bought rather than rented.
    const bool capacity = out.binding == CostBound::Capacity;
    const bool bought = capacity && in.deliversHardware;
    const Money rented = bought ? zero : capacity ? out.capacityCost : out.rental;
    const bool accepted = in.voucher && in.hosting.acceptsVouchersOf(in.voucher->city);
    out.voucherSubsidy = zero;
    if (in.voucher && !bought && accepted) {
        const std::optional<qint64> share =
            mulDivRounded(rented.minorUnits(), in.voucher->subsidyPercent, 100);
        out.voucherSubsidy = Money(share.value_or(0), currency);
        if (in.voucher->cap && *in.voucher->cap < out.voucherSubsidy)
            out.voucherSubsidy = *in.voucher->cap;
        out.voucherApplies = true;
    }
    out.costWithVoucher = out.costWithoutVoucher - out.voucherSubsidy;

    // Why there is no subsidy, when there is none: part of the result, not only of its figure.
    if (!in.voucher)
        out.voucherNote = tr("No compute voucher was chosen for this bid.");
    else if (bought)
        out.voucherNote = tr("The bid delivers its accelerators: nothing is rented, so %1 pays "
                             "nothing.")
                              .arg(in.voucher->name);
    else if (!accepted)
        out.voucherNote =
            in.hosting.voucherCities.isEmpty()
                ? tr("%1 cannot be spent at %2, which accepts no compute voucher.")
                      .arg(in.voucher->name, hostingName())
                : tr("%1 cannot be spent at %2, which accepts the vouchers of %3 only.")
                      .arg(in.voucher->name, hostingName(),
                           in.hosting.voucherCities.join(QStringLiteral(", ")));
    if (!explaining)
        return;

    QList<CostInput> inputs{{tr("Rental of the binding bound (Rᵦ)"), rented.toDisplayString(),
                             bought ? tr("capacity on delivered accelerators: bought, not rented")
                             : capacity ? tr("capacity: the reserved rental K")
                                        : tr("volume: the rental R of its accelerator-hours")}};
    QString formula;
    if (!in.voucher) {
        formula = tr("S = 0 (no voucher)");
    } else if (bought) {
        formula = tr("S = 0 (nothing rented)");
    } else if (!accepted) {
        formula = tr("S = 0 (voucher not accepted there)");
    } else {
        const ComputeVoucher& v = *in.voucher;
        formula = v.cap ? QStringLiteral("S = min(s × Rᵦ, cap)") : tr("S = s × Rᵦ (no cap)");
        const QString source = sourceOf(v.source, v.date, tr("voucher catalog"));
        inputs.append({tr("Subsidy rate of %1 (s)").arg(v.name),
                       QString::number(v.subsidyPercent) + QLatin1Char('%'), source});
        inputs.append(
            {tr("Cap per contract"), v.cap ? v.cap->toDisplayString() : tr("none stated"), source});
    }
    if (!out.voucherNote.isEmpty())
        inputs.append({tr("Voucher"), out.voucherNote, tr("the bid's cost assumptions")});
    add("voucherSubsidy", tr("Voucher subsidy"), formula, out.voucherSubsidy.toDisplayString(),
        inputs);
    add("costWithVoucher", tr("Cost to serve with voucher"), QStringLiteral("C₁ = C₀ − S"),
        out.costWithVoucher.toDisplayString(),
        {costWithoutInput(),
         {tr("Voucher subsidy (S)"), out.voucherSubsidy.toDisplayString(), formula}});
}

void CostCalculator::addPerMillion()
{
    const auto perMillionOf = [this](const Money& cost) {
        const std::optional<qint64> minor =
            mulDivRounded(cost.minorUnits(), tokensPerMillion, out.contractedTokens);
        if (!minor)
            throw Error(tr("The cost per million tokens is too large to work out: check the "
                           "contracted volume."));
        return Money(*minor, currency);
    };
    out.costPerMillionWithoutVoucher = perMillionOf(out.costWithoutVoucher);
    out.costPerMillionWithVoucher = perMillionOf(out.costWithVoucher);
    if (!explaining)
        return;
    add("costPerMillionWithoutVoucher", tr("Cost per million output tokens without voucher"),
        QStringLiteral("c₀ = C₀ / (V / 1,000,000)"),
        tr("%1 per million tokens").arg(out.costPerMillionWithoutVoucher.toDisplayString()),
        {costWithoutInput(), volumeInput()});
    add("costPerMillionWithVoucher", tr("Cost per million output tokens with voucher"),
        QStringLiteral("c₁ = C₁ / (V / 1,000,000)"),
        tr("%1 per million tokens").arg(out.costPerMillionWithVoucher.toDisplayString()),
        {costWithInput(), volumeInput()});
}

void CostCalculator::addMargins()
{
    const Money& b = in.bidPrice;
    out.bidPrice = b;
    out.marginWithoutVoucher = (b - out.costWithoutVoucher).ratioTo(b);
    out.marginWithVoucher = (b - out.costWithVoucher).ratioTo(b);
    out.lossMaking = b < out.costWithoutVoucher;
    out.lossMakingWithVoucher = b < out.costWithVoucher;
    out.subsidyDependent = out.costWithVoucher <= b && b < out.costWithoutVoucher;
    if (!explaining)
        return;
    add("marginWithoutVoucher", tr("Margin without voucher"), QStringLiteral("m₀ = (B − C₀) / B"),
        percent(out.marginWithoutVoucher), {bidInput(), costWithoutInput()});
    add("marginWithVoucher", tr("Margin with voucher"), QStringLiteral("m₁ = (B − C₁) / B"),
        percent(out.marginWithVoucher), {bidInput(), costWithInput()});
}

void CostCalculator::addVerdict()
{
    // The verdict is only words: the flags above carry it for programs.
    if (!explaining)
        return;
    QString verdict;
    if (out.subsidyDependent)
        verdict = tr("Subsidy-dependent: below cost at list price, covered with the voucher");
    else if (out.lossMakingWithVoucher && out.voucherApplies)
        verdict = tr("Loss-making, even with the voucher");
    else if (out.lossMaking)
        verdict = tr("Loss-making: the bid price is below the cost to serve");
    else if (out.capacityIsLowerBound && out.binding == CostBound::Capacity)
        verdict = tr("Covers the capacity counted here, but the deployment missed the SLOs: "
                     "more replicas are needed, so the true cost is higher");
    else
        verdict = tr("Covers the cost to serve");
    verdict +=
        out.binding == CostBound::Capacity ? tr(" (bound by capacity)") : tr(" (bound by volume)");
    add("verdict", tr("Below-cost check"),
        tr("loss-making when B < C₀; subsidy-dependent when C₁ ≤ B < C₀"), verdict,
        {bidInput(), costWithoutInput(), costWithInput()});
}

} // namespace td
