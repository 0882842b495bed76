#include "clarificationrepository.h"

#include "sql.h"

namespace td {

ClarificationRepository::ClarificationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void ClarificationRepository::ask(qint64 tenderId, Clarification& c)
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO clarifications (tender_id, asked_at, "
                       "asker_id, question) VALUES (?, ?, ?, ?) RETURNING id"),
        {tenderId, sql::fromDateTime(c.askedAt),
         c.askerId ? QVariant(c.askerId) : QVariant(QMetaType::fromType<qint64>()), c.question});
    q.next();
    c.id = q.value(0).toLongLong();
}

bool ClarificationRepository::answer(qint64 tenderId, qint64 clarificationId, const QString& answer,
                                     const QDateTime& answeredAt)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("UPDATE clarifications SET answer = ?, answered_at = ? "
                                          "WHERE id = ? AND tender_id = ? AND answer IS NULL"),
                           {answer, sql::fromDateTime(answeredAt), clarificationId, tenderId});
    return q.numRowsAffected() == 1;
}

} // namespace td
