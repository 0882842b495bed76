#pragma once

#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One OCDS release as the importer reads it: only the fields that TenderDesk keeps, each
// optional, because a release states what changed and leaves the rest out. Applying releases
// of one process in date order (ProcessWriter) is the field-level merge of OCDS.
namespace td::ocds {

// An organisation a release names: the buyer, a bidder, a supplier. Resolved against the
// release's parties when it is a reference ({id, name}).
struct PublishedOrganization
{
    QString partyId; // the id within the release (1.1); may be empty (1.0, quirks)
    QString name;
    QString scheme; // identifier.scheme, e.g. "UA-EDR", "GB-COH"
    QString identifier;
    qint64 line = 0;

    bool hasIdentifier() const { return !scheme.isEmpty() && !identifier.isEmpty(); }
};

struct PublishedLot
{
    QString id;
    QString title;
    std::optional<Money> value;
};

struct PublishedBid
{
    QString id; // empty: the importer numbers it by its position
    QList<PublishedOrganization> tenderers;
    std::optional<Money> value;
    QString status; // bidStatus codelist: invited, pending, valid, disqualified, withdrawn
    QDateTime date;
    QString relatedLot;
    qint64 line = 0;
};

struct PublishedAward
{
    QString id;
    QList<PublishedOrganization> suppliers;
    std::optional<Money> value;
    QString status; // pending, active, cancelled, unsuccessful
    QDateTime date;
    QString relatedBid; // relatedBid or the first of relatedBids (bids extension)
    QString relatedLot;
    qint64 line = 0;
};

struct PublishedRelease
{
    QString file;
    qint64 line = 0; // where the release begins
    QString ocid;
    QString id;
    QDateTime date;
    QString publisher; // the package's publisher name, when known

    bool hasTender = false;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> status;             // OCDS tender.status
    std::optional<QString> procurementMethod;  // open, selective, limited, direct
    std::optional<QString> mainCategory;       // goods, works, services
    std::optional<QString> tenderDeskCategory; // tender.tenderdesk.category of our own releases
    std::optional<Money> value;
    std::optional<QDateTime> tenderStart;
    std::optional<QDateTime> tenderEnd;
    std::optional<PublishedOrganization> buyer; // buyer, else tender.procuringEntity

    QList<PublishedLot> lots;
    bool hasBids = false;
    QList<PublishedBid> bids;
    QList<PublishedAward> awards;
};

} // namespace td::ocds
