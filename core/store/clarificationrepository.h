#pragma once

#include "domain/tender.h"

#include <QSqlDatabase>

namespace td {

// Questions bidders ask about a tender and the buyer's answers. The asker is kept for the
// buyer's records only; what is published never names them.
class ClarificationRepository
{
public:
    explicit ClarificationRepository(QSqlDatabase db);

    // Records a question and sets its id.
    void ask(qint64 tenderId, Clarification& clarification);
    // Writes the answer of an unanswered question; false when it is unknown or already answered
    // (a published answer is never rewritten: a correction is an amendment).
    bool answer(qint64 tenderId, qint64 clarificationId, const QString& answer,
                const QDateTime& answeredAt);

private:
    QSqlDatabase m_db;
};

} // namespace td
