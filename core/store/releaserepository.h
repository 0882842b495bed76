#pragma once

#include "domain/tenderrelease.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace td {

// The releases of tenders. Rows are written once and never changed: the database itself
// refuses updates and deletes (Dialect::refuseChanges).
class ReleaseRepository
{
public:
    explicit ReleaseRepository(QSqlDatabase db);

    // Appends inside the caller's transaction and sets release.id.
    void append(TenderRelease& release);
    QList<TenderRelease> forTender(qint64 tenderId) const; // by number
    std::optional<TenderRelease> latest(qint64 tenderId) const;
    int count(qint64 tenderId) const;
    // Every release of every tender, one at a time in the order written, so that checking them
    // all never holds them all in memory.
    void forEach(const std::function<void(const TenderRelease&)>& visit) const;

    static QString kindCode(ReleaseKind kind);

private:
    QSqlDatabase m_db;
};

} // namespace td
