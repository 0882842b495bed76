#pragma once

#include "bidsubmission.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace td {

// The bid packages a tender received (bid_submissions). Reads without blobs unless they say so:
// a list of submissions never holds their payloads in memory.
class SubmissionRepository
{
public:
    explicit SubmissionRepository(QSqlDatabase db);

    // Inserts inside the caller's transaction and sets submission.id.
    void insert(BidSubmission& submission);
    // The vendor's bid that counts now (status sealed), if any.
    std::optional<BidSubmission> current(qint64 tenderId, qint64 vendorId) const;
    bool holdsPackage(qint64 tenderId, const QString& packageSha256) const;
    void setStatus(qint64 id, SubmissionStatus status, const QString& failureReason = {});
    void setReceipt(qint64 id, const QByteArray& receipt, const QByteArray& signature);
    void setOpened(qint64 id, qint64 bidId);

    // Every submission of the tender in the order received, without manifest, envelope or
    // payload.
    QList<BidSubmission> forTender(qint64 tenderId) const;
    // The ids of the tender's sealed submissions, in the order received.
    QList<qint64> sealedIds(qint64 tenderId) const;
    // One submission with its blobs (for the opening).
    std::optional<BidSubmission> withPayload(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace td
