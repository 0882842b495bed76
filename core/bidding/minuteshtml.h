#pragma once

#include "exchange/documentlanguage.h"
#include "openingminutes.h"

#include <QString>
#include <QUrl>

namespace td {

// The minutes of a bid opening as HTML for printing (resources/documents/minutes.html, styled
// like the tender document): the tender, when it was opened, every package received with its
// bidder, USCC, time, status and (opened) price and model or (failed) why, the valid count and
// whether the tender may fail, and every refusal with its reason. Every text is escaped. Throws
// td::Error when the tender's time zone is unknown or the resources are missing from the build.
QString openingMinutesHtml(const OpeningMinutes& minutes, DocumentLanguage language);

// Where the minutes' stylesheet is: the base URL to load the HTML with.
QUrl openingMinutesBaseUrl();

} // namespace td
