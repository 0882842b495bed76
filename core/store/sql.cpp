#include "sql.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace td::sql {
namespace {

[[noreturn]] void fail(const QSqlQuery& query, const QString& statement)
{
    QString shown = statement.simplified();
    if (shown.size() > 160)
        shown = shown.left(157) + QStringLiteral("...");
    throw Error(QCoreApplication::translate("Sql", "The database refused a statement: %1 (%2)")
                    .arg(query.lastError().text(), shown));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement);
    return query;
}

QSqlQuery& bind(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = prepare(db, statement);
    bind(query, values);
    exec(query);
    return query;
}

void execute(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(query, statement);
}

void takeLock(const QSqlDatabase& db, const QString& lockStatement)
{
    if (!lockStatement.isEmpty())
        run(db, lockStatement);
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant fromDateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return utc.toUTC().toString(Qt::ISODate);
}

QDateTime toDateTime(const QVariant& stored)
{
    if (stored.isNull())
        return {};
    QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace td::sql
