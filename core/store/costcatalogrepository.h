#pragma once

#include "domain/hosting.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

class QJsonObject;

namespace td {

// The catalogs of the cost model besides accelerators: hosting options (where a deployment
// runs, at what electricity price and PUE, which vouchers are accepted there) and compute
// vouchers by city. Both keep the order of the built-in files, then the order of addition.
class CostCatalogRepository
{
public:
    explicit CostCatalogRepository(QSqlDatabase db);

    QList<HostingOption> hostingOptions() const;
    std::optional<HostingOption> hostingOption(const QString& id) const;
    QList<ComputeVoucher> vouchers() const;
    std::optional<ComputeVoucher> voucher(const QString& city) const;

    // Insert the entries not yet in the database; entries the user edited are kept as they
    // are. Vouchers go first: hosting options name the cities of known vouchers.
    void addMissing(const QList<ComputeVoucher>& vouchers);
    void addMissing(const QList<HostingOption>& options);
    // Whether addMissing would write any of these; reads only.
    bool lacksAnyOf(const QList<ComputeVoucher>& vouchers,
                    const QList<HostingOption>& options) const;

    // Write the edit of one known entry (found by its id or city, which do not change) and
    // append it, before and after, to the audit log; nothing is written when nothing changed.
    // They run in the caller's transaction: open one so that the edit and its audit entry are
    // written together. Throw td::Error for an unknown entry or an impossible figure.
    void update(const HostingOption& edited, const QString& actor);
    void update(const ComputeVoucher& voucher, const QString& actor);

    // The catalogs shipped in resources/catalogs/hosting.json and vouchers.json (embedded).
    static QList<HostingOption> builtInHostingOptions();
    static QList<ComputeVoucher> builtInVouchers();
    // Adds the built-in entries a database lacks, in one transaction; both programs call it on
    // opening, like AcceleratorRepository::addBuiltInCatalog. A database that lacks nothing is
    // only read.
    static void addBuiltInCatalog(const QSqlDatabase& db);

private:
    QList<HostingOption> selectHosting(const QString& where, const QVariantList& values) const;
    QList<ComputeVoucher> selectVouchers(const QString& where, const QVariantList& values) const;
    void writeVoucherCities(const HostingOption& option);
    void audit(const QString& actor, const QString& action, const QString& entity,
               const QString& id, const QJsonObject& before, const QJsonObject& after);

    QSqlDatabase m_db;
};

} // namespace td
