#pragma once

#include <QSqlDatabase>

namespace td {

// RAII transaction: rolls back unless commit() was reached, so an exception or an early return
// anywhere in between leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace td
