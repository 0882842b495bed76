#pragma once

// Internal to the evaluation desk: the writes of its steps, each inside the caller's
// transaction.
#include "domain/tenderrelease.h"
#include "evaluationdesk.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

namespace td {
namespace writes {

void ensureEvaluationRow(const QSqlDatabase& db, qint64 tenderId);

// Marks each bid of the review valid or disqualified, with the codes of the checks it failed.
void applyCompliance(const QSqlDatabase& db, const ComplianceReview& review);

QList<SheetScore> readSheet(const QSqlDatabase& db, const TenderEvaluation& e, qint64 evaluatorId);
// Refuses, naming the score, a bid that is not valid, a criterion that is not scored by the
// panel, points outside 0..weight or twice the same score; with `complete`, a valid bid
// without a score on a scored criterion.
void checkSheet(const TenderEvaluation& e, const QList<SheetScore>& scores, bool complete);
void replaceSheet(const QSqlDatabase& db, const TenderEvaluation& e, qint64 evaluatorId,
                  const QList<SheetScore>& scores);
// SHA-256 of the sheet's scores in a canonical order: what the audit entry of a submission
// records, so that a score changed afterwards in the database shows.
QByteArray sheetDigest(QList<SheetScore> scores);

struct StoredScoring
{
    QVariantList newlyFlagged; // bid ids that got their explanation step
};
// Stores what the scoring made of each bid and opens the explanation step of each newly
// flagged valid bid (or updates the rules of one still pending).
StoredScoring storeScoring(const QSqlDatabase& db, const TenderEvaluation& e);

void setStatus(const QSqlDatabase& db, const Tender& tender, TenderStatus to, const QDateTime& now);

// The ranking per lot, for the audit entry of a scoring.
QJsonObject scoringPayload(const TenderEvaluation& e);

Award insertAward(const QSqlDatabase& db, const TenderEvaluation& e, const Bid& bid,
                  const scoring::BidResult& result, const QString& justification,
                  const QDateTime& now);
QJsonObject awardPayload(const TenderEvaluation& e, const Award& award, bool recommended);

// Once every lot with a valid bid is awarded: the tender moved to awarded and the award release
// written, which `audit` records (its entry carries the release's digest).
void publishAwardIfComplete(const Database& database, const QSqlDatabase& db,
                            const TenderEvaluation& e, const QDateTime& now,
                            const std::function<void(const TenderRelease&)>& audit);

QString costVerdictCode(scoring::CostVerdict verdict);

} // namespace writes
} // namespace td
