#pragma once

#include <QList>
#include <QString>

namespace td::ocds {

// What an import noticed but survived, where it was: FILE:LINE: field: message. The code is
// stable (for tests and scripts); the message is for people.
struct ImportWarning
{
    QString file;
    qint64 line = 0;
    QString field; // the JSON path inside the release, e.g. "tender/value/amount"
    QString code;  // ocds10, stringAmount, emptyAmount, currencyCase, noOrganizationId, ...
    QString message;

    QString toString() const;
};

using Warnings = QList<ImportWarning>;

// The shapes an OCDS file comes in. Detected from the content; `--format` can force one.
enum class FileShape
{
    Detect,
    ReleasePackage,
    RecordPackage,
    Release,
    Record,
    JsonLines,    // one release, record or package per line
    Concatenated, // several top-level values back to back
};

QString shapeCode(FileShape shape);
// "release-package" ... "concatenated"; false for anything else.
bool parseShapeCode(const QString& code, FileShape& shape);

// What importing one file did; the counts are of rows created or updated in the database.
struct ImportSummary
{
    QString file;
    FileShape shape = FileShape::Detect;
    qint64 releases = 0; // read from the file (after dropping duplicates)
    qint64 tendersCreated = 0;
    qint64 tendersUpdated = 0;
    qint64 bidsCreated = 0;
    qint64 bidsUpdated = 0;
    qint64 awardsCreated = 0;
    qint64 awardsUpdated = 0;
    qint64 organizationsCreated = 0;
    qint64 organizationsMatched = 0;
    Warnings warnings;
    // Empty when the file was imported; else the sentence that says why nothing of it was.
    QString error;
    bool nothingToImport = false; // an empty file or package: not an error, nothing written
    bool cancelled = false;

    bool succeeded() const { return error.isEmpty(); }
    // After a failure nothing was written: the counts go back to zero (warnings stay, they
    // may say what led to the failure).
    void resetCounts();
};

} // namespace td::ocds
