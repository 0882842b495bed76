#include "tenderwriter.h"

#include "domain/error.h"
#include "sql.h"

#include <QCoreApplication>

namespace td {

namespace {

// The values of a tender's own columns, in the order both statements name them: reference
// through origin.
QVariantList tenderColumns(const Tender& t)
{
    const Workload& w = t.workload;
    return {t.reference,
            t.title,
            t.buyerId,
            codeOf(t.category),
            codeOf(t.method),
            t.description,
            t.budgetCeiling.minorUnits(),
            t.budgetCeiling.currency(),
            t.timeZone,
            sql::fromDateTime(t.publishedAt),
            sql::fromDateTime(t.clarificationDeadline),
            sql::fromDateTime(t.bidDeadline),
            sql::fromDateTime(t.openingAt),
            codeOf(t.status),
            t.hardwareRules.minimumDomesticSharePercent,
            w.contractedTokensPerYear,
            w.concurrentUsers,
            w.peakConcurrentRequests,
            w.sloTimeToFirstTokenMs,
            w.sloTimePerOutputTokenMs,
            w.sloAvailabilityPercent,
            t.benchmarkSuite,
            codeOf(t.purchaseKind),
            codeOf(t.origin)};
}

} // namespace

TenderWriter::TenderWriter(QSqlDatabase db, const Dialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_tender(sql::prepare(
          m_db, QStringLiteral(
                    "INSERT INTO tenders (reference, title, buyer_id, category, "
                    "procurement_method, description, budget_minor, currency, time_zone, "
                    "published_at, clarification_deadline, bid_deadline, opening_at, status, "
                    "min_domestic_share_percent, tokens_per_year, concurrent_users, "
                    "peak_concurrent_requests, slo_ttft_ms, slo_tpot_ms, "
                    "slo_availability_percent, benchmark_suite, purchase_kind, origin, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_excluded(sql::prepare(m_db, QStringLiteral("INSERT INTO tender_excluded_accelerators "
                                                   "(tender_id, accelerator_model) VALUES (?, ?)")))
    , m_bidDocument(sql::prepare(m_db, QStringLiteral("INSERT INTO tender_bid_documents "
                                                      "(tender_id, position, kind, title, "
                                                      "mandatory) VALUES (?, ?, ?, ?, ?)")))
    , m_lot(sql::prepare(m_db, QStringLiteral("INSERT INTO lots (tender_id, number, title, "
                                              "budget_minor, currency) VALUES (?, ?, ?, ?, ?) "
                                              "RETURNING id")))
    , m_criterion(sql::prepare(m_db, QStringLiteral("INSERT INTO criteria (tender_id, position, "
                                                    "code, name, weight) VALUES (?, ?, ?, ?, ?) "
                                                    "RETURNING id")))
    , m_clarification(sql::prepare(
          m_db, QStringLiteral("INSERT INTO clarifications (tender_id, asked_at, asker_id, "
                               "question, answer, answered_at) VALUES (?, ?, ?, ?, ?, ?) "
                               "RETURNING id")))
    , m_search(sql::prepare(m_db, dialect.insertTenderSearch()))
    , m_bid(sql::prepare(m_db, QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, "
                                              "submitted_at, total_price_minor, currency, "
                                              "model_offered, status, delivers_hardware) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_priceItem(sql::prepare(m_db, QStringLiteral("INSERT INTO bid_price_items (bid_id, "
                                                    "position, label, amount_minor, kind) VALUES "
                                                    "(?, ?, ?, ?, ?)")))
    , m_hardware(sql::prepare(m_db, QStringLiteral("INSERT INTO bid_hardware_lines (bid_id, "
                                                   "accelerator_model, unit_count) VALUES (?, ?, "
                                                   "?)")))
    , m_award(sql::prepare(m_db, QStringLiteral("INSERT INTO awards (tender_id, lot_id, bid_id, "
                                                "vendor_id, amount_minor, currency, status, "
                                                "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                                "RETURNING id")))
{}

void TenderWriter::insertBidDocuments(const Tender& t)
{
    for (qsizetype i = 0; i < t.bidDocuments.size(); ++i) {
        const BidDocumentRequirement& d = t.bidDocuments.at(i);
        sql::exec(
            bind(m_bidDocument, {t.id, int(i + 1), codeOf(d.kind), d.title, d.mandatory ? 1 : 0}));
    }
}

QSqlQuery& TenderWriter::bind(QSqlQuery& query, const QVariantList& values)
{
    return sql::bind(query, values);
}

qint64 TenderWriter::execReturningId(QSqlQuery& query)
{
    sql::exec(query);
    if (!query.next())
        throw Error(QCoreApplication::translate("Store", "The database did not return the id of "
                                                         "a new row."));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

qint64 TenderWriter::resolveLot(const Tender& tender, qint64 lotId) const
{
    if (lotId > 0)
        return lotId;
    const qsizetype index = lotId < 0 ? -lotId - 1 : 0;
    if (index >= tender.lots.size())
        throw Error(QCoreApplication::translate("Store", "A bid names lot %1, but tender %2 has "
                                                         "%3 lots.")
                        .arg(index + 1)
                        .arg(tender.reference)
                        .arg(tender.lots.size()));
    return tender.lots.at(index).id;
}

void TenderWriter::insert(Tender& t)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    t.id = execReturningId(bind(m_tender, tenderColumns(t) << now << now));
    for (const QString& model : t.hardwareRules.excludedModels)
        sql::exec(bind(m_excluded, {t.id, model}));
    insertBidDocuments(t);
    for (Lot& lot : t.lots)
        lot.id = execReturningId(bind(
            m_lot, {t.id, lot.number, lot.title, lot.budget.minorUnits(), lot.budget.currency()}));
    for (qsizetype i = 0; i < t.criteria.size(); ++i) {
        Criterion& c = t.criteria[i];
        c.id = execReturningId(bind(m_criterion, {t.id, int(i + 1), c.code, c.name, c.weight}));
    }
    for (Clarification& c : t.clarifications)
        c.id = execReturningId(bind(
            m_clarification,
            {t.id, sql::fromDateTime(c.askedAt),
             c.askerId ? QVariant(c.askerId) : QVariant(QMetaType::fromType<qint64>()), c.question,
             c.answer.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : c.answer,
             sql::fromDateTime(c.answeredAt)}));
    sql::exec(bind(m_search,
                   {t.id, m_dialect.searchDocument(t.title + QLatin1Char(' ') + t.description)}));
    for (Bid& bid : t.bids) {
        bid.tenderId = t.id;
        bid.lotId = resolveLot(t, bid.lotId);
        insertBid(bid);
    }
    for (Award& award : t.awards) {
        award.tenderId = t.id;
        award.lotId = resolveLot(t, award.lotId);
        if (award.bidId <= 0) {
            const qsizetype index = -award.bidId - 1;
            if (award.bidId == 0 || index >= t.bids.size())
                throw Error(QCoreApplication::translate("Store", "An award of tender %1 names "
                                                                 "no bid.")
                                .arg(t.reference));
            award.bidId = t.bids.at(index).id;
        }
        insertAward(award);
    }
}

void TenderWriter::update(const Tender& before, Tender& t)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Store", text);
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QSqlQuery updated = sql::run(
        m_db,
        QStringLiteral("UPDATE tenders SET reference = ?, title = ?, buyer_id = ?, "
                       "category = ?, procurement_method = ?, description = ?, "
                       "budget_minor = ?, currency = ?, time_zone = ?, published_at = ?, "
                       "clarification_deadline = ?, bid_deadline = ?, opening_at = ?, "
                       "status = ?, min_domestic_share_percent = ?, tokens_per_year = ?, "
                       "concurrent_users = ?, peak_concurrent_requests = ?, slo_ttft_ms = ?, "
                       "slo_tpot_ms = ?, slo_availability_percent = ?, benchmark_suite = ?, "
                       "purchase_kind = ?, origin = ?, updated_at = ? WHERE id = ? AND status = ?"),
        tenderColumns(t) << now << t.id << codeOf(before.status));
    // The status in the WHERE keeps a desk from writing over a move another desk just made.
    if (updated.numRowsAffected() != 1)
        throw Error(tr("Tender %1 changed meanwhile; nothing was written.").arg(t.reference));

    sql::run(m_db, QStringLiteral("DELETE FROM tender_excluded_accelerators WHERE tender_id = ?"),
             {t.id});
    for (const QString& model : t.hardwareRules.excludedModels)
        sql::exec(bind(m_excluded, {t.id, model}));
    sql::run(m_db, QStringLiteral("DELETE FROM tender_bid_documents WHERE tender_id = ?"), {t.id});
    insertBidDocuments(t);

    // Lots: bids point at them, so they keep their ids. Numbers are unique per tender, so the
    // kept lots first move out of the way of the numbers they are about to take.
    QList<qint64> kept;
    for (const Lot& lot : t.lots)
        if (lot.id > 0)
            kept.append(lot.id);
    for (const Lot& old : before.lots) {
        if (kept.contains(old.id))
            continue;
        const int bids =
            sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM bids WHERE lot_id = ?"),
                        {old.id})
                .toInt();
        if (bids > 0)
            throw Error(
                tr("Lot %1 (%2) has bids and cannot be removed.").arg(old.number).arg(old.title));
        sql::run(m_db, QStringLiteral("DELETE FROM lots WHERE id = ?"), {old.id});
    }
    sql::run(m_db, QStringLiteral("UPDATE lots SET number = -number WHERE tender_id = ?"), {t.id});
    for (Lot& lot : t.lots) {
        if (lot.id > 0)
            sql::run(m_db,
                     QStringLiteral("UPDATE lots SET number = ?, title = ?, budget_minor = ?, "
                                    "currency = ? WHERE id = ? AND tender_id = ?"),
                     {lot.number, lot.title, lot.budget.minorUnits(), lot.budget.currency(), lot.id,
                      t.id});
        else
            lot.id = execReturningId(bind(m_lot, {t.id, lot.number, lot.title,
                                                  lot.budget.minorUnits(), lot.budget.currency()}));
    }

    const int scores = sql::scalar(m_db,
                                   QStringLiteral("SELECT count(*) FROM scores s JOIN criteria c "
                                                  "ON c.id = s.criterion_id WHERE c.tender_id = ?"),
                                   {t.id})
                           .toInt();
    if (scores > 0)
        throw Error(tr("The evaluation criteria of tender %1 have been scored and cannot change.")
                        .arg(t.reference));
    sql::run(m_db, QStringLiteral("DELETE FROM criteria WHERE tender_id = ?"), {t.id});
    for (qsizetype i = 0; i < t.criteria.size(); ++i) {
        Criterion& c = t.criteria[i];
        c.id = execReturningId(bind(m_criterion, {t.id, int(i + 1), c.code, c.name, c.weight}));
    }

    const QString oldText = before.title + QLatin1Char(' ') + before.description;
    const QString newText = t.title + QLatin1Char(' ') + t.description;
    if (oldText != newText) {
        sql::run(m_db, m_dialect.deleteTenderSearch(), {t.id, m_dialect.searchDocument(oldText)});
        sql::exec(bind(m_search, {t.id, m_dialect.searchDocument(newText)}));
    }
}

void TenderWriter::insertBid(Bid& b)
{
    b.id = execReturningId(
        bind(m_bid, {b.tenderId, b.lotId, b.vendorId, sql::fromDateTime(b.submittedAt),
                     b.totalPrice.minorUnits(), b.totalPrice.currency(), b.modelOffered,
                     codeOf(b.status), int(b.deliversHardware)}));
    for (qsizetype i = 0; i < b.breakdown.size(); ++i) {
        const PriceItem& item = b.breakdown.at(i);
        sql::exec(bind(m_priceItem, {b.id, int(i + 1), item.label, item.amount.minorUnits(),
                                     codeOf(item.kind)}));
    }
    for (const HardwareLine& line : b.hardware)
        sql::exec(bind(m_hardware, {b.id, line.acceleratorModel, line.count}));
}

void TenderWriter::insertAward(Award& a)
{
    a.id = execReturningId(
        bind(m_award, {a.tenderId, a.lotId, a.bidId, a.vendorId, a.amount.minorUnits(),
                       a.amount.currency(), codeOf(a.status), sql::fromDateTime(a.decidedAt)}));
}

} // namespace td
