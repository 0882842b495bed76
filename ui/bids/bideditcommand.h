#pragma once

#include "domain/bidcontent.h"

#include <QUndoCommand>

#include <functional>

namespace td::ui {

// One edit of the bid form, kept as the bid before and after: undoing puts the whole "before"
// back, so fields and table cells undo the same way. Consecutive edits of one field (typing a
// price) merge into one step.
class BidEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const BidContent&)>;

    BidEditCommand(const QString& text, int fieldId, BidContent before, BidContent after,
                   Apply apply);

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return m_fieldId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_fieldId; // -1: never merges
    BidContent m_before;
    BidContent m_after;
    Apply m_apply;
};

} // namespace td::ui
