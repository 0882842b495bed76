// `tenderdesk-cli export ocds` end to end: a demo market as a release package and as JSON Lines,
// valid against the OCDS schema with the bids extension, every tender, bid and award in it;
// the dates select by publication; wrong command lines are refused with the usage; nothing to
// export writes no file.
#include "clirunner.h"
#include "ocdsvalidation.h"
#include "store/database.h"
#include "store/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

namespace {

QList<QByteArray> linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliResult run(const QStringList& arguments)
    {
        return cli(QStringList{QStringLiteral("-d"), m_db} + arguments);
    }

    qint64 count(const QString& statement, const QVariantList& values = {})
    {
        Database db(DatabaseLocation::resolve(m_db));
        return sql::scalar(db.connection(), statement, values).toLongLong();
    }

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("market.sqlite"));
        const CliResult r =
            run({QStringLiteral("demo"), QStringLiteral("--tenders"), QStringLiteral("40"),
                 QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void exportsAReleasePackage()
    {
        const QString out = path("market.json");
        const CliResult r =
            run({QStringLiteral("export"), QStringLiteral("ocds"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Not a terminal: no progress on stderr.
        QCOMPARE(r.err, QString());
        const qint64 bids = count(QStringLiteral("SELECT count(*) FROM bids"));
        const qint64 awards = count(QStringLiteral("SELECT count(*) FROM awards"));
        const QString summary =
            QStringLiteral("OCDS release package written to %1: 40 tenders, %2 bids, %3 awards, "
                           "%4 bytes.\n")
                .arg(out)
                .arg(bids)
                .arg(awards)
                .arg(QFileInfo(out).size());
        QCOMPARE(r.out, summary);
        const OcdsValidation v =
            validateFile(out, OcdsFile::ReleasePackage, QStringList{bidExtensionDir()});
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray releases = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QLatin1String("releases"))
                                        .toArray();
        QCOMPARE(releases.size(), 40);
        qint64 details = 0;
        for (const QJsonValue& release : releases)
            details += release.toObject()
                           .value(QLatin1String("bids"))
                           .toObject()
                           .value(QLatin1String("details"))
                           .toArray()
                           .size();
        QCOMPARE(details, bids);
    }

    void exportsJsonLinesOfSomeDays()
    {
        const QString out = path("spring.jsonl");
        const CliResult r =
            run({QStringLiteral("export"), QStringLiteral("ocds"), QStringLiteral("--out"), out,
                 QStringLiteral("--jsonl"), QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                 QStringLiteral("--to"), QStringLiteral("2024-05-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(
                     QStringLiteral("OCDS releases written to %1 as JSON Lines: ").arg(out)),
                 qPrintable(r.out));
        // Both days included, in the desk's local time.
        const qint64 expected =
            count(QStringLiteral("SELECT count(*) FROM tenders WHERE published_at >= ? AND "
                                 "published_at < ?"),
                  {sql::fromDateTime(QDate(2024, 3, 1).startOfDay()),
                   sql::fromDateTime(QDate(2024, 6, 1).startOfDay())});
        QVERIFY(expected > 0);
        QVERIFY(expected < 40);
        QCOMPARE(qint64(linesOf(out).size()), expected);
        QVERIFY2(r.out.contains(QStringLiteral(": %1 tenders, ").arg(expected)), qPrintable(r.out));
        const OcdsValidation v =
            validateFile(out, OcdsFile::JsonLines, QStringList{bidExtensionDir()});
        QVERIFY2(v.ran && v.exitCode == 0, qPrintable(v.output));
    }

    void refusesWrongCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString out = QStringLiteral("--out");
        const QString file = m_dir.filePath(QStringLiteral("never.json"));
        QTest::newRow("no --out") << QStringList{} << QStringLiteral("--out");
        QTest::newRow("bad day") << QStringList{out, file, QStringLiteral("--from"),
                                                QStringLiteral("2024-13-01")}
                                 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("to before from") << QStringList{out,
                                                       file,
                                                       QStringLiteral("--from"),
                                                       QStringLiteral("2024-05-01"),
                                                       QStringLiteral("--to"),
                                                       QStringLiteral("2024-04-01")}
                                        << QStringLiteral("is before --from");
        QTest::newRow("other option")
            << QStringList{out, file, QStringLiteral("--json")} << QStringLiteral("--json");
    }
    void refusesWrongCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const CliResult r =
            run(QStringList{QStringLiteral("export"), QStringLiteral("ocds")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("export ocds --out FILE")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));
    }

    void nothingToExportWritesNoFile()
    {
        const QString out = path("future.json");
        const CliResult r =
            run({QStringLiteral("export"), QStringLiteral("ocds"), QStringLiteral("--out"), out,
                 QStringLiteral("--from"), QStringLiteral("2030-01-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("nothing to export")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void usageListsIt()
    {
        const CliResult r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String(
            "export ocds --out FILE [--jsonl] [--from YYYY-MM-DD] [--to YYYY-MM-DD]")));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
