#pragma once

#include "exchange/documentlanguage.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace td {
class Database;
class DatabaseWorker;
class HtmlPdfPrinter;
} // namespace td

namespace td::ui {

// Saves the evaluation report of one tender as a PDF without blocking the GUI: the evaluation is
// loaded and the HTML built on a database worker, Qt WebEngine prints it, and the file is written
// whole or not at all. A window-modal progress dialog shows each stage and its Cancel stops the
// export. Ends with saved() or failed() (a sentence), or quietly when cancelled, then deletes
// itself.
class EvaluationReportExport : public QObject
{
    Q_OBJECT

public:
    EvaluationReportExport(QWidget* parent, const Database& database, QString reference);
    ~EvaluationReportExport() override;

    void start(const QString& path, DocumentLanguage language);

Q_SIGNALS:
    void saved(const QString& path);
    void failed(const QString& message);

private:
    void print(const QString& html);
    void write(const QByteArray& pdf);
    void fail(const QString& message);
    void cancel();
    void finish();

    QPointer<QWidget> m_parent;
    QString m_reference;
    QString m_path;
    QPointer<QProgressDialog> m_progress; // a child of the parent, shown while this runs
    HtmlPdfPrinter* m_printer;            // a child
    bool m_loading = false;               // the worker is building the HTML
    bool m_cancelled = false;
    std::unique_ptr<DatabaseWorker> m_worker; // last: waits for its job before the rest goes
};

// Asks for the report's language (the interface's first) and where to save it, then exports it,
// telling the person how it ended in a message box. Returns the export under way, or nullptr when
// a dialog was cancelled.
EvaluationReportExport* exportEvaluationReport(QWidget* parent, const Database& database,
                                               const QString& reference);

} // namespace td::ui
