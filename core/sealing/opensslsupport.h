#pragma once

// The sealing library's own helpers around OpenSSL: owning pointers that free (and, for keys,
// cleanse) on every path, memory BIOs over Qt byte arrays, and errors that name OpenSSL's reason.
// Not installed for other libraries: they use the sealing API, never OpenSSL directly.

#include "ciphersuite.h"
#include "domain/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace td::openssl {

template <auto release> struct Release
{
    template <typename T> void operator()(T* p) const noexcept { release(p); }
};

struct OpenSslFree
{
    void operator()(unsigned char* p) const noexcept { OPENSSL_free(p); }
};

using Bio = std::unique_ptr<BIO, Release<BIO_free_all>>;
using Key = std::unique_ptr<EVP_PKEY, Release<EVP_PKEY_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Release<EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Release<EVP_MD_CTX_free>>;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, Release<EVP_CIPHER_CTX_free>>;
using Cipher = std::unique_ptr<EVP_CIPHER, Release<EVP_CIPHER_free>>;
using Mac = std::unique_ptr<EVP_MAC, Release<EVP_MAC_free>>;
using MacContext = std::unique_ptr<EVP_MAC_CTX, Release<EVP_MAC_CTX_free>>;
using Certificate = std::unique_ptr<X509, Release<X509_free>>;
// sk_X509_free is a macro, so the stack of certificates gets a deleter of its own; it frees the
// stack only, not the certificates, which have owners of their own.
struct CertificateStackFree
{
    void operator()(STACK_OF(X509) * p) const noexcept { sk_X509_free(p); }
};
using CertificateStack = std::unique_ptr<STACK_OF(X509), CertificateStackFree>;
using Cms = std::unique_ptr<CMS_ContentInfo, Release<CMS_ContentInfo_free>>;
using OpenSslBytes = std::unique_ptr<unsigned char, OpenSslFree>;

// The most recent OpenSSL error as text, leaving a clean error queue for the next call.
QString reason();

// td::Error with the sentence `sentence` translated in `context` (both marked with
// QT_TRANSLATE_NOOP) and its one %1 filled with OpenSSL's reason.
Error failure(const char* context, const char* sentence);

// OpenSSL takes lengths as int; throws td::Error for anything larger (never a real key or
// manifest).
int intLength(qsizetype size);

// A read-only memory BIO over `bytes`, which must outlive it.
Bio readBio(const QByteArray& bytes);
// An empty, growing memory BIO.
Bio memoryBio();
// What a memory BIO holds.
QByteArray contentOf(BIO* bio);

// A PEM public key; throws td::Error (naming `what`, already translated) when it is not one.
Key readPublicKey(const QByteArray& publicKeyPem);
// A PEM certificate, or null.
Certificate readCertificatePem(const QByteArray& certificatePem);
QByteArray publicKeyPemOf(EVP_PKEY* key);

// The suite of a P-256 or SM2 key; throws td::Error for a key of any other kind.
CipherSuite suiteOfKey(const EVP_PKEY* key);

// SHA-256 of `data`, lower-case hex.
QString sha256Hex(const unsigned char* data, size_t length);

// Fresh random bytes (throws td::Error when the generator fails).
QByteArray randomBytes(int count);

} // namespace td::openssl
