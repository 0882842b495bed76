#include "transaction.h"

#include "dialect.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace td {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_begin(Dialect::of(m_db).beginWriteTransaction())
{
    if (!begin())
        failToBegin();
}

Transaction::~Transaction()
{
    if (!m_done)
        end(false);
}

void Transaction::commit()
{
    if (!end(true)) {
        const QString reason = m_error.text();
        end(false);
        m_done = true;
        throw Error(QCoreApplication::translate(
                        "Sql", "Could not save the changes (%1); nothing was written.")
                        .arg(reason));
    }
    m_done = true;
}

bool Transaction::begin()
{
    if (!m_begin.isEmpty())
        return control(m_begin);
    if (m_db.transaction())
        return true;
    m_error = m_db.lastError();
    return false;
}

bool Transaction::end(bool commit)
{
    if (!m_begin.isEmpty())
        return control(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (commit ? m_db.commit() : m_db.rollback())
        return true;
    m_error = m_db.lastError();
    return false;
}

bool Transaction::control(const QString& statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}

void Transaction::failToBegin() const
{
    if (Dialect::of(m_db).isBusy(m_error))
        throw Error(QCoreApplication::translate(
            "Sql", "The database is busy: another program has been writing to it for too long. "
                   "Nothing was written; try again when it has finished."));
    throw Error(QCoreApplication::translate("Sql", "Could not start a transaction: %1")
                    .arg(m_error.text()));
}

} // namespace td
