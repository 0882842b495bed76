#pragma once

// The official OCDS 1.1.5 release schema as the judge of the releases we write: each release
// checked by tests/support/validate_ocds.py (Python's jsonschema), offline.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace td::test {

struct OcdsValidation
{
    bool ran = false;  // false: the validator could not run (output says why)
    int exitCode = -1; // 0 every release valid, 1 some invalid, 2 unreadable, 3 no jsonschema
    QString output;    // FILE: /json/path: message, one line per error
};

// tests/data/ocds/schema/release-1.1.5
QString ocdsSchemaDir();
// tests/data/ocds/schema/bid-extension/v1.1.5: the bids section of the opening and award
// releases.
QString bidExtensionDir();

// Validates the releases, each written to its own file, against the release schema with the
// extensions (their folders) applied to it.
OcdsValidation validateReleases(const QList<QJsonObject>& releases,
                                const QStringList& extensions = {});

// What a file holds: one release package, or one release per line (JSON Lines).
enum class OcdsFile
{
    ReleasePackage,
    JsonLines
};

// Validates a file as it was written: a package against the release package schema (its
// releases against the release schema with the extensions applied), or each line of JSON Lines
// against the release schema with the extensions.
OcdsValidation validateFile(const QString& path, OcdsFile kind, const QStringList& extensions = {});

} // namespace td::test
