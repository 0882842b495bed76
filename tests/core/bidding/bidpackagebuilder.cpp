#include "bidpackagebuilder.h"

#include "domain/uscc.h"
#include "sealing/envelope.h"
#include "sealing/privatekey.h"
#include "sealing/signature.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>

namespace td::test {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const Vendor& vendor(CipherSuite suite, int which)
{
    static QMap<QPair<int, int>, Vendor> made;
    const QPair<int, int> key(int(suite), which);
    auto found = made.find(key);
    if (found == made.end()) {
        static const char* names[] = {"杭州深度求索人工智能基础技术研究有限公司",
                                      "北京月之暗面科技有限公司", "上海稀宇科技有限公司",
                                      "北京智谱华章科技有限公司", "北京百川智能科技有限公司"};
        static const char* codes[] = {"91330105MA2KXXXX0", "91110108MA01KX8Y5", "91310104MA1FR2K07",
                                      "91110108MA01C2T63", "91110108MA020RQ59"};
        Vendor v;
        v.organization = QString::fromUtf8(names[which]);
        const QString first17 = QLatin1String(codes[which]);
        v.uscc = first17 + uscc::checkCharacter(first17);
        v.identity = makeSigningIdentity(v.organization, v.uscc, suite, vendorPassphrase);
        found = made.insert(key, v);
    }
    return *found;
}

BidPackageBuilder::BidPackageBuilder(const PackageTarget& target, const Vendor& vendor)
    : m_target(target)
    , m_vendor(vendor)
{}

BidPackageBuilder& BidPackageBuilder::withOpaquePayload(const QByteArray& ciphertext)
{
    m_payload = {{QStringLiteral("payload.bin"), ciphertext}};
    if (m_target.suite == CipherSuite::International) {
        m_payload.append({QStringLiteral("payload.cms"), QByteArrayLiteral("opaque envelope")});
    } else {
        m_payload.append({QStringLiteral("payload.key.sm2"), QByteArrayLiteral("opaque key")});
        m_payload.append({QStringLiteral("payload.mac"), QByteArray(64, 'a')});
    }
    return *this;
}

BidPackageBuilder& BidPackageBuilder::withSealedPayload(const QByteArray& plaintext)
{
    QByteArray source = plaintext;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QByteArray ciphertext;
    QBuffer out(&ciphertext);
    out.open(QIODevice::WriteOnly);
    const PrivateKey issuer =
        PrivateKey::unlock(m_vendor.identity.encryptedPrivateKeyPem, vendorPassphrase);
    const Envelope envelope = seal(in, out, m_target.sealingPublicKeyPem, m_target.suite, issuer,
                                   m_vendor.identity.certificatePem);
    m_payload = {{ciphertextFileName(), ciphertext}, {envelope.fileName, envelope.bytes}};
    if (!envelope.mac.isEmpty())
        m_payload.append({macFileName(), envelope.mac});
    return *this;
}

BidPackageBuilder& BidPackageBuilder::asWithdrawal()
{
    m_withdrawal = true;
    m_payload.clear();
    return *this;
}

QJsonObject BidPackageBuilder::manifest() const
{
    QJsonArray files;
    for (const ArchiveEntry& e : m_payload)
        files.append(QJsonObject{{QStringLiteral("path"), e.path},
                                 {QStringLiteral("bytes"), double(e.content.size())},
                                 {QStringLiteral("sha256"), sha256Hex(e.content)}});
    return {
        {QStringLiteral("format"), QStringLiteral("tenderdesk-bid-package-1")},
        {QStringLiteral("kind"),
         m_withdrawal ? QStringLiteral("withdrawal") : QStringLiteral("bid")},
        {QStringLiteral("tender"),
         QJsonObject{{QStringLiteral("reference"), m_target.reference},
                     {QStringLiteral("ocid"), QStringLiteral("ocds-tdesk1-") + m_target.reference},
                     {QStringLiteral("sealingKeyFingerprint"), m_target.sealingKeyFingerprint},
                     {QStringLiteral("suite"), cipherSuiteCode(m_target.suite)}}},
        {QStringLiteral("vendor"),
         QJsonObject{
             {QStringLiteral("organization"), m_vendor.organization},
             {QStringLiteral("uscc"), m_vendor.uscc},
             {QStringLiteral("certificate"), QString::fromUtf8(m_vendor.identity.certificatePem)},
             {QStringLiteral("certificateFingerprint"), m_vendor.identity.fingerprint}}},
        {QStringLiteral("createdAt"), QStringLiteral("2030-06-05T02:00:00Z")},
        {QStringLiteral("machineFingerprint"), sha256Hex(QByteArrayLiteral("test machine"))},
        {QStringLiteral("files"), files}};
}

QByteArray BidPackageBuilder::manifestBytes() const
{
    return QJsonDocument(manifest()).toJson(QJsonDocument::Indented);
}

QList<ArchiveEntry> BidPackageBuilder::entries() const
{
    const QByteArray manifestJson = manifestBytes();
    const PrivateKey key =
        PrivateKey::unlock(m_vendor.identity.encryptedPrivateKeyPem, vendorPassphrase);
    QList<ArchiveEntry> all{{QStringLiteral("manifest.json"), manifestJson},
                            {signatureFileName(m_target.suite),
                             signManifest(manifestJson, key, m_vendor.identity.certificatePem)}};
    all += m_payload;
    return all;
}

QString BidPackageBuilder::write(const QString& path) const
{
    writeZip(path, entries());
    return path;
}

QByteArray innerZip(const QList<ArchiveEntry>& entries)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inner.zip"));
    writeZip(path, entries);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace td::test
