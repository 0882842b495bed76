#include "evaluationreportcommand.h"

#include "clicontext.h"
#include "commands.h"
#include "domain/error.h"
#include "exchange/documentlanguage.h"
#include "exchange/savefile.h"
#include "print/chinesefonts.h"
#include "print/evaluationreportpdf.h"

#include <cstring>

namespace td::cli {

bool isEvaluationReportCommand(const QString& command, const QString& sub)
{
    return command == QLatin1String("evaluation") && sub == QLatin1String("report");
}

bool printsEvaluationReport(const char* command, const char* sub)
{
    return std::strcmp(command, "evaluation") == 0 && std::strcmp(sub, "report") == 0;
}

int commandEvaluationReport(Context& c)
{
    allowOnly(c, {QStringLiteral("out"), QStringLiteral("lang")});
    const QString usage = tr("evaluation report REFERENCE --out FILE.pdf [--lang zh_CN|en]");
    if (c.words.size() != 1)
        throw UsageError{tr("Name one tender: %1").arg(usage)};
    const QString ref = c.words.constFirst();
    const QString out = required(c, "out", usage);
    const QString lang = c.isSet("lang") ? c.value("lang") : QStringLiteral("zh_CN");
    const std::optional<DocumentLanguage> language = parseDocumentLanguage(lang);
    if (!language)
        throw UsageError{tr("--lang is zh_CN or en, not '%1'.").arg(lang)};
    const auto db = openDatabase(c);
    // Without a font for Chinese the report prints blanks where its Chinese text is (both
    // languages hold some: the bidders' and the evaluators' names).
    if (const QString warning = chineseFontWarning(); !warning.isEmpty())
        c.err << tr("warning: %1").arg(warning) << '\n';
    const QByteArray pdf = printEvaluationReport(*db, ref, *language);
    saveFile(out, pdf);
    c.out << tr("Evaluation report of %1 written to %2 (%3 KiB).")
                 .arg(ref, out)
                 .arg((pdf.size() + 1023) / 1024)
          << '\n';
    return Ok;
}

QString evaluationReportUsage()
{
    return tr("  evaluation report REFERENCE --out FILE.pdf [--lang zh_CN|en]\n"
              "                               print the evaluation report: panel, compliance,\n"
              "                               scores, flags and how they were settled, ranking,\n"
              "                               award and its loss-making flag\n");
}

} // namespace td::cli
