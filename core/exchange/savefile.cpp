#include "savefile.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace td {

void saveFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QCoreApplication::translate("td", "%1 could not be written: %2. Choose "
                                                      "another folder, or free some space.")
                        .arg(path, file.errorString()));
}

} // namespace td
