#include "ocdsexportpage.h"

#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/tenderrows.h"

#include <QSqlQuery>

namespace td {

OcdsExportPageReader::OcdsExportPageReader(QSqlDatabase db, const QDateTime& publishedFrom,
                                           const QDateTime& publishedBefore, int pageSize)
    : m_db(std::move(db))
    , m_from(publishedFrom)
    , m_before(publishedBefore)
    , m_pageSize(qMax(1, pageSize))
{}

// Times are stored as ISO 8601 UTC text, which sorts as the times do.
QString OcdsExportPageReader::where() const
{
    QString where;
    if (m_from.isValid())
        where += QStringLiteral(" AND t.published_at >= ?");
    if (m_before.isValid())
        where += QStringLiteral(" AND t.published_at < ?");
    return where;
}

QVariantList OcdsExportPageReader::whereValues() const
{
    QVariantList values;
    if (m_from.isValid())
        values.append(sql::fromDateTime(m_from));
    if (m_before.isValid())
        values.append(sql::fromDateTime(m_before));
    return values;
}

qint64 OcdsExportPageReader::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tenders t WHERE 1 = 1") + where(),
                       whereValues())
        .toLongLong();
}

OcdsExportPage OcdsExportPageReader::next()
{
    OcdsExportPage page;
    m_index.clear();
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + tenderrows::tenderColumns() +
                               QStringLiteral(" FROM tenders t JOIN organizations o ON o.id = "
                                              "t.buyer_id WHERE t.id > ?") +
                               where() + QStringLiteral(" ORDER BY t.id LIMIT %1").arg(m_pageSize),
                           QVariantList{m_after} + whereValues());
    while (q.next()) {
        m_index.insert(q.value(0).toLongLong(), page.tenders.size());
        page.tenders.append(tenderrows::tender(q));
    }
    if (page.tenders.isEmpty())
        return page;
    const qint64 first = page.tenders.constFirst().id;
    const qint64 last = page.tenders.constLast().id;
    m_after = last;
    readLots(page, first, last);
    readCriteria(page, first, last);
    readExcluded(page, first, last);
    readClarifications(page, first, last);
    readBids(page, first, last);
    readAwards(page, first, last);
    readKeys(page, first, last);
    for (const Organization& o : OrganizationRepository(m_db).ofTenders(first, last))
        page.organizations.insert(o.id, o);
    return page;
}

Tender* OcdsExportPageReader::tender(OcdsExportPage& page, qint64 id) const
{
    const auto found = m_index.constFind(id);
    return found == m_index.constEnd() ? nullptr : &page.tenders[*found];
}

void OcdsExportPageReader::readLots(OcdsExportPage& page, qint64 first, qint64 last)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT tender_id, id, number, title, budget_minor, "
                                          "currency FROM lots WHERE tender_id BETWEEN ? AND ? "
                                          "ORDER BY tender_id, number"),
                           {first, last});
    while (q.next())
        if (Tender* t = tender(page, q.value(0).toLongLong()))
            t->lots.append(Lot{q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString(),
                               Money(q.value(4).toLongLong(), q.value(5).toString())});
}

void OcdsExportPageReader::readCriteria(OcdsExportPage& page, qint64 first, qint64 last)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT tender_id, id, code, name, weight FROM criteria "
                                          "WHERE tender_id BETWEEN ? AND ? ORDER BY tender_id, "
                                          "position"),
                           {first, last});
    while (q.next())
        if (Tender* t = tender(page, q.value(0).toLongLong()))
            t->criteria.append(Criterion{q.value(1).toLongLong(), q.value(2).toString(),
                                         q.value(3).toString(), q.value(4).toInt()});
}

void OcdsExportPageReader::readExcluded(OcdsExportPage& page, qint64 first, qint64 last)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT tender_id, accelerator_model FROM "
                                          "tender_excluded_accelerators WHERE tender_id BETWEEN ? "
                                          "AND ? ORDER BY tender_id, accelerator_model"),
                           {first, last});
    while (q.next())
        if (Tender* t = tender(page, q.value(0).toLongLong()))
            t->hardwareRules.excludedModels.append(q.value(1).toString());
}

void OcdsExportPageReader::readClarifications(OcdsExportPage& page, qint64 first, qint64 last)
{
    // In the order asked, as the tender reader gives them: releases number them so.
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT tender_id, id, asked_at, asker_id, question, "
                                          "answer, answered_at FROM clarifications WHERE "
                                          "tender_id BETWEEN ? AND ? ORDER BY tender_id, "
                                          "asked_at, id"),
                           {first, last});
    while (q.next())
        if (Tender* t = tender(page, q.value(0).toLongLong()))
            t->clarifications.append(Clarification{
                q.value(1).toLongLong(), sql::toDateTime(q.value(2)), q.value(3).toLongLong(),
                q.value(4).toString(), q.value(5).toString(), sql::toDateTime(q.value(6))});
}

void OcdsExportPageReader::readBids(OcdsExportPage& page, qint64 first, qint64 last)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + tenderrows::bidColumns() +
                               QStringLiteral(", b.submission_id FROM bids b JOIN organizations "
                                              "o ON o.id = b.vendor_id WHERE b.tender_id "
                                              "BETWEEN ? AND ? ORDER BY b.tender_id, b.id"),
                           {first, last});
    while (q.next()) {
        Tender* t = tender(page, q.value(1).toLongLong());
        if (!t)
            continue;
        const Bid b = tenderrows::bid(q);
        if (const QVariant submission = q.value(tenderrows::bidColumnCount); !submission.isNull())
            page.submissionOfBid.insert(b.id, submission.toLongLong());
        t->bids.append(b);
    }
}

void OcdsExportPageReader::readAwards(OcdsExportPage& page, qint64 first, qint64 last)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + tenderrows::awardColumns() +
                               QStringLiteral(" FROM awards a WHERE a.tender_id BETWEEN ? AND ? "
                                              "ORDER BY a.tender_id, a.lot_id, a.id"),
                           {first, last});
    while (q.next())
        if (Tender* t = tender(page, q.value(1).toLongLong()))
            t->awards.append(tenderrows::award(q));
}

void OcdsExportPageReader::readKeys(OcdsExportPage& page, qint64 first, qint64 last)
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT tender_id, fingerprint FROM tender_sealing_keys "
                                          "WHERE tender_id BETWEEN ? AND ?"),
                           {first, last});
    while (q.next())
        if (tender(page, q.value(0).toLongLong()))
            page.sealingKeyOfTender.insert(q.value(0).toLongLong(), q.value(1).toString());
}

} // namespace td
