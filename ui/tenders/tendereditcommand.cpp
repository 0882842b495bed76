#include "tendereditcommand.h"

namespace td::ui {

TenderEditCommand::TenderEditCommand(const QString& text, int fieldId, Tender before, Tender after,
                                     Apply apply)
    : QUndoCommand(text)
    , m_fieldId(fieldId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{}

void TenderEditCommand::undo()
{
    m_apply(m_before);
}

void TenderEditCommand::redo()
{
    m_apply(m_after);
}

bool TenderEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const TenderEditCommand*>(other);
    if (edit->m_fieldId != m_fieldId || m_fieldId < 0)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace td::ui
