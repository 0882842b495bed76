#include "tenderpackagereader.h"

#include "domain/error.h"
#include "exchange/ocdsrelease.h"
#include "exchange/tenderjsonreader.h"
#include "exchange/ziparchive.h"
#include "sealing/sealingkeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

// The translation context of this file's messages, as lupdate files them.
class ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(td::TenderPackageReader)
};

constexpr auto packageFormat = "tenderdesk-tender-package-1";

// A tender package is a few documents and a benchmark suite: far below these limits.
ZipLimits packageLimits()
{
    ZipLimits limits;
    limits.maximumEntries = 100;
    limits.maximumEntryBytes = 256LL * 1024 * 1024;
    limits.maximumTotalBytes = 512LL * 1024 * 1024;
    return limits;
}

class PackageFiles
{
public:
    explicit PackageFiles(const QString& zipPath)
        : m_path(QDir::toNativeSeparators(zipPath))
    {
        for (ArchiveEntry& e : readZip(zipPath, packageLimits()))
            m_entries.insert(e.path, std::move(e.content));
    }

    [[noreturn]] void refuse(const QString& why) const
    {
        throw Error(ReaderText::tr(
                        "The tender package %1 was not imported: %2 Ask the buyer for a new copy "
                        "of the package.")
                        .arg(m_path, why));
    }

    QByteArray file(const QString& name) const
    {
        const auto found = m_entries.constFind(name);
        if (found == m_entries.cend())
            refuse(ReaderText::tr("it has no %1.").arg(name));
        return found.value();
    }

    QJsonObject json(const QString& name) const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file(name), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            refuse(ReaderText::tr("its %1 is not a JSON object.").arg(name));
        return document.object();
    }

    // Every file but the manifest is listed in it with its size and SHA-256, and matches.
    void verify(const QJsonObject& manifest) const
    {
        if (manifest.value(QLatin1String("format")).toString() != QLatin1String(packageFormat))
            refuse(ReaderText::tr(
                       "its manifest is not of the format %1 (a newer TenderDesk may have made "
                       "it).")
                       .arg(QLatin1String(packageFormat)));
        QHash<QString, bool> listed;
        for (const QJsonValue& v : manifest.value(QLatin1String("files")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString path = f.value(QLatin1String("path")).toString();
            const auto found = m_entries.constFind(path);
            if (found == m_entries.cend())
                refuse(ReaderText::tr("the file %1 that its manifest lists is missing.").arg(path));
            const QString digest = QString::fromLatin1(
                QCryptographicHash::hash(found.value(), QCryptographicHash::Sha256).toHex());
            if (digest != f.value(QLatin1String("sha256")).toString() ||
                qint64(found.value().size()) != f.value(QLatin1String("bytes")).toInteger(-1))
                refuse(ReaderText::tr(
                           "the file %1 is not the one its manifest lists (its SHA-256 differs): "
                           "it was changed or damaged after the buyer made the package.")
                           .arg(path));
            listed.insert(path, true);
        }
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            if (it.key() != QLatin1String("manifest.json") && !listed.contains(it.key()))
                refuse(ReaderText::tr("the file %1 is not listed in its manifest.").arg(it.key()));
    }

private:
    QString m_path;
    QHash<QString, QByteArray> m_entries;
};

// The buyer as the OCDS release names it: the party with the role "buyer", its legal name and
// its unified social credit code (scheme CN-USCC).
Organization buyerOf(const QJsonObject& release)
{
    Organization buyer;
    buyer.kind = OrganizationKind::CentralSoe;
    const QString buyerId =
        release.value(QLatin1String("buyer")).toObject().value(QLatin1String("id")).toString();
    for (const QJsonValue& v : release.value(QLatin1String("parties")).toArray()) {
        const QJsonObject party = v.toObject();
        if (party.value(QLatin1String("id")).toString() != buyerId)
            continue;
        buyer.name = party.value(QLatin1String("name")).toString();
        buyer.nameEnglish = party.value(QLatin1String("name_en")).toString();
        const QJsonObject identifier = party.value(QLatin1String("identifier")).toObject();
        if (identifier.value(QLatin1String("scheme")).toString() == QLatin1String("CN-USCC"))
            buyer.uscc = identifier.value(QLatin1String("id")).toString();
        buyer.city = party.value(QLatin1String("address"))
                         .toObject()
                         .value(QLatin1String("locality"))
                         .toString();
    }
    buyer.shortName = buyer.name;
    return buyer;
}

// "ocds-...-REF-003" -> 3.
int releaseNumberOf(const QString& releaseId)
{
    bool ok = false;
    const int number = releaseId.section(QLatin1Char('-'), -1).toInt(&ok);
    return ok ? number : 0;
}

} // namespace

TenderPackage readTenderPackage(const QString& zipPath)
{
    const PackageFiles files(zipPath);
    const QJsonObject manifest = files.json(QStringLiteral("manifest.json"));
    files.verify(manifest);

    TenderPackage p;
    p.releaseId = manifest.value(QLatin1String("release")).toString();
    p.releaseNumber = releaseNumberOf(p.releaseId);
    p.releaseDate =
        QDateTime::fromString(manifest.value(QLatin1String("releaseDate")).toString(), Qt::ISODate)
            .toUTC();
    const QString reference = manifest.value(QLatin1String("reference")).toString();
    if (reference.isEmpty() || p.releaseNumber <= 0)
        files.refuse(ReaderText::tr("its manifest names no tender reference or release."));

    p.sealingKeyPem = files.file(QStringLiteral("sealing-key.pem"));
    p.keyAlgorithm = manifest.value(QLatin1String("sealingKeyAlgorithm")).toString();
    try {
        p.suite = suiteOfKeyAlgorithm(p.keyAlgorithm);
        p.sealingKeyFingerprint = publicKeyFingerprint(p.sealingKeyPem);
    } catch (const Error& e) {
        files.refuse(e.message());
    }
    if (p.sealingKeyFingerprint !=
        manifest.value(QLatin1String("sealingKeyFingerprint")).toString())
        files.refuse(ReaderText::tr("its sealing key is not the one its manifest names."));
    if (const QString suite = manifest.value(QLatin1String("cipherSuite")).toString();
        !suite.isEmpty() && cipherSuiteFromCode(suite) != p.suite)
        files.refuse(ReaderText::tr("its cipher suite does not match its sealing key."));

    const QJsonObject release = files.json(QStringLiteral("tender.json"));
    if (release.value(QLatin1String("ocid")).toString() != ocds::ocid(reference))
        files.refuse(ReaderText::tr("its OCDS release is not of the tender %1.").arg(reference));
    p.buyer = buyerOf(release);
    if (p.buyer.name.isEmpty() || p.buyer.uscc.isEmpty())
        files.refuse(ReaderText::tr(
            "its OCDS release does not name the buyer with its unified social credit "
            "code."));

    const QJsonObject details = files.json(QStringLiteral("tender-details.json"));
    try {
        p.tender = json::readTender(details, Tender{});
    } catch (const Error& e) {
        files.refuse(e.message());
    }
    if (p.tender.reference != reference)
        files.refuse(ReaderText::tr("its tender details are of another tender (%1).")
                         .arg(p.tender.reference));
    const std::optional<TenderStatus> status =
        parseCode<TenderStatus>(details.value(QLatin1String("status")).toString());
    if (!status)
        files.refuse(ReaderText::tr("its tender details give no status."));
    p.tender.status = *status;
    p.tender.buyerName = p.buyer.name;
    p.tender.origin = TenderOrigin::Imported;
    p.documentChinese = files.file(QStringLiteral("tender-zh_CN.pdf"));
    p.documentEnglish = files.file(QStringLiteral("tender-en.pdf"));
    return p;
}

} // namespace td
