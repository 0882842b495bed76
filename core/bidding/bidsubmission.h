#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace td {

// Where a received bid package stands (bid_submissions.status).
enum class SubmissionStatus
{
    Sealed,     // "sealed": received, waiting for the opening
    Replaced,   // "replaced": a later bid of the same vendor counts instead
    Withdrawn,  // "withdrawn": the vendor withdrew it before the deadline
    Opened,     // "opened": unsealed and landed in bids
    Failed,     // "failed": could not be unsealed or verified at the opening (failure_reason)
    Withdrawal, // "withdrawal": the signed withdrawal notice itself; it carries no payload
};

QString submissionStatusCode(SubmissionStatus status);
std::optional<SubmissionStatus> submissionStatusFromCode(const QString& code);

// A bid package as the buyer keeps it (bid_submissions): still sealed until the opening.
struct BidSubmission
{
    qint64 id = 0;
    qint64 tenderId = 0;
    qint64 vendorId = 0;
    QString vendorName; // filled by reads, for display
    QString vendorUscc; // filled by reads
    QDateTime receivedAt;
    QString packageSha256;
    QByteArray manifest;
    QByteArray signature;
    QByteArray envelope; // payload.cms or payload.key.sm2
    QByteArray payload;  // payload.bin, the ciphertext
    QString payloadMac;  // national suite only
    QString certificateFingerprint;
    QString machineFingerprint;
    SubmissionStatus status = SubmissionStatus::Sealed;
    QString failureReason;
    qint64 bidId = 0; // once opened
    QByteArray receipt;
    QByteArray receiptSignature;
};

} // namespace td
