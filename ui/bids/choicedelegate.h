#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>
#include <QVariant>

namespace td::ui {

// Edits a cell with a combo box of fixed choices (text shown, value written with EditRole):
// accelerators from the catalog, document kinds from the tender's list.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Choices = QList<QPair<QString, QVariant>>;
    explicit ChoiceDelegate(QObject* parent = nullptr);

    void setChoices(Choices choices) { m_choices = std::move(choices); }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    Choices m_choices;
};

} // namespace td::ui
