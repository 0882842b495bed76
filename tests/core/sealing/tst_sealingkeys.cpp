#include "domain/error.h"
#include "sealing/sealingkeys.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

#include <functional>

using namespace td;

namespace {

const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple");

// Runs /usr/bin/openssl with `input` on stdin and returns its stdout; the passphrase, when
// given, travels in the environment, never on the command line.
QByteArray openssl(const QStringList& arguments, const QByteArray& input,
                   const QByteArray& secret = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TD_TEST_PASS"), QString::fromUtf8(secret));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/usr/bin/openssl"), arguments);
    if (!process.waitForStarted())
        return QByteArrayLiteral("openssl did not start: ") + process.errorString().toUtf8();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QByteArrayLiteral("openssl failed: ") + process.readAllStandardError();
    return process.readAllStandardOutput();
}

// The DER inside a PEM block, decoded here without OpenSSL.
QByteArray derOf(const QByteArray& pem)
{
    QByteArray base64;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    }
    return QByteArray::fromBase64(base64);
}

QByteArray fromHex(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex));
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

} // namespace

class TestSealingKeys : public QObject
{
    Q_OBJECT

private:
    SealingKeyPair m_pair;

private Q_SLOTS:
    void initTestCase() { m_pair = generateSealingKeyPair(passphrase); }

    void aPairIsAnEcP256KeyInPem()
    {
        QCOMPARE(m_pair.algorithm, QStringLiteral("EC P-256"));
        QVERIFY(m_pair.publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        QVERIFY(m_pair.publicKeyPem.trimmed().endsWith("-----END PUBLIC KEY-----"));
        // SubjectPublicKeyInfo of id-ecPublicKey on prime256v1 with an uncompressed point.
        const QByteArray der = derOf(m_pair.publicKeyPem);
        QCOMPARE(der.size(), 91);
        QVERIFY(der.contains(fromHex("06072a8648ce3d0201")));   // id-ecPublicKey
        QVERIFY(der.contains(fromHex("06082a8648ce3d030107"))); // prime256v1
        const QByteArray text = openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                         QStringLiteral("-noout"), QStringLiteral("-text")},
                                        m_pair.publicKeyPem);
        QVERIFY2(text.contains("NIST CURVE: P-256"), text.constData());
    }

    void theFingerprintIsTheSha256OfTheDer()
    {
        QCOMPARE(m_pair.fingerprint.size(), 64);
        QCOMPARE(m_pair.fingerprint, m_pair.fingerprint.toLower());
        QCOMPARE(publicKeyFingerprint(m_pair.publicKeyPem), m_pair.fingerprint);
        // Independently: the DER from the PEM's base64, and the DER as openssl writes it.
        const QByteArray ownDer = derOf(m_pair.publicKeyPem);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(ownDer, QCryptographicHash::Sha256).toHex()),
                 m_pair.fingerprint);
        const QByteArray opensslDer = openssl({QStringLiteral("pkey"), QStringLiteral("-pubin"),
                                               QStringLiteral("-outform"), QStringLiteral("DER")},
                                              m_pair.publicKeyPem);
        QCOMPARE(opensslDer, ownDer);
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(opensslDer, QCryptographicHash::Sha256).toHex()),
                 m_pair.fingerprint);
    }

    void everyPairIsNew()
    {
        const SealingKeyPair other = generateSealingKeyPair(passphrase);
        QVERIFY(other.publicKeyPem != m_pair.publicKeyPem);
        QVERIFY(other.fingerprint != m_pair.fingerprint);
        // A fresh salt and IV each time, even for the same passphrase.
        QVERIFY(other.encryptedPrivateKeyPem != m_pair.encryptedPrivateKeyPem);
    }

    void theRightPassphraseUnlocks()
    {
        QVERIFY(unlocksSealingKey(m_pair.encryptedPrivateKeyPem, m_pair.publicKeyPem, passphrase));
    }

    void aWrongPassphraseDoesNot_data()
    {
        QTest::addColumn<QByteArray>("wrong");
        QTest::newRow("one letter off") << QByteArrayLiteral("correct horse battery stapler");
        QTest::newRow("case") << QByteArrayLiteral("Correct horse battery staple");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix") << QByteArrayLiteral("correct horse");
    }
    void aWrongPassphraseDoesNot()
    {
        QFETCH(QByteArray, wrong);
        QVERIFY(!unlocksSealingKey(m_pair.encryptedPrivateKeyPem, m_pair.publicKeyPem, wrong));
    }

    void aKeyFromAnotherPairDoesNotMatch()
    {
        const SealingKeyPair other = generateSealingKeyPair(passphrase);
        QVERIFY(!unlocksSealingKey(other.encryptedPrivateKeyPem, m_pair.publicKeyPem, passphrase));
        QVERIFY(!unlocksSealingKey(m_pair.encryptedPrivateKeyPem, other.publicKeyPem, passphrase));
        QVERIFY(unlocksSealingKey(other.encryptedPrivateKeyPem, other.publicKeyPem, passphrase));
    }

    void aShortPassphraseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("candidate");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("seven") << QByteArrayLiteral("1234567") << false;
        QTest::newRow("eight") << QByteArrayLiteral("12345678") << true;
        // Characters count, not bytes: four Chinese characters are twelve bytes of UTF-8.
        QTest::newRow("four Chinese") << QStringLiteral("招标密钥").toUtf8() << false;
        QTest::newRow("eight Chinese") << QStringLiteral("招标密钥开标口令").toUtf8() << true;
    }
    void aShortPassphraseIsRefused()
    {
        QFETCH(QByteArray, candidate);
        QFETCH(bool, accepted);
        SealingKeyPair pair;
        const QString message = messageOf([&] { pair = generateSealingKeyPair(candidate); });
        if (accepted) {
            QCOMPARE(message, QString());
            QVERIFY(unlocksSealingKey(pair.encryptedPrivateKeyPem, pair.publicKeyPem, candidate));
        } else {
            QVERIFY2(message.contains(QLatin1String("at least 8 characters")), qPrintable(message));
        }
    }

    void thePrivateKeyIsStoredOnlyEncrypted()
    {
        const QByteArray& pem = m_pair.encryptedPrivateKeyPem;
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        QVERIFY(pem.trimmed().endsWith("-----END ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!pem.contains("BEGIN PRIVATE KEY"));
        QVERIFY(!pem.contains("BEGIN EC PRIVATE KEY"));
        // PBES2 with scrypt and AES-256-CBC.
        const QByteArray der = derOf(pem);
        QVERIFY(der.contains(fromHex("06092a864886f70d01050d"))); // id-PBES2
        QVERIFY(der.contains(fromHex("06092b06010401da47040b"))); // id-scrypt
        QVERIFY(der.contains(fromHex("060960864801650304012a"))); // aes256-CBC
        // The private scalar, as openssl decrypts it, appears nowhere in the stored bytes.
        const QByteArray text = openssl({QStringLiteral("pkey"), QStringLiteral("-passin"),
                                         QStringLiteral("env:TD_TEST_PASS"),
                                         QStringLiteral("-noout"), QStringLiteral("-text")},
                                        pem, passphrase);
        const qsizetype from = text.indexOf("priv:");
        const qsizetype to = text.indexOf("pub:");
        QVERIFY2(from >= 0 && to > from, text.constData());
        QByteArray hex = text.mid(from + 5, to - from - 5);
        hex.replace(':', "").replace(' ', "").replace('\n', "");
        QByteArray scalar = QByteArray::fromHex(hex).right(32);
        QVERIFY(scalar.size() >= 30);
        scalar.prepend(QByteArray(32 - scalar.size(), '\0')); // openssl drops leading zeros
        QVERIFY(!der.contains(scalar));
        QVERIFY(!pem.contains(scalar.toBase64()));
        QVERIFY(!pem.toLower().contains(scalar.toHex()));
    }

    void opensslReadsTheEncryptedKey()
    {
        // The stored key is standard PKCS#8: openssl decrypts it and derives our public key.
        const QByteArray publicPem =
            openssl({QStringLiteral("pkey"), QStringLiteral("-passin"),
                     QStringLiteral("env:TD_TEST_PASS"), QStringLiteral("-pubout")},
                    m_pair.encryptedPrivateKeyPem, passphrase);
        QCOMPARE(publicPem, m_pair.publicKeyPem);
        const QByteArray refused =
            openssl({QStringLiteral("pkey"), QStringLiteral("-passin"),
                     QStringLiteral("env:TD_TEST_PASS"), QStringLiteral("-pubout")},
                    m_pair.encryptedPrivateKeyPem, QByteArrayLiteral("not the passphrase"));
        QVERIFY2(refused.startsWith("openssl failed"), refused.constData());
    }

    void unreadableKeysAreErrors_data()
    {
        QTest::addColumn<QByteArray>("privatePem");
        QTest::addColumn<QByteArray>("publicPem");
        QTest::addColumn<QString>("expected");
        const SealingKeyPair pair = generateSealingKeyPair(passphrase);
        QTest::newRow("public key not PEM")
            << pair.encryptedPrivateKeyPem << QByteArrayLiteral("not a key")
            << QStringLiteral("is not a PEM public key");
        QByteArray cut = pair.publicKeyPem;
        cut.chop(40);
        QTest::newRow("public key cut short")
            << pair.encryptedPrivateKeyPem << cut << QStringLiteral("is not a PEM public key");
        QTest::newRow("private key not PEM") << QByteArrayLiteral("garbage") << pair.publicKeyPem
                                             << QStringLiteral("not an encrypted PKCS#8");
        // An unencrypted key would open with any passphrase: it is refused, not accepted.
        const QByteArray plain = openssl(
            {QStringLiteral("pkey"), QStringLiteral("-passin"), QStringLiteral("env:TD_TEST_PASS")},
            pair.encryptedPrivateKeyPem, passphrase);
        QVERIFY(plain.startsWith("-----BEGIN PRIVATE KEY-----"));
        QTest::newRow("private key unencrypted")
            << plain << pair.publicKeyPem << QStringLiteral("not an encrypted PKCS#8");
    }
    void unreadableKeysAreErrors()
    {
        QFETCH(QByteArray, privatePem);
        QFETCH(QByteArray, publicPem);
        QFETCH(QString, expected);
        const QString message =
            messageOf([&] { (void)unlocksSealingKey(privatePem, publicPem, passphrase); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void aBadPublicKeyHasNoFingerprint()
    {
        const QString message = messageOf([] {
            (void)publicKeyFingerprint(QByteArrayLiteral("-----BEGIN PUBLIC KEY-----\n"
                                                         "AAAA\n"
                                                         "-----END PUBLIC KEY-----\n"));
        });
        QVERIFY2(message.contains(QLatin1String("Use the public key file")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSealingKeys)
#include "tst_sealingkeys.moc"
