#pragma once

#include "abnormallylow.h"
#include "evaluationsettings.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td::scoring {

// The evaluation of one tender as a pure function of its inputs: the evaluation price of every
// valid bid, the price score against the lowest one, the panel's score of each criterion, the
// total, the ranking per lot, the abnormally-low flags and the cost verdict. Nothing is formatted
// here (see explain() for the working behind one number), so that scoring a tender of a thousand
// bids takes a few milliseconds and rescoring a whole market stays fast.

// A criterion of the tender; weights are percent of 100 points.
struct CriterionSpec
{
    qint64 id = 0;
    QString code; // "price" is computed; the others are scored by the evaluators
    QString name;
    int weight = 0;
    bool isPrice() const { return code == QLatin1String("price"); }
};

// Where a bid stands after the panel's review of its flags.
enum class LowPriceDecision
{
    None,     // never flagged
    Pending,  // flagged; the explanation step is open
    Accepted, // the vendor proved its price: the bid stands
    Rejected, // unproven: the bid is invalid
};

struct BidInput
{
    qint64 id = 0;
    qint64 lotId = 0;
    qint64 priceMinor = 0; // the raw bid price
    QDateTime receivedAt;
    bool compliant = true; // passed the compliance review
    bool domestic = false; // qualifies for the domestic-product deduction
    bool sme = false;      // qualifies for the SME deduction
    // Per criterion of EvaluationInput::criteria (same order; empty for price): the points of
    // each evaluator who submitted a sheet, out of the criterion's weight.
    QList<QList<double>> sheetPoints;
    // Technical points a published result recorded, used when no sheet is on this desk.
    std::optional<double> recordedTechnicalPoints;
    std::optional<qint64> costWithoutVoucherMinor; // from the deployment's benchmark run
    std::optional<qint64> costWithVoucherMinor;
    LowPriceDecision lowPriceDecision = LowPriceDecision::None;
};

struct LotInput
{
    qint64 lotId = 0;
    qint64 budgetMinor = 0; // 0: none; the tender's ceiling is used instead
};

struct EvaluationInput
{
    EvaluationSettings settings;
    QList<CriterionSpec> criteria;
    qint64 ceilingMinor = 0; // the tender's budget ceiling
    QList<LotInput> lots;
    QList<BidInput> bids;
    // The R058 threshold of the whole market (Q3 + factor x IQR of d over every process);
    // nullopt when the market has too few processes to say.
    std::optional<double> marketThreshold;
};

struct BidResult
{
    qint64 bidId = 0;
    qint64 lotId = 0;
    bool valid = false;     // compliant and not rejected after its explanation
    bool scored = false;    // every criterion has a score (all sheets in, or a recorded one)
    qint64 evaluationPriceMinor = 0;
    double priceScore = 0;
    QList<double> criterionPoints; // per criterion (price included); NaN when not scored
    double technicalPoints = 0;    // the non-price criteria
    double totalPoints = 0;
    int rank = 0; // 0: not ranked (invalid)
    QList<LowBidFlag> flags;
    CostVerdict costVerdict = CostVerdict::NoBenchmark;
};

struct LotResult
{
    qint64 lotId = 0;
    qint64 ceilingMinor = 0;    // the lot's budget, or the tender's ceiling
    qint64 benchmarkMinor = 0;  // the lowest valid evaluation price
    std::optional<ItalianResult> italian;
    std::optional<double> winnerDiscount; // R058's d for the recommended winner
    qint64 recommendedBidId = 0;          // rank 1 when it is alone there; 0 otherwise
};

struct EvaluationResult
{
    QList<BidResult> bids; // in input order
    QList<LotResult> lots;
    // What still stands between the ranking and a final one: flagged bids whose explanation is
    // not decided, bids without a full score. Empty when the ranking is final.
    QList<qint64> pendingExplanations;
    QList<qint64> unscoredBids;
    bool final() const { return pendingExplanations.isEmpty() && unscoredBids.isEmpty(); }

    const BidResult* bid(qint64 bidId) const;
    const LotResult* lot(qint64 lotId) const;
};

EvaluationResult evaluate(const EvaluationInput& input);

// cardinal-rs R058's market threshold from the d of every process (type 8 quartiles).
std::optional<double> marketThreshold(const QList<double>& discounts, double iqrFactor);

} // namespace td::scoring
