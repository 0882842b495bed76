#include "documentsearch.h"

#include "store/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace td {

int pageAt(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\f'))) + 1;
}

Snippet snippetAround(const QString& text, qsizetype start, qsizetype length, int context)
{
    const qsizetype from = qMax<qsizetype>(0, start - context);
    const qsizetype to = qMin(text.size(), start + length + context);
    QString shown = text.mid(from, to - from);
    // Line breaks and page breaks would split a one-line snippet; each becomes one space, so
    // the match keeps its offset.
    for (QChar& c : shown)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\f') ||
            c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return {shown, int(start - from)};
}

QList<DocumentHit> searchBidDocuments(const QSqlDatabase& db, qint64 tenderId, const QString& query,
                                      int limit)
{
    QList<DocumentHit> hits;
    if (query.trimmed().isEmpty() || limit <= 0)
        return hits;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT d.id, d.bid_id, o.name, d.file_name, d.kind, d.text_content, "
                       "d.metadata FROM documents d JOIN bids b ON b.id = d.bid_id "
                       "JOIN organizations o ON o.id = b.vendor_id WHERE b.tender_id = ? "
                       "ORDER BY b.id, d.id"),
        {tenderId});
    while (q.next() && hits.size() < limit) {
        DocumentHit base;
        base.documentId = q.value(0).toLongLong();
        base.bidId = q.value(1).toLongLong();
        base.vendor = q.value(2).toString();
        base.fileName = q.value(3).toString();
        base.kind = q.value(4).toString();
        const auto addHits = [&](const QString& text, const QString& field, bool paged) {
            for (qsizetype at = text.indexOf(query, 0, Qt::CaseInsensitive);
                 at >= 0 && hits.size() < limit;
                 at = text.indexOf(query, at + query.size(), Qt::CaseInsensitive)) {
                DocumentHit hit = base;
                hit.field = field;
                hit.page = paged ? pageAt(text, at) : 0;
                const Snippet snippet = snippetAround(text, at, query.size());
                hit.snippet = snippet.text;
                hit.matchStart = snippet.matchStart;
                hit.matchLength = int(query.size());
                hits.append(hit);
            }
        };
        addHits(q.value(5).toString(), QStringLiteral("text"), true);
        const QJsonObject metadata = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
            if (it.value().isString())
                addHits(it.value().toString(), it.key(), false);
    }
    return hits;
}

} // namespace td
