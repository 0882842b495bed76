#include "evaluationdesk.h"

#include "bench/benchmarkrunrepository.h"
#include "documents/pdffacts.h"
#include "domain/error.h"
#include "evaluationloader.h"
#include "evaluationwrites.h"
#include "lifecycle/tenderlifecycle.h"
#include "store/auditlog.h"
#include "store/auditverifier.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

bool opened(TenderStatus s)
{
    return s == TenderStatus::Opened || s == TenderStatus::Evaluated ||
           s == TenderStatus::Awarded || s == TenderStatus::Complete;
}

const Evaluator* findEvaluator(const TenderEvaluation& e, const QString& name)
{
    for (const Evaluator& v : e.panel)
        if (v.name == name)
            return &v;
    return nullptr;
}

const Evaluator& evaluatorOrThrow(const TenderEvaluation& e, const QString& name)
{
    if (const Evaluator* v = findEvaluator(e, name))
        return *v;
    QStringList names;
    for (const Evaluator& v : e.panel)
        names.append(v.name);
    throw Error(tr("%1 is not on the panel of %2. The panel: %3.")
                    .arg(name, e.tender.reference,
                         names.isEmpty() ? tr("nobody yet") : names.join(QStringLiteral(", "))));
}

int submittedCount(const TenderEvaluation& e)
{
    int n = 0;
    for (const Evaluator& v : e.panel)
        n += v.submittedAt ? 1 : 0;
    return n;
}

const Bid* bidOf(const TenderEvaluation& e, qint64 bidId)
{
    for (const Bid& b : e.tender.bids)
        if (b.id == bidId)
            return &b;
    return nullptr;
}

const Bid& bidOrThrow(const TenderEvaluation& e, qint64 bidId)
{
    if (const Bid* b = bidOf(e, bidId))
        return *b;
    throw Error(tr("Tender %1 has no bid %2.").arg(e.tender.reference).arg(bidId));
}

} // namespace

bool TenderEvaluation::sheetsComplete() const
{
    if (panel.isEmpty())
        return false;
    for (const Evaluator& v : panel)
        if (!v.submittedAt)
            return false;
    return true;
}

QStringList TenderEvaluation::awardBlockers() const
{
    QStringList blockers;
    if (!compliance.confirmedAt)
        blockers.append(tr("The panel has not confirmed the compliance review."));
    if (settings.method == scoring::RankingMethod::ComprehensiveScore && !sheetsComplete())
        blockers.append(panel.isEmpty() ? tr("The tender has no evaluation panel.")
                                        : tr("%1 of %2 score sheets are submitted.")
                                              .arg(submittedCount(*this))
                                              .arg(panel.size()));
    for (qint64 bidId : result.pendingExplanations)
        blockers.append(tr("The abnormally low price of %1 (bid %2) waits for the panel's "
                           "decision on its explanation.")
                            .arg(names.vendors.value(bidId))
                            .arg(bidId));
    if (sheetsComplete())
        for (qint64 bidId : result.unscoredBids)
            blockers.append(
                tr("Bid %1 (%2) has no full score.").arg(bidId).arg(names.vendors.value(bidId)));
    bool anyValid = false;
    for (const scoring::BidResult& b : result.bids)
        anyValid = anyValid || b.valid;
    if (!anyValid)
        blockers.append(tr("No bid is valid: the tender is unsuccessful, not awarded."));
    return blockers;
}

EvaluationDesk::EvaluationDesk(const Database& database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

TenderEvaluation EvaluationDesk::load(const QString& reference) const
{
    TenderEvaluation e = loadEvaluation(m_database.connection(), reference);
    if (!opened(e.tender.status))
        throw Error(tr("Tender %1 is %2: its bids are evaluated after the opening.")
                        .arg(reference, Codes<TenderStatus>::displayName(e.tender.status)));
    return e;
}

// Every change starts here: the evaluation as it stands, inside the change's transaction,
// refused once the award is recorded.
TenderEvaluation EvaluationDesk::loadForChange(const QString& reference) const
{
    TenderEvaluation e = load(reference);
    if (e.tender.status == TenderStatus::Awarded || e.tender.status == TenderStatus::Complete)
        throw Error(tr("Tender %1 is awarded: its evaluation is closed and can no longer change.")
                        .arg(reference));
    return e;
}

void EvaluationDesk::audit(const TenderEvaluation& e, const QString& action,
                           const QJsonObject& payload) const
{
    AuditLog(m_database.connection(), m_database.dialect())
        .append(m_actor, action, QStringLiteral("tender"), e.tender.reference,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

void EvaluationDesk::setSettings(const QString& reference,
                                 const scoring::EvaluationSettings& settings)
{
    if (const QString problem = scoring::settingsProblem(settings); !problem.isEmpty())
        throw Error(problem);
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    const QString json =
        QString::fromUtf8(QJsonDocument(scoring::toJson(settings)).toJson(QJsonDocument::Compact));
    writes::ensureEvaluationRow(db, e.tender.id);
    sql::run(db, QStringLiteral("UPDATE evaluations SET settings = ? WHERE tender_id = ?"),
             {json, e.tender.id});
    audit(e, QStringLiteral("evaluation.settings"), scoring::toJson(settings));
    transaction.commit();
}

void EvaluationDesk::overrideCompliance(const QString& reference, qint64 bidId,
                                        const QString& checkCode, bool passes,
                                        const QString& justification, const QDateTime& now)
{
    if (justification.trimmed().isEmpty())
        throw Error(tr("A panel override needs a written justification: say why the panel "
                       "overturns the check. Nothing was changed."));
    if (!complianceCheckCodes().contains(checkCode) || checkCode == QLatin1String("unsealing"))
        throw Error(
            tr("\"%1\" is not a check the panel can overturn; the checks are: %2.")
                .arg(checkCode, complianceCheckCodes().mid(0, 6).join(QStringLiteral(", "))));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    bidOrThrow(e, bidId);
    sql::run(db,
             QStringLiteral("DELETE FROM compliance_overrides WHERE bid_id = ? AND "
                            "check_code = ?"),
             {bidId, checkCode});
    sql::run(
        db,
        QStringLiteral("INSERT INTO compliance_overrides (bid_id, check_code, passes, "
                       "justification, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {bidId, checkCode, int(passes), justification.trimmed(), m_actor, sql::fromDateTime(now)});
    // Once the review is confirmed, the override changes the bid's standing at once.
    if (e.compliance.confirmedAt) {
        const TenderEvaluation after = loadEvaluation(db, reference);
        writes::applyCompliance(db, after.compliance);
    }
    audit(e, QStringLiteral("compliance.override"),
          {{QStringLiteral("bid"), bidId},
           {QStringLiteral("check"), checkCode},
           {QStringLiteral("passes"), passes},
           {QStringLiteral("justification"), justification.trimmed()}});
    transaction.commit();
}

void EvaluationDesk::confirmCompliance(const QString& reference, const QDateTime& now)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    writes::applyCompliance(db, e.compliance);
    writes::ensureEvaluationRow(db, e.tender.id);
    sql::run(db,
             QStringLiteral("UPDATE evaluations SET compliance_confirmed_at = ?, "
                            "compliance_confirmed_by = ? WHERE tender_id = ?"),
             {sql::fromDateTime(now), m_actor, e.tender.id});
    QJsonArray bids;
    for (const BidCompliance& c : e.compliance.bids)
        bids.append(
            QJsonObject{{QStringLiteral("bid"), c.bidId},
                        {QStringLiteral("submission"), c.submissionId},
                        {QStringLiteral("compliant"), c.compliant()},
                        {QStringLiteral("failed"), QJsonArray::fromStringList(c.failedCodes())}});
    audit(e, QStringLiteral("compliance.confirmed"), {{QStringLiteral("bids"), bids}});
    transaction.commit();
}

Evaluator EvaluationDesk::addEvaluator(const QString& reference, const QString& name,
                                       const QString& role)
{
    const QString who = name.trimmed();
    if (who.isEmpty())
        throw Error(tr("An evaluator needs a name."));
    if (role != QLatin1String("chair") && role != QLatin1String("member"))
        throw Error(tr("An evaluator is the panel's chair or a member, not \"%1\".").arg(role));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    if (findEvaluator(e, who))
        throw Error(tr("%1 is already on the panel of %2.").arg(who, reference));
    if (submittedCount(e) > 0)
        throw Error(
            tr("The panel of %1 is fixed: a score sheet is already submitted.").arg(reference));
    QSqlQuery q = sql::run(db,
                           QStringLiteral("INSERT INTO evaluators (tender_id, name, role) VALUES "
                                          "(?, ?, ?) RETURNING id"),
                           {e.tender.id, who, role});
    q.next();
    const Evaluator added{q.value(0).toLongLong(), who, role, {}};
    q.finish(); // SQLite commits no transaction with a statement still running
    audit(e, QStringLiteral("panel.added"),
          {{QStringLiteral("evaluator"), who}, {QStringLiteral("role"), role}});
    transaction.commit();
    return added;
}

void EvaluationDesk::removeEvaluator(const QString& reference, const QString& name)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    const Evaluator& v = evaluatorOrThrow(e, name);
    if (submittedCount(e) > 0)
        throw Error(
            tr("The panel of %1 is fixed: a score sheet is already submitted.").arg(reference));
    sql::run(db, QStringLiteral("DELETE FROM evaluators WHERE id = ?"), {v.id});
    audit(e, QStringLiteral("panel.removed"), {{QStringLiteral("evaluator"), name}});
    transaction.commit();
}

QList<SheetScore> EvaluationDesk::sheet(const QString& reference, const QString& evaluator,
                                        const QString& viewer) const
{
    const TenderEvaluation e = load(reference);
    const Evaluator& v = evaluatorOrThrow(e, evaluator);
    if (evaluator != viewer && !e.sheetsComplete())
        throw Error(tr("The scores of %1 stay hidden until every sheet is in (%2 of %3 "
                       "submitted): each evaluator scores alone.")
                        .arg(evaluator)
                        .arg(submittedCount(e))
                        .arg(e.panel.size()));
    return writes::readSheet(m_database.connection(), e, v.id);
}

QList<SheetScore> EvaluationDesk::sheetTemplate(const QString& reference,
                                                const QString& evaluator) const
{
    const TenderEvaluation e = load(reference);
    const Evaluator& v = evaluatorOrThrow(e, evaluator);
    QSqlDatabase db = m_database.connection();
    const QList<SheetScore> draft = writes::readSheet(db, e, v.id);
    bench::BenchmarkRunRepository runs(db);
    // The measured figures of each valid bid's run.
    struct Measured
    {
        double accuracy = std::nan("");
        double tokensPerSecond = 0;
        qint64 runId = 0;
    };
    QHash<qint64, Measured> measured;
    double fastest = 0;
    for (const scoring::BidResult& r : e.result.bids) {
        if (!r.valid || !e.benchmarkRuns.contains(r.bidId))
            continue;
        const qint64 runId = e.benchmarkRuns.value(r.bidId);
        if (const auto run = runs.load(runId, false)) {
            Measured m;
            m.runId = runId;
            if (run->accuracy && !std::isnan(run->accuracy->accuracy))
                m.accuracy = run->accuracy->accuracy;
            m.tokensPerSecond = run->servingThroughput().value_or(0);
            fastest = std::max(fastest, m.tokensPerSecond);
            measured.insert(r.bidId, m);
        }
    }
    QList<SheetScore> sheet;
    for (const scoring::BidResult& r : e.result.bids) {
        if (!r.valid)
            continue;
        for (const Criterion& c : e.tender.criteria) {
            if (c.code == QLatin1String("price"))
                continue;
            SheetScore s{r.bidId, c.code, 0, {}};
            for (const SheetScore& d : draft)
                if (d.bidId == r.bidId && d.criterion == c.code)
                    s = d;
            const auto m = measured.constFind(r.bidId);
            if (m != measured.constEnd() && c.code == QLatin1String("benchmarkAccuracy") &&
                !std::isnan(m->accuracy)) {
                s.points = std::round(c.weight * m->accuracy * 100.0) / 100.0;
                s.comment = tr("benchmark run %1: accuracy %2%, × weight %3")
                                .arg(m->runId)
                                .arg(m->accuracy * 100.0, 0, 'f', 1)
                                .arg(c.weight);
            } else if (m != measured.constEnd() &&
                       c.code == QLatin1String("benchmarkPerformance") && fastest > 0) {
                s.points = std::round(c.weight * m->tokensPerSecond / fastest * 100.0) / 100.0;
                s.comment = tr("benchmark run %1: %2 output tokens/s against the fastest valid "
                               "bid's %3, × weight %4")
                                .arg(m->runId)
                                .arg(m->tokensPerSecond, 0, 'f', 1)
                                .arg(fastest, 0, 'f', 1)
                                .arg(c.weight);
            }
            sheet.append(s);
        }
    }
    return sheet;
}

void EvaluationDesk::saveSheet(const QString& reference, const QString& evaluator,
                               const QList<SheetScore>& scores, bool submit, const QDateTime& now)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    const Evaluator& v = evaluatorOrThrow(e, evaluator);
    if (v.submittedAt)
        throw Error(tr("The sheet of %1 was submitted %2 and is locked.")
                        .arg(evaluator, v.submittedAt->toString(Qt::ISODate)));
    if (submit && !e.compliance.confirmedAt)
        throw Error(tr("Sheets are submitted once the panel has confirmed the compliance "
                       "review: until then it is not known which bids are scored."));
    writes::checkSheet(e, scores, submit);
    writes::replaceSheet(db, e, v.id, scores);
    QByteArray digest;
    if (submit) {
        sql::run(db, QStringLiteral("UPDATE evaluators SET submitted_at = ? WHERE id = ?"),
                 {sql::fromDateTime(now), v.id});
        digest = writes::sheetDigest(scores);
    }
    audit(e, submit ? QStringLiteral("sheet.submitted") : QStringLiteral("sheet.saved"),
          {{QStringLiteral("evaluator"), evaluator},
           {QStringLiteral("scores"), int(scores.size())},
           {QStringLiteral("sha256"), QString::fromLatin1(digest.toHex())}});
    transaction.commit();
}

void EvaluationDesk::recordExplanation(const QString& reference, qint64 bidId,
                                       const QString& explanation,
                                       const QStringList& attachmentPaths, const QDateTime& now)
{
    if (explanation.trimmed().isEmpty())
        throw Error(tr("Write the vendor's explanation of its price; attachments alone do not "
                       "say how the price is made."));
    // Read and check every attachment before anything is written.
    QList<QPair<QString, QByteArray>> files;
    for (const QString& path : attachmentPaths) {
        checkPdfFile(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read %1: %2.").arg(path, f.errorString()));
        files.append({QFileInfo(path).fileName(), f.readAll()});
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    bidOrThrow(e, bidId);
    const LowPriceReview* review = nullptr;
    for (const LowPriceReview& r : e.reviews)
        if (r.bidId == bidId)
            review = &r;
    if (!review)
        throw Error(tr("Bid %1 is not flagged as abnormally low: there is nothing to explain. "
                       "Score the tender first if its prices changed.")
                        .arg(bidId));
    if (review->decidedAt)
        throw Error(tr("The panel already decided on the price of bid %1.").arg(bidId));
    sql::run(db,
             QStringLiteral("UPDATE low_price_reviews SET explanation = ?, explained_at = ? "
                            "WHERE bid_id = ?"),
             {explanation.trimmed(), sql::fromDateTime(now), bidId});
    QJsonArray attached;
    for (const auto& [name, content] : files) {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        const PdfFacts facts = readPdfFacts(content);
        sql::run(db,
                 QStringLiteral("INSERT INTO documents (bid_id, kind, file_name, media_type, "
                                "sha256, size_bytes, content, created_at, page_count) VALUES (?, "
                                "'lowPriceExplanation', ?, 'application/pdf', ?, ?, ?, ?, ?)"),
                 {bidId, name, sha, qint64(content.size()), content, sql::fromDateTime(now),
                  facts.pageCount});
        attached.append(
            QJsonObject{{QStringLiteral("file"), name}, {QStringLiteral("sha256"), sha}});
    }
    audit(e, QStringLiteral("lowPrice.explained"),
          {{QStringLiteral("bid"), bidId},
           {QStringLiteral("explanation"), explanation.trimmed()},
           {QStringLiteral("attachments"), attached}});
    transaction.commit();
}

void EvaluationDesk::decideLowPrice(const QString& reference, qint64 bidId, bool accepted,
                                    const QString& opinion, const QDateTime& now)
{
    if (opinion.trimmed().isEmpty())
        throw Error(tr("Write the panel's opinion: it is archived with the decision."));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    const LowPriceReview* review = nullptr;
    for (const LowPriceReview& r : e.reviews)
        if (r.bidId == bidId)
            review = &r;
    if (!review)
        throw Error(
            tr("Bid %1 is not flagged as abnormally low: there is nothing to decide.").arg(bidId));
    if (accepted && !review->explainedAt)
        throw Error(tr("The price of bid %1 cannot be accepted without the vendor's "
                       "explanation; an unproven price makes the bid invalid.")
                        .arg(bidId));
    sql::run(db,
             QStringLiteral("UPDATE low_price_reviews SET decision = ?, opinion = ?, "
                            "decided_by = ?, decided_at = ? WHERE bid_id = ?"),
             {accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"), opinion.trimmed(),
              m_actor, sql::fromDateTime(now), bidId});
    audit(e, QStringLiteral("lowPrice.decided"),
          {{QStringLiteral("bid"), bidId},
           {QStringLiteral("accepted"), accepted},
           {QStringLiteral("opinion"), opinion.trimmed()}});
    transaction.commit();
}

TenderEvaluation EvaluationDesk::score(const QString& reference, const QDateTime& now)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const TenderEvaluation e = loadForChange(reference);
    const writes::StoredScoring stored = writes::storeScoring(db, e);
    bool evaluated = false;
    if (e.tender.status == TenderStatus::Opened && e.awardBlockers().isEmpty()) {
        LifecycleFacts facts;
        facts.now = now;
        if (lifecycle::check(e.tender, TenderStatus::Evaluated, facts).allowed) {
            writes::setStatus(db, e.tender, TenderStatus::Evaluated, now);
            evaluated = true;
        }
    }
    QJsonObject payload = writes::scoringPayload(e);
    payload.insert(QStringLiteral("newlyFlagged"),
                   QJsonArray::fromVariantList(stored.newlyFlagged));
    payload.insert(QStringLiteral("evaluated"), evaluated);
    audit(e, QStringLiteral("evaluation.scored"), payload);
    transaction.commit();
    return load(reference);
}

Award EvaluationDesk::award(const QString& reference, qint64 bidId, const QString& justification,
                            const QDateTime& now)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    TenderEvaluation e = loadForChange(reference);
    writes::storeScoring(db, e);
    e = loadEvaluation(db, reference);
    if (const QStringList blockers = e.awardBlockers(); !blockers.isEmpty())
        throw Error(tr("Tender %1 cannot be awarded yet:\n- %2")
                        .arg(reference, blockers.join(QStringLiteral("\n- "))));
    const Bid& bid = bidOrThrow(e, bidId);
    const scoring::BidResult* result = e.result.bid(bidId);
    if (!result || !result->valid)
        throw Error(tr("Bid %1 is not valid and cannot win.").arg(bidId));
    for (const Award& a : e.tender.awards)
        if (a.lotId == bid.lotId && a.status != AwardStatus::Cancelled)
            throw Error(
                tr("The lot of bid %1 is already awarded (award %2).").arg(bidId).arg(a.id));
    const scoring::LotResult* lot = e.result.lot(bid.lotId);
    const bool recommended = lot && lot->recommendedBidId == bidId;
    if (!recommended && justification.trimmed().isEmpty())
        throw Error(tr("Bid %1 is not the recommended winner (rank %2); awarding it needs a "
                       "written justification.")
                        .arg(bidId)
                        .arg(result->rank));
    Award award = writes::insertAward(db, e, bid, *result, justification.trimmed(), now);
    e.tender.awards.append(award);
    audit(e, QStringLiteral("award.recorded"), writes::awardPayload(e, award, recommended));
    writes::publishAwardIfComplete(m_database, db, e, now, [&](const TenderRelease& release) {
        audit(e, QStringLiteral("award.published"), releaseAuditFields(release));
    });
    transaction.commit();
    return award;
}

} // namespace td
