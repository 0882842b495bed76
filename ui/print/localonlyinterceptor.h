#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace td {

// Keeps printed pages off the network: only our own resources (qrc:), local files and data:
// URLs load. Documents show text that bidders and buyers typed; should any of it ever reach the
// page as markup, it still cannot fetch anything or tell anyone the document was opened.
class LocalOnlyInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo& info) override;
};

} // namespace td
