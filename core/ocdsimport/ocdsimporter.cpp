#include "ocdsimporter.h"

#include "domain/error.h"
#include "filereleasesource.h"
#include "processwriter.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace td::ocds {

namespace {

// Releases between two calls of the progress callback.
constexpr qint64 progressEvery = 200;

struct Cancelled
{};

} // namespace

OcdsImporter::OcdsImporter(const Database& database)
    : m_database(database)
{}

ImportSummary OcdsImporter::importFile(const QString& path, const ImportOptions& options,
                                       const ImportProgress& progress)
{
    ImportSummary summary;
    summary.file = path;
    try {
        FileReleaseSource source(path, options.shape, summary.warnings, options.wholeValueLimit);
        importSource(source, path, options, progress, summary);
    } catch (const JsonSyntaxError& e) {
        summary.error =
            tr("%1:%2: %3 Nothing of this file was imported.").arg(path).arg(e.line).arg(e.message);
    } catch (const Cancelled&) {
        summary.cancelled = true;
        summary.error = tr("The import of %1 was cancelled; nothing of it was written.").arg(path);
    } catch (const Error& e) {
        summary.error = tr("%1: %2 Nothing of this file was imported.").arg(path, e.message());
    }
    if (!summary.succeeded())
        summary.resetCounts();
    return summary;
}

void OcdsImporter::importSource(ReleaseSource& source, const QString& name,
                                const ImportOptions& options, const ImportProgress& progress,
                                ImportSummary& summary)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery batch =
        sql::run(db,
                 QStringLiteral("INSERT INTO ocds_imports (file_name, shape, "
                                "imported_at, actor) VALUES (?, ?, ?, ?) "
                                "RETURNING id"),
                 {QFileInfo(name).fileName(), shapeCode(options.shape), now, options.actor});
    batch.next();
    const qint64 importId = batch.value(0).toLongLong();
    batch.finish();

    ProcessWriter writer(db, m_database.dialect(), importId, summary);
    // Releases seen in this file, by ocid and id; a hash keeps the set small for huge files.
    QSet<size_t> seen;
    PublishedRelease release;
    while (source.next(release)) {
        if (!release.id.isEmpty()) {
            const size_t key = qHash(release.ocid + QLatin1Char('\n') + release.id, 0);
            if (seen.contains(key)) {
                summary.warnings.append(
                    ImportWarning{release.file, release.line, QStringLiteral("id"),
                                  QStringLiteral("duplicateRelease"),
                                  tr("Release %1 of %2 appears again; the first one is kept.")
                                      .arg(release.id, release.ocid)});
                continue;
            }
            seen.insert(key);
        }
        ++summary.releases;
        writer.write(release);
        if (progress && summary.releases % progressEvery == 0 &&
            !progress(source.done(), source.total()))
            throw Cancelled{};
    }
    summary.shape = source.shape();
    if (progress && !progress(source.done(), source.total()))
        throw Cancelled{};
    if (summary.releases == 0) {
        summary.nothingToImport = true;
        return; // the transaction rolls back the batch record: nothing was imported
    }
    const QString publisher = source.publisher();
    if (!publisher.isEmpty())
        sql::run(db,
                 QStringLiteral("UPDATE tenders SET ocds_publisher = ? WHERE ocds_import_id = ? "
                                "AND ocds_publisher = ''"),
                 {publisher, importId});
    sql::run(db,
             QStringLiteral("UPDATE ocds_imports SET shape = ?, publisher = ?, releases = ?, "
                            "tenders_created = ?, tenders_updated = ?, warnings = ? WHERE id = ?"),
             {shapeCode(summary.shape), publisher, summary.releases, summary.tendersCreated,
              summary.tendersUpdated, summary.warnings.size(), importId});
    transaction.commit();
}

} // namespace td::ocds
