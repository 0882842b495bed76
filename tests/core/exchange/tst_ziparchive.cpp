#include "domain/error.h"
#include "exchange/ziparchive.h"
#include "handmadezip.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <ctime>
#include <functional>
#include <langinfo.h>

using namespace td;
using td::test::handMadeZip;
using td::test::le32;

Q_DECLARE_METATYPE(td::ArchiveEntry)
Q_DECLARE_METATYPE(td::ZipLimits)

namespace {

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool save(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QList<ArchiveEntry> sampleEntries()
{
    QByteArray binary;
    for (int i = 0; i < 3000; ++i)
        binary.append(char((i * 37 + i / 256) & 0xff));
    return {
        {QStringLiteral("tender.json"), QByteArrayLiteral("{\"ocid\": \"ocds-td-1\"}\n")},
        {QStringLiteral("投标文件/技术方案.pdf"), binary},
        {QStringLiteral("投标文件/空文件.txt"), QByteArray()},
        {QStringLiteral("annex/zeros.bin"), QByteArray(300, '\0')},
    };
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The bytes writeZip makes for `entries`.
    QByteArray zipOf(const QList<ArchiveEntry>& entries)
    {
        const QString file = path(QStringLiteral("scratch.zip"));
        writeZip(file, entries);
        const QByteArray bytes = contentOf(file);
        QFile::remove(file);
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aPackageRoundTrips()
    {
        const QString file = path(QStringLiteral("round.zip"));
        writeZip(file, sampleEntries());
        const QList<ArchiveEntry> back = readZip(file);
        QCOMPARE(back.size(), sampleEntries().size());
        for (qsizetype i = 0; i < back.size(); ++i) {
            QCOMPARE(back.at(i).path, sampleEntries().at(i).path);
            QCOMPARE(back.at(i).content, sampleEntries().at(i).content);
        }
        QVERIFY(back.at(2).content.isEmpty());
    }

    void namesSurviveAnAsciiLocale()
    {
        // A program started under LANG=C has an ASCII locale; names are still UTF-8, and the
        // bytes are those written under a UTF-8 locale.
        const QByteArray utf8Bytes = zipOf(sampleEntries());
        const QByteArray previous = setlocale(LC_ALL, nullptr);
        setlocale(LC_ALL, "C");
        const auto restore = qScopeGuard([&] { setlocale(LC_ALL, previous.constData()); });
        QVERIFY(qstrcmp(nl_langinfo(CODESET), "UTF-8") != 0);
        const QString file = path(QStringLiteral("ascii.zip"));
        writeZip(file, sampleEntries());
        QCOMPARE(contentOf(file), utf8Bytes);
        const QList<ArchiveEntry> back = readZip(file);
        QCOMPARE(back.size(), sampleEntries().size());
        for (qsizetype i = 0; i < back.size(); ++i) {
            QCOMPARE(back.at(i).path, sampleEntries().at(i).path);
            QCOMPARE(back.at(i).content, sampleEntries().at(i).content);
        }
    }

    void anEmptyPackageRoundTrips()
    {
        const QString file = path(QStringLiteral("empty.zip"));
        writeZip(file, {});
        QVERIFY(readZip(file).isEmpty());
    }

    void theSameEntriesGiveTheSameBytes()
    {
        const QByteArray first = zipOf(sampleEntries());
        // Not even the time of day or the time zone shows in the bytes.
        const QByteArray oldZone = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        QTest::qWait(1100);
        const QByteArray second = zipOf(sampleEntries());
        qputenv("TZ", "Asia/Shanghai");
        tzset();
        const QByteArray third = zipOf(sampleEntries());
        if (oldZone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldZone);
        tzset();
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
        QCOMPARE(third, first);
        // And the content is compressed, not stored.
        QVERIFY(zipOf({{QStringLiteral("zeros"), QByteArray(100000, '\0')}}).size() < 2000);
    }

    void pythonReadsWhatWeWrite()
    {
        const QString file = path(QStringLiteral("python.zip"));
        writeZip(file, sampleEntries());
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 is needed to check that other tools read our zips");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
        process.setProcessEnvironment(environment);
        process.start(
            python, {QStringLiteral("-c"),
                     QStringLiteral("import base64, json, sys, zipfile\n"
                                    "z = zipfile.ZipFile(sys.argv[1])\n"
                                    "print(json.dumps({'bad': z.testzip(), 'entries': [\n"
                                    "  {'name': i.filename, 'utf8': bool(i.flag_bits & 0x800),\n"
                                    "   'date': list(i.date_time), 'mode': i.external_attr >> 16,\n"
                                    "   'data': base64.b64encode(z.read(i)).decode()}\n"
                                    "  for i in z.infolist()]}))\n"),
                     file});
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QVERIFY(json.value(QLatin1String("bad")).isNull()); // every CRC is right
        const QJsonArray entries = json.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), sampleEntries().size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const ArchiveEntry expected = sampleEntries().at(i);
            QCOMPARE(entry.value(QLatin1String("name")).toString(), expected.path);
            QCOMPARE(
                QByteArray::fromBase64(entry.value(QLatin1String("data")).toString().toLatin1()),
                expected.content);
            QCOMPARE(entry.value(QLatin1String("mode")).toInt(), 0100644);
            QCOMPARE(entry.value(QLatin1String("date")).toArray(),
                     (QJsonArray{1980, 1, 1, 0, 0, 0}));
            if (expected.path.toUtf8() != expected.path.toLatin1())
                QVERIFY(entry.value(QLatin1String("utf8")).toBool());
        }
    }

    void aStreamedFileGoesInStoredAndComesBackWhole()
    {
        // 3 MB that do not compress, in pieces that are not a multiple of the copy buffer.
        QByteArray big;
        quint32 x = 12345;
        for (int i = 0; i < 3 * 1000 * 1000 + 17; ++i) {
            x = x * 1103515245u + 12345u;
            big.append(char(x >> 24));
        }
        const QString source = path(QStringLiteral("big.bin"));
        QVERIFY(save(source, big));
        const QString file = path(QStringLiteral("streamed.zip"));
        QList<qint64> progress;
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            ZipWriter zip(out, file, ZipWriter::Compression::Store);
            zip.addBytes(QStringLiteral("small.json"), QByteArrayLiteral("{}"));
            zip.addFile(QStringLiteral("文件/big.bin"), source,
                        [&](qint64 copied) { progress.append(copied); });
            zip.finish();
        }
        QVERIFY(progress.size() > 10);
        QCOMPARE(progress.constLast(), qint64(big.size()));
        // Stored: the archive is the content plus headers, not less.
        QVERIFY(QFileInfo(file).size() > big.size());
        QVERIFY(QFileInfo(file).size() < big.size() + 1000);
        const QList<ArchiveEntry> back = readZip(file);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).content, QByteArrayLiteral("{}"));
        QCOMPARE(back.at(1).path, QStringLiteral("文件/big.bin"));
        QVERIFY(back.at(1).content == big);
    }

    void aStreamedCopyStopsWhenItsProgressThrows()
    {
        const QString source = path(QStringLiteral("stop.bin"));
        QVERIFY(save(source, QByteArray(1000 * 1000, 'x')));
        QFile out(path(QStringLiteral("stopped.zip")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        ZipWriter zip(out, out.fileName(), ZipWriter::Compression::Store);
        int calls = 0;
        const QString message = messageOf([&] {
            zip.addFile(QStringLiteral("stop.bin"), source, [&](qint64) {
                if (++calls == 3)
                    throw Error(QStringLiteral("stopped"));
            });
        });
        QCOMPARE(message, QStringLiteral("stopped"));
        QCOMPARE(calls, 3);
        // A name refused by the reader is refused by the streaming writer as well.
        QVERIFY(messageOf([&] {
                    zip.addBytes(QStringLiteral("../up"), {});
                }).contains(QLatin1String("must be a relative path")));
        QVERIFY(messageOf([&] {
                    zip.addFile(QStringLiteral("gone.bin"), path(QStringLiteral("no")));
                }).contains(QLatin1String("Check that the file exists")));
    }

    void writingIntoAMissingFolderFailsAndLeavesNothing()
    {
        const QString folder = path(QStringLiteral("missing"));
        const QString file = folder + QStringLiteral("/package.zip");
        const QString message = messageOf([&] { writeZip(file, sampleEntries()); });
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Check that the folder exists")),
                 qPrintable(message));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void aFailedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<QList<ArchiveEntry>>("entries");
        QTest::addColumn<QString>("expected");
        QList<ArchiveEntry> traversal = sampleEntries();
        traversal.append({QStringLiteral("../outside.txt"), QByteArrayLiteral("x")});
        QTest::newRow("unsafe name last") << traversal << QStringLiteral("\"../outside.txt\"");
        QList<ArchiveEntry> twice = sampleEntries();
        twice.append(sampleEntries().first());
        QTest::newRow("duplicate name") << twice << QStringLiteral("occurs twice");
        QTest::newRow("absolute name") << QList<ArchiveEntry>{{QStringLiteral("/etc/passwd"), {}}}
                                       << QStringLiteral("\"/etc/passwd\"");
        QTest::newRow("backslash name") << QList<ArchiveEntry>{{QStringLiteral("a\\b.txt"), {}}}
                                        << QStringLiteral("\"a\\b.txt\"");
    }
    void aFailedWriteKeepsTheOldFile()
    {
        QFETCH(QList<ArchiveEntry>, entries);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("package.zip"));
        const QByteArray old = QByteArrayLiteral("the package as it was");
        QVERIFY(save(file, old));
        const QString message = messageOf([&] { writeZip(file, entries); });
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        QCOMPARE(contentOf(file), old);
        // No temporary file left beside it.
        QCOMPARE(
            QDir(folder.path())
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("package.zip")});
    }

    void foldersAreSkipped()
    {
        const QString file = path(QStringLiteral("folders.zip"));
        QVERIFY(save(file, handMadeZip({{"docs/", {}, 040755},
                                        {"docs/a.txt", "a", 0100644},
                                        {"docs/empty/", {}, 040755}})));
        const QList<ArchiveEntry> entries = readZip(file);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().path, QStringLiteral("docs/a.txt"));
        QCOMPARE(entries.first().content, QByteArrayLiteral("a"));
    }

    void limitsAreInclusive()
    {
        const QString file = path(QStringLiteral("limits.zip"));
        writeZip(file, {{QStringLiteral("a"), QByteArray(1000, 'a')},
                        {QStringLiteral("b"), QByteArray(1000, 'b')}});
        ZipLimits limits;
        limits.maximumEntries = 2;
        limits.maximumEntryBytes = 1000;
        limits.maximumTotalBytes = 2000;
        QCOMPARE(readZip(file, limits).size(), 2);
    }

    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ZipLimits>("limits");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("entry");
        const ZipLimits defaults;
        const QString notPlain = QStringLiteral("not a plain relative path");
        QTest::newRow("path traversal") << handMadeZip({{"ok.txt", "fine"}, {"../x", "evil"}})
                                        << defaults << notPlain << QStringLiteral("../x");
        QTest::newRow("traversal inside") << handMadeZip({{"docs/../../x", "evil"}}) << defaults
                                          << notPlain << QStringLiteral("docs/../../x");
        QTest::newRow("absolute") << handMadeZip({{"/etc/x", "evil"}}) << defaults << notPlain
                                  << QStringLiteral("/etc/x");
        // libarchive may turn backslashes into '/' before we see a name: refused either way.
        QTest::newRow("backslash traversal") << handMadeZip({{"..\\..\\x", "evil"}}) << defaults
                                             << notPlain << QStringLiteral("..\\..\\x");
        QTest::newRow("backslash absolute") << handMadeZip({{"\\etc\\x", "evil"}}) << defaults
                                            << notPlain << QStringLiteral("\\etc\\x");
        QTest::newRow("backslash drive")
            << handMadeZip({{"C:\\x", "evil"}}) << defaults << notPlain << QStringLiteral("C:\\x");
        QTest::newRow("drive letter") << handMadeZip({{"C:/Windows/x", "evil"}}) << defaults
                                      << notPlain << QStringLiteral("C:/Windows/x");
        QTest::newRow("dot segment")
            << handMadeZip({{"./x", "evil"}}) << defaults << notPlain << QStringLiteral("./x");
        QTest::newRow("symlink") << handMadeZip({{"link", "/etc/passwd", 0120777}}) << defaults
                                 << QStringLiteral("is a link or a device")
                                 << QStringLiteral("link");
        QTest::newRow("character device")
            << handMadeZip({{"tty", {}, 0020644}}) << defaults
            << QStringLiteral("is a link or a device") << QStringLiteral("tty");
        QTest::newRow("duplicate names")
            << handMadeZip({{"a.txt", "one"}, {"b.txt", "b"}, {"a.txt", "two"}}) << defaults
            << QStringLiteral("occurs twice") << QStringLiteral("a.txt");
        ZipLimits three;
        three.maximumEntries = 3;
        QTest::newRow("too many entries")
            << handMadeZip({{"1", "1"}, {"2", "2"}, {"3", "3"}, {"4", "4"}, {"5", "5"}}) << three
            << QStringLiteral("more than 3 files") << QString();

        // 10 MB of zeros deflate to a few kilobytes: a zip bomb in miniature (its name holds a
        // marker, which the message must show as it is).
        ZipLimits oneMegabyte;
        oneMegabyte.maximumEntryBytes = 1024 * 1024;
        oneMegabyte.maximumTotalBytes = 1024 * 1024;
        const QByteArray bomb =
            zipOf({{QStringLiteral("bomb %2.bin"), QByteArray(10 * 1024 * 1024, '\0')}});
        QVERIFY(bomb.size() < 100 * 1024);
        QTest::newRow("entry beyond the limit")
            << bomb << oneMegabyte << QStringLiteral("larger than 1.0 MB when unpacked")
            << QStringLiteral("bomb %2.bin");
        // The same bomb whose headers claim 1000 bytes: only bytes actually unpacked count.
        QByteArray lying = bomb;
        const QByteArray tenMegabytes = QByteArrayLiteral("\x00\x00\xa0\x00");
        QByteArray small;
        le32(small, 1000);
        QVERIFY(lying.count(tenMegabytes) >= 2);
        lying.replace(tenMegabytes, small);
        QTest::newRow("sizes in the header lie")
            << lying << oneMegabyte << QStringLiteral("larger than 1.0 MB when unpacked")
            << QStringLiteral("bomb %2.bin");
        // Within every size limit, but 10 MB out of a few kilobytes is more than 100:1.
        ZipLimits ratio;
        ratio.maximumCompressionRatio = 100;
        QTest::newRow("compression beyond the ratio")
            << bomb << ratio << QStringLiteral("unpacks to more than 100 times its own size")
            << QStringLiteral("bomb %2.bin");
        const QByteArray part(600 * 1024, 'p');
        QTest::newRow("total beyond the limit")
            << zipOf({{QStringLiteral("p1"), part},
                      {QStringLiteral("p2"), part},
                      {QStringLiteral("p3"), part}})
            << oneMegabyte << QStringLiteral("larger than 1.0 MB when unpacked (it stopped at")
            << QStringLiteral("p2");

        QTest::newRow("bad checksum")
            << handMadeZip({{"ok.txt", "fine"}, {"bid.pdf", "%PDF-1.7 content"}}, true) << defaults
            << QStringLiteral("is damaged") << QStringLiteral("ok.txt");
        const QByteArray whole = zipOf(sampleEntries());
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << defaults
                                   << QStringLiteral("the sender for a new copy") << QString();
        QTest::newRow("truncated to a header")
            << whole.left(20) << defaults << QStringLiteral("the sender for a new copy")
            << QString();
        QTest::newRow("not a zip")
            << QByteArrayLiteral("This is a plain text file, not a tender package.\n") << defaults
            << QStringLiteral("is not a readable .zip package") << QString();
        QTest::newRow("empty file")
            << QByteArray() << defaults << QStringLiteral("is not a readable .zip package")
            << QString();
    }
    void hostileArchivesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ZipLimits, limits);
        QFETCH(QString, expected);
        QFETCH(QString, entry);
        const QString file = path(QStringLiteral("hostile.zip"));
        QVERIFY(save(file, bytes));
        const QString message = messageOf([&] { (void)readZip(file, limits); });
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
        const QString slashed = QString(entry).replace(QLatin1Char('\\'), QLatin1Char('/'));
        if (!entry.isEmpty())
            QVERIFY2(message.contains(QLatin1Char('"') + entry + QLatin1Char('"')) ||
                         message.contains(QLatin1Char('"') + slashed + QLatin1Char('"')),
                     qPrintable(message));
    }

    void aMissingFileIsAnError()
    {
        const QString file = path(QStringLiteral("nowhere.zip"));
        const QString message = messageOf([&] { (void)readZip(file); });
        QVERIFY2(message.contains(QLatin1String("Check that the file exists")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
