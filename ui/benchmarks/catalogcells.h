#pragma once

#include "domain/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariant>

#include <optional>

namespace td::ui {

// How the catalog editor's cells read and check what people type: dates as YYYY-MM-DD,
// amounts in yuan with at most two decimals, exact decimal rates, whole and decimal numbers.
// Each *Problem returns an empty string when the value is fine, else a sentence naming `what`.
class CatalogCells
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::CatalogCells)

public:
    static QString dateText(const QDate& date);
    static QDate date(const QVariant& value); // invalid for an empty cell
    static QString dateProblem(const QVariant& value, const QString& what);

    // An empty cell is no amount (no price, no cap).
    static QString amountText(const std::optional<Money>& amount);
    static std::optional<Money> amount(const QVariant& value);
    static QString amountProblem(const QVariant& value, const QString& what);

    // A rate kept in 10^-decimals units; `minimum` in the same units.
    static QString rateText(qint64 scaled, int decimals);
    static qint64 rate(const QVariant& value, int decimals);
    static QString rateProblem(const QVariant& value, int decimals, qint64 minimum,
                               const QString& what);

    static QString wholeNumberProblem(const QVariant& value, int minimum, int maximum,
                                      const QString& what);
    static QString numberProblem(const QVariant& value, const QString& what); // >= 0
    static QString requiredTextProblem(const QVariant& value, const QString& what);
};

} // namespace td::ui
