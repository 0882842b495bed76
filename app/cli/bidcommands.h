#pragma once

#include "clicontext.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace td::cli {

// The buyer's side of bidding: `bid receive`, `tender open`, `bids list`, `tender minutes`.
bool isBuyerCommand(const QString& command, const QString& sub);
int runBuyerCommand(Context& c, const QString& command, const QString& sub);
QList<QCommandLineOption> buyerOptions();
QString buyerUsage();

} // namespace td::cli
