#include "domain/error.h"
#include "sealing/envelope.h"
#include "sealingfixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace td;
using namespace td::test;

Q_DECLARE_METATYPE(td::CipherSuite)

namespace {

constexpr qsizetype chunk = 64 * 1024;

struct Sealed
{
    Envelope envelope;
    QByteArray ciphertext;
};

Sealed sealBytes(const QByteArray& plaintext, CipherSuite suite,
                 const StreamProgress& progress = {})
{
    QBuffer in;
    in.setData(plaintext);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const Envelope envelope =
        seal(in, out, tenderKeys(suite).publicKeyPem, suite, vendorPrivateKey(suite),
             vendorIdentity(suite).certificatePem, progress);
    return {envelope, out.data()};
}

QByteArray unsealBytes(const Envelope& envelope, const QByteArray& ciphertext,
                       const PrivateKey& key, const StreamProgress& progress = {})
{
    QBuffer in;
    in.setData(ciphertext);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    unseal(envelope, in, out, key, progress);
    return out.data();
}

QString refusalOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

// Plaintext made on the fly and never stored: it counts what the sealer has read.
class GeneratedDevice : public QIODevice
{
public:
    explicit GeneratedDevice(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_done >= m_size && QIODevice::atEnd(); }
    qint64 generated() const { return m_done; }

protected:
    qint64 readData(char* data, qint64 maximum) override
    {
        const qint64 n = qMin(maximum, m_size - m_done);
        for (qint64 i = 0; i < n; ++i)
            data[i] = static_cast<char>((m_done + i) * 31 % 251);
        m_done += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_done = 0;
};

// Ciphertext sink that keeps only a digest, and notes how much plaintext had been read when
// the first ciphertext arrived and the largest single write.
class RecordingSink : public QIODevice
{
public:
    explicit RecordingSink(const GeneratedDevice& source)
        : m_source(source)
    {
        open(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }
    qint64 readAtFirstWrite = -1;
    qint64 largestWrite = 0;
    qint64 written = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 length) override
    {
        if (readAtFirstWrite < 0 && length > 0)
            readAtFirstWrite = m_source.generated();
        largestWrite = qMax(largestWrite, length);
        written += length;
        return length;
    }

private:
    const GeneratedDevice& m_source;
};

void addBothSuites()
{
    QTest::addColumn<CipherSuite>("suite");
    QTest::newRow("international") << CipherSuite::International;
    QTest::newRow("national") << CipherSuite::National;
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!opensslProgram().isEmpty(),
                 "the openssl program is not on PATH: install it (installer/setup.sh test does)");
    }

    void roundTrip_data()
    {
        QTest::addColumn<CipherSuite>("suite");
        QTest::addColumn<qsizetype>("size");
        for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National}) {
            const QByteArray code = cipherSuiteCode(suite).toLatin1();
            for (const qsizetype size : {qsizetype(0), qsizetype(1), chunk - 1, chunk, chunk + 1,
                                         2 * chunk, qsizetype(3 * 1024 * 1024 + 7)})
                QTest::newRow(QByteArray(code + ' ' + QByteArray::number(size)).constData())
                    << suite << size;
        }
    }

    void roundTrip()
    {
        QFETCH(CipherSuite, suite);
        QFETCH(qsizetype, size);
        const QByteArray plaintext = sampleBytes(size);
        const Sealed sealed = sealBytes(plaintext, suite);
        QCOMPARE(sealed.envelope.suite, suite);
        QCOMPARE(sealed.envelope.fileName, suite == CipherSuite::International
                                               ? QStringLiteral("payload.cms")
                                               : QStringLiteral("payload.key.sm2"));
        QCOMPARE(sealed.envelope.mac.size(), suite == CipherSuite::National ? 64 : 0);
        // SM4-CBC pads to the next whole block; GCM adds nothing to the length.
        QCOMPARE(sealed.ciphertext.size(),
                 suite == CipherSuite::National ? (size / 16 + 1) * 16 : size);
        if (size > 16)
            QVERIFY(!sealed.ciphertext.contains(plaintext.left(16)));
        QCOMPARE(unsealBytes(sealed.envelope, sealed.ciphertext, tenderPrivateKey(suite)),
                 plaintext);
    }

    void twoSealsOfTheSameBytesDiffer_data() { addBothSuites(); }
    void twoSealsOfTheSameBytesDiffer()
    {
        QFETCH(CipherSuite, suite);
        const QByteArray plaintext = sampleBytes(1000);
        const Sealed first = sealBytes(plaintext, suite);
        const Sealed second = sealBytes(plaintext, suite);
        QVERIFY(first.ciphertext != second.ciphertext);
        QVERIFY(first.envelope.bytes != second.envelope.bytes);
    }

    // 48 MiB made on the fly: ciphertext leaves before the first MiB of plaintext has been read
    // and never in pieces above a chunk, so nothing holds the whole input.
    void sealStreamsInChunks_data() { addBothSuites(); }
    void sealStreamsInChunks()
    {
        QFETCH(CipherSuite, suite);
        constexpr qint64 size = 48LL * 1024 * 1024;
        GeneratedDevice source(size);
        RecordingSink sink(source);
        seal(source, sink, tenderKeys(suite).publicKeyPem, suite, vendorPrivateKey(suite),
             vendorIdentity(suite).certificatePem);
        QCOMPARE(source.generated(), size);
        QVERIFY2(sink.readAtFirstWrite >= 0 && sink.readAtFirstWrite <= 1024 * 1024,
                 qPrintable(QString::number(sink.readAtFirstWrite)));
        QVERIFY2(sink.largestWrite <= chunk + 16, qPrintable(QString::number(sink.largestWrite)));
        QCOMPARE(sink.written, suite == CipherSuite::National ? size + 16 : size);
    }

    void progressCountsEveryByte_data() { addBothSuites(); }
    void progressCountsEveryByte()
    {
        QFETCH(CipherSuite, suite);
        const QByteArray plaintext = sampleBytes(5 * chunk + 100);
        QList<qint64> reported;
        const Sealed sealed = sealBytes(plaintext, suite, [&](qint64 done) {
            reported.append(done);
            return true;
        });
        QCOMPARE(reported.size(), 6);
        QCOMPARE(reported.last(), plaintext.size());
        QList<qint64> unsealed;
        unsealBytes(sealed.envelope, sealed.ciphertext, tenderPrivateKey(suite), [&](qint64 done) {
            unsealed.append(done);
            return true;
        });
        QVERIFY(!unsealed.isEmpty());
        QCOMPARE(unsealed.last(), sealed.ciphertext.size());
    }

    void cancelStopsBothWays_data() { addBothSuites(); }
    void cancelStopsBothWays()
    {
        QFETCH(CipherSuite, suite);
        const QByteArray plaintext = sampleBytes(4 * chunk);
        const auto cancelAfterFirst = [](qint64 done) {
            return done < chunk;
        };
        bool cancelled = false;
        try {
            sealBytes(plaintext, suite, cancelAfterFirst);
        } catch (const SealingCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        const Sealed sealed = sealBytes(plaintext, suite);
        cancelled = false;
        try {
            unsealBytes(sealed.envelope, sealed.ciphertext, tenderPrivateKey(suite),
                        cancelAfterFirst);
        } catch (const SealingCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
    }

    void anotherTendersKeyCannotUnseal_data() { addBothSuites(); }
    void anotherTendersKeyCannotUnseal()
    {
        QFETCH(CipherSuite, suite);
        const Sealed sealed = sealBytes(sampleBytes(1000), suite);
        const SealingKeyPair other = generateSealingKeyPair(sealingPassphrase, suite);
        const PrivateKey otherKey =
            PrivateKey::unlock(other.encryptedPrivateKeyPem, sealingPassphrase);
        const QString refusal =
            refusalOf([&] { unsealBytes(sealed.envelope, sealed.ciphertext, otherKey); });
        QVERIFY2(refusal.contains(QStringLiteral("not sealed to this tender's key")),
                 qPrintable(refusal));
    }

    void aKeyOfTheOtherSuiteIsRefused()
    {
        const Sealed sealed = sealBytes(sampleBytes(1000), CipherSuite::National);
        const QString refusal = refusalOf([&] {
            unsealBytes(sealed.envelope, sealed.ciphertext,
                        tenderPrivateKey(CipherSuite::International));
        });
        QVERIFY2(refusal.contains(QStringLiteral("Use the tender's own key")), qPrintable(refusal));
        const QString sealRefusal = refusalOf([&] {
            QBuffer in;
            in.open(QIODevice::ReadOnly);
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            seal(in, out, tenderKeys(CipherSuite::National).publicKeyPem,
                 CipherSuite::International, vendorPrivateKey(CipherSuite::International),
                 vendorIdentity(CipherSuite::International).certificatePem);
        });
        QVERIFY2(sealRefusal.contains(QStringLiteral("Use the tender's own key")),
                 qPrintable(sealRefusal));
    }

    // Every part an attacker could alter is covered: the ciphertext (first, middle, last
    // byte), its length, the GCM tag or the HMAC, and the sealed key.
    void tamperingIsRefused_data()
    {
        QTest::addColumn<CipherSuite>("suite");
        QTest::addColumn<QString>("part");
        for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National}) {
            const QByteArray code = cipherSuiteCode(suite).toLatin1();
            for (const char* part : {"first byte", "middle byte", "last byte", "truncated",
                                     "appended", "tag or mac", "sealed key"})
                QTest::newRow(QByteArray(code + ' ' + part).constData())
                    << suite << QString::fromLatin1(part);
        }
    }

    void tamperingIsRefused()
    {
        QFETCH(CipherSuite, suite);
        QFETCH(QString, part);
        const QByteArray plaintext = sampleBytes(3 * chunk + 5);
        Sealed sealed = sealBytes(plaintext, suite);
        QByteArray& c = sealed.ciphertext;
        if (part == u"first byte")
            c = flipped(c, 0);
        else if (part == u"middle byte")
            c = flipped(c, c.size() / 2);
        else if (part == u"last byte")
            c = flipped(c, c.size() - 1);
        else if (part == u"truncated")
            c.chop(16);
        else if (part == u"appended")
            c.append(QByteArray(16, 'x'));
        else if (part == u"tag or mac" && suite == CipherSuite::National)
            sealed.envelope.mac[10] = sealed.envelope.mac[10] == 'a' ? 'b' : 'a';
        else if (part == u"tag or mac")
            // The GCM tag is the last field of the AuthEnvelopedData: its final 16 bytes.
            sealed.envelope.bytes =
                flipped(sealed.envelope.bytes, sealed.envelope.bytes.size() - 1);
        else
            sealed.envelope.bytes =
                flipped(sealed.envelope.bytes, sealed.envelope.bytes.size() * 2 / 3);
        const QString refusal = refusalOf(
            [&] { unsealBytes(sealed.envelope, sealed.ciphertext, tenderPrivateKey(suite)); });
        QVERIFY2(!refusal.isEmpty(), "altered sealed data was accepted");
    }

    // The auditor's own tool opens an international envelope, and refuses a flipped byte.
    void opensslCmsOpensTheInternationalEnvelope()
    {
        const QByteArray plaintext = sampleBytes(2 * chunk + 3);
        const Sealed sealed = sealBytes(plaintext, CipherSuite::International);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("payload.cms"), sealed.envelope.bytes));
        QVERIFY(writeFile(dir.path(), QStringLiteral("payload.bin"), sealed.ciphertext));
        QVERIFY(writeFile(dir.path(), QStringLiteral("tender.key"),
                          tenderKeys(CipherSuite::International).encryptedPrivateKeyPem));
        const QStringList decrypt = {
            QStringLiteral("cms"),      QStringLiteral("-decrypt"),
            QStringLiteral("-inform"),  QStringLiteral("DER"),
            QStringLiteral("-in"),      QStringLiteral("payload.cms"),
            QStringLiteral("-content"), QStringLiteral("payload.bin"),
            QStringLiteral("-inkey"),   QStringLiteral("tender.key"),
            QStringLiteral("-passin"),  QStringLiteral("env:TENDER_PASSPHRASE"),
            QStringLiteral("-binary"),  QStringLiteral("-out"),
            QStringLiteral("bid.zip")};
        const ProcessResult opened = runOpenSsl(decrypt, dir.path());
        QVERIFY2(opened.succeeded(), opened.errors.constData());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bid.zip"))), plaintext);

        const ProcessResult printed =
            runOpenSsl({QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                        QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                        QStringLiteral("payload.cms")},
                       dir.path());
        QVERIFY2(printed.succeeded(), printed.errors.constData());
        QVERIFY(printed.output.contains("id-smime-ct-authEnvelopedData"));
        QVERIFY(printed.output.contains("aes-256-gcm"));
        QVERIFY(printed.output.contains("dhSinglePass-stdDH-sha256kdf-scheme"));
        QVERIFY(printed.output.contains("id-aes256-wrap"));
        QVERIFY(printed.output.contains("rKeyId"));

        QVERIFY(writeFile(dir.path(), QStringLiteral("payload.bin"),
                          flipped(sealed.ciphertext, sealed.ciphertext.size() / 2)));
        QVERIFY(!runOpenSsl(decrypt, dir.path()).succeeded());
    }

    // The national envelope opens with pkeyutl, dgst and enc, exactly as docs/sealing.md says.
    void opensslOpensTheNationalEnvelope()
    {
        const QByteArray plaintext = sampleBytes(2 * chunk + 3);
        const Sealed sealed = sealBytes(plaintext, CipherSuite::National);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.path(), QStringLiteral("payload.key.sm2"), sealed.envelope.bytes));
        QVERIFY(writeFile(dir.path(), QStringLiteral("payload.bin"), sealed.ciphertext));
        QVERIFY(writeFile(dir.path(), QStringLiteral("tender.key"),
                          tenderKeys(CipherSuite::National).encryptedPrivateKeyPem));
        const ProcessResult keys =
            runOpenSsl({QStringLiteral("pkeyutl"), QStringLiteral("-decrypt"),
                        QStringLiteral("-inkey"), QStringLiteral("tender.key"),
                        QStringLiteral("-passin"), QStringLiteral("env:TENDER_PASSPHRASE"),
                        QStringLiteral("-in"), QStringLiteral("payload.key.sm2")},
                       dir.path());
        QVERIFY2(keys.succeeded(), keys.errors.constData());
        const QList<QByteArray> lines = keys.output.split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("sm4-key=") && lines[0].size() == 8 + 32);
        QVERIFY(lines[1].startsWith("sm4-iv=") && lines[1].size() == 7 + 32);
        QVERIFY(lines[2].startsWith("hmac-sm3-key=") && lines[2].size() == 13 + 64);
        const QString sm4Key = QString::fromLatin1(lines[0].mid(8));
        const QString sm4Iv = QString::fromLatin1(lines[1].mid(7));
        const QString hmacKey = QString::fromLatin1(lines[2].mid(13));

        const ProcessResult mac = runOpenSsl(
            {QStringLiteral("dgst"), QStringLiteral("-sm3"), QStringLiteral("-mac"),
             QStringLiteral("HMAC"), QStringLiteral("-macopt"), QStringLiteral("hexkey:") + hmacKey,
             QStringLiteral("-r"), QStringLiteral("payload.bin")},
            dir.path());
        QVERIFY2(mac.succeeded(), mac.errors.constData());
        QCOMPARE(mac.output.split(' ').first(), sealed.envelope.mac);

        const ProcessResult opened = runOpenSsl(
            {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-sm4-cbc"),
             QStringLiteral("-K"), sm4Key, QStringLiteral("-iv"), sm4Iv, QStringLiteral("-in"),
             QStringLiteral("payload.bin"), QStringLiteral("-out"), QStringLiteral("bid.zip")},
            dir.path());
        QVERIFY2(opened.succeeded(), opened.errors.constData());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("bid.zip"))), plaintext);
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
