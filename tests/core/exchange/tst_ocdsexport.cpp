#include "demo/demogenerator.h"
#include "domain/error.h"
#include "exchange/ocdsexport.h"
#include "exchange/ocdsrelease.h"
#include "ocdsvalidation.h"
#include "store/sql.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace td;

namespace {

// A small demo market: enough tenders for lots, disqualified bids and awards of every kind.
constexpr qint64 marketSize = 60;

qint64 scalar(const Database& db, const QString& statement, const QVariantList& values = {})
{
    return sql::scalar(db.connection(), statement, values).toLongLong();
}

// An OCDS amount back in fen, exactly: the amounts are below 10^13 fen, where a double holds
// every one.
qint64 minorUnits(const QJsonValue& value)
{
    return qint64(std::llround(value.toObject().value(QLatin1String("amount")).toDouble() * 100));
}

QList<QJsonObject> readJsonLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> releases;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        releases.append(QJsonDocument::fromJson(line).object());
    }
    return releases;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What the releases hold, summed as the database is.
struct Totals
{
    qint64 releases = 0;
    qint64 bids = 0;
    qint64 bidMinor = 0;
    qint64 awards = 0;
    qint64 awardMinor = 0;
    QSet<QString> ocids;
    QSet<QString> bidIds;   // "<ocid>/<bid id>"
    QSet<QString> awardIds; // "<ocid>/<award id>"
    QStringList problems;
};

Totals totalsOf(const QList<QJsonObject>& releases)
{
    Totals t;
    for (const QJsonObject& r : releases) {
        ++t.releases;
        const QString ocid = r.value(QLatin1String("ocid")).toString();
        t.ocids.insert(ocid);
        QSet<QString> parties;
        for (const QJsonValue& p : r.value(QLatin1String("parties")).toArray())
            parties.insert(p.toObject().value(QLatin1String("id")).toString());
        QSet<QString> bidsHere;
        for (const QJsonValue& v :
             r.value(QLatin1String("bids")).toObject().value(QLatin1String("details")).toArray()) {
            const QJsonObject b = v.toObject();
            ++t.bids;
            t.bidMinor += minorUnits(b.value(QLatin1String("value")));
            const QString id = b.value(QLatin1String("id")).toString();
            bidsHere.insert(id);
            t.bidIds.insert(ocid + QLatin1Char('/') + id);
            const QString tenderer = b.value(QLatin1String("tenderers"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toString();
            if (!parties.contains(tenderer))
                t.problems.append(ocid + QStringLiteral(": bid %1's tenderer is no party").arg(id));
        }
        for (const QJsonValue& v : r.value(QLatin1String("awards")).toArray()) {
            const QJsonObject a = v.toObject();
            ++t.awards;
            t.awardMinor += minorUnits(a.value(QLatin1String("value")));
            t.awardIds.insert(ocid + QLatin1Char('/') + a.value(QLatin1String("id")).toString());
            if (!bidsHere.contains(a.value(QLatin1String("relatedBid")).toString()))
                t.problems.append(ocid + QStringLiteral(": an award's bid is not among the bids"));
            const QString supplier = a.value(QLatin1String("suppliers"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toString();
            if (!parties.contains(supplier))
                t.problems.append(ocid + QStringLiteral(": an award's supplier is no party"));
        }
    }
    return t;
}

} // namespace

class TestOcdsExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Database& market(test::TestDatabase& db)
    {
        Database& opened = db.open();
        demo::DemoOptions options;
        options.tenders = marketSize;
        options.seed = 7;
        demo::DemoGenerator(opened, options).run();
        return opened;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyTenderBidAndAwardOnce_data() { test::addEngineRows(); }
    void everyTenderBidAndAwardOnce()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = market(testDb);

        const QString jsonl = path(QStringLiteral("market-%1.jsonl").arg(int(engine)));
        OcdsExportOptions options;
        options.format = OcdsExportFormat::JsonLines;
        options.pageSize = 7; // pages that end inside the market, not on a round number
        const OcdsExportSummary summary = exportOcds(db, jsonl, options);
        QCOMPARE(summary.bytes, QFileInfo(jsonl).size());

        const Totals t = totalsOf(readJsonLines(jsonl));
        QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QLatin1Char('\n'))));
        const qint64 tenders = scalar(db, QStringLiteral("SELECT count(*) FROM tenders"));
        const qint64 bids = scalar(db, QStringLiteral("SELECT count(*) FROM bids"));
        const qint64 awards = scalar(db, QStringLiteral("SELECT count(*) FROM awards"));
        QCOMPARE(tenders, marketSize);
        QVERIFY(bids > tenders);
        QVERIFY(awards > 0);
        QCOMPARE(summary.tenders, tenders);
        QCOMPARE(summary.bids, bids);
        QCOMPARE(summary.awards, awards);
        // Once each: as many distinct ids as rows.
        QCOMPARE(t.releases, tenders);
        QCOMPARE(qint64(t.ocids.size()), tenders);
        QCOMPARE(t.bids, bids);
        QCOMPARE(qint64(t.bidIds.size()), bids);
        QCOMPARE(t.awards, awards);
        QCOMPARE(qint64(t.awardIds.size()), awards);
        QSet<QString> references;
        for (QSqlQuery q = sql::run(db.connection(), QStringLiteral("SELECT reference FROM "
                                                                    "tenders"));
             q.next();)
            references.insert(ocds::ocid(q.value(0).toString()));
        QCOMPARE(t.ocids, references);
        // With the right amounts.
        QCOMPARE(
            t.bidMinor,
            scalar(db, QStringLiteral("SELECT COALESCE(SUM(total_price_minor), 0) FROM bids")));
        QCOMPARE(t.awardMinor,
                 scalar(db, QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM awards")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM bids WHERE currency <> 'CNY'")),
                 0);
    }

    void packageAndLinesValidate_data() { test::addEngineRows(); }
    void packageAndLinesValidate()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = market(testDb);

        const QString package = path(QStringLiteral("package-%1.json").arg(int(engine)));
        const QString jsonl = path(QStringLiteral("lines-%1.jsonl").arg(int(engine)));
        OcdsExportOptions options;
        options.now = QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC);
        exportOcds(db, package, options);
        options.format = OcdsExportFormat::JsonLines;
        exportOcds(db, jsonl, options);

        const QStringList extensions{test::bidExtensionDir()};
        const test::OcdsValidation p =
            test::validateFile(package, test::OcdsFile::ReleasePackage, extensions);
        QVERIFY2(p.ran, qPrintable(p.output));
        QVERIFY2(p.exitCode == 0, qPrintable(p.output));
        const test::OcdsValidation l =
            test::validateFile(jsonl, test::OcdsFile::JsonLines, extensions);
        QVERIFY2(l.ran, qPrintable(l.output));
        QVERIFY2(l.exitCode == 0, qPrintable(l.output));

        // The package: its metadata, and the same releases as the lines, in the same order.
        const QJsonObject root = readJson(package);
        QCOMPARE(root.value(QLatin1String("version")).toString(), QStringLiteral("1.1"));
        QCOMPARE(root.value(QLatin1String("publishedDate")).toString(),
                 QStringLiteral("2026-12-03T09:30:00Z"));
        QCOMPARE(root.value(QLatin1String("extensions")).toArray(),
                 QJsonArray{ocdsBidExtensionUrl()});
        QVERIFY(!root.value(QLatin1String("uri")).toString().isEmpty());
        QVERIFY(!root.value(QLatin1String("publisher"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString()
                     .isEmpty());
        const QJsonArray releases = root.value(QLatin1String("releases")).toArray();
        const QList<QJsonObject> lines = readJsonLines(jsonl);
        QCOMPARE(qint64(releases.size()), marketSize);
        QCOMPARE(qint64(lines.size()), marketSize);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(releases.at(i).toObject(), lines.at(i));
        // A compiled release per process, everything it needs to rebuild the tender.
        const QJsonObject first = lines.constFirst();
        QCOMPARE(first.value(QLatin1String("tag")).toArray(),
                 QJsonArray{QStringLiteral("compiled")});
        const QJsonObject tender = first.value(QLatin1String("tender")).toObject();
        for (const char* key : {"id", "title", "status", "value", "tenderPeriod", "lots"})
            QVERIFY2(tender.contains(QLatin1String(key)), key);
        QVERIFY(first.value(QLatin1String("buyer")).toObject().contains(QLatin1String("id")));
    }

    void selectsByPublicationDate_data() { test::addEngineRows(); }
    void selectsByPublicationDate()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = market(testDb);

        OcdsExportOptions options;
        options.format = OcdsExportFormat::JsonLines;
        options.publishedFrom = QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC);
        options.publishedBefore = QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC);
        const QString jsonl = path(QStringLiteral("quarter-%1.jsonl").arg(int(engine)));
        const OcdsExportSummary summary = exportOcds(db, jsonl, options);
        const qint64 expected = scalar(
            db,
            QStringLiteral("SELECT count(*) FROM tenders WHERE published_at >= ? AND "
                           "published_at < ?"),
            {QStringLiteral("2024-04-01T00:00:00Z"), QStringLiteral("2024-07-01T00:00:00Z")});
        QVERIFY(expected > 0);
        QVERIFY(expected < marketSize);
        QCOMPARE(summary.tenders, expected);
        const QList<QJsonObject> releases = readJsonLines(jsonl);
        QCOMPARE(qint64(releases.size()), expected);
        for (const QJsonObject& r : releases) {
            const QString start = r.value(QLatin1String("tender"))
                                      .toObject()
                                      .value(QLatin1String("tenderPeriod"))
                                      .toObject()
                                      .value(QLatin1String("startDate"))
                                      .toString();
            QVERIFY2(start >= QLatin1String("2024-04-01") && start < QLatin1String("2024-07-01"),
                     qPrintable(start));
        }
        const qint64 bids = scalar(
            db,
            QStringLiteral("SELECT count(*) FROM bids b JOIN tenders t ON "
                           "t.id = b.tender_id WHERE t.published_at >= ? "
                           "AND t.published_at < ?"),
            {QStringLiteral("2024-04-01T00:00:00Z"), QStringLiteral("2024-07-01T00:00:00Z")});
        QCOMPARE(totalsOf(releases).bids, bids);

        // Dates that select nothing write nothing: a package holds one release at least.
        options.publishedFrom = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        options.publishedBefore = QDateTime();
        const QString none = path(QStringLiteral("none-%1.jsonl").arg(int(engine)));
        QVERIFY_THROWS_EXCEPTION(Error, exportOcds(db, none, options));
        QVERIFY(!QFile::exists(none));
    }

    void cancelLeavesNoFile_data() { test::addEngineRows(); }
    void cancelLeavesNoFile()
    {
        QFETCH(Engine, engine);
        test::TestDatabase testDb(engine);
        QVERIFY2(testDb.isReady(), qPrintable(testDb.error()));
        const Database& db = market(testDb);

        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString fresh = folder.filePath(QStringLiteral("fresh.json"));
        OcdsExportOptions options;
        options.pageSize = 10;
        qint64 calls = 0;
        const auto cancelOnSecondPage = [&](qint64 done, qint64 total) {
            ++calls;
            return done < 20 && total == marketSize;
        };
        QVERIFY_THROWS_EXCEPTION(Error, exportOcds(db, fresh, options, cancelOnSecondPage));
        QCOMPARE(calls, 2);
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // An earlier export of that name stays as it was.
        const QString earlier = folder.filePath(QStringLiteral("earlier.jsonl"));
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier\n");
        file.close();
        options.format = OcdsExportFormat::JsonLines;
        QVERIFY_THROWS_EXCEPTION(Error, exportOcds(db, earlier, options, cancelOnSecondPage));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("earlier.jsonl")});

        // Not cancelled, the export replaces it.
        const OcdsExportSummary done =
            exportOcds(db, earlier, options, [](qint64, qint64) { return true; });
        QCOMPARE(done.tenders, marketSize);
        QCOMPARE(QFileInfo(earlier).size(), done.bytes);
    }
};

QTEST_GUILESS_MAIN(TestOcdsExport)
#include "tst_ocdsexport.moc"
