#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace td {

// What the collusion signals look at, as plain values: read from the database by
// loadCollusionInput() (collusionrepository.h) or built directly by tests.

struct BidDocumentFacts
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString text;
    QJsonObject metadata; // PdfFacts::metadata
};

struct BidFacts
{
    qint64 bidId = 0;
    qint64 vendorId = 0;
    QString vendorName;
    int lot = 1;
    qint64 totalPriceMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString projectManager;
    QString securityAccount;
    QString machineFingerprint; // salted per tender by the vendor's desk; empty when unknown
    QList<BidDocumentFacts> documents;
};

struct CollusionInput
{
    QString tenderReference;
    QList<BidFacts> bids;
    // The tender's own documents: a bid may legitimately carry a copy of one of them, so their
    // digests and text do not count as shared between bidders.
    QStringList tenderDocumentDigests;
    QStringList tenderDocumentTexts;
    int sealedSubmissions = 0; // received bids not opened yet
};

struct CollusionOptions
{
    double similarityThreshold = 0.5;     // estimated Jaccard similarity that makes a signal
    int passageMinimumTokens = 12;        // shorter shared passages are not shown as evidence
    int passageLimit = 5;                 // passages shown per pair of documents
    double priceSpacingTolerance = 0.001; // gaps equal within this share of the price
};

} // namespace td
