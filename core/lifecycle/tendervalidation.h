#pragma once

#include "domain/tender.h"
#include "priceweightpolicy.h"
#include "statutoryperiods.h"

#include <QList>
#include <QString>

namespace td {

// One finding about a tender being drafted: an error blocks publication, a warning does not.
struct ValidationIssue
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString field;   // what to fix: "title", "criteria", "bidDeadline", "lots[2].budget" ...
    QString message; // a sentence that says what is wrong and what to do

    bool isError() const { return severity == Severity::Error; }
};

// Checks a tender as the editor and publication do: required fields, weights that sum to 100,
// a price weight no lower than the policy's minimum for what the tender buys, a positive ceiling
// that covers the lots, deadlines in order, a bid period no shorter than the law's minimum, a sane
// hardware rule.
QList<ValidationIssue> validateTender(const Tender& tender, const PriceWeightPolicy& policy = {});

// True when no issue is an error.
bool isPublishable(const QList<ValidationIssue>& issues);

} // namespace td
