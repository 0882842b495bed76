#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// Writes `bytes` to `path` all or nothing: into a file beside it, renamed into place when
// complete, so a failure leaves an existing file as it was. Throws td::Error naming the file
// and the reason.
void saveFile(const QString& path, const QByteArray& bytes);

} // namespace td
