#pragma once

#include <QDateTime>
#include <QList>
#include <QtGlobal>

namespace td::scoring {

// What the ranking of a tender's valid bids looks at.
struct RankInput
{
    qint64 bidId = 0;
    double totalScore = 0; // comprehensive scoring: the weighted sum, in points
    qint64 evaluationPriceMinor = 0;
    double technicalScore = 0; // the panel's technical points
    QDateTime receivedAt;
};

// How bids that tie are told apart, in the order the tender states; bids that still tie share
// their rank.
enum class TieBreak
{
    LowerEvaluationPrice,
    HigherTechnicalScore,
    EarlierReceipt,
};

enum class RankingMethod
{
    ComprehensiveScore,   // MOF Order 87: the highest total score first
    LowestEvaluatedPrice, // the lowest evaluation price first
};

struct Ranked
{
    qint64 bidId = 0;
    int rank = 0; // 1 for the recommended winner; equal for bids that tie after every rule
};

// The bids in ranking order. Scores are compared as published, to the hundredth of a point, so
// that 80.004 and 79.996 tie as the printed 80.00 does.
QList<Ranked> rank(QList<RankInput> bids, RankingMethod method, const QList<TieBreak>& tieBreaks);

} // namespace td::scoring
