#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The formats a report is saved in, named by the file's extension, as the CLI's `report --out`
// and the Market workspace's Export dialog take them.
namespace td::analytics {

enum class ReportFormat
{
    Pdf,
    Html,
    Xlsx,
    Csv,
};

// From the file name's extension (case ignored): .pdf, .html or .htm, .xlsx, .csv.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

// The extension written for a format, without the dot: "pdf".
QString reportFormatExtension(ReportFormat format);

// "pdf, html, xlsx, csv", for messages.
QStringList reportFormatExtensions();

} // namespace td::analytics
