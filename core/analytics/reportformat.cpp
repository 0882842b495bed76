#include "reportformat.h"

#include <QFileInfo>

namespace td::analytics {

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

QString reportFormatExtension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QStringList reportFormatExtensions()
{
    return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("xlsx"),
            QStringLiteral("csv")};
}

} // namespace td::analytics
