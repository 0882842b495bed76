#include "domain/error.h"
#include "sealing/signature.h"
#include "sealingfixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::CipherSuite)

namespace {

const QByteArray manifest = QByteArrayLiteral(
    "{\n    \"format\": \"tenderdesk-bid-package-1\",\n    \"kind\": \"bid\"\n}\n");

void addBothSuites()
{
    QTest::addColumn<CipherSuite>("suite");
    QTest::newRow("international") << CipherSuite::International;
    QTest::newRow("national") << CipherSuite::National;
}

CipherSuite otherSuite(CipherSuite suite)
{
    return suite == CipherSuite::International ? CipherSuite::National : CipherSuite::International;
}

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!opensslProgram().isEmpty(),
                 "the openssl program is not on PATH: install it (installer/setup.sh test does)");
    }

    void aManifestSignatureVerifiesOnItsBytesOnly_data() { addBothSuites(); }
    void aManifestSignatureVerifiesOnItsBytesOnly()
    {
        QFETCH(CipherSuite, suite);
        const QByteArray certificate = vendorIdentity(suite).certificatePem;
        const QByteArray signature = signManifest(manifest, vendorPrivateKey(suite), certificate);
        QVERIFY(verifyManifest(manifest, signature, certificate));
        // One byte of the manifest, of the signature, or another vendor's certificate.
        QVERIFY(!verifyManifest(flipped(manifest, 20), signature, certificate));
        QVERIFY(!verifyManifest(manifest + ' ', signature, certificate));
        QVERIFY(!verifyManifest(manifest, flipped(signature, signature.size() - 5), certificate));
        QVERIFY(!verifyManifest(manifest, QByteArray(), certificate));
        QVERIFY(!verifyManifest(manifest, signature, "not a certificate"));
        const SigningIdentity other =
            makeSigningIdentity(QStringLiteral("Other Vendor Ltd"),
                                QStringLiteral("91110000100000000X"), suite, sealingPassphrase);
        QVERIFY(!verifyManifest(manifest, signature, other.certificatePem));
        QVERIFY(
            !verifyManifest(manifest, signature, vendorIdentity(otherSuite(suite)).certificatePem));
    }

    void aKeyWithAnotherCertificateIsRefused_data() { addBothSuites(); }
    void aKeyWithAnotherCertificateIsRefused()
    {
        QFETCH(CipherSuite, suite);
        QString message;
        try {
            signManifest(manifest, vendorPrivateKey(suite),
                         vendorIdentity(otherSuite(suite)).certificatePem);
        } catch (const Error& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QStringLiteral("does not belong to the signing key")),
                 qPrintable(message));
    }

    void signatureFileNames()
    {
        QCOMPARE(signatureFileName(CipherSuite::International), QStringLiteral("signature.p7s"));
        QCOMPARE(signatureFileName(CipherSuite::National), QStringLiteral("signature.sm2"));
    }

    // The auditor's checks: openssl cms -verify (international), pkeyutl -verify -rawin
    // -digest sm3 with the default SM2 ID (national); each refuses an altered manifest.
    void opensslVerifiesTheManifestSignature_data() { addBothSuites(); }
    void opensslVerifiesTheManifestSignature()
    {
        QFETCH(CipherSuite, suite);
        const SigningIdentity& identity = vendorIdentity(suite);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("manifest.json"), manifest));
        QVERIFY(
            writeFile(dir.path(), signatureFileName(suite),
                      signManifest(manifest, vendorPrivateKey(suite), identity.certificatePem)));
        QVERIFY(writeFile(dir.path(), QStringLiteral("vendor-cert.pem"), identity.certificatePem));
        QVERIFY(writeFile(dir.path(), QStringLiteral("vendor-pub.pem"),
                          vendorPrivateKey(suite).publicKeyPem()));
        const QStringList verify = suite == CipherSuite::International
                                       ? QStringList{QStringLiteral("cms"),
                                                     QStringLiteral("-verify"),
                                                     QStringLiteral("-binary"),
                                                     QStringLiteral("-inform"),
                                                     QStringLiteral("DER"),
                                                     QStringLiteral("-in"),
                                                     QStringLiteral("signature.p7s"),
                                                     QStringLiteral("-content"),
                                                     QStringLiteral("manifest.json"),
                                                     QStringLiteral("-certfile"),
                                                     QStringLiteral("vendor-cert.pem"),
                                                     QStringLiteral("-nointern"),
                                                     QStringLiteral("-noverify"),
                                                     QStringLiteral("-out"),
                                                     QStringLiteral("/dev/null")}
                                       : QStringList{QStringLiteral("pkeyutl"),
                                                     QStringLiteral("-verify"),
                                                     QStringLiteral("-pubin"),
                                                     QStringLiteral("-inkey"),
                                                     QStringLiteral("vendor-pub.pem"),
                                                     QStringLiteral("-rawin"),
                                                     QStringLiteral("-digest"),
                                                     QStringLiteral("sm3"),
                                                     QStringLiteral("-in"),
                                                     QStringLiteral("manifest.json"),
                                                     QStringLiteral("-sigfile"),
                                                     QStringLiteral("signature.sm2"),
                                                     QStringLiteral("-pkeyopt"),
                                                     QStringLiteral("distid:1234567812345678")};
        const ProcessResult verified = runOpenSsl(verify, dir.path());
        QVERIFY2(verified.succeeded(), QByteArray(verified.output + verified.errors).constData());
        QVERIFY(writeFile(dir.path(), QStringLiteral("manifest.json"), flipped(manifest, 20)));
        QVERIFY(!runOpenSsl(verify, dir.path()).succeeded());
    }

    // Receipts: a raw signature over bytes, checked by verifyBytes and by openssl pkeyutl.
    void rawSignaturesVerifyWithOpenssl_data() { addBothSuites(); }
    void rawSignaturesVerifyWithOpenssl()
    {
        QFETCH(CipherSuite, suite);
        const PrivateKey key = PrivateKey::generate(suite);
        const QByteArray receipt = QByteArrayLiteral("{\"receivedAt\": \"2027-03-01T02:00:00Z\"}");
        const QByteArray signature = signBytes(receipt, key);
        QVERIFY(verifyBytes(receipt, signature, key.publicKeyPem()));
        QVERIFY(!verifyBytes(flipped(receipt, 3), signature, key.publicKeyPem()));
        QVERIFY(!verifyBytes(receipt, signature, PrivateKey::generate(suite).publicKeyPem()));
        QVERIFY(!verifyBytes(receipt, signature, "not a key"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("R.receipt.json"), receipt));
        QVERIFY(writeFile(dir.path(), QStringLiteral("R.receipt.sig"), signature));
        QVERIFY(writeFile(dir.path(), QStringLiteral("receipt-pub.pem"), key.publicKeyPem()));
        QStringList verify = {QStringLiteral("pkeyutl"),
                              QStringLiteral("-verify"),
                              QStringLiteral("-pubin"),
                              QStringLiteral("-inkey"),
                              QStringLiteral("receipt-pub.pem"),
                              QStringLiteral("-rawin"),
                              QStringLiteral("-digest"),
                              QStringLiteral("sha256"),
                              QStringLiteral("-in"),
                              QStringLiteral("R.receipt.json"),
                              QStringLiteral("-sigfile"),
                              QStringLiteral("R.receipt.sig")};
        if (suite == CipherSuite::National) {
            verify[7] = QStringLiteral("sm3");
            verify << QStringLiteral("-pkeyopt") << QStringLiteral("distid:1234567812345678");
        }
        const ProcessResult verified = runOpenSsl(verify, dir.path());
        QVERIFY2(verified.succeeded(), QByteArray(verified.output + verified.errors).constData());
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
