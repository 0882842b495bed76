#include "biddraftrepository.h"

#include "bidjson.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QJsonDocument>

namespace td {

BidDraftRepository::BidDraftRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<BidDraft> BidDraftRepository::forTender(qint64 tenderId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, content, updated_at FROM bid_drafts "
                                          "WHERE tender_id = ? ORDER BY id DESC LIMIT 1"),
                           {tenderId});
    if (!q.next())
        return std::nullopt;
    BidDraft draft;
    draft.id = q.value(0).toLongLong();
    draft.tenderId = tenderId;
    draft.content = bidjson::read(q.value(1).toString().toUtf8());
    draft.updatedAt = sql::toDateTime(q.value(2));
    return draft;
}

BidDraft BidDraftRepository::save(qint64 tenderId, const BidContent& content, const QDateTime& now)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(bidjson::write(content)).toJson(QJsonDocument::Indented));
    Transaction transaction(m_db);
    sql::run(m_db, QStringLiteral("DELETE FROM bid_drafts WHERE tender_id = ?"), {tenderId});
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("INSERT INTO bid_drafts (tender_id, content, "
                                          "updated_at) VALUES (?, ?, ?) RETURNING id"),
                           {tenderId, json, sql::fromDateTime(now)});
    BidDraft draft;
    if (q.next())
        draft.id = q.value(0).toLongLong();
    q.finish(); // SQLite cannot commit while the statement is still open
    transaction.commit();
    draft.tenderId = tenderId;
    draft.content = content;
    draft.updatedAt = now;
    return draft;
}

void BidDraftRepository::remove(qint64 tenderId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM bid_drafts WHERE tender_id = ?"), {tenderId});
}

} // namespace td
