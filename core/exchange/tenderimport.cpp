#include "tenderimport.h"

#include "domain/error.h"
#include "domain/uscc.h"
#include "store/auditlog.h"
#include "store/organizationrepository.h"
#include "store/sql.h"
#include "store/tenderreader.h"
#include "store/tenderwriter.h"
#include "store/transaction.h"
#include "tenderjsonreader.h"
#include "tendertemplates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace td {
namespace {

// lupdate files the tr() calls of this namespace under "td".
QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

qint64 resolveBuyer(const QSqlDatabase& db, const QJsonValue& buyer)
{
    if (buyer.isString()) {
        const std::optional<Organization> known =
            OrganizationRepository(db).byName(buyer.toString());
        if (!known)
            throw Error(tr("No organisation named '%1' is in the database. Give the buyer as an "
                           "object with its name, short name and unified social credit code to "
                           "add it.")
                            .arg(buyer.toString()));
        return known->id;
    }
    if (!buyer.isObject())
        throw Error(tr("The tender file must name its 'buyer': a name, or an object with name, "
                       "shortName and uscc."));
    const QJsonObject o = buyer.toObject();
    const QString code = o.value(QLatin1String("uscc")).toString();
    const QVariant known =
        sql::scalar(db, QStringLiteral("SELECT id FROM organizations WHERE uscc = ?"), {code});
    if (known.isValid())
        return known.toLongLong();
    Organization org;
    org.name = o.value(QLatin1String("name")).toString();
    org.shortName = o.value(QLatin1String("shortName")).toString(org.name);
    org.nameEnglish = o.value(QLatin1String("nameEnglish")).toString();
    org.uscc = code;
    org.kind = parseCode<OrganizationKind>(o.value(QLatin1String("kind")).toString())
                   .value_or(OrganizationKind::CentralSoe);
    org.city = o.value(QLatin1String("city")).toString();
    if (org.name.trimmed().isEmpty())
        throw Error(tr("The buyer in the tender file needs a name."));
    OrganizationRepository(db).insert(org); // checks the code and names its problem
    return org.id;
}

} // namespace

ImportedTender importTenderDraft(const Database& database, const QByteArray& json,
                                 const QString& actor)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw Error(tr("The tender file is not valid JSON (%1 at byte %2). Fix it and try "
                       "again.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject o = document.object();
    const auto category = parseCode<TenderCategory>(o.value(QLatin1String("category")).toString());
    if (!category) {
        QStringList codes;
        for (TenderCategory c : Codes<TenderCategory>::all())
            codes.append(codeOf(c));
        throw Error(tr("The tender file must give its 'category', one of %1: its template fills "
                       "what the file leaves out.")
                        .arg(codes.join(QStringLiteral(", "))));
    }
    const QDate publication = QDate::currentDate().addDays(1);
    std::optional<Money> ceiling;
    if (o.contains(QLatin1String("budgetCeiling")))
        ceiling = json::readMoney(o.value(QLatin1String("budgetCeiling")),
                                  QStringLiteral("budgetCeiling"));
    Tender tender = json::readTender(o, tenderFromTemplate(*category, publication, ceiling));
    tender.status = TenderStatus::Draft;

    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    tender.buyerId = resolveBuyer(db, o.value(QLatin1String("buyer")));
    if (tender.reference.isEmpty())
        tender.reference = TenderReader(db).nextReference(tender.publishedAt.isValid()
                                                              ? tender.publishedAt.date().year()
                                                              : QDate::currentDate().year());
    ImportedTender result;
    QStringList errors;
    for (const ValidationIssue& issue : validateTender(tender)) {
        if (issue.isError())
            errors.append(QStringLiteral("%1: %2").arg(issue.field, issue.message));
        else
            result.warnings.append(issue);
    }
    if (!errors.isEmpty())
        throw Error(tr("The tender was not created; fix the file first:\n%1")
                        .arg(errors.join(QLatin1Char('\n'))));
    TenderWriter(db, database.dialect()).insert(tender);
    const QJsonObject payload{{QStringLiteral("reference"), tender.reference},
                              {QStringLiteral("title"), tender.title}};
    AuditLog(db, database.dialect())
        .append(actor, QStringLiteral("tender.created"), QStringLiteral("tender"), tender.reference,
                QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    transaction.commit();
    result.id = tender.id;
    result.reference = tender.reference;
    return result;
}

} // namespace td
