#include "databaseworker.h"

namespace td {

DatabaseWorker::DatabaseWorker(const Database& database, const QString& threadName)
    : m_database(database)
{
    m_thread.setObjectName(threadName);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Last job of the thread, waited for: close its connection in the thread that owns it
    // (QThread::quit() alone would drop it with the jobs not started), then end the thread.
    QObject* context = m_context;
    const Database* database = &m_database;
    QMetaObject::invokeMethod(
        context,
        [context, database] {
            database->releaseThreadConnection();
            delete context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

} // namespace td
