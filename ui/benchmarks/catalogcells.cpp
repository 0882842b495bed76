#include "catalogcells.h"

#include "domain/decimal.h"

#include <cmath>

namespace td::ui {
namespace {

const QString yuan = QStringLiteral("CNY");

} // namespace

QString CatalogCells::dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate CatalogCells::date(const QVariant& value)
{
    return QDate::fromString(value.toString().trimmed(), Qt::ISODate);
}

QString CatalogCells::dateProblem(const QVariant& value, const QString& what)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty() || QDate::fromString(text, Qt::ISODate).isValid())
        return {};
    return tr("%1 must be a date written YYYY-MM-DD, such as 2026-11-01, or left empty.").arg(what);
}

QString CatalogCells::amountText(const std::optional<Money>& amount)
{
    return amount ? amount->toPlainString() : QString();
}

std::optional<Money> CatalogCells::amount(const QVariant& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return Money::parse(text, yuan);
}

QString CatalogCells::amountProblem(const QVariant& value, const QString& what)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<Money> m = Money::parse(text, yuan);
    if (!m)
        return tr("%1 must be an amount in yuan with at most two decimals, such as 14.40, or "
                  "left empty.")
            .arg(what);
    if (m->minorUnits() < 0)
        return tr("%1 cannot be negative.").arg(what);
    return {};
}

QString CatalogCells::rateText(qint64 scaled, int decimals)
{
    return decimal::format(scaled, decimals);
}

qint64 CatalogCells::rate(const QVariant& value, int decimals)
{
    return decimal::parse(value.toString(), decimals).value_or(0);
}

QString CatalogCells::rateProblem(const QVariant& value, int decimals, qint64 minimum,
                                  const QString& what)
{
    const std::optional<qint64> scaled = decimal::parse(value.toString(), decimals);
    if (!scaled)
        return tr("%1 must be a number of zero or more with at most %n decimal(s).", nullptr,
                  decimals)
            .arg(what);
    if (*scaled < minimum)
        return tr("%1 cannot be below %2.").arg(what, decimal::format(minimum, decimals));
    return {};
}

QString CatalogCells::wholeNumberProblem(const QVariant& value, int minimum, int maximum,
                                         const QString& what)
{
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    if (!ok || n < minimum || n > maximum)
        return tr("%1 must be a whole number from %2 to %3.").arg(what).arg(minimum).arg(maximum);
    return {};
}

QString CatalogCells::numberProblem(const QVariant& value, const QString& what)
{
    bool ok = false;
    const double n = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(n) || n < 0)
        return tr("%1 must be a number of zero or more.").arg(what);
    return {};
}

QString CatalogCells::requiredTextProblem(const QVariant& value, const QString& what)
{
    return value.toString().trimmed().isEmpty() ? tr("%1 cannot be empty.").arg(what) : QString();
}

} // namespace td::ui
