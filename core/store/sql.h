#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// Thin helpers over QSqlQuery that turn every driver failure into a td::Error naming the
// statement, so callers never test return values and never forget one.
namespace td::sql {

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
// Binds values by position. A null QString is bound as '' (Qt would send NULL); a value meant
// as SQL NULL is a null QVariant, e.g. QVariant(QMetaType::fromType<QString>()).
QSqlQuery& bind(QSqlQuery& query, const QVariantList& values);
void exec(QSqlQuery& query);
// Prepares, binds the values in order and executes.
QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
// Runs a statement without preparing it: PostgreSQL cannot prepare DDL, SET or LOCK.
void execute(const QSqlDatabase& db, const QString& statement);
// Takes a lock a Dialect names (lockAuditLog, lockOpeningWrites) inside the current
// transaction; an empty statement means the engine needs none.
void takeLock(const QSqlDatabase& db, const QString& lockStatement);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Nullable columns: an invalid QDateTime becomes SQL NULL, a stored NULL an invalid QDateTime.
QVariant fromDateTime(const QDateTime& utc);
QDateTime toDateTime(const QVariant& stored);

} // namespace td::sql
