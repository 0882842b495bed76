#pragma once

// OCDS files built for the import tests: one process of the current bids extension (lots, bids
// with relatedLots, an award naming its bid), in each shape an OCDS file comes in.
#include <QByteArray>
#include <QString>

namespace td::test::ocds {

// Release `releaseId` of process `ocid`, dated `date`, as one line of JSON: a buyer, a tender
// of 100,000.00 CNY in two lots, three bids (one disqualified) and an award of the lowest
// valid bid. `extra` is spliced in after the release's id (e.g. a "tag").
QByteArray release(const QString& ocid, const QString& releaseId,
                   const QString& date = QStringLiteral("2025-03-01T00:00:00Z"),
                   const QByteArray& extra = {});
QByteArray releasePackage(const QList<QByteArray>& releases, const QByteArray& version = "1.1");
QByteArray record(const QString& ocid, const QList<QByteArray>& releases, bool compiled);

// An OCDS 1.0 release package (no version, no parties: organisations named inline with their
// identifiers), publisher "Old Publisher", process ocds-q-1 with an award to identifier 201.
QByteArray version10Package();

// Writes `bytes` to a file in `folder` and returns its path.
QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes);

} // namespace td::test::ocds
