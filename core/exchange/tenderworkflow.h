#pragma once

#include "domain/organization.h"
#include "domain/tender.h"
#include "domain/tenderrelease.h"
#include "lifecycle/tendervalidation.h"
#include "ocdsrelease.h"
#include "sealing/ciphersuite.h"
#include "store/sealingkeyrepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

// A tender with what publication left behind: its buyer, its releases and the key bids are
// sealed to. What the tender document and the tender package are made from.
struct TenderRecord
{
    Tender tender;
    Organization buyer;
    QList<TenderRelease> releases;
    std::optional<StoredSealingKey> sealingKey;
    AuditHead auditHead; // the audit log's newest entry when the record was read: what a
                         // document printed from it anchors
};

// The amendments among `releases` as OCDS lists them, each naming the release it amends.
QList<ocds::Amendment> amendmentsOf(const QList<TenderRelease>& releases);

// What procurement staff do to a tender, each step one transaction with its audit entry:
// drafting, publication (a key pair and the first release), amendments (a new release that
// records what changed and why, extending the deadlines after a material change),
// clarifications (an answer is a release too), and the moves of the lifecycle. A step that is
// not allowed throws td::Error with the reason and changes nothing.
class TenderWorkflow
{
public:
    TenderWorkflow(const Database& database, QString actor);

    // Saves a new draft and sets its id (and its reference, TD-YEAR-NNNNNN, when empty).
    // Drafts may be incomplete; only what the database cannot hold is refused.
    void createDraft(Tender& tender);
    // Saves the edited draft over the stored one.
    void saveDraft(Tender tender);

    // Publishes a draft: checks it (an error refuses, naming it), makes the sealing key pair of
    // `suite` (P-256 or SM2) with its private half encrypted under `passphrase`, and writes
    // release 1. A publication time in the past (or none) becomes `now`; a later one schedules
    // the start of tendering.
    TenderRelease publish(const QString& reference, const QByteArray& passphrase,
                          const QDateTime& now, CipherSuite suite = CipherSuite::International);

    // Amends a published tender before its bid deadline. `reason` is required and published.
    // The release lists every changed field; a material change moves a bid deadline nearer
    // than 15 days out to 15 days out.
    TenderRelease amend(const QString& reference, Tender edited, const QString& reason,
                        const QDateTime& now);

    // Records a bidder's question (until the clarification deadline); returns it with its id.
    Clarification ask(const QString& reference, qint64 askerId, const QString& question,
                      const QDateTime& now);
    // Publishes the answer to every bidder as a new release (before the bid deadline).
    TenderRelease answer(const QString& reference, qint64 clarificationId, const QString& answer,
                         const QDateTime& now);

    // Moves the tender through its lifecycle (lifecycle::check says whether it may); a
    // cancellation is published as a release. Publication goes through publish().
    void transition(const QString& reference, TenderStatus to, const QString& reason,
                    const QDateTime& now);

    // The tender with its buyer, releases and sealing key; throws td::Error naming the
    // reference when there is no such tender.
    TenderRecord record(const QString& reference) const;

private:
    Tender load(const QString& reference) const;
    TenderRelease release(const Tender& tender, ReleaseKind kind, const QDateTime& now,
                          const QString& rationale, const QList<FieldChange>& changes,
                          bool material);
    void audit(const QString& action, const Tender& tender, const QJsonObject& payload);

    const Database& m_database;
    QString m_actor;
};

} // namespace td
