#pragma once

#include "tenderdocument.h"
#include "tenderworkflow.h"
#include "ziparchive.h"

#include <QByteArray>
#include <QList>

namespace td {

// The printed tender document in each language, as the caller rendered it (printing needs
// Qt WebEngine, which core does not link).
struct TenderDocumentPdfs
{
    QByteArray chinese;
    QByteArray english;
};

// What the tender document of `record` says beyond the tender: its buyer, latest release,
// sealing key, amendments and the audit head when the record was read.
TenderDocumentContext tenderDocumentContext(const TenderRecord& record,
                                            const QHash<QString, bool>& domesticByModel);

// The files of the tender package that vendors download: tender.json (the latest OCDS release),
// the tender document in Chinese and English, the benchmark suite, the public key bids must be
// sealed to, and manifest.json with every file's SHA-256. Throws td::Error when the tender has
// not been published (no release, no key) or its suite is unknown.
QList<ArchiveEntry> tenderPackageEntries(const TenderRecord& record,
                                         const TenderDocumentPdfs& pdfs);

// Writes the package as a .zip, all or nothing.
void writeTenderPackage(const QString& filePath, const TenderRecord& record,
                        const TenderDocumentPdfs& pdfs);

} // namespace td
