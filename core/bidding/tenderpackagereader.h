#pragma once

#include "domain/organization.h"
#include "domain/tender.h"
#include "sealing/ciphersuite.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace td {

// A tender package ("tenderdesk-tender-package-1", exchange/tenderpackage.h) as a vendor's desk
// reads it: the tender rebuilt from tender-details.json, its buyer from the OCDS release, and
// the public key bids are sealed to.
struct TenderPackage
{
    Tender tender; // no ids; buyerName set, buyerId 0
    Organization buyer;
    int releaseNumber = 0;
    QString releaseId;
    QDateTime releaseDate;
    CipherSuite suite = CipherSuite::International;
    QString keyAlgorithm;
    QByteArray sealingKeyPem;
    QString sealingKeyFingerprint;
    // The tender document as its buyer printed it, in Chinese and in English: what binds, and
    // what the vendor reads (a reprint on this desk would carry this desk's audit head).
    QByteArray documentChinese;
    QByteArray documentEnglish;
};

// Reads and checks a tender package, storing nothing: the manifest's format, every file's size
// and SHA-256 against the manifest (a file that differs, is missing or is not listed refuses
// the package, naming it), the sealing key's fingerprint, and the tender and its buyer. Throws
// td::Error with a sentence that names the package and what is wrong.
TenderPackage readTenderPackage(const QString& zipPath);

} // namespace td
