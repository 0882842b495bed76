#include "filereleasesource.h"

#include "domain/error.h"

namespace td::ocds {

FileReleaseSource::FileReleaseSource(const QString& path, FileShape forced, Warnings& warnings,
                                     qint64 wholeValueLimit)
    : m_file(path)
    , m_forced(forced)
    , m_parser(path, warnings)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2.").arg(path, m_file.errorString()));
    m_total = m_file.size();
    m_scanner = std::make_unique<JsonScanner>(m_file, wholeValueLimit);
}

bool FileReleaseSource::next(PublishedRelease& release)
{
    JsonPiece piece;
    while (m_ready.empty()) {
        if (!m_scanner->next(piece)) {
            if (m_forced == FileShape::JsonLines && !m_scanner->valuesOnOwnLines())
                throw JsonSyntaxError{piece.line, tr("This file is not JSON Lines as --format "
                                                     "says: a value spans several lines or "
                                                     "shares one.")};
            return false;
        }
        m_pieceShape = m_parser.parse(
            piece, m_forced, [this](PublishedRelease& r) { m_ready.push_back(std::move(r)); });
    }
    release = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

FileShape FileReleaseSource::shape() const
{
    if (m_scanner->topLevelValues() > 1)
        return m_scanner->valuesOnOwnLines() ? FileShape::JsonLines : FileShape::Concatenated;
    return m_pieceShape;
}

} // namespace td::ocds
