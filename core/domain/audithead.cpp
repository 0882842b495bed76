#include "audithead.h"

#include <QRegularExpression>

namespace td {

QString AuditHead::toText() const
{
    return QString::number(seq) + QLatin1Char(':') + hash;
}

std::optional<AuditHead> AuditHead::parse(const QString& text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression form(QStringLiteral("^#?(\\d{1,18}):([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch match = form.match(compact);
    if (!match.hasMatch())
        return std::nullopt;
    return AuditHead{match.captured(1).toLongLong(), match.captured(2).toLower()};
}

} // namespace td
