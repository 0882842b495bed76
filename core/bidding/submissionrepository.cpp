#include "submissionrepository.h"

#include "store/sql.h"

namespace td {
namespace {

// Blob columns are NOT NULL, and drivers bind a null QByteArray as NULL: an empty blob (a
// withdrawal's payload) is bound as an empty, non-null array.
QByteArray blob(const QByteArray& bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

const QString summaryColumns = QStringLiteral(
    "SELECT s.id, s.tender_id, s.vendor_id, o.name, o.uscc, s.received_at, s.package_sha256, "
    "s.payload_mac, s.certificate_fingerprint, s.machine_fingerprint, s.status, "
    "s.failure_reason, s.bid_id, s.receipt, s.receipt_signature");

BidSubmission readSummary(const QSqlQuery& q)
{
    BidSubmission s;
    s.id = q.value(0).toLongLong();
    s.tenderId = q.value(1).toLongLong();
    s.vendorId = q.value(2).toLongLong();
    s.vendorName = q.value(3).toString();
    s.vendorUscc = q.value(4).toString();
    s.receivedAt = sql::toDateTime(q.value(5));
    s.packageSha256 = q.value(6).toString();
    s.payloadMac = q.value(7).toString();
    s.certificateFingerprint = q.value(8).toString();
    s.machineFingerprint = q.value(9).toString();
    s.status = submissionStatusFromCode(q.value(10).toString()).value_or(SubmissionStatus::Failed);
    s.failureReason = q.value(11).toString();
    s.bidId = q.value(12).toLongLong();
    s.receipt = q.value(13).toString().toUtf8();
    s.receiptSignature = q.value(14).toByteArray();
    return s;
}

} // namespace

SubmissionRepository::SubmissionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void SubmissionRepository::insert(BidSubmission& s)
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("INSERT INTO bid_submissions (tender_id, vendor_id, received_at, "
                       "package_sha256, manifest, signature, envelope, payload, payload_mac, "
                       "certificate_fingerprint, machine_fingerprint, status, failure_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {s.tenderId, s.vendorId, sql::fromDateTime(s.receivedAt), s.packageSha256,
         QString::fromUtf8(s.manifest), blob(s.signature), blob(s.envelope), blob(s.payload),
         s.payloadMac, s.certificateFingerprint, s.machineFingerprint,
         submissionStatusCode(s.status), s.failureReason});
    q.next();
    s.id = q.value(0).toLongLong();
}

std::optional<BidSubmission> SubmissionRepository::current(qint64 tenderId, qint64 vendorId) const
{
    QSqlQuery q =
        sql::run(m_db,
                 summaryColumns + QStringLiteral(" FROM bid_submissions s JOIN organizations o ON "
                                                 "o.id = s.vendor_id WHERE s.tender_id = ? AND "
                                                 "s.vendor_id = ? AND s.status = ? ORDER BY s.id"),
                 {tenderId, vendorId, submissionStatusCode(SubmissionStatus::Sealed)});
    std::optional<BidSubmission> last;
    while (q.next())
        last = readSummary(q);
    return last;
}

bool SubmissionRepository::holdsPackage(qint64 tenderId, const QString& packageSha256) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM bid_submissions WHERE tender_id = ? "
                                      "AND package_sha256 = ?"),
                       {tenderId, packageSha256})
               .toInt() > 0;
}

void SubmissionRepository::setStatus(qint64 id, SubmissionStatus status,
                                     const QString& failureReason)
{
    sql::run(
        m_db,
        QStringLiteral("UPDATE bid_submissions SET status = ?, failure_reason = ? WHERE id = ?"),
        {submissionStatusCode(status), failureReason, id});
}

void SubmissionRepository::setReceipt(qint64 id, const QByteArray& receipt,
                                      const QByteArray& signature)
{
    sql::run(m_db,
             QStringLiteral("UPDATE bid_submissions SET receipt = ?, receipt_signature = ? WHERE "
                            "id = ?"),
             {QString::fromUtf8(receipt), blob(signature), id});
}

void SubmissionRepository::setOpened(qint64 id, qint64 bidId)
{
    sql::run(m_db, QStringLiteral("UPDATE bid_submissions SET status = ?, bid_id = ? WHERE id = ?"),
             {submissionStatusCode(SubmissionStatus::Opened), bidId, id});
}

QList<BidSubmission> SubmissionRepository::forTender(qint64 tenderId) const
{
    QSqlQuery q = sql::run(m_db,
                           summaryColumns + QStringLiteral(" FROM bid_submissions s JOIN "
                                                           "organizations o ON o.id = s.vendor_id "
                                                           "WHERE s.tender_id = ? ORDER BY s.id"),
                           {tenderId});
    QList<BidSubmission> out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

QList<qint64> SubmissionRepository::sealedIds(qint64 tenderId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id FROM bid_submissions WHERE tender_id = ? AND "
                                          "status = ? ORDER BY id"),
                           {tenderId, submissionStatusCode(SubmissionStatus::Sealed)});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<BidSubmission> SubmissionRepository::withPayload(qint64 id) const
{
    QSqlQuery q =
        sql::run(m_db,
                 summaryColumns + QStringLiteral(", s.manifest, s.signature, s.envelope, "
                                                 "s.payload FROM bid_submissions s JOIN "
                                                 "organizations o ON o.id = s.vendor_id WHERE "
                                                 "s.id = ?"),
                 {id});
    if (!q.next())
        return std::nullopt;
    BidSubmission s = readSummary(q);
    s.manifest = q.value(15).toString().toUtf8();
    s.signature = q.value(16).toByteArray();
    s.envelope = q.value(17).toByteArray();
    s.payload = q.value(18).toByteArray();
    return s;
}

} // namespace td
