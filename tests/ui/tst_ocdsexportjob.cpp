// File > Export OCDS…: the export runs off the GUI thread behind its progress dialog and ends in
// saved() with what it wrote; Cancel ends it quietly with no file; a file that cannot be written
// ends in failed() with the reason; the main window's File menu holds the action.
#include "common/mainwindow.h"
#include "common/ocdsexportjob.h"
#include "demo/demogenerator.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace td;
using td::ui::OcdsExportJob;

class TestOcdsExportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestDatabase m_db{Engine::Sqlite};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.isReady(), qPrintable(m_db.error()));
        demo::DemoOptions options;
        options.tenders = 300;
        demo::DemoGenerator(m_db.open(), options).run();
    }

    void savesTheFile()
    {
        QWidget window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("market.jsonl"));
        QPointer<OcdsExportJob> job = new OcdsExportJob(&window, m_db.open());
        QSignalSpy saved(job.data(), &OcdsExportJob::saved);
        QSignalSpy failed(job.data(), &OcdsExportJob::failed);
        job->start(path, OcdsExportFormat::JsonLines);
        QVERIFY(window.findChild<QProgressDialog*>());
        QVERIFY(saved.wait(60000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(saved.at(0).at(0).toString(), path);
        const auto summary = saved.at(0).at(1).value<OcdsExportSummary>();
        QCOMPARE(summary.tenders, qint64(300));
        QCOMPARE(summary.bids,
                 sql::scalar(m_db.open().connection(), QStringLiteral("SELECT count(*) FROM bids"))
                     .toLongLong());
        QCOMPARE(QFileInfo(path).size(), summary.bytes);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count(QByteArrayView("\n")), qsizetype(300));
        QTRY_VERIFY(job.isNull()); // it deletes itself
    }

    void cancelsQuietly()
    {
        QWidget window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("cancelled.json"));
        QPointer<OcdsExportJob> job = new OcdsExportJob(&window, m_db.open());
        QSignalSpy saved(job.data(), &OcdsExportJob::saved);
        QSignalSpy failed(job.data(), &OcdsExportJob::failed);
        job->start(path, OcdsExportFormat::ReleasePackage);
        Q_EMIT window.findChild<QProgressDialog*>()->canceled(); // its Cancel button
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 60000);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files),
                 QStringList());
    }

    void failsWithTheReason()
    {
        QWidget window;
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/market.json"));
        QPointer<OcdsExportJob> job = new OcdsExportJob(&window, m_db.open());
        QSignalSpy failed(job.data(), &OcdsExportJob::failed);
        job->start(path, OcdsExportFormat::ReleasePackage);
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.at(0).at(0).toString().contains(path),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!QFile::exists(path));
        QTRY_VERIFY(job.isNull());
    }

    void theFileMenuHoldsIt()
    {
        ui::MainWindow window(m_db.open());
        auto* action = window.findChild<QAction*>(QStringLiteral("exportOcdsAction"));
        QVERIFY(action);
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QVERIFY(menus.constFirst()->menu()->actions().contains(action));
    }
};

QTEST_MAIN(TestOcdsExportJob)
#include "tst_ocdsexportjob.moc"
