#include "htmltemplate.h"

#include "domain/error.h"

#include <QCoreApplication>

namespace td {

QString fillHtmlTemplate(const QString& html, const DocumentLabels& labels,
                         const QHash<QString, QString>& fragments)
{
    static const QString open = QStringLiteral("{{");
    static const QString close = QStringLiteral("}}");
    static const QString labelPrefix = QStringLiteral("t:");
    QString out;
    out.reserve(html.size() * 2);
    qsizetype from = 0;
    while (true) {
        const qsizetype start = html.indexOf(open, from);
        if (start < 0)
            break;
        const qsizetype end = html.indexOf(close, start + open.size());
        if (end < 0)
            break;
        out += QStringView(html).mid(from, start - from);
        const QString name = html.mid(start + open.size(), end - start - open.size()).trimmed();
        if (name.startsWith(labelPrefix)) {
            out += labels.text(name.mid(labelPrefix.size())).toHtmlEscaped();
        } else {
            const auto found = fragments.constFind(name);
            if (found == fragments.cend())
                throw Error(QCoreApplication::translate("td", "The text of printed documents is "
                                                              "incomplete in this build (%1 is "
                                                              "missing). Reinstall TenderDesk.")
                                .arg(name));
            out += found.value();
        }
        from = end + close.size();
    }
    out += QStringView(html).mid(from);
    return out;
}

} // namespace td
