#include "tenderpageloader.h"

namespace td {

TenderPageLoader::TenderPageLoader(TenderQuery query, int pageSize)
    : m_query(std::move(query))
    , m_pageSize(pageSize)
{}

QList<TenderRow> TenderPageLoader::load(const QSqlDatabase& db, int page)
{
    // The nearest page before this one whose end is known.
    int from = -1;
    for (auto it = m_anchorAfterPage.cbegin(); it != m_anchorAfterPage.cend(); ++it)
        if (it.key() < page && it.key() > from)
            from = it.key();
    std::optional<KeysetAnchor> after;
    if (from >= 0)
        after = m_anchorAfterPage.value(from);
    m_lastSkip = qint64(page - from - 1) * m_pageSize;
    QList<TenderRow> rows = m_query.page(db, after, m_lastSkip, m_pageSize);
    if (!rows.isEmpty())
        m_anchorAfterPage.insert(page, KeysetAnchor{rows.constLast().sortKey, rows.constLast().id});
    return rows;
}

} // namespace td
