// The bid package reader against packages built in the test: a good one of each suite, and
// every hostile or broken one refused with its reason code and a sentence naming what is wrong.
#include "bidding/bidpackagereader.h"
#include "bidding/bidrefusal.h"
#include "bidpackagebuilder.h"
#include "handmadezip.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::CipherSuite)
Q_DECLARE_METATYPE(td::ArchiveEntry)

namespace {

PackageTarget target(CipherSuite suite)
{
    return {
        QStringLiteral("TD-2030-000001"), sha256Hex(QByteArrayLiteral("tender key")), {}, suite};
}

bool save(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The reason code and the sentence a package is refused with; empty when it is read.
QPair<QString, QString> refusalOf(const QString& path)
{
    try {
        (void)readBidPackage(path);
    } catch (const BidRefused& e) {
        return {e.code(), e.message()};
    }
    return {};
}

QList<RawEntry> raw(const QList<ArchiveEntry>& entries)
{
    QList<RawEntry> out;
    for (const ArchiveEntry& e : entries)
        out.append({e.path.toUtf8(), e.content});
    return out;
}

} // namespace

class TestBidPackageReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A good package's entries, for the hostile variants to start from.
    QList<ArchiveEntry> goodEntries(CipherSuite suite = CipherSuite::International) const
    {
        return BidPackageBuilder(target(suite), vendor(suite))
            .withOpaquePayload(QByteArray(4096, 'c'))
            .entries();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aGoodPackageIsRead_data()
    {
        QTest::addColumn<CipherSuite>("suite");
        QTest::newRow("international") << CipherSuite::International;
        QTest::newRow("national") << CipherSuite::National;
    }
    void aGoodPackageIsRead()
    {
        QFETCH(CipherSuite, suite);
        const QByteArray ciphertext(100000, 'x');
        const QString file = BidPackageBuilder(target(suite), vendor(suite))
                                 .withOpaquePayload(ciphertext)
                                 .write(path(QStringLiteral("good.zip")));
        const BidPackage p = readBidPackage(file);
        QCOMPARE(p.manifest.kind, BidPackageKind::Bid);
        QCOMPARE(p.manifest.tenderReference, QStringLiteral("TD-2030-000001"));
        QCOMPARE(p.manifest.suite, suite);
        QCOMPARE(p.manifest.uscc, vendor(suite).uscc);
        QCOMPARE(p.certificate.organization, vendor(suite).organization);
        QCOMPARE(p.certificate.fingerprint, vendor(suite).identity.fingerprint);
        QCOMPARE(p.ciphertext, ciphertext);
        QCOMPARE(p.payloadSha256, sha256Hex(ciphertext));
        QCOMPARE(p.envelope.suite, suite);
        QCOMPARE(p.envelope.mac.isEmpty(), suite == CipherSuite::International);
    }

    void aWithdrawalIsRead()
    {
        const QString file =
            BidPackageBuilder(target(CipherSuite::National), vendor(CipherSuite::National))
                .asWithdrawal()
                .write(path(QStringLiteral("withdrawal.zip")));
        const BidPackage p = readBidPackage(file);
        QCOMPARE(p.manifest.kind, BidPackageKind::Withdrawal);
        QVERIFY(p.ciphertext.isEmpty());
    }

    void hostilePackagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QList<RawEntry> good = raw(goodEntries());
        const auto with = [&](const RawEntry& extra) {
            QList<RawEntry> entries = good;
            entries.append(extra);
            return handMadeZip(entries);
        };
        const QString unsafe = QStringLiteral("unsafe-archive");
        QTest::newRow("absolute path")
            << with({"/etc/cron.d/x", "evil"}) << unsafe << QStringLiteral("\"/etc/cron.d/x\"");
        QTest::newRow("dot dot") << with({"documents/../../x", "evil"}) << unsafe
                                 << QStringLiteral("\"documents/../../x\"");
        QTest::newRow("symlink") << with({"link", "/etc/passwd", 0120777}) << unsafe
                                 << QStringLiteral("is a link or a device");
        QTest::newRow("character device")
            << with({"tty", {}, 0020644}) << unsafe << QStringLiteral("is a link or a device");
        QTest::newRow("fifo") << with({"pipe", {}, 0010644}) << unsafe
                              << QStringLiteral("is a link or a device");
        QList<RawEntry> many = good;
        for (int i = static_cast<int>(many.size()); i < 1001; ++i)
            many.append({"f" + QByteArray::number(i), "1"});
        QTest::newRow("1,001 entries")
            << handMadeZip(many) << unsafe << QStringLiteral("more than 1000 files");
        QTest::newRow("not a zip")
            << QByteArrayLiteral("%PDF-1.7 this is no package\n") << QStringLiteral("not-a-zip")
            << QStringLiteral("is not a readable .zip package");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not-a-zip")
                                    << QStringLiteral("is not a readable .zip package");
        QList<RawEntry> noManifest = good;
        noManifest.removeFirst();
        QTest::newRow("missing manifest")
            << handMadeZip(noManifest) << QStringLiteral("malformed-manifest")
            << QStringLiteral("has no manifest.json");
        QList<RawEntry> notJson = good;
        notJson.first().data = "this is not JSON";
        QTest::newRow("manifest not JSON")
            << handMadeZip(notJson) << QStringLiteral("malformed-manifest")
            << QStringLiteral("'manifest.json' is missing or wrong");
        QList<RawEntry> partial = good;
        partial.first().data = R"({"format": "tenderdesk-bid-package-1", "kind": "bid"})";
        QTest::newRow("manifest without tender")
            << handMadeZip(partial) << QStringLiteral("malformed-manifest")
            << QStringLiteral("'tender.reference' is missing or wrong");
        QJsonObject wrongDigest = QJsonDocument::fromJson(good.first().data).object();
        QJsonObject tender = wrongDigest.value(QLatin1String("tender")).toObject();
        tender.insert(QStringLiteral("suite"), QStringLiteral("quantum"));
        wrongDigest.insert(QStringLiteral("tender"), tender);
        QList<RawEntry> badField = good;
        badField.first().data = QJsonDocument(wrongDigest).toJson();
        QTest::newRow("manifest field wrong")
            << handMadeZip(badField) << QStringLiteral("malformed-manifest")
            << QStringLiteral("'tender.suite' is missing or wrong");
    }
    void hostilePackagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const QString file = path(QStringLiteral("hostile.zip"));
        QVERIFY(save(file, bytes));
        const auto [refusedCode, message] = refusalOf(file);
        QCOMPARE(refusedCode, code);
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    // 40 MB of zeros deflate to about 40 KB: far beyond 100:1, refused as soon as the bytes
    // unpacked cross 100 times the file's size (long before the 2 GiB limit).
    void aZipBombIsRefused()
    {
        QList<ArchiveEntry> entries = goodEntries();
        entries.append({QStringLiteral("documents/bomb.pdf"), QByteArray(40 * 1024 * 1024, '\0')});
        const QString file = path(QStringLiteral("bomb.zip"));
        writeZip(file, entries);
        QVERIFY(QFile(file).size() < 400 * 1024);
        const auto [code, message] = refusalOf(file);
        QCOMPARE(code, QStringLiteral("unsafe-archive"));
        QVERIFY2(message.contains(QLatin1String("unpacks to more than 100 times its own size")),
                 qPrintable(message));
    }

    void tamperedPackagesAreRefused_data()
    {
        QTest::addColumn<QList<ArchiveEntry>>("entries");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QList<ArchiveEntry> good = goodEntries();
        const qsizetype payload = 2; // manifest, signature, payload.bin, payload.cms

        QList<ArchiveEntry> flipped = good;
        flipped[payload].content[100] = 'd';
        QTest::newRow("payload changed") << flipped << QStringLiteral("digest-mismatch")
                                         << QStringLiteral("\"payload.bin\" in the package is not");
        QList<ArchiveEntry> extra = good;
        extra.append({QStringLiteral("readme.txt"), QByteArrayLiteral("unlisted")});
        QTest::newRow("unlisted file") << extra << QStringLiteral("digest-mismatch")
                                       << QStringLiteral("\"readme.txt\", which its manifest");
        QList<ArchiveEntry> missing = good;
        missing.removeAt(payload);
        QTest::newRow("listed file missing")
            << missing << QStringLiteral("digest-mismatch") << QStringLiteral("does not hold it");

        QList<ArchiveEntry> edited = good;
        edited[0].content.replace("TD-2030-000001", "TD-2030-000002");
        QTest::newRow("manifest changed after signing")
            << edited << QStringLiteral("bad-signature")
            << QStringLiteral("does not match its manifest");
        QList<ArchiveEntry> unsigned_ = good;
        unsigned_.removeAt(1);
        QTest::newRow("no signature")
            << unsigned_ << QStringLiteral("bad-signature") << QStringLiteral("has no signature");
        // Another vendor's valid signature over the same manifest.
        QList<ArchiveEntry> stranger = good;
        stranger[1] = BidPackageBuilder(target(CipherSuite::International),
                                        vendor(CipherSuite::International, 1))
                          .withOpaquePayload(QByteArray(4096, 'c'))
                          .entries()
                          .at(1);
        QTest::newRow("signed by another vendor") << stranger << QStringLiteral("bad-signature")
                                                  << QStringLiteral("does not match its manifest");
    }
    void tamperedPackagesAreRefused()
    {
        QFETCH(QList<ArchiveEntry>, entries);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const QString file = path(QStringLiteral("tampered.zip"));
        writeZip(file, entries);
        const auto [refusedCode, message] = refusalOf(file);
        QCOMPARE(refusedCode, code);
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void anUnreadableFileIsAnErrorNotARefusal()
    {
        const QString file = path(QStringLiteral("nowhere.zip"));
        bool refused = false;
        QString error;
        try {
            (void)readBidPackage(file);
        } catch (const BidRefused&) {
            refused = true;
        } catch (const Error& e) {
            error = e.message();
        }
        QVERIFY(!refused);
        QVERIFY2(error.contains(QLatin1String("Check that the file exists")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBidPackageReader)
#include "tst_bidpackagereader.moc"
