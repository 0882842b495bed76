#include "collusionsignal.h"

namespace td {

QString CollusionText::kindCode(CollusionKind kind)
{
    switch (kind) {
    case CollusionKind::SimilarDocuments:
        return QStringLiteral("similarDocuments");
    case CollusionKind::IdenticalMetadata:
        return QStringLiteral("identicalMetadata");
    case CollusionKind::IdenticalFiles:
        return QStringLiteral("identicalFiles");
    case CollusionKind::IdenticalPrices:
        return QStringLiteral("identicalPrices");
    case CollusionKind::EvenlySpacedPrices:
        return QStringLiteral("evenlySpacedPrices");
    case CollusionKind::SameMachine:
        return QStringLiteral("sameMachine");
    case CollusionKind::SameProjectManager:
        return QStringLiteral("sameProjectManager");
    case CollusionKind::SameSecurityAccount:
        return QStringLiteral("sameSecurityAccount");
    }
    return {};
}

QString CollusionText::kindName(CollusionKind kind)
{
    switch (kind) {
    case CollusionKind::SimilarDocuments:
        return tr("Near-duplicate documents");
    case CollusionKind::IdenticalMetadata:
        return tr("Identical document metadata");
    case CollusionKind::IdenticalFiles:
        return tr("Identical files");
    case CollusionKind::IdenticalPrices:
        return tr("Identical prices");
    case CollusionKind::EvenlySpacedPrices:
        return tr("Evenly spaced prices");
    case CollusionKind::SameMachine:
        return tr("Same computer");
    case CollusionKind::SameProjectManager:
        return tr("Same project manager");
    case CollusionKind::SameSecurityAccount:
        return tr("Same bid security account");
    }
    return {};
}

QString CollusionText::clauseCode(Article40Clause clause)
{
    switch (clause) {
    case Article40Clause::SamePreparer:
        return QStringLiteral("samePreparer");
    case Article40Clause::SameAgent:
        return QStringLiteral("sameAgent");
    case Article40Clause::SameProjectManager:
        return QStringLiteral("sameProjectManager");
    case Article40Clause::AlikeOrPricePattern:
        return QStringLiteral("alikeOrPricePattern");
    case Article40Clause::MixedUp:
        return QStringLiteral("mixedUp");
    case Article40Clause::SameSecurityAccount:
        return QStringLiteral("sameSecurityAccount");
    }
    return {};
}

QString CollusionText::clauseText(Article40Clause clause)
{
    switch (clause) {
    case Article40Clause::SamePreparer:
        return tr("Article 40 (1): bid documents prepared by the same entity or person");
    case Article40Clause::SameAgent:
        return tr("Article 40 (2): the same entity or person handled the bidding");
    case Article40Clause::SameProjectManager:
        return tr("Article 40 (3): the same project manager named");
    case Article40Clause::AlikeOrPricePattern:
        return tr("Article 40 (4): bid documents abnormally alike, or prices differing by a "
                  "regular pattern");
    case Article40Clause::MixedUp:
        return tr("Article 40 (5): bid documents mixed up with each other's");
    case Article40Clause::SameSecurityAccount:
        return tr("Article 40 (6): bid securities paid from the same account");
    }
    return {};
}

} // namespace td
