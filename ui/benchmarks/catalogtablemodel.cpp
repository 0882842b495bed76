#include "catalogtablemodel.h"

#include <QFont>
#include <QUndoCommand>
#include <QUndoStack>

namespace td::ui {
namespace {

// One cell edit, undone by writing back the value it replaced.
class CellEdit : public QUndoCommand
{
public:
    CellEdit(CatalogTableModel* model, int row, int column, QVariant before, QVariant after,
             const QString& text)
        : QUndoCommand(text)
        , m_model(model)
        , m_row(row)
        , m_column(column)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    void undo() override { m_model->apply(m_row, m_column, m_before); }
    void redo() override { m_model->apply(m_row, m_column, m_after); }

private:
    CatalogTableModel* m_model;
    int m_row;
    int m_column;
    QVariant m_before;
    QVariant m_after;
};

} // namespace

CatalogTableModel::CatalogTableModel(int columns, QUndoStack* undo, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
    , m_undo(undo)
{}

bool CatalogTableModel::isCell(const QModelIndex& index) const
{
    // Views and QAbstractItemModelTester ask about invalid indexes too: no warning for them.
    return index.isValid() && checkIndex(index, CheckIndexOption::ParentIsInvalid);
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : entryCount();
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : tip;
    }
    return {};
}

bool CatalogTableModel::isModified() const
{
    for (int row = 0; row < entryCount(); ++row)
        if (isRowModified(row))
            return true;
    return false;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!isCell(index))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool modified = editValue(row, column) != savedValue(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return isCheckColumn(column) ? QVariant() : displayValue(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::CheckStateRole:
        if (!isCheckColumn(column))
            return {};
        return editValue(row, column).toBool() ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (modified) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        const QVariant own = extraData(row, column, role);
        if (!modified || isCheckColumn(column))
            return own;
        const QString saved = savedValue(row, column).toString();
        const QString was = tr("Was: %1").arg(saved.isEmpty() ? tr("(empty)") : saved);
        return own.isValid() ? own.toString() + QLatin1Char('\n') + was : was;
    }
    default:
        return extraData(row, column, role);
    }
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex& index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isReadOnlyColumn(index.column()))
        return f;
    return f | (isCheckColumn(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool CatalogTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!isCell(index) || isReadOnlyColumn(index.column()))
        return false;
    const int row = index.row();
    const int column = index.column();
    QVariant wanted;
    if (isCheckColumn(column) && role == Qt::CheckStateRole)
        wanted = value.toInt() == Qt::Checked;
    else if (!isCheckColumn(column) && role == Qt::EditRole)
        wanted = value;
    else
        return false;
    const QString why = problem(row, column, wanted);
    if (!why.isEmpty()) {
        Q_EMIT editRefused(why);
        return false;
    }
    wanted = canonical(column, wanted);
    const QVariant before = editValue(row, column);
    if (wanted == before)
        return true;
    m_undo->push(new CellEdit(this, row, column, before, wanted,
                              tr("change %1").arg(cellName(row, column))));
    return true;
}

void CatalogTableModel::apply(int row, int column, const QVariant& value)
{
    write(row, column, value);
    rowChanged(row);
    Q_EMIT edited();
}

void CatalogTableModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QVariant CatalogTableModel::displayValue(int row, int column) const
{
    return editValue(row, column);
}

QString CatalogTableModel::columnToolTip(int) const
{
    return {};
}

QVariant CatalogTableModel::canonical(int, const QVariant& value) const
{
    return value;
}

QVariant CatalogTableModel::extraData(int, int, int) const
{
    return {};
}

bool CatalogTableModel::isCheckColumn(int) const
{
    return false;
}

bool CatalogTableModel::isReadOnlyColumn(int) const
{
    return false;
}

} // namespace td::ui
