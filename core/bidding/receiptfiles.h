#pragma once

#include "bidreceipt.h"

#include <QString>

namespace td {

// Where a receipt for the package at `packagePath` is written for the vendor: beside the
// package, B.receipt.json and B.receipt.sig for B.zip.
struct ReceiptFiles
{
    QString json;
    QString signature;
};
ReceiptFiles receiptFilesFor(const QString& packagePath);

// Writes the receipt's exact signed bytes and its signature there. Throws td::Error naming the
// file that could not be written.
ReceiptFiles writeReceiptFiles(const QString& packagePath, const BidReceipt& receipt);

} // namespace td
