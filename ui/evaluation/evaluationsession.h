#pragma once

#include "evaluation/evaluationdesk.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

// The evaluation of the tender the workspace shows, and every step taken on it: each step runs
// on the workspace's database worker through an EvaluationDesk, and the evaluation is loaded
// again after it, so that every page shows what the database now holds. The pages read
// evaluation() and call change() and read(); none of them touches the database.
class EvaluationSession : public QObject
{
    Q_OBJECT

public:
    using Step =
        std::function<void(EvaluationDesk&, const QString& reference, const QDateTime& now)>;

    explicit EvaluationSession(const Database& database, QObject* parent = nullptr);
    ~EvaluationSession() override;

    // What "now" is for the steps: the system clock unless a test sets another.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }
    // Who the audit log records for the steps.
    void setActor(const QString& actor) { m_actor = actor; }
    const QString& actor() const { return m_actor; }

    // Loads the evaluation of `reference` ("" shows none).
    void setReference(const QString& reference);
    const QString& reference() const { return m_reference; }
    void reload();
    bool hasEvaluation() const { return m_evaluation != nullptr; }
    // Valid only while hasEvaluation().
    const TenderEvaluation& evaluation() const { return *m_evaluation; }
    // A step is under way (loads and reads are not steps: they change nothing).
    bool isBusy() const { return m_busy > 0; }

    // Runs `step` off the GUI thread; then loads the evaluation again and runs `done`. A refused
    // step emits failed(title, its reason) and changes nothing.
    void change(const QString& title, Step step, std::function<void()> done = {});

    // Reads through the desk off the GUI thread; `done` runs on the GUI thread unless the
    // tender changed in between. A failure emits failed(title, reason).
    template <typename Result>
    void read(const QString& title,
              std::function<Result(const EvaluationDesk&, const QString& reference)> job,
              std::function<void(Result)> done);

    // Reads the database itself off the GUI thread (what the desk does not give: releases,
    // documents), as read() does.
    template <typename Result>
    void query(const QString& title,
               std::function<Result(QSqlDatabase db, const QString& reference)> job,
               std::function<void(Result)> done);

    DatabaseWorker& worker() const { return *m_worker; }

Q_SIGNALS:
    // evaluation() holds what was just loaded.
    void loaded();
    // The tender could not be loaded (none chosen, or the desk refused it).
    void unavailable(const QString& message);
    void failed(const QString& title, const QString& message);
    void busyChanged(bool busy);
    // A step succeeded (before the evaluation is loaded again).
    void changed(const QString& title);

private:
    using Continuation = std::function<void()>;
    void postRead(const QString& title,
                  std::function<Continuation(const EvaluationDesk&, QSqlDatabase)> job);
    void load(std::function<void()> then);
    void begin();
    void end();

    const Database& m_database;
    std::unique_ptr<DatabaseWorker> m_worker;
    QString m_reference;
    std::shared_ptr<const TenderEvaluation> m_evaluation;
    QString m_actor;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    int m_tenderGeneration = 0; // a read for another tender is dropped
    int m_loadGeneration = 0;   // only the latest load is shown
    int m_busy = 0;
};

template <typename Result>
void EvaluationSession::read(
    const QString& title,
    std::function<Result(const EvaluationDesk&, const QString& reference)> job,
    std::function<void(Result)> done)
{
    const QString reference = m_reference;
    postRead(title, [job, done, reference](const EvaluationDesk& desk, QSqlDatabase) {
        Result result = job(desk, reference);
        return Continuation([done, result] { done(result); });
    });
}

template <typename Result>
void EvaluationSession::query(const QString& title,
                              std::function<Result(QSqlDatabase db, const QString& reference)> job,
                              std::function<void(Result)> done)
{
    const QString reference = m_reference;
    postRead(title, [job, done, reference](const EvaluationDesk&, QSqlDatabase db) {
        Result result = job(db, reference);
        return Continuation([done, result] { done(result); });
    });
}

} // namespace td::ui
