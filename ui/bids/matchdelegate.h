#pragma once

#include <QStyledItemDelegate>

namespace td::ui {

// Draws a passage on one line with the words searched for in bold: where they lie comes from
// the model's match roles (start and length in the passage's characters).
class MatchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MatchDelegate(int matchStartRole, int matchLengthRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_startRole;
    int m_lengthRole;
};

} // namespace td::ui
