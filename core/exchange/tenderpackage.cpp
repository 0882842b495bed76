#include "tenderpackage.h"

#include "benchmarksuite.h"
#include "domain/error.h"
#include "ocdsrelease.h"

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
