#pragma once

#include "clicontext.h"
#include "commands.h"

#include <QCommandLineOption>
#include <QList>

namespace td::cli {

// `tenderdesk-cli market [--json] [--from DATE --to DATE] [--buyer ORG]... [--category CODE]...
// [--vendor ORG]... [--model FAMILY]... [--accelerator MODEL]... [--section ID]...
// [--lang zh_CN|en]`: the market's figures, as the Market workspace and the reports show them.
int commandMarket(Context& c);
// `tenderdesk-cli redflags [--json] [--settings FILE.json] [--from DATE --to DATE]
// [--buyer ORG]...`: cardinal-rs's red flags over the market.
int commandRedFlags(Context& c);

QList<QCommandLineOption> marketOptions();
QString marketUsage();

} // namespace td::cli
