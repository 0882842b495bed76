#include "organizationrepository.h"

#include "domain/error.h"
#include "domain/uscc.h"
#include "sql.h"

#include <QCoreApplication>

namespace td {

OrganizationRepository::OrganizationRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(sql::prepare(m_db, QStringLiteral("INSERT INTO organizations (name, name_en, "
                                                 "short_name, uscc, kind, city, sme) VALUES (?, ?, "
                                                 "?, ?, ?, ?, ?) RETURNING id")))
{}

void OrganizationRepository::insert(Organization& o)
{
    const QString problem = uscc::problem(o.uscc);
    if (!problem.isEmpty())
        throw Error(QCoreApplication::translate("Organizations", "%1: %2").arg(o.name, problem));
    const QVariantList values = {o.name,         o.nameEnglish, o.shortName, o.uscc,
                                 codeOf(o.kind), o.city,        int(o.sme)};
    sql::bind(m_insert, values);
    sql::exec(m_insert);
    m_insert.next();
    o.id = m_insert.value(0).toLongLong();
    m_insert.finish();
}

QList<Organization> OrganizationRepository::select(const QString& where) const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, name, name_en, short_name, uscc, kind, "
                                                "city, sme FROM organizations ") +
                                     where + QStringLiteral(" ORDER BY short_name, id"));
    QList<Organization> out;
    while (q.next()) {
        Organization o;
        o.id = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.nameEnglish = q.value(2).toString();
        o.shortName = q.value(3).toString();
        o.uscc = q.value(4).toString();
        o.kind = parseCode<OrganizationKind>(q.value(5).toString())
                     .value_or(OrganizationKind::Integrator);
        o.city = q.value(6).toString();
        o.sme = q.value(7).toInt() != 0;
        out.append(o);
    }
    return out;
}

QList<Organization> OrganizationRepository::all() const
{
    return select(QString());
}

QList<Organization> OrganizationRepository::buyers() const
{
    return select(QStringLiteral("WHERE kind IN ('centralSoe', 'localSoe')"));
}

QList<Organization> OrganizationRepository::vendors() const
{
    return select(QStringLiteral("WHERE kind NOT IN ('centralSoe', 'localSoe')"));
}

std::optional<Organization> OrganizationRepository::byId(qint64 id) const
{
    const QList<Organization> found = select(QStringLiteral("WHERE id = %1").arg(id));
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<Organization> OrganizationRepository::byName(const QString& name) const
{
    const QVariant id = sql::scalar(m_db,
                                    QStringLiteral("SELECT id FROM organizations WHERE short_name "
                                                   "= ? OR name = ? ORDER BY id LIMIT 1"),
                                    {name, name});
    if (!id.isValid())
        return std::nullopt;
    return byId(id.toLongLong());
}

QList<Organization> OrganizationRepository::ofTenders(qint64 firstTenderId,
                                                      qint64 lastTenderId) const
{
    // Numbers, not text: formatted into the statement safely.
    return select(QStringLiteral("WHERE id IN (SELECT buyer_id FROM tenders WHERE id BETWEEN %1 "
                                 "AND %2) OR id IN (SELECT vendor_id FROM bids WHERE tender_id "
                                 "BETWEEN %1 AND %2)")
                      .arg(firstTenderId)
                      .arg(lastTenderId));
}

qint64 OrganizationRepository::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM organizations")).toLongLong();
}

} // namespace td
