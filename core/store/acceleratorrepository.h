#pragma once

#include "domain/accelerator.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace td {

class AcceleratorRepository
{
public:
    explicit AcceleratorRepository(QSqlDatabase db);

    // Inserts the models not yet in the catalog; entries the user edited are kept as they are.
    void addMissing(const QList<Accelerator>& catalog);
    QList<Accelerator> all() const;
    // Model -> produced in China, for HardwareCheck.
    QHash<QString, bool> domesticByModel() const;

    // The catalog shipped in resources/catalogs/accelerators.json (embedded).
    static QList<Accelerator> builtInCatalog();
    // Adds the built-in models a database lacks, in one transaction; both programs call it on
    // opening, so a new database has its catalog and an old one gains new models.
    static void addBuiltInCatalog(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
};

} // namespace td
