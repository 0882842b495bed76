#include "bidpackagemanifest.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

[[noreturn]] void malformed(const QString& field)
{
    throw Error(QCoreApplication::translate("td::BidPackageManifest",
                                            "The bid package's manifest is malformed: '%1' is "
                                            "missing or wrong. Ask the vendor for a new package.")
                    .arg(field));
}

QString text(const QJsonObject& o, const char* key, const QString& field)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        malformed(field);
    return v.toString();
}

} // namespace

QString bidPackageKindCode(BidPackageManifest::Kind kind)
{
    return kind == BidPackageManifest::Kind::Bid ? QStringLiteral("bid")
                                                 : QStringLiteral("withdrawal");
}

QByteArray bidPackageManifestJson(const BidPackageManifest& m)
{
    QJsonArray files;
    for (const BidPackageFile& f : m.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                 {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("sha256"), f.sha256}});
    const QJsonObject json{
        {QStringLiteral("format"), QLatin1String(BidPackageManifest::format)},
        {QStringLiteral("kind"), bidPackageKindCode(m.kind)},
        {QStringLiteral("tender"),
         QJsonObject{{QStringLiteral("reference"), m.tenderReference},
                     {QStringLiteral("ocid"), m.ocid},
                     {QStringLiteral("sealingKeyFingerprint"), m.sealingKeyFingerprint},
                     {QStringLiteral("suite"), cipherSuiteCode(m.suite)}}},
        {QStringLiteral("vendor"),
         QJsonObject{{QStringLiteral("organization"), m.organization},
                     {QStringLiteral("uscc"), m.uscc},
                     {QStringLiteral("certificate"), QString::fromLatin1(m.certificatePem)},
                     {QStringLiteral("certificateFingerprint"), m.certificateFingerprint}}},
        {QStringLiteral("createdAt"), m.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("machineFingerprint"), m.machineFingerprint},
        {QStringLiteral("files"), files},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

BidPackageManifest readBidPackageManifest(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        malformed(QStringLiteral("manifest.json"));
    const QJsonObject o = document.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String(BidPackageManifest::format))
        malformed(QStringLiteral("format"));
    BidPackageManifest m;
    const QString kind = text(o, "kind", QStringLiteral("kind"));
    if (kind == bidPackageKindCode(BidPackageManifest::Kind::Bid))
        m.kind = BidPackageManifest::Kind::Bid;
    else if (kind == bidPackageKindCode(BidPackageManifest::Kind::Withdrawal))
        m.kind = BidPackageManifest::Kind::Withdrawal;
    else
        malformed(QStringLiteral("kind"));
    const QJsonObject tender = o.value(QLatin1String("tender")).toObject();
    m.tenderReference = text(tender, "reference", QStringLiteral("tender.reference"));
    m.ocid = text(tender, "ocid", QStringLiteral("tender.ocid"));
    m.sealingKeyFingerprint =
        text(tender, "sealingKeyFingerprint", QStringLiteral("tender.sealingKeyFingerprint"));
    const std::optional<CipherSuite> suite =
        cipherSuiteFromCode(text(tender, "suite", QStringLiteral("tender.suite")));
    if (!suite)
        malformed(QStringLiteral("tender.suite"));
    m.suite = *suite;
    const QJsonObject vendor = o.value(QLatin1String("vendor")).toObject();
    m.organization = text(vendor, "organization", QStringLiteral("vendor.organization"));
    m.uscc = text(vendor, "uscc", QStringLiteral("vendor.uscc"));
    m.certificatePem = text(vendor, "certificate", QStringLiteral("vendor.certificate")).toLatin1();
    m.certificateFingerprint =
        text(vendor, "certificateFingerprint", QStringLiteral("vendor.certificateFingerprint"));
    m.createdAt =
        QDateTime::fromString(text(o, "createdAt", QStringLiteral("createdAt")), Qt::ISODate);
    if (!m.createdAt.isValid())
        malformed(QStringLiteral("createdAt"));
    m.createdAt = m.createdAt.toUTC();
    m.machineFingerprint = o.value(QLatin1String("machineFingerprint")).toString();
    const QJsonValue files = o.value(QLatin1String("files"));
    if (!files.isArray())
        malformed(QStringLiteral("files"));
    const QJsonArray list = files.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("files[%1]").arg(i);
        const QJsonObject f = list.at(i).toObject();
        BidPackageFile file;
        file.path = text(f, "path", field + QStringLiteral(".path"));
        file.sha256 = text(f, "sha256", field + QStringLiteral(".sha256"));
        file.bytes = f.value(QLatin1String("bytes")).toInteger(-1);
        if (file.bytes < 0)
            malformed(field + QStringLiteral(".bytes"));
        m.files.append(file);
    }
    return m;
}

} // namespace td
