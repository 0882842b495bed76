#include "htmlparts.h"

#include <QStringList>

namespace td::html {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraphs(const QString& text)
{
    QString out;
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList blocks = normalized.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString& block : blocks) {
        const QString trimmed = block.trimmed();
        if (!trimmed.isEmpty())
            out += QStringLiteral("<p>") +
                   escaped(trimmed).replace(QLatin1Char('\n'), QLatin1String("<br>")) +
                   QStringLiteral("</p>\n");
    }
    return out;
}

QString cell(const QString& html, const char* cssClass)
{
    return cssClass ? QStringLiteral("<td class=\"%1\">%2</td>").arg(QLatin1String(cssClass), html)
                    : QStringLiteral("<td>%1</td>").arg(html);
}

QString headerCell(const QString& html, const char* cssClass)
{
    return cssClass ? QStringLiteral("<th class=\"%1\">%2</th>").arg(QLatin1String(cssClass), html)
                    : QStringLiteral("<th>%1</th>").arg(html);
}

QString row(const QString& cells, const char* cssClass)
{
    return cssClass
               ? QStringLiteral("<tr class=\"%1\">%2</tr>\n").arg(QLatin1String(cssClass), cells)
               : QStringLiteral("<tr>%1</tr>\n").arg(cells);
}

QString table(const QString& header, const QString& body, const char* cssClass)
{
    const QString open = cssClass
                             ? QStringLiteral("<table class=\"%1\">").arg(QLatin1String(cssClass))
                             : QStringLiteral("<table>");
    return open +
           QStringLiteral("\n<thead>%1</thead>\n<tbody>\n%2</tbody>\n</table>\n").arg(header, body);
}

QString keep(const QString& html)
{
    return QStringLiteral("<div class=\"keep\">\n%1</div>\n").arg(html);
}

} // namespace td::html
