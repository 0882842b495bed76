#pragma once

#include "domain/tenderrelease.h"

#include <QSqlDatabase>

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

    static QString kindCode(ReleaseKind kind);

private:
    QSqlDatabase m_db;
};

} // namespace td
