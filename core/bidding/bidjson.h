#pragma once

#include "domain/accelerator.h"
#include "domain/bidcontent.h"
#include "domain/error.h"
#include "domain/tender.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// BID.json, the vendor's bid content ("tenderdesk-bid-1"): what `bid template` prints, what the
// vendor fills in, what the desk keeps as a draft and seals as bid.json. Money as TenderDesk's
// JSON writes it ({"amount": "1234.56", "currency": "CNY"}), codes from domain/codes.h.
namespace td::bidjson {

// One wrong field: its path in the file ("breakdown[2].amount") and what it must hold.
struct FieldProblem
{
    QString field;
    QString message;
};

// Every wrong field of a BID.json at once, so that a vendor fixes them in one go. The message
// lists them all.
class BidJsonError : public Error
{
public:
    explicit BidJsonError(QList<FieldProblem> problems);
    const QList<FieldProblem>& problems() const { return m_problems; }

private:
    QList<FieldProblem> m_problems;
};

// Reads a BID.json, all or nothing: throws BidJsonError naming every wrong or unknown field.
// With a catalog, every declared accelerator must be one of its models (its spelling is taken,
// whatever the case written); without one, names are only checked to be non-empty.
BidContent read(const QJsonObject& json, const QList<Accelerator>* catalog = nullptr);
// Parses the text first; a file that is no JSON object is a BidJsonError on the field "".
BidContent read(const QByteArray& text, const QList<Accelerator>* catalog = nullptr);

// BID.json for `bid`. Documents carry "file", "bytes" and "sha256" once sealed.
QJsonObject write(const BidContent& bid);

// A BID.json to fill in for `tender`: its first lot (or `lotNumber`), amounts of zero in the
// lot's currency with one breakdown line per kind, every document the tender requires listed
// with an empty path, no hardware.
BidContent bidTemplate(const Tender& tender, int lotNumber = 0);

} // namespace td::bidjson
