#include "rescore.h"

#include "domain/error.h"
#include "evaluationloader.h"
#include "evaluationwrites.h"
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

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// The rescore reads several ordered queries side by side. On SQLite each is forward-only, so
// that it steps through its rows without caching them all; PostgreSQL's driver streams a
// forward-only query in single-row mode, which allows one such query at a time on a
// connection, so there each result is fetched whole.
QSqlQuery stream(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db);
    q.setForwardOnly(db.driverName() == QLatin1String("QSQLITE"));
    if (!q.prepare(statement))
        throw Error(tr("Cannot read the market to rescore it: %1").arg(q.lastError().text()));
    sql::bind(q, values);
    sql::exec(q);
    return q;
}

// "2024-03-05T08:00:00Z" as stored by sql::fromDateTime, read without QDateTime's general
// parser, which costs more than everything else rescoring a bid does.
QDateTime storedUtc(const QVariant& stored)
{
    const QString s = stored.toString();
    if (s.size() == 20 && s.at(10) == QLatin1Char('T') && s.at(19) == QLatin1Char('Z')) {
        const auto n = [&](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (s.at(i).unicode() - '0');
            return v;
        };
        return QDateTime(QDate(n(0, 4), n(5, 2), n(8, 2)), QTime(n(11, 2), n(14, 2), n(17, 2)),
                         Qt::UTC);
    }
    return sql::toDateTime(stored);
}

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
    QList<Winner> m_winners;
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
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < result.bids.size(); ++i)
        index.insert(result.bids.at(i).bidId, i);
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
            m_winners.append(
                {r.bidId, d, in.settings.r058IqrFactor, r.flags, stored.at(i), price, score, rank});
            continue;
        }
        write(r.bidId, price, score, rank, lowBidRuleCodes(r.flags), stored.at(i));
    }
    for (const auto& [awardId, bidId] : awards) {
        const auto it = index.constFind(bidId);
        if (it == index.constEnd())
            continue;
        const QString verdict = writes::costVerdictCode(result.bids.at(*it).costVerdict);
        if (verdict != stored.at(*it).awardVerdict) {
            sql::bind(m_updateAward, {verdict, awardId});
            sql::exec(m_updateAward);
            ++m_summary.changedAwards;
        }
    }
}

// Walks the settled tenders, their lots, bids, panels and awards, each read in one ordered
// pass and merged by tender id.
void MarketRescore::scoreSettled()
{
    const QString settled = QStringLiteral("t.status IN (?, ?)");
    QSqlQuery tenders = stream(
        m_db,
        QStringLiteral("SELECT t.id, t.budget_minor, COALESCE(e.settings, ''), (SELECT "
                       "c.weight FROM criteria c WHERE c.tender_id = t.id AND c.code = "
                       "'price'), (SELECT COUNT(*) FROM evaluators v WHERE v.tender_id = t.id AND "
                       "v.submitted_at IS NOT NULL) FROM tenders t LEFT JOIN evaluations e ON "
                       "e.tender_id = t.id WHERE ") +
            settled + QStringLiteral(" ORDER BY t.id"),
        m_settled);
    QSqlQuery lots = stream(m_db,
                            QStringLiteral("SELECT l.tender_id, l.id, l.budget_minor FROM lots l "
                                           "JOIN tenders t ON t.id = l.tender_id WHERE ") +
                                settled + QStringLiteral(" ORDER BY l.tender_id, l.number"),
                            m_settled);
    // The accelerators' units as total × 1,000,000 + domestic, in one look-up per bid (a bid
    // declares far fewer than a million accelerators).
    QSqlQuery bids = stream(
        m_db,
        QStringLiteral(
            "SELECT b.tender_id, b.id, b.lot_id, b.total_price_minor, b.submitted_at, b.status, "
            "b.technical_points_hundredths, b.cost_without_voucher_minor, "
            "b.cost_with_voucher_minor, o.sme, b.evaluation_price_minor, b.score_hundredths, "
            "b.ranking, b.low_price_flags, r.decision, (SELECT SUM(h.unit_count * CASE WHEN "
            "a.domestic = 1 THEN 1000001 ELSE 1000000 END) FROM bid_hardware_lines h LEFT JOIN "
            "accelerators a ON a.model = h.accelerator_model WHERE h.bid_id = b.id) FROM bids b "
            "JOIN tenders t ON t.id = b.tender_id JOIN organizations o ON o.id = b.vendor_id LEFT "
            "JOIN low_price_reviews r ON r.bid_id = b.id WHERE ") +
            settled +
            QStringLiteral(" AND b.status IN ('valid', 'disqualified') ORDER BY "
                           "b.tender_id, b.id"),
        m_settled);
    QSqlQuery awards = stream(m_db,
                              QStringLiteral("SELECT a.tender_id, a.id, a.bid_id, a.cost_verdict "
                                             "FROM awards a JOIN tenders t ON t.id = a.tender_id "
                                             "WHERE ") +
                                  settled + QStringLiteral(" ORDER BY a.tender_id, a.id"),
                              m_settled);
    QSqlQuery sheets = stream(
        m_db,
        QStringLiteral("SELECT v.tender_id, s.bid_id, c.code, c.weight, v.id, "
                       "s.points_hundredths FROM scores s JOIN evaluators v ON v.id = "
                       "s.evaluator_id JOIN criteria c ON c.id = s.criterion_id JOIN tenders t "
                       "ON t.id = v.tender_id WHERE ") +
            settled + QStringLiteral(" AND v.submitted_at IS NOT NULL ORDER BY v.tender_id, v.id"),
        m_settled);

    bool lotsLeft = lots.next(), bidsLeft = bids.next(), awardsLeft = awards.next(),
         sheetsLeft = sheets.next();
    QHash<QString, scoring::EvaluationSettings> settingsCache;
    while (tenders.next()) {
        const qint64 id = tenders.value(0).toLongLong();
        scoring::EvaluationInput in;
        const QString settingsText = tenders.value(2).toString();
        if (!settingsText.isEmpty()) {
            auto it = settingsCache.find(settingsText);
            if (it == settingsCache.end())
                it = settingsCache.insert(
                    settingsText, scoring::settingsFromJson(
                                      QJsonDocument::fromJson(settingsText.toUtf8()).object()));
            in.settings = *it;
        }
        in.ceilingMinor = tenders.value(1).toLongLong();
        in.criteria.append({0, QStringLiteral("price"), QString(), tenders.value(3).toInt()});
        const int submittedSheets = tenders.value(4).toInt();

        while (lotsLeft && lots.value(0).toLongLong() < id)
            lotsLeft = lots.next();
        for (; lotsLeft && lots.value(0).toLongLong() == id; lotsLeft = lots.next())
            in.lots.append({lots.value(1).toLongLong(), lots.value(2).toLongLong()});

        QList<Stored> stored;
        QHash<qint64, qsizetype> bidIndex;
        while (bidsLeft && bids.value(0).toLongLong() < id)
            bidsLeft = bids.next();
        for (; bidsLeft && bids.value(0).toLongLong() == id; bidsLeft = bids.next()) {
            scoring::BidInput b;
            b.id = bids.value(1).toLongLong();
            b.lotId = bids.value(2).toLongLong();
            b.priceMinor = bids.value(3).toLongLong();
            b.receivedAt = storedUtc(bids.value(4));
            b.compliant = bids.value(5).toString() == QLatin1String("valid");
            if (!bids.value(6).isNull())
                b.recordedTechnicalPoints = bids.value(6).toLongLong() / 100.0;
            if (!bids.value(7).isNull())
                b.costWithoutVoucherMinor = bids.value(7).toLongLong();
            if (!bids.value(8).isNull())
                b.costWithVoucherMinor = bids.value(8).toLongLong();
            b.sme = bids.value(9).toInt() != 0;
            b.lowPriceDecision = decisionOf(bids.value(14));
            const qint64 units = bids.value(15).toLongLong();
            const qint64 total = units / 1000000, domestic = units % 1000000;
            b.domestic =
                total > 0 &&
                domestic * 100 >= qint64(in.settings.domesticQualifyingSharePercent) * total;
            bidIndex.insert(b.id, in.bids.size());
            in.bids.append(b);
            stored.append({bids.value(10), bids.value(11), bids.value(12),
                           bids.value(13).toString(), QString()});
        }

        // The submitted sheets, when the whole panel is in: criteria in the order met.
        while (sheetsLeft && sheets.value(0).toLongLong() < id)
            sheetsLeft = sheets.next();
        QHash<QString, qsizetype> criterionIndex;
        QHash<qint64, qsizetype> evaluatorIndex;
        for (; sheetsLeft && sheets.value(0).toLongLong() == id; sheetsLeft = sheets.next()) {
            const QString code = sheets.value(2).toString();
            auto c = criterionIndex.find(code);
            if (c == criterionIndex.end()) {
                c = criterionIndex.insert(code, in.criteria.size());
                in.criteria.append({0, code, QString(), sheets.value(3).toInt()});
            }
            auto v = evaluatorIndex.find(sheets.value(4).toLongLong());
            if (v == evaluatorIndex.end())
                v = evaluatorIndex.insert(sheets.value(4).toLongLong(), evaluatorIndex.size());
            const auto b = bidIndex.constFind(sheets.value(1).toLongLong());
            if (b == bidIndex.constEnd())
                continue;
            scoring::BidInput& bid = in.bids[*b];
            bid.sheetPoints.resize(in.criteria.size());
            QList<double>& points = bid.sheetPoints[*c];
            points.resize(submittedSheets, std::nan(""));
            if (*v < points.size())
                points[*v] = sheets.value(5).toLongLong() / 100.0;
        }
        for (scoring::BidInput& b : in.bids)
            for (QList<double>& points : b.sheetPoints)
                for (double p : std::as_const(points))
                    if (std::isnan(p)) {
                        points.clear();
                        break;
                    }

        QList<std::pair<qint64, qint64>> awarded;
        while (awardsLeft && awards.value(0).toLongLong() < id)
            awardsLeft = awards.next();
        for (; awardsLeft && awards.value(0).toLongLong() == id; awardsLeft = awards.next()) {
            const qint64 bidId = awards.value(2).toLongLong();
            awarded.append({awards.value(1).toLongLong(), bidId});
            if (const auto b = bidIndex.constFind(bidId); b != bidIndex.constEnd())
                stored[*b].awardVerdict = awards.value(3).toString();
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
