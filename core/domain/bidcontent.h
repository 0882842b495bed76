#pragma once

#include "bid.h"
#include "codes.h"
#include "money.h"

#include <QList>
#include <QString>

#include <optional>

namespace td {

// One document a vendor attaches to its bid. On the vendor's desk `path` names the PDF (relative
// to the documents folder, or absolute); sealing copies it into the package as `file`
// ("documents/01-技术方案.pdf") and records its size and SHA-256, which the buyer checks.
struct BidDocumentRef
{
    BidDocumentKind kind = BidDocumentKind::Technical;
    QString path;
    QString file; // in the sealed package; empty until sealed
    qint64 bytes = 0;
    QString sha256; // lower-case hex; empty until sealed

    bool operator==(const BidDocumentRef&) const = default;
};

// The model a bid offers to deploy.
struct ModelOffer
{
    QString family;       // "DeepSeek-V3"
    QString version;      // "0324"
    QString parameters;   // "671B"
    QString licence;      // "MIT"
    QString quantisation; // "INT8"

    bool operator==(const ModelOffer&) const = default;
};

// What the vendor declares its deployment achieves; the buyer's own benchmark checks it.
struct DeclaredBenchmarks
{
    double accuracyPercent = 0;
    double outputTokensPerSecond = 0;
    int ttftP95Ms = 0;
    int tpotP95Ms = 0;

    bool operator==(const DeclaredBenchmarks&) const = default;
};

// A vendor's bid as it prepares and seals it: BID.json ("tenderdesk-bid-1"), stored as a draft
// on the vendor's desk and sealed as bid.json inside the bid package. Amounts are over the whole
// contract; the breakdown adds up to the total price.
struct BidContent
{
    static constexpr const char* format = "tenderdesk-bid-1";

    QString tenderReference;
    int lot = 1; // the lot's number in the tender
    Money totalPrice;
    QList<PriceItem> breakdown;
    std::optional<Money> pricePerMillionTokens;
    ModelOffer model;
    bool deliversHardware = true;
    QList<HardwareLine> hardware;
    DeclaredBenchmarks declaredBenchmarks;
    QString projectManager;  // named in the bid: the same one in two bids is a collusion sign
    QString securityAccount; // the account the bid security is paid from, likewise
    QList<BidDocumentRef> documents;
};

} // namespace td
