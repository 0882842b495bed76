#pragma once

#include "importreport.h"
#include "jsonscanner.h"
#include "releasesource.h"

#include <QCoreApplication>

#include <functional>

namespace td {
class Database;
}

namespace td::ocds {

// Called as the import goes (bytes read of the total); returning false cancels it.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportOptions
{
    FileShape shape = FileShape::Detect; // FileShape::Detect: from the content
    QString actor;                       // who imports, for the batch record
    // Top-level values bigger than this are read element by element (tests make it small).
    qint64 wholeValueLimit = JsonScanner::defaultWholeValueLimit;
};

// Imports OCDS data into the tender database, all or nothing per file: one transaction per
// file, rolled back on any error or on cancel, so that a file that fails (broken JSON, nothing
// OCDS in it) leaves the database exactly as it was. What it survived is in the summary's
// warnings; why a file failed is its error.
class OcdsImporter
{
    Q_DECLARE_TR_FUNCTIONS(td::ocds::OcdsImporter)

public:
    explicit OcdsImporter(const Database& database);

    ImportSummary importFile(const QString& path, const ImportOptions& options,
                             const ImportProgress& progress = {});
    // The same from any source of releases; `name` stands for the file in messages.
    void importSource(ReleaseSource& source, const QString& name, const ImportOptions& options,
                      const ImportProgress& progress, ImportSummary& summary);

private:
    const Database& m_database;
};

} // namespace td::ocds
