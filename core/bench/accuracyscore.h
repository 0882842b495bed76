#pragma once

#include "codesandbox.h"
#include "suiteitems.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace td::bench {

enum class ItemOutcome
{
    Correct,
    Wrong,      // another letter, or code that failed its tests, ran too long or out of memory
    Unanswered, // no letter could be read (none, or ambiguous), or no code
    NotScored,  // the item could not be checked here (no sandbox); left out of the accuracy
    Error,      // the model gave no output (the request failed); set by the run, left out
};

struct ItemScore
{
    QString itemId;
    QString language;
    ItemOutcome outcome = ItemOutcome::Unanswered;
    QString extracted; // the letter read, or the code run
    QString detail;    // why: the sandbox's verdict, its error output, or why not scored
};

// The limits `item` runs under: its own where the suite sets them, `defaults` otherwise.
SandboxLimits limitsFor(const SuiteItem& item, const SandboxLimits& defaults);

// Scores one answer. Multiple choice: the letter extractChoiceLetter() reads against the
// item's answer. Code: extractPythonCode() run with the item's tests in `sandboxOrNull` under
// limitsFor(item, limits); without a sandbox the item is NotScored, with `notScoredReason` as
// its detail (a caller that scores many items found it once), or else
// CodeSandbox::unavailableReason(). Model code never runs any other way.
ItemScore scoreItem(const Suite& suite, const SuiteItem& item, const QString& modelOutput,
                    const CodeSandbox* sandboxOrNull, const SandboxLimits& limits,
                    const QString& notScoredReason = {});

struct AccuracyCounts
{
    int items = 0;
    int correct = 0;
    int wrong = 0;
    int unanswered = 0;
    int notScored = 0;
    int errors = 0;
    // correct / (items - notScored - errors); NaN when no item was scored.
    double accuracy = std::numeric_limits<double>::quiet_NaN();
};

struct AccuracySummary : AccuracyCounts
{
    QHash<QString, AccuracyCounts> perLanguage; // by ItemScore::language
};

AccuracySummary summarize(const QList<ItemScore>& scores);

} // namespace td::bench
