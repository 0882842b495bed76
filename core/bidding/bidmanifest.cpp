#include "bidmanifest.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::BidManifest", text);
}

[[noreturn]] void wrong(const QString& field, const QString& what)
{
    throw Error(tr("The manifest of the bid package is malformed: \"%1\" %2. Ask the vendor to "
                   "make the package again with TenderDesk.")
                    .arg(field, what));
}

QJsonObject object(const QJsonObject& o, const QString& key, const QString& field)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        wrong(field, tr("is missing or not an object"));
    return v.toObject();
}

QString text(const QJsonObject& o, const QString& key, const QString& field)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        wrong(field, tr("is missing or not a text"));
    return v.toString();
}

bool isSha256(const QString& hex)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(hex).hasMatch();
}

QString digest(const QJsonObject& o, const QString& key, const QString& field)
{
    const QString hex = text(o, key, field);
    if (!isSha256(hex))
        wrong(field, tr("is not a SHA-256 digest (64 lower-case hexadecimal digits)"));
    return hex;
}

BidPackageFile fileOf(const QJsonValue& value, qsizetype index)
{
    const QString field = QStringLiteral("files[%1]").arg(index);
    if (!value.isObject())
        wrong(field, tr("is not an object"));
    const QJsonObject o = value.toObject();
    BidPackageFile f;
    f.path = text(o, QStringLiteral("path"), field + QStringLiteral(".path"));
    const QJsonValue bytes = o.value(QLatin1String("bytes"));
    const double size = bytes.toDouble(-1);
    if (!bytes.isDouble() || size < 0 || size != double(qint64(size)))
        wrong(field + QStringLiteral(".bytes"), tr("is not a whole number of bytes"));
    f.bytes = qint64(size);
    f.sha256 = digest(o, QStringLiteral("sha256"), field + QStringLiteral(".sha256"));
    return f;
}

} // namespace

QString bidPackageFormat()
{
    return QStringLiteral("tenderdesk-bid-package-1");
}

QString bidPackageKindCode(BidPackageKind kind)
{
    return kind == BidPackageKind::Withdrawal ? QStringLiteral("withdrawal")
                                              : QStringLiteral("bid");
}

const BidPackageFile* BidManifest::file(const QString& path) const
{
    for (const BidPackageFile& f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

BidManifest readBidManifest(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(tr("The manifest of the bid package is not a JSON object (%1 at byte %2). "
                       "Ask the vendor to make the package again with TenderDesk.")
                        .arg(error.errorString())
                        .arg(error.offset));
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != bidPackageFormat())
        wrong(QStringLiteral("format"),
              tr("is \"%1\", not \"%2\"").arg(format, bidPackageFormat()));

    BidManifest m;
    const QString kind = text(root, QStringLiteral("kind"), QStringLiteral("kind"));
    if (kind == bidPackageKindCode(BidPackageKind::Bid))
        m.kind = BidPackageKind::Bid;
    else if (kind == bidPackageKindCode(BidPackageKind::Withdrawal))
        m.kind = BidPackageKind::Withdrawal;
    else
        wrong(QStringLiteral("kind"),
              tr("is \"%1\", neither \"bid\" nor \"withdrawal\"").arg(kind));

    const QJsonObject tender = object(root, QStringLiteral("tender"), QStringLiteral("tender"));
    m.tenderReference =
        text(tender, QStringLiteral("reference"), QStringLiteral("tender.reference"));
    m.ocid = text(tender, QStringLiteral("ocid"), QStringLiteral("tender.ocid"));
    m.sealingKeyFingerprint = digest(tender, QStringLiteral("sealingKeyFingerprint"),
                                     QStringLiteral("tender.sealingKeyFingerprint"));
    const QString suite = text(tender, QStringLiteral("suite"), QStringLiteral("tender.suite"));
    const std::optional<CipherSuite> parsed = cipherSuiteFromCode(suite);
    if (!parsed)
        wrong(QStringLiteral("tender.suite"),
              tr("is \"%1\", neither \"international\" nor \"national\"").arg(suite));
    m.suite = *parsed;

    const QJsonObject vendor = object(root, QStringLiteral("vendor"), QStringLiteral("vendor"));
    m.organization =
        text(vendor, QStringLiteral("organization"), QStringLiteral("vendor.organization"));
    m.uscc = text(vendor, QStringLiteral("uscc"), QStringLiteral("vendor.uscc"));
    m.certificatePem =
        text(vendor, QStringLiteral("certificate"), QStringLiteral("vendor.certificate")).toUtf8();
    m.certificateFingerprint = digest(vendor, QStringLiteral("certificateFingerprint"),
                                      QStringLiteral("vendor.certificateFingerprint"));

    const QString created = text(root, QStringLiteral("createdAt"), QStringLiteral("createdAt"));
    m.createdAt = QDateTime::fromString(created, Qt::ISODate);
    if (!m.createdAt.isValid())
        wrong(QStringLiteral("createdAt"), tr("is not a time in ISO 8601"));
    m.createdAt = m.createdAt.toUTC();
    // Optional: a desk may not know its machine.
    m.machineFingerprint = root.value(QLatin1String("machineFingerprint")).toString();

    const QJsonValue files = root.value(QLatin1String("files"));
    if (!files.isArray())
        wrong(QStringLiteral("files"), tr("is missing or not a list"));
    const QJsonArray list = files.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        BidPackageFile f = fileOf(list.at(i), i);
        if (m.file(f.path))
            wrong(QStringLiteral("files[%1].path").arg(i), tr("names a file listed before"));
        m.files.append(f);
    }
    return m;
}

} // namespace td
