// A bid package as the vendor's desk writes it, for both cipher suites: its manifest vouches for
// every entry, its signature verifies through the sealing API and through the openssl command
// line, and the openssl command line alone opens the payload to bid.json and the documents.
// Refused documents and a cancelled sealing leave nothing behind.
#include "bidding/bidjson.h"
#include "bidding/bidpackagewriter.h"
#include "domain/error.h"
#include "domain/uscc.h"
#include "exchange/ziparchive.h"
#include "sealing/envelope.h"
#include "sealing/privatekey.h"
#include "sealing/sealingkeys.h"
#include "sealing/signature.h"
#include "sealing/signingidentity.h"
#include "testpdf.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace td;

namespace {

const QByteArray passphrase = QByteArrayLiteral("投标口令 correct horse");

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool save(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray load(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// Runs openssl; its exit code and what it wrote to stderr.
std::pair<int, QString> openssl(const QStringList& arguments, const QString& folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStandardPaths::findExecutable(QStringLiteral("openssl")), arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("openssl did not finish")};
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
}

// A real PDF of about `size` bytes.
QByteArray pdf(qsizetype size, char fill)
{
    return test::minimalPdf("bid document", size, fill);
}

QHash<QString, QByteArray> entriesOf(const QString& zip)
{
    QHash<QString, QByteArray> out;
    for (const ArchiveEntry& e : readZip(zip))
        out.insert(e.path, e.content);
    return out;
}

QString vendorUscc()
{
    const QString first17 = QStringLiteral("91330105MA2KXXXX0");
    return first17 + uscc::checkCharacter(first17);
}

struct Desk
{
    SealingKeyPair tenderKey;
    SealingTarget target;
    SigningIdentity identity;
    PrivateKey key;
};

Desk deskFor(CipherSuite suite)
{
    SealingKeyPair tenderKey = generateSealingKeyPair(passphrase, suite);
    SealingTarget target{QStringLiteral("SGCC-2030-GAI-000001"),
                         QStringLiteral("ocds-tdesk1-SGCC-2030-GAI-000001"), tenderKey.fingerprint,
                         suite, tenderKey.publicKeyPem};
    SigningIdentity identity =
        makeSigningIdentity(QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"),
                            vendorUscc(), suite, passphrase);
    PrivateKey key = PrivateKey::unlock(identity.encryptedPrivateKeyPem, passphrase);
    return {tenderKey, target, identity, std::move(key)};
}

PackageSigner signerOf(const Desk& desk)
{
    return {QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"), vendorUscc(),
            desk.identity.certificatePem, desk.identity.fingerprint, desk.key};
}

BidContent bidWith(const QStringList& documentPaths)
{
    BidContent bid;
    bid.tenderReference = QStringLiteral("SGCC-2030-GAI-000001");
    bid.totalPrice = Money::yuan(90000000);
    bid.model.family = QStringLiteral("DeepSeek-V3");
    bid.hardware = {{QStringLiteral("Huawei Ascend 910B"), 16}};
    const QList<BidDocumentKind> kinds = {BidDocumentKind::Technical, BidDocumentKind::Commercial,
                                          BidDocumentKind::Service};
    for (qsizetype i = 0; i < documentPaths.size(); ++i)
        bid.documents.append({kinds.at(i % kinds.size()), documentPaths.at(i), {}, 0, {}});
    return bid;
}

} // namespace

Q_DECLARE_METATYPE(td::CipherSuite)

class TestBidPackageWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Nothing but the files a test put there: no package, no temporary file.
    QStringList leftovers(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(),
                 "the openssl command line is needed to check the package format");
    }

    void openSslOpensTheSealedBid_data()
    {
        QTest::addColumn<CipherSuite>("suite");
        QTest::newRow("international") << CipherSuite::International;
        QTest::newRow("national") << CipherSuite::National;
    }
    void openSslOpensTheSealedBid()
    {
        QFETCH(CipherSuite, suite);
        const QString folder = path(cipherSuiteCode(suite));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/docs")));
        const QByteArray technical = pdf(3 * 1000 * 1000 + 7, 't');
        const QByteArray price = pdf(2000, 'p');
        QVERIFY(save(folder + QStringLiteral("/docs/技术方案.pdf"), technical));
        QVERIFY(save(folder + QStringLiteral("/docs/price.pdf"), price));
        const Desk desk = deskFor(suite);
        BidContent bid =
            bidWith({QStringLiteral("技术方案.pdf"), QStringLiteral("price.pdf"), QString()});
        const QString out = folder + QStringLiteral("/bid.zip");
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        const WrittenPackage written =
            writeBidPackage(out, desk.target, signerOf(desk), bid, folder + QStringLiteral("/docs"),
                            [&](qint64 done, qint64 total) {
                                lastDone = done;
                                lastTotal = total;
                                return true;
                            });
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(written.sha256, sha256(load(out)));
        QCOMPARE(leftovers(folder), QStringList{QStringLiteral("bid.zip")});

        // The manifest vouches for every entry but itself and the signature.
        const QHash<QString, QByteArray> entries = entriesOf(out);
        const QByteArray manifestBytes = entries.value(QStringLiteral("manifest.json"));
        const BidPackageManifest manifest = readBidPackageManifest(manifestBytes);
        QCOMPARE(manifest.kind, BidPackageManifest::Kind::Bid);
        QCOMPARE(manifest.tenderReference, desk.target.reference);
        QCOMPARE(manifest.sealingKeyFingerprint, desk.tenderKey.fingerprint);
        QCOMPARE(manifest.suite, suite);
        QCOMPARE(manifest.certificateFingerprint, desk.identity.fingerprint);
        QCOMPARE(manifest.machineFingerprint.size(), 64);
        const QString signatureName = signatureFileName(suite);
        QStringList listed;
        for (const BidPackageFile& f : manifest.files) {
            QVERIFY2(entries.contains(f.path), qPrintable(f.path));
            QCOMPARE(f.sha256, sha256(entries.value(f.path)));
            QCOMPARE(f.bytes, qint64(entries.value(f.path).size()));
            listed.append(f.path);
        }
        listed << QStringLiteral("manifest.json") << signatureName;
        listed.sort();
        QStringList present = entries.keys();
        present.sort();
        QCOMPARE(present, listed);

        // The signature: through the API, and through the openssl command line.
        const QByteArray signature = entries.value(signatureName);
        QVERIFY(verifyManifest(manifestBytes, signature, desk.identity.certificatePem));
        QByteArray changed = manifestBytes;
        changed[changed.size() / 2] = changed.at(changed.size() / 2) ^ 1;
        QVERIFY(!verifyManifest(changed, signature, desk.identity.certificatePem));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            QVERIFY(save(folder + QLatin1Char('/') + it.key(), it.value()));
        QVERIFY(save(folder + QStringLiteral("/vendor.pem"), desk.identity.certificatePem));
        std::pair<int, QString> run;
        if (suite == CipherSuite::International) {
            run = openssl({QStringLiteral("cms"), QStringLiteral("-verify"),
                           QStringLiteral("-binary"), QStringLiteral("-inform"),
                           QStringLiteral("DER"), QStringLiteral("-in"), signatureName,
                           QStringLiteral("-content"), QStringLiteral("manifest.json"),
                           QStringLiteral("-noverify"), QStringLiteral("-out"),
                           QStringLiteral("verified.json")},
                          folder);
        } else {
            run = openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                           QStringLiteral("vendor.pem"), QStringLiteral("-pubkey"),
                           QStringLiteral("-noout"), QStringLiteral("-out"),
                           QStringLiteral("vendor-public.pem")},
                          folder);
            QVERIFY2(run.first == 0, qPrintable(run.second));
            run = openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"),
                           QStringLiteral("-pubin"), QStringLiteral("-inkey"),
                           QStringLiteral("vendor-public.pem"), QStringLiteral("-rawin"),
                           QStringLiteral("-digest"), QStringLiteral("sm3"),
                           // OpenSSL 3.0's pkeyutl uses an empty SM2 user ID unless told the
                           // standard one (GM/T 0009), which the vendor's desk signs with.
                           QStringLiteral("-pkeyopt"), QStringLiteral("distid:1234567812345678"),
                           QStringLiteral("-in"), QStringLiteral("manifest.json"),
                           QStringLiteral("-sigfile"), signatureName},
                          folder);
        }
        QVERIFY2(run.first == 0, qPrintable(run.second));

        // The payload, opened with the tender's key and openssl alone.
        const PrivateKey tenderKey =
            PrivateKey::unlock(desk.tenderKey.encryptedPrivateKeyPem, passphrase);
        QVERIFY(save(folder + QStringLiteral("/tender.key"), tenderKey.plainPem()));
        if (suite == CipherSuite::International) {
            run = openssl({QStringLiteral("cms"), QStringLiteral("-decrypt"),
                           QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                           QStringLiteral("payload.cms"), QStringLiteral("-content"),
                           QStringLiteral("payload.bin"), QStringLiteral("-inkey"),
                           QStringLiteral("tender.key"), QStringLiteral("-binary"),
                           QStringLiteral("-out"), QStringLiteral("opened.zip")},
                          folder);
            QVERIFY2(run.first == 0, qPrintable(run.second));
        } else {
            run = openssl({QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"),
                           QStringLiteral("-inkey"), QStringLiteral("tender.key"),
                           QStringLiteral("-in"), QStringLiteral("payload.key.sm2"),
                           QStringLiteral("-out"), QStringLiteral("keys.txt")},
                          folder);
            QVERIFY2(run.first == 0, qPrintable(run.second));
            QHash<QString, QString> keys;
            for (const QByteArray& line : load(folder + QStringLiteral("/keys.txt")).split('\n'))
                if (const qsizetype eq = line.indexOf('='); eq > 0)
                    keys.insert(QString::fromLatin1(line.left(eq)),
                                QString::fromLatin1(line.mid(eq + 1)));
            QCOMPARE(keys.value(QStringLiteral("sm4-key")).size(), 32);
            QCOMPARE(keys.value(QStringLiteral("hmac-sm3-key")).size(), 64);
            run = openssl({QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-mac"),
                           QStringLiteral("HMAC"), QStringLiteral("-macopt"),
                           QStringLiteral("hexkey:") + keys.value(QStringLiteral("hmac-sm3-key")),
                           QStringLiteral("-r"), QStringLiteral("-out"), QStringLiteral("mac.txt"),
                           QStringLiteral("payload.bin")},
                          folder);
            QVERIFY2(run.first == 0, qPrintable(run.second));
            QCOMPARE(load(folder + QStringLiteral("/mac.txt")).left(64),
                     entries.value(QStringLiteral("payload.mac")));
            run = openssl({QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-sm4-cbc"),
                           QStringLiteral("-K"), keys.value(QStringLiteral("sm4-key")),
                           QStringLiteral("-iv"), keys.value(QStringLiteral("sm4-iv")),
                           QStringLiteral("-in"), QStringLiteral("payload.bin"),
                           QStringLiteral("-out"), QStringLiteral("opened.zip")},
                          folder);
            QVERIFY2(run.first == 0, qPrintable(run.second));
        }
        const QHash<QString, QByteArray> opened = entriesOf(folder + QStringLiteral("/opened.zip"));
        QCOMPARE(opened.size(), 3);
        const BidContent sealed = bidjson::read(opened.value(QStringLiteral("bid.json")));
        QCOMPARE(sealed.documents.size(), 2); // the one without a path is left out
        QCOMPARE(sealed.documents.at(0).file, QStringLiteral("documents/01-技术方案.pdf"));
        QCOMPARE(sealed.documents.at(1).file, QStringLiteral("documents/02-price.pdf"));
        QVERIFY(opened.value(sealed.documents.at(0).file) == technical);
        QCOMPARE(opened.value(sealed.documents.at(1).file), price);
        for (const BidDocumentRef& d : sealed.documents) {
            QCOMPARE(d.sha256, sha256(opened.value(d.file)));
            QCOMPARE(d.bytes, qint64(opened.value(d.file).size()));
        }
        QCOMPARE(bidjson::write(sealed), bidjson::write(written.sealed));
    }

    void aWithdrawalIsSignedAndCarriesNoPayload()
    {
        const Desk desk = deskFor(CipherSuite::International);
        const QString out = path(QStringLiteral("withdraw.zip"));
        const WrittenPackage written = writeWithdrawalPackage(out, desk.target, signerOf(desk));
        const QHash<QString, QByteArray> entries = entriesOf(out);
        QCOMPARE(entries.size(), 2);
        const QByteArray manifest = entries.value(QStringLiteral("manifest.json"));
        QCOMPARE(readBidPackageManifest(manifest).kind, BidPackageManifest::Kind::Withdrawal);
        QVERIFY(readBidPackageManifest(manifest).files.isEmpty());
        QVERIFY(verifyManifest(manifest, entries.value(QStringLiteral("signature.p7s")),
                               desk.identity.certificatePem));
        QCOMPARE(written.sha256, sha256(load(out)));
    }

    void refusedDocumentsLeaveNothing_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QByteArray>("content"); // empty: the file is missing
        QTest::addColumn<QString>("says");
        QTest::newRow("not a PDF")
            << QStringLiteral("letter.docx") << QByteArrayLiteral("PK\x03\x04 a Word file")
            << QStringLiteral("not a PDF");
        QTest::newRow("missing") << QStringLiteral("gone.pdf") << QByteArray()
                                 << QStringLiteral("cannot be read");
        // A PDF the opening could not read would fail the whole bid there: refused here.
        const QByteArray whole = pdf(5000, 'c');
        QTest::newRow("cut short") << QStringLiteral("cut.pdf") << whole.left(whole.size() / 2)
                                   << QStringLiteral("cut short");
        QByteArray broken = whole;
        broken.replace("/Kids [3 0 R] /Count 1", "/Kids [] /Count 0   "); // same length
        QTest::newRow("no page") << QStringLiteral("damaged.pdf") << broken
                                 << QStringLiteral("would not open at the bid opening");
    }
    void refusedDocumentsLeaveNothing()
    {
        QFETCH(QString, document);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString folder =
            path(QStringLiteral("refused-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(save(folder + QStringLiteral("/ok.pdf"), pdf(1000, 'o')));
        if (!content.isEmpty())
            QVERIFY(save(folder + QLatin1Char('/') + document, content));
        const Desk desk = deskFor(CipherSuite::International);
        const QString out = folder + QStringLiteral("/bid.zip");
        const QString refusal = messageOf([&] {
            writeBidPackage(out, desk.target, signerOf(desk),
                            bidWith({QStringLiteral("ok.pdf"), document}), folder);
        });
        QVERIFY2(refusal.contains(says) && refusal.contains(document), qPrintable(refusal));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!leftovers(folder).contains(QStringLiteral("bid.zip")));
        QCOMPARE(leftovers(folder).size(), content.isEmpty() ? 1 : 2);
    }

    void cancellingLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::newRow("while zipping") << 2;
        QTest::newRow("while sealing") << 60;
        QTest::newRow("while writing the package") << 110;
    }
    void cancellingLeavesNothing()
    {
        QFETCH(int, cancelAtCall);
        const QString folder = path(QStringLiteral("cancel-%1").arg(cancelAtCall));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(save(folder + QStringLiteral("/big.pdf"), pdf(3 * 1000 * 1000, 'b')));
        const QString out = folder + QStringLiteral("/bid.zip");
        QVERIFY(save(out, QByteArrayLiteral("an older package")));
        const Desk desk = deskFor(CipherSuite::National);
        int calls = 0;
        bool cancelled = false;
        try {
            writeBidPackage(out, desk.target, signerOf(desk), bidWith({QStringLiteral("big.pdf")}),
                            folder, [&](qint64, qint64) { return ++calls < cancelAtCall; });
        } catch (const SealingCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, cancelAtCall);
        QCOMPARE(load(out), QByteArrayLiteral("an older package"));
        QStringList files = leftovers(folder);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("bid.zip"), QStringLiteral("big.pdf")}));
    }
};

QTEST_GUILESS_MAIN(TestBidPackageWriter)
#include "tst_bidpackagewriter.moc"
