#include "bidopening.h"

#include "bidunsealing.h"
#include "lifecycle/tenderlifecycle.h"
#include "openedbidwriter.h"
#include "openingrelease.h"
#include "sealing/privatekey.h"
#include "store/auditlog.h"
#include "store/auditverifier.h"
#include "store/database.h"
#include "store/organizationrepository.h"
#include "store/sealingkeyrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/transaction.h"
#include "submissionrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td::BidOpening", text);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Tender load(const QSqlDatabase& db, const QString& reference)
{
    std::optional<Tender> t = TenderReader(db).byReference(reference);
    if (!t)
        throw Error(tr("No tender has the reference '%1'.").arg(reference));
    return *t;
}

// The bids are opened once, after the deadline, at or after the opening time.
void requireOpenable(Tender t, const QDateTime& now)
{
    switch (t.status) {
    case TenderStatus::Opened:
    case TenderStatus::Evaluated:
    case TenderStatus::Awarded:
    case TenderStatus::Complete:
        throw Error(tr("The bids of tender %1 were opened already; they are opened only once.")
                        .arg(t.reference));
    case TenderStatus::Draft:
    case TenderStatus::Cancelled:
    case TenderStatus::Unsuccessful:
        throw Error(
            tr("Tender %1 is %2: it has no bids to open.").arg(t.reference, nameOf(t.status)));
    case TenderStatus::Published:
    case TenderStatus::Tendering:
    case TenderStatus::BidDeadlinePassed:
        break;
    }
    if (!t.bidDeadline.isValid() || now < t.bidDeadline)
        throw Error(tr("The bids of tender %1 are opened after its bid deadline, %2; until then "
                       "they stay sealed.")
                        .arg(t.reference, lifecycle::localTime(t, t.bidDeadline)));
    // What the clock makes of the tender by now (past its deadline), then the opening itself.
    t.status = lifecycle::timeDriven(t, now).value_or(t.status);
    LifecycleFacts facts;
    facts.now = now;
    const TransitionCheck check = lifecycle::check(t, TenderStatus::Opened, facts);
    if (!check.allowed)
        throw Error(check.reason);
}

Organization vendorOf(const QSqlDatabase& db, const BidSubmission& s)
{
    return OrganizationRepository(db).byId(s.vendorId).value_or(Organization{});
}

class Opening
{
public:
    Opening(const Database& database, const Tender& tender, const PrivateKey& key,
            const QDateTime& now, const QString& actor, const OpeningProgressCallback& progress)
        : m_database(database)
        , m_db(database.connection())
        , m_tender(tender)
        , m_key(key)
        , m_now(now)
        , m_actor(actor)
        , m_progress(progress)
    {}

    OpeningResult run()
    {
        SubmissionRepository submissions(m_db);
        const QList<qint64> ids = submissions.sealedIds(m_tender.id);
        OpeningResult result;
        QList<ReleasedBid> released;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const std::optional<BidSubmission> s = submissions.withPayload(ids.at(i));
            if (!s)
                continue;
            OpeningProgress step{int(i), int(ids.size()), s->vendorName, 0,
                                 qint64(s->payload.size())};
            report(step);
            const OpenedSubmission opened = openOne(*s, step);
            result.submissions.append(opened);
            (opened.bidId ? result.validBids : result.failedBids) += 1;
            released.append(releasedBid(*s, opened));
        }
        report({int(ids.size()), int(ids.size()), QString(), 0, 0});
        for (const BidSubmission& s : submissions.forTender(m_tender.id))
            if (s.status == SubmissionStatus::Withdrawn)
                released.append({QString::number(s.id), vendorOf(m_db, s), BidStatus::Withdrawn,
                                 s.receivedAt, Money(), 0});
        moveToOpened(result, released);
        return result;
    }

private:
    void report(const OpeningProgress& p) const
    {
        if (m_progress && !m_progress(p))
            throw SealingCancelled();
    }

    OpenedSubmission openOne(const BidSubmission& s, OpeningProgress step)
    {
        OpenedSubmission opened{s.id, 0, s.vendorName, s.vendorUscc, Money(), QString()};
        UnsealedBid bid;
        try {
            bid = unsealSubmission(s, m_key, m_tender, [&](qint64 bytes) {
                step.bytesDone = bytes;
                return !m_progress || m_progress(step);
            });
        } catch (const SealingCancelled&) {
            throw;
        } catch (const Error& e) {
            opened.failure = e.message();
            SubmissionRepository(m_db).setStatus(s.id, SubmissionStatus::Failed, e.message());
            audit(QStringLiteral("bid.openingFailed"), {{QStringLiteral("submission"), s.id},
                                                        {QStringLiteral("vendor"), s.vendorUscc},
                                                        {QStringLiteral("reason"), e.message()}});
            return opened;
        }
        opened.bidId = landOpenedBid(m_db, s, bid, m_now);
        opened.totalPrice = bid.content.totalPrice;
        SubmissionRepository(m_db).setOpened(s.id, opened.bidId);
        m_lotNumbers.insert(opened.bidId, bid.content.lot);
        return opened;
    }

    ReleasedBid releasedBid(const BidSubmission& s, const OpenedSubmission& opened) const
    {
        ReleasedBid b{QString::number(s.id), vendorOf(m_db, s), BidStatus::Disqualified,
                      s.receivedAt,          Money(),           0};
        if (opened.bidId) {
            b.status = BidStatus::Valid;
            b.value = opened.totalPrice;
            b.lotNumber = m_lotNumbers.value(opened.bidId);
        }
        return b;
    }

    void moveToOpened(OpeningResult& result, const QList<ReleasedBid>& released)
    {
        const QSqlQuery update =
            sql::run(m_db,
                     QStringLiteral("UPDATE tenders SET status = ?, updated_at = ? WHERE id = ? "
                                    "AND status = ?"),
                     {codeOf(TenderStatus::Opened), m_now.toUTC().toString(Qt::ISODate),
                      m_tender.id, codeOf(m_tender.status)});
        if (update.numRowsAffected() != 1)
            throw Error(tr("Tender %1 changed meanwhile; nothing was opened. Look at it again.")
                            .arg(m_tender.reference));
        Tender opened = load(m_db, m_tender.reference);
        result.release = writeOpeningRelease(m_database, opened, released, m_now);
        const int needed = m_tender.method == ProcurementMethod::OpenTender ? 3 : 1;
        result.mayFail = result.validBids < needed;
        if (result.mayFail)
            result.warning = QCoreApplication::translate(
                                 "td::BidOpening",
                                 "Only %n valid bid(s) were opened, fewer than the %1 that "
                                 "this procurement method needs: tender %2 may fail. Declare "
                                 "it unsuccessful if the evaluation confirms it.",
                                 nullptr, result.validBids)
                                 .arg(needed)
                                 .arg(m_tender.reference);
        QJsonObject payload = releaseAuditFields(result.release);
        payload.insert(QStringLiteral("from"), codeOf(m_tender.status));
        payload.insert(QStringLiteral("to"), codeOf(TenderStatus::Opened));
        payload.insert(QStringLiteral("validBids"), result.validBids);
        payload.insert(QStringLiteral("failedBids"), result.failedBids);
        audit(QStringLiteral("tender.opened"), payload);
    }

    void audit(const QString& action, const QJsonObject& payload)
    {
        AuditLog(m_db, m_database.dialect())
            .append(m_actor, action, QStringLiteral("tender"), m_tender.reference,
                    compact(payload));
    }

    const Database& m_database;
    QSqlDatabase m_db;
    const Tender& m_tender;
    const PrivateKey& m_key;
    QDateTime m_now;
    QString m_actor;
    const OpeningProgressCallback& m_progress;
    QHash<qint64, int> m_lotNumbers; // bid id -> lot number
};

} // namespace

OpeningResult openBids(const Database& database, const QString& reference,
                       const QByteArray& passphrase, const QDateTime& now, const QString& actor,
                       const OpeningProgressCallback& progress)
{
    QSqlDatabase db = database.connection();
    const Tender before = load(db, reference);
    requireOpenable(before, now);
    const std::optional<StoredSealingKey> stored = SealingKeyRepository(db).forTender(before.id);
    if (!stored)
        throw Error(tr("Tender %1 has no sealing key, so no bid was sealed to it.").arg(reference));
    // The slow part, before the transaction: a wrong passphrase throws here, having changed
    // nothing.
    const PrivateKey key = PrivateKey::unlock(stored->encryptedPrivateKeyPem, passphrase);

    Transaction transaction(db);
    const Tender tender = load(db, reference);
    if (tender.status != before.status)
        throw Error(tr("Tender %1 changed meanwhile; nothing was opened. Look at it again.")
                        .arg(reference));
    OpeningResult result = Opening(database, tender, key, now, actor, progress).run();
    transaction.commit();
    return result;
}

} // namespace td
