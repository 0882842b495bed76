#include "texttable.h"

namespace td {
namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
    , m_maxWidth(m_header.size(), 0)
    , m_fixedWidth(m_header.size(), 0)
{}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

void TextTable::setMaxWidth(int column, int cells)
{
    m_maxWidth[column] = cells;
}

void TextTable::setFixedWidth(int column, int cells)
{
    m_fixedWidth[column] = cells;
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::fit(const QString& text, int width) const
{
    if (displayWidth(text) <= width)
        return text;
    QString out;
    int used = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (used + w > width - 1)
            break;
        out += QString::fromUcs4(&c, 1);
        used += w;
    }
    return out + QStringLiteral("…");
}

QList<int> TextTable::columnWidths() const
{
    QList<int> widths(m_header.size(), 0);
    const auto measure = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            int w = displayWidth(cells.at(i));
            if (m_maxWidth.at(i) > 0)
                w = qMin(w, m_maxWidth.at(i));
            widths[i] = qMax(widths.at(i), w);
        }
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);
    for (qsizetype i = 0; i < widths.size(); ++i)
        if (m_fixedWidth.at(i) > 0)
            widths[i] = m_fixedWidth.at(i);
    return widths;
}

QString TextTable::renderLine(const QStringList& cells, const QList<int>& widths) const
{
    QString text;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QString cell = fit(i < cells.size() ? cells.at(i) : QString(), widths.at(i));
        text += cell;
        if (i + 1 < widths.size())
            text += QString(widths.at(i) - displayWidth(cell) + 2, QLatin1Char(' '));
    }
    return text + QLatin1Char('\n');
}

QString TextTable::renderHeader() const
{
    return renderLine(m_header, columnWidths());
}

QString TextTable::renderRows() const
{
    const QList<int> widths = columnWidths();
    QString out;
    for (const QStringList& row : m_rows)
        out += renderLine(row, widths);
    return out;
}

QString TextTable::render() const
{
    return renderHeader() + renderRows();
}

} // namespace td
