#include "evaluationwrites.h"

#include "awardrelease.h"
#include "domain/error.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace td::writes {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::writes", text);
}

const Criterion* criterionByCode(const Tender& t, const QString& code)
{
    for (const Criterion& c : t.criteria)
        if (c.code == code)
            return &c;
    return nullptr;
}

QVariant optionalMinor(std::optional<qint64> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QString flagCodes(const scoring::BidResult& r)
{
    return scoring::lowBidRuleCodes(r.flags);
}

} // namespace

QString costVerdictCode(scoring::CostVerdict verdict)
{
    switch (verdict) {
    case scoring::CostVerdict::Profitable:
        return QStringLiteral("profitable");
    case scoring::CostVerdict::ProfitableOnlyWithVoucher:
        return QStringLiteral("voucherOnly");
    case scoring::CostVerdict::BelowCost:
        return QStringLiteral("belowCost");
    case scoring::CostVerdict::NoBenchmark:
        break;
    }
    return QStringLiteral("noBenchmark");
}

void ensureEvaluationRow(const QSqlDatabase& db, qint64 tenderId)
{
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM evaluations WHERE tender_id = ?"),
                     {tenderId})
             .isValid())
        sql::run(db, QStringLiteral("INSERT INTO evaluations (tender_id) VALUES (?)"), {tenderId});
}

void applyCompliance(const QSqlDatabase& db, const ComplianceReview& review)
{
    for (const BidCompliance& c : review.bids) {
        if (c.bidId == 0)
            continue;
        sql::run(db,
                 QStringLiteral("UPDATE bids SET status = ?, disqualification = ? WHERE id = ? "
                                "AND status IN ('pending', 'valid', 'disqualified')"),
                 {c.compliant() ? codeOf(BidStatus::Valid) : codeOf(BidStatus::Disqualified),
                  c.failedCodes().join(QLatin1Char(',')), c.bidId});
    }
}

QList<SheetScore> readSheet(const QSqlDatabase& db, const TenderEvaluation& e, qint64 evaluatorId)
{
    QHash<qint64, QString> codes;
    for (const Criterion& c : e.tender.criteria)
        codes.insert(c.id, c.code);
    QList<SheetScore> sheet;
    QSqlQuery q = sql::run(db,
                           QStringLiteral("SELECT bid_id, criterion_id, points_hundredths, "
                                          "comment FROM scores WHERE evaluator_id = ? ORDER BY "
                                          "bid_id, criterion_id"),
                           {evaluatorId});
    while (q.next())
        sheet.append({q.value(0).toLongLong(), codes.value(q.value(1).toLongLong()),
                      q.value(2).toLongLong() / 100.0, q.value(3).toString()});
    return sheet;
}

void checkSheet(const TenderEvaluation& e, const QList<SheetScore>& scores, bool complete)
{
    QSet<QPair<qint64, QString>> seen;
    for (const SheetScore& s : scores) {
        const scoring::BidResult* r = e.result.bid(s.bidId);
        if (!r)
            throw Error(
                tr("Tender %1 has no bid %2 to score.").arg(e.tender.reference).arg(s.bidId));
        if (!r->valid)
            throw Error(tr("Bid %1 is not valid: it is not scored.").arg(s.bidId));
        const Criterion* c = criterionByCode(e.tender, s.criterion);
        if (!c || c->code == QLatin1String("price"))
            throw Error(tr("\"%1\" is not a criterion the panel scores in %2 (price is computed).")
                            .arg(s.criterion, e.tender.reference));
        if (!(s.points >= 0 && s.points <= c->weight))
            throw Error(tr("Bid %1, %2: %3 points is outside 0 to %4, the criterion's weight.")
                            .arg(s.bidId)
                            .arg(c->name)
                            .arg(s.points)
                            .arg(c->weight));
        if (seen.contains({s.bidId, s.criterion}))
            throw Error(tr("Bid %1 is scored twice on %2.").arg(s.bidId).arg(c->name));
        seen.insert({s.bidId, s.criterion});
    }
    if (!complete)
        return;
    for (const scoring::BidResult& r : e.result.bids) {
        if (!r.valid)
            continue;
        for (const Criterion& c : e.tender.criteria)
            if (c.code != QLatin1String("price") && !seen.contains({r.bidId, c.code}))
                throw Error(tr("The sheet has no score for bid %1 (%2) on %3; a sheet is "
                               "submitted whole.")
                                .arg(r.bidId)
                                .arg(e.names.vendors.value(r.bidId), c.name));
    }
}

void replaceSheet(const QSqlDatabase& db, const TenderEvaluation& e, qint64 evaluatorId,
                  const QList<SheetScore>& scores)
{
    sql::run(db, QStringLiteral("DELETE FROM scores WHERE evaluator_id = ?"), {evaluatorId});
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO scores (bid_id, evaluator_id, "
                                                       "criterion_id, points_hundredths, comment) "
                                                       "VALUES (?, ?, ?, ?, ?)"));
    for (const SheetScore& s : scores) {
        sql::bind(insert, {s.bidId, evaluatorId, criterionByCode(e.tender, s.criterion)->id,
                           qint64(std::llround(s.points * 100.0)), s.comment});
        sql::exec(insert);
    }
}

QByteArray sheetDigest(QList<SheetScore> scores)
{
    std::sort(scores.begin(), scores.end(), [](const SheetScore& a, const SheetScore& b) {
        return std::tie(a.bidId, a.criterion) < std::tie(b.bidId, b.criterion);
    });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SheetScore& s : scores)
        hash.addData(QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(s.bidId)
                         .arg(s.criterion)
                         .arg(std::llround(s.points * 100.0))
                         .arg(s.comment)
                         .toUtf8());
    return hash.result();
}

StoredScoring storeScoring(const QSqlDatabase& db, const TenderEvaluation& e)
{
    StoredScoring stored;
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE bids SET evaluation_price_minor = ?, score_hundredths = ?, "
                           "ranking = ?, low_price_flags = ?, cost_without_voucher_minor = ?, "
                           "cost_with_voucher_minor = ? WHERE id = ?"));
    QHash<qint64, const LowPriceReview*> reviews;
    for (const LowPriceReview& r : e.reviews)
        reviews.insert(r.bidId, &r);
    for (qsizetype i = 0; i < e.result.bids.size(); ++i) {
        const scoring::BidResult& r = e.result.bids.at(i);
        const scoring::BidInput& in = e.input.bids.at(i);
        const QVariant none(QMetaType::fromType<qint64>());
        sql::bind(update,
                  {r.valid ? QVariant(r.evaluationPriceMinor) : none,
                   r.valid && r.scored ? QVariant(qint64(std::llround(r.totalPoints * 100))) : none,
                   r.rank > 0 ? QVariant(r.rank) : none, flagCodes(r),
                   optionalMinor(in.costWithoutVoucherMinor),
                   optionalMinor(in.costWithVoucherMinor), r.bidId});
        sql::exec(update);
        const QString rules = flagCodes(r);
        if (rules.isEmpty() || !r.valid)
            continue;
        const LowPriceReview* review = reviews.value(r.bidId);
        if (!review) {
            sql::run(db,
                     QStringLiteral("INSERT INTO low_price_reviews (bid_id, rules) VALUES (?, ?)"),
                     {r.bidId, rules});
            stored.newlyFlagged.append(r.bidId);
        } else if (!review->decidedAt && review->rules.join(QLatin1Char(',')) != rules) {
            sql::run(db, QStringLiteral("UPDATE low_price_reviews SET rules = ? WHERE bid_id = ?"),
                     {rules, r.bidId});
        }
    }
    return stored;
}

void setStatus(const QSqlDatabase& db, const Tender& tender, TenderStatus to, const QDateTime& now)
{
    sql::run(db, QStringLiteral("UPDATE tenders SET status = ?, updated_at = ? WHERE id = ?"),
             {codeOf(to), sql::fromDateTime(now), tender.id});
}

QJsonObject scoringPayload(const TenderEvaluation& e)
{
    QJsonArray lots;
    for (const scoring::LotResult& lot : e.result.lots) {
        QJsonArray ranking;
        for (const scoring::BidResult& r : e.result.bids)
            if (r.lotId == lot.lotId && r.rank > 0)
                ranking.append(
                    QJsonObject{{QStringLiteral("bid"), r.bidId},
                                {QStringLiteral("rank"), r.rank},
                                {QStringLiteral("total"), std::round(r.totalPoints * 100) / 100}});
        lots.append(QJsonObject{{QStringLiteral("lot"), lot.lotId},
                                {QStringLiteral("recommended"), lot.recommendedBidId},
                                {QStringLiteral("ranking"), ranking}});
    }
    return {{QStringLiteral("lots"), lots}, {QStringLiteral("final"), e.result.final()}};
}

Award insertAward(const QSqlDatabase& db, const TenderEvaluation& e, const Bid& bid,
                  const scoring::BidResult& result, const QString& justification,
                  const QDateTime& now)
{
    Award a;
    a.tenderId = e.tender.id;
    a.lotId = bid.lotId;
    a.bidId = bid.id;
    a.vendorId = bid.vendorId;
    a.amount = bid.totalPrice;
    a.status = AwardStatus::Active;
    a.decidedAt = now;
    a.standstillEndsAt = now.addDays(e.settings.standstillDays);
    a.justification = justification;
    a.costVerdict = costVerdictCode(result.costVerdict);
    for (const scoring::BidInput& in : e.input.bids)
        if (in.id == bid.id) {
            if (in.costWithoutVoucherMinor)
                a.costWithoutVoucher =
                    Money(*in.costWithoutVoucherMinor, bid.totalPrice.currency());
            if (in.costWithVoucherMinor)
                a.costWithVoucher = Money(*in.costWithVoucherMinor, bid.totalPrice.currency());
        }
    QSqlQuery q = sql::run(
        db,
        QStringLiteral("INSERT INTO awards (tender_id, lot_id, bid_id, vendor_id, amount_minor, "
                       "currency, status, decided_at, cost_verdict, cost_without_voucher_minor, "
                       "cost_with_voucher_minor, standstill_ends_at, justification) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {a.tenderId, a.lotId, a.bidId, a.vendorId, a.amount.minorUnits(), a.amount.currency(),
         codeOf(a.status), sql::fromDateTime(a.decidedAt), a.costVerdict,
         optionalMinor(a.costWithoutVoucher
                           ? std::optional<qint64>(a.costWithoutVoucher->minorUnits())
                           : std::nullopt),
         optionalMinor(a.costWithVoucher ? std::optional<qint64>(a.costWithVoucher->minorUnits())
                                         : std::nullopt),
         sql::fromDateTime(a.standstillEndsAt), a.justification});
    q.next();
    a.id = q.value(0).toLongLong();
    return a;
}

QJsonObject awardPayload(const TenderEvaluation& e, const Award& a, bool recommended)
{
    QJsonObject payload{
        {QStringLiteral("award"), a.id},
        {QStringLiteral("bid"), a.bidId},
        {QStringLiteral("vendor"), e.names.vendors.value(a.bidId)},
        {QStringLiteral("amount"), a.amount.toPlainString()},
        {QStringLiteral("currency"), a.amount.currency()},
        {QStringLiteral("recommended"), recommended},
        {QStringLiteral("costVerdict"), a.costVerdict},
        {QStringLiteral("standstillEndsAt"), a.standstillEndsAt.toString(Qt::ISODate)}};
    if (a.costWithoutVoucher)
        payload.insert(QStringLiteral("costToServe"), a.costWithoutVoucher->toPlainString());
    if (a.costWithVoucher)
        payload.insert(QStringLiteral("costToServeWithVoucher"),
                       a.costWithVoucher->toPlainString());
    if (!a.justification.isEmpty())
        payload.insert(QStringLiteral("justification"), a.justification);
    return payload;
}

namespace {

// Every bid of the tender as the award release lists it, under the id the opening published it
// with (its submission), or "bid-N" for a bid that did not come through a sealed submission;
// and each submission that failed to open, disqualified.
QList<ReleasedBid> releasedBids(const QSqlDatabase& db, const Tender& tender,
                                QHash<qint64, QString>& releaseIdOfBid)
{
    QHash<qint64, int> lotNumbers;
    for (const Lot& lot : tender.lots)
        lotNumbers.insert(lot.id, lot.number);
    OrganizationRepository organizations(db);
    QHash<qint64, Organization> vendors;
    const auto vendor = [&](qint64 id) {
        if (!vendors.contains(id))
            vendors.insert(id, organizations.byId(id).value_or(Organization{}));
        return vendors.value(id);
    };
    QHash<qint64, qint64> submissionOf;
    {
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT id, submission_id FROM bids WHERE "
                                              "tender_id = ? AND submission_id IS NOT NULL"),
                               {tender.id});
        while (q.next())
            submissionOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    QList<ReleasedBid> released;
    for (const Bid& b : tender.bids) {
        const QString id = releasedBidId(b.id, submissionOf.value(b.id));
        releaseIdOfBid.insert(b.id, id);
        released.append({id, vendor(b.vendorId), b.status, b.submittedAt, b.totalPrice,
                         lotNumbers.value(b.lotId)});
    }
    QList<std::pair<qint64, qint64>> failed;
    {
        QSqlQuery q = sql::run(db,
                               QStringLiteral("SELECT id, vendor_id, received_at FROM "
                                              "bid_submissions WHERE tender_id = ? AND status = "
                                              "'failed' ORDER BY id"),
                               {tender.id});
        while (q.next()) {
            failed.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
            released.append({QString::number(q.value(0).toLongLong()), Organization{},
                             BidStatus::Disqualified, sql::toDateTime(q.value(2)), Money(), 0});
        }
    }
    for (qsizetype i = 0; i < failed.size(); ++i)
        released[released.size() - failed.size() + i].vendor = vendor(failed.at(i).second);
    return released;
}

} // namespace

void publishAwardIfComplete(const Database& database, const QSqlDatabase& db,
                            const TenderEvaluation& e, const QDateTime& now,
                            const std::function<void(const TenderRelease&)>& audit)
{
    for (const scoring::LotResult& lot : e.result.lots) {
        bool hasValid = false;
        for (const scoring::BidResult& r : e.result.bids)
            hasValid = hasValid || (r.lotId == lot.lotId && r.valid);
        bool awarded = false;
        for (const Award& a : e.tender.awards)
            awarded = awarded || (a.lotId == lot.lotId && a.status != AwardStatus::Cancelled);
        if (hasValid && !awarded)
            return;
    }
    setStatus(db, e.tender, TenderStatus::Awarded, now);
    // The release is a snapshot of the tender as awarded, its bids as evaluated.
    Tender awarded = *TenderReader(db).byId(e.tender.id);
    QHash<qint64, QString> releaseIds;
    const QList<ReleasedBid> bids = releasedBids(db, awarded, releaseIds);
    OrganizationRepository organizations(db);
    QList<AwardedSupplier> awards;
    for (const Award& a : awarded.awards)
        if (a.status != AwardStatus::Cancelled)
            awards.append({a, organizations.byId(a.vendorId).value_or(Organization{}),
                           releaseIds.value(a.bidId)});
    audit(writeAwardRelease(database, awarded, bids, awards, now));
}

} // namespace td::writes
