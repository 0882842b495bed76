#include "evaluationreportexport.h"

#include "evaluation/evaluationreport.h"
#include "print/htmlpdfprinter.h"
#include "store/databaseworker.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace td::ui {

EvaluationReportExport::EvaluationReportExport(QWidget* parent, const Database& database,
                                               QString reference)
    : QObject(parent)
    , m_parent(parent)
    , m_reference(std::move(reference))
    , m_printer(new HtmlPdfPrinter(this))
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("evaluation report")))
{
    connect(m_printer, &HtmlPdfPrinter::finished, this, &EvaluationReportExport::write);
    connect(m_printer, &HtmlPdfPrinter::failed, this, &EvaluationReportExport::fail);
}

EvaluationReportExport::~EvaluationReportExport()
{
    delete m_progress;
}

void EvaluationReportExport::start(const QString& path, DocumentLanguage language)
{
    m_path = path;
    m_progress = new QProgressDialog(tr("Building the evaluation report of %1…").arg(m_reference),
                                     tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Evaluation report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &EvaluationReportExport::cancel);
    m_progress->show();

    m_loading = true;
    const Database* database = &m_worker->database();
    const QString reference = m_reference;
    m_worker->run<QString>(
        this,
        [database, reference, language](QSqlDatabase) {
            return evaluationReportHtml(*database, reference, language);
        },
        [this](const QString& html) {
            m_loading = false;
            if (m_cancelled)
                finish();
            else
                print(html);
        },
        [this](const QString& message) {
            m_loading = false;
            if (m_cancelled)
                finish();
            else
                fail(message);
        });
}

void EvaluationReportExport::print(const QString& html)
{
    if (m_progress)
        m_progress->setLabelText(tr("Printing the evaluation report of %1…").arg(m_reference));
    m_printer->print(html, evaluationReportBaseUrl());
}

void EvaluationReportExport::write(const QByteArray& pdf)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        fail(tr("Could not write %1: %2. Choose another place.")
                 .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return;
    }
    if (m_progress)
        m_progress->hide();
    Q_EMIT saved(m_path);
    finish();
}

void EvaluationReportExport::fail(const QString& message)
{
    if (m_progress)
        m_progress->hide();
    Q_EMIT failed(message);
    finish();
}

// While the worker builds the HTML the export waits for it (deleting the worker would wait
// anyway, on the GUI thread); a document being printed is dropped at once.
void EvaluationReportExport::cancel()
{
    m_cancelled = true;
    if (m_progress)
        m_progress->hide();
    m_printer->cancel();
    if (!m_loading)
        finish();
}

void EvaluationReportExport::finish()
{
    if (m_progress)
        m_progress->disconnect(this);
    deleteLater();
}

EvaluationReportExport* exportEvaluationReport(QWidget* parent, const Database& database,
                                               const QString& reference)
{
    const QString title = EvaluationReportExport::tr("Evaluation report");
    // Chinese first for a Chinese interface; the report's language is chosen per report.
    const bool chineseFirst = QLocale().language() == QLocale::Chinese;
    const QStringList languages{EvaluationReportExport::tr("Chinese"),
                                EvaluationReportExport::tr("English")};
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, title, EvaluationReportExport::tr("&Language:"), languages,
                              chineseFirst ? 0 : 1, false, &ok);
    if (!ok)
        return nullptr;
    const DocumentLanguage language =
        chosen == languages.at(1) ? DocumentLanguage::English : DocumentLanguage::Chinese;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("%1-evaluation-%2.pdf").arg(reference, languageCode(language)));
    const QString path = QFileDialog::getSaveFileName(
        parent, EvaluationReportExport::tr("Save the evaluation report"), suggested,
        EvaluationReportExport::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return nullptr;
    auto* job = new EvaluationReportExport(parent, database, reference);
    QObject::connect(job, &EvaluationReportExport::saved, parent,
                     [parent, title](const QString& p) {
                         QMessageBox::information(
                             parent, title,
                             EvaluationReportExport::tr("The evaluation report was saved to %1.")
                                 .arg(QDir::toNativeSeparators(p)));
                     });
    QObject::connect(
        job, &EvaluationReportExport::failed, parent, [parent, title](const QString& message) {
            QMessageBox::warning(
                parent, title,
                EvaluationReportExport::tr("The evaluation report could not be saved: %1")
                    .arg(message));
        });
    job->start(path, language);
    return job;
}

} // namespace td::ui
