#pragma once

#include <QString>

namespace td::test {

// The URL of the PostgreSQL server started by the test fixture (tests/support/postgres.sh),
// or an empty string with `why` set when there is none.
QString postgresUrl(QString* why = nullptr);

// tests/data: the OCDS schemas, codelists and samples (tests/data/README.md).
QString dataDir();

} // namespace td::test
