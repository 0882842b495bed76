#pragma once

#include "compliance.h"
#include "domain/tender.h"
#include "scoring/evaluation.h"
#include "scoring/explanation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

// A member of a tender's evaluation panel and the state of their sheet.
struct Evaluator
{
    qint64 id = 0;
    QString name;
    QString role = QStringLiteral("member"); // "chair" or "member"
    std::optional<QDateTime> submittedAt;    // a submitted sheet is locked
};

// One score of a sheet: the points an evaluator gives a bid on a non-price criterion, out of
// its weight.
struct SheetScore
{
    qint64 bidId = 0;
    QString criterion; // the criterion's code
    double points = 0;
    QString comment;
};

// The explanation step of a bid flagged abnormally low.
struct LowPriceReview
{
    qint64 bidId = 0;
    QString vendorName;
    QStringList rules; // the codes of the rules that fired
    QString explanation;
    std::optional<QDateTime> explainedAt;
    QStringList attachments; // file names of the documents attached to the explanation
    scoring::LowPriceDecision decision = scoring::LowPriceDecision::Pending;
    QString opinion; // the panel's
    QString decidedBy;
    std::optional<QDateTime> decidedAt;
};

// What the evaluation of a tender holds at one moment: the tender with its bids, the settings,
// the review of compliance, the panel and its sheets, the explanations, the scoring (input and
// result, so that any number can be explained) and the awards.
struct TenderEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(td::TenderEvaluation)

public:
    Tender tender; // with its bids and awards
    scoring::EvaluationSettings settings;
    ComplianceReview compliance;
    QList<Evaluator> panel;
    // Every evaluator has submitted: only then does anyone see the others' scores (and the
    // scored criteria count in the ranking).
    bool sheetsComplete() const;
    QList<LowPriceReview> reviews;
    scoring::EvaluationInput input;
    scoring::EvaluationResult result;
    scoring::ExplanationNames names;
    // The bids' benchmark runs and costs, by bid id, for the report and the award.
    QHash<qint64, qint64> benchmarkRuns;

    // What must happen before the award can be recorded, in words; empty when it can.
    QStringList awardBlockers() const;
};

// The work of the evaluation panel and the procurement officer on one tender, each step one
// transaction with its audit entry. A step that is not allowed throws td::Error with the reason
// and changes nothing.
class EvaluationDesk
{
    Q_DECLARE_TR_FUNCTIONS(td::EvaluationDesk)

public:
    EvaluationDesk(const Database& database, QString actor);

    // Everything about the evaluation of `reference`, computed now (nothing is written).
    // Throws td::Error when there is no such tender or it has not been opened.
    TenderEvaluation load(const QString& reference) const;

    void setSettings(const QString& reference, const scoring::EvaluationSettings& settings);

    // Compliance: the panel overturns one automatic check of a bid (a written justification
    // is required), then confirms the review, which marks each bid valid or disqualified with
    // its reasons. Both are refused once an award is recorded.
    void overrideCompliance(const QString& reference, qint64 bidId, const QString& checkCode,
                            bool passes, const QString& justification, const QDateTime& now);
    void confirmCompliance(const QString& reference, const QDateTime& now);

    // The panel. Members are added before any sheet is submitted.
    Evaluator addEvaluator(const QString& reference, const QString& name, const QString& role);
    void removeEvaluator(const QString& reference, const QString& name);

    // A sheet's scores as its evaluator sees them. The others' sheets are refused until every
    // sheet is in: `viewer` may only read their own before that.
    QList<SheetScore> sheet(const QString& reference, const QString& evaluator,
                            const QString& viewer) const;
    // Saves the evaluator's draft scores (refused once submitted); with `submit`, checks that
    // every valid bid has a score on every scored criterion within its weight, then locks it.
    void saveSheet(const QString& reference, const QString& evaluator,
                   const QList<SheetScore>& scores, bool submit, const QDateTime& now);
    // A sheet with the benchmark criteria filled from each bid's stored benchmark run
    // (accuracy: weight x measured accuracy; performance: weight x the bid's measured output
    // tokens/s over the best among the valid bids) and the others at 0 for the evaluator to
    // fill.
    QList<SheetScore> sheetTemplate(const QString& reference, const QString& evaluator) const;

    // The explanation step: the vendor's explanation with its attachments (PDF files, copied
    // into the database), then the panel's decision with its opinion.
    void recordExplanation(const QString& reference, qint64 bidId, const QString& explanation,
                           const QStringList& attachmentPaths, const QDateTime& now);
    void decideLowPrice(const QString& reference, qint64 bidId, bool accepted,
                        const QString& opinion, const QDateTime& now);

    // Scores the tender and stores what it made of each bid (evaluation price, score, rank,
    // flags); a newly flagged bid gets its explanation step. Returns the evaluation.
    TenderEvaluation score(const QString& reference, const QDateTime& now);

    // Records the award of the lot of `bidId` to it: refused while awardBlockers() says why,
    // and for another bid than the recommended one without a justification. Publishes the
    // award release, starts the standstill and moves the tender to awarded. The award keeps
    // the bid's cost verdict with its amounts.
    Award award(const QString& reference, qint64 bidId, const QString& justification,
                const QDateTime& now);

private:
    TenderEvaluation loadForChange(const QString& reference) const;
    void audit(const TenderEvaluation& e, const QString& action, const QJsonObject& payload) const;

    const Database& m_database;
    QString m_actor;
};

} // namespace td
