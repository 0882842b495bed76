// Saving the evaluation report from the GUI: the export builds the report off the GUI thread,
// prints it and writes the file, with its progress dialog; a tender that cannot be loaded ends
// in failed() with the reason and no file; Cancel ends it quietly; the dialogs of
// exportEvaluationReport() cancelled leave nothing running.
#include "dialoghandler.h"
#include "evaluation/evaluationreportexport.h"
#include "evaluationfixtures.h"
#include "print/pdfprinting.h"
#include "testdatabase.h"

#include <QApplication>
#include <QInputDialog>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace td;
using namespace td::test;
using td::ui::EvaluationReportExport;

class TestEvaluationReportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDatabase m_db{Engine::Sqlite};
    QString m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_db.isReady(), qPrintable(m_db.error()));
        // Opened, not yet evaluated: the report says so, which is all this test needs of it.
        m_reference = threeOpenedBids(m_db.open(), m_dir.path()).reference;
    }

    void savesThePdf()
    {
        QWidget window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QPointer<EvaluationReportExport> job =
            new EvaluationReportExport(&window, m_db.open(), m_reference);
        QSignalSpy saved(job.data(), &EvaluationReportExport::saved);
        QSignalSpy failed(job.data(), &EvaluationReportExport::failed);
        job->start(path, DocumentLanguage::English);
        // The progress dialog is up while the report is built and printed.
        QVERIFY(window.findChild<QProgressDialog*>());
        QVERIFY(saved.wait(120000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(saved.at(0).at(0).toString(), path);
        QTRY_VERIFY(job.isNull()); // it deletes itself

        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Evaluation report")), qPrintable(text));
        QVERIFY(text.contains(m_reference));
    }

    void failsWithTheReason()
    {
        QWidget window;
        const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
        QPointer<EvaluationReportExport> job =
            new EvaluationReportExport(&window, m_db.open(), QStringLiteral("NO-SUCH-TENDER"));
        QSignalSpy failed(job.data(), &EvaluationReportExport::failed);
        job->start(path, DocumentLanguage::Chinese);
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("NO-SUCH-TENDER")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!QFile::exists(path));
        QTRY_VERIFY(job.isNull());
    }

    void cancelsQuietly()
    {
        QWidget window;
        window.show();
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QPointer<EvaluationReportExport> job =
            new EvaluationReportExport(&window, m_db.open(), m_reference);
        QSignalSpy saved(job.data(), &EvaluationReportExport::saved);
        QSignalSpy failed(job.data(), &EvaluationReportExport::failed);
        job->start(path, DocumentLanguage::English);
        Q_EMIT window.findChild<QProgressDialog*>()->canceled(); // its Cancel button
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 60000);
        QTest::qWait(500);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!QFile::exists(path));
    }

    void theLanguageDialogCancelledStartsNothing()
    {
        QWidget window;
        window.show();
        handleNextDialog<QInputDialog>([](QInputDialog* dialog) { dialog->reject(); });
        QVERIFY(ui::exportEvaluationReport(&window, m_db.open(), m_reference) == nullptr);
        QVERIFY(!window.findChild<EvaluationReportExport*>());
    }
};

int main(int argc, char** argv)
{
    preparePdfPrinting();
    QApplication app(argc, argv);
    TestEvaluationReportExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_evaluationreportexport.moc"
