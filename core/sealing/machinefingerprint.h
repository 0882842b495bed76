#pragma once

#include <QString>

namespace td {

// SHA-256, lower-case hex, of "tenderdesk-machine-1" + the tender reference + this machine's
// QSysInfo::machineUniqueId(). Two bids for one tender from the same machine carry the same
// value (a collusion signal, as Chinese e-bidding tools record), while the salt by tender keeps
// a machine's bids for different tenders from being linked.
QString machineFingerprint(const QString& tenderReference);

} // namespace td
