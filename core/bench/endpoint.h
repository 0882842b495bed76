#pragma once

#include "openaiprotocol.h"

#include <QByteArray>
#include <QString>

namespace td::bench {

// A vendor's deployment as the buyer reaches it.
struct Endpoint
{
    QString baseUrl; // "http://10.0.0.5:8000" or ".../v1"
    QString model;
    QByteArray apiKey; // empty: no Authorization header
    Api api = Api::ChatCompletions;
    int connectTimeoutMs = 10000;
    // A request that receives nothing for this long fails ("the server stalled"), whatever stage
    // it is at: waiting for headers or between two tokens.
    int readTimeoutMs = 60000;
};

// The absolute URL of `path` ("/v1/models"): a base URL given with or without its "/v1" works.
QByteArray endpointUrl(const QString& baseUrl, const QByteArray& path);

// Throws td::Error with a sentence when the base URL is not an http(s) URL with a host.
void checkBaseUrl(const QString& baseUrl);

} // namespace td::bench
