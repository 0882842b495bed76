#include "demoloader.h"

#include "store/databaseworker.h"

#include <QProgressDialog>

namespace td::ui {

DemoLoader::DemoLoader(const Database& database, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_database(database)
    , m_dialogParent(dialogParent)
{}

DemoLoader::~DemoLoader()
{
    m_cancel->store(true);
    m_worker.reset();
}

void DemoLoader::start(const demo::DemoOptions& options)
{
    if (m_running)
        return;
    if (!m_worker)
        m_worker = std::make_unique<DatabaseWorker>(m_database, QStringLiteral("demo market"));
    m_running = true;
    m_cancel->store(false);
    m_dialog = new QProgressDialog(tr("Writing the demo market: %1 tenders…").arg(options.tenders),
                                   tr("Cancel"), 0, int(options.tenders), m_dialogParent);
    m_dialog->setWindowTitle(tr("Demo market"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    const auto cancel = m_cancel;
    connect(m_dialog, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    // The worker is destroyed before this object, so the job may post to `self` safely.
    DemoLoader* self = this;
    const Database* database = &m_database;
    m_worker->run<demo::DemoSummary>(
        this,
        [database, options, cancel, self](QSqlDatabase) {
            return demo::DemoGenerator(*database, options).run([cancel, self](qint64 done, qint64) {
                QMetaObject::invokeMethod(
                    self, [self, done] { self->showProgress(done); }, Qt::QueuedConnection);
                return !cancel->load();
            });
        },
        [this](demo::DemoSummary summary) {
            m_running = false;
            if (m_dialog)
                m_dialog->deleteLater();
            Q_EMIT finished(summary);
        },
        [this](const QString& message) {
            m_running = false;
            if (m_dialog)
                m_dialog->deleteLater();
            Q_EMIT failed(message);
        });
}

void DemoLoader::showProgress(qint64 done)
{
    if (m_dialog && m_running)
        m_dialog->setValue(int(done));
}

} // namespace td::ui
