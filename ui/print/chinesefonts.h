#pragma once

#include <QString>
#include <QStringList>

namespace td {

// The Debian package that gives printed documents their Chinese text.
inline constexpr char chineseFontPackage[] = "fonts-noto-cjk";

// The installed font families that draw Simplified Chinese, as Qt's font database finds them
// through fontconfig, the same fonts Qt WebEngine prints with. Needs a QGuiApplication.
QStringList simplifiedChineseFontFamilies();

// What to tell the user when `families` is empty: without such a font every Chinese character
// of a printed document comes out blank (its text layer is still there, so a search finds it).
// Empty when there is a font.
QString missingChineseFontWarning(const QStringList& families);

// The warning for this computer: missingChineseFontWarning(simplifiedChineseFontFamilies()).
QString chineseFontWarning();

} // namespace td
