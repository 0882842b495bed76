#include "evaluationsession.h"

#include "common/actor.h"
#include "store/database.h"
#include "store/databaseworker.h"

namespace td::ui {

EvaluationSession::EvaluationSession(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("evaluation")))
    , m_actor(currentActor())
{}

EvaluationSession::~EvaluationSession()
{
    m_worker.reset(); // waits for the step under way: a step is never cut in half
}

void EvaluationSession::setReference(const QString& reference)
{
    if (reference == m_reference && (m_evaluation || reference.isEmpty()))
        return;
    ++m_tenderGeneration;
    m_reference = reference;
    m_evaluation.reset();
    reload();
}

void EvaluationSession::reload()
{
    load({});
}

void EvaluationSession::load(std::function<void()> then)
{
    const int generation = ++m_loadGeneration;
    if (m_reference.isEmpty()) {
        m_evaluation.reset();
        Q_EMIT unavailable(QString());
        return;
    }
    const Database* database = &m_database;
    const QString reference = m_reference;
    const QString actor = m_actor;
    m_worker->run<std::shared_ptr<const TenderEvaluation>>(
        this,
        [database, reference, actor](QSqlDatabase) {
            return std::make_shared<const TenderEvaluation>(
                EvaluationDesk(*database, actor).load(reference));
        },
        [this, generation, then](const std::shared_ptr<const TenderEvaluation>& evaluation) {
            if (generation != m_loadGeneration)
                return;
            m_evaluation = evaluation;
            Q_EMIT loaded();
            if (then)
                then();
        },
        [this, generation](const QString& message) {
            if (generation != m_loadGeneration)
                return;
            m_evaluation.reset();
            Q_EMIT unavailable(message);
        });
}

void EvaluationSession::change(const QString& title, Step step, std::function<void()> done)
{
    const Database* database = &m_database;
    const QString reference = m_reference;
    const QString actor = m_actor;
    const QDateTime now = m_clock();
    const int tender = m_tenderGeneration;
    begin();
    m_worker->run<bool>(
        this,
        [database, reference, actor, now, step](QSqlDatabase) {
            EvaluationDesk desk(*database, actor);
            step(desk, reference, now);
            return true;
        },
        [this, title, done, tender](bool) {
            end();
            Q_EMIT changed(title);
            if (tender == m_tenderGeneration)
                load(done);
        },
        [this, title](const QString& message) {
            end();
            Q_EMIT failed(title, message);
        });
}

void EvaluationSession::postRead(
    const QString& title, std::function<Continuation(const EvaluationDesk&, QSqlDatabase)> job)
{
    const Database* database = &m_database;
    const QString actor = m_actor;
    const int tender = m_tenderGeneration;
    m_worker->run<Continuation>(
        this,
        [database, actor, job](QSqlDatabase db) {
            const EvaluationDesk desk(*database, actor);
            return job(desk, db);
        },
        [this, tender](const Continuation& then) {
            if (tender == m_tenderGeneration)
                then();
        },
        [this, title, tender](const QString& message) {
            if (tender == m_tenderGeneration)
                Q_EMIT failed(title, message);
        });
}

void EvaluationSession::begin()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
}

void EvaluationSession::end()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged(false);
}

} // namespace td::ui
