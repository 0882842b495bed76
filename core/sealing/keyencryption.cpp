#include "keyencryption.h"

#include "opensslsupport.h"
#include "sealingkeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

// No buffer of ours ever holds the passphrase or the unencrypted key: the passphrase goes to
// OpenSSL straight from the caller's QByteArray (with its length, so no terminated copy is
// needed), and the unencrypted key lives only inside OpenSSL objects whose free functions
// cleanse it (EVP_PKEY_free, PKCS8_PRIV_KEY_INFO_free).

namespace td::keyencryption {
namespace {

using PlainKeyInfo =
    std::unique_ptr<PKCS8_PRIV_KEY_INFO, openssl::Release<PKCS8_PRIV_KEY_INFO_free>>;
using EncryptedKeyInfo = std::unique_ptr<X509_SIG, openssl::Release<X509_SIG_free>>;
using Algorithm = std::unique_ptr<X509_ALGOR, openssl::Release<X509_ALGOR_free>>;

// scrypt with the cost of `openssl pkcs8 -topk8 -scrypt` (16 MiB of memory, well inside
// OpenSSL's default 32 MiB ceiling for decryption): a memory-hard key from the passphrase makes
// guessing far dearer than the 2048 PBKDF2 rounds that PEM_write_bio_PKCS8PrivateKey uses.
constexpr uint64_t scryptN = 16384;
constexpr uint64_t scryptR = 8;
constexpr uint64_t scryptP = 1;

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

} // namespace

void requireLongEnough(const QByteArray& passphrase)
{
    if (characterCount(passphrase) < minimumPassphraseLength)
        throw Error(QCoreApplication::translate("td::SealingKeys",
                                                "The passphrase must be at least %n characters "
                                                "long. Choose a longer passphrase and try again.",
                                                nullptr, minimumPassphraseLength));
}

QByteArray encryptedPem(EVP_PKEY* key, const QByteArray& passphrase)
{
    ERR_clear_error();
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
    const openssl::Bio bio = openssl::memoryBio();
    if (!encrypted || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        throw openssl::failure(
            "td::SealingKeys",
            QT_TRANSLATE_NOOP("td::SealingKeys",
                              "Could not encrypt the private sealing key (%1). Check that OpenSSL "
                              "3 is installed completely, then try again."));
    return openssl::contentOf(bio.get());
}

EVP_PKEY* decrypt(const QByteArray& encryptedPem, const QByteArray& passphrase)
{
    ERR_clear_error();
    const openssl::Bio bio = openssl::readBio(encryptedPem);
    // Only the encrypted form is read: an unencrypted key would "unlock" with any passphrase.
    const EncryptedKeyInfo encrypted(PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr));
    if (!encrypted)
        throw openssl::failure(
            "td::SealingKeys",
            QT_TRANSLATE_NOOP("td::SealingKeys",
                              "The private sealing key is not an encrypted PKCS#8 PEM key (%1). "
                              "Use the private key file that was saved when the tender was "
                              "published."));
    // A wrong passphrase shows as a failed decryption or as garbage that is not a key: both
    // mean "does not unlock", not an error.
    const PlainKeyInfo plain(
        PKCS8_decrypt(encrypted.get(), passphrase.constData(), passphraseLength(passphrase)));
    EVP_PKEY* key = plain ? EVP_PKCS82PKEY(plain.get()) : nullptr;
    ERR_clear_error();
    return key;
}

} // namespace td::keyencryption
