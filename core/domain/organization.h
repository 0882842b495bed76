#pragma once

#include "codes.h"

#include <QString>

namespace td {

// A buyer or a vendor, identified across the market by its unified social credit code.
struct Organization
{
    qint64 id = 0;
    QString name;        // legal name, Chinese
    QString nameEnglish; // as the organisation writes it, may be empty
    QString shortName;   // for tables: 国家电网, DeepSeek
    QString uscc;        // 统一社会信用代码, see uscc.h
    OrganizationKind kind = OrganizationKind::CentralSoe;
    QString city;
    // A small or medium enterprise: the SME price deduction and the cities' compute vouchers
    // are for these.
    bool sme = false;
};

} // namespace td
