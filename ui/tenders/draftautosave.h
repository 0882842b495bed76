#pragma once

#include "domain/tender.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace td::ui {

// Unsaved editor changes, kept on disk so that a crash or a power cut loses at most the last
// half minute: one JSON file per database and tender under the application data folder.
// Saving or discarding in the editor removes it; opening the editor offers what it holds, as
// long as the tender is still in the state it was edited in (a draft since published is not).
class DraftAutosave
{
public:
    DraftAutosave(const QString& database, const QString& reference);

    void write(const Tender& tender) const;
    // The kept tender read over `base`, and when it was written; nullopt when there is none,
    // when `base` has moved on to another status (the file is removed), or when it cannot be
    // read (the file is kept aside as .unreadable, never deleted).
    std::optional<Tender> read(const Tender& base, QDateTime* writtenAt = nullptr) const;
    void discard() const;
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace td::ui
