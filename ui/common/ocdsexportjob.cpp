#include "ocdsexportjob.h"

#include "store/databaseworker.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace td::ui {

OcdsExportJob::OcdsExportJob(QWidget* parent, const Database& database)
    : QObject(parent)
    , m_parent(parent)
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("OCDS export")))
{}

OcdsExportJob::~OcdsExportJob()
{
    m_cancel->store(true);
    m_worker.reset();
    delete m_progress;
}

void OcdsExportJob::start(const QString& path, OcdsExportFormat format)
{
    m_progress =
        new QProgressDialog(tr("Exporting the market as OCDS…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Export OCDS"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    const auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancel] {
        cancel->store(true);
        if (m_progress)
            m_progress->hide();
    });
    m_progress->show();

    // The worker is destroyed before this object, so the job may post to `self` safely.
    OcdsExportJob* self = this;
    const Database* database = &m_worker->database();
    OcdsExportOptions options;
    options.format = format;
    m_worker->run<OcdsExportSummary>(
        this,
        [database, path, options, cancel, self](QSqlDatabase) {
            return exportOcds(*database, path, options, [cancel, self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self, [self, done, total] { self->showProgress(done, total); },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
        },
        [this, path](const OcdsExportSummary& summary) {
            if (m_progress)
                m_progress->hide();
            Q_EMIT saved(path, summary);
            finish();
        },
        [this](const QString& message) {
            if (m_progress)
                m_progress->hide();
            // Cancelled: the person knows, and no file was written.
            if (!m_cancel->load())
                Q_EMIT failed(message);
            finish();
        });
}

void OcdsExportJob::showProgress(qint64 done, qint64 total)
{
    if (!m_progress || m_cancel->load())
        return;
    // A progress bar counts in int; a market of more tenders than that shows thousands.
    const int scale = total > 1'000'000'000 ? 1000 : 1;
    m_progress->setMaximum(int(total / scale));
    m_progress->setValue(int(done / scale));
    m_progress->setLabelText(tr("Exporting the market as OCDS: %1 of %2 tenders…")
                                 .arg(QLocale().toString(done), QLocale().toString(total)));
}

void OcdsExportJob::finish()
{
    if (m_progress)
        m_progress->disconnect(this);
    deleteLater();
}

OcdsExportJob* exportOcdsFromGui(QWidget* parent, const Database& database)
{
    const QString title = OcdsExportJob::tr("Export OCDS");
    const QString packageFilter = OcdsExportJob::tr("OCDS release package (*.json)");
    const QString linesFilter =
        OcdsExportJob::tr("OCDS JSON Lines, one release per line (*.jsonl)");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("tenderdesk-ocds-%1.json")
                          .arg(QDate::currentDate().toString(Qt::ISODate)));
    QString filter = packageFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, title, suggested, packageFilter + QStringLiteral(";;") + linesFilter, &filter);
    if (path.isEmpty())
        return nullptr;
    const bool lines = filter == linesFilter || path.endsWith(QLatin1String(".jsonl"));
    if (lines && path.endsWith(QLatin1String(".json")))
        path += QLatin1Char('l');
    auto* job = new OcdsExportJob(parent, database);
    QObject::connect(job, &OcdsExportJob::saved, parent,
                     [parent, title](const QString& p, const OcdsExportSummary& s) {
                         QMessageBox::information(
                             parent, title,
                             OcdsExportJob::tr("%1 tenders, %2 bids and %3 awards were exported "
                                               "to %4.")
                                 .arg(QLocale().toString(s.tenders), QLocale().toString(s.bids),
                                      QLocale().toString(s.awards), QDir::toNativeSeparators(p)));
                     });
    QObject::connect(job, &OcdsExportJob::failed, parent, [parent, title](const QString& message) {
        QMessageBox::warning(parent, title,
                             OcdsExportJob::tr("The OCDS export failed: %1").arg(message));
    });
    job->start(path, lines ? OcdsExportFormat::JsonLines : OcdsExportFormat::ReleasePackage);
    return job;
}

} // namespace td::ui
