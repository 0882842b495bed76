#include "evaluationreportpdf.h"

#include "domain/error.h"
#include "evaluation/evaluationreport.h"
#include "pdfprinting.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace td {

QByteArray printEvaluationReport(const Database& database, const QString& reference,
                                 DocumentLanguage language)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(QCoreApplication::translate("td::TenderDocument",
                                                "Printing needs the graphical platform; run "
                                                "the command again (it sets one up itself)."));
    const QString html = evaluationReportHtml(database, reference, language);
    return printHtmlToPdf(html, 120000, evaluationReportBaseUrl());
}

} // namespace td
