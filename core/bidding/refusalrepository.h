#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace td {

// A bid package refused at receipt (bid_refusals): nothing of it is kept but why.
struct BidRefusal
{
    qint64 id = 0;
    qint64 tenderId = 0; // 0: no tender here has the package's reference (or none was read)
    QDateTime refusedAt;
    QString packageSha256;
    QString fileName;
    QString vendor; // the organisation the manifest names, when it could be read
    QString reasonCode;
    QString reason;
};

class RefusalRepository
{
public:
    explicit RefusalRepository(QSqlDatabase db);

    void insert(BidRefusal& refusal);
    QList<BidRefusal> forTender(qint64 tenderId) const; // in the order refused

private:
    QSqlDatabase m_db;
};

} // namespace td
