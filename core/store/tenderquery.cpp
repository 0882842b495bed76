#include "tenderquery.h"

#include "sql.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace td {

TenderQuery::TenderQuery(const Dialect& dialect, TenderFilter filter, TenderOrder order)
    : m_dialect(dialect)
    , m_filter(std::move(filter))
    , m_order(order)
    , m_text(m_dialect.queryText(m_filter.text))
{}

QStringList TenderQuery::sortExpressions() const
{
    switch (m_order.column) {
    case TenderColumn::Reference:
        return {QStringLiteral("t.reference")};
    case TenderColumn::Title:
        return {QStringLiteral("t.title")};
    case TenderColumn::Buyer:
        return {QStringLiteral("o.short_name"), QStringLiteral("o.id")};
    case TenderColumn::Category:
        return {QStringLiteral("t.category")};
    case TenderColumn::Method:
        return {QStringLiteral("t.procurement_method")};
    case TenderColumn::Status:
        return {QStringLiteral("t.status")};
    case TenderColumn::Budget:
        return {QStringLiteral("t.budget_minor")};
    case TenderColumn::Published:
        return {QStringLiteral("t.published_at")};
    case TenderColumn::BidDeadline:
        break;
    }
    return {QStringLiteral("t.bid_deadline")};
}

bool TenderQuery::sortKeyNullable() const
{
    return m_order.column == TenderColumn::Published || m_order.column == TenderColumn::BidDeadline;
}

QString TenderQuery::whereClause(QVariantList& values, bool dense) const
{
    QStringList conditions;
    if (!m_text.isEmpty()) {
        // "+t.id" keeps the planner from driving the query by the id list, so that it walks
        // the sort index instead (both engines read it as a plain unary plus).
        conditions.append((dense ? QStringLiteral("+t.id IN (") : QStringLiteral("t.id IN (")) +
                          m_dialect.tenderIdsMatching() + QLatin1Char(')'));
        values.append(m_text);
    }
    if (!m_filter.status.isEmpty()) {
        conditions.append(QStringLiteral("t.status = ?"));
        values.append(m_filter.status);
    }
    if (!m_filter.category.isEmpty()) {
        conditions.append(QStringLiteral("t.category = ?"));
        values.append(m_filter.category);
    }
    if (m_filter.buyerId > 0) {
        conditions.append(QStringLiteral("t.buyer_id = ?"));
        values.append(m_filter.buyerId);
    }
    if (m_filter.year > 0) {
        // The year as buyers see it: in China Standard Time, stored as UTC text.
        const QTimeZone china("Asia/Shanghai");
        const auto bound = [&](int year) {
            return QDateTime(QDate(year, 1, 1), QTime(0, 0), china).toUTC().toString(Qt::ISODate);
        };
        conditions.append(QStringLiteral("t.published_at >= ? AND t.published_at < ?"));
        values.append(bound(m_filter.year));
        values.append(bound(m_filter.year + 1));
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

bool TenderQuery::onlyText() const
{
    TenderFilter withoutText = m_filter;
    withoutText.text.clear();
    return !m_text.isEmpty() && withoutText == TenderFilter();
}

qint64 TenderQuery::textMatches(const QSqlDatabase& db) const
{
    if (!m_textMatches)
        m_textMatches = sql::scalar(db, m_dialect.countMatching(), {m_text}).toLongLong();
    return *m_textMatches;
}

bool TenderQuery::textIsDense(const QSqlDatabase& db) const
{
    if (m_text.isEmpty())
        return false;
    // Walking the sort index costs a cheap index step per tender passed (about 256 / share of
    // matches for a page); fetching and sorting costs a random row read per match. The two
    // meet near a quarter of a percent. The highest id stands for the number of tenders.
    const qint64 tenders =
        sql::scalar(db, QStringLiteral("SELECT max(id) FROM tenders")).toLongLong();
    return textMatches(db) * 400 > tenders;
}

qint64 TenderQuery::count(const QSqlDatabase& db) const
{
    if (onlyText())
        return textMatches(db); // the index counts its matches far faster than a join

    QVariantList values;
    const QString where = whereClause(values);
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM tenders t") + where, values)
        .toLongLong();
}

QList<TenderRow> TenderQuery::page(const QSqlDatabase& db, const std::optional<KeysetAnchor>& after,
                                   qint64 skip, int limit) const
{
    QVariantList values;
    QString where = whereClause(values, textIsDense(db));
    const QStringList keys = sortExpressions();
    const bool ascending = m_order.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (after) {
        // NULL keys sort first ascending and last descending (as SQLite does, and as the
        // dialect makes PostgreSQL do), so the rows after an anchor depend on its key's NULL.
        // Only single-column keys can be NULL.
        const QString& key = keys.constFirst();
        const QString cmp = ascending ? QStringLiteral(">") : QStringLiteral("<");
        QString keyset;
        if (after->sortKey.value(0).isNull()) {
            keyset = ascending ? QStringLiteral("((%1 IS NULL AND t.id > ?) OR %1 IS NOT NULL)")
                               : QStringLiteral("(%1 IS NULL AND t.id < ?)");
            keyset = keyset.arg(key);
            values.append(after->id);
        } else {
            const QString parameterMarks = QStringLiteral("?, ").repeated(keys.size());
            keyset = QStringLiteral("((%1, t.id) %2 (%3?)")
                         .arg(keys.join(QStringLiteral(", ")), cmp, parameterMarks);
            if (!ascending && sortKeyNullable())
                keyset += QStringLiteral(" OR %1 IS NULL").arg(key);
            keyset += QLatin1Char(')');
            values += after->sortKey;
            values.append(after->id);
        }
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + keyset;
    }
    QStringList orderBy;
    for (const QString& key : keys)
        orderBy.append(key + direction + m_dialect.nullsLikeSqlite(m_order.order));
    orderBy.append(QStringLiteral("t.id") + direction);
    const QString order = QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    // The page's ids first, from the indexes alone: skipping rows then costs an index step
    // each, not a joined and fully built row. Then the page itself.
    const bool needsBuyer = m_order.column == TenderColumn::Buyer;
    const QString ids =
        QStringLiteral("SELECT t.id FROM tenders t") +
        (needsBuyer ? QStringLiteral(" JOIN organizations o ON o.id = t.buyer_id") : QString()) +
        where + order + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString statement =
        QStringLiteral("SELECT t.id, t.reference, t.title, o.short_name, t.category, "
                       "t.procurement_method, t.status, t.budget_minor, t.currency, "
                       "t.published_at, t.bid_deadline, %1 FROM tenders t JOIN organizations o "
                       "ON o.id = t.buyer_id WHERE t.id IN (%2)")
            .arg(keys.join(QStringLiteral(", ")), ids) +
        order;
    values.append(limit);
    values.append(skip);
    QSqlQuery q = sql::run(db, statement, values);
    QList<TenderRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        TenderRow r;
        r.id = q.value(0).toLongLong();
        r.reference = q.value(1).toString();
        r.title = q.value(2).toString();
        r.buyerName = q.value(3).toString();
        r.category = parseCode<TenderCategory>(q.value(4).toString())
                         .value_or(TenderCategory::KnowledgeAssistant);
        r.method = parseCode<ProcurementMethod>(q.value(5).toString())
                       .value_or(ProcurementMethod::OpenTender);
        r.status = parseCode<TenderStatus>(q.value(6).toString()).value_or(TenderStatus::Draft);
        r.budget = Money(q.value(7).toLongLong(), q.value(8).toString());
        r.publishedAt = sql::toDateTime(q.value(9));
        r.bidDeadline = sql::toDateTime(q.value(10));
        for (int k = 0; k < keys.size(); ++k)
            r.sortKey.append(q.value(11 + k));
        rows.append(r);
    }
    return rows;
}

} // namespace td
