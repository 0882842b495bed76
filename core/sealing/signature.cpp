#include "signature.h"

#include "opensslsupport.h"
#include "privatekey.h"
#include "sm2id.h"

#include <QCoreApplication>

#include <openssl/err.h>

namespace td {
namespace {

// CMS over the manifest's exact bytes: no MIME canonicalisation, no signed content inside.
constexpr unsigned int cmsSignFlags = CMS_DETACHED | CMS_BINARY;

Error signingFailure()
{
    return openssl::failure("td::Signature",
                            QT_TRANSLATE_NOOP("td::Signature",
                                              "Could not sign (%1). Check that OpenSSL 3 is "
                                              "installed completely, then try again."));
}

// A digest-sign or digest-verify context for `key`: SHA-256, or SM3 with the default SM2 ID.
openssl::DigestContext digestContext(EVP_PKEY* key, bool signing)
{
    openssl::DigestContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `context`
    const char* digest = sm2::digestNameFor(key);
    const int started = !context  ? 0
                        : signing ? EVP_DigestSignInit_ex(context.get(), &keyContext, digest,
                                                          nullptr, nullptr, key, nullptr)
                                  : EVP_DigestVerifyInit_ex(context.get(), &keyContext, digest,
                                                            nullptr, nullptr, key, nullptr);
    if (started != 1 || !sm2::setDefaultId(keyContext))
        return {};
    return context;
}

QByteArray cmsSign(const QByteArray& manifest, const PrivateKey& key, X509* certificate)
{
    const openssl::Bio content = openssl::readBio(manifest);
    const openssl::Cms cms(
        CMS_sign(certificate, key.handle(), nullptr, content.get(), cmsSignFlags));
    const openssl::Bio out = openssl::memoryBio();
    if (!cms || i2d_CMS_bio(out.get(), cms.get()) != 1)
        throw signingFailure();
    return openssl::contentOf(out.get());
}

bool cmsVerify(const QByteArray& manifest, const QByteArray& signature, X509* certificate)
{
    const openssl::Bio in = openssl::readBio(signature);
    const openssl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return false;
    openssl::CertificateStack signers(sk_X509_new_null());
    if (!signers || sk_X509_push(signers.get(), certificate) <= 0)
        throw std::bad_alloc();
    const openssl::Bio content = openssl::readBio(manifest);
    // The signer must be the given certificate (CMS_NOINTERN ignores any certificate carried
    // inside the signature). A self-signed vendor certificate has no chain to check: the buyer
    // trusts it by the USCC and fingerprint it names, so the chain check is skipped.
    return CMS_verify(cms.get(), signers.get(), nullptr, content.get(), nullptr,
                      CMS_BINARY | CMS_NOINTERN | CMS_NO_SIGNER_CERT_VERIFY) == 1;
}

} // namespace

QByteArray signManifest(const QByteArray& manifest, const PrivateKey& key,
                        const QByteArray& certificatePem)
{
    ERR_clear_error();
    const openssl::Certificate certificate = openssl::readCertificatePem(certificatePem);
    if (!certificate || X509_check_private_key(certificate.get(), key.handle()) != 1) {
        ERR_clear_error();
        throw Error(QCoreApplication::translate(
            "td::Signature", "The signing certificate does not belong to the signing key. Use the "
                             "certificate and key of one vendor identity."));
    }
    if (key.suite() == CipherSuite::National)
        return signBytes(manifest, key);
    return cmsSign(manifest, key, certificate.get());
}

bool verifyManifest(const QByteArray& manifest, const QByteArray& signature,
                    const QByteArray& certificatePem)
{
    ERR_clear_error();
    const openssl::Certificate certificate = openssl::readCertificatePem(certificatePem);
    EVP_PKEY* publicKey = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    bool valid = false;
    if (publicKey && EVP_PKEY_is_a(publicKey, "SM2"))
        valid = verifyBytes(manifest, signature, openssl::publicKeyPemOf(publicKey));
    else if (publicKey)
        valid = cmsVerify(manifest, signature, certificate.get());
    ERR_clear_error();
    return valid;
}

QString signatureFileName(CipherSuite suite)
{
    return suite == CipherSuite::International ? QStringLiteral("signature.p7s")
                                               : QStringLiteral("signature.sm2");
}

QByteArray signBytes(const QByteArray& data, const PrivateKey& key)
{
    ERR_clear_error();
    const openssl::DigestContext context = digestContext(key.handle(), true);
    size_t length = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    if (!context || EVP_DigestSign(context.get(), nullptr, &length, bytes,
                                   static_cast<size_t>(data.size())) != 1)
        throw signingFailure();
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       bytes, static_cast<size_t>(data.size())) != 1)
        throw signingFailure();
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

bool verifyBytes(const QByteArray& data, const QByteArray& signature,
                 const QByteArray& publicKeyPem)
{
    ERR_clear_error();
    const openssl::Bio bio = openssl::readBio(publicKeyPem);
    const openssl::Key key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    const openssl::DigestContext context = key ? digestContext(key.get(), false) : nullptr;
    const bool valid =
        context && EVP_DigestVerify(context.get(),
                                    reinterpret_cast<const unsigned char*>(signature.constData()),
                                    static_cast<size_t>(signature.size()),
                                    reinterpret_cast<const unsigned char*>(data.constData()),
                                    static_cast<size_t>(data.size())) == 1;
    ERR_clear_error();
    return valid;
}

} // namespace td
