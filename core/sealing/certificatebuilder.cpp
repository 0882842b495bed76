#include "certificatebuilder.h"

#include "privatekey.h"
#include "sm2id.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace td {
namespace {

using Name = std::unique_ptr<X509_NAME, openssl::Release<X509_NAME_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, openssl::Release<X509_EXTENSION_free>>;
using BigNumber = std::unique_ptr<BIGNUM, openssl::Release<BN_free>>;

Error builderFailure()
{
    return openssl::failure(
        "td::Certificates",
        QT_TRANSLATE_NOOP("td::Certificates",
                          "Could not make a certificate (%1). Check that OpenSSL 3 is installed "
                          "completely, then try again."));
}

void require(bool ok)
{
    if (!ok)
        throw builderFailure();
}

// 128 random bits, positive: unique without a register of issued serials (RFC 5280 allows up
// to 20 octets).
void setRandomSerial(X509* certificate)
{
    QByteArray bytes = openssl::randomBytes(16);
    bytes[0] = static_cast<char>(bytes[0] & 0x7f);
    const BigNumber serial(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()),
                                     static_cast<int>(bytes.size()), nullptr));
    require(serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)));
}

void setValidity(X509* certificate, const QDateTime& notBefore, const QDateTime& notAfter)
{
    require(ASN1_TIME_set(X509_getm_notBefore(certificate), notBefore.toSecsSinceEpoch()) &&
            ASN1_TIME_set(X509_getm_notAfter(certificate), notAfter.toSecsSinceEpoch()));
}

void setSubject(X509* certificate, const QList<QPair<int, QString>>& entries)
{
    const Name name(X509_NAME_new());
    require(name != nullptr);
    for (const auto& [nid, value] : entries) {
        const QByteArray utf8 = value.toUtf8();
        require(X509_NAME_add_entry_by_NID(name.get(), nid, MBSTRING_UTF8,
                                           reinterpret_cast<const unsigned char*>(utf8.constData()),
                                           static_cast<int>(utf8.size()), -1, 0) == 1);
    }
    require(X509_set_subject_name(certificate, name.get()) == 1);
}

void addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value)
{
    const Extension extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    require(extension && X509_add_ext(certificate, extension.get(), -1) == 1);
}

void sign(X509* certificate, const PrivateKey& issuerKey)
{
    const openssl::DigestContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `context`
    require(context && EVP_DigestSignInit_ex(context.get(), &keyContext,
                                             sm2::digestNameFor(issuerKey.handle()), nullptr,
                                             nullptr, issuerKey.handle(), nullptr) == 1);
    require(sm2::setDefaultId(keyContext));
    require(X509_sign_ctx(certificate, context.get()) > 0);
}

} // namespace

openssl::Certificate issueCertificate(const CertificateRequest& request,
                                      const PrivateKey& issuerKey)
{
    ERR_clear_error();
    openssl::Certificate certificate(X509_new());
    require(certificate && X509_set_version(certificate.get(), X509_VERSION_3) == 1);
    setRandomSerial(certificate.get());
    setValidity(certificate.get(), request.notBefore, request.notAfter);
    setSubject(certificate.get(), request.subject);
    X509* issuer = request.issuer ? request.issuer : certificate.get();
    require(X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) == 1);
    require(X509_set_pubkey(certificate.get(), request.subjectKey) == 1);

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate.get(), nullptr, nullptr, 0);
    addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), &context, NID_key_usage, request.keyUsage);
    addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash");
    if (request.issuer)
        addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");
    sign(certificate.get(), issuerKey);
    return certificate;
}

QByteArray certificatePemOf(X509* certificate)
{
    const openssl::Bio bio = openssl::memoryBio();
    require(PEM_write_bio_X509(bio.get(), certificate) == 1);
    return openssl::contentOf(bio.get());
}

} // namespace td
