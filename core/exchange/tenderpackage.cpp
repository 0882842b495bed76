#include "tenderpackage.h"

#include "benchmarksuite.h"
#include "domain/error.h"
#include "ocdsrelease.h"
#include "tenderjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::TenderPackage", text);
}

// The tender as TenderDesk reads it back (exchange/tenderjsonreader.h), for a vendor's desk to
// rebuild the tender, its lots, rules and required documents. Without what is this desk's own
// (row ids) or not public before the award (bids and awards).
QByteArray tenderDetailsJson(const Tender& tender)
{
    QJsonObject json = json::tender(tender);
    for (const char* key : {"id", "buyerId", "bids", "awards"})
        json.remove(QLatin1String(key));
    QJsonArray lots;
    for (const QJsonValue& lot : json.value(QLatin1String("lots")).toArray()) {
        QJsonObject o = lot.toObject();
        o.remove(QLatin1String("id"));
        lots.append(o);
    }
    json.insert(QStringLiteral("lots"), lots);
    json.insert(QStringLiteral("format"), QStringLiteral("tenderdesk-tender-1"));
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace

TenderDocumentContext tenderDocumentContext(const TenderRecord& record,
                                            const QHash<QString, bool>& domesticByModel)
{
    TenderDocumentContext context;
    context.buyer = record.buyer;
    if (!record.releases.isEmpty()) {
        context.releaseNumber = record.releases.constLast().number;
        context.releaseDate = record.releases.constLast().date;
    }
    if (record.sealingKey)
        context.sealingKeyFingerprint = record.sealingKey->fingerprint;
    context.amendments = amendmentsOf(record.releases);
    context.domesticByModel = domesticByModel;
    context.auditHead = record.auditHead;
    return context;
}

QList<ArchiveEntry> tenderPackageEntries(const TenderRecord& record, const TenderDocumentPdfs& pdfs)
{
    const Tender& t = record.tender;
    if (record.releases.isEmpty() || !record.sealingKey)
        throw Error(tr("Tender %1 has not been published: publish it first, then export its "
                       "package.")
                        .arg(t.reference));
    if (pdfs.chinese.isEmpty() || pdfs.english.isEmpty())
        throw Error(tr("The tender document of %1 could not be printed; the package needs it in "
                       "Chinese and in English.")
                        .arg(t.reference));
    const TenderRelease& latest = record.releases.constLast();
    QList<ArchiveEntry> entries{
        {QStringLiteral("tender.json"), latest.content},
        {QStringLiteral("tender-zh_CN.pdf"), pdfs.chinese},
        {QStringLiteral("tender-en.pdf"), pdfs.english},
        {QStringLiteral("sealing-key.pem"), record.sealingKey->publicKeyPem},
        {QStringLiteral("tender-details.json"), tenderDetailsJson(t)},
    };
    if (!t.benchmarkSuite.isEmpty())
        entries.append({QStringLiteral("benchmark-suite/%1.json").arg(t.benchmarkSuite),
                        benchmarkSuiteJson(t.benchmarkSuite)});

    QJsonArray files;
    for (const ArchiveEntry& e : std::as_const(entries))
        files.append(QJsonObject{
            {QStringLiteral("path"), e.path},
            {QStringLiteral("bytes"), qint64(e.content.size())},
            {QStringLiteral("sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(e.content, QCryptographicHash::Sha256).toHex())}});
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("tenderdesk-tender-package-1")},
        {QStringLiteral("reference"), t.reference},
        {QStringLiteral("ocid"), ocds::ocid(t.reference)},
        {QStringLiteral("release"), latest.releaseId},
        {QStringLiteral("releaseDate"), latest.date.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sealingKeyAlgorithm"), record.sealingKey->algorithm},
        {QStringLiteral("sealingKeyFingerprint"), record.sealingKey->fingerprint},
        {QStringLiteral("bidDeadline"), t.bidDeadline.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("files"), files},
    };
    entries.append(
        {QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)});
    return entries;
}

void writeTenderPackage(const QString& filePath, const TenderRecord& record,
                        const TenderDocumentPdfs& pdfs)
{
    writeZip(filePath, tenderPackageEntries(record, pdfs));
}

} // namespace td
