#pragma once

#include "catalogtablemodel.h"

#include <QList>

namespace td::ui {

// A catalog table over a list of entries of one kind (accelerators, hosting options, vouchers),
// one row per entry in the order loaded. It keeps each entry as it is now and as it was loaded
// or last saved: that is what tells which rows to save and which cells to show in bold.
// Subclasses say what each column of an entry holds and how it is edited.
template <typename Entry> class CatalogEntriesModel : public CatalogTableModel
{
public:
    bool isRowModified(int row) const override { return m_rows.at(row) != m_saved.at(row); }

    void markSaved() override
    {
        m_saved = m_rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    // The entries that differ from what was loaded or last saved, in table order.
    QList<Entry> modifiedEntries() const
    {
        QList<Entry> out;
        for (int row = 0; row < m_rows.size(); ++row)
            if (isRowModified(row))
                out.append(m_rows.at(row));
        return out;
    }

    const Entry& entry(int row) const { return m_rows.at(row); }

protected:
    CatalogEntriesModel(const QList<Entry>& entries, int columns, QUndoStack* undo, QObject* parent)
        : CatalogTableModel(columns, undo, parent)
        , m_rows(entries)
        , m_saved(entries)
    {}

    // The value an editor starts from (text, number or bool) for one column of `entry`.
    virtual QVariant valueOf(const Entry& entry, int column) const = 0;
    // The entry that write() changes.
    Entry& editableEntry(int row) { return m_rows[row]; }

    int entryCount() const override { return int(m_rows.size()); }
    QVariant editValue(int row, int column) const override
    {
        return valueOf(m_rows.at(row), column);
    }
    QVariant savedValue(int row, int column) const override
    {
        return valueOf(m_saved.at(row), column);
    }

private:
    QList<Entry> m_rows;
    QList<Entry> m_saved;
};

} // namespace td::ui
