#pragma once

#include "clicontext.h"
#include "commands.h"

#include <QCommandLineOption>
#include <QList>

namespace td::cli {

// `tenderdesk-cli vendor init|show`: the signing identity of a vendor's desk.
int runVendorCommand(Context& c, const QString& sub);

// `tenderdesk-cli bid template|seal|withdraw`: a vendor prepares, seals or withdraws a bid for
// the tender of a tender package. False when `sub` is none of these (the buyer's bid commands).
bool isVendorBidCommand(const QString& sub);
int runVendorBidCommand(Context& c, const QString& sub);

// The options these commands add to the parser, and the lines of the usage text.
QList<QCommandLineOption> vendorOptions();
QString vendorUsage();

} // namespace td::cli
