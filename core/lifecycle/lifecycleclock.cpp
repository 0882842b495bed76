#include "lifecycleclock.h"

#include "store/auditlog.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "tenderlifecycle.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace td {

int advanceTendersByClock(const Database& database, const QDateTime& nowUtc)
{
    QSqlDatabase db = database.connection();
    const QString now = nowUtc.toUTC().toString(Qt::ISODate);
    // Only tenders the clock can move, found through the status index. Processes imported
    // from published data (OCDS) have the status their publisher gave them: no clock here
    // moves them.
    QSqlQuery due = sql::run(
        db,
        QStringLiteral("SELECT id, reference, status, published_at, bid_deadline FROM tenders "
                       "WHERE status IN ('published', 'tendering') AND (published_at <= ? OR "
                       "bid_deadline <= ?) AND origin <> 'openData' ORDER BY id"),
        {now, now});
    struct Move
    {
        qint64 id;
        QString reference;
        TenderStatus from;
        TenderStatus to;
    };
    QList<Move> moves;
    while (due.next()) {
        Tender t;
        t.status = parseCode<TenderStatus>(due.value(2).toString()).value_or(TenderStatus::Draft);
        t.publishedAt = sql::toDateTime(due.value(3));
        t.bidDeadline = sql::toDateTime(due.value(4));
        if (const std::optional<TenderStatus> next = lifecycle::timeDriven(t, nowUtc))
            moves.append({due.value(0).toLongLong(), due.value(1).toString(), t.status, *next});
    }
    if (moves.isEmpty())
        return 0;
    Transaction transaction(db);
    AuditLog audit(db, database.dialect());
    int moved = 0;
    for (const Move& m : moves) {
        // The status in the WHERE keeps a second desk from moving the same tender twice.
        QSqlQuery update = sql::run(db,
                                    QStringLiteral("UPDATE tenders SET status = ?, updated_at = ? "
                                                   "WHERE id = ? AND status = ?"),
                                    {codeOf(m.to), now, m.id, codeOf(m.from)});
        if (update.numRowsAffected() != 1)
            continue;
        ++moved;
        const QJsonObject payload{{QStringLiteral("from"), codeOf(m.from)},
                                  {QStringLiteral("to"), codeOf(m.to)},
                                  {QStringLiteral("by"), QStringLiteral("clock")}};
        audit.append(QStringLiteral("tenderdesk"), QStringLiteral("tender.status"),
                     QStringLiteral("tender"), m.reference,
                     QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    }
    transaction.commit();
    return moved;
}

} // namespace td
