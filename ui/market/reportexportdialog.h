#pragma once

#include "analytics/marketfilter.h"
#include "analytics/reportformat.h"
#include "analytics/reporttable.h"
#include "marketsource.h"
#include "store/database.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;

namespace td {
class DatabaseWorker;
class HtmlPdfPrinter;
} // namespace td

namespace td::ui {

class ReportView;

// Export… of the Market workspace: which sections, in which format (PDF, HTML, XLSX, CSV) and
// language, to which file; a preview of the report as it will be written; then the report is
// built and written off the GUI thread (PDF printed by WebEngine), with progress and Cancel.
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `sections`: (id, title) of the sections offered, all checked; `filter`: the dashboards'.
    ReportExportDialog(const Database& database, MarketSource source,
                       const analytics::MarketFilter& filter,
                       QList<std::pair<QString, QString>> sections, const QString& language,
                       QWidget* parent = nullptr);
    ~ReportExportDialog() override;

    QListWidget* sectionList() const { return m_sections; }
    QComboBox* formatCombo() const { return m_format; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* saveButton() const { return m_saveButton; }
    ReportView* preview() const { return m_preview; }
    QProgressDialog* progress() const { return m_progress; }
    // The files the last save wrote.
    const QStringList& written() const { return m_written; }

    void startPreview();
    void startSave();

Q_SIGNALS:
    void previewShown();
    void saved(const QStringList& files);
    void failed(const QString& message);

private:
    QStringList chosenSections() const;
    analytics::ReportFormat chosenFormat() const;
    QString chosenLanguage() const;
    void browse();
    void formatChosen();
    void updateButtons();
    void write(const analytics::Report& report);
    void finish(const QStringList& files);
    void fail(const QString& message);
    void cancelSave();
    void rememberChoices() const;

    const Database& m_database;
    MarketSource m_source;
    analytics::MarketFilter m_filter;
    QListWidget* m_sections;
    QComboBox* m_format;
    QComboBox* m_language;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QPushButton* m_previewButton;
    QPushButton* m_saveButton;
    QLabel* m_status;
    ReportView* m_preview;
    QDialogButtonBox* m_buttons;
    QProgressDialog* m_progress = nullptr;
    QStringList m_written;
    quint64 m_job = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<HtmlPdfPrinter> m_printer;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stops before the rest goes
};

} // namespace td::ui
