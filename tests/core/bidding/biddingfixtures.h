#pragma once
// What the vendor-side bidding tests share: a buyer's published tender and its package, made
// through the buyer's own workflow on its own database, as a vendor's desk receives it.
#include "../exchange/workflowfixtures.h"

#include <QFile>

namespace td::test {

// Stand-ins for the printed tender documents: the package only needs their bytes.
inline TenderDocumentPdfs dummyPdfs()
{
    return {QByteArrayLiteral("%PDF-1.4\n% 招标文件\n%%EOF\n"),
            QByteArrayLiteral("%PDF-1.4\n% tender document\n%%EOF\n")};
}

// The package entries of the buyer's tender `reference` as it stands now.
inline QList<ArchiveEntry> packageEntries(const Database& buyerDb, const QString& reference)
{
    return tenderPackageEntries(
        TenderWorkflow(buyerDb, QStringLiteral("采购专员")).record(reference), dummyPdfs());
}

inline void writePackage(const Database& buyerDb, const QString& reference, const QString& path)
{
    writeZip(path, packageEntries(buyerDb, reference));
}

// A published tender of the knowledge-assistant template whose suite is `suite`.
inline QString publishedWith(TenderWorkflow& workflow, qint64 buyerId, CipherSuite suite)
{
    const QString reference = draft(workflow, buyerId);
    workflow.publish(reference, passphrase, beforePublication, suite);
    return reference;
}

inline QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace td::test
