#pragma once

#include "lifecycle/tendervalidation.h"
#include "store/database.h"

#include <QByteArray>

namespace td {

struct ImportedTender
{
    qint64 id = 0;
    QString reference;
    QList<ValidationIssue> warnings; // what the buyer should look at; the draft is saved
};

// Creates a draft tender from a JSON file (`tenderdesk-cli tender create --from FILE.json`).
// The file names its "category", whose template fills every field the file leaves out, and its
// buyer: "buyer" as the short or full name of an organisation in the database, or as an object
// {name, shortName, uscc, kind, city} that is added when its code is new. Without a
// "reference" the draft gets the next TD-YEAR-NNNNNN. All or nothing: a file with any error is
// refused whole, with every error named, and the database is left as it was.
ImportedTender importTenderDraft(const Database& database, const QByteArray& json,
                                 const QString& actor);

} // namespace td
