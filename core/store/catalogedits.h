#pragma once

#include "domain/accelerator.h"
#include "domain/hosting.h"

#include <QList>
#include <QSqlDatabase>

namespace td {

// The entries of the cost catalogs someone edited (the GUI's catalog editor), each as it
// should be stored.
struct CatalogEdits
{
    QList<Accelerator> accelerators;
    QList<HostingOption> hostingOptions;
    QList<ComputeVoucher> vouchers;

    bool isEmpty() const
    {
        return accelerators.isEmpty() && hostingOptions.isEmpty() && vouchers.isEmpty();
    }
};

// Writes every edit, each with its audit entry, in one transaction: all of them or, when one
// is refused (td::Error), none.
void saveCatalogEdits(const QSqlDatabase& db, const CatalogEdits& edits, const QString& actor);

} // namespace td
