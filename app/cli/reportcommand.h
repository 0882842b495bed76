#pragma once

#include <QString>

// Light on includes: main() asks printsMarketReport() before Qt is set up.
namespace td::cli {

struct Context;

// `tenderdesk-cli report --out FILE.(pdf|html|xlsx|csv) [--section NAME]... [--from DATE]
// [--to DATE] [--lang zh_CN|en]`: the market report, in the format the file's extension names.
int commandReport(Context& c);

// Whether the command line may ask for the report, which needs a QGuiApplication for Qt
// WebEngine when it prints a PDF.
bool printsMarketReport(int argc, char* argv[]);

// The lines of the usage text that describe it.
QString reportUsage();

} // namespace td::cli
