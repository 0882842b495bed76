#include "evaluabletenders.h"

#include "store/sql.h"

namespace td {

QList<TenderStatus> evaluableStatuses()
{
    return {TenderStatus::Opened, TenderStatus::Evaluated, TenderStatus::Awarded,
            TenderStatus::Complete};
}

QList<EvaluableTender> evaluableTenders(const QSqlDatabase& db, const QString& text, int limit)
{
    QStringList marks;
    QVariantList values;
    for (TenderStatus status : evaluableStatuses()) {
        marks.append(QStringLiteral("?"));
        values.append(codeOf(status));
    }
    QString where = QStringLiteral("t.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    if (const QString words = text.trimmed(); !words.isEmpty()) {
        // The text as typed, its LIKE wildcards taken literally.
        QString pattern = words.toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        where += QStringLiteral(" AND (lower(t.reference) LIKE ? ESCAPE '\\' OR lower(t.title) "
                                "LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }
    values.append(limit);
    // The latest opening first: the tenders being evaluated now come before those awarded long
    // ago (the bid deadline's index orders them; the opening follows it).
    QSqlQuery q =
        sql::run(db,
                 QStringLiteral("SELECT t.id, t.reference, t.title, o.name, t.status, "
                                "t.opening_at, t.time_zone FROM tenders t JOIN organizations o ON "
                                "o.id = t.buyer_id WHERE %1 ORDER BY t.bid_deadline "
                                "DESC, t.id DESC LIMIT ?")
                     .arg(where),
                 values);
    QList<EvaluableTender> tenders;
    while (q.next()) {
        EvaluableTender t;
        t.id = q.value(0).toLongLong();
        t.reference = q.value(1).toString();
        t.title = q.value(2).toString();
        t.buyerName = q.value(3).toString();
        t.status = parseCode<TenderStatus>(q.value(4).toString()).value_or(TenderStatus::Opened);
        t.openingAt = sql::toDateTime(q.value(5));
        t.timeZone = q.value(6).toString();
        tenders.append(t);
    }
    return tenders;
}

} // namespace td
