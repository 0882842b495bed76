#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace td {

class Database;

enum class OcdsExportFormat
{
    ReleasePackage, // one JSON object: the package's metadata and "releases": [...]
    JsonLines       // one release per line, nothing else
};

struct OcdsExportOptions
{
    OcdsExportFormat format = OcdsExportFormat::ReleasePackage;
    // Tenders published from `publishedFrom` (inclusive) to `publishedBefore` (exclusive); an
    // invalid time leaves that side open. With both open, every tender is written, drafts too.
    QDateTime publishedFrom;
    QDateTime publishedBefore;
    // The package's publishedDate, and the date of a release whose tender has no date yet (a
    // draft).
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString publisherName = QStringLiteral("TenderDesk");
    int pageSize = 500; // tenders read per page
};

struct OcdsExportSummary
{
    qint64 tenders = 0; // releases written
    qint64 bids = 0;
    qint64 awards = 0;
    qint64 bytes = 0; // of the file
};

// Called after each page; returning false cancels.
using OcdsExportProgress = std::function<bool(qint64 done, qint64 total)>;

// The bids extension of OCDS 1.1 (v1.1.5), as the package declares it.
QString ocdsBidExtensionUrl();

// Writes every tender of the database (or those the options' dates select) to `path` as OCDS
// 1.1 compiled releases, one per contracting process (tag "compiled", id "<ocid>-compiled"):
// the tender as ocds::tenderRelease writes it, the buyer, every bidder and the suppliers among
// the parties, every bid under bids.details with the bid statistics, and every award (cancelled
// ones too) with its supplier, value, status, date and related bid, as the award release
// writes them (addBidsAndAwards). A release's date is the latest of its tender's publication
// and award decisions.
//
// The writer streams: it pages through the tenders by id and writes each release as it goes,
// so memory stays bounded whatever the market's size. The file is written under a temporary
// name and renamed into place at the end: a cancelled or failed export leaves no file (and an
// earlier file of that name as it was). Throws td::Error when cancelled, when the file cannot
// be written, or when an amount is too large to publish.
OcdsExportSummary exportOcds(const Database& database, const QString& path,
                             const OcdsExportOptions& options,
                             const OcdsExportProgress& progress = {});

} // namespace td
