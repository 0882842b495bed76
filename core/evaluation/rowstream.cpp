#include "rowstream.h"

#include "domain/error.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace td {

namespace {

QString failure(const QString& statement, const QString& why)
{
    return QCoreApplication::translate("td", "Cannot read the database (%1): %2")
        .arg(statement.left(60), why);
}

class SqliteRows final : public RowStream
{
public:
    SqliteRows(sqlite3* handle, const QString& statement, const QVariantList& values)
        : m_handle(handle)
    {
        const QByteArray sql = statement.toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            throw Error(failure(statement, QString::fromUtf8(sqlite3_errmsg(handle))));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            if (v.typeId() == QMetaType::QString) {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
            }
        }
        m_statementText = statement;
    }
    ~SqliteRows() override { sqlite3_finalize(m_statement); }

    bool next() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw Error(failure(m_statementText, QString::fromUtf8(sqlite3_errmsg(m_handle))));
        return false;
    }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    std::string_view text(int column) const override
    {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return t ? std::string_view(t, std::size_t(sqlite3_column_bytes(m_statement, column)))
                 : std::string_view();
    }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_statementText;
};

class QtRows final : public RowStream
{
public:
    QtRows(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
        : m_query(db)
    {
        if (!m_query.prepare(statement))
            throw Error(failure(statement, m_query.lastError().text()));
        sql::bind(m_query, values);
        sql::exec(m_query);
    }
    bool next() override
    {
        if (!m_query.next())
            return false;
        m_texts.clear();
        return true;
    }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    std::string_view text(int column) const override
    {
        QByteArray& held = m_texts[column];
        held = m_query.value(column).toString().toUtf8();
        return {held.constData(), std::size_t(held.size())};
    }

private:
    QSqlQuery m_query;
    mutable QHash<int, QByteArray> m_texts;
};

} // namespace

std::unique_ptr<RowStream> streamRows(const QSqlDatabase& db, const QString& statement,
                                      const QVariantList& values)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            if (sqlite3* h = *static_cast<sqlite3* const*>(handle.constData()))
                return std::make_unique<SqliteRows>(h, statement, values);
    }
    return std::make_unique<QtRows>(db, statement, values);
}

} // namespace td
