#pragma once

#include "domain/organization.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace td {

class OrganizationRepository
{
public:
    explicit OrganizationRepository(QSqlDatabase db);

    // Validates the unified social credit code and sets organization.id.
    void insert(Organization& organization);
    QList<Organization> all() const;
    // Organisations that publish tenders (central and local SOEs), by short name.
    QList<Organization> buyers() const;
    // Organisations that bid (every kind but SOEs), by short name.
    QList<Organization> vendors() const;
    std::optional<Organization> byId(qint64 id) const;
    // The buyers and the bidders of the tenders whose ids are from `firstTenderId` to
    // `lastTenderId`: one query for a page of the market.
    QList<Organization> ofTenders(qint64 firstTenderId, qint64 lastTenderId) const;
    // By short or full name, as people type them.
    std::optional<Organization> byName(const QString& name) const;
    qint64 count() const;

private:
    QList<Organization> select(const QString& where) const;

    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace td
