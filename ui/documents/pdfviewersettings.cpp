#include "pdfviewersettings.h"

#include <QSettings>

namespace td::ui {

namespace {
const QString group = QStringLiteral("pdfViewer");
const QString zoomModeKey = QStringLiteral("zoomMode");
const QString zoomFactorKey = QStringLiteral("zoomFactor");
const QString thumbnailsKey = QStringLiteral("thumbnails");
const QString geometryKey = QStringLiteral("geometry");

// Stored as words, so that a reordered enum cannot change what a saved setting means.
QString modeName(Zoom::Mode mode)
{
    switch (mode) {
    case Zoom::Mode::FitPage:
        return QStringLiteral("fitPage");
    case Zoom::Mode::Factor:
        return QStringLiteral("factor");
    case Zoom::Mode::FitWidth:
        break;
    }
    return QStringLiteral("fitWidth");
}

Zoom::Mode modeFromName(const QString& name)
{
    if (name == QLatin1String("fitPage"))
        return Zoom::Mode::FitPage;
    if (name == QLatin1String("factor"))
        return Zoom::Mode::Factor;
    return Zoom::Mode::FitWidth;
}
} // namespace

PdfViewerSettings PdfViewerSettings::load()
{
    const PdfViewerSettings defaults;
    QSettings s;
    s.beginGroup(group);
    PdfViewerSettings settings;
    settings.zoom.mode =
        modeFromName(s.value(zoomModeKey, modeName(defaults.zoom.mode)).toString());
    settings.zoom.factor = std::clamp(s.value(zoomFactorKey, defaults.zoom.factor).toDouble(),
                                      Zoom::minimum, Zoom::maximum);
    settings.thumbnails = s.value(thumbnailsKey, defaults.thumbnails).toBool();
    settings.geometry = s.value(geometryKey, defaults.geometry).toByteArray();
    return settings;
}

void PdfViewerSettings::save() const
{
    QSettings s;
    s.beginGroup(group);
    s.setValue(zoomModeKey, modeName(zoom.mode));
    s.setValue(zoomFactorKey, zoom.factor);
    s.setValue(thumbnailsKey, thumbnails);
    s.setValue(geometryKey, geometry);
}

} // namespace td::ui
