#include "opensslsupport.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

namespace td::openssl {

QString reason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QCoreApplication::translate("td::Sealing", "OpenSSL gave no reason");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Error failure(const char* context, const char* sentence)
{
    return Error(QCoreApplication::translate(context, sentence).arg(reason()));
}

int intLength(qsizetype size)
{
    if (size > 64 * 1024 * 1024)
        throw Error(QCoreApplication::translate(
            "td::Sealing",
            "The data to sign or decrypt is larger than 64 MiB. A manifest, key "
            "or signature is never that large: check that the right file was given."));
    return static_cast<int>(size);
}

Bio readBio(const QByteArray& bytes)
{
    Bio bio(BIO_new_mem_buf(bytes.constData(), intLength(bytes.size())));
    if (!bio)
        throw std::bad_alloc();
    return bio;
}

Bio memoryBio()
{
    Bio bio(BIO_new(BIO_s_mem()));
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
        throw failure("td::Sealing",
                      QT_TRANSLATE_NOOP("td::Sealing",
                                        "The public key is not a PEM public key (%1). Use the "
                                        "public key file from the tender package."));
    return key;
}

Certificate readCertificatePem(const QByteArray& certificatePem)
{
    const Bio bio = readBio(certificatePem);
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray publicKeyPemOf(EVP_PKEY* key)
{
    const Bio bio = memoryBio();
    if (PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        throw failure("td::Sealing",
                      QT_TRANSLATE_NOOP("td::Sealing",
                                        "Could not write the public key (%1). Check that OpenSSL "
                                        "3 is installed completely, then try again."));
    return contentOf(bio.get());
}

CipherSuite suiteOfKey(const EVP_PKEY* key)
{
    if (EVP_PKEY_is_a(key, "SM2"))
        return CipherSuite::National;
    char group[64] = {};
    if (EVP_PKEY_is_a(key, "EC") &&
        EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, nullptr) == 1 &&
        qstrcmp(group, "prime256v1") == 0)
        return CipherSuite::International;
    ERR_clear_error();
    throw Error(QCoreApplication::translate(
        "td::Sealing", "The key is neither an EC P-256 nor an SM2 key. Use a key made by "
                       "TenderDesk."));
}

QString sha256Hex(const unsigned char* data, size_t length)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (EVP_Digest(data, length, digest, &digestLength, EVP_sha256(), nullptr) != 1)
        throw failure("td::Sealing",
                      QT_TRANSLATE_NOOP("td::Sealing",
                                        "Could not compute a SHA-256 digest (%1). Check that "
                                        "OpenSSL 3 is installed completely, then try again."));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(digestLength))
            .toHex());
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        throw failure("td::Sealing",
                      QT_TRANSLATE_NOOP("td::Sealing",
                                        "Could not draw random bytes for a key (%1). Check that "
                                        "OpenSSL 3 is installed completely, then try again."));
    return bytes;
}

} // namespace td::openssl
