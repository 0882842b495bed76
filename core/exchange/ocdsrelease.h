#pragma once

#include "domain/money.h"
#include "domain/organization.h"
#include "domain/tender.h"
#include "domain/tenderrelease.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// OCDS 1.1 releases of a tender (https://standard.open-contracting.org/1.1/): what publication,
// amendments, answers and cancellation publish, and what the tender package carries as
// tender.json. Each release is a complete snapshot of the tender at its date.
namespace td::ocds {

// The prefix TenderDesk's ocids start with. A procurement centre that registers its own OCDS
// prefix would set it here.
QString ocidPrefix();
// "<prefix>-<reference>".
QString ocid(const QString& reference);
// "<ocid>-<number, three digits>": ocds-tdesk1-CNPC-2026-GAI-000001-002.
QString releaseId(const QString& reference, int number);
// The OCDS release tag of each kind: tender, tenderAmendment, tenderUpdate (answers, a tender
// declared unsuccessful, the opening), tenderCancellation, award.
QString releaseTag(ReleaseKind kind);
// An organisation's id within a release: "CN-USCC-<USCC>" (the scheme and identifier, as OCDS's
// organisation identifier guidance builds them) when the USCC is known, else "TD-ORG-<id>".
QString partyId(const Organization& organization);
// An OCDS Value: {"amount": 1234567.89, "currency": "CNY"}. OCDS wants the amount as a JSON
// number in major units; it is converted from the minor units through their decimal text, so
// the number written is exactly the amount. Throws td::Error for amounts of 10^15 minor units
// or more, where a double can no longer hold every minor unit.
QJsonObject value(const Money& amount);

// An amendment as OCDS lists it under tender.amendments.
struct Amendment
{
    QDateTime date;
    QString rationale;
    QList<FieldChange> changes;
    QString amendsReleaseId;
    QString releaseId;
};

// Everything a release says beyond the tender itself.
struct ReleaseContext
{
    int number = 1;
    ReleaseKind kind = ReleaseKind::Publication;
    QDateTime date; // UTC
    Organization buyer;
    QList<Amendment> amendments;             // every amendment so far, this release's own included
    QString sealingKeyFingerprint;           // SHA-256 of the public key bids are sealed to, hex
    AuditHead auditHead;                     // the audit log's head (TenderRelease::auditHead)
    QString language = QStringLiteral("zh"); // of the release's text
};

// The release of `tender` as OCDS 1.1 describes it. The askers of clarifications never appear:
// answered questions are published without their author, unanswered ones not at all. Times
// that are not set are left out. Fields that OCDS's core schema lacks follow the lots and
// enquiries extensions (tender.lots, tender.enquiries); what no extension covers (hardware
// rules, workload, service levels, benchmark suite) is under tender.tenderdesk, and is also
// said in words in tender.eligibilityCriteria. The audit head, when the context has one, is
// under the release's own tenderdesk object: {"auditHead": {"seq": 12, "hash": "..."}}, an
// extension field that the OCDS schema lets through. The sentences TenderDesk writes itself are in
// Chinese when `language` is "zh", in English otherwise.
// Throws std::invalid_argument when the tender has no reference or the context no valid date
// (no release can be published without them), td::Error when an amount is too large (value()).
QJsonObject tenderRelease(const Tender& tender, const ReleaseContext& context);

} // namespace td::ocds
