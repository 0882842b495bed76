#include "answerextraction.h"

#include <QRegularExpression>
#include <QSet>

namespace td::bench {

namespace {

using Pattern = QRegularExpression;

// The letter class of `letters` for a regular expression, e.g. "[ABCD]".
QString letterClass(const QStringList& letters, bool withLowerCase)
{
    QString chars;
    for (const QString& letter : letters) {
        if (letter.isEmpty())
            continue;
        chars += QRegularExpression::escape(letter.left(1).toUpper());
        if (withLowerCase)
            chars += QRegularExpression::escape(letter.left(1).toLower());
    }
    return u'[' + chars + u']';
}

// A letter standing alone (not inside a Latin word or a number), maybe in brackets; capture 1.
QString standalone(const QString& letters)
{
    return QStringLiteral("(?<![A-Za-z0-9])[(\\[【]?\\s*(%1)\\s*[)\\]】]?(?![A-Za-z0-9])")
        .arg(letters);
}

// The text the rules read: no reasoning, full-width forms folded to ASCII (Ｃ, （, ：), no
// Markdown emphasis or code marks around letters.
QString normalizedAnswer(const QString& output)
{
    QString text = withoutReasoning(output).normalized(QString::NormalizationForm_KC);
    text.remove(u'*');
    text.remove(u'`');
    return text;
}

// The patterns of rules 1 to 3, strongest first; `L` is standalone() of the letters.
QList<QList<Pattern>> markerTiers(const QString& L)
{
    const QString sep = QStringLiteral("(?:\\s|[:=\\-]|(?i:is|was|would\\s+be|should\\s+be|will\\s+"
                                       "be|must\\s+be)(?![A-Za-z]))*");
    const QString option = QStringLiteral("(?:(?i:option|choice)\\s*)?");
    const QString zhSep =
        QStringLiteral("(?:\\s|[:=,]|是|为|应该|应当|应|选择|选项|选|就是|只能是)*");
    const QList<Pattern> finalAnswer = {
        Pattern(QStringLiteral("\\\\boxed\\s*\\{\\s*(?:\\\\text(?:bf)?\\s*\\{\\s*)?") + L),
        Pattern(QStringLiteral("(?i:\\bfinal\\s+answer\\b)") + sep + option + L),
        Pattern(QStringLiteral("最终(?:的)?答案") + zhSep + L),
    };
    const QList<Pattern> answer = {
        Pattern(QStringLiteral("(?i:\\banswer\\b)") + sep + option + L),
        Pattern(QStringLiteral("(?i:\\b(?:correct|right|best)\\s+(?:option|choice|one)\\b)") + sep +
                L),
        Pattern(QStringLiteral("答案") + zhSep + L),
        Pattern(QStringLiteral("答\\s*:\\s*") + L),
        Pattern(QStringLiteral("正确(?:的)?(?:选项|答案)?\\s*(?:是|为|:)") + zhSep + L),
    };
    const QList<Pattern> choice = {
        Pattern(QStringLiteral("(?i:\\b(?:choose|select|pick)\\b|\\bgo\\s+with\\b)\\s*") + option +
                L),
        Pattern(QStringLiteral("(?<!不)(?:选择|选(?!项))\\s*") + L),
        Pattern(L + QStringLiteral("\\s*(?:选项|项)?\\s*(?:是|为)?\\s*(?:正确|对)(?![吗么])")),
        Pattern(L + QStringLiteral("\\s+(?i:is\\s+(?:the\\s+)?(?:correct|right|best)\\b)")),
    };
    return {finalAnswer, answer, choice};
}

// The letters one tier of markers names. A marker followed by a second letter ("答案：A、C",
// "The answer is B or D") names both, so that the tier is ambiguous.
QSet<QChar> lettersNamedBy(const QList<Pattern>& tier, const QString& text, const QString& L)
{
    static const QString joiner = QStringLiteral("\\s*(?:[、,/&+]|和|或|及|与|(?i:and|or)\\b)\\s*");
    const Pattern further(joiner + L);
    QSet<QChar> named;
    for (const Pattern& marker : tier) {
        auto matches = marker.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            named.insert(m.captured(1).at(0));
            const QRegularExpressionMatch next =
                further.match(text, m.capturedEnd(0), QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (next.hasMatch())
                named.insert(next.captured(1).at(0));
        }
    }
    return named;
}

std::optional<QChar> theOnly(const QSet<QChar>& letters)
{
    if (letters.size() != 1)
        return std::nullopt;
    return letters.begin()->toUpper();
}

// Rule 5: the last non-empty line is a letter alone, and no other such line names another.
std::optional<QChar> loneLetterOnLastLine(const QString& text, const QString& letters)
{
    const Pattern lone(QStringLiteral("^[(\\[【]?\\s*(%1)\\s*[)\\]】]?\\s*[.:。]?$").arg(letters));
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    if (lines.isEmpty())
        return std::nullopt;
    const QRegularExpressionMatch last = lone.match(lines.constLast());
    if (!last.hasMatch())
        return std::nullopt;
    QSet<QChar> named;
    for (const QString& line : std::as_const(lines)) {
        const QRegularExpressionMatch m = lone.match(line);
        if (m.hasMatch())
            named.insert(m.captured(1).at(0));
    }
    return theOnly(named);
}

} // namespace

QString withoutReasoning(const QString& output)
{
    static const Pattern block(QStringLiteral("<(think|thinking)>.*?</\\1>"),
                               Pattern::CaseInsensitiveOption |
                                   Pattern::DotMatchesEverythingOption);
    QString text = output;
    text.remove(block);
    // The opening tag was part of the prompt: the reasoning is all that precedes the close.
    static const Pattern close(QStringLiteral("</think(?:ing)?>"), Pattern::CaseInsensitiveOption);
    const qsizetype closeAt = text.lastIndexOf(close);
    if (closeAt >= 0) {
        const QRegularExpressionMatch m = close.match(text, closeAt);
        text = text.mid(m.capturedEnd(0));
    }
    // Still thinking when the output ended: there is no answer after the tag.
    static const Pattern open(QStringLiteral("<think(?:ing)?>"), Pattern::CaseInsensitiveOption);
    const qsizetype openAt = text.indexOf(open);
    if (openAt >= 0)
        text.truncate(openAt);
    return text;
}

std::optional<QChar> extractChoiceLetter(const QString& output, const QStringList& letters)
{
    const QString capitals = letterClass(letters, false);
    if (capitals.size() <= 2)
        return std::nullopt;
    const QString text = normalizedAnswer(output);
    const QString L = standalone(capitals);

    for (const QList<Pattern>& tier : markerTiers(L)) {
        const QSet<QChar> named = lettersNamedBy(tier, text, L);
        if (!named.isEmpty())
            return theOnly(named);
    }

    // Rule 4: the letter and nothing else; here a small letter counts too ("c").
    const Pattern alone(QStringLiteral("^\\s*[(\\[【]?\\s*(%1)\\s*[)\\]】]?\\s*[.:。]?\\s*$")
                            .arg(letterClass(letters, true)));
    const QRegularExpressionMatch only = alone.match(text);
    if (only.hasMatch())
        return only.captured(1).at(0).toUpper();

    if (const std::optional<QChar> last = loneLetterOnLastLine(text, capitals))
        return last;

    // Rule 6: one candidate letter in the whole text, however often it appears.
    const Pattern candidate(QStringLiteral("(?<![A-Za-z0-9])(%1)(?![A-Za-z0-9])").arg(capitals));
    QSet<QChar> candidates;
    auto matches = candidate.globalMatch(text);
    while (matches.hasNext())
        candidates.insert(matches.next().captured(1).at(0));
    return theOnly(candidates);
}

QString extractPythonCode(const QString& output)
{
    struct Block
    {
        QString language;
        QStringList lines;
    };
    static const Pattern opening(QStringLiteral("^ {0,3}(`{3,})\\s*([^`\\s]*)[^`]*$"));
    QList<Block> blocks;
    qsizetype fenceLength = 0; // of the open block; 0 outside a block
    const QStringList lines = withoutReasoning(output).split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (fenceLength == 0) {
            const QRegularExpressionMatch m = opening.match(line);
            if (m.hasMatch()) {
                fenceLength = m.capturedLength(1);
                blocks.append(Block{m.captured(2).toLower(), {}});
            }
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.size() >= fenceLength && trimmed == QString(trimmed.size(), u'`')) {
            fenceLength = 0;
            continue;
        }
        blocks.last().lines.append(line);
    }
    if (blocks.isEmpty())
        return withoutReasoning(output).trimmed();

    static const QStringList python = {QStringLiteral("python"), QStringLiteral("py"),
                                       QStringLiteral("python3")};
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it)
        if (python.contains(it->language))
            return it->lines.join(u'\n');
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it)
        if (it->language.isEmpty())
            return it->lines.join(u'\n');
    return {};
}

} // namespace td::bench
