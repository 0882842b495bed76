#include "tenderworkflow.h"

#include "domain/error.h"
#include "lifecycle/amendments.h"
#include "lifecycle/tenderlifecycle.h"
#include "ocdsrelease.h"
#include "sealing/sealingkeys.h"
#include "store/auditlog.h"
#include "store/auditverifier.h"
#include "store/clarificationrepository.h"
#include "store/database.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td::TenderWorkflow".
QString tr(const char* text)
{
    return QCoreApplication::translate("td::TenderWorkflow", text);
}

using lifecycle::localTime;

// Amendments and answers are for tenders open to bids: published or tendering, and before
// the bid deadline.
void requireOpenForBids(const Tender& t, const QDateTime& now, const QString& what)
{
    if (t.status != TenderStatus::Published && t.status != TenderStatus::Tendering)
        throw Error(tr("%1 is possible only while the tender is published and open for bids; "
                       "tender %2 is %3.")
                        .arg(what, t.reference, nameOf(t.status)));
    if (t.bidDeadline.isValid() && now >= t.bidDeadline)
        throw Error(tr("%1 is no longer possible: the bid deadline of tender %2 passed at %3.")
                        .arg(what, t.reference, localTime(t, t.bidDeadline)));
}

// A tender imported from another buyer's package is read-only on this desk: only its buyer
// publishes, amends or answers it, on its own desk, and a new package brings the change here.
void requireOwn(const Tender& t, const QString& what)
{
    if (t.origin == TenderOrigin::Imported)
        throw Error(tr("%1 is not possible here: tender %2 belongs to another buyer and was "
                       "imported from its package. Import the buyer's newer package to see its "
                       "changes.")
                        .arg(what, t.reference));
}

// A tender read from a file has lots without ids: the lot with the same number is the same lot,
// so that its bids stay attached.
void adoptLotIds(Tender& edited, const Tender& stored)
{
    for (Lot& lot : edited.lots) {
        if (lot.id > 0)
            continue;
        for (const Lot& old : stored.lots)
            if (old.number == lot.number)
                lot.id = old.id;
    }
}

// Inside the step's transaction: the tender as stored now must still be the one the step was
// prepared from, or another desk changed it meanwhile and the step would overwrite that.
void requireUnchanged(const Tender& prepared, const std::optional<Tender>& stored)
{
    if (!stored || stored->status != prepared.status ||
        !amendments::changes(prepared, *stored).isEmpty())
        throw Error(tr("Tender %1 was changed by someone else meanwhile; nothing was written. "
                       "Open it again and repeat the step.")
                        .arg(prepared.reference));
}

int validBids(const QSqlDatabase& db, qint64 tenderId)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM bids WHERE tender_id = ? AND status "
                                      "= ?"),
                       {tenderId, codeOf(BidStatus::Valid)})
        .toInt();
}

} // namespace

QList<ocds::Amendment> amendmentsOf(const QList<TenderRelease>& releases)
{
    QList<ocds::Amendment> amendments;
    for (qsizetype i = 0; i < releases.size(); ++i) {
        const TenderRelease& r = releases.at(i);
        if (r.kind != ReleaseKind::Amendment)
            continue;
        amendments.append({r.date, r.rationale, r.changes,
                           i > 0 ? releases.at(i - 1).releaseId : QString(), r.releaseId});
    }
    return amendments;
}

TenderWorkflow::TenderWorkflow(const Database& database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{}

Tender TenderWorkflow::load(const QString& reference) const
{
    std::optional<Tender> t = TenderReader(m_database.connection()).byReference(reference);
    if (!t)
        throw Error(tr("No tender has the reference '%1'.").arg(reference));
    return *t;
}

TenderRecord TenderWorkflow::record(const QString& reference) const
{
    TenderRecord r;
    r.tender = load(reference);
    QSqlDatabase db = m_database.connection();
    r.buyer = OrganizationRepository(db).byId(r.tender.buyerId).value_or(Organization{});
    r.releases = ReleaseRepository(db).forTender(r.tender.id);
    r.sealingKey = SealingKeyRepository(db).forTender(r.tender.id);
    r.auditHead = AuditLog(db, m_database.dialect()).head();
    return r;
}

void TenderWorkflow::audit(const QString& action, const Tender& t, const QJsonObject& payload)
{
    AuditLog(m_database.connection(), m_database.dialect())
        .append(m_actor, action, QStringLiteral("tender"), t.reference,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

TenderRelease TenderWorkflow::release(const Tender& t, ReleaseKind kind, const QDateTime& now,
                                      const QString& rationale, const QList<FieldChange>& changes,
                                      bool material)
{
    QSqlDatabase db = m_database.connection();
    ReleaseRepository releases(db);
    QList<TenderRelease> earlier = releases.forTender(t.id);
    TenderRelease r;
    r.tenderId = t.id;
    r.number = int(earlier.size()) + 1;
    r.releaseId = ocds::releaseId(t.reference, r.number);
    r.kind = kind;
    r.date = now.toUTC();
    r.rationale = rationale;
    r.changes = changes;
    r.material = material;
    // The head as it stands before the release's own entry, which the step appends next in this
    // transaction (head() holds the log until the commit) and which records the release's
    // SHA-256: see TenderRelease::auditHead.
    r.auditHead = AuditLog(db, m_database.dialect()).head();

    ocds::ReleaseContext context;
    context.auditHead = r.auditHead;
    context.number = r.number;
    context.kind = kind;
    context.date = r.date;
    context.buyer = OrganizationRepository(db).byId(t.buyerId).value_or(Organization{});
    earlier.append(r);
    context.amendments = amendmentsOf(earlier);
    // Written with the key in the same transaction at publication, so always found here.
    if (const std::optional<StoredSealingKey> key = SealingKeyRepository(db).forTender(t.id))
        context.sealingKeyFingerprint = key->fingerprint;
    r.content = QJsonDocument(ocds::tenderRelease(t, context)).toJson(QJsonDocument::Indented);
    releases.append(r);
    return r;
}

void TenderWorkflow::createDraft(Tender& t)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (t.reference.trimmed().isEmpty())
        t.reference = TenderReader(db).nextReference(
            t.publishedAt.isValid()
                ? t.publishedAt.toTimeZone(QTimeZone(t.timeZone.toUtf8())).date().year()
                : QDate::currentDate().year());
    else if (TenderReader(db).byReference(t.reference))
        throw Error(tr("A tender with the reference %1 exists already; choose another one.")
                        .arg(t.reference));
    t.status = TenderStatus::Draft;
    TenderWriter(db, m_database.dialect()).insert(t);
    audit(QStringLiteral("tender.created"), t,
          {{QStringLiteral("reference"), t.reference}, {QStringLiteral("title"), t.title}});
    transaction.commit();
}

void TenderWorkflow::saveDraft(Tender edited)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<Tender> stored = TenderReader(db).byId(edited.id);
    if (!stored)
        throw Error(tr("The draft %1 is no longer in the database.").arg(edited.reference));
    requireOwn(*stored, tr("Editing the tender"));
    if (stored->status != TenderStatus::Draft)
        throw Error(tr("Tender %1 is %2: only a draft is edited freely; a published tender is "
                       "amended, with a reason.")
                        .arg(stored->reference, nameOf(stored->status)));
    edited.status = TenderStatus::Draft;
    adoptLotIds(edited, *stored);
    if (edited.reference != stored->reference && TenderReader(db).byReference(edited.reference))
        throw Error(tr("A tender with the reference %1 exists already; choose another one.")
                        .arg(edited.reference));
    const QList<FieldChange> changed = amendments::changes(*stored, edited);
    if (changed.isEmpty())
        return;
    TenderWriter(db, m_database.dialect()).update(*stored, edited);
    QJsonArray fields;
    for (const FieldChange& c : changed)
        fields.append(c.field);
    audit(QStringLiteral("tender.draftSaved"), edited, {{QStringLiteral("fields"), fields}});
    transaction.commit();
}

TenderRelease TenderWorkflow::publish(const QString& reference, const QByteArray& passphrase,
                                      const QDateTime& now, CipherSuite suite)
{
    const Tender loaded = load(reference);
    requireOwn(loaded, tr("Publication"));
    Tender t = loaded;
    if (t.status != TenderStatus::Draft)
        throw Error(tr("Tender %1 is %2 already; only a draft is published.")
                        .arg(reference, nameOf(t.status)));
    if (t.bidDeadline.isValid() && t.bidDeadline <= now)
        throw Error(tr("The bid deadline (%1) has already passed; set a later one before "
                       "publishing.")
                        .arg(localTime(t, t.bidDeadline)));
    if (!t.publishedAt.isValid() || t.publishedAt < now)
        t.publishedAt = now.toUTC();
    LifecycleFacts facts;
    facts.now = now;
    const TransitionCheck allowed = lifecycle::check(t, TenderStatus::Published, facts);
    if (!allowed.allowed)
        throw Error(allowed.reason);
    // The slow part, before the transaction: nothing is locked while the key is made.
    const SealingKeyPair key = generateSealingKeyPair(passphrase, suite);

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const std::optional<Tender> stored = TenderReader(db).byId(t.id);
    requireUnchanged(loaded, stored);
    t.status = TenderStatus::Published;
    TenderWriter(db, m_database.dialect()).update(*stored, t);
    SealingKeyRepository(db).insert(
        {t.id, key.algorithm, key.publicKeyPem, key.encryptedPrivateKeyPem, key.fingerprint, now});
    const TenderRelease r = release(t, ReleaseKind::Publication, now, QString(), {}, false);
    QJsonObject payload = releaseAuditFields(r);
    payload.insert(QStringLiteral("sealingKey"), key.fingerprint);
    audit(QStringLiteral("tender.published"), t, payload);
    transaction.commit();
    return r;
}

TenderRelease TenderWorkflow::amend(const QString& reference, Tender edited, const QString& reason,
                                    const QDateTime& now)
{
    const Tender stored = load(reference);
    requireOwn(stored, tr("An amendment"));
    requireOpenForBids(stored, now, tr("An amendment"));
    if (reason.trimmed().isEmpty())
        throw Error(tr("Say why the tender is amended: the reason is published with the "
                       "amendment."));
    edited.id = stored.id;
    edited.status = stored.status;
    adoptLotIds(edited, stored);
    QList<FieldChange> changed = amendments::changes(stored, edited);
    if (const FieldChange* forbidden = amendments::forbiddenChange(changed))
        throw Error(tr("An amendment cannot change '%1' (from '%2' to '%3'). Cancel the tender "
                       "and publish a new one instead.")
                        .arg(forbidden->field, forbidden->before, forbidden->after));
    if (changed.isEmpty())
        throw Error(tr("The amendment changes nothing in tender %1.").arg(reference));
    const bool material = amendments::isMaterial(changed);
    // A material change needs 15 days before the bid deadline: the deadlines move if nearer,
    // and the release lists the move among the changes.
    if (material && !amendments::extendDeadlines(edited, now).isEmpty())
        changed = amendments::changes(stored, edited);
    QStringList errors;
    for (const ValidationIssue& issue : validateTender(edited))
        if (issue.isError())
            errors.append(issue.message);
    if (!errors.isEmpty())
        throw Error(tr("The amendment was not published; fix this first: %1")
                        .arg(errors.join(QLatin1Char(' '))));

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    requireUnchanged(stored, TenderReader(db).byId(stored.id));
    TenderWriter(db, m_database.dialect()).update(stored, edited);
    const Tender updated = load(reference);
    const TenderRelease r =
        release(updated, ReleaseKind::Amendment, now, reason.trimmed(), changed, material);
    QJsonObject payload = releaseAuditFields(r);
    payload.insert(QStringLiteral("reason"), reason.trimmed());
    payload.insert(QStringLiteral("material"), material);
    payload.insert(QStringLiteral("changes"), toJson(changed));
    audit(QStringLiteral("tender.amended"), updated, payload);
    transaction.commit();
    return r;
}

Clarification TenderWorkflow::ask(const QString& reference, qint64 askerId, const QString& question,
                                  const QDateTime& now)
{
    const Tender t = load(reference);
    requireOwn(t, tr("Recording a question"));
    if (t.status != TenderStatus::Published && t.status != TenderStatus::Tendering)
        throw Error(tr("Questions are taken only while tender %1 is open for bids; it is %2.")
                        .arg(reference, nameOf(t.status)));
    if (t.clarificationDeadline.isValid() && now > t.clarificationDeadline)
        throw Error(tr("The clarification deadline of tender %1 passed at %2; no more questions "
                       "are taken.")
                        .arg(reference, localTime(t, t.clarificationDeadline)));
    if (question.trimmed().isEmpty())
        throw Error(tr("The question is empty; write what the bidder asks."));
    QSqlDatabase db = m_database.connection();
    if (!OrganizationRepository(db).byId(askerId))
        throw Error(tr("Name the organisation that asks: it must be in the database."));
    Transaction transaction(db);
    Clarification c;
    c.askedAt = now.toUTC();
    c.askerId = askerId;
    c.question = question.trimmed();
    ClarificationRepository(db).ask(t.id, c);
    audit(QStringLiteral("tender.clarificationAsked"), t,
          {{QStringLiteral("clarification"), c.id}, {QStringLiteral("asker"), askerId}});
    transaction.commit();
    return c;
}

TenderRelease TenderWorkflow::answer(const QString& reference, qint64 clarificationId,
                                     const QString& answerText, const QDateTime& now)
{
    const Tender t = load(reference);
    requireOwn(t, tr("Answering a question"));
    requireOpenForBids(t, now, tr("Answering a question"));
    if (answerText.trimmed().isEmpty())
        throw Error(tr("The answer is empty; write what every bidder will read."));
    const auto question =
        std::find_if(t.clarifications.cbegin(), t.clarifications.cend(),
                     [&](const Clarification& c) { return c.id == clarificationId; });
    if (question == t.clarifications.cend())
        throw Error(
            tr("Tender %1 has no such question; look at its questions again.").arg(reference));
    const qsizetype number = question - t.clarifications.cbegin() + 1; // as the buyer sees it
    if (!question->answer.isEmpty())
        throw Error(tr("Question %1 was answered on %2; a published answer is not rewritten. "
                       "Amend the tender to correct it.")
                        .arg(number)
                        .arg(localTime(t, question->answeredAt)));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!ClarificationRepository(db).answer(t.id, clarificationId, answerText.trimmed(), now))
        throw Error(tr("Question %1 was answered by someone else meanwhile.").arg(number));
    const Tender updated = load(reference);
    const TenderRelease r =
        release(updated, ReleaseKind::Clarification, now, question->question, {}, false);
    QJsonObject payload = releaseAuditFields(r);
    payload.insert(QStringLiteral("clarification"), clarificationId);
    audit(QStringLiteral("tender.clarificationAnswered"), updated, payload);
    transaction.commit();
    return r;
}

void TenderWorkflow::transition(const QString& reference, TenderStatus to, const QString& reason,
                                const QDateTime& now)
{
    const Tender t = load(reference);
    requireOwn(t, tr("Changing the tender's status"));
    if (to == TenderStatus::Published)
        throw Error(tr("Publish the tender with its passphrase: publication makes the key pair "
                       "that bids are sealed to."));
    QSqlDatabase db = m_database.connection();
    LifecycleFacts facts;
    facts.now = now;
    facts.reason = reason.trimmed();
    facts.validBids = validBids(db, t.id);
    const TransitionCheck allowed = lifecycle::check(t, to, facts);
    if (!allowed.allowed)
        throw Error(allowed.reason);
    Transaction transaction(db);
    QSqlQuery update =
        sql::run(db,
                 QStringLiteral("UPDATE tenders SET status = ?, updated_at = ? WHERE "
                                "id = ? AND status = ?"),
                 {codeOf(to), now.toUTC().toString(Qt::ISODate), t.id, codeOf(t.status)});
    if (update.numRowsAffected() != 1)
        throw Error(tr("Tender %1 changed meanwhile; look at it again.").arg(reference));
    QJsonObject payload{{QStringLiteral("from"), codeOf(t.status)},
                        {QStringLiteral("to"), codeOf(to)}};
    if (!facts.reason.isEmpty())
        payload.insert(QStringLiteral("reason"), facts.reason);
    // A cancelled or failed tender is announced to the bidders who had its releases.
    if ((to == TenderStatus::Cancelled || to == TenderStatus::Unsuccessful) &&
        ReleaseRepository(db).count(t.id) > 0) {
        const Tender updated = load(reference);
        const TenderRelease r = release(updated,
                                        to == TenderStatus::Cancelled ? ReleaseKind::Cancellation
                                                                      : ReleaseKind::Unsuccessful,
                                        now, facts.reason, {}, false);
        const QJsonObject fields = releaseAuditFields(r);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            payload.insert(it.key(), it.value());
    }
    audit(QStringLiteral("tender.status"), t, payload);
    transaction.commit();
}

} // namespace td
