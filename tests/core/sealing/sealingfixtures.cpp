#include "sealingfixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <map>
#include <vector>

namespace td::test {

const QByteArray sealingPassphrase = QByteArrayLiteral("correct horse battery staple");

const SealingKeyPair& tenderKeys(CipherSuite suite)
{
    static std::map<CipherSuite, SealingKeyPair> made;
    auto it = made.find(suite);
    if (it == made.end())
        it = made.emplace(suite, generateSealingKeyPair(sealingPassphrase, suite)).first;
    return it->second;
}

const SigningIdentity& vendorIdentity(CipherSuite suite)
{
    static std::map<CipherSuite, SigningIdentity> made;
    auto it = made.find(suite);
    if (it == made.end())
        it = made.emplace(suite, makeSigningIdentity(QStringLiteral("杭州示例智能科技有限公司"),
                                                     QStringLiteral("91330106MA2H0U1X5Q"), suite,
                                                     sealingPassphrase))
                 .first;
    return it->second;
}

PrivateKey tenderPrivateKey(CipherSuite suite)
{
    return PrivateKey::unlock(tenderKeys(suite).encryptedPrivateKeyPem, sealingPassphrase);
}

PrivateKey vendorPrivateKey(CipherSuite suite)
{
    return PrivateKey::unlock(vendorIdentity(suite).encryptedPrivateKeyPem, sealingPassphrase);
}

QString opensslProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

ProcessResult run(const QString& program, const QStringList& arguments,
                  const QString& workingDirectory, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TENDER_PASSPHRASE"), QString::fromUtf8(sealingPassphrase));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted()) {
        result.errors = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(240000);
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

ProcessResult runOpenSsl(const QStringList& arguments, const QString& workingDirectory,
                         const QByteArray& input)
{
    return run(opensslProgram(), arguments, workingDirectory, input);
}

bool writeFile(const QString& directory, const QString& name, const QByteArray& bytes)
{
    QFile file(QDir(directory).filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray flipped(QByteArray bytes, qsizetype index)
{
    bytes[index] = static_cast<char>(~bytes[index]);
    return bytes;
}

QByteArray sampleBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    std::vector<quint32> words(static_cast<size_t>(size / 4 + 1));
    generator.fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), size);
}

} // namespace td::test
