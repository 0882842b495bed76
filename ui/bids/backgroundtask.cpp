#include "backgroundtask.h"

#include "store/databaseworker.h"

#include <QMutexLocker>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QTimer>

namespace td::ui {

void TaskProgress::set(qint64 done, qint64 total, const QString& label)
{
    m_done.store(done);
    m_total.store(total);
    if (!label.isNull()) {
        QMutexLocker lock(&m_mutex);
        m_label = label;
    }
}

int TaskProgress::permille() const
{
    const qint64 total = m_total.load();
    if (total <= 0)
        return 0;
    const qint64 done = m_done.load();
    return int(qBound(qint64(0), done * 1000 / total, qint64(1000)));
}

QString TaskProgress::label() const
{
    QMutexLocker lock(&m_mutex);
    return m_label;
}

BackgroundTask::BackgroundTask(DatabaseWorker& worker, QWidget* dialogParent, const QString& title,
                               QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_dialog(new QProgressDialog(dialogParent))
    , m_poll(new QTimer(this))
{
    m_dialog->setObjectName(QStringLiteral("taskProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setRange(0, 1000);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setMinimumDuration(0);
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->reset();
    m_dialog->hide();
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackgroundTask::showProgress);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        if (m_progress)
            m_progress->cancel();
        m_dialog->setLabelText(tr("Cancelling…"));
    });
}

BackgroundTask::~BackgroundTask()
{
    if (m_progress)
        m_progress->cancel();
    delete m_dialog;
}

void BackgroundTask::start(Job job, std::function<void()> done, std::function<void(QString)> failed)
{
    m_progress = std::make_shared<TaskProgress>();
    m_running = true;
    m_dialog->setValue(0);
    m_dialog->setLabelText(m_dialog->windowTitle());
    m_dialog->show();
    m_poll->start();
    std::shared_ptr<TaskProgress> progress = m_progress;
    m_worker.run<bool>(
        this,
        [job, progress](QSqlDatabase db) {
            job(db, *progress);
            return true;
        },
        [this, done](bool) {
            end();
            done();
        },
        [this, failed](const QString& message) {
            end();
            failed(message);
        });
}

void BackgroundTask::showProgress()
{
    if (!m_progress)
        return;
    m_dialog->setValue(m_progress->permille());
    if (!m_progress->cancelled()) {
        const QString label = m_progress->label();
        if (!label.isEmpty())
            m_dialog->setLabelText(label);
    }
}

void BackgroundTask::end()
{
    m_poll->stop();
    m_running = false;
    m_progress.reset();
    m_dialog->hide();
    Q_EMIT ended();
}

} // namespace td::ui
