#include "exchange/ziparchive.h"
#include "sealing/envelope.h"
#include "sealing/machinefingerprint.h"
#include "sealing/signature.h"
#include "sealingfixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Runs the auditor's steps of docs/sealing.md, as written there, on a bid package of each suite
// built here: the documented format opens with the openssl command line alone, and a package
// altered anywhere makes the steps fail.

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::CipherSuite)

namespace {

const QByteArray bidJson = QByteArrayLiteral("{\"format\": \"tenderdesk-bid-1\"}\n");
const QByteArray technicalPdf = sampleBytes(300 * 1024 + 11, 7);

// The ```sh audit-<suite> block of docs/sealing.md.
QByteArray auditScript(CipherSuite suite)
{
    const QByteArray doc = readFile(QStringLiteral(TENDERDESK_SOURCE_DIR "/docs/sealing.md"));
    const QByteArray fence = "```sh audit-" + cipherSuiteCode(suite).toLatin1() + '\n';
    const qsizetype start = doc.indexOf(fence);
    if (start < 0)
        return {};
    const qsizetype end = doc.indexOf("\n```", start + fence.size());
    return end < 0 ? QByteArray() : doc.mid(start + fence.size(), end - start - fence.size());
}

QJsonObject fileEntry(const QString& path, const QByteArray& bytes)
{
    return {
        {QStringLiteral("path"), path},
        {QStringLiteral("bytes"), bytes.size()},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}};
}

// The parts of a package before they are zipped, so that a test can alter one.
struct PackageParts
{
    QList<ArchiveEntry> payload; // every entry the manifest lists
    QByteArray manifest;
    QByteArray signature;
};

QByteArray manifestOf(CipherSuite suite, const QList<ArchiveEntry>& payload)
{
    const SigningIdentity& vendor = vendorIdentity(suite);
    QJsonArray files;
    for (const ArchiveEntry& entry : payload)
        files.append(fileEntry(entry.path, entry.content));
    const QString reference = QStringLiteral("TD-2027-000123");
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tenderdesk-bid-package-1")},
        {QStringLiteral("kind"), QStringLiteral("bid")},
        {QStringLiteral("tender"),
         QJsonObject{{QStringLiteral("reference"), reference},
                     {QStringLiteral("ocid"), QStringLiteral("ocds-td0000-") + reference},
                     {QStringLiteral("sealingKeyFingerprint"), tenderKeys(suite).fingerprint},
                     {QStringLiteral("suite"), cipherSuiteCode(suite)}}},
        {QStringLiteral("vendor"),
         QJsonObject{{QStringLiteral("organization"), QStringLiteral("杭州示例智能科技有限公司")},
                     {QStringLiteral("uscc"), QStringLiteral("91330106MA2H0U1X5Q")},
                     {QStringLiteral("certificate"), QString::fromLatin1(vendor.certificatePem)},
                     {QStringLiteral("certificateFingerprint"), vendor.fingerprint}}},
        {QStringLiteral("createdAt"), QStringLiteral("2027-03-01T02:00:00Z")},
        {QStringLiteral("machineFingerprint"), machineFingerprint(reference)},
        {QStringLiteral("files"), files}};
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

PackageParts packageParts(CipherSuite suite, const QString& dir)
{
    const QString innerZip = QDir(dir).filePath(QStringLiteral("inner.zip"));
    writeZip(innerZip, {{QStringLiteral("bid.json"), bidJson},
                        {QStringLiteral("documents/01-technical.pdf"), technicalPdf}});
    QBuffer plaintext;
    plaintext.setData(readFile(innerZip));
    plaintext.open(QIODevice::ReadOnly);
    QBuffer ciphertext;
    ciphertext.open(QIODevice::WriteOnly);
    const Envelope envelope = seal(plaintext, ciphertext, tenderKeys(suite).publicKeyPem, suite,
                                   vendorPrivateKey(suite), vendorIdentity(suite).certificatePem);
    PackageParts parts;
    parts.payload = {{envelope.fileName, envelope.bytes},
                     {ciphertextFileName(), ciphertext.data()}};
    if (suite == CipherSuite::National)
        parts.payload.append({macFileName(), envelope.mac});
    parts.manifest = manifestOf(suite, parts.payload);
    parts.signature =
        signManifest(parts.manifest, vendorPrivateKey(suite), vendorIdentity(suite).certificatePem);
    return parts;
}

void writePackage(CipherSuite suite, const QString& dir, const PackageParts& parts)
{
    QList<ArchiveEntry> entries = {{QStringLiteral("manifest.json"), parts.manifest},
                                   {signatureFileName(suite), parts.signature}};
    entries.append(parts.payload);
    writeZip(QDir(dir).filePath(QStringLiteral("bid-package.zip")), entries);
    writeFile(dir, QStringLiteral("tender.key"), tenderKeys(suite).encryptedPrivateKeyPem);
}

ProcessResult runAudit(CipherSuite suite, const QString& dir)
{
    return run(QStringLiteral("bash"),
               {QStringLiteral("-euo"), QStringLiteral("pipefail"), QStringLiteral("-c"),
                QString::fromUtf8(auditScript(suite))},
               dir);
}

void addBothSuites()
{
    QTest::addColumn<CipherSuite>("suite");
    QTest::newRow("international") << CipherSuite::International;
    QTest::newRow("national") << CipherSuite::National;
}

} // namespace

class TestAuditSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!opensslProgram().isEmpty(),
                 "the openssl program is not on PATH: install it (installer/setup.sh test does)");
        for (const char* tool : {"bash", "jq", "unzip"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(), tool);
    }

    void theDocumentedStepsOpenABid_data() { addBothSuites(); }
    void theDocumentedStepsOpenABid()
    {
        QFETCH(CipherSuite, suite);
        QVERIFY(auditScript(suite).contains("openssl"));
        QTemporaryDir dir;
        writePackage(suite, dir.path(), packageParts(suite, dir.path()));
        const ProcessResult audit = runAudit(suite, dir.path());
        QVERIFY2(audit.succeeded(), QByteArray(audit.output + audit.errors).constData());
        QVERIFY(audit.output.contains("organizationIdentifier=91330106MA2H0U1X5Q"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bid/bid.json"))), bidJson);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bid/documents/01-technical.pdf"))),
                 technicalPdf);
    }

    // Each alteration of the ciphertext is caught by a documented step: the digest check when
    // the manifest is left alone, the signature when the manifest is updated to match, and the
    // GCM tag or the MAC when even the signature is made anew (as only the vendor could).
    void anAlteredPackageFailsTheSteps_data()
    {
        QTest::addColumn<CipherSuite>("suite");
        QTest::addColumn<QString>("alteration");
        for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National})
            for (const char* alteration : {"ciphertext", "ciphertext, manifest updated",
                                           "ciphertext, manifest updated and re-signed"})
                QTest::newRow(
                    QByteArray(cipherSuiteCode(suite).toLatin1() + ' ' + alteration).constData())
                    << suite << QString::fromLatin1(alteration);
    }

    void anAlteredPackageFailsTheSteps()
    {
        QFETCH(CipherSuite, suite);
        QFETCH(QString, alteration);
        QTemporaryDir dir;
        PackageParts parts = packageParts(suite, dir.path());
        QByteArray& ciphertext = parts.payload[1].content;
        ciphertext = flipped(ciphertext, ciphertext.size() / 2);
        if (alteration != u"ciphertext")
            parts.manifest = manifestOf(suite, parts.payload);
        if (alteration.endsWith(u"re-signed"))
            parts.signature = signManifest(parts.manifest, vendorPrivateKey(suite),
                                           vendorIdentity(suite).certificatePem);
        writePackage(suite, dir.path(), parts);
        const ProcessResult audit = runAudit(suite, dir.path());
        QVERIFY2(!audit.succeeded(), audit.output.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bid/bid.json"))));
    }
};

QTEST_GUILESS_MAIN(TestAuditSteps)
#include "tst_auditsteps.moc"
