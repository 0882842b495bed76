#pragma once

#include "documentlabels.h"

#include <QHash>
#include <QString>

namespace td {

// Fills an HTML template: "{{t:key}}" becomes the label `key`, escaped, and "{{name}}" becomes
// fragments[name], which the caller has built from escaped text. One pass, so text inserted
// never becomes a marker. Throws td::Error on a marker that has no value.
QString fillHtmlTemplate(const QString& html, const DocumentLabels& labels,
                         const QHash<QString, QString>& fragments);

} // namespace td
