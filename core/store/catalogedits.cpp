#include "catalogedits.h"

#include "acceleratorrepository.h"
#include "costcatalogrepository.h"
#include "transaction.h"

namespace td {

void saveCatalogEdits(const QSqlDatabase& db, const CatalogEdits& edits, const QString& actor)
{
    Transaction transaction(db);
    AcceleratorRepository accelerators(db);
    for (const Accelerator& a : edits.accelerators)
        accelerators.update(a, actor);
    CostCatalogRepository costs(db);
    // Vouchers first: a hosting option may name a city whose voucher was just edited.
    for (const ComputeVoucher& v : edits.vouchers)
        costs.update(v, actor);
    for (const HostingOption& h : edits.hostingOptions)
        costs.update(h, actor);
    transaction.commit();
}

} // namespace td
