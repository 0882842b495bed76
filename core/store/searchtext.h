#pragma once

#include <QString>
#include <QStringList>

// Full-text search that works the same on SQLite FTS5 and PostgreSQL, for Chinese and Latin
// text alike. Neither engine segments Chinese words by default, so the text is indexed as
// overlapping character bigrams (知识库 -> 知识 识库), the classic CJK approach; Latin words and
// numbers are indexed whole, lowercased. A query is turned into phrases of the same tokens.
namespace td::search {

// The space-separated tokens to index for a text.
QStringList tokens(const QString& text);

// One term of a query: tokens that must appear consecutively, the last one maybe a prefix.
struct Term
{
    QStringList phrase;
    bool prefix = false;
};

// Every whitespace-separated word of the user's query becomes a term; all terms must match.
QList<Term> parseQuery(const QString& query);

// The query in FTS5 MATCH syntax: "知识 识库" AND "deepseek"*
QString toFts5(const QList<Term>& terms);
// The query in PostgreSQL tsquery syntax: '知识' <-> '识库' & 'deepseek':*
QString toTsQuery(const QList<Term>& terms);
// The document in PostgreSQL tsvector syntax, with positions so that phrases match.
QString toTsVector(const QStringList& tokens);

} // namespace td::search
