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
    QString render() const;

    // Terminal cells a text occupies (East Asian wide characters count two).
    static int displayWidth(const QString& text);

private:
    QString fit(const QString& text, int width) const;

    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_maxWidth;
};

} // namespace td
