#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace td {

QLocale installTranslations(QCoreApplication& app, QLocale locale)
{
    const QString chosen = qEnvironmentVariable("TENDERDESK_LANG");
    if (!chosen.isEmpty())
        locale = QLocale(chosen);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    // Languages without a translation of their own (and the "C" locale of scripts) get the
    // English plural forms, so that no "tender(s)" reaches the screen.
    if (ours->load(locale, QStringLiteral("tenderdesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/tenderdesk_en.qm")))
        QCoreApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, dialogs), where the system has them installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale;
}

} // namespace td
