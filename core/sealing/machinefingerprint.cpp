#include "machinefingerprint.h"

#include <QCryptographicHash>
#include <QSysInfo>

namespace td {

QString machineFingerprint(const QString& tenderReference)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("tenderdesk-machine-1"));
    hash.addData(tenderReference.toUtf8());
    hash.addData(QSysInfo::machineUniqueId());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace td
