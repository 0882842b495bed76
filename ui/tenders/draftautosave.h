#pragma once

#include "domain/tender.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace td::ui {

// Unsaved editor changes, kept on disk so that a crash or a power cut loses at most the last
// half minute: one JSON file per tender under the application data folder. Saving or
// discarding in the editor removes it; opening the editor offers what it holds.
class DraftAutosave
{
public:
    explicit DraftAutosave(const QString& reference);

    void write(const Tender& tender) const;
    // The kept tender read over `base`, and when it was written; nullopt when there is none or
    // it cannot be read (a damaged file is removed).
    std::optional<Tender> read(const Tender& base, QDateTime* writtenAt = nullptr) const;
    void discard() const;
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace td::ui
