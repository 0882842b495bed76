#pragma once

// What the sealing tests share: one tender key pair and one vendor identity per suite (made
// once per test program, since scrypt takes a moment), and the `openssl` command line.

#include "sealing/ciphersuite.h"
#include "sealing/privatekey.h"
#include "sealing/sealingkeys.h"
#include "sealing/signingidentity.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace td::test {

extern const QByteArray sealingPassphrase;

const SealingKeyPair& tenderKeys(CipherSuite suite);
const SigningIdentity& vendorIdentity(CipherSuite suite);
PrivateKey tenderPrivateKey(CipherSuite suite);
PrivateKey vendorPrivateKey(CipherSuite suite);

// The openssl program on PATH, or empty. The tests fail (never skip) without it: the setup
// script installs it, and "an auditor opens a sealed bid with openssl alone" is what they prove.
QString opensslProgram();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
    bool succeeded() const { return exitCode == 0; }
};

// Runs `program` in `workingDirectory` with `input` on stdin; TENDER_PASSPHRASE in its
// environment holds sealingPassphrase, so passphrases never appear on a command line.
ProcessResult run(const QString& program, const QStringList& arguments,
                  const QString& workingDirectory, const QByteArray& input = {});
ProcessResult runOpenSsl(const QStringList& arguments, const QString& workingDirectory,
                         const QByteArray& input = {});

// Writes `bytes` to `directory`/`name`; false when it cannot.
bool writeFile(const QString& directory, const QString& name, const QByteArray& bytes);
QByteArray readFile(const QString& path);

// `bytes` with the byte at `index` inverted.
QByteArray flipped(QByteArray bytes, qsizetype index);

// Deterministic pseudo-random bytes (a fixed seed), so that failures reproduce.
QByteArray sampleBytes(qsizetype size, quint32 seed = 1);

} // namespace td::test
