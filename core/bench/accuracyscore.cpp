#include "accuracyscore.h"

#include "answerextraction.h"

#include <QCoreApplication>

#include <limits>

namespace td::bench {

namespace {

ItemScore scoreChoice(const SuiteItem& item, const QString& modelOutput, ItemScore score)
{
    const std::optional<QChar> letter = extractChoiceLetter(modelOutput, item.choices.keys());
    if (!letter) {
        score.outcome = ItemOutcome::Unanswered;
        score.detail = QCoreApplication::translate(
            "td", "No single choice letter could be read from the answer.");
        return score;
    }
    score.extracted = *letter;
    score.outcome = score.extracted == item.answer ? ItemOutcome::Correct : ItemOutcome::Wrong;
    return score;
}

ItemScore scoreCode(const SuiteItem& item, const QString& modelOutput, const CodeSandbox* sandbox,
                    const SandboxLimits& limits, const QString& notScoredReason, ItemScore score)
{
    if (!sandbox) {
        score.outcome = ItemOutcome::NotScored;
        score.detail =
            notScoredReason.isEmpty() ? CodeSandbox::unavailableReason() : notScoredReason;
        if (score.detail.isEmpty())
            score.detail = QCoreApplication::translate(
                "td", "Code answers were not scored because this run had no code sandbox.");
        return score;
    }
    score.extracted = extractPythonCode(modelOutput);
    if (score.extracted.trimmed().isEmpty()) {
        score.outcome = ItemOutcome::Unanswered;
        score.detail =
            QCoreApplication::translate("td", "The answer holds no Python code to test.");
        return score;
    }
    const SandboxResult result = sandbox->run(score.extracted, item.tests, limitsFor(item, limits));
    score.detail = result.detail;
    switch (result.verdict) {
    case SandboxVerdict::Passed:
        score.outcome = ItemOutcome::Correct;
        break;
    case SandboxVerdict::Failed:
    case SandboxVerdict::TimedOut:
    case SandboxVerdict::OutOfMemory:
        score.outcome = ItemOutcome::Wrong;
        break;
    case SandboxVerdict::NotScored:
        score.outcome = ItemOutcome::NotScored;
        break;
    }
    return score;
}

void count(AccuracyCounts& counts, ItemOutcome outcome)
{
    ++counts.items;
    switch (outcome) {
    case ItemOutcome::Correct:
        ++counts.correct;
        break;
    case ItemOutcome::Wrong:
        ++counts.wrong;
        break;
    case ItemOutcome::Unanswered:
        ++counts.unanswered;
        break;
    case ItemOutcome::NotScored:
        ++counts.notScored;
        break;
    case ItemOutcome::Error:
        ++counts.errors;
        break;
    }
}

// Unanswered items count against the model; items nobody could check count neither way.
void setAccuracy(AccuracyCounts& counts)
{
    const int scored = counts.items - counts.notScored - counts.errors;
    counts.accuracy =
        scored > 0 ? double(counts.correct) / scored : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

SandboxLimits limitsFor(const SuiteItem& item, const SandboxLimits& defaults)
{
    SandboxLimits limits = defaults;
    if (item.timeoutSeconds > 0)
        limits.timeoutMs = item.timeoutSeconds * 1000;
    if (item.memoryMegabytes > 0)
        limits.memoryBytes = qint64(item.memoryMegabytes) * 1024 * 1024;
    return limits;
}

ItemScore scoreItem(const Suite& suite, const SuiteItem& item, const QString& modelOutput,
                    const CodeSandbox* sandboxOrNull, const SandboxLimits& limits,
                    const QString& notScoredReason)
{
    ItemScore score;
    score.itemId = item.id;
    score.language = item.language;
    if (suite.scoring == Scoring::MultipleChoice)
        return scoreChoice(item, modelOutput, score);
    return scoreCode(item, modelOutput, sandboxOrNull, limits, notScoredReason, score);
}

AccuracySummary summarize(const QList<ItemScore>& scores)
{
    AccuracySummary summary;
    for (const ItemScore& score : scores) {
        count(summary, score.outcome);
        count(summary.perLanguage[score.language], score.outcome);
    }
    setAccuracy(summary);
    for (AccuracyCounts& counts : summary.perLanguage)
        setAccuracy(counts);
    return summary;
}

} // namespace td::bench
