#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace td {

// Columns of text aligned for a terminal, where a Chinese character takes two cells.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    // Limits a column's width; longer cells end in "…".
    void setMaxWidth(int column, int cells);
    // Fixes a column's width, so that rows printed in several batches line up.
    void setFixedWidth(int column, int cells);
    QString render() const;
    // The header and the rows apart, for tables printed a batch of rows at a time.
    QString renderHeader() const;
    QString renderRows() const;
    void clearRows() { m_rows.clear(); }

    // Terminal cells a text occupies (East Asian wide characters count two).
    static int displayWidth(const QString& text);

private:
    QString fit(const QString& text, int width) const;
    QList<int> columnWidths() const;
    QString renderLine(const QStringList& cells, const QList<int>& widths) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_maxWidth;
    QList<int> m_fixedWidth;
};

} // namespace td
