#pragma once

#include <QLocale>

class QCoreApplication;

namespace td {

// Loads TenderDesk's translation (embedded) and Qt's own for `locale`, the system locale by
// default; TENDERDESK_LANG (zh_CN, en) overrides it. Returns the language in use.
QLocale installTranslations(QCoreApplication& app, QLocale locale = QLocale::system());

} // namespace td
