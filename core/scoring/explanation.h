#pragma once

#include "evaluation.h"

#include <QList>
#include <QString>

namespace td::scoring {

// How one number of an evaluation was computed: its formula with the symbols its inputs use, the
// value as shown, and every input with where it comes from. Worked out on demand, for the one
// number a person opens, from the same input and result the evaluation used.
struct Working
{
    struct Input
    {
        QString label;
        QString value;
        QString source;
    };
    QString key;   // "evaluationPrice", "priceScore", "criterion:<code>", "technical", "total",
                   // "rank", "flag:<rule code>", "cost"
    QString label; // for people
    QString formula;
    QString value;
    QList<Input> inputs;
};

// Names and texts the explanations need beyond the numbers.
struct ExplanationNames
{
    QHash<qint64, QString> vendors;    // bid id -> vendor name
    QStringList evaluators;            // in the order of BidInput::sheetPoints' inner lists
    QString currency = QStringLiteral("CNY");
};

// The working of `key` for bid `bidId`; an empty Working (no key) when there is no such number.
Working explain(const EvaluationInput& input, const EvaluationResult& result, qint64 bidId,
                const QString& key, const ExplanationNames& names);

// Every key explain() answers for `bidId`, in display order.
QStringList explanationKeys(const EvaluationInput& input, const EvaluationResult& result,
                            qint64 bidId);

// The working of a flag, as one sentence: "MOF 2026: 412,000.00 is below 50% of the average of
// the conforming bids (0.5 x 900,000.00 = 450,000.00)".
QString flagSentence(const LowBidFlag& flag, const QString& currency);

} // namespace td::scoring
