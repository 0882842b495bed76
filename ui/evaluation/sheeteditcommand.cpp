#include "sheeteditcommand.h"

namespace td::ui {

SheetEditCommand::SheetEditCommand(const QString& text, QList<SheetScore> before,
                                   QList<SheetScore> after, Apply apply)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{}

} // namespace td::ui
