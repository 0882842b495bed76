#include "receiptfiles.h"

#include "domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace td {

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QCoreApplication::translate("td::ReceiptFiles",
                                                "Could not write the receipt %1: %2. Choose a "
                                                "folder you can write to.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

ReceiptFiles receiptFilesFor(const QString& packagePath)
{
    const QFileInfo info(packagePath);
    const QString base = info.absoluteDir().filePath(info.completeBaseName());
    return {base + QStringLiteral(".receipt.json"), base + QStringLiteral(".receipt.sig")};
}

ReceiptFiles writeReceiptFiles(const QString& packagePath, const BidReceipt& receipt)
{
    const ReceiptFiles files = receiptFilesFor(packagePath);
    writeFile(files.json, receipt.json);
    writeFile(files.signature, receipt.signature);
    return files;
}

} // namespace td
