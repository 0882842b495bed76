// File > Import OCDS… offscreen: the files imported off the GUI thread, one failing alone, and
// the report that says what each gave, with the warnings behind "Show Details".
#include "common/ocdsimportrunner.h"
#include "dialoghandler.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

QByteArray release(int n, const char* currency)
{
    return QStringLiteral(
               "{\"ocid\": \"ocds-ui-%1\", \"id\": \"1\", \"date\": \"2025-01-01T00:00:00Z\", "
               "\"buyer\": {\"name\": \"Port Authority\"}, \"tender\": {\"title\": \"Tugs %1\", "
               "\"value\": {\"amount\": 10, \"currency\": \"%2\"}}}\n")
        .arg(n)
        .arg(QLatin1String(currency))
        .toUtf8();
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestOcdsImportRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsAndReports()
    {
        test::TestDatabase testDb(Engine::Sqlite);
        Database& db = testDb.open();
        QTemporaryDir dir;
        const QString good =
            write(dir, "good.jsonl", release(1, "EUR") + release(2, "eur") + release(3, "EUR"));
        const QString broken = write(dir, "broken.json", "{\"releases\": [");
        QMainWindow window;
        window.show();
        ui::OcdsImportRunner runner(db, &window);
        QSignalSpy finished(&runner, &ui::OcdsImportRunner::finished);
        QString text;
        QString details;
        test::handleNextDialog<QMessageBox>([&](QMessageBox* box) {
            text = box->text();
            details = box->detailedText();
            box->button(QMessageBox::Ok)->click();
        });
        runner.start({good, broken});
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!runner.isRunning());
        QVERIFY2(text.contains(QLatin1String("good.jsonl: 3 tenders created, 0 updated")),
                 qPrintable(text));
        QVERIFY2(text.contains(broken + QLatin1String(":1: ")), qPrintable(text));
        QVERIFY2(details.contains(good + QLatin1String(":2: tender/value/currency: ")),
                 qPrintable(details));
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM tenders")).toInt(),
            3);
    }
};

QTEST_MAIN(TestOcdsImportRunner)
#include "tst_ocdsimportrunner.moc"
