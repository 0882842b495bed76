#include "pointsdelegate.h"

#include <QDoubleSpinBox>

namespace td::ui {

PointsDelegate::PointsDelegate(int maximumRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_maximumRole(maximumRole)
{}

QWidget* PointsDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QStringLiteral("pointsEditor"));
    spin->setDecimals(2);
    spin->setRange(0, index.data(m_maximumRole).toDouble());
    spin->setSingleStep(0.5);
    spin->setAlignment(Qt::AlignRight);
    spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
    spin->setFrame(false);
    return spin;
}

void PointsDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* spin = static_cast<QDoubleSpinBox*>(editor);
    spin->setValue(index.data(Qt::EditRole).toDouble());
    spin->selectAll();
}

void PointsDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* spin = static_cast<QDoubleSpinBox*>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace td::ui
