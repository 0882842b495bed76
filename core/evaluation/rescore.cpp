#include "rescore.h"

#include "domain/error.h"
#include "evaluationloader.h"
#include "evaluationwrites.h"
#include "rowstream.h"
#include "scoring/quantiles.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <string_view>
#include <vector>

namespace td {

namespace {

using scoring::LowPriceDecision;

LowPriceDecision decisionOf(const QVariant& v)
{
    const QString code = v.toString();
    if (code.isEmpty())
        return LowPriceDecision::None;
    if (code == QLatin1String("accepted"))
        return LowPriceDecision::Accepted;
    if (code == QLatin1String("rejected"))
        return LowPriceDecision::Rejected;
    return LowPriceDecision::Pending;
}

using scoring::lowBidRuleCodes;

// What a bid's row holds of its last scoring, to write only what changed.
struct Stored
{
    QVariant evaluationPrice;
    QVariant score;
    QVariant ranking;
    QString flags;
    QString awardVerdict; // of the bid's award, when it won one
};

// A lot's winner, kept until the market threshold is known: R058 may add to its flags.
struct Winner
{
    qint64 bidId = 0;
    double discount = 0;
    double iqrFactor = 1.5;           // its tender's
    QList<scoring::LowBidFlag> flags; // without R058
    Stored stored;
    QVariant evaluationPrice;
    QVariant score;
    QVariant ranking;
};

QVariant noInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

bool sameInteger(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toLongLong() == b.toLongLong();
}

class MarketRescore
{
    Q_DECLARE_TR_FUNCTIONS(td::MarketRescore)

public:
    MarketRescore(const Database& database, const QDateTime& now, const RescoreProgress& progress)
        : m_db(database.connection())
        , m_now(now)
        , m_progress(progress)
        , m_update(sql::prepare(
              m_db, QStringLiteral("UPDATE bids SET evaluation_price_minor = ?, "
                                   "score_hundredths = ?, ranking = ?, low_price_flags = ? "
                                   "WHERE id = ?")))
        , m_updateAward(sql::prepare(m_db, QStringLiteral("UPDATE awards SET cost_verdict = ? "
                                                          "WHERE id = ?")))
    {
        m_settled = {codeOf(TenderStatus::Awarded), codeOf(TenderStatus::Complete)};
    }

    RescoreSummary run();

private:
    void scoreSettled();
    void scoreTender(scoring::EvaluationInput& in, const QList<Stored>& stored,
                     const QList<std::pair<qint64, qint64>>& awards);
    void write(qint64 bidId, const QVariant& price, const QVariant& score, const QVariant& rank,
               const QString& flags, const Stored& stored);
    void writeWinners();
    void scoreInProgress();
    void tick();

    QSqlDatabase m_db;
    QDateTime m_now;
    const RescoreProgress& m_progress;
    QSqlQuery m_update;
    QSqlQuery m_updateAward;
    QVariantList m_settled;
    qint64 m_total = 0;
    qint64 m_done = 0;
    std::vector<Winner> m_winners;
    QList<double> m_discounts;
    RescoreSummary m_summary;
};

void MarketRescore::tick()
{
    ++m_done;
    if (m_progress && (m_done % 5000 == 0 || m_done == m_total) && !m_progress(m_done, m_total))
        throw Error(tr("Rescoring was cancelled; nothing was written."));
}

void MarketRescore::write(qint64 bidId, const QVariant& price, const QVariant& score,
                          const QVariant& rank, const QString& flags, const Stored& stored)
{
    if (sameInteger(price, stored.evaluationPrice) && sameInteger(score, stored.score) &&
        sameInteger(rank, stored.ranking) && flags == stored.flags)
        return;
    sql::bind(m_update, {price, score, rank, flags, bidId});
    sql::exec(m_update);
    ++m_summary.changedBids;
}

void MarketRescore::scoreTender(scoring::EvaluationInput& in, const QList<Stored>& stored,
                                const QList<std::pair<qint64, qint64>>& awards)
{
    // R058 waits for the market: it is added to the winners afterwards.
    in.marketThreshold.reset();
    const scoring::EvaluationResult result = scoring::evaluate(in);
    ++m_summary.tenders;
    m_summary.bids += in.bids.size();
    const auto indexOf = [&result](qint64 bidId) -> qsizetype {
        for (qsizetype i = 0; i < result.bids.size(); ++i)
            if (result.bids.at(i).bidId == bidId)
                return i;
        return -1;
    };
    QSet<qint64> winners;
    for (const scoring::LotResult& lot : result.lots)
        if (lot.recommendedBidId && lot.winnerDiscount) {
            winners.insert(lot.recommendedBidId);
            m_discounts.append(*lot.winnerDiscount);
        }
    for (qsizetype i = 0; i < result.bids.size(); ++i) {
        const scoring::BidResult& r = result.bids.at(i);
        const QVariant price = r.valid ? QVariant(r.evaluationPriceMinor) : noInteger();
        const QVariant score =
            r.valid && r.scored ? QVariant(qint64(std::llround(r.totalPoints * 100))) : noInteger();
        const QVariant rank = r.rank > 0 ? QVariant(r.rank) : noInteger();
        if (winners.contains(r.bidId)) {
            double d = 0;
            for (const scoring::LotResult& lot : result.lots)
                if (lot.recommendedBidId == r.bidId)
                    d = *lot.winnerDiscount;
            m_winners.push_back(
                {r.bidId, d, in.settings.r058IqrFactor, r.flags, stored.at(i), price, score, rank});
            continue;
        }
        write(r.bidId, price, score, rank, lowBidRuleCodes(r.flags), stored.at(i));
    }
    for (const auto& [awardId, bidId] : awards) {
        const qsizetype it = indexOf(bidId);
        if (it < 0)
            continue;
        const QString verdict = writes::costVerdictCode(result.bids.at(it).costVerdict);
        if (verdict != stored.at(it).awardVerdict) {
            sql::bind(m_updateAward, {verdict, awardId});
            sql::exec(m_updateAward);
            ++m_summary.changedAwards;
        }
    }
}

// The accelerators each bid declares, by bid id: all of them and the domestic ones. A bid
// declares far fewer than 2^32 of either.
struct Units
{
    quint32 total = 0;
    quint32 domestic = 0;
};

std::vector<Units> readUnits(const QSqlDatabase& db)
{
    const qint64 highest =
        sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM bids")).toLongLong();
    std::vector<Units> units(std::size_t(highest + 1));
    const auto rows = streamRows(
        db, QStringLiteral("SELECT h.bid_id, h.unit_count, a.domestic FROM bid_hardware_lines h "
                           "LEFT JOIN accelerators a ON a.model = h.accelerator_model"));
    while (rows->next()) {
        const qint64 bid = rows->integer(0);
        if (bid < 0 || bid > highest)
            continue;
        const auto n = quint32(rows->integer(1));
        units[std::size_t(bid)].total += n;
        if (!rows->isNull(2) && rows->integer(2) == 1)
            units[std::size_t(bid)].domestic += n;
    }
    return units;
}

// "2024-03-05T08:00:00Z" as sql::fromDateTime stores it, read without QDateTime's general
// parser (which costs more than scoring the bid); anything else through it.
QDateTime utcOf(std::string_view s)
{
    const auto digit = [&](std::size_t i) {
        return s[i] >= '0' && s[i] <= '9';
    };
    if (s.size() == 20 && s[10] == 'T' && s[19] == 'Z' && digit(0) && digit(18)) {
        const auto n = [&](std::size_t from, std::size_t count) {
            int v = 0;
            for (std::size_t i = from; i < from + count; ++i)
                v = v * 10 + (s[i] - '0');
            return v;
        };
        const QDate date(n(0, 4), n(5, 2), n(8, 2));
        const qint64 seconds = date.toJulianDay() * 86400 - qint64(2440588) * 86400 +
                               n(11, 2) * 3600 + n(14, 2) * 60 + n(17, 2);
        return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
    }
    return sql::toDateTime(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

// Walks the settled tenders with their lots, bids, sheets and awards, each read in one pass
// ordered by tender id and merged.
void MarketRescore::scoreSettled()
{
    QHash<qint64, bool> smeVendors;
    for (QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, sme FROM organizations"));
         q.next();)
        smeVendors.insert(q.value(0).toLongLong(), q.value(1).toInt() != 0);
    QHash<qint64, LowPriceDecision> decisions;
    for (QSqlQuery q =
             sql::run(m_db, QStringLiteral("SELECT bid_id, decision FROM low_price_reviews"));
         q.next();)
        decisions.insert(q.value(0).toLongLong(), decisionOf(q.value(1)));
    const std::vector<Units> units = readUnits(m_db);

    // "t.status || ''": scan in id order rather than through the status index, which would sort.
    const auto tenders = streamRows(
        m_db,
        QStringLiteral("SELECT t.id, t.status, t.budget_minor, COALESCE(e.settings, ''), (SELECT "
                       "c.weight FROM criteria c WHERE c.tender_id = t.id AND c.code = 'price'), "
                       "(SELECT COUNT(*) FROM evaluators v WHERE v.tender_id = t.id AND "
                       "v.submitted_at IS NOT NULL) FROM tenders t LEFT JOIN evaluations e ON "
                       "e.tender_id = t.id WHERE (t.status || '') IN (?, ?) ORDER BY t.id"),
        m_settled);
    const auto lots = streamRows(m_db, QStringLiteral("SELECT tender_id, id, budget_minor FROM "
                                                      "lots ORDER BY tender_id, number"));
    const auto bids = streamRows(
        m_db, QStringLiteral("SELECT tender_id, id, lot_id, total_price_minor, submitted_at, "
                             "status, technical_points_hundredths, cost_without_voucher_minor, "
                             "cost_with_voucher_minor, vendor_id, evaluation_price_minor, "
                             "score_hundredths, ranking, low_price_flags FROM bids WHERE status "
                             "IN ('valid', 'disqualified') ORDER BY tender_id, id"));
    const auto awards = streamRows(m_db, QStringLiteral("SELECT tender_id, id, bid_id, "
                                                        "cost_verdict FROM awards ORDER BY "
                                                        "tender_id, id"));
    const auto sheets = streamRows(
        m_db, QStringLiteral("SELECT v.tender_id, s.bid_id, c.code, c.weight, v.id, "
                             "s.points_hundredths FROM evaluators v JOIN scores s ON "
                             "s.evaluator_id = v.id JOIN criteria c ON c.id = s.criterion_id "
                             "WHERE v.submitted_at IS NOT NULL ORDER BY v.tender_id, v.id"));

    bool lotsLeft = lots->next(), bidsLeft = bids->next(), awardsLeft = awards->next(),
         sheetsLeft = sheets->next();
    QHash<QString, scoring::EvaluationSettings> settingsCache;
    while (tenders->next()) {
        const qint64 id = tenders->integer(0);
        scoring::EvaluationInput in;
        if (const std::string_view settings = tenders->text(3); !settings.empty()) {
            const QString text = QString::fromUtf8(settings.data(), qsizetype(settings.size()));
            auto it = settingsCache.find(text);
            if (it == settingsCache.end())
                it = settingsCache.insert(
                    text,
                    scoring::settingsFromJson(QJsonDocument::fromJson(text.toUtf8()).object()));
            in.settings = *it;
        }
        in.ceilingMinor = tenders->integer(2);
        in.criteria.append({0, QStringLiteral("price"), QString(), int(tenders->integer(4))});
        const int submittedSheets = int(tenders->integer(5));

        while (lotsLeft && lots->integer(0) < id)
            lotsLeft = lots->next();
        for (; lotsLeft && lots->integer(0) == id; lotsLeft = lots->next())
            in.lots.append({lots->integer(1), lots->integer(2)});

        QList<Stored> stored;
        // A tender holds a handful of bids: a linear look-up beats hashing them.
        const auto bidIndexOf = [&in](qint64 bidId) -> qsizetype {
            for (qsizetype i = 0; i < in.bids.size(); ++i)
                if (in.bids.at(i).id == bidId)
                    return i;
            return -1;
        };
        while (bidsLeft && bids->integer(0) < id)
            bidsLeft = bids->next();
        for (; bidsLeft && bids->integer(0) == id; bidsLeft = bids->next()) {
            scoring::BidInput b;
            b.id = bids->integer(1);
            b.lotId = bids->integer(2);
            b.priceMinor = bids->integer(3);
            b.receivedAt = utcOf(bids->text(4));
            b.compliant = bids->text(5) == "valid";
            if (!bids->isNull(6))
                b.recordedTechnicalPoints = bids->integer(6) / 100.0;
            if (!bids->isNull(7))
                b.costWithoutVoucherMinor = bids->integer(7);
            if (!bids->isNull(8))
                b.costWithVoucherMinor = bids->integer(8);
            b.sme = smeVendors.value(bids->integer(9));
            b.lowPriceDecision = decisions.value(b.id, LowPriceDecision::None);
            if (b.id >= 0 && std::size_t(b.id) < units.size()) {
                const Units u = units[std::size_t(b.id)];
                b.domestic =
                    u.total > 0 && qint64(u.domestic) * 100 >=
                                       qint64(in.settings.domesticQualifyingSharePercent) * u.total;
            }
            in.bids.append(b);
            const auto optional = [&](int column) {
                return bids->isNull(column) ? noInteger() : QVariant(bids->integer(column));
            };
            stored.append({optional(10), optional(11), optional(12), bids->string(13), QString()});
        }

        // The submitted sheets, when the whole panel is in: criteria in the order met.
        while (sheetsLeft && sheets->integer(0) < id)
            sheetsLeft = sheets->next();
        QHash<QString, qsizetype> criterionIndex;
        QHash<qint64, qsizetype> evaluatorIndex;
        for (; sheetsLeft && sheets->integer(0) == id; sheetsLeft = sheets->next()) {
            const QString code = sheets->string(2);
            auto c = criterionIndex.find(code);
            if (c == criterionIndex.end()) {
                c = criterionIndex.insert(code, in.criteria.size());
                in.criteria.append({0, code, QString(), int(sheets->integer(3))});
            }
            auto v = evaluatorIndex.find(sheets->integer(4));
            if (v == evaluatorIndex.end())
                v = evaluatorIndex.insert(sheets->integer(4), evaluatorIndex.size());
            const qsizetype b = bidIndexOf(sheets->integer(1));
            if (b < 0)
                continue;
            scoring::BidInput& bid = in.bids[b];
            bid.sheetPoints.resize(in.criteria.size());
            QList<double>& points = bid.sheetPoints[*c];
            points.resize(submittedSheets, std::nan(""));
            if (*v < points.size())
                points[*v] = sheets->integer(5) / 100.0;
        }
        for (scoring::BidInput& b : in.bids)
            for (QList<double>& points : b.sheetPoints)
                for (double p : std::as_const(points))
                    if (std::isnan(p)) {
                        points.clear();
                        break;
                    }

        QList<std::pair<qint64, qint64>> awarded;
        while (awardsLeft && awards->integer(0) < id)
            awardsLeft = awards->next();
        for (; awardsLeft && awards->integer(0) == id; awardsLeft = awards->next()) {
            const qint64 bidId = awards->integer(2);
            awarded.append({awards->integer(1), bidId});
            if (const qsizetype b = bidIndexOf(bidId); b >= 0)
                stored[b].awardVerdict = awards->string(3);
        }
        scoreTender(in, stored, awarded);
        tick();
    }
}

// R058 over the market: the quartiles of every winner's d, kept for scoring single tenders, and
// the flag on each winner at or above its tender's threshold.
void MarketRescore::writeWinners()
{
    m_summary.marketProcesses = m_discounts.size();
    const bool known = m_discounts.size() >= 4;
    const double q1 = known ? scoring::quantileType8(m_discounts, 0.25) : 0;
    const double q3 = known ? scoring::quantileType8(m_discounts, 0.75) : 0;
    sql::run(m_db, QStringLiteral("DELETE FROM market_figures WHERE name IN ('r058.q1', "
                                  "'r058.q3')"));
    if (known) {
        m_summary.marketThreshold = scoring::marketThreshold(m_discounts, 1.5);
        const QVariant at = sql::fromDateTime(m_now);
        sql::run(m_db,
                 QStringLiteral("INSERT INTO market_figures (name, value, computed_at) VALUES "
                                "('r058.q1', ?, ?), ('r058.q3', ?, ?)"),
                 {q1, at, q3, at});
    }
    for (Winner& w : m_winners) {
        const double threshold = q3 + w.iqrFactor * (q3 - q1);
        if (known && w.discount >= threshold)
            w.flags.append({w.bidId, scoring::LowBidRule::MarketOutlier, w.discount, threshold});
        write(w.bidId, w.evaluationPrice, w.score, w.ranking, lowBidRuleCodes(w.flags), w.stored);
    }
}

// Tenders under evaluation: the desk's own loading and storing, with the market's new figures.
void MarketRescore::scoreInProgress()
{
    QStringList references;
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT reference FROM tenders WHERE status IN (?, ?) "
                                          "ORDER BY id"),
                           {codeOf(TenderStatus::Opened), codeOf(TenderStatus::Evaluated)});
    while (q.next())
        references.append(q.value(0).toString());
    for (const QString& reference : std::as_const(references)) {
        const TenderEvaluation e = loadEvaluation(m_db, reference);
        writes::storeScoring(m_db, e);
        ++m_summary.inProgress;
        ++m_summary.tenders;
        m_summary.bids += e.input.bids.size();
        tick();
    }
}

RescoreSummary MarketRescore::run()
{
    m_total = sql::scalar(m_db,
                          QStringLiteral("SELECT COUNT(*) FROM tenders WHERE status IN "
                                         "(?, ?, ?, ?)"),
                          {codeOf(TenderStatus::Awarded), codeOf(TenderStatus::Complete),
                           codeOf(TenderStatus::Opened), codeOf(TenderStatus::Evaluated)})
                  .toLongLong();
    m_winners.reserve(std::size_t(m_total));
    scoreSettled();
    writeWinners();
    scoreInProgress();
    return m_summary;
}

} // namespace

RescoreSummary rescoreAll(const Database& database, const QString& actor, const QDateTime& now,
                          const RescoreProgress& progress)
{
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    MarketRescore rescore(database, now, progress);
    const RescoreSummary summary = rescore.run();
    QJsonObject payload{{QStringLiteral("tenders"), summary.tenders},
                        {QStringLiteral("bids"), summary.bids},
                        {QStringLiteral("changedBids"), summary.changedBids},
                        {QStringLiteral("changedAwards"), summary.changedAwards},
                        {QStringLiteral("inProgress"), summary.inProgress},
                        {QStringLiteral("at"), now.toString(Qt::ISODate)}};
    if (summary.marketThreshold)
        payload.insert(QStringLiteral("r058Threshold"), *summary.marketThreshold);
    AuditLog(db, database.dialect())
        .append(actor, QStringLiteral("evaluation.rescored"), QStringLiteral("database"), QString(),
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    transaction.commit();
    return summary;
}

} // namespace td
