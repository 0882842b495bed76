#pragma once

#include "database.h"
#include "domain/error.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace td {

// A thread with its own connection to the database, for work the GUI thread must not wait on.
// Jobs run one after the other, in order; each hands its result (or its error) back to a
// receiver object on the receiver's thread. Destroying the worker waits for the jobs already
// queued (long ones check a cancel flag), so owners destroy it before the receivers it reports
// to, and cancel first.
class DatabaseWorker
{
public:
    DatabaseWorker(const Database& database, const QString& threadName);
    ~DatabaseWorker();
    DatabaseWorker(const DatabaseWorker&) = delete;
    DatabaseWorker& operator=(const DatabaseWorker&) = delete;

    template <typename Result>
    void run(QObject* receiver, std::function<Result(QSqlDatabase)> job,
             std::function<void(Result)> done, std::function<void(QString)> failed = {})
    {
        const Database* database = &m_database;
        QPointer<QObject> guard(receiver);
        post([=] {
            try {
                Result result = job(database->connection());
                if (guard)
                    QMetaObject::invokeMethod(
                        receiver, [=] { done(result); }, Qt::QueuedConnection);
            } catch (const Error& e) {
                if (guard && failed)
                    QMetaObject::invokeMethod(
                        receiver, [=] { failed(e.message()); }, Qt::QueuedConnection);
            }
        });
    }

    const Database& database() const { return m_database; }

private:
    void post(std::function<void()> job);

    const Database& m_database;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread: jobs are queued calls on it
};

} // namespace td
