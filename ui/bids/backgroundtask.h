#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

// What a job off the GUI thread tells the progress dialog, and the Cancel it is asked for.
// Written by the job's thread, read by the GUI's timer.
class TaskProgress
{
public:
    void set(qint64 done, qint64 total, const QString& label = {});
    bool cancelled() const { return m_cancel.load(); }
    void cancel() { m_cancel.store(true); }

    int permille() const;
    QString label() const;

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    mutable QMutex m_mutex;
    QString m_label;
};

// One long job (sealing, receipt, opening) on a database worker, with a window-modal progress
// dialog and its Cancel: the GUI thread never waits for it. The job reads its progress and the
// cancel request from the TaskProgress it is given; when it ends, `finished` or `failed`
// (a sentence) runs on the GUI thread. Deleting the task while its job runs only drops the
// result: the worker's owner waits for the job.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(QSqlDatabase, TaskProgress&)>;

    BackgroundTask(DatabaseWorker& worker, QWidget* dialogParent, const QString& title,
                   QObject* parent = nullptr);
    ~BackgroundTask() override;

    // Starts `job`; `done` and `failed` run on the GUI thread after it.
    void start(Job job, std::function<void()> done, std::function<void(QString)> failed);
    bool isRunning() const { return m_running; }
    QProgressDialog* dialog() const { return m_dialog; }

Q_SIGNALS:
    void ended();

private:
    void showProgress();
    void end();

    DatabaseWorker& m_worker;
    std::shared_ptr<TaskProgress> m_progress;
    QProgressDialog* m_dialog;
    QTimer* m_poll;
    bool m_running = false;
};

} // namespace td::ui
