// Imports every OCDS sample under tests/data/ocds/samples, each into an empty database, and
// compares what was written with what tests/support/ocds_expected.py worked out from the files
// with Python's json module (tests/data/ocds/samples/expected.csv): the tenders, bids and awards
// created, the warnings of each quirk, the files that must be refused and those with nothing to
// import.
#include "ocdsimport/ocdsimporter.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace td;

namespace {

const QString samples = QStringLiteral(TENDERDESK_TEST_DATA_DIR "/ocds/samples/");

qint64 count(const Database& db, const QString& table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table)
        .toLongLong();
}

} // namespace

class TestOcdsImportSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QList<qint64>>("counts");
        QTest::addColumn<QStringList>("codes");
        QFile csv(samples + QStringLiteral("expected.csv"));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
        const QStringList codes = header.mid(5);
        int rows = 0;
        while (!csv.atEnd()) {
            const QStringList cells = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
            QCOMPARE(cells.size(), header.size());
            QList<qint64> counts;
            for (qsizetype i = 2; i < cells.size(); ++i)
                counts.append(cells.at(i).toLongLong());
            QTest::newRow(qPrintable(cells.at(0))) << cells.at(0) << cells.at(1) << counts << codes;
            ++rows;
        }
        // Every sample: 488 published files and the 4 the older tests kept.
        QCOMPARE(rows, 492);
    }

    void sample()
    {
        QFETCH(QString, file);
        QFETCH(QString, outcome);
        QFETCH(QList<qint64>, counts);
        QFETCH(QStringList, codes);
        test::TestDatabase testDb(Engine::Sqlite);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        Database& db = testDb.open();
        ocds::OcdsImporter importer(db);
        const ocds::ImportSummary s = importer.importFile(samples + file, {});

        if (outcome == QLatin1String("error")) {
            QVERIFY2(!s.succeeded(), qPrintable(file));
            // The error names the file and a line.
            QVERIFY2(s.error.startsWith(samples + file + QLatin1Char(':')), qPrintable(s.error));
            QCOMPARE(count(db, QStringLiteral("tenders")), 0);
            QCOMPARE(count(db, QStringLiteral("ocds_imports")), 0);
            return;
        }
        QVERIFY2(s.succeeded(), qPrintable(s.error));
        QCOMPARE(s.nothingToImport, outcome == QLatin1String("nothing"));
        QCOMPARE(s.tendersCreated, counts.at(0));
        QCOMPARE(s.bidsCreated, counts.at(1));
        QCOMPARE(s.awardsCreated, counts.at(2));
        QCOMPARE(count(db, QStringLiteral("tenders")), counts.at(0));
        QCOMPARE(count(db, QStringLiteral("bids")), counts.at(1));
        QCOMPARE(count(db, QStringLiteral("awards")), counts.at(2));
        QCOMPARE(count(db, QStringLiteral("ocds_imports")), outcome == QLatin1String("ok") ? 1 : 0);
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString& code = codes.at(i);
            const auto found = std::count_if(s.warnings.cbegin(), s.warnings.cend(),
                                             [&](const auto& w) { return w.code == code; });
            QVERIFY2(found == counts.at(3 + i),
                     qPrintable(QStringLiteral("%1: %2 %3 warnings, expected %4")
                                    .arg(file, code)
                                    .arg(found)
                                    .arg(counts.at(3 + i))));
        }
        // Every warning says where: the file and a line.
        for (const ocds::ImportWarning& w : s.warnings)
            QVERIFY2(w.file == samples + file && w.line > 0, qPrintable(w.toString()));
    }
};

QTEST_GUILESS_MAIN(TestOcdsImportSamples)
#include "tst_ocdsimportsamples.moc"
