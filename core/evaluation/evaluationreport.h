#pragma once

#include "domain/audithead.h"
#include "domain/organization.h"
#include "evaluationdesk.h"
#include "exchange/documentlanguage.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace td {

class Database;

// What the evaluation report says beyond the evaluation itself.
struct EvaluationReportContext
{
    Organization buyer;  // its English name heads the English report; empty: the tender's
    AuditHead auditHead; // the audit log's newest entry when printed: the paper anchors the log
    QDateTime printedAt; // UTC; not shown when invalid
};

// The evaluation report of a tender as HTML for printing (resources/documents/evaluation.html,
// styled like the tender document), in Chinese or English whatever the language of the user
// interface: the tender; the settings it was evaluated with (method, deductions, dropped
// extremes, tie rules, the thresholds of the abnormally-low rules); the panel and when each
// sheet was submitted; the compliance review of every bid on every check, with the panel's
// overrides and their justifications; each evaluator's points per criterion with the panel's
// score and the extremes left out (only once every sheet is in: before that they are sealed);
// the working of the evaluation price and the price score; every flag with the values that fired
// it and how it was settled; the ranking per lot; the award with its loss-making flag, or the
// recommended bid and the flag it would carry. Every text is escaped. Throws td::Error when the
// tender's time zone is unknown or the report's resources are missing from the build.
QString evaluationReportHtml(const TenderEvaluation& evaluation, DocumentLanguage language,
                             const EvaluationReportContext& context = {});

// The report of `reference` now: its evaluation (EvaluationDesk::load), its buyer and the audit
// log's head. Reads only; throws td::Error as EvaluationDesk::load does.
QString evaluationReportHtml(const Database& database, const QString& reference,
                             DocumentLanguage language);

// Where the report's stylesheets are: the base URL to load the HTML with.
QUrl evaluationReportBaseUrl();

} // namespace td
