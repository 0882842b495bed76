#pragma once

#include "domain/bidcontent.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace td {

// A vendor's bid being prepared on its desk, before it is sealed.
struct BidDraft
{
    qint64 id = 0;
    qint64 tenderId = 0;
    BidContent content;
    QDateTime updatedAt;
};

// The vendor's drafts (bid_drafts): one per tender, its content the BID.json the desk seals
// (bidjson.h), written and read back with the same reader as a BID.json file, so that a draft
// and a file never mean different things. A stored draft that no longer reads (edited by hand)
// throws bidjson::BidJsonError naming its fields rather than losing what it holds.
class BidDraftRepository
{
public:
    explicit BidDraftRepository(QSqlDatabase db);

    std::optional<BidDraft> forTender(qint64 tenderId) const;
    // Writes the tender's draft (the one there is replaced), in one transaction.
    BidDraft save(qint64 tenderId, const BidContent& content, const QDateTime& now);
    void remove(qint64 tenderId);

private:
    QSqlDatabase m_db;
};

} // namespace td
