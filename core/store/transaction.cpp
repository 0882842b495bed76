#include "transaction.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace td {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw Error(QCoreApplication::translate("Sql", "Could not start a transaction: %1")
                        .arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        m_done = true;
        throw Error(QCoreApplication::translate(
                        "Sql", "Could not save the changes (%1); nothing was written.")
                        .arg(reason));
    }
    m_done = true;
}

} // namespace td
