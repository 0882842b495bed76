#include "bidpackagereader.h"

#include "bidrefusal.h"
#include "sealing/signature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::BidPackageReader", text);
}

const QString manifestName = QStringLiteral("manifest.json");

const BidPackageFile* listed(const BidPackageManifest& m, const QString& path)
{
    for (const BidPackageFile& f : m.files)
        if (f.path == path)
            return &f;
    return nullptr;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QList<ArchiveEntry> readArchive(const QString& filePath)
{
    try {
        return readZip(filePath, bidPackageLimits());
    } catch (const ZipError& e) {
        switch (e.problem()) {
        case ZipProblem::Unreadable:
            throw;
        case ZipProblem::NotAZip:
            throw BidRefused(RefusalReason::NotAZip, e.message());
        case ZipProblem::Damaged:
        case ZipProblem::UnsafePath:
        case ZipProblem::NotAFile:
        case ZipProblem::Duplicate:
        case ZipProblem::Encrypted:
        case ZipProblem::TooManyEntries:
        case ZipProblem::TooLarge:
        case ZipProblem::TooCompressed:
            break;
        }
        throw BidRefused(RefusalReason::UnsafeArchive, e.message());
    }
}

// The files a package of this kind and suite carries beside the manifest and the signature.
QSet<QString> payloadNames(const BidPackageManifest& m)
{
    if (m.kind == BidPackageManifest::Kind::Withdrawal)
        return {};
    QSet<QString> names{ciphertextFileName()};
    if (m.suite == CipherSuite::International) {
        names.insert(QStringLiteral("payload.cms"));
    } else {
        names.insert(QStringLiteral("payload.key.sm2"));
        names.insert(macFileName());
    }
    return names;
}

BidPackageManifest manifestOf(const QHash<QString, QByteArray>& files)
{
    const auto found = files.constFind(manifestName);
    if (found == files.cend())
        throw BidRefused(RefusalReason::MalformedManifest,
                         tr("The bid package has no manifest.json, so nothing says what it "
                            "holds or who sent it. Ask the vendor to make the package again "
                            "with TenderDesk."));
    try {
        return readBidPackageManifest(*found);
    } catch (const Error& e) {
        throw BidRefused(RefusalReason::MalformedManifest, e.message());
    }
}

void checkFiles(const BidPackageManifest& m, const QHash<QString, QByteArray>& files,
                const QString& signatureName)
{
    const QSet<QString> expected = payloadNames(m);
    for (const BidPackageFile& file : m.files) {
        if (!expected.contains(file.path))
            throw BidRefused(RefusalReason::MalformedManifest,
                             tr("The manifest lists \"%1\", which a %2 package does not hold. "
                                "Ask the vendor to make the package again with TenderDesk.")
                                 .arg(file.path, bidPackageKindCode(m.kind)));
        const auto found = files.constFind(file.path);
        if (found == files.cend())
            throw BidRefused(RefusalReason::DigestMismatch,
                             tr("The manifest lists \"%1\", but the package does not hold it. "
                                "Ask the vendor for the complete package.")
                                 .arg(file.path));
        if (found->size() != file.bytes || sha256(*found) != file.sha256)
            throw BidRefused(RefusalReason::DigestMismatch,
                             tr("\"%1\" in the package is not the file its manifest vouches for "
                                "(its size or SHA-256 differs): it was changed or damaged after "
                                "signing. Ask the vendor for a new copy.")
                                 .arg(file.path));
    }
    for (const QString& name : expected)
        if (!listed(m, name))
            throw BidRefused(RefusalReason::MalformedManifest,
                             tr("The manifest does not list \"%1\", which a %2 package must "
                                "hold. Ask the vendor to make the package again with "
                                "TenderDesk.")
                                 .arg(name, bidPackageKindCode(m.kind)));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (it.key() != manifestName && it.key() != signatureName && !listed(m, it.key()))
            throw BidRefused(RefusalReason::DigestMismatch,
                             tr("The package holds \"%1\", which its manifest does not list: "
                                "nothing vouches for it. Ask the vendor for a package made by "
                                "TenderDesk alone.")
                                 .arg(it.key()));
}

CertificateInfo checkSignature(const BidPackageManifest& m, const QByteArray& manifestJson,
                               const QByteArray& signature)
{
    CertificateInfo info;
    try {
        info = readCertificate(m.certificatePem);
    } catch (const Error& e) {
        throw BidRefused(RefusalReason::BadSignature,
                         tr("The vendor's certificate in the manifest cannot be read (%1), so "
                            "the signature cannot be checked.")
                             .arg(e.message()));
    }
    if (info.fingerprint != m.certificateFingerprint || info.uscc != m.uscc ||
        info.suite != m.suite)
        throw BidRefused(RefusalReason::BadSignature,
                         tr("The certificate in the manifest is not the one the manifest names "
                            "for %1 (USCC %2): its fingerprint, USCC or algorithm differs.")
                             .arg(m.organization, m.uscc));
    if (!verifyManifest(manifestJson, signature, m.certificatePem))
        throw BidRefused(RefusalReason::BadSignature,
                         tr("The signature of the bid package does not match its manifest and "
                            "the vendor's certificate: the manifest was changed after signing, "
                            "or someone else signed it."));
    return info;
}

} // namespace

ZipLimits bidPackageLimits()
{
    ZipLimits limits;
    limits.maximumEntries = 1000;
    limits.maximumTotalBytes = 2LL * 1024 * 1024 * 1024;
    limits.maximumEntryBytes = limits.maximumTotalBytes;
    limits.maximumCompressionRatio = 100;
    return limits;
}

QString fileSha256(const QString& filePath)
{
    QFile file(filePath);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw Error(tr("Could not read %1 (%2). Check that the file exists and that you may "
                       "read it.")
                        .arg(QDir::toNativeSeparators(filePath), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

BidPackage readBidPackage(const QString& filePath)
{
    QHash<QString, QByteArray> files;
    for (ArchiveEntry& entry : readArchive(filePath))
        files.insert(entry.path, std::move(entry.content));

    BidPackage p;
    p.manifest = manifestOf(files);
    p.manifestJson = files.value(manifestName);
    const QString signatureName = signatureFileName(p.manifest.suite);
    try {
        checkFiles(p.manifest, files, signatureName);
        if (!files.contains(signatureName))
            throw BidRefused(RefusalReason::BadSignature,
                             tr("The bid package has no signature (%1): nothing shows who sent "
                                "it. Ask the vendor to sign the package with TenderDesk.")
                                 .arg(signatureName));
        p.signature = files.value(signatureName);
        p.certificate = checkSignature(p.manifest, p.manifestJson, p.signature);
    } catch (BidRefused& refused) {
        refused.tenderReference = p.manifest.tenderReference;
        refused.vendor = p.manifest.organization;
        throw;
    }

    if (p.manifest.kind == BidPackageManifest::Kind::Bid) {
        p.envelope.suite = p.manifest.suite;
        p.envelope.fileName = p.manifest.suite == CipherSuite::International
                                  ? QStringLiteral("payload.cms")
                                  : QStringLiteral("payload.key.sm2");
        p.envelope.bytes = files.value(p.envelope.fileName);
        if (p.manifest.suite == CipherSuite::National)
            p.envelope.mac = files.value(macFileName()).trimmed();
        p.ciphertext = files.value(ciphertextFileName());
        p.payloadSha256 = listed(p.manifest, ciphertextFileName())->sha256;
    }
    return p;
}

} // namespace td
