#include "importreport.h"

#include <array>
#include <utility>

namespace td::ocds {

namespace {

constexpr std::array<std::pair<FileShape, const char*>, 6> shapeCodes{{
    {FileShape::ReleasePackage, "release-package"},
    {FileShape::RecordPackage, "record-package"},
    {FileShape::Release, "release"},
    {FileShape::Record, "record"},
    {FileShape::JsonLines, "jsonl"},
    {FileShape::Concatenated, "concatenated"},
}};

} // namespace

QString ImportWarning::toString() const
{
    QString out = file;
    if (line > 0)
        out += QLatin1Char(':') + QString::number(line);
    out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}

void ImportSummary::resetCounts()
{
    releases = tendersCreated = tendersUpdated = bidsCreated = bidsUpdated = awardsCreated =
        awardsUpdated = organizationsCreated = organizationsMatched = 0;
}

QString shapeCode(FileShape shape)
{
    for (const auto& [value, code] : shapeCodes)
        if (value == shape)
            return QString::fromLatin1(code);
    return QStringLiteral("unknown");
}

bool parseShapeCode(const QString& code, FileShape& shape)
{
    for (const auto& [value, text] : shapeCodes)
        if (code == QLatin1String(text)) {
            shape = value;
            return true;
        }
    return false;
}

} // namespace td::ocds
