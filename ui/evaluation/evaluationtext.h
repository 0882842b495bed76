#pragma once

#include "evaluation/evaluationdesk.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace td::ui {

// How the Evaluation workspace writes its numbers, verdicts and decisions, in the reader's
// locale, and the few colours it marks states with: one place, so the pages agree.
class EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationText)

public:
    // Points to the published hundredth; an em dash for a number not there yet (NaN).
    static QString points(double value);
    // "12.50 / 20": points out of a criterion's weight.
    static QString pointsOutOf(double value, int weight);
    static QString money(qint64 minor, const QString& currency);
    static QString money(const std::optional<qint64>& minor, const QString& currency);

    static QString costVerdictName(scoring::CostVerdict verdict);
    // The award's stored code ("profitable", "voucherOnly", "belowCost", "noBenchmark").
    static QString costVerdictName(const QString& code);
    static std::optional<scoring::CostVerdict> costVerdictFromCode(const QString& code);
    // The loss-making flag in a sentence, with the price and the costs it compares.
    static QString costVerdictSentence(scoring::CostVerdict verdict, qint64 priceMinor,
                                       const std::optional<qint64>& withoutVoucherMinor,
                                       const std::optional<qint64>& withVoucherMinor,
                                       const QString& currency);

    static QString decisionName(scoring::LowPriceDecision decision);
    static QString roleName(const QString& role);
    static QString time(const QDateTime& utc);

    // Text colours of a failed check or a loss, a pass or a profit, and a step still open.
    static QColor failColour();
    static QColor passColour();
    static QColor pendingColour();
};

} // namespace td::ui
