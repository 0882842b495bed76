#pragma once

#include "demo/demogenerator.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

// Loads the demo market off the GUI thread behind a progress dialog with Cancel. The market is
// written in one transaction, so Cancel leaves the database as it was.
class DemoLoader : public QObject
{
    Q_OBJECT

public:
    DemoLoader(const Database& database, QWidget* dialogParent);
    ~DemoLoader() override;

    void start(const demo::DemoOptions& options = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const td::demo::DemoSummary& summary);
    void failed(const QString& message);

private:
    void showProgress(qint64 done);

    const Database& m_database;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
    std::unique_ptr<DatabaseWorker> m_worker; // last: stops before the rest goes
};

} // namespace td::ui
