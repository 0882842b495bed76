#include "bideditcommand.h"

namespace td::ui {

BidEditCommand::BidEditCommand(const QString& text, int fieldId, BidContent before,
                               BidContent after, Apply apply)
    : QUndoCommand(text)
    , m_fieldId(fieldId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
{}

bool BidEditCommand::mergeWith(const QUndoCommand* other)
{
    if (m_fieldId < 0 || other->id() != m_fieldId)
        return false;
    m_after = static_cast<const BidEditCommand*>(other)->m_after;
    return true;
}

} // namespace td::ui
