#pragma once

#include <QStyledItemDelegate>

namespace td::ui {

// Edits a score in a spin box from 0 to the criterion's weight (the model's MaximumRole), to
// the hundredth: a score out of range cannot be typed.
class PointsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PointsDelegate(int maximumRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    int m_maximumRole;
};

} // namespace td::ui
