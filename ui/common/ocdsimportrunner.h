#pragma once

#include "ocdsimport/importreport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace td {
class Database;
class DatabaseWorker;
} // namespace td

namespace td::ui {

// File > Import OCDS…: imports the files the analyst picked off the GUI thread, one
// transaction per file, behind a progress dialog whose Cancel rolls back the file being read
// (the files before it stay imported), then shows what each file gave and its warnings.
class OcdsImportRunner : public QObject
{
    Q_OBJECT

public:
    OcdsImportRunner(const Database& database, QWidget* dialogParent);
    ~OcdsImportRunner() override;

    // Asks for the files, then imports them.
    void chooseAndImport();
    void start(const QStringList& files);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After the last file (or the cancelled one); the report has been shown.
    void finished(const QList<td::ocds::ImportSummary>& summaries);

private:
    void showProgress(int file, qint64 done, qint64 total);
    void showReport(const QList<ocds::ImportSummary>& summaries);

    const Database& m_database;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    QStringList m_files;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stops before the rest goes
};

} // namespace td::ui
