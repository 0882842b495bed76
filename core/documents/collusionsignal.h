#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace td {

// The cases in which Article 40 of the Regulations on the Implementation of the Bidding Law
// deems bidders to have colluded. Every collusion signal points to one of them, so the panel
// knows what the evidence would have to prove.
enum class Article40Clause
{
    SamePreparer = 1,        // (1) documents prepared by the same entity or person
    SameAgent = 2,           // (2) the same entity or person handled their bidding
    SameProjectManager = 3,  // (3) the same project manager named
    AlikeOrPricePattern = 4, // (4) documents abnormally alike, or prices in a regular pattern
    MixedUp = 5,             // (5) documents mixed up with each other's
    SameSecurityAccount = 6  // (6) bid securities paid from the same account
};

enum class CollusionKind
{
    SimilarDocuments,
    IdenticalMetadata,
    IdenticalFiles,
    IdenticalPrices,
    EvenlySpacedPrices,
    SameMachine,
    SameProjectManager,
    SameSecurityAccount
};

struct SignalBidder
{
    qint64 bidId = 0;
    qint64 vendorId = 0;
    QString vendorName;
};

// One signal: what was found, between whom, the evidence, and the clause it points to.
struct CollusionSignal
{
    CollusionKind kind = CollusionKind::SimilarDocuments;
    Article40Clause clause = Article40Clause::AlikeOrPricePattern;
    QList<SignalBidder> bidders;
    QString summary;      // one translated sentence
    QStringList evidence; // translated lines: numbers, texts, digests
    QJsonObject details;  // the same evidence for programs (see collusionjson.h)
};

class CollusionText
{
    Q_DECLARE_TR_FUNCTIONS(td::CollusionText)

public:
    static QString kindCode(CollusionKind kind);
    static QString kindName(CollusionKind kind);
    // "samePreparer" ...: stable codes for JSON.
    static QString clauseCode(Article40Clause clause);
    // "Article 40 (4): documents abnormally alike or prices in a regular pattern".
    static QString clauseText(Article40Clause clause);
};

} // namespace td
