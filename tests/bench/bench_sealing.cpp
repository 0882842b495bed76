// Sealing and unsealing a bid payload of N MB with each cipher suite: wall time and peak
// resident memory of each step, each step in a process of its own (peak memory is per process).
// Usage: bench_sealing [MB] [DIR]         (default 200 MB in /tmp/tenderdesk-bench-sealing)
// Leaves in DIR what tests/bench/sealing.sh runs the openssl reference on: plain.bin, the keys
// (tender-SUITE.key, encrypted under the passphrase in bench-passphrase), the sealed payloads.
#include "benchclock.h"
#include "sealing/envelope.h"
#include "sealing/privatekey.h"
#include "sealing/sealingkeys.h"
#include "sealing/signingidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

using namespace td;

namespace {

const QByteArray passphrase = QByteArrayLiteral("bench passphrase 1234");

QString at(const QString& dir, const QString& name)
{
    return QDir(dir).filePath(name);
}

QByteArray slurp(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1").arg(path));
    return file.readAll();
}

void spit(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw Error(QStringLiteral("cannot write %1").arg(path));
}

// Pseudo-random bytes, written 1 MiB at a time: the generator never holds the whole file.
void generate(const QString& path, qint64 megabytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1").arg(path));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ULL;
    for (qint64 i = 0; i < megabytes; ++i) {
        for (qsizetype j = 0; j < block.size(); j += 8) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            memcpy(block.data() + j, &state, 8);
        }
        file.write(block);
    }
}

void prepare(const QString& dir)
{
    spit(at(dir, QStringLiteral("bench-passphrase")), passphrase);
    for (const CipherSuite suite : {CipherSuite::International, CipherSuite::National}) {
        const QString code = cipherSuiteCode(suite);
        const SealingKeyPair tender = generateSealingKeyPair(passphrase, suite);
        spit(at(dir, QStringLiteral("tender-%1.key").arg(code)), tender.encryptedPrivateKeyPem);
        spit(at(dir, QStringLiteral("tender-%1.pub").arg(code)), tender.publicKeyPem);
        const SigningIdentity vendor =
            makeSigningIdentity(QStringLiteral("Bench Vendor"),
                                QStringLiteral("91110000100000000X"), suite, passphrase);
        spit(at(dir, QStringLiteral("vendor-%1.key").arg(code)), vendor.encryptedPrivateKeyPem);
        spit(at(dir, QStringLiteral("vendor-%1.pem").arg(code)), vendor.certificatePem);
    }
}

// One step in this process: "seal" or "unseal", for one suite.
void step(const QString& which, CipherSuite suite, const QString& dir)
{
    const QString code = cipherSuiteCode(suite);
    QElapsedTimer timer;
    if (which == u"seal") {
        const PrivateKey vendor = PrivateKey::unlock(
            slurp(at(dir, QStringLiteral("vendor-%1.key").arg(code))), passphrase);
        QFile in(at(dir, QStringLiteral("plain.bin")));
        QFile out(at(dir, QStringLiteral("sealed-%1.bin").arg(code)));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot open the payload files"));
        timer.start();
        const Envelope envelope =
            seal(in, out, slurp(at(dir, QStringLiteral("tender-%1.pub").arg(code))), suite, vendor,
                 slurp(at(dir, QStringLiteral("vendor-%1.pem").arg(code))));
        out.close();
        spit(at(dir, envelope.fileName + QLatin1Char('.') + code), envelope.bytes);
        spit(at(dir, QStringLiteral("payload.mac.%1").arg(code)), envelope.mac);
    } else {
        const PrivateKey tender = PrivateKey::unlock(
            slurp(at(dir, QStringLiteral("tender-%1.key").arg(code))), passphrase);
        Envelope envelope;
        envelope.suite = suite;
        envelope.fileName = suite == CipherSuite::International ? QStringLiteral("payload.cms")
                                                                : QStringLiteral("payload.key.sm2");
        envelope.bytes = slurp(at(dir, envelope.fileName + QLatin1Char('.') + code));
        envelope.mac = slurp(at(dir, QStringLiteral("payload.mac.%1").arg(code)));
        QFile in(at(dir, QStringLiteral("sealed-%1.bin").arg(code)));
        QFile out(at(dir, QStringLiteral("unsealed-%1.bin").arg(code)));
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot open the payload files"));
        timer.start();
        unseal(envelope, in, out, tender);
    }
    QTextStream(stdout) << code << ' ' << which << " wall_s "
                        << QString::number(double(timer.elapsed()) / 1000.0, 'f', 2)
                        << " peak_rss_mib " << QString::number(bench::peakMemoryMiB(), 'f', 1)
                        << '\n';
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    try {
        if (args.value(0) == u"--step") {
            step(args.value(1), *cipherSuiteFromCode(args.value(2)), args.value(3));
            return 0;
        }
        const qint64 megabytes = args.isEmpty() ? 200 : args.value(0).toLongLong();
        const QString dir = args.value(1, QStringLiteral("/tmp/tenderdesk-bench-sealing"));
        QDir().mkpath(dir);
        generate(at(dir, QStringLiteral("plain.bin")), megabytes);
        prepare(dir);
        QTextStream(stdout) << "payload_mb " << megabytes << '\n';
        for (const QString& code : {QStringLiteral("international"), QStringLiteral("national")})
            for (const QString& which : {QStringLiteral("seal"), QStringLiteral("unseal")}) {
                QProcess child;
                child.setProcessChannelMode(QProcess::ForwardedChannels);
                child.start(app.applicationFilePath(),
                            {QStringLiteral("--step"), which, code, dir});
                if (!child.waitForFinished(-1) || child.exitCode() != 0)
                    return 1;
                if (which == u"unseal" &&
                    QFileInfo(at(dir, QStringLiteral("unsealed-%1.bin").arg(code))).size() !=
                        megabytes * 1024 * 1024)
                    return 1;
            }
    } catch (const Error& e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    return 0;
}
