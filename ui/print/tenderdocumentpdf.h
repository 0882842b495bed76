#pragma once

#include "exchange/documentlanguage.h"
#include "exchange/tenderworkflow.h"

#include <QByteArray>
#include <QHash>

namespace td {

// The tender document of `record` printed to PDF in `language`, waiting for it (the CLI). The
// GUI prints the same HTML through HtmlPdfPrinter without waiting. Throws td::Error.
QByteArray printTenderDocument(const TenderRecord& record, DocumentLanguage language,
                               const QHash<QString, bool>& domesticByModel);

} // namespace td
