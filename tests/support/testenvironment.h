#pragma once

#include <QString>

namespace td::test {

// The URL of the PostgreSQL server started by the test fixture (tests/support/postgres.sh),
// or an empty string with `why` set when there is none.
QString postgresUrl(QString* why = nullptr);

// Folder of shared/ (DOMAIN.md, OCDS schemas and data).
QString sharedDir();

} // namespace td::test
