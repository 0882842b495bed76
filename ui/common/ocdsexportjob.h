#pragma once

#include "exchange/ocdsexport.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

// Exports the market as OCDS without blocking the GUI: the export pages through the database on
// a worker, behind a window-modal progress dialog whose Cancel stops it (the file is written
// whole or not at all). Ends with saved() or failed() (a sentence), or quietly when cancelled,
// then deletes itself.
class OcdsExportJob : public QObject
{
    Q_OBJECT

public:
    OcdsExportJob(QWidget* parent, const Database& database);
    ~OcdsExportJob() override;

    void start(const QString& path, OcdsExportFormat format);

Q_SIGNALS:
    void saved(const QString& path, const td::OcdsExportSummary& summary);
    void failed(const QString& message);

private:
    void showProgress(qint64 done, qint64 total);
    void finish();

    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_progress; // a child of the parent, shown while this runs
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<DatabaseWorker> m_worker; // last: waits for its job before the rest goes
};

// Asks where to save the export and in which format (the file type chosen: a release package
// or JSON Lines), then exports, telling the person how it ended in a message box. Returns the
// export under way, or nullptr when the dialog was cancelled.
OcdsExportJob* exportOcdsFromGui(QWidget* parent, const Database& database);

} // namespace td::ui
