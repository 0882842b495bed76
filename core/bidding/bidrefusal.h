#pragma once

#include "domain/error.h"

#include <QString>

namespace td {

// Why a bid package is refused at receipt. Each has a stable code stored in bid_refusals.
enum class RefusalReason
{
    Late,              // "late": received after the bid deadline; never opened
    NotAccepting,      // "not-accepting": the tender takes no bids (a draft, cancelled, ...)
    BadSignature,      // "bad-signature": the signature or the certificate does not hold
    DigestMismatch,    // "digest-mismatch": a file's size or SHA-256 is not the manifest's
    AnotherTender,     // "another-tender": no tender here has the package's reference
    AnotherKey,        // "another-key": sealed to another key than the tender's
    Duplicate,         // "duplicate": this very package was received before
    UnsafeArchive,     // "unsafe-archive": paths, links, devices, sizes, ratio, damage
    NotAZip,           // "not-a-zip": not a zip archive at all
    MalformedManifest, // "malformed-manifest": missing or not a complete manifest
    NothingToWithdraw, // "nothing-to-withdraw": a withdrawal with no current bid to withdraw
};

QString refusalCode(RefusalReason reason);

// A package refused, with the reason and a sentence for people that says what is wrong and
// what to do. Thrown by the package reader, caught by the receipt, which records it.
class BidRefused : public Error
{
public:
    BidRefused(RefusalReason reason, const QString& message)
        : Error(message)
        , m_reason(reason)
    {}
    RefusalReason reason() const noexcept { return m_reason; }
    QString code() const { return refusalCode(m_reason); }

    // Who sent the package and for which tender, as far as its manifest could be read: the
    // refusal is then recorded with the tender.
    QString tenderReference;
    QString vendor;

private:
    RefusalReason m_reason;
};

} // namespace td
