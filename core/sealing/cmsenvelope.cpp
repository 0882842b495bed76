#include "cmsenvelope.h"

#include "certificatebuilder.h"
#include "iodevicebio.h"
#include "privatekey.h"
#include "streamchunks.h"

#include <QCoreApplication>

#include <openssl/ec.h>
#include <openssl/err.h>

namespace td::cmsenvelope {
namespace {

constexpr unsigned int sealFlags =
    CMS_DETACHED | CMS_STREAM | CMS_PARTIAL | CMS_BINARY | CMS_USE_KEYID;

Error sealFailure()
{
    return openssl::failure("td::Envelope",
                            QT_TRANSLATE_NOOP("td::Envelope",
                                              "Could not seal the bid (%1). Check that OpenSSL 3 "
                                              "is installed completely, then try again."));
}

// The recipient certificate only names the tender key inside the CMS (by its subject key
// identifier); nobody trusts or checks it, so its validity simply spans the bid period.
openssl::Certificate recipientCertificate(EVP_PKEY* tenderKey, const PrivateKey& issuerKey,
                                          X509* issuerCertificate)
{
    CertificateRequest request;
    request.subject = {{NID_commonName, QStringLiteral("TenderDesk tender sealing key")}};
    request.subjectKey = tenderKey;
    request.issuer = issuerCertificate;
    request.notBefore = QDateTime::currentDateTimeUtc();
    request.notAfter = request.notBefore.addYears(1);
    request.keyUsage = "critical,keyAgreement";
    return issueCertificate(request, issuerKey);
}

// X9.63 KDF over SHA-256 rather than OpenSSL's default SHA-1 (both are in RFC 5753; the
// recipient reads the choice from the envelope).
void useSha256Kdf(CMS_ContentInfo* cms)
{
    STACK_OF(CMS_RecipientInfo)* recipients = CMS_get0_RecipientInfos(cms);
    CMS_RecipientInfo* recipient = sk_CMS_RecipientInfo_num(recipients) == 1
                                       ? sk_CMS_RecipientInfo_value(recipients, 0)
                                       : nullptr;
    EVP_PKEY_CTX* context = recipient ? CMS_RecipientInfo_get0_pkey_ctx(recipient) : nullptr;
    if (!context || EVP_PKEY_CTX_set_ecdh_kdf_md(context, EVP_sha256()) <= 0)
        throw sealFailure();
}

// Runs `body` over the chain CMS_dataInit built in front of `device`, then frees that chain
// (never `device`) whatever happens.
template <typename Body> void overChain(CMS_ContentInfo* cms, BIO* device, Body body)
{
    BIO* chain = CMS_dataInit(cms, device);
    if (!chain)
        throw sealFailure();
    try {
        body(chain);
    } catch (...) {
        openssl::freeChainUpTo(chain, device);
        throw;
    }
    openssl::freeChainUpTo(chain, device);
}

} // namespace

QByteArray seal(QIODevice& plaintext, QIODevice& ciphertextOut, EVP_PKEY* tenderKey,
                const PrivateKey& issuerKey, X509* issuerCertificate,
                const StreamProgress& progress)
{
    ERR_clear_error();
    const openssl::Certificate recipient =
        recipientCertificate(tenderKey, issuerKey, issuerCertificate);
    openssl::CertificateStack recipients(sk_X509_new_null());
    if (!recipients || sk_X509_push(recipients.get(), recipient.get()) <= 0)
        throw std::bad_alloc();
    const openssl::Cms cms(CMS_encrypt(recipients.get(), nullptr, EVP_aes_256_gcm(), sealFlags));
    if (!cms)
        throw sealFailure();
    useSha256Kdf(cms.get());

    const openssl::Bio sink = openssl::ioDeviceBio(ciphertextOut);
    overChain(cms.get(), sink.get(), [&](BIO* chain) {
        streaming::forEachChunk(
            plaintext,
            [&](const char* data, int length) {
                if (BIO_write(chain, data, length) != length)
                    throw sealFailure();
            },
            progress);
        // The flush writes the last block; dataFinal stores the GCM tag in the envelope.
        if (BIO_flush(chain) != 1 || CMS_dataFinal(cms.get(), chain) != 1)
            throw sealFailure();
    });
    const openssl::Bio der = openssl::memoryBio();
    if (i2d_CMS_bio(der.get(), cms.get()) != 1)
        throw sealFailure();
    return openssl::contentOf(der.get());
}

void unseal(const QByteArray& cmsDer, QIODevice& ciphertext, QIODevice& plaintextOut,
            const PrivateKey& tenderKey, const StreamProgress& progress)
{
    ERR_clear_error();
    const openssl::Bio in = openssl::readBio(cmsDer);
    const openssl::Cms cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_id_smime_ct_authEnvelopedData)
        throw openssl::failure("td::Envelope",
                               QT_TRANSLATE_NOOP("td::Envelope",
                                                 "The sealed envelope (payload.cms) is not a CMS "
                                                 "AuthEnvelopedData (%1). The bid package is "
                                                 "damaged; ask the vendor to send it again."));
    if (CMS_decrypt_set1_pkey_and_peer(cms.get(), tenderKey.handle(), nullptr, nullptr) != 1)
        throw openssl::failure(
            "td::Envelope",
            QT_TRANSLATE_NOOP("td::Envelope",
                              "The bid was not sealed to this tender's key (%1). Check that "
                              "the bid belongs to this tender."));

    const openssl::Bio source = openssl::ioDeviceBio(ciphertext);
    overChain(cms.get(), source.get(), [&](BIO* chain) {
        QByteArray buffer(streaming::chunkSize, Qt::Uninitialized);
        qint64 done = 0;
        int read = 0;
        while ((read = BIO_read(chain, buffer.data(), streaming::chunkSize)) > 0) {
            streaming::writeAll(plaintextOut, buffer.constData(), read);
            done += read;
            if (progress && !progress(done))
                throw SealingCancelled();
        }
        // The cipher BIO checks the GCM tag when its source ends.
        if (read < 0 || BIO_get_cipher_status(chain) != 1)
            throw openssl::failure(
                "td::Envelope",
                QT_TRANSLATE_NOOP("td::Envelope",
                                  "The sealed bid fails its integrity check (%1): it was "
                                  "altered or damaged after sealing and cannot be opened."));
    });
}

} // namespace td::cmsenvelope
