#pragma once

#include "importreport.h"
#include "jsonscanner.h"
#include "publishedrelease.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace td::ocds {

// Reads the releases out of one piece of an OCDS file with simdjson's On-Demand API: a release
// package's releases, a record package's records, a release, a record. A record gives its
// compiledRelease; one without gives its embedded releases oldest first, for the importer to
// merge field by field. Survivable quirks become warnings; anything else (broken JSON, a value
// with nothing OCDS in it) throws JsonSyntaxError naming the line.
class ReleaseParser
{
    Q_DECLARE_TR_FUNCTIONS(td::ocds::ReleaseParser)

public:
    using ReleaseSink = std::function<void(PublishedRelease&)>;

    ReleaseParser(QString file, Warnings& warnings);
    ~ReleaseParser();

    // Parses a piece; `forced` is the shape the user named (FileShape::Detect: any).
    // Returns the shape of the piece (release package, record package, release or record).
    FileShape parse(JsonPiece& piece, FileShape forced, const ReleaseSink& sink);
    // The publisher named by the last package or record that ended (empty when none).
    QString lastPublisher() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace td::ocds
