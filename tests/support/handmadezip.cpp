#include "handmadezip.h"

namespace td::test {

namespace {

quint32 crc32Of(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace

void le16(QByteArray& out, quint32 value)
{
    out.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
}

void le32(QByteArray& out, quint32 value)
{
    le16(out, value & 0xffff);
    le16(out, value >> 16);
}

QByteArray handMadeZip(const QList<RawEntry>& entries, bool corruptData)
{
    QByteArray out;
    QByteArray central;
    for (const RawEntry& e : entries) {
        const auto offset = quint32(out.size());
        const quint32 crc = crc32Of(e.data);
        const auto size = quint32(e.data.size());
        QByteArray data = e.data;
        if (corruptData && !data.isEmpty())
            data[0] = char(data[0] ^ 0x20);
        out += QByteArrayLiteral("PK\x03\x04");
        le16(out, 20);     // version needed
        le16(out, 0x0800); // UTF-8 names
        le16(out, 0);      // stored
        le16(out, 0);      // time
        le16(out, 0x21);   // date: 1980-01-01
        le32(out, crc);
        le32(out, size);
        le32(out, size);
        le16(out, quint32(e.name.size()));
        le16(out, 0);
        out += e.name;
        out += data;
        central += QByteArrayLiteral("PK\x01\x02");
        le16(central, 0x0314); // made by Unix, version 2.0
        le16(central, 20);
        le16(central, 0x0800);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0x21);
        le32(central, crc);
        le32(central, size);
        le32(central, size);
        le16(central, quint32(e.name.size()));
        le16(central, 0); // extra
        le16(central, 0); // comment
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, e.mode << 16);
        le32(central, offset);
        central += e.name;
    }
    const auto centralOffset = quint32(out.size());
    out += central;
    out += QByteArrayLiteral("PK\x05\x06");
    le16(out, 0);
    le16(out, 0);
    le16(out, quint32(entries.size()));
    le16(out, quint32(entries.size()));
    le32(out, quint32(central.size()));
    le32(out, centralOffset);
    le16(out, 0);
    return out;
}

} // namespace td::test
