#pragma once

#include <QByteArray>
#include <QList>

namespace td::test {

// A zip written by hand, byte for byte, so that a test can put in what no honest writer
// would: hostile names, links and devices (the Unix mode in the external attributes), a wrong
// CRC. Entries are stored (not compressed) and carry the UTF-8 name flag.
struct RawEntry
{
    QByteArray name;
    QByteArray data;
    quint32 mode = 0100644;
};

QByteArray handMadeZip(const QList<RawEntry>& entries, bool corruptData = false);

// Little-endian integers as zip headers hold them.
void le16(QByteArray& out, quint32 value);
void le32(QByteArray& out, quint32 value);

} // namespace td::test
