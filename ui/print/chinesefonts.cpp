#include "chinesefonts.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace td {

QStringList simplifiedChineseFontFamilies()
{
    return QFontDatabase::families(QFontDatabase::SimplifiedChinese);
}

QString missingChineseFontWarning(const QStringList& families)
{
    if (!families.isEmpty())
        return {};
    return QCoreApplication::translate(
               "td::ChineseFonts",
               "No font for Chinese is installed: printed tender documents will show blanks "
               "where the Chinese text should be. Install the %1 package (sudo apt install %1) "
               "and print again.")
        .arg(QLatin1String(chineseFontPackage));
}

QString chineseFontWarning()
{
    return missingChineseFontWarning(simplifiedChineseFontFamilies());
}

} // namespace td
