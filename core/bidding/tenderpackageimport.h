#pragma once

#include "exchange/documentlanguage.h"
#include "tenderpackagereader.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace td {

class Database;

// What importing a tender package did.
struct TenderPackageImport
{
    enum class Outcome
    {
        Added,     // the tender is new on this desk
        Updated,   // a newer release (an amendment, an answer) replaced the one imported before
        Unchanged, // this release was imported already
    };
    Outcome outcome = Outcome::Added;
    QString reference;
    int releaseNumber = 0;
    CipherSuite suite = CipherSuite::International;
    QString sealingKeyFingerprint;
};

// Imports a tender package on a vendor's desk (readTenderPackage checks it first), all or
// nothing, with an audit entry: the tender with origin 'imported' (read-only here: only its
// buyer amends it) and the status and deadlines of the package, its buyer (found by its unified
// social credit code or added), and the public key bids are sealed to (no private key: that
// stays with the buyer). A newer release of a tender imported before updates it; the same
// release changes nothing. Refuses, storing nothing, an older release than the one imported,
// a key other than the one imported before, and a tender of this desk's own with the same
// reference. Throws td::Error.
TenderPackageImport importTenderPackage(const Database& database, const QString& zipPath,
                                        const QString& actor, const QDateTime& now);

// The tender document an imported tender's package carried, as its buyer printed it, in
// `language` (the other language when that one is missing); empty when there is none (a tender
// of this desk's own, whose document is printed from the tender).
QByteArray importedTenderDocument(const QSqlDatabase& db, qint64 tenderId,
                                  DocumentLanguage language);

// The release of the package imported last for the tender `reference`, 0 when it is not an
// imported tender.
int importedReleaseNumber(const Database& database, const QString& reference);

} // namespace td
