#pragma once

#include "evaluation/evaluationdesk.h"

#include <QUndoCommand>

#include <functional>

namespace td::ui {

// One edit of an evaluator's sheet (a score or a comment, or the sheet filled from the
// benchmark), kept as the sheet before and after: undoing puts the whole "before" back.
class SheetEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QList<SheetScore>&)>;

    SheetEditCommand(const QString& text, QList<SheetScore> before, QList<SheetScore> after,
                     Apply apply);

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    QList<SheetScore> m_before;
    QList<SheetScore> m_after;
    Apply m_apply;
};

} // namespace td::ui
