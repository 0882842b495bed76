#pragma once
// What the tender workflow tests share: a fixed timeline, a buyer and a bidder, drafts and
// published tenders made through the workflow, and readers of releases and the audit log.
#include "domain/error.h"
#include "domain/uscc.h"
#include "exchange/benchmarksuite.h"
#include "exchange/ocdsrelease.h"
#include "sealing/sealingkeys.h"
#include "exchange/tenderpackage.h"
#include "exchange/tendertemplates.h"
#include "exchange/tenderworkflow.h"
#include "exchange/ziparchive.h"
#include "store/auditlog.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"
#include "store/sql.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace td::test {

inline const QByteArray passphrase = QByteArrayLiteral("开标口令 correct horse");

inline QDateTime at(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

// The template's timeline from 2030-06-03, in Shanghai: published at 09:00, questions until
// 06-13 17:00, bids until 06-23 09:30, opened then.
inline const QDate publication(2030, 6, 3);
inline const QDateTime beforePublication = at("2030-06-02T10:00:00+08:00");
inline const QDateTime duringTendering = at("2030-06-05T10:00:00+08:00");
inline const QDateTime tenDaysBeforeDeadline = at("2030-06-13T10:00:00+08:00");
inline const QDateTime afterClarificationDeadline = at("2030-06-13T17:01:00+08:00");
inline const QDateTime bidDeadline = at("2030-06-23T09:30:00+08:00");

inline QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

inline Organization addOrganization(const Database& db, const QString& name,
                                    const QString& shortName, const char* first17,
                                    OrganizationKind kind)
{
    const QString code = QLatin1String(first17);
    Organization o{0,
                   name,
                   QString(),
                   shortName,
                   code + uscc::checkCharacter(code),
                   kind,
                   QStringLiteral("北京")};
    Transaction transaction(db.connection());
    OrganizationRepository(db.connection()).insert(o);
    transaction.commit();
    return o;
}

inline Organization addBuyer(const Database& db)
{
    return addOrganization(db, QStringLiteral("国家电网有限公司"), QStringLiteral("国家电网"),
                           "91110108551385082", OrganizationKind::CentralSoe);
}

inline Organization addBidder(const Database& db)
{
    return addOrganization(db, QStringLiteral("杭州深度求索人工智能基础技术研究有限公司"),
                           QStringLiteral("深度求索"), "91330105MA2KXXXX0",
                           OrganizationKind::ModelVendor);
}

// A draft made from the knowledge-assistant template.
inline QString draft(TenderWorkflow& workflow, qint64 buyerId)
{
    Tender t = tenderFromTemplate(TenderCategory::KnowledgeAssistant, publication);
    t.buyerId = buyerId;
    workflow.createDraft(t);
    return t.reference;
}

inline QString published(TenderWorkflow& workflow, qint64 buyerId)
{
    const QString reference = draft(workflow, buyerId);
    workflow.publish(reference, passphrase, beforePublication);
    return reference;
}

inline qint64 count(const Database& db, const QString& statement)
{
    return sql::scalar(db.connection(), statement).toLongLong();
}

inline QStringList auditActions(const Database& db)
{
    QSqlQuery q =
        sql::run(db.connection(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
    QStringList actions;
    while (q.next())
        actions.append(q.value(0).toString());
    return actions;
}

inline QJsonObject lastAuditPayload(const Database& db)
{
    const QString payload = sql::scalar(db.connection(), QStringLiteral("SELECT payload FROM "
                                                                        "audit_log ORDER BY seq "
                                                                        "DESC LIMIT 1"))
                                .toString();
    return QJsonDocument::fromJson(payload.toUtf8()).object();
}

inline QJsonObject jsonOf(const TenderRelease& release)
{
    return QJsonDocument::fromJson(release.content).object();
}

inline QJsonObject tenderOf(const TenderRelease& release)
{
    return jsonOf(release).value(QLatin1String("tender")).toObject();
}

inline QStringList tags(const TenderRelease& release)
{
    QStringList out;
    for (const QJsonValue& tag : jsonOf(release).value(QLatin1String("tag")).toArray())
        out.append(tag.toString());
    return out;
}

inline QStringList lines(const QList<FieldChange>& changes)
{
    QStringList out;
    for (const FieldChange& c : changes)
        out.append(c.field + QStringLiteral(": ") + c.before + QStringLiteral(" -> ") + c.after);
    return out;
}

inline Criterion& criterion(Tender& t, const char* code)
{
    const auto found = std::find_if(t.criteria.begin(), t.criteria.end(), [&](const Criterion& c) {
        return c.code == QLatin1String(code);
    });
    Q_ASSERT(found != t.criteria.end());
    return *found;
}

inline QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace td::test
