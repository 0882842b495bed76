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
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td::TenderPackageImport".
QString tr(const char* text)
{
    return QCoreApplication::translate("td::TenderPackageImport", text);
}

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
        throw Error(tr("Tender %1 was drafted on this desk; a package of another buyer's tender "
                       "with the same reference is not imported over it.")
                        .arg(tender.reference));
    SealingKeyRepository keys(db);
    if (stored) {
        const std::optional<StoredSealingKey> key = keys.forTender(stored->id);
        if (key && key->fingerprint != package.sealingKeyFingerprint)
            throw Error(
                tr("The package of tender %1 seals bids to another key (%2) than the "
                   "package imported before (%3). Ask the buyer which one is right "
                   "before you bid.")
                    .arg(tender.reference, package.sealingKeyFingerprint, key->fingerprint));
        const int before = storedRelease(db, stored->id);
        if (package.releaseNumber == before) {
            result.outcome = TenderPackageImport::Outcome::Unchanged;
            return result;
        }
        if (package.releaseNumber < before)
            throw Error(tr("This desk has release %1 of tender %2 already; the package holds "
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

} // namespace td
