#include "actor.h"

namespace td::ui {

QString currentActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("tenderdesk") : user;
}

} // namespace td::ui
