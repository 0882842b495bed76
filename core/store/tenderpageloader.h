#pragma once

#include "tenderquery.h"

#include <QHash>

namespace td {

// Loads pages of one TenderQuery and remembers where each loaded page ended, so the next page
// (or one near it) is found by keyset instead of by counting rows from the start. Used from
// one thread at a time (the list model's worker).
class TenderPageLoader
{
public:
    TenderPageLoader(TenderQuery query, int pageSize);

    QList<TenderRow> load(const QSqlDatabase& db, int page);
    const TenderQuery& query() const { return m_query; }
    // Rows a load skipped to reach its page: 0 when an anchor sat right before it.
    qint64 lastSkip() const { return m_lastSkip; }

private:
    TenderQuery m_query;
    int m_pageSize;
    QHash<int, KeysetAnchor> m_anchorAfterPage; // page -> its last row
    qint64 m_lastSkip = 0;
};

} // namespace td
