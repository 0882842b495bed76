#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace td {

// The accuracy suites that tenders name (resources/suites/<name>.json, format
// "tenderdesk-suite-1"): multiple-choice or code-test items in Chinese and English, by category.
// A suite goes into the tender package byte for byte, so that every vendor and the benchmark run
// read the same questions.

// The suites built into this program, sorted by name.
QStringList benchmarkSuiteNames();

// The exact bytes of the built-in suite `name`. Throws td::Error naming the known suites when
// there is no such suite.
QByteArray benchmarkSuiteJson(const QString& name);

} // namespace td
