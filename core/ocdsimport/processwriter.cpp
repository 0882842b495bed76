#include "processwriter.h"

#include "domain/error.h"
#include "store/dialect.h"
#include "store/sql.h"

#include <QCryptographicHash>

namespace td::ocds {

namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullNumber()
{
    return QVariant(QMetaType::fromType<qint64>());
}

std::optional<ProcurementMethod> methodOf(const QString& ocds)
{
    if (ocds == QLatin1String("open"))
        return ProcurementMethod::OpenTender;
    if (ocds == QLatin1String("selective"))
        return ProcurementMethod::InvitedTender;
    if (ocds == QLatin1String("limited"))
        return ProcurementMethod::CompetitiveNegotiation;
    if (ocds == QLatin1String("direct"))
        return ProcurementMethod::SingleSource;
    return std::nullopt;
}

std::optional<BidStatus> bidStatusOf(const QString& ocds)
{
    if (ocds.isEmpty() || ocds == QLatin1String("pending") || ocds == QLatin1String("invited"))
        return BidStatus::Pending;
    if (ocds == QLatin1String("valid"))
        return BidStatus::Valid;
    if (ocds == QLatin1String("disqualified"))
        return BidStatus::Disqualified;
    if (ocds == QLatin1String("withdrawn"))
        return BidStatus::Withdrawn;
    return std::nullopt;
}

std::optional<AwardStatus> awardStatusOf(const QString& ocds)
{
    if (ocds.isEmpty() || ocds == QLatin1String("pending"))
        return AwardStatus::Pending;
    if (ocds == QLatin1String("active"))
        return AwardStatus::Active;
    if (ocds == QLatin1String("cancelled"))
        return AwardStatus::Cancelled;
    if (ocds == QLatin1String("unsuccessful"))
        return AwardStatus::Unsuccessful;
    return std::nullopt;
}

// What an organisation is known by across files: its identifier when it has one, else its name.
QString identityKey(const PublishedOrganization& o, const QString& name)
{
    if (o.hasIdentifier())
        return QStringLiteral("id:") + o.scheme + QLatin1Char('\n') + o.identifier;
    return QStringLiteral("name:") + name;
}

// Imported organisations have no unified social credit code: the column (unique, 18
// characters) gets a stand-in derived from the identity, which starts with "OCDS" and so can
// never be taken for a real code (those have no O, S or lowercase... nor pass the check digit).
QString standInCode(const QString& key)
{
    return QStringLiteral("OCDS") +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().toUpper())
               .left(14);
}

QString ocdsId(const QString& id, qsizetype index)
{
    return id.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : id;
}

} // namespace

ProcessWriter::ProcessWriter(QSqlDatabase db, const Dialect& dialect, qint64 importId,
                             ImportSummary& summary)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_importId(importId)
    , m_summary(summary)
    , m_findTender(sql::prepare(m_db, QStringLiteral("SELECT id, origin, ocds_release_date FROM "
                                                     "tenders WHERE reference = ?")))
    , m_insertTender(sql::prepare(
          m_db, QStringLiteral("INSERT INTO tenders (reference, title, buyer_id, category, "
                               "procurement_method, description, budget_minor, currency, "
                               "time_zone, published_at, bid_deadline, status, purchase_kind, "
                               "origin, ocds_release_id, ocds_release_date, ocds_publisher, "
                               "ocds_import_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                               "?, ?, 'UTC', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_findOrgByIdentifier(sql::prepare(
          m_db, QStringLiteral("SELECT id FROM organizations WHERE ocds_scheme = ? AND "
                               "ocds_identifier = ? ORDER BY id LIMIT 1")))
    , m_findOrgByName(sql::prepare(
          m_db, QStringLiteral("SELECT id FROM organizations WHERE name = ? ORDER BY id LIMIT 1")))
    , m_insertOrg(sql::prepare(
          m_db, QStringLiteral("INSERT INTO organizations (name, short_name, uscc, kind, "
                               "ocds_scheme, ocds_identifier) VALUES (?, ?, ?, ?, ?, ?) "
                               "RETURNING id")))
    , m_findLot(sql::prepare(
          m_db, QStringLiteral("SELECT id FROM lots WHERE tender_id = ? AND ocds_id = ?")))
    , m_firstLot(sql::prepare(m_db, QStringLiteral("SELECT id FROM lots WHERE tender_id = ? "
                                                   "ORDER BY number LIMIT 1")))
    , m_insertLot(sql::prepare(
          m_db, QStringLiteral("INSERT INTO lots (tender_id, number, title, budget_minor, "
                               "currency, ocds_id) VALUES (?, (SELECT COALESCE(MAX(number), 0) "
                               "+ 1 FROM lots WHERE tender_id = ?), ?, ?, ?, ?) RETURNING id")))
    , m_findBid(sql::prepare(
          m_db, QStringLiteral("SELECT id FROM bids WHERE tender_id = ? AND ocds_id = ?")))
    , m_insertBid(sql::prepare(
          m_db, QStringLiteral("INSERT INTO bids (tender_id, lot_id, vendor_id, submitted_at, "
                               "total_price_minor, currency, status, ocds_id) VALUES (?, ?, ?, "
                               "?, ?, ?, ?, ?) RETURNING id")))
    , m_updateBid(sql::prepare(
          m_db, QStringLiteral("UPDATE bids SET lot_id = ?, vendor_id = ?, submitted_at = ?, "
                               "total_price_minor = ?, currency = ?, status = ? WHERE id = ?")))
    , m_findAward(sql::prepare(
          m_db, QStringLiteral("SELECT id FROM awards WHERE tender_id = ? AND ocds_id = ?")))
    , m_insertAward(sql::prepare(
          m_db, QStringLiteral("INSERT INTO awards (tender_id, lot_id, bid_id, vendor_id, "
                               "amount_minor, currency, status, decided_at, ocds_id) VALUES (?, "
                               "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
    , m_updateAward(sql::prepare(
          m_db, QStringLiteral("UPDATE awards SET lot_id = ?, bid_id = ?, vendor_id = ?, "
                               "amount_minor = ?, currency = ?, status = ?, decided_at = ? "
                               "WHERE id = ?")))
    , m_insertSearch(sql::prepare(m_db, dialect.insertTenderSearch()))
{}

void ProcessWriter::warn(const PublishedRelease& r, qint64 line, const QString& field,
                         const char* code, const QString& message)
{
    m_summary.warnings.append(
        ImportWarning{r.file, line > 0 ? line : r.line, field, QString::fromLatin1(code), message});
}

qint64 ProcessWriter::idOf(QSqlQuery& query, const QVariantList& values)
{
    sql::bind(query, values);
    sql::exec(query);
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

qint64 ProcessWriter::insertReturningId(QSqlQuery& query, const QVariantList& values)
{
    const qint64 id = idOf(query, values);
    if (id == 0)
        throw Error(tr("The database did not return the id of a new row."));
    return id;
}

qint64 ProcessWriter::organization(const PublishedRelease& r, const PublishedOrganization& o,
                                   OrganizationKind kind, const QString& field)
{
    QString name = o.name;
    if (name.isEmpty()) {
        name = o.hasIdentifier() ? o.scheme + QLatin1Char('-') + o.identifier
                                 : tr("Unnamed organisation %1 of %2").arg(o.partyId, r.ocid);
        warn(r, o.line, field, "noOrganizationName",
             tr("The organisation has no name; it is recorded as '%1'.").arg(name));
    }
    const QString key = identityKey(o, name);
    const auto cached = m_organizations.constFind(key);
    if (cached != m_organizations.cend())
        return *cached;
    qint64 id = o.hasIdentifier() ? idOf(m_findOrgByIdentifier, {o.scheme, o.identifier})
                                  : idOf(m_findOrgByName, {name});
    if (id != 0) {
        ++m_summary.organizationsMatched;
    } else {
        id = insertReturningId(m_insertOrg,
                               {name, name.left(40), standInCode(key), codeOf(kind),
                                o.hasIdentifier() ? QVariant(o.scheme) : nullText(),
                                o.hasIdentifier() ? QVariant(o.identifier) : nullText()});
        ++m_summary.organizationsCreated;
    }
    m_organizations.insert(key, id);
    return id;
}

qint64 ProcessWriter::buyer(const PublishedRelease& r)
{
    if (r.buyer)
        return organization(r, *r.buyer, OrganizationKind::LocalSoe, QStringLiteral("buyer"));
    warn(r, r.line, QStringLiteral("buyer"), "noBuyer",
         tr("The process names no buyer; it is recorded under 'Unknown buyer'."));
    PublishedOrganization unknown;
    unknown.name = tr("Unknown buyer");
    unknown.line = r.line;
    return organization(r, unknown, OrganizationKind::LocalSoe, QStringLiteral("buyer"));
}

std::optional<TenderStatus> ProcessWriter::status(const PublishedRelease& r, bool creating)
{
    const bool awarded = std::any_of(r.awards.cbegin(), r.awards.cend(), [](const auto& a) {
        return a.status == QLatin1String("active");
    });
    const QString s = r.status.value_or(QString());
    if (s == QLatin1String("planning") || s == QLatin1String("planned"))
        return TenderStatus::Published;
    if (s == QLatin1String("active"))
        return awarded ? TenderStatus::Awarded : TenderStatus::Tendering;
    if (s == QLatin1String("complete"))
        return TenderStatus::Complete;
    if (s == QLatin1String("cancelled") || s == QLatin1String("withdrawn"))
        return TenderStatus::Cancelled;
    if (s == QLatin1String("unsuccessful"))
        return TenderStatus::Unsuccessful;
    if (!s.isEmpty())
        warn(r, r.line, QStringLiteral("tender/status"), "unknownStatus",
             tr("'%1' is not an OCDS tender status; the status is worked out from the awards.")
                 .arg(s));
    if (awarded)
        return TenderStatus::Awarded;
    return creating ? std::optional(TenderStatus::Published) : std::nullopt;
}

ProcessWriter::StoredTender ProcessWriter::create(const PublishedRelease& r)
{
    StoredTender t;
    t.title = r.title.value_or(QString()).trimmed();
    if (t.title.isEmpty())
        t.title = r.ocid;
    t.description = r.description.value_or(QString());
    t.budget = r.value.value_or(Money(0, QStringLiteral("XXX")));
    const TenderCategory category =
        parseCode<TenderCategory>(r.tenderDeskCategory.value_or(QString()))
            .value_or(TenderCategory::KnowledgeAssistant);
    ProcurementMethod method = ProcurementMethod::OpenTender;
    if (r.procurementMethod && !r.procurementMethod->isEmpty()) {
        if (const auto m = methodOf(*r.procurementMethod))
            method = *m;
        else
            warn(r, r.line, QStringLiteral("tender/procurementMethod"), "unknownMethod",
                 tr("'%1' is not an OCDS procurement method; read as open.")
                     .arg(*r.procurementMethod));
    }
    const PurchaseKind kind =
        r.mainCategory == QLatin1String("goods") ? PurchaseKind::Goods : PurchaseKind::Services;
    const QDateTime published = r.tenderStart.value_or(r.hasTender ? r.date : QDateTime());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    t.id = insertReturningId(
        m_insertTender, {r.ocid, t.title, buyer(r), codeOf(category), codeOf(method), t.description,
                         t.budget.minorUnits(), t.budget.currency(), sql::fromDateTime(published),
                         sql::fromDateTime(r.tenderEnd.value_or(QDateTime())),
                         codeOf(*status(r, true)), codeOf(kind), codeOf(TenderOrigin::OpenData),
                         r.id, sql::fromDateTime(r.date), r.publisher, m_importId, now, now});
    sql::exec(sql::bind(m_insertSearch, {t.id, m_dialect.searchDocument(t.title + QLatin1Char(' ') +
                                                                        t.description)}));
    return t;
}

ProcessWriter::StoredTender ProcessWriter::update(const PublishedRelease& r, qint64 id)
{
    QSqlQuery stored = sql::run(m_db,
                                QStringLiteral("SELECT title, description, budget_minor, "
                                               "currency FROM tenders WHERE id = ?"),
                                {id});
    stored.next();
    StoredTender before{id, stored.value(0).toString(), stored.value(1).toString(),
                        Money(stored.value(2).toLongLong(), stored.value(3).toString())};
    StoredTender t = before;
    QStringList sets = {QStringLiteral("ocds_release_id = ?"),
                        QStringLiteral("ocds_release_date = ?"),
                        QStringLiteral("ocds_import_id = ?"), QStringLiteral("updated_at = ?")};
    QVariantList values = {r.id, sql::fromDateTime(r.date), m_importId,
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    const auto set = [&](const char* column, const QVariant& value) {
        sets.append(QLatin1String(column) + QStringLiteral(" = ?"));
        values.append(value);
    };
    if (!r.publisher.isEmpty())
        set("ocds_publisher", r.publisher);
    if (r.title && !r.title->trimmed().isEmpty()) {
        t.title = r.title->trimmed();
        set("title", t.title);
    }
    if (r.description) {
        t.description = *r.description;
        set("description", t.description);
    }
    if (r.buyer)
        set("buyer_id", buyer(r));
    if (r.value) {
        t.budget = *r.value;
        set("budget_minor", t.budget.minorUnits());
        set("currency", t.budget.currency());
    }
    if (r.procurementMethod)
        if (const auto m = methodOf(*r.procurementMethod))
            set("procurement_method", codeOf(*m));
    if (r.mainCategory)
        set("purchase_kind",
            codeOf(*r.mainCategory == QLatin1String("goods") ? PurchaseKind::Goods
                                                             : PurchaseKind::Services));
    if (r.tenderStart)
        set("published_at", sql::fromDateTime(*r.tenderStart));
    if (r.tenderEnd)
        set("bid_deadline", sql::fromDateTime(*r.tenderEnd));
    if (const auto s = status(r, false))
        set("status", codeOf(*s));
    values.append(id);
    sql::run(
        m_db,
        QStringLiteral("UPDATE tenders SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
        values);
    const QString oldText = before.title + QLatin1Char(' ') + before.description;
    const QString newText = t.title + QLatin1Char(' ') + t.description;
    if (oldText != newText) {
        sql::run(m_db, m_dialect.deleteTenderSearch(), {id, m_dialect.searchDocument(oldText)});
        sql::exec(sql::bind(m_insertSearch, {id, m_dialect.searchDocument(newText)}));
    }
    return t;
}

void ProcessWriter::write(const PublishedRelease& r)
{
    if (r.ocid.trimmed().isEmpty()) {
        warn(r, r.line, QStringLiteral("ocid"), "noOcid",
             tr("The release has an empty ocid; it is skipped."));
        return;
    }
    sql::bind(m_findTender, {r.ocid});
    sql::exec(m_findTender);
    StoredTender t;
    m_lots.clear();
    m_fresh = false;
    if (m_findTender.next()) {
        const qint64 id = m_findTender.value(0).toLongLong();
        const QString origin = m_findTender.value(1).toString();
        const QDateTime storedDate = sql::toDateTime(m_findTender.value(2));
        m_findTender.finish();
        if (origin != codeOf(TenderOrigin::OpenData)) {
            warn(r, r.line, QStringLiteral("ocid"), "ownTender",
                 tr("A tender of this desk has the reference %1; the release is skipped.")
                     .arg(r.ocid));
            return;
        }
        if (storedDate.isValid() && r.date.isValid() && r.date < storedDate) {
            warn(r, r.line, QStringLiteral("date"), "olderRelease",
                 tr("Release %1 of %2 (%3) is older than the one already imported (%4); it is "
                    "skipped.")
                     .arg(r.id, r.ocid, r.date.toString(Qt::ISODate),
                          storedDate.toString(Qt::ISODate)));
            return;
        }
        t = update(r, id);
        if (!m_createdTenders.contains(id) && !m_updatedTenders.contains(id)) {
            m_updatedTenders.insert(id);
            ++m_summary.tendersUpdated;
        }
    } else {
        m_findTender.finish();
        t = create(r);
        m_fresh = true;
        m_createdTenders.insert(t.id);
        ++m_summary.tendersCreated;
    }
    writeLots(r, t);
    const QHash<QString, WrittenBid> bids = writeBids(r, t);
    writeAwards(r, t, bids);
}

void ProcessWriter::writeLots(const PublishedRelease& r, const StoredTender& t)
{
    for (qsizetype i = 0; i < r.lots.size(); ++i) {
        const PublishedLot& lot = r.lots.at(i);
        const QString id = ocdsId(lot.id, i);
        const Money budget = lot.value.value_or(Money(0, t.budget.currency()));
        const QString title = lot.title.isEmpty() ? t.title : lot.title;
        qint64 stored = m_fresh ? m_lots.value(id) : idOf(m_findLot, {t.id, id});
        if (stored != 0)
            sql::run(m_db,
                     QStringLiteral("UPDATE lots SET title = ?, budget_minor = ?, currency = ? "
                                    "WHERE id = ?"),
                     {title, budget.minorUnits(), budget.currency(), stored});
        else
            stored = insertReturningId(
                m_insertLot, {t.id, t.id, title, budget.minorUnits(), budget.currency(), id});
        m_lots.insert(id, stored);
        if (m_fresh && !m_lots.contains(QString()))
            m_lots.insert(QString(), stored); // a new tender's first lot
    }
}

qint64 ProcessWriter::lotFor(const StoredTender& t, const QString& ocdsLotId)
{
    if (!ocdsLotId.isEmpty()) {
        if (const qint64 id = m_lots.value(ocdsLotId))
            return id;
        if (!m_fresh)
            if (const qint64 id = idOf(m_findLot, {t.id, ocdsLotId}))
                return m_lots[ocdsLotId] = id;
    }
    if (const qint64 id = m_lots.value(QString()))
        return id;
    qint64 id = m_fresh ? 0 : idOf(m_firstLot, {t.id});
    // Processes without lots get one, the whole tender, for their bids and awards.
    if (id == 0)
        id = insertReturningId(m_insertLot, {t.id, t.id, t.title, t.budget.minorUnits(),
                                             t.budget.currency(), nullText()});
    return m_lots[QString()] = id;
}

QHash<QString, ProcessWriter::WrittenBid> ProcessWriter::writeBids(const PublishedRelease& r,
                                                                   const StoredTender& t)
{
    QHash<QString, WrittenBid> written;
    for (qsizetype i = 0; i < r.bids.size(); ++i) {
        const PublishedBid& b = r.bids.at(i);
        const QString field = QStringLiteral("bids/details/%1").arg(i);
        if (b.tenderers.isEmpty()) {
            warn(r, b.line, field + QStringLiteral("/tenderers"), "noTenderer",
                 tr("The bid names no tenderer; it is skipped."));
            continue;
        }
        if (!b.value) {
            warn(r, b.line, field + QStringLiteral("/value"), "noBidValue",
                 tr("The bid has no value; it is skipped."));
            continue;
        }
        if (b.tenderers.size() > 1)
            warn(r, b.line, field + QStringLiteral("/tenderers"), "jointBid",
                 tr("The bid names %1 tenderers; it is recorded under the first, %2.")
                     .arg(b.tenderers.size())
                     .arg(b.tenderers.constFirst().name));
        BidStatus status = BidStatus::Pending;
        if (const auto s = bidStatusOf(b.status))
            status = *s;
        else
            warn(r, b.line, field + QStringLiteral("/status"), "unknownBidStatus",
                 tr("'%1' is not an OCDS bid status; read as pending.").arg(b.status));
        const qint64 vendor =
            organization(r, b.tenderers.constFirst(), OrganizationKind::Integrator,
                         field + QStringLiteral("/tenderers"));
        const QString id = ocdsId(b.id, i);
        const qint64 lot = lotFor(t, b.relatedLot);
        const QVariantList values = {lot,
                                     vendor,
                                     sql::fromDateTime(b.date),
                                     b.value->minorUnits(),
                                     b.value->currency(),
                                     codeOf(status)};
        qint64 stored = m_fresh ? written.value(id).id : idOf(m_findBid, {t.id, id});
        if (stored != 0) {
            sql::exec(sql::bind(m_updateBid, QVariantList(values) << stored));
            ++m_summary.bidsUpdated;
        } else {
            stored = insertReturningId(m_insertBid, QVariantList{t.id} + values + QVariantList{id});
            ++m_summary.bidsCreated;
        }
        written.insert(id, WrittenBid{stored, lot});
    }
    return written;
}

void ProcessWriter::writeAwards(const PublishedRelease& r, const StoredTender& t,
                                const QHash<QString, WrittenBid>& bids)
{
    QHash<QString, qint64> writtenAwards; // a release may list one award twice
    for (qsizetype i = 0; i < r.awards.size(); ++i) {
        const PublishedAward& a = r.awards.at(i);
        const QString field = QStringLiteral("awards/%1").arg(i);
        AwardStatus status = AwardStatus::Pending;
        if (const auto s = awardStatusOf(a.status))
            status = *s;
        else
            warn(r, a.line, field + QStringLiteral("/status"), "unknownAwardStatus",
                 tr("'%1' is not an OCDS award status; read as pending.").arg(a.status));
        if (a.suppliers.size() > 1)
            warn(r, a.line, field + QStringLiteral("/suppliers"), "jointAward",
                 tr("The award names %1 suppliers; it is recorded under the first, %2.")
                     .arg(a.suppliers.size())
                     .arg(a.suppliers.constFirst().name));
        const QVariant vendor =
            a.suppliers.isEmpty()
                ? nullNumber()
                : QVariant(organization(r, a.suppliers.constFirst(), OrganizationKind::Integrator,
                                        field + QStringLiteral("/suppliers")));
        QVariant bid = nullNumber();
        qint64 lot = 0;
        if (!a.relatedBid.isEmpty()) {
            const WrittenBid written = bids.value(a.relatedBid);
            qint64 bidId = written.id;
            lot = written.lot;
            if (bidId == 0 && !m_fresh)
                bidId = idOf(m_findBid, {t.id, a.relatedBid});
            if (bidId != 0)
                bid = bidId;
            else
                warn(r, a.line, field + QStringLiteral("/relatedBid"), "unknownBid",
                     tr("The award names bid %1, which the process does not have; it is "
                        "recorded without its bid.")
                         .arg(a.relatedBid));
        }
        if (!a.relatedLot.isEmpty())
            lot = lotFor(t, a.relatedLot);
        else if (lot == 0 && !bid.isNull())
            lot = sql::scalar(m_db, QStringLiteral("SELECT lot_id FROM bids WHERE id = ?"), {bid})
                      .toLongLong();
        if (lot == 0)
            lot = lotFor(t, QString());
        const QString currency = a.value ? a.value->currency() : t.budget.currency();
        const QVariantList values = {lot,
                                     bid,
                                     vendor,
                                     a.value ? QVariant(a.value->minorUnits()) : nullNumber(),
                                     currency,
                                     codeOf(status),
                                     sql::fromDateTime(a.date)};
        const QString id = ocdsId(a.id, i);
        qint64 stored = m_fresh ? writtenAwards.value(id) : idOf(m_findAward, {t.id, id});
        if (stored != 0) {
            sql::exec(sql::bind(m_updateAward, QVariantList(values) << stored));
            ++m_summary.awardsUpdated;
        } else {
            stored =
                insertReturningId(m_insertAward, QVariantList{t.id} + values + QVariantList{id});
            ++m_summary.awardsCreated;
        }
        writtenAwards.insert(id, stored);
    }
}

} // namespace td::ocds
