#pragma once

#include "domain/accelerator.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace td {

class AcceleratorRepository
{
public:
    explicit AcceleratorRepository(QSqlDatabase db);

    // Inserts the models not yet in the catalog; entries the user edited are kept as they are,
    // but a known model whose price was never set (no amount, source or date: databases from
    // before the cost model) takes the catalog's price, source and date.
    void addMissing(const QList<Accelerator>& catalog);
    // Whether addMissing(catalog) would write anything; reads only.
    bool lacksAnyOf(const QList<Accelerator>& catalog) const;
    QList<Accelerator> all() const;
    std::optional<Accelerator> byModel(const QString& model) const;
    // Model -> produced in China, for HardwareCheck.
    QHash<QString, bool> domesticByModel() const;

    // Writes the edit of one known model (found by its model name, which does not change) and
    // appends it, before and after, to the audit log. Writes nothing when nothing changed.
    // Runs in the caller's transaction: open one so that the edit and its audit entry are
    // written together. Throws td::Error for an unknown model or an impossible figure.
    void update(const Accelerator& accelerator, const QString& actor);

    // The catalog shipped in resources/catalogs/accelerators.json (embedded).
    static QList<Accelerator> builtInCatalog();
    // Adds the built-in models a database lacks, in one transaction; both programs call it on
    // opening, so a new database has its catalog and an old one gains new models. A database
    // that lacks nothing is only read.
    static void addBuiltInCatalog(const QSqlDatabase& db);

private:
    QList<Accelerator> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace td
