#include "searchtext.h"

#include <QRegularExpression>

namespace td::search {
namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

enum class Kind
{
    Separator,
    Cjk,
    Word
};

Kind kindOf(char32_t c)
{
    if (isCjk(c))
        return Kind::Cjk;
    if (QChar::isLetterOrNumber(c))
        return Kind::Word;
    return Kind::Separator;
}

void flushCjk(const QList<char32_t>& run, QStringList& out)
{
    if (run.size() == 1) {
        out.append(QString::fromUcs4(run.constData(), 1));
        return;
    }
    for (qsizetype i = 0; i + 1 < run.size(); ++i)
        out.append(QString::fromUcs4(run.constData() + i, 2));
}

QString quoted(const QString& token, QChar quote)
{
    QString escaped = token;
    escaped.replace(quote, QString(2, quote));
    return quote + escaped + quote;
}

QString tsLexeme(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QStringList tokens(const QString& text)
{
    QStringList out;
    QList<char32_t> cjkRun;
    QString word;
    auto flush = [&] {
        if (!cjkRun.isEmpty())
            flushCjk(cjkRun, out);
        cjkRun.clear();
        if (!word.isEmpty())
            out.append(word.toLower());
        word.clear();
    };
    for (char32_t c : text.toUcs4()) {
        switch (kindOf(c)) {
        case Kind::Cjk:
            if (!word.isEmpty()) {
                out.append(word.toLower());
                word.clear();
            }
            cjkRun.append(c);
            break;
        case Kind::Word:
            if (!cjkRun.isEmpty()) {
                flushCjk(cjkRun, out);
                cjkRun.clear();
            }
            word += QString::fromUcs4(&c, 1);
            break;
        case Kind::Separator:
            flush();
            break;
        }
    }
    flush();
    return out;
}

QList<Term> parseQuery(const QString& query)
{
    QList<Term> terms;
    const QStringList words =
        query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        Term term;
        term.phrase = tokens(word);
        if (term.phrase.isEmpty())
            continue;
        // A lone Chinese character or a Latin word may be the start of a longer token: search
        // it as a prefix so that results appear while the user is still typing.
        const QString& last = term.phrase.last();
        const bool loneCjk = last.toUcs4().size() == 1 && isCjk(last.toUcs4().first());
        const bool latin = !isCjk(last.toUcs4().first());
        term.prefix = loneCjk || latin;
        terms.append(term);
    }
    return terms;
}

QString toFts5(const QList<Term>& terms)
{
    QStringList parts;
    for (const Term& term : terms)
        parts.append(quoted(term.phrase.join(QLatin1Char(' ')), QLatin1Char('"')) +
                     (term.prefix ? QStringLiteral("*") : QString()));
    return parts.join(QLatin1String(" AND "));
}

QString toTsQuery(const QList<Term>& terms)
{
    QStringList parts;
    for (const Term& term : terms) {
        QStringList lexemes;
        for (qsizetype i = 0; i < term.phrase.size(); ++i) {
            QString lexeme = tsLexeme(term.phrase.at(i));
            if (term.prefix && i == term.phrase.size() - 1)
                lexeme += QLatin1String(":*");
            lexemes.append(lexeme);
        }
        parts.append(QLatin1Char('(') + lexemes.join(QLatin1String(" <-> ")) + QLatin1Char(')'));
    }
    return parts.join(QLatin1String(" & "));
}

QString toTsVector(const QStringList& tokens)
{
    // tsvector positions stop at 16383; later tokens share the last position, which only
    // weakens phrase matching deep inside very long descriptions.
    QStringList parts;
    parts.reserve(tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i)
        parts.append(tsLexeme(tokens.at(i)) + QLatin1Char(':') +
                     QString::number(qMin<qsizetype>(i + 1, 16383)));
    return parts.join(QLatin1Char(' '));
}

} // namespace td::search
