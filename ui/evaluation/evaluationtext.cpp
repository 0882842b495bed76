#include "evaluationtext.h"

#include "domain/money.h"

#include <QLocale>

#include <cmath>

namespace td::ui {

using scoring::CostVerdict;
using scoring::LowPriceDecision;

QString EvaluationText::points(double value)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    return QLocale().toString(value, 'f', 2);
}

QString EvaluationText::pointsOutOf(double value, int weight)
{
    //: Points out of a criterion's weight: "12.50 / 20"
    return tr("%1 / %2").arg(points(value), QLocale().toString(weight));
}

QString EvaluationText::money(qint64 minor, const QString& currency)
{
    return Money(minor, currency.isEmpty() ? QStringLiteral("CNY") : currency).toDisplayString();
}

QString EvaluationText::money(const std::optional<qint64>& minor, const QString& currency)
{
    return minor ? money(*minor, currency) : QStringLiteral("—");
}

QString EvaluationText::costVerdictName(CostVerdict verdict)
{
    switch (verdict) {
    case CostVerdict::Profitable:
        return tr("Profitable");
    case CostVerdict::ProfitableOnlyWithVoucher:
        return tr("Below cost without the voucher");
    case CostVerdict::BelowCost:
        return tr("Below cost even with the voucher");
    case CostVerdict::NoBenchmark:
        break;
    }
    return tr("No benchmark yet");
}

std::optional<CostVerdict> EvaluationText::costVerdictFromCode(const QString& code)
{
    if (code == QLatin1String("profitable"))
        return CostVerdict::Profitable;
    if (code == QLatin1String("voucherOnly"))
        return CostVerdict::ProfitableOnlyWithVoucher;
    if (code == QLatin1String("belowCost"))
        return CostVerdict::BelowCost;
    if (code == QLatin1String("noBenchmark"))
        return CostVerdict::NoBenchmark;
    return std::nullopt;
}

QString EvaluationText::costVerdictName(const QString& code)
{
    if (const auto verdict = costVerdictFromCode(code))
        return costVerdictName(*verdict);
    return code;
}

QString EvaluationText::costVerdictSentence(CostVerdict verdict, qint64 priceMinor,
                                            const std::optional<qint64>& withoutVoucherMinor,
                                            const std::optional<qint64>& withVoucherMinor,
                                            const QString& currency)
{
    const QString price = money(priceMinor, currency);
    const QString without = money(withoutVoucherMinor, currency);
    const QString with = money(withVoucherMinor, currency);
    switch (verdict) {
    case CostVerdict::Profitable:
        return tr("Profitable: the price %1 covers the cost-to-serve of %2 without a compute "
                  "voucher.")
            .arg(price, without);
    case CostVerdict::ProfitableOnlyWithVoucher:
        return tr("Below cost only without the voucher: the price %1 is below the cost-to-serve "
                  "of %2 at list price, and covers the %3 it costs with the compute voucher.")
            .arg(price, without, with);
    case CostVerdict::BelowCost:
        return tr("Below cost even with the voucher: the price %1 is below the cost-to-serve of "
                  "%2, and of %3 with the compute voucher.")
            .arg(price, without, with);
    case CostVerdict::NoBenchmark:
        break;
    }
    return tr("No benchmark yet: no stored benchmark run of this deployment to work out its "
              "cost-to-serve.");
}

QString EvaluationText::decisionName(LowPriceDecision decision)
{
    switch (decision) {
    case LowPriceDecision::None:
        return tr("Not flagged");
    case LowPriceDecision::Pending:
        return tr("Awaiting the panel's decision");
    case LowPriceDecision::Accepted:
        return tr("Accepted: the price stands");
    case LowPriceDecision::Rejected:
        return tr("Rejected: the bid is invalid");
    }
    return {};
}

QString EvaluationText::roleName(const QString& role)
{
    if (role == QLatin1String("chair"))
        //: The chair of the evaluation panel
        return tr("Chair");
    //: A member of the evaluation panel
    return tr("Member");
}

QString EvaluationText::time(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                         : QStringLiteral("—");
}

QColor EvaluationText::failColour()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor EvaluationText::passColour()
{
    return QColor(0x1b, 0x6e, 0x32);
}

QColor EvaluationText::pendingColour()
{
    return QColor(0x8a, 0x5a, 0x00);
}

} // namespace td::ui
