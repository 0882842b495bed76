#include "domain/error.h"
#include "sealing/privatekey.h"
#include "sealing/signingidentity.h"
#include "sealingfixtures.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::CipherSuite)

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

QByteArray derOf(const QByteArray& pem)
{
    QByteArray base64;
    for (const QByteArray& line : pem.split('\n'))
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    return QByteArray::fromBase64(base64);
}

void addBothSuites()
{
    QTest::addColumn<CipherSuite>("suite");
    QTest::newRow("international") << CipherSuite::International;
    QTest::newRow("national") << CipherSuite::National;
}

} // namespace

class TestSigningIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!opensslProgram().isEmpty(),
                 "the openssl program is not on PATH: install it (installer/setup.sh test does)");
    }

    void theCertificateNamesTheVendor_data() { addBothSuites(); }
    void theCertificateNamesTheVendor()
    {
        QFETCH(CipherSuite, suite);
        const SigningIdentity& identity = vendorIdentity(suite);
        QCOMPARE(identity.suite, suite);
        QVERIFY(identity.certificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(identity.encryptedPrivateKeyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY"));
        QCOMPARE(identity.fingerprint,
                 QString::fromLatin1(QCryptographicHash::hash(derOf(identity.certificatePem),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        const CertificateInfo info = readCertificate(identity.certificatePem);
        QCOMPARE(info.organization, QStringLiteral("杭州示例智能科技有限公司"));
        QCOMPARE(info.uscc, QStringLiteral("91330106MA2H0U1X5Q"));
        QCOMPARE(info.suite, suite);
        QCOMPARE(info.fingerprint, identity.fingerprint);
        QCOMPARE(certificateFingerprint(identity.certificatePem), identity.fingerprint);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(info.notBefore <= now && info.notBefore > now.addSecs(-600));
        QCOMPARE(info.notAfter.date(), info.notBefore.date().addYears(5));
        QCOMPARE(info.publicKeyPem, vendorPrivateKey(suite).publicKeyPem());
    }

    // What openssl reads from the certificate: the subject with the organizationIdentifier,
    // the v3 extensions, the signature algorithm, and a valid self-signature.
    void opensslReadsTheCertificate_data() { addBothSuites(); }
    void opensslReadsTheCertificate()
    {
        QFETCH(CipherSuite, suite);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("vendor-cert.pem"),
                          vendorIdentity(suite).certificatePem));
        const ProcessResult subject = runOpenSsl(
            {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("vendor-cert.pem"),
             QStringLiteral("-noout"), QStringLiteral("-subject"), QStringLiteral("-nameopt"),
             QStringLiteral("utf8,sep_comma_plus_space")},
            dir.path());
        QVERIFY2(subject.succeeded(), subject.errors.constData());
        QCOMPARE(QString::fromUtf8(subject.output.trimmed()),
                 QStringLiteral("subject=CN=杭州示例智能科技有限公司, O=杭州示例智能科技有限公司, "
                                "organizationIdentifier=91330106MA2H0U1X5Q"));
        const ProcessResult text = runOpenSsl({QStringLiteral("x509"), QStringLiteral("-in"),
                                               QStringLiteral("vendor-cert.pem"),
                                               QStringLiteral("-noout"), QStringLiteral("-text")},
                                              dir.path());
        QVERIFY2(text.succeeded(), text.errors.constData());
        QVERIFY(text.output.contains("Version: 3 (0x2)"));
        QVERIFY(text.output.contains("CA:FALSE"));
        QVERIFY(text.output.contains(
            "X509v3 Key Usage: critical\n                Digital Signature\n"));
        QVERIFY(text.output.contains(suite == CipherSuite::International
                                         ? "Signature Algorithm: ecdsa-with-SHA256"
                                         : "Signature Algorithm: SM2-with-SM3"));
        const ProcessResult fingerprint = runOpenSsl(
            {QStringLiteral("x509"), QStringLiteral("-in"), QStringLiteral("vendor-cert.pem"),
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
            dir.path());
        QCOMPARE(fingerprint.output.trimmed().split('=').last().replace(':', "").toLower(),
                 vendorIdentity(suite).fingerprint.toLatin1());
        // The self-signature holds: the certificate verifies as its own trust anchor.
        const ProcessResult verified =
            runOpenSsl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                        QStringLiteral("vendor-cert.pem"), QStringLiteral("vendor-cert.pem")},
                       dir.path());
        QVERIFY2(verified.succeeded(), QByteArray(verified.output + verified.errors).constData());
    }

    void theKeyOpensWithItsPassphraseOnly_data() { addBothSuites(); }
    void theKeyOpensWithItsPassphraseOnly()
    {
        QFETCH(CipherSuite, suite);
        const PrivateKey key = vendorPrivateKey(suite);
        QCOMPARE(key.suite(), suite);
        bool refused = false;
        QString message;
        try {
            PrivateKey::unlock(vendorIdentity(suite).encryptedPrivateKeyPem, "not the passphrase");
        } catch (const WrongPassphrase& e) {
            refused = true;
            message = e.message();
        }
        QVERIFY(refused);
        QVERIFY2(message.contains(QStringLiteral("passphrase is wrong")), qPrintable(message));
    }

    // A national tender key opens with openssl's own PKCS#8 reader, and is an SM2 key.
    void aNationalTenderKeyOpensWithOpenssl()
    {
        const SealingKeyPair& pair = tenderKeys(CipherSuite::National);
        QCOMPARE(pair.algorithm, QStringLiteral("SM2"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("tender.key"), pair.encryptedPrivateKeyPem));
        const ProcessResult opened =
            runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("tender.key"),
                        QStringLiteral("-passin"), QStringLiteral("env:TENDER_PASSPHRASE"),
                        QStringLiteral("-pubout")},
                       dir.path());
        QVERIFY2(opened.succeeded(), opened.errors.constData());
        QCOMPARE(opened.output, pair.publicKeyPem);
        const ProcessResult text = runOpenSsl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                               QStringLiteral("-noout"), QStringLiteral("-text")},
                                              dir.path(), pair.publicKeyPem);
        QVERIFY2(text.output.contains("ASN1 OID: SM2"), text.output.constData());
        QVERIFY(
            unlocksSealingKey(pair.encryptedPrivateKeyPem, pair.publicKeyPem, sealingPassphrase));
        QVERIFY(!unlocksSealingKey(pair.encryptedPrivateKeyPem, pair.publicKeyPem,
                                   "not the passphrase"));
    }

    void aPlainKeyRoundTrips_data() { addBothSuites(); }
    void aPlainKeyRoundTrips()
    {
        QFETCH(CipherSuite, suite);
        const PrivateKey key = PrivateKey::generate(suite);
        const PrivateKey again = PrivateKey::fromPem(key.plainPem());
        QCOMPARE(again.publicKeyPem(), key.publicKeyPem());
        QCOMPARE(again.suite(), suite);
    }

    void badInputIsRefused()
    {
        QVERIFY(messageOf([] {
                    makeSigningIdentity(QStringLiteral(" "), QStringLiteral("91330106MA2H0U1X5Q"),
                                        CipherSuite::International, sealingPassphrase);
                }).contains(QStringLiteral("organisation name is empty")));
        QVERIFY(messageOf([] {
                    makeSigningIdentity(QStringLiteral("A"), QString(), CipherSuite::National,
                                        sealingPassphrase);
                }).contains(QStringLiteral("credit code is empty")));
        QVERIFY(messageOf([] {
                    makeSigningIdentity(QStringLiteral("A"), QStringLiteral("91330106MA2H0U1X5Q"),
                                        CipherSuite::National, "short");
                }).contains(QStringLiteral("at least 8 characters")));
        QVERIFY(messageOf([] {
                    readCertificate("not a certificate");
                }).contains(QStringLiteral("not a PEM X.509 certificate")));
        QVERIFY(messageOf([] {
                    PrivateKey::fromPem("not a key");
                }).contains(QStringLiteral("not an unencrypted PEM key")));
        QVERIFY(messageOf([] {
                    PrivateKey::unlock("not a key", sealingPassphrase);
                }).contains(QStringLiteral("not an encrypted PKCS#8")));
    }

    void suiteCodesAndAlgorithms()
    {
        for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National}) {
            QCOMPARE(cipherSuiteFromCode(cipherSuiteCode(suite)), suite);
            QCOMPARE(suiteOfKeyAlgorithm(keyAlgorithmOf(suite)), suite);
            QCOMPARE(tenderKeys(suite).algorithm, keyAlgorithmOf(suite));
        }
        QCOMPARE(cipherSuiteCode(CipherSuite::National), QStringLiteral("national"));
        QCOMPARE(cipherSuiteFromCode(QStringLiteral("sm2")), std::nullopt);
        QVERIFY(!messageOf([] { suiteOfKeyAlgorithm(QStringLiteral("RSA")); }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSigningIdentity)
#include "tst_signingidentity.moc"
