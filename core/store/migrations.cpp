#include "migrations.h"

#include "domain/error.h"
#include "sql.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMigrations, "tenderdesk.core.store.migrations", QtWarningMsg)

namespace td {

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = {
        {1, "tenders, lots, criteria, bids, awards, benchmarks, catalog, audit log", &schemaV1},
        {2, "the benchmark suite of a tender", &schemaV2},
        {3, "tender releases and sealing keys", &schemaV3},
        {4, "cost catalogs", &schemaV4},
        {5, "benchmark samples for every metric", &schemaV5},
        {6, "audit anchors in releases; an append-only audit log", &schemaV6},
        {7, "the capacity bound of the cost-to-serve", &schemaV7},
        {8, "what a tender buys: goods, services or both", &schemaV8},
        {9, "sealed bids: required documents, identities, submissions, opened bids", &schemaV9},
        {10, "the evaluation: settings, compliance overrides, explanations, scores kept",
         &schemaV10},
        {11, "OCDS imports: where imported processes come from, awards without bids", &schemaV11},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

int schemaVersionOf(const QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    return sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt();
}

void migrate(const QSqlDatabase& db, const Dialect& dialect, int target)
{
    const int current = schemaVersionOf(db);
    for (const Migration& step : migrations()) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction transaction(db);
        sql::takeLock(db, dialect.lockOpeningWrites());
        // Another program opening the same database may have taken this step while this one
        // waited for the write lock.
        if (schemaVersionOf(db) >= step.version)
            continue;
        qCInfo(lcMigrations) << "migrating to schema version" << step.version << step.summary;
        for (const QString& statement : step.statements(dialect))
            sql::execute(db, dialect.expand(statement));
        sql::run(db,
                 QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                 {step.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        transaction.commit();
    }
}

} // namespace td
