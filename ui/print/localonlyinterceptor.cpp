#include "localonlyinterceptor.h"

#include <QLoggingCategory>

namespace td {
namespace {

Q_LOGGING_CATEGORY(lcPrint, "tenderdesk.ui.print", QtWarningMsg)

} // namespace

void LocalOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String("qrc") || scheme == QLatin1String("file") ||
        scheme == QLatin1String("data"))
        return;
    qCWarning(lcPrint) << "blocked a request of a printed page to" << info.requestUrl();
    info.block(true);
}

} // namespace td
