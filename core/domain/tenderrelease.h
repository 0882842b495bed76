#pragma once

#include "audithead.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace td {

// One field that an amendment changed, as the release records it: the field's name in
// TenderDesk's JSON ("bidDeadline", "lots[1].budget", "criteria") and its value before and
// after, as text.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

// The changes as stored with a release and written to the audit log:
// [{"field": ..., "before": ..., "after": ...}, ...].
QJsonArray toJson(const QList<FieldChange>& changes);
QList<FieldChange> fieldChangesFrom(const QJsonArray& array);

// What kind of release: OCDS release tags for a tender's life after publication.
enum class ReleaseKind
{
    Publication,   // "tender": the first release
    Amendment,     // "tenderAmendment": the buyer changed the tender
    Clarification, // "tenderUpdate": an answer published to all bidders
    Cancellation,  // "tenderCancellation"
    Unsuccessful,  // "tenderUpdate" with the status unsuccessful: too few valid bids
    Opening,       // "tenderUpdate" with the bids opened (the bids extension lists them)
    Award,         // "award": the award with its supplier, and the bids as evaluated
};

// An immutable, numbered publication of a tender (an OCDS release). Numbers start at 1 with the
// publication; every amendment, answer and cancellation adds the next one.
struct TenderRelease
{
    qint64 id = 0;
    qint64 tenderId = 0;
    int number = 0;
    QString releaseId; // OCDS release id: "<ocid>-<number>"
    ReleaseKind kind = ReleaseKind::Publication;
    QDateTime date;             // UTC
    QString rationale;          // why: the amendment's reason, the answer's question, ...
    QList<FieldChange> changes; // amendments only
    bool material = false;      // the change affects how bids are prepared
    QByteArray content;         // the OCDS release, JSON, exactly as published
    // The audit log's newest entry just before the release's own entry, which comes next and
    // records the release's SHA-256 (so the release cannot hold the hash of that entry: each
    // would contain the other's hash). Also in the release JSON. Not valid for releases made
    // before schema version 6.
    AuditHead auditHead;
};

} // namespace td
