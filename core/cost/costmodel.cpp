#include "costmodel.h"

#include "domain/decimal.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>
#include <limits>

namespace td {
namespace {

constexpr double secondsPerHour = 3600;
constexpr qint64 tokensPerMillion = 1'000'000;
// 2^53: the largest count of minor units a double still holds to the unit. Beyond it, rounding
// to the fen would be a guess.
constexpr double exactMinorUnits = 9007199254740992.0;

// Exact intermediate for a × b / c, where a × b may exceed 64 bits.
__extension__ typedef __int128 Wide;

// a × b / c rounded half up, exactly; a and b non-negative, c positive. nullopt when the
// result does not fit.
std::optional<qint64> mulDivRounded(qint64 a, qint64 b, qint64 c)
{
    const Wide n = Wide(a) * Wide(b);
    const Wide q = (2 * n + c) / (2 * Wide(c));
    if (q > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(q);
}

// Numbers grouped like Money::toDisplayString, whatever the locale: 1,234.56.
QString number(double value, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

QString count(qint64 value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value);
}

QString percent(double ratio)
{
    return number(ratio * 100, 1) + QLatin1Char('%');
}

// A catalog figure's source with its date; `catalog` names the catalog when nobody wrote
// where the figure comes from.
QString sourceOf(const QString& source, const QDate& date, const QString& catalog)
{
    const QString said = source.trimmed().isEmpty() ? catalog : source;
    if (!date.isValid())
        return said;
    return QStringLiteral("%1 (%2)").arg(said, date.toString(Qt::ISODate));
}

} // namespace

const CostFigure* CostToServe::figure(const QString& key) const
{
    for (const CostFigure& f : m_figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

// Works a CostToServe out of its inputs, one figure after the other.
//
// Money results are rounded to the fen once, at the end of each figure: the sums inside a
// figure keep every fraction (rental = Σ H × nᵢ × pᵢ is rounded once, not per line), and a
// figure made of others (C₀ = R + P + F) adds the rounded amounts it shows, so its inputs add
// up to it exactly.
class CostCalculator
{
    Q_DECLARE_TR_FUNCTIONS(td::CostModel)

public:
    explicit CostCalculator(const CostInputs& inputs)
        : in(inputs)
    {}

    CostToServe run()
    {
        check();
        addVolume();
        addHours();
        addRental();
        addEnergyAndPower();
        addFixedAndTotal();
        addVoucher();
        addPerMillion();
        addMargins();
        return out;
    }

private:
    struct Line
    {
        const Accelerator* accelerator;
        int count;
    };

    void check()
    {
        const Money& b = in.bidPrice;
        if (!b.isValid() || b.minorUnits() <= 0)
            throw Error(tr("The bid has no price: enter its total price before costing it."));
        currency = b.currency();
        // The hosting and voucher catalogs are in CNY; converting would need a rate and a date
        // that nobody has set.
        if (currency != QLatin1String("CNY"))
            throw Error(tr("The bid is priced in %1, but electricity prices and voucher caps "
                           "are in CNY: only bids in CNY can be costed.")
                            .arg(currency));
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
        if (in.hardware.isEmpty())
            throw Error(tr("The bid declares no accelerators, so there is nothing to rent or "
                           "power: enter the hardware the bid declares."));
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
        fixed = in.fixedCosts.isValid() ? in.fixedCosts : Money(0, currency);
        if (fixed.currency() != currency || fixed.minorUnits() < 0)
            throw Error(tr("Fixed costs must be an amount of zero or more in %1, the bid's "
                           "currency: correct the bid's cost assumptions.")
                            .arg(currency));
        if (in.voucher && in.voucher->cap && in.voucher->cap->currency() != currency)
            throw Error(tr("The cap of %1 is in %2, not in %3: correct it in the voucher "
                           "catalog (Benchmarks > Accelerator catalog).")
                            .arg(in.voucher->name, in.voucher->cap->currency(), currency));
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
            lines.append({a, line.count});
        }
    }

    // The one rounding of a money figure, refused where a double no longer holds the fen.
    Money rounded(double minorUnits) const
    {
        if (!std::isfinite(minorUnits) || std::fabs(minorUnits) >= exactMinorUnits)
            throw Error(tr("The cost is too large to work out to the fen: check the measured "
                           "throughput (%1 tokens/s) and the contracted volume.")
                            .arg(number(in.measuredOutputTokensPerSecond, 2)));
        return Money(std::llround(minorUnits), currency);
    }

    QString hostingName() const
    {
        if (in.hosting.nameEn.isEmpty() || in.hosting.nameEn == in.hosting.name)
            return in.hosting.name;
        return QStringLiteral("%1 (%2)").arg(in.hosting.name, in.hosting.nameEn);
    }

    QString hours(double h) const { return tr("%1 h").arg(number(h, 2)); }

    void add(const char* key, const QString& label, const QString& formula, const QString& value,
             const QList<CostInput>& inputs)
    {
        out.m_figures.append({QLatin1String(key), label, formula, value, inputs});
    }

    CostInput volumeInput() const
    {
        return {tr("Contracted volume (V)"), tr("%1 tokens").arg(count(out.contractedTokens)),
                tr("the tender's volume over the contract")};
    }

    CostInput hoursInput() const
    {
        return {tr("Deployment-hours (H)"), hours(out.deploymentHours), tr("H = V / (T × 3600)")};
    }

    CostInput bidInput() const
    {
        return {tr("Bid price (B)"), in.bidPrice.toDisplayString(), tr("the bid's total price")};
    }

    void addVolume()
    {
        if (in.tokensPerYear > std::numeric_limits<qint64>::max() / in.contractYears)
            throw Error(tr("The contracted volume is too large to cost: check the tender's "
                           "tokens per year."));
        out.contractedTokens = in.tokensPerYear * in.contractYears;
        add("volume", tr("Contracted volume"), tr("V = tokens per year × contract years"),
            tr("%1 tokens").arg(count(out.contractedTokens)),
            {{tr("Tokens per year"), count(in.tokensPerYear), tr("the tender's workload")},
             {tr("Contract years"), QString::number(in.contractYears),
              tr("the bid's cost assumptions")}});
    }

    void addHours()
    {
        const double t = in.measuredOutputTokensPerSecond;
        out.deploymentHours = double(out.contractedTokens) / (t * secondsPerHour);
        add("deploymentHours", tr("Deployment-hours"), tr("H = V / (T × 3600)"),
            hours(out.deploymentHours),
            {volumeInput(),
             {tr("Measured output throughput (T)"), tr("%1 tokens/s").arg(number(t, 2)),
              in.throughputSource.isEmpty() ? tr("measured on the declared deployment")
                                            : in.throughputSource}});
        QList<CostInput> perLine;
        for (const Line& line : std::as_const(lines)) {
            const double lineHours = out.deploymentHours * line.count;
            out.acceleratorHours += lineHours;
            perLine.append({tr("%1 × %2 (nᵢ)").arg(line.accelerator->model).arg(line.count),
                            hours(lineHours), tr("declared in the bid")});
        }
        add("acceleratorHours", tr("Accelerator-hours"), tr("A = Σ H × nᵢ"),
            hours(out.acceleratorHours), QList<CostInput>{hoursInput()} + perLine);
    }

    void addRental()
    {
        double minor = 0;
        QList<CostInput> inputs{hoursInput()};
        for (const Line& line : std::as_const(lines)) {
            const Money& price = *line.accelerator->hourlyPrice;
            minor += out.deploymentHours * line.count * double(price.minorUnits());
            inputs.append({tr("Hourly price of %1 (pᵢ), %2 declared (nᵢ)")
                               .arg(line.accelerator->model)
                               .arg(line.count),
                           tr("%1 per hour").arg(price.toDisplayString()),
                           sourceOf(line.accelerator->priceSource, line.accelerator->priceDate,
                                    tr("accelerator catalog"))});
        }
        out.rental = rounded(minor);
        add("rental", tr("Accelerator rental"), tr("R = Σ H × nᵢ × pᵢ"),
            out.rental.toDisplayString(), inputs);
    }

    void addEnergyAndPower()
    {
        double itKwh = 0;
        QList<CostInput> inputs{hoursInput()};
        for (const Line& line : std::as_const(lines)) {
            itKwh += out.deploymentHours * line.count * line.accelerator->powerWatts / 1000.0;
            inputs.append({tr("Power of %1 (wᵢ), %2 declared (nᵢ)")
                               .arg(line.accelerator->model)
                               .arg(line.count),
                           tr("%1 W").arg(line.accelerator->powerWatts),
                           tr("accelerator catalog")});
        }
        const QString source =
            sourceOf(in.hosting.priceSource, in.hosting.priceDate, tr("hosting catalog"));
        out.energyKwh = itKwh * in.hosting.pueThousandths / 1000.0;
        inputs.append({tr("PUE of %1").arg(hostingName()),
                       decimal::format(in.hosting.pueThousandths, HostingOption::pueDecimals),
                       source});
        add("energy", tr("Energy"), tr("E = Σ H × nᵢ × wᵢ / 1000 × PUE"),
            tr("%1 kWh").arg(number(out.energyKwh, 2)), inputs);

        // Electricity is in 1/10000 CNY per kWh: / 100 gives fen per kWh.
        out.power = rounded(out.energyKwh * double(in.hosting.electricityPricePerKwh) / 100.0);
        add("power", tr("Electricity"), tr("P = E × e"), out.power.toDisplayString(),
            {{tr("Energy (E)"), tr("%1 kWh").arg(number(out.energyKwh, 2)),
              tr("E = Σ H × nᵢ × wᵢ / 1000 × PUE")},
             {tr("Electricity price at %1 (e)").arg(hostingName()),
              tr("¥%1 per kWh")
                  .arg(decimal::format(in.hosting.electricityPricePerKwh,
                                       HostingOption::electricityPriceDecimals)),
              source}});
    }

    void addFixedAndTotal()
    {
        out.fixedCosts = fixed;
        add("fixedCosts", tr("Fixed costs"), tr("F"), fixed.toDisplayString(),
            {{tr("Fixed costs (F)"), fixed.toDisplayString(),
              tr("the bid's cost assumptions: integration, staff, licences over the contract")}});
        out.costWithoutVoucher = out.rental + out.power + fixed;
        add("costWithoutVoucher", tr("Cost to serve without voucher"), tr("C₀ = R + P + F"),
            out.costWithoutVoucher.toDisplayString(),
            {{tr("Accelerator rental (R)"), out.rental.toDisplayString(), tr("R = Σ H × nᵢ × pᵢ")},
             {tr("Electricity (P)"), out.power.toDisplayString(), tr("P = E × e")},
             {tr("Fixed costs (F)"), fixed.toDisplayString(), tr("the bid's cost assumptions")}});
    }

    void addVoucher()
    {
        const Money zero(0, currency);
        QList<CostInput> inputs{
            {tr("Accelerator rental (R)"), out.rental.toDisplayString(), tr("R = Σ H × nᵢ × pᵢ")}};
        QString formula;
        if (!in.voucher) {
            out.voucherSubsidy = zero;
            out.voucherNote = tr("No compute voucher was chosen for this bid.");
            formula = tr("S = 0 (no voucher)");
        } else if (!in.hosting.acceptsVouchersOf(in.voucher->city)) {
            out.voucherSubsidy = zero;
            out.voucherNote =
                in.hosting.voucherCities.isEmpty()
                    ? tr("%1 cannot be spent at %2, which accepts no compute voucher.")
                          .arg(in.voucher->name, hostingName())
                    : tr("%1 cannot be spent at %2, which accepts the vouchers of %3 only.")
                          .arg(in.voucher->name, hostingName(),
                               in.hosting.voucherCities.join(QStringLiteral(", ")));
            formula = tr("S = 0 (voucher not accepted there)");
        } else {
            const ComputeVoucher& v = *in.voucher;
            const std::optional<qint64> share =
                mulDivRounded(out.rental.minorUnits(), v.subsidyPercent, 100);
            out.voucherSubsidy = Money(share.value_or(0), currency);
            if (v.cap && *v.cap < out.voucherSubsidy)
                out.voucherSubsidy = *v.cap;
            out.voucherApplies = true;
            formula = v.cap ? tr("S = min(s × R, cap)") : tr("S = s × R (no cap)");
            const QString source = sourceOf(v.source, v.date, tr("voucher catalog"));
            inputs.append({tr("Subsidy rate of %1 (s)").arg(v.name),
                           QString::number(v.subsidyPercent) + QLatin1Char('%'), source});
            inputs.append({tr("Cap per contract"),
                           v.cap ? v.cap->toDisplayString() : tr("none stated"), source});
        }
        if (!out.voucherNote.isEmpty())
            inputs.append({tr("Voucher"), out.voucherNote, tr("the bid's cost assumptions")});
        add("voucherSubsidy", tr("Voucher subsidy"), formula, out.voucherSubsidy.toDisplayString(),
            inputs);

        out.costWithVoucher = out.costWithoutVoucher - out.voucherSubsidy;
        add("costWithVoucher", tr("Cost to serve with voucher"), tr("C₁ = C₀ − S"),
            out.costWithVoucher.toDisplayString(),
            {{tr("Cost without voucher (C₀)"), out.costWithoutVoucher.toDisplayString(),
              tr("C₀ = R + P + F")},
             {tr("Voucher subsidy (S)"), out.voucherSubsidy.toDisplayString(), formula}});
    }

    Money perMillionOf(const Money& cost) const
    {
        const std::optional<qint64> minor =
            mulDivRounded(cost.minorUnits(), tokensPerMillion, out.contractedTokens);
        if (!minor)
            throw Error(tr("The cost per million tokens is too large to work out: check the "
                           "contracted volume."));
        return Money(*minor, currency);
    }

    void addPerMillion()
    {
        out.costPerMillionWithoutVoucher = perMillionOf(out.costWithoutVoucher);
        out.costPerMillionWithVoucher = perMillionOf(out.costWithVoucher);
        add("costPerMillionWithoutVoucher", tr("Cost per million output tokens without voucher"),
            tr("c₀ = C₀ / (V / 1,000,000)"),
            tr("%1 per million tokens").arg(out.costPerMillionWithoutVoucher.toDisplayString()),
            {{tr("Cost without voucher (C₀)"), out.costWithoutVoucher.toDisplayString(),
              tr("C₀ = R + P + F")},
             volumeInput()});
        add("costPerMillionWithVoucher", tr("Cost per million output tokens with voucher"),
            tr("c₁ = C₁ / (V / 1,000,000)"),
            tr("%1 per million tokens").arg(out.costPerMillionWithVoucher.toDisplayString()),
            {{tr("Cost with voucher (C₁)"), out.costWithVoucher.toDisplayString(),
              tr("C₁ = C₀ − S")},
             volumeInput()});
    }

    void addMargins()
    {
        const Money& b = in.bidPrice;
        out.bidPrice = b;
        out.marginWithoutVoucher = (b - out.costWithoutVoucher).ratioTo(b);
        out.marginWithVoucher = (b - out.costWithVoucher).ratioTo(b);
        out.lossMaking = b < out.costWithoutVoucher;
        out.lossMakingWithVoucher = b < out.costWithVoucher;
        out.subsidyDependent = out.costWithVoucher <= b && b < out.costWithoutVoucher;
        add("marginWithoutVoucher", tr("Margin without voucher"), tr("m₀ = (B − C₀) / B"),
            percent(out.marginWithoutVoucher),
            {bidInput(),
             {tr("Cost without voucher (C₀)"), out.costWithoutVoucher.toDisplayString(),
              tr("C₀ = R + P + F")}});
        add("marginWithVoucher", tr("Margin with voucher"), tr("m₁ = (B − C₁) / B"),
            percent(out.marginWithVoucher),
            {bidInput(),
             {tr("Cost with voucher (C₁)"), out.costWithVoucher.toDisplayString(),
              tr("C₁ = C₀ − S")}});
        QString verdict;
        if (out.subsidyDependent)
            verdict = tr("Subsidy-dependent: below cost at list price, covered with the voucher");
        else if (out.lossMakingWithVoucher && out.voucherApplies)
            verdict = tr("Loss-making, even with the voucher");
        else if (out.lossMaking)
            verdict = tr("Loss-making: the bid price is below the cost to serve");
        else
            verdict = tr("Covers the cost to serve");
        add("verdict", tr("Below-cost check"),
            tr("loss-making when B < C₀; subsidy-dependent when C₁ ≤ B < C₀"), verdict,
            {bidInput(),
             {tr("Cost without voucher (C₀)"), out.costWithoutVoucher.toDisplayString(),
              tr("C₀ = R + P + F")},
             {tr("Cost with voucher (C₁)"), out.costWithVoucher.toDisplayString(),
              tr("C₁ = C₀ − S")}});
    }

    const CostInputs& in;
    QString currency;
    Money fixed;
    QList<Line> lines;
    CostToServe out;
};

CostToServe computeCostToServe(const CostInputs& inputs)
{
    return CostCalculator(inputs).run();
}

} // namespace td
