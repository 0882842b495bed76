#include "tenderpackageimport.h"

#include "domain/error.h"
#include "organizationbyuscc.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sealingkeyrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

// The translation context of this file's messages, as lupdate files them.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(td::TenderPackageImport)
};

// The lots of the package keep the ids of the stored lots with the same numbers, so that the
// vendor's drafts stay attached to them.
void adoptLotIds(Tender& incoming, const Tender& stored)
{
    for (Lot& lot : incoming.lots)
        for (const Lot& old : stored.lots)
            if (old.number == lot.number)
                lot.id = old.id;
}

int storedRelease(const QSqlDatabase& db, qint64 tenderId)
{
    return sql::scalar(db, QStringLiteral("SELECT imported_release FROM tenders WHERE id = ?"),
                       {tenderId})
        .toInt();
}

} // namespace

namespace {

// The file names of the tender document in the package, kept as the documents' names.
QString tenderDocumentFile(DocumentLanguage language)
{
    return language == DocumentLanguage::Chinese ? QStringLiteral("tender-zh_CN.pdf")
                                                 : QStringLiteral("tender-en.pdf");
}

constexpr char tenderDocumentKind[] = "tenderDocument";

// Replaces the tender's stored documents with those of the package being imported.
void storeTenderDocuments(const QSqlDatabase& db, qint64 tenderId, const TenderPackage& package,
                          const QDateTime& now)
{
    sql::run(db,
             QStringLiteral("DELETE FROM documents WHERE tender_id = ? AND bid_id IS NULL AND "
                            "kind = ?"),
             {tenderId, QLatin1String(tenderDocumentKind)});
    for (const auto& [language, pdf] :
         {std::pair{DocumentLanguage::Chinese, &package.documentChinese},
          std::pair{DocumentLanguage::English, &package.documentEnglish}})
        sql::run(db,
                 QStringLiteral("INSERT INTO documents (tender_id, kind, file_name, media_type, "
                                "sha256, size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?, "
                                "?, ?, ?)"),
                 {tenderId, QLatin1String(tenderDocumentKind), tenderDocumentFile(language),
                  QStringLiteral("application/pdf"),
                  QString::fromLatin1(
                      QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex()),
                  qint64(pdf->size()), *pdf, now.toUTC().toString(Qt::ISODate)});
}

} // namespace

int importedReleaseNumber(const Database& database, const QString& reference)
{
    return sql::scalar(database.connection(),
                       QStringLiteral("SELECT imported_release FROM tenders WHERE reference = ? "
                                      "AND origin = 'imported'"),
                       {reference})
        .toInt();
}

TenderPackageImport importTenderPackage(const Database& database, const QString& zipPath,
                                        const QString& actor, const QDateTime& now)
{
    TenderPackage package = readTenderPackage(zipPath);
    Tender& tender = package.tender;
    TenderPackageImport result;
    result.reference = tender.reference;
    result.releaseNumber = package.releaseNumber;
    result.suite = package.suite;
    result.sealingKeyFingerprint = package.sealingKeyFingerprint;

    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    const std::optional<Tender> stored = TenderReader(db).byReference(tender.reference);
    if (stored && stored->origin != TenderOrigin::Imported)
        throw Error(ImportText::tr(
                        "Tender %1 was drafted on this desk; a package of another buyer's tender "
                        "with the same reference is not imported over it.")
                        .arg(tender.reference));
    SealingKeyRepository keys(db);
    if (stored) {
        const std::optional<StoredSealingKey> key = keys.forTender(stored->id);
        if (key && key->fingerprint != package.sealingKeyFingerprint)
            throw Error(
                ImportText::tr("The package of tender %1 seals bids to another key (%2) than the "
                               "package imported before (%3). Ask the buyer which one is right "
                               "before you bid.")
                    .arg(tender.reference, package.sealingKeyFingerprint, key->fingerprint));
        const int before = storedRelease(db, stored->id);
        if (package.releaseNumber == before) {
            result.outcome = TenderPackageImport::Outcome::Unchanged;
            return result;
        }
        if (package.releaseNumber < before)
            throw Error(
                ImportText::tr("This desk has release %1 of tender %2 already; the package holds "
                               "the older release %3 and was not imported.")
                    .arg(before)
                    .arg(tender.reference)
                    .arg(package.releaseNumber));
    }

    const Organization buyer = findOrAddOrganization(db, package.buyer);
    tender.buyerId = buyer.id;
    TenderWriter writer(db, database.dialect());
    if (stored) {
        tender.id = stored->id;
        adoptLotIds(tender, *stored);
        writer.update(*stored, tender);
        result.outcome = TenderPackageImport::Outcome::Updated;
    } else {
        writer.insert(tender);
        keys.insert({tender.id, package.keyAlgorithm, package.sealingKeyPem, QByteArray(),
                     package.sealingKeyFingerprint, now.toUTC()});
    }
    sql::run(db, QStringLiteral("UPDATE tenders SET imported_release = ? WHERE id = ?"),
             {package.releaseNumber, tender.id});
    storeTenderDocuments(db, tender.id, package, now);
    const QJsonObject payload{{QStringLiteral("release"), package.releaseId},
                              {QStringLiteral("buyer"), buyer.uscc},
                              {QStringLiteral("sealingKey"), package.sealingKeyFingerprint}};
    AuditLog(db, database.dialect())
        .append(actor, QStringLiteral("tender.imported"), QStringLiteral("tender"),
                tender.reference,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    transaction.commit();
    return result;
}

QByteArray importedTenderDocument(const QSqlDatabase& db, qint64 tenderId,
                                  DocumentLanguage language)
{
    const DocumentLanguage other = language == DocumentLanguage::Chinese
                                       ? DocumentLanguage::English
                                       : DocumentLanguage::Chinese;
    for (DocumentLanguage wanted : {language, other}) {
        const QVariant pdf = sql::scalar(
            db,
            QStringLiteral("SELECT content FROM documents WHERE tender_id = ? AND bid_id IS NULL "
                           "AND kind = ? AND file_name = ?"),
            {tenderId, QLatin1String(tenderDocumentKind), tenderDocumentFile(wanted)});
        if (pdf.isValid() && !pdf.toByteArray().isEmpty())
            return pdf.toByteArray();
    }
    return {};
}

} // namespace td
