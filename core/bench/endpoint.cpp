#include "endpoint.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QUrl>

namespace td::bench {

QByteArray endpointUrl(const QString& baseUrl, const QByteArray& path)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base.endsWith(QLatin1String("/v1")))
        base.chop(3);
    return base.toUtf8() + path;
}

void checkBaseUrl(const QString& baseUrl)
{
    if (baseUrl.trimmed().isEmpty())
        throw Error(QCoreApplication::translate(
            "td::bench", "Give the base URL of the model server, for example "
                         "http://10.0.0.5:8000 or http://10.0.0.5:8000/v1."));
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        throw Error(QCoreApplication::translate(
                        "td::bench",
                        "\"%1\" is not the address of a model server. Give its base URL, for "
                        "example http://10.0.0.5:8000 or http://10.0.0.5:8000/v1.")
                        .arg(baseUrl));
}

} // namespace td::bench
