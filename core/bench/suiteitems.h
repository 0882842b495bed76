#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace td::bench {

// How a suite's answers are checked (the suite's "scoring").
enum class Scoring
{
    MultipleChoice, // "multipleChoice": one letter out of the item's choices
    CodeTests,      // "codeTests": a Python function run against the item's asserts
};

// One question of an accuracy suite. Multiple-choice items fill question, choices and answer;
// code items fill prompt, entryPoint, tests and, when the suite carries them, referenceSolution
// and the limits the code runs under (0 where the suite sets none).
struct SuiteItem
{
    QString id;
    QString language; // "zh_CN" or "en"
    QString question;
    QMap<QString, QString> choices; // letter -> text, in letter order
    QString answer;                 // the letter of the correct choice
    QString prompt;
    QString entryPoint;
    QString tests; // Python asserts that call entryPoint
    QString referenceSolution;
    int timeoutSeconds = 0;
    int memoryMegabytes = 0;
};

// An accuracy suite in the format "tenderdesk-suite-1" (resources/suites/*.json).
struct Suite
{
    QString name;
    QString category;
    Scoring scoring = Scoring::MultipleChoice;
    QMap<QString, QString> titles;        // language -> title
    QMap<QString, QString> systemPrompts; // language -> system message
    QList<SuiteItem> items;

    QString title(const QString& language) const { return titles.value(language); }
    QString systemPrompt(const QString& language) const { return systemPrompts.value(language); }
};

// Reads a suite from its JSON bytes (benchmarkSuiteJson() or a file). Throws td::Error with a
// sentence naming the fault when the bytes are not a well-formed suite: not JSON, another
// format, an unknown scoring, an item without one of the fields its scoring needs, an answer
// that is not one of the choices, a language other than zh_CN and en, a duplicate id, no items,
// or no system prompt in a language that items use.
Suite parseSuite(const QByteArray& json);

// parseSuite() on the contents of the file at `path`; throws td::Error when it cannot be read.
Suite readSuiteFile(const QString& path);

// The user message that asks the model `item`: for multiple choice the question followed by
// one line per choice ("A. ..."), for code the prompt.
QString userMessage(const Suite& suite, const SuiteItem& item);

} // namespace td::bench
