#include "evaluationloader.h"

#include "cost/bidcost.h"
#include "domain/error.h"
#include "domain/hardwarerules.h"
#include "scoring/quantiles.h"
#include "store/acceleratorrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"

#include <QCoreApplication>
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

using scoring::LowPriceDecision;

LowPriceDecision decisionOf(const QString& code)
{
    if (code == QLatin1String("accepted"))
        return LowPriceDecision::Accepted;
    if (code == QLatin1String("rejected"))
        return LowPriceDecision::Rejected;
    return LowPriceDecision::Pending;
}

QJsonObject objectOf(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// What the bids table holds beyond what TenderReader reads.
struct BidExtras
{
    DeclaredBenchmarks declared;
    QStringList disqualification;
    std::optional<double> recordedTechnical;
    std::optional<qint64> runId;
    std::optional<qint64> storedCostWithout;
    std::optional<qint64> storedCostWith;
    bool viaSubmission = false;
    bool sme = false;
};

std::optional<qint64> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QHash<qint64, BidExtras> readExtras(const QSqlDatabase& db, qint64 tenderId)
{
    QHash<qint64, BidExtras> extras;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral(
            "SELECT b.id, b.declared_benchmarks, b.disqualification, "
            "b.technical_points_hundredths, b.benchmark_run_id, b.cost_without_voucher_minor, "
            "b.cost_with_voucher_minor, b.submission_id, o.sme, "
            "(SELECT r.id FROM benchmark_runs r WHERE r.bid_id = b.id AND r.status = "
            "'completed' ORDER BY r.started_at DESC, r.id DESC LIMIT 1) "
            "FROM bids b JOIN organizations o ON o.id = b.vendor_id WHERE b.tender_id = ?"),
        {tenderId});
    while (q.next()) {
        BidExtras e;
        const QJsonObject d = objectOf(q.value(1).toString());
        e.declared.accuracyPercent = d.value(QLatin1String("accuracyPercent")).toDouble();
        e.declared.outputTokensPerSecond =
            d.value(QLatin1String("outputTokensPerSecond")).toDouble();
        e.declared.ttftP95Ms = d.value(QLatin1String("ttftP95Ms")).toInt();
        e.declared.tpotP95Ms = d.value(QLatin1String("tpotP95Ms")).toInt();
        e.disqualification = q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!q.value(3).isNull())
            e.recordedTechnical = q.value(3).toLongLong() / 100.0;
        // The bid's own run (the buyer measured this bid) before the deployment's shared one.
        e.runId = optionalInt(q.value(9));
        if (!e.runId)
            e.runId = optionalInt(q.value(4));
        e.storedCostWithout = optionalInt(q.value(5));
        e.storedCostWith = optionalInt(q.value(6));
        e.viaSubmission = !q.value(7).isNull();
        e.sme = q.value(8).toInt() != 0;
        extras.insert(q.value(0).toLongLong(), e);
    }
    return extras;
}

QHash<qint64, QSet<BidDocumentKind>> readDocumentKinds(const QSqlDatabase& db, qint64 tenderId)
{
    QHash<qint64, QSet<BidDocumentKind>> kinds;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT d.bid_id, d.kind FROM documents d JOIN bids b "
                                          "ON b.id = d.bid_id WHERE b.tender_id = ?"),
                           {tenderId});
    while (q.next())
        if (const auto kind = parseCode<BidDocumentKind>(q.value(1).toString()))
            kinds[q.value(0).toLongLong()].insert(*kind);
    return kinds;
}

void readOverrides(const QSqlDatabase& db, qint64 tenderId, QList<BidCompliance>& bids)
{
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT c.bid_id, c.check_code, c.passes, c.justification, c.decided_by, "
                       "c.decided_at FROM compliance_overrides c JOIN bids b ON b.id = c.bid_id "
                       "WHERE b.tender_id = ?"),
        {tenderId});
    while (q.next())
        for (BidCompliance& bid : bids)
            if (bid.bidId == q.value(0).toLongLong())
                for (ComplianceFinding& f : bid.findings)
                    if (f.code == q.value(1).toString())
                        f.override =
                            ComplianceOverride{q.value(2).toInt() != 0, q.value(3).toString(),
                                               q.value(4).toString(), sql::toDateTime(q.value(5))};
}

void readFailedSubmissions(const QSqlDatabase& db, qint64 tenderId, QList<BidCompliance>& bids)
{
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT s.id, o.short_name, s.failure_reason FROM bid_submissions s JOIN "
                       "organizations o ON o.id = s.vendor_id WHERE s.tender_id = ? AND "
                       "s.status = 'failed' ORDER BY s.id"),
        {tenderId});
    while (q.next())
        bids.append(failedSubmission(q.value(0).toLongLong(), q.value(1).toString(),
                                     q.value(2).toString()));
}

QList<Evaluator> readPanel(const QSqlDatabase& db, qint64 tenderId)
{
    QList<Evaluator> panel;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT id, name, role, submitted_at FROM evaluators "
                                          "WHERE tender_id = ? ORDER BY id"),
                           {tenderId});
    while (q.next()) {
        Evaluator e{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}};
        if (!q.value(3).isNull())
            e.submittedAt = sql::toDateTime(q.value(3));
        panel.append(e);
    }
    return panel;
}

// The submitted points, per bid, criterion and evaluator (in panel order).
void readSheets(const QSqlDatabase& db, const TenderEvaluation& e,
                QHash<qint64, qsizetype>& bidIndex, scoring::EvaluationInput& input)
{
    QHash<qint64, qsizetype> evaluatorIndex;
    for (qsizetype i = 0; i < e.panel.size(); ++i)
        evaluatorIndex.insert(e.panel.at(i).id, i);
    QHash<qint64, qsizetype> criterionIndex;
    for (qsizetype c = 0; c < input.criteria.size(); ++c)
        criterionIndex.insert(input.criteria.at(c).id, c);
    // points[bid][criterion][evaluator]; NaN where an evaluator gave none.
    for (scoring::BidInput& b : input.bids) {
        b.sheetPoints.resize(input.criteria.size());
        for (qsizetype c = 0; c < input.criteria.size(); ++c)
            if (!input.criteria.at(c).isPrice())
                b.sheetPoints[c].fill(std::nan(""), e.panel.size());
    }
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT s.bid_id, s.criterion_id, s.evaluator_id, "
                                          "s.points_hundredths FROM scores s JOIN evaluators e "
                                          "ON e.id = s.evaluator_id WHERE e.tender_id = ? AND "
                                          "e.submitted_at IS NOT NULL"),
                           {e.tender.id});
    while (q.next()) {
        const auto b = bidIndex.find(q.value(0).toLongLong());
        const auto c = criterionIndex.find(q.value(1).toLongLong());
        const auto v = evaluatorIndex.find(q.value(2).toLongLong());
        if (b == bidIndex.end() || c == criterionIndex.end() || v == evaluatorIndex.end())
            continue;
        QList<double>& points = input.bids[*b].sheetPoints[*c];
        if (*v < points.size())
            points[*v] = q.value(3).toLongLong() / 100.0;
    }
    // A criterion counts only with every evaluator's points.
    for (scoring::BidInput& b : input.bids)
        for (QList<double>& points : b.sheetPoints)
            for (double p : std::as_const(points))
                if (std::isnan(p)) {
                    points.clear();
                    break;
                }
}

QList<LowPriceReview> readReviews(const QSqlDatabase& db, const Tender& tender)
{
    QHash<qint64, QString> vendors;
    for (const Bid& b : tender.bids)
        vendors.insert(b.id, b.vendorName);
    QList<LowPriceReview> reviews;
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("SELECT r.bid_id, r.rules, r.explanation, r.explained_at, r.decision, "
                       "r.opinion, r.decided_by, r.decided_at FROM low_price_reviews r JOIN bids "
                       "b ON b.id = r.bid_id WHERE b.tender_id = ? ORDER BY r.bid_id"),
        {tender.id});
    while (q.next()) {
        LowPriceReview r;
        r.bidId = q.value(0).toLongLong();
        r.vendorName = vendors.value(r.bidId);
        r.rules = q.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.explanation = q.value(2).toString();
        if (!q.value(3).isNull())
            r.explainedAt = sql::toDateTime(q.value(3));
        r.decision = decisionOf(q.value(4).toString());
        r.opinion = q.value(5).toString();
        r.decidedBy = q.value(6).toString();
        if (!q.value(7).isNull())
            r.decidedAt = sql::toDateTime(q.value(7));
        reviews.append(r);
    }
    QSqlQuery docs = sql::run(
        db,
        QStringLiteral("SELECT d.bid_id, d.file_name FROM documents d JOIN bids b ON b.id = "
                       "d.bid_id WHERE b.tender_id = ? AND d.kind = 'lowPriceExplanation' "
                       "ORDER BY d.id"),
        {tender.id});
    while (docs.next())
        for (LowPriceReview& r : reviews)
            if (r.bidId == docs.value(0).toLongLong())
                r.attachments.append(docs.value(1).toString());
    return reviews;
}

std::optional<double> readMarketFigure(const QSqlDatabase& db, const QString& name)
{
    const QVariant v =
        sql::scalar(db, QStringLiteral("SELECT value FROM market_figures WHERE name = ?"), {name});
    return v.isValid() && !v.isNull() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

scoring::EvaluationSettings storedSettings(const QSqlDatabase& db, qint64 tenderId)
{
    const QString text =
        sql::scalar(db, QStringLiteral("SELECT settings FROM evaluations WHERE tender_id = ?"),
                    {tenderId})
            .toString();
    if (text.trimmed().isEmpty())
        return {};
    return scoring::settingsFromJson(objectOf(text));
}

QList<double> marketDiscounts(const QSqlDatabase& db)
{
    QList<double> discounts;
    QSqlQuery q = sql::run(
        db, QStringLiteral("SELECT w.total_price_minor, (SELECT MIN(o.total_price_minor) FROM "
                           "bids o WHERE o.tender_id = a.tender_id AND o.lot_id = a.lot_id AND "
                           "o.id <> a.bid_id AND o.status = 'valid') FROM awards a JOIN bids w ON "
                           "w.id = a.bid_id WHERE "
                           "a.status IN ('active', 'pending')"));
    while (q.next())
        if (!q.value(1).isNull() && q.value(0).toLongLong() > 0)
            discounts.append(
                scoring::r058Discount(q.value(0).toLongLong(), q.value(1).toLongLong()));
    return discounts;
}

std::optional<double> storedMarketThreshold(const QSqlDatabase& db, double iqrFactor)
{
    const auto q1 = readMarketFigure(db, QStringLiteral("r058.q1"));
    const auto q3 = readMarketFigure(db, QStringLiteral("r058.q3"));
    if (q1 && q3)
        return *q3 + iqrFactor * (*q3 - *q1);
    return scoring::marketThreshold(marketDiscounts(db), iqrFactor);
}

TenderEvaluation loadEvaluation(const QSqlDatabase& db, const QString& reference)
{
    const std::optional<Tender> found = TenderReader(db).byReference(reference);
    if (!found)
        throw Error(tr("There is no tender %1 in this database.").arg(reference));
    TenderEvaluation e;
    e.tender = *found;
    const Tender& t = e.tender;
    e.settings = storedSettings(db, t.id);

    QSqlQuery confirmation = sql::run(
        db,
        QStringLiteral("SELECT compliance_confirmed_at, compliance_confirmed_by FROM evaluations "
                       "WHERE tender_id = ?"),
        {t.id});
    if (confirmation.next() && !confirmation.value(0).isNull()) {
        e.compliance.confirmedAt = sql::toDateTime(confirmation.value(0));
        e.compliance.confirmedBy = confirmation.value(1).toString();
    }

    const QHash<QString, bool> isDomestic = AcceleratorRepository(db).domesticByModel();
    const QHash<qint64, BidExtras> extras = readExtras(db, t.id);
    const QHash<qint64, QSet<BidDocumentKind>> documents = readDocumentKinds(db, t.id);
    for (const Bid& bid : t.bids) {
        if (bid.status == BidStatus::Withdrawn || bid.status == BidStatus::Draft)
            continue;
        const BidExtras x = extras.value(bid.id);
        ComplianceFacts facts{x.declared, {}};
        if (x.viaSubmission)
            facts.documents = documents.value(bid.id);
        e.compliance.bids.append(checkCompliance(t, bid, facts, isDomestic));
    }
    readOverrides(db, t.id, e.compliance.bids);
    readFailedSubmissions(db, t.id, e.compliance.bids);
    e.panel = readPanel(db, t.id);
    e.reviews = readReviews(db, t);

    // The engine's input.
    scoring::EvaluationInput& in = e.input;
    in.settings = e.settings;
    in.ceilingMinor = t.budgetCeiling.minorUnits();
    for (const Lot& lot : t.lots)
        in.lots.append({lot.id, lot.budget.minorUnits()});
    for (const Criterion& c : t.criteria)
        in.criteria.append({c.id, c.code, c.name, c.weight});
    e.names.currency =
        t.budgetCeiling.isValid() ? t.budgetCeiling.currency() : QStringLiteral("CNY");
    for (const Evaluator& v : std::as_const(e.panel))
        e.names.evaluators.append(v.name);

    QHash<qint64, LowPriceDecision> decisions;
    for (const LowPriceReview& r : std::as_const(e.reviews))
        decisions.insert(r.bidId, r.decision);
    QHash<qint64, qsizetype> bidIndex;
    for (const BidCompliance& c : std::as_const(e.compliance.bids)) {
        if (c.bidId == 0)
            continue;
        const Bid* bid = nullptr;
        for (const Bid& b : t.bids)
            if (b.id == c.bidId)
                bid = &b;
        const BidExtras x = extras.value(bid->id);
        scoring::BidInput b;
        b.id = bid->id;
        b.lotId = bid->lotId;
        b.priceMinor = bid->totalPrice.minorUnits();
        b.receivedAt = bid->submittedAt;
        // Once the panel confirmed the review (or the tender was awarded, with a review kept
        // elsewhere: a published result), the bid's recorded status is what counts.
        const bool settled = e.compliance.confirmedAt || t.status == TenderStatus::Awarded ||
                             t.status == TenderStatus::Complete;
        b.compliant = settled ? bid->status == BidStatus::Valid : c.compliant();
        const HardwareCheck h = checkHardware(bid->hardware, t.hardwareRules, isDomestic);
        b.domestic =
            h.totalCount > 0 &&
            h.domesticCount * 100 >= e.settings.domesticQualifyingSharePercent * h.totalCount;
        b.sme = x.sme;
        b.recordedTechnicalPoints = x.recordedTechnical;
        b.lowPriceDecision = decisions.value(b.id, LowPriceDecision::None);
        b.costWithoutVoucherMinor = x.storedCostWithout;
        b.costWithVoucherMinor = x.storedCostWith;
        if (x.runId) {
            e.benchmarkRuns.insert(b.id, *x.runId);
            const BidCost cost = costOfBid(db, b.id);
            if (cost.cost) {
                b.costWithoutVoucherMinor = cost.cost->costWithoutVoucher.minorUnits();
                b.costWithVoucherMinor = cost.cost->costWithVoucher.minorUnits();
            }
        }
        bidIndex.insert(b.id, in.bids.size());
        in.bids.append(b);
        e.names.vendors.insert(b.id, bid->vendorName);
    }
    if (e.sheetsComplete())
        readSheets(db, e, bidIndex, in);
    in.marketThreshold = storedMarketThreshold(db, e.settings.r058IqrFactor);
    e.result = scoring::evaluate(in);
    return e;
}

} // namespace td
