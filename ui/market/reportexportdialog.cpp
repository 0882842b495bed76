#include "reportexportdialog.h"

#include "analytics/reportcsv.h"
#include "analytics/reporthtml.h"
#include "analytics/reportxlsx.h"
#include "domain/error.h"
#include "exchange/savefile.h"
#include "print/htmlpdfprinter.h"
#include "print/reportpdf.h"
#include "reportview.h"
#include "store/databaseworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace td::ui {

namespace {

const QString formatKey = QStringLiteral("market/exportFormat");
const QString languageKey = QStringLiteral("market/exportLanguage");
const QString folderKey = QStringLiteral("market/exportFolder");
// The preview shows how the report looks; the file gets every row. WebEngine takes a page of
// at most 2 MB from memory, which a few thousand rows would pass.
constexpr int previewTableRows = 100;

// Writes the formats that need no WebEngine; runs on the worker.
QStringList writeFile(const analytics::Report& report, const QString& path,
                      analytics::ReportFormat format)
{
    switch (format) {
    case analytics::ReportFormat::Html:
        saveFile(path, analytics::reportHtml(report).toUtf8());
        return {path};
    case analytics::ReportFormat::Xlsx:
        analytics::writeReportXlsx(report, path);
        return {path};
    case analytics::ReportFormat::Csv:
        return analytics::writeReportCsv(report, path);
    case analytics::ReportFormat::Pdf:
        break;
    }
    return {};
}

} // namespace

ReportExportDialog::ReportExportDialog(const Database& database, MarketSource source,
                                       const analytics::MarketFilter& filter,
                                       QList<std::pair<QString, QString>> sections,
                                       const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_source(std::move(source))
    , m_filter(filter)
    , m_sections(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
    , m_preview(new ReportView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("market export")))
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export market report"));
    resize(1100, 720);

    if (sections.isEmpty() && m_source.sectionIds) {
        try {
            for (const QString& id : m_source.sectionIds())
                sections.append({id, id});
        } catch (const Error& e) {
            m_status->setText(e.message());
        }
    }
    for (const auto& [id, title] : sections) {
        auto* item = new QListWidgetItem(title, m_sections);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sections->setObjectName(QStringLiteral("exportSections"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF document"), int(analytics::ReportFormat::Pdf));
    m_format->addItem(tr("Web page (HTML, self-contained)"), int(analytics::ReportFormat::Html));
    m_format->addItem(tr("Excel workbook (XLSX)"), int(analytics::ReportFormat::Xlsx));
    m_format->addItem(tr("CSV (one file per table)"), int(analytics::ReportFormat::Csv));
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    const QSettings settings;
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(settings.value(formatKey, 0).toInt())));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(languageKey, language).toString())));
    const QString folder =
        settings
            .value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setText(QDir(folder).filePath(tr("market-report") + QStringLiteral(".") +
                                          analytics::reportFormatExtension(chosenFormat())));

    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("exportPreview"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Sections:"), m_sections);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("File:"), fileRow);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addStretch(1);
    actions->addWidget(m_saveButton);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_status);
    leftLayout->addStretch(1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 740});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    m_saveButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportExportDialog::startPreview);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportExportDialog::startSave);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportExportDialog::formatChosen);
    connect(m_sections, &QListWidget::itemChanged, this, &ReportExportDialog::updateButtons);
    connect(m_file, &QLineEdit::textChanged, this, &ReportExportDialog::updateButtons);
    connect(m_preview, &ReportView::ready, this, &ReportExportDialog::previewShown);
    updateButtons();
}

ReportExportDialog::~ReportExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_printer.reset();
    m_worker.reset();
}

QStringList ReportExportDialog::chosenSections() const
{
    QStringList ids;
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            ids.append(m_sections->item(i)->data(Qt::UserRole).toString());
    return ids;
}

analytics::ReportFormat ReportExportDialog::chosenFormat() const
{
    return analytics::ReportFormat(m_format->currentData().toInt());
}

QString ReportExportDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

void ReportExportDialog::updateButtons()
{
    const bool running = m_progress != nullptr;
    const bool anySection = !chosenSections().isEmpty();
    m_previewButton->setEnabled(anySection && !running);
    m_saveButton->setEnabled(anySection && !running && !m_file->text().trimmed().isEmpty());
}

void ReportExportDialog::formatChosen()
{
    // The file's extension follows the format, so that what is written is what it says.
    const QString path = m_file->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString extension = analytics::reportFormatExtension(chosenFormat());
    m_file->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extension));
}

void ReportExportDialog::browse()
{
    const QString extension = analytics::reportFormatExtension(chosenFormat());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export market report"), m_file->text(),
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ReportExportDialog::startPreview()
{
    const quint64 job = ++m_job;
    m_status->setText(tr("Building the preview…"));
    const MarketSource source = m_source;
    const Database* database = &m_database;
    const analytics::MarketFilter filter = m_filter;
    const QString language = chosenLanguage();
    const QStringList sections = chosenSections();
    m_worker->run<analytics::Report>(
        this,
        [=](QSqlDatabase) { return source.report(*database, filter, language, sections, {}); },
        [this, job](const analytics::Report& report) {
            if (job != m_job)
                return;
            m_status->clear();
            m_preview->showReport(report, previewTableRows);
        },
        [this, job](const QString& message) {
            if (job == m_job)
                m_status->setText(message);
        });
}

void ReportExportDialog::startSave()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || m_progress)
        return;
    if (const std::optional<analytics::ReportFormat> named = analytics::reportFormatForPath(path);
        !named || *named != chosenFormat()) {
        m_status->setText(tr("Name the file with the extension .%1 of the format chosen.")
                              .arg(analytics::reportFormatExtension(chosenFormat())));
        return;
    }
    rememberChoices();
    const quint64 job = ++m_job;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const QStringList sections = chosenSections();
    auto progressShown = std::make_shared<std::atomic<int>>(0);

    m_progress = new QProgressDialog(tr("Building the market report…"), tr("Cancel"), 0,
                                     int(sections.size()) + 1, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportExportDialog::cancelSave);
    updateButtons();

    const MarketSource source = m_source;
    const Database* database = &m_database;
    const analytics::MarketFilter filter = m_filter;
    const QString language = chosenLanguage();
    const analytics::ReportFormat format = chosenFormat();
    // The report's cancel check runs between its sections: it counts them for the progress. The
    // dialog outlives the job (its destructor waits for the worker).
    ReportExportDialog* self = this;
    const auto cancelled = [cancel, progressShown, self, job] {
        const int done = ++*progressShown;
        QMetaObject::invokeMethod(self, [self, job, done] {
            if (self->m_progress && self->m_job == job)
                self->m_progress->setValue(std::min(done, self->m_progress->maximum() - 1));
        });
        return cancel->load();
    };
    struct Result
    {
        analytics::Report report;
        QStringList files;
    };
    m_worker->run<Result>(
        this,
        [=](QSqlDatabase) {
            Result result;
            result.report = source.report(*database, filter, language, sections, cancelled);
            if (cancel->load())
                throw Error(tr("The export was cancelled."));
            if (format != analytics::ReportFormat::Pdf)
                result.files = writeFile(result.report, path, format);
            return result;
        },
        [this, job, format, path](const Result& result) {
            if (job != m_job)
                return;
            if (format != analytics::ReportFormat::Pdf) {
                finish(result.files);
                return;
            }
            m_progress->setLabelText(tr("Printing the report to PDF…"));
            m_printer = std::make_unique<HtmlPdfPrinter>();
            m_printer->setReadyCheck(reportReadyCheck());
            connect(m_printer.get(), &HtmlPdfPrinter::finished, this,
                    [this, path](const QByteArray& pdf) {
                        try {
                            saveFile(path, pdf);
                            finish({path});
                        } catch (const Error& e) {
                            fail(e.message());
                        }
                    });
            connect(m_printer.get(), &HtmlPdfPrinter::failed, this, &ReportExportDialog::fail);
            m_printer->print(printableReportHtml(result.report));
        },
        [this, job](const QString& message) {
            if (job == m_job)
                fail(message);
        });
}

void ReportExportDialog::finish(const QStringList& files)
{
    m_written = files;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    QStringList shown;
    for (const QString& file : files)
        shown.append(QDir::toNativeSeparators(file));
    m_status->setText(tr("Saved: %1").arg(shown.join(QStringLiteral(", "))));
    updateButtons();
    Q_EMIT saved(files);
}

void ReportExportDialog::fail(const QString& message)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_status->setText(message);
    updateButtons();
    Q_EMIT failed(message);
}

void ReportExportDialog::cancelSave()
{
    ++m_job; // a result still on its way is dropped
    if (m_cancel)
        m_cancel->store(true);
    if (m_printer)
        m_printer->cancel();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_status->setText(tr("The export was cancelled."));
    updateButtons();
}

void ReportExportDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(formatKey, int(chosenFormat()));
    settings.setValue(languageKey, chosenLanguage());
    settings.setValue(folderKey, QFileInfo(m_file->text().trimmed()).absolutePath());
}

} // namespace td::ui
