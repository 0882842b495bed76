#include "bidrefusal.h"

namespace td {

QString refusalCode(RefusalReason reason)
{
    switch (reason) {
    case RefusalReason::Late:
        return QStringLiteral("late");
    case RefusalReason::NotAccepting:
        return QStringLiteral("not-accepting");
    case RefusalReason::BadSignature:
        return QStringLiteral("bad-signature");
    case RefusalReason::DigestMismatch:
        return QStringLiteral("digest-mismatch");
    case RefusalReason::AnotherTender:
        return QStringLiteral("another-tender");
    case RefusalReason::AnotherKey:
        return QStringLiteral("another-key");
    case RefusalReason::Duplicate:
        return QStringLiteral("duplicate");
    case RefusalReason::UnsafeArchive:
        return QStringLiteral("unsafe-archive");
    case RefusalReason::NotAZip:
        return QStringLiteral("not-a-zip");
    case RefusalReason::MalformedManifest:
        return QStringLiteral("malformed-manifest");
    case RefusalReason::NothingToWithdraw:
        return QStringLiteral("nothing-to-withdraw");
    }
    return {};
}

} // namespace td
