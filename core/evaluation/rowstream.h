#pragma once

// Internal to the rescore: reading millions of rows fast. On SQLite, rows come straight from
// the library's own statement (the connection's handle), without a QVariant per value, which
// costs more than scoring the bid; on PostgreSQL, from a QSqlQuery fetched whole.
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <string_view>

namespace td {

class RowStream
{
public:
    virtual ~RowStream() = default;
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    // The column's text as UTF-8, valid until the next call to next().
    virtual std::string_view text(int column) const = 0;

    QString string(int column) const
    {
        const std::string_view t = text(column);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
};

// Runs `statement` with `values` bound in order (integers and texts). Throws td::Error naming
// the statement when it fails.
std::unique_ptr<RowStream> streamRows(const QSqlDatabase& db, const QString& statement,
                                      const QVariantList& values = {});

} // namespace td
