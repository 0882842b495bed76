#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace td {

// RAII transaction: rolls back unless commit() was reached, so an exception or an early return
// anywhere in between leaves nothing half-written.
// Every transaction here may write, so it begins as a writer (Dialect::beginWriteTransaction):
// on SQLite it holds the write lock from the start, waiting up to the busy timeout while
// another program writes, and what it reads stays true until it commits.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    // Runs BEGIN, COMMIT or ROLLBACK: the dialect's own statements when it has them, so that
    // the three always come from the same place, else the driver's.
    bool begin();
    bool end(bool commit);
    bool control(const QString& statement);
    [[noreturn]] void failToBegin() const;

    QSqlDatabase m_db;
    QString m_begin;   // empty: the driver begins, commits and rolls back
    QSqlError m_error; // of the last control statement that failed
    bool m_done = false;
};

} // namespace td
