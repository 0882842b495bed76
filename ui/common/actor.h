#pragma once

#include <QString>

namespace td::ui {

// Who the audit log records for an action taken in the GUI: the account's user name.
QString currentActor();

} // namespace td::ui
