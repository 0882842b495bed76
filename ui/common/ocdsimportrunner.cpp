#include "ocdsimportrunner.h"

#include "actor.h"
#include "ocdsimport/ocdsimporter.h"
#include "store/databaseworker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace td::ui {

namespace {

// The progress bar's steps per file: bytes are scaled, files can be bigger than an int.
constexpr int stepsPerFile = 1000;

} // namespace

OcdsImportRunner::OcdsImportRunner(const Database& database, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_database(database)
    , m_dialogParent(dialogParent)
{}

OcdsImportRunner::~OcdsImportRunner()
{
    m_cancel->store(true);
    m_worker.reset();
}

void OcdsImportRunner::chooseAndImport()
{
    if (m_running)
        return;
    const QStringList files =
        QFileDialog::getOpenFileNames(m_dialogParent, tr("Import OCDS data"), QString(),
                                      tr("OCDS data (*.json *.jsonl *.ndjson);;All files (*)"));
    if (!files.isEmpty())
        start(files);
}

void OcdsImportRunner::start(const QStringList& files)
{
    if (m_running || files.isEmpty())
        return;
    if (!m_worker)
        m_worker = std::make_unique<DatabaseWorker>(m_database, QStringLiteral("OCDS import"));
    m_running = true;
    m_files = files;
    m_cancel->store(false);
    m_dialog =
        new QProgressDialog(tr("Importing %1…").arg(QFileInfo(files.constFirst()).fileName()),
                            tr("Cancel"), 0, int(files.size()) * stepsPerFile, m_dialogParent);
    m_dialog->setWindowTitle(tr("Import OCDS data"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    const auto cancel = m_cancel;
    connect(m_dialog, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    // The worker is destroyed before this object, so the job may post to `self` safely.
    OcdsImportRunner* self = this;
    const Database* database = &m_database;
    const QString actor = currentActor();
    m_worker->run<QList<ocds::ImportSummary>>(
        this,
        [database, files, cancel, self, actor](QSqlDatabase) {
            QList<ocds::ImportSummary> summaries;
            ocds::ImportOptions options;
            options.actor = actor;
            ocds::OcdsImporter importer(*database);
            for (int i = 0; i < files.size() && !cancel->load(); ++i) {
                summaries.append(importer.importFile(
                    files.at(i), options, [cancel, self, i](qint64 done, qint64 total) {
                        QMetaObject::invokeMethod(
                            self, [self, i, done, total] { self->showProgress(i, done, total); },
                            Qt::QueuedConnection);
                        return !cancel->load();
                    }));
            }
            return summaries;
        },
        [this](QList<ocds::ImportSummary> summaries) {
            m_running = false;
            if (m_dialog)
                m_dialog->deleteLater();
            showReport(summaries);
            Q_EMIT finished(summaries);
        });
}

void OcdsImportRunner::showProgress(int file, qint64 done, qint64 total)
{
    if (!m_dialog || !m_running)
        return;
    m_dialog->setLabelText(tr("Importing %1 (%2 of %3)…")
                               .arg(QFileInfo(m_files.value(file)).fileName())
                               .arg(file + 1)
                               .arg(m_files.size()));
    const int step = total > 0 ? int(done * stepsPerFile / total) : stepsPerFile;
    m_dialog->setValue(file * stepsPerFile + qBound(0, step, stepsPerFile));
}

void OcdsImportRunner::showReport(const QList<ocds::ImportSummary>& summaries)
{
    QStringList lines;
    QStringList details;
    bool failed = false;
    for (const ocds::ImportSummary& s : summaries) {
        const QString name = QFileInfo(s.file).fileName();
        if (!s.succeeded()) {
            failed = true;
            lines.append(s.error);
        } else if (s.nothingToImport) {
            lines.append(tr("%1: nothing to import.").arg(name));
        } else {
            lines.append(tr("%1: %2 tenders created, %3 updated; %4 bids, %5 awards, %6 new "
                            "organisations; %n warning(s).",
                            nullptr, int(s.warnings.size()))
                             .arg(name)
                             .arg(s.tendersCreated)
                             .arg(s.tendersUpdated)
                             .arg(s.bidsCreated + s.bidsUpdated)
                             .arg(s.awardsCreated + s.awardsUpdated)
                             .arg(s.organizationsCreated));
        }
        for (const ocds::ImportWarning& w : s.warnings)
            details.append(w.toString());
    }
    if (summaries.size() < m_files.size())
        lines.append(tr("%n file(s) not imported: the import was cancelled.", nullptr,
                        int(m_files.size() - summaries.size())));
    QMessageBox box(failed ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Import OCDS data"), lines.join(QLatin1Char('\n')), QMessageBox::Ok,
                    m_dialogParent);
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace td::ui
