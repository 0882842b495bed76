#include "auditverifier.h"

#include "releaserepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

namespace td {
namespace {

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A stored release as the check needs it; its content only as its digest.
struct StoredRelease
{
    QString releaseId;
    AuditHead head;
    QString sha256;
};

// The entry that records a release.
struct ReleaseEntry
{
    qint64 seq = 0;
    QString sha256;
};

} // namespace

QJsonObject releaseAuditFields(const TenderRelease& release)
{
    return {{QStringLiteral("release"), release.releaseId},
            {QStringLiteral("sha256"), sha256(release.content)}};
}

AuditVerifier::AuditVerifier(QSqlDatabase db, const Dialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

AuditReport AuditVerifier::verify(const QList<AuditHead>& given) const
{
    QList<StoredRelease> releases;
    QList<AuditAnchor> anchors;
    ReleaseRepository(m_db).forEach([&](const TenderRelease& r) {
        releases.append({r.releaseId, r.auditHead, sha256(r.content)});
        if (!r.auditHead.isValid())
            return; // written before releases carried the head
        anchors.append({r.auditHead, QCoreApplication::translate(
                                         "AuditVerifier",
                                         "release %1 was published when the log stood at entry %2")
                                         .arg(r.releaseId)
                                         .arg(r.auditHead.seq)});
        anchors.append(
            {{r.auditHead.seq + 1, QString()},
             QCoreApplication::translate(
                 "AuditVerifier", "the entry of release %1 comes right after entry %2, the newest "
                                  "entry when the release was published")
                 .arg(r.releaseId)
                 .arg(r.auditHead.seq)});
    });
    for (const AuditHead& head : given)
        anchors.append({head, QCoreApplication::translate(
                                  "AuditVerifier", "an anchor given to the check names entry %1")
                                  .arg(head.seq)});

    QHash<QString, ReleaseEntry> entries; // by release id
    AuditReport report = AuditLog(m_db, m_dialect).verify(anchors, [&entries](const AuditEntry& e) {
        if (e.entity != QLatin1String("tender") ||
            !e.payload.contains(QLatin1String("\"release\"")))
            return;
        const QJsonObject payload = QJsonDocument::fromJson(e.payload.toUtf8()).object();
        const QString releaseId = payload.value(QLatin1String("release")).toString();
        if (!releaseId.isEmpty())
            entries.insert(releaseId, {e.seq, payload.value(QLatin1String("sha256")).toString()});
    });

    report.releasesChecked = releases.size();
    for (const StoredRelease& r : std::as_const(releases)) {
        const auto entry = entries.constFind(r.releaseId);
        if (entry == entries.cend()) {
            if (r.head.isValid() && r.head.seq >= report.lastSeq)
                report.problems.append(QCoreApplication::translate(
                                           "AuditVerifier",
                                           "Release %1 has no audit entry: its entry %2 was cut "
                                           "off with the end of the log.")
                                           .arg(r.releaseId)
                                           .arg(r.head.seq + 1));
            else
                report.problems.append(QCoreApplication::translate(
                                           "AuditVerifier",
                                           "Release %1 has no audit entry: no entry of the log "
                                           "records it. The release was written around "
                                           "TenderDesk, or its entry was changed.")
                                           .arg(r.releaseId));
            continue;
        }
        if (r.head.isValid() && entry->seq != r.head.seq + 1)
            report.problems.append(QCoreApplication::translate(
                                       "AuditVerifier",
                                       "Release %1 is recorded by entry %2, but it carries entry "
                                       "%3 as the newest before its own: the release or the log "
                                       "was changed.")
                                       .arg(r.releaseId)
                                       .arg(entry->seq)
                                       .arg(r.head.seq));
        if (!entry->sha256.isEmpty() && entry->sha256 != r.sha256)
            report.problems.append(
                QCoreApplication::translate("AuditVerifier",
                                            "Release %1 is not the release that entry %2 recorded: "
                                            "its content was changed after it was published.")
                    .arg(r.releaseId)
                    .arg(entry->seq));
    }
    return report;
}

} // namespace td
