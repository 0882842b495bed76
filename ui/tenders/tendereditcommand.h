#pragma once

#include "domain/tender.h"

#include <QUndoCommand>

#include <functional>

namespace td::ui {

// One edit of a tender in the editor, kept as the tender before and after: undoing puts the
// whole "before" back, so every field, lot and criterion undoes the same way. Consecutive edits
// of the same field (typing a title) merge into one step.
class TenderEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const Tender&)>;

    TenderEditCommand(const QString& text, int fieldId, Tender before, Tender after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override { return m_fieldId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_fieldId; // -1: never merges
    Tender m_before;
    Tender m_after;
    Apply m_apply;
};

} // namespace td::ui
