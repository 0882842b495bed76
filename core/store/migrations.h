#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace td {

// One numbered step of the schema. Steps run in order, each in its own transaction together
// with the row that records it in schema_version, so a failed step leaves the previous version.
struct Migration
{
    int version = 0;
    const char* summary = "";
    QStringList (*statements)(const Dialect& dialect) = nullptr;
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// 0 for an empty database.
int schemaVersionOf(const QSqlDatabase& db);
// Applies the steps after the current version up to and including target. A database already
// at target is only read.
void migrate(const QSqlDatabase& db, const Dialect& dialect, int target);

// The steps themselves, one function per version (schema_v1.cpp, ...).
QStringList schemaV1(const Dialect& dialect);
QStringList schemaV2(const Dialect& dialect);
QStringList schemaV3(const Dialect& dialect);
QStringList schemaV4(const Dialect& dialect);
QStringList schemaV5(const Dialect& dialect);
QStringList schemaV6(const Dialect& dialect);
QStringList schemaV7(const Dialect& dialect);
QStringList schemaV8(const Dialect& dialect);
QStringList schemaV9(const Dialect& dialect);
QStringList schemaV10(const Dialect& dialect);
QStringList schemaV11(const Dialect& dialect);

} // namespace td
