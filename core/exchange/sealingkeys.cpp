#include "sealingkeys.h"

#include "domain/error.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

// No buffer of ours ever holds the passphrase or the unencrypted key: the passphrase goes to
// OpenSSL straight from the caller's QByteArray (with its length, so no terminated copy is
// needed), and the unencrypted key lives only inside OpenSSL objects whose free functions
// cleanse it (EVP_PKEY_free, PKCS8_PRIV_KEY_INFO_free). The unique_ptrs below free them as soon
// as they go out of scope, on every path.

namespace td {
namespace {

template <auto release> struct Release
{
    template <typename T> void operator()(T* p) const noexcept { release(p); }
};

struct OpenSslFree
{
    void operator()(unsigned char* p) const noexcept { OPENSSL_free(p); }
};

using Bio = std::unique_ptr<BIO, Release<BIO_free>>;
using Key = std::unique_ptr<EVP_PKEY, Release<EVP_PKEY_free>>;
using PlainKeyInfo = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Release<PKCS8_PRIV_KEY_INFO_free>>;
using EncryptedKeyInfo = std::unique_ptr<X509_SIG, Release<X509_SIG_free>>;
using Algorithm = std::unique_ptr<X509_ALGOR, Release<X509_ALGOR_free>>;
using OpenSslBytes = std::unique_ptr<unsigned char, OpenSslFree>;

// scrypt with the cost of `openssl pkcs8 -topk8 -scrypt` (16 MiB of memory, well inside
// OpenSSL's default 32 MiB ceiling for decryption): a memory-hard key from the passphrase makes
// guessing far dearer than the 2048 PBKDF2 rounds that PEM_write_bio_PKCS8PrivateKey uses.
constexpr uint64_t scryptN = 16384;
constexpr uint64_t scryptR = 8;
constexpr uint64_t scryptP = 1;

// The most recent OpenSSL error as text, and a clean error queue for the next call.
QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QCoreApplication::translate("td::SealingKeys", "OpenSSL gave no reason");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

// `sentence` is marked with QT_TRANSLATE_NOOP in context td::SealingKeys and has one %1 for
// OpenSSL's reason.
Error openSslFailure(const char* sentence)
{
    return Error(QCoreApplication::translate("td::SealingKeys", sentence).arg(openSslReason()));
}

// Passphrases are UTF-8; people count characters, not bytes, so a Chinese passphrase of eight
// characters is as long as a Latin one. Counting lead bytes needs no decoded copy.
qsizetype characterCount(const QByteArray& utf8)
{
    return std::count_if(utf8.cbegin(), utf8.cend(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// OpenSSL takes lengths as int; a longer passphrase cannot be anything but a mistake.
int passphraseLength(const QByteArray& passphrase)
{
    if (passphrase.size() > 4096)
        throw Error(QCoreApplication::translate(
            "td::SealingKeys", "The passphrase is longer than 4096 bytes. Choose a shorter one."));
    return static_cast<int>(passphrase.size());
}

Bio readBio(const QByteArray& bytes)
{
    Bio bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
    if (!bio)
        throw std::bad_alloc();
    return bio;
}

QByteArray contentOf(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, length);
}

Key readPublicKey(const QByteArray& publicKeyPem)
{
    ERR_clear_error();
    const Bio bio = readBio(publicKeyPem);
    Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        throw openSslFailure(QT_TRANSLATE_NOOP(
            "td::SealingKeys", "The public sealing key is not a PEM public key (%1). Use the "
                               "public key file from the tender package."));
    return key;
}

QByteArray publicKeyPemOf(EVP_PKEY* key)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        throw openSslFailure(QT_TRANSLATE_NOOP(
            "td::SealingKeys",
            "Could not write the public sealing key (%1). Check that OpenSSL 3 is installed "
            "completely, then try again."));
    return contentOf(bio.get());
}

QByteArray encryptedPrivateKeyPemOf(EVP_PKEY* key, const QByteArray& passphrase)
{
    const PlainKeyInfo plain(EVP_PKEY2PKCS8(key));
    // PBES2: a fresh random salt and IV (null arguments), scrypt for the key, AES-256-CBC.
    Algorithm pbe(
        PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 0, nullptr, scryptN, scryptR, scryptP));
    EncryptedKeyInfo encrypted;
    if (plain && pbe)
        encrypted.reset(PKCS8_set0_pbe(passphrase.constData(), passphraseLength(passphrase),
                                       plain.get(), pbe.get()));
    if (encrypted)
        (void)pbe.release(); // the encrypted key info owns it now
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!encrypted || !bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        throw openSslFailure(QT_TRANSLATE_NOOP(
            "td::SealingKeys",
            "Could not encrypt the private sealing key (%1). Check that OpenSSL 3 is installed "
            "completely, then try again."));
    return contentOf(bio.get());
}

QString fingerprintOf(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    const OpenSslBytes owned(der);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (length <= 0 || EVP_Digest(der, static_cast<size_t>(length), digest, &digestLength,
                                  EVP_sha256(), nullptr) != 1)
        throw openSslFailure(QT_TRANSLATE_NOOP(
            "td::SealingKeys", "Could not compute the fingerprint of the public sealing key (%1). "
                               "Check that OpenSSL 3 is installed completely, then try again."));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(digestLength))
            .toHex());
}

} // namespace

SealingKeyPair generateSealingKeyPair(const QByteArray& passphrase)
{
    if (characterCount(passphrase) < minimumPassphraseLength)
        throw Error(QCoreApplication::translate("td::SealingKeys",
                                                "The passphrase must be at least %n characters "
                                                "long. Choose a longer passphrase and try again.",
                                                nullptr, minimumPassphraseLength));
    ERR_clear_error();
    const Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        throw openSslFailure(QT_TRANSLATE_NOOP(
            "td::SealingKeys",
            "Could not generate the sealing key pair (%1). Check that OpenSSL 3 is installed "
            "completely, then try again."));
    SealingKeyPair pair;
    pair.algorithm = QStringLiteral("EC P-256");
    pair.publicKeyPem = publicKeyPemOf(key.get());
    pair.encryptedPrivateKeyPem = encryptedPrivateKeyPemOf(key.get(), passphrase);
    pair.fingerprint = fingerprintOf(key.get());
    return pair;
}

bool unlocksSealingKey(const QByteArray& encryptedPrivateKeyPem, const QByteArray& publicKeyPem,
                       const QByteArray& passphrase)
{
    const Key publicKey = readPublicKey(publicKeyPem);
    const Bio bio = readBio(encryptedPrivateKeyPem);
    // Only the encrypted form is read: an unencrypted key would "unlock" with any passphrase.
    const EncryptedKeyInfo encrypted(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!encrypted)
        throw openSslFailure(QT_TRANSLATE_NOOP(
            "td::SealingKeys",
            "The private sealing key is not an encrypted PKCS#8 PEM key (%1). Use the private "
            "key file that was saved when the tender was published."));
    // A wrong passphrase shows as a failed decryption or as garbage that is not a key: both
    // mean "does not unlock", not an error.
    const PlainKeyInfo plain(
        PKCS8_decrypt(encrypted.get(), passphrase.constData(), passphraseLength(passphrase)));
    const Key privateKey(plain ? EVP_PKCS82PKEY(plain.get()) : nullptr);
    const bool matches = privateKey && EVP_PKEY_eq(privateKey.get(), publicKey.get()) == 1;
    ERR_clear_error();
    return matches;
}

QString publicKeyFingerprint(const QByteArray& publicKeyPem)
{
    const Key key = readPublicKey(publicKeyPem);
    return fingerprintOf(key.get());
}

} // namespace td
