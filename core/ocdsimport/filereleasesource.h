#pragma once

#include "jsonscanner.h"
#include "releaseparser.h"
#include "releasesource.h"

#include <QCoreApplication>
#include <QFile>

#include <deque>
#include <memory>

namespace td::ocds {

// The releases of one OCDS file, whatever its shape: read in chunks (JsonScanner), each piece
// parsed on its own (ReleaseParser), so that a file of several gigabytes goes through in
// bounded memory.
class FileReleaseSource : public ReleaseSource
{
    Q_DECLARE_TR_FUNCTIONS(td::ocds::FileReleaseSource)

public:
    // Opens the file; throws td::Error when it cannot be read.
    FileReleaseSource(const QString& path, FileShape forced, Warnings& warnings,
                      qint64 wholeValueLimit = JsonScanner::defaultWholeValueLimit);

    bool next(PublishedRelease& release) override;
    qint64 done() const override { return m_scanner->bytesRead(); }
    qint64 total() const override { return m_total; }
    FileShape shape() const override;
    QString publisher() const override { return m_parser.lastPublisher(); }

private:
    QFile m_file;
    qint64 m_total = 0;
    FileShape m_forced;
    std::unique_ptr<JsonScanner> m_scanner;
    ReleaseParser m_parser;
    std::deque<PublishedRelease> m_ready;
    FileShape m_pieceShape = FileShape::Detect;
};

} // namespace td::ocds
