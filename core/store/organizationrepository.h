#pragma once

#include "domain/organization.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

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
    qint64 count() const;

private:
    QList<Organization> select(const QString& where) const;

    QSqlDatabase m_db;
    QSqlQuery m_insert;
};

} // namespace td
