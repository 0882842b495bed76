#include "tendercommands.h"

#include "domain/error.h"
#include "exchange/savefile.h"
#include "exchange/tenderimport.h"
#include "exchange/tenderjsonreader.h"
#include "exchange/tenderpackage.h"
#include "exchange/tenderworkflow.h"
#include "exchange/texttable.h"
#include "print/chinesefonts.h"
#include "print/tenderdocumentpdf.h"
#include "store/acceleratorrepository.h"
#include "store/organizationrepository.h"
#include "store/releaserepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

namespace td::cli {
namespace {

QString reference(const Context& c, const QString& usage)
{
    if (c.words.size() != 1)
        throw UsageError{tr("Name one tender: %1").arg(usage)};
    return c.words.constFirst();
}

QJsonObject readJsonObject(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(tr("%1 is not a JSON object (%2 at byte %3). Fix it and try again.")
                        .arg(path, error.errorString())
                        .arg(error.offset));
    return document.object();
}

// Without a font for Chinese the documents print with blanks where their Chinese text is (both
// languages hold some: the buyer's names): say so, and what to install, before printing.
void warnIfNoChineseFont(const Context& c)
{
    if (const QString warning = chineseFontWarning(); !warning.isEmpty())
        c.err << tr("warning: %1").arg(warning) << '\n';
}

QString releaseKindName(ReleaseKind kind)
{
    switch (kind) {
    case ReleaseKind::Publication:
        return tr("publication");
    case ReleaseKind::Amendment:
        return tr("amendment");
    case ReleaseKind::Clarification:
        return tr("answer");
    case ReleaseKind::Cancellation:
        return tr("cancellation");
    case ReleaseKind::Unsuccessful:
        return tr("unsuccessful");
    case ReleaseKind::Opening:
        return tr("bid opening");
    case ReleaseKind::Award:
        return tr("award");
    }
    return {};
}

int commandCreate(Context& c)
{
    allowOnly(c, {QStringLiteral("from")});
    const QString path = c.value("from");
    if (path.isEmpty() || !c.words.isEmpty())
        throw UsageError{tr("Give the tender file: tender create --from FILE.json.")};
    const QByteArray json = readFile(path);
    const auto db = openDatabase(c);
    const ImportedTender created = importTenderDraft(*db, json, QStringLiteral("cli"));
    for (const ValidationIssue& warning : created.warnings)
        c.err << tr("warning: %1: %2").arg(warning.field, warning.message) << '\n';
    c.out << created.reference << '\n';
    return Ok;
}

// Reads a tender file over the stored tender: what the file gives replaces, the rest stays.
Tender editedFrom(const Context& c, const TenderWorkflow& workflow, const QString& ref)
{
    const QJsonObject o = readJsonObject(c.value("from"));
    return json::readTender(o, workflow.record(ref).tender);
}

int commandEdit(Context& c)
{
    allowOnly(c, {QStringLiteral("from")});
    const QString usage = tr("tender edit REFERENCE --from FILE.json");
    const QString ref = reference(c, usage);
    required(c, "from", usage);
    const auto db = openDatabase(c);
    TenderWorkflow workflow(*db, QStringLiteral("cli"));
    workflow.saveDraft(editedFrom(c, workflow, ref));
    for (const ValidationIssue& issue : validateTender(workflow.record(ref).tender))
        c.err << (issue.isError() ? tr("to fix before publication: %1: %2") : tr("warning: %1: %2"))
                     .arg(issue.field, issue.message)
              << '\n';
    c.out << tr("Draft %1 saved.").arg(ref) << '\n';
    return Ok;
}

int commandPublish(Context& c)
{
    allowOnly(c, {QStringLiteral("passphrase-file"), QStringLiteral("suite")});
    const QString usage = tr("tender publish REFERENCE --passphrase-file FILE "
                             "[--suite international|national]");
    const QString ref = reference(c, usage);
    // --suite is the benchmark commands' option too: here it names the cipher suite.
    const std::optional<CipherSuite> suite =
        c.isSet("suite") ? cipherSuiteFromCode(c.value("suite")) : CipherSuite::International;
    if (!suite)
        throw UsageError{
            tr("--suite is international or national, not '%1'.").arg(c.value("suite"))};
    QByteArray passphrase = readPassphrase(c, required(c, "passphrase-file", usage));
    const auto db = openDatabase(c);
    TenderWorkflow workflow(*db, QStringLiteral("cli"));
    const TenderRelease release =
        workflow.publish(ref, passphrase, QDateTime::currentDateTimeUtc(), *suite);
    passphrase.fill('\0');
    const TenderRecord record = workflow.record(ref);
    c.out << tr("Tender %1 published as release %2. Bids are sealed with %3 to the key %4; keep "
                "the passphrase: it opens the bids.")
                 .arg(ref, release.releaseId, cipherSuiteName(*suite),
                      record.sealingKey ? record.sealingKey->fingerprint : QString())
          << '\n';
    return Ok;
}

void printChanges(const Context& c, const TenderRelease& release)
{
    for (const FieldChange& change : release.changes)
        c.out << QStringLiteral("  %1: %2 -> %3\n")
                     .arg(change.field,
                          change.before.isEmpty() ? QStringLiteral("-") : change.before,
                          change.after.isEmpty() ? QStringLiteral("-") : change.after);
}

int commandAmend(Context& c)
{
    allowOnly(c, {QStringLiteral("from"), QStringLiteral("reason")});
    const QString usage = tr("tender amend REFERENCE --from FILE.json --reason TEXT");
    const QString ref = reference(c, usage);
    required(c, "from", usage);
    const QString reason = required(c, "reason", usage);
    const auto db = openDatabase(c);
    TenderWorkflow workflow(*db, QStringLiteral("cli"));
    const TenderRelease release =
        workflow.amend(ref, editedFrom(c, workflow, ref), reason, QDateTime::currentDateTimeUtc());
    c.out << tr("Tender %1 amended as release %2 (%3):")
                 .arg(ref, release.releaseId,
                      release.material ? tr("material change") : tr("not material"))
          << '\n';
    printChanges(c, release);
    return Ok;
}

int commandAsk(Context& c)
{
    allowOnly(c, {QStringLiteral("asker"), QStringLiteral("question")});
    const QString usage = tr("tender ask REFERENCE --asker ORGANISATION --question TEXT");
    const QString ref = reference(c, usage);
    const QString askerName = required(c, "asker", usage);
    const QString question = required(c, "question", usage);
    const auto db = openDatabase(c);
    const std::optional<Organization> asker =
        OrganizationRepository(db->connection()).byName(askerName);
    if (!asker)
        throw Error(tr("No organisation named '%1' is in the database.").arg(askerName));
    TenderWorkflow workflow(*db, QStringLiteral("cli"));
    const Clarification asked =
        workflow.ask(ref, asker->id, question, QDateTime::currentDateTimeUtc());
    const QList<Clarification> all = workflow.record(ref).tender.clarifications;
    qsizetype number = 0;
    while (number < all.size() && all.at(number).id != asked.id)
        ++number;
    c.out << tr("Question %1 recorded for tender %2.").arg(number + 1).arg(ref) << '\n';
    return Ok;
}

int commandAnswer(Context& c)
{
    allowOnly(c, {QStringLiteral("answer")});
    const QString usage = tr("tender answer REFERENCE QUESTION --answer TEXT");
    if (c.words.size() != 2)
        throw UsageError{tr("Name the tender and the question: %1").arg(usage)};
    bool ok = false;
    const qint64 question = c.words.at(1).toLongLong(&ok);
    if (!ok)
        throw UsageError{tr("The question is given by its number, not '%1'.").arg(c.words.at(1))};
    const QString answer = required(c, "answer", usage);
    const auto db = openDatabase(c);
    TenderWorkflow workflow(*db, QStringLiteral("cli"));
    // Questions are numbered within their tender, as `tender ask` printed.
    const QList<Clarification> all = workflow.record(c.words.constFirst()).tender.clarifications;
    if (question < 1 || question > all.size())
        throw Error(tr("Tender %1 has no question number %2; it has %n question(s).", nullptr,
                       int(all.size()))
                        .arg(c.words.constFirst())
                        .arg(question));
    const TenderRelease release = workflow.answer(c.words.constFirst(), all.at(question - 1).id,
                                                  answer, QDateTime::currentDateTimeUtc());
    c.out << tr("Answer published to all bidders as release %1.").arg(release.releaseId) << '\n';
    return Ok;
}

int commandStatus(Context& c)
{
    allowOnly(c, {QStringLiteral("reason")});
    const QString usage = tr("tender status REFERENCE STATUS [--reason TEXT]");
    if (c.words.size() != 2)
        throw UsageError{tr("Name the tender and its new status: %1").arg(usage)};
    const std::optional<TenderStatus> to = parseCode<TenderStatus>(c.words.at(1));
    if (!to) {
        QStringList codes;
        for (TenderStatus s : Codes<TenderStatus>::all())
            codes.append(codeOf(s));
        throw UsageError{tr("Unknown status '%1'; use one of: %2.")
                             .arg(c.words.at(1), codes.join(QStringLiteral(", ")))};
    }
    const auto db = openDatabase(c);
    TenderWorkflow(*db, QStringLiteral("cli"))
        .transition(c.words.constFirst(), *to, c.value("reason"), QDateTime::currentDateTimeUtc());
    c.out << tr("Tender %1 is now %2.").arg(c.words.constFirst(), nameOf(*to)) << '\n';
    return Ok;
}

int commandReleases(Context& c)
{
    allowOnly(c, {QStringLiteral("json")});
    const QString ref = reference(c, tr("tender releases REFERENCE [--json]"));
    const auto db = openDatabase(c);
    const TenderRecord record = TenderWorkflow(*db, QStringLiteral("cli")).record(ref);
    if (c.isSet("json")) {
        QJsonArray releases;
        for (const TenderRelease& r : record.releases)
            releases.append(QJsonDocument::fromJson(r.content).object());
        c.out << QJsonDocument(releases).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (record.releases.isEmpty()) {
        c.out << tr("Tender %1 has not been published: it has no releases.").arg(ref) << '\n';
        return Ok;
    }
    const QTimeZone zone(record.tender.timeZone.toUtf8());
    for (const TenderRelease& r : record.releases) {
        c.out << QStringLiteral("%1  %2  %3  %4")
                     .arg(r.releaseId,
                          r.date.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          releaseKindName(r.kind), r.rationale)
              << '\n';
        printChanges(c, r);
    }
    return Ok;
}

int commandDocument(Context& c)
{
    allowOnly(c, {QStringLiteral("out"), QStringLiteral("lang")});
    const QString usage = tr("tender document REFERENCE --out FILE.pdf [--lang zh_CN|en]");
    const QString ref = reference(c, usage);
    const QString out = required(c, "out", usage);
    const QString lang = c.isSet("lang") ? c.value("lang") : QStringLiteral("zh_CN");
    const std::optional<DocumentLanguage> language = parseDocumentLanguage(lang);
    if (!language)
        throw UsageError{tr("--lang is zh_CN or en, not '%1'.").arg(lang)};
    const auto db = openDatabase(c);
    const TenderRecord record = TenderWorkflow(*db, QStringLiteral("cli")).record(ref);
    warnIfNoChineseFont(c);
    const QByteArray pdf = printTenderDocument(
        record, *language, AcceleratorRepository(db->connection()).domesticByModel());
    saveFile(out, pdf);
    c.out << tr("Tender document of %1 written to %2 (%3 KiB).")
                 .arg(ref, out)
                 .arg((pdf.size() + 1023) / 1024)
          << '\n'
          << tr("Audit head on its cover: %1. Give it to `audit verify --anchor` to check the "
                "audit log against it.")
                 .arg(record.auditHead.toText())
          << '\n';
    return Ok;
}

int commandPackage(Context& c)
{
    allowOnly(c, {QStringLiteral("out")});
    const QString usage = tr("tender package REFERENCE --out FILE.zip");
    const QString ref = reference(c, usage);
    const QString out = required(c, "out", usage);
    const auto db = openDatabase(c);
    const TenderRecord record = TenderWorkflow(*db, QStringLiteral("cli")).record(ref);
    if (record.releases.isEmpty())
        throw Error(tr("Tender %1 has not been published: publish it first, then export its "
                       "package.")
                        .arg(ref));
    const QHash<QString, bool> domestic = AcceleratorRepository(db->connection()).domesticByModel();
    warnIfNoChineseFont(c);
    TenderDocumentPdfs pdfs;
    pdfs.chinese = printTenderDocument(record, DocumentLanguage::Chinese, domestic);
    pdfs.english = printTenderDocument(record, DocumentLanguage::English, domestic);
    writeTenderPackage(out, record, pdfs);
    c.out << tr("Tender package of %1 written to %2.").arg(ref, out) << '\n';
    return Ok;
}

} // namespace

int runTenderCommand(Context& c, const QString& sub)
{
    using Command = int (*)(Context&);
    static const QList<std::pair<QLatin1String, Command>> commands = {
        {QLatin1String("create"), &commandCreate},
        {QLatin1String("edit"), &commandEdit},
        {QLatin1String("publish"), &commandPublish},
        {QLatin1String("amend"), &commandAmend},
        {QLatin1String("ask"), &commandAsk},
        {QLatin1String("answer"), &commandAnswer},
        {QLatin1String("status"), &commandStatus},
        {QLatin1String("releases"), &commandReleases},
        {QLatin1String("document"), &commandDocument},
        {QLatin1String("package"), &commandPackage},
    };
    for (const auto& [name, command] : commands)
        if (sub == name)
            return command(c);
    throw UsageError{tr("Unknown command 'tender %1'.").arg(sub)};
}

QString tenderUsage()
{
    return tr("  tender create --from FILE.json\n"
              "                               create a draft tender (its category's template\n"
              "                               fills what the file leaves out); prints its\n"
              "                               reference\n"
              "  tender edit REFERENCE --from FILE.json\n"
              "                               change a draft: the file's fields replace its own\n"
              "  tender publish REFERENCE --passphrase-file FILE [--suite international|national]\n"
              "                               publish a draft: release 1 and the key pair bids\n"
              "                               are sealed to (its private key under the\n"
              "                               passphrase); national: SM2, SM4, SM3\n"
              "  tender amend REFERENCE --from FILE.json --reason TEXT\n"
              "                               publish an amendment; a material change moves a\n"
              "                               bid deadline nearer than 15 days\n"
              "  tender ask REFERENCE --asker ORGANISATION --question TEXT\n"
              "                               record a bidder's question; prints its number\n"
              "  tender answer REFERENCE QUESTION --answer TEXT\n"
              "                               publish the answer to all bidders\n"
              "  tender status REFERENCE STATUS [--reason TEXT]\n"
              "                               move the tender through its lifecycle\n"
              "  tender releases REFERENCE [--json]\n"
              "                               the published releases (--json: OCDS)\n"
              "  tender document REFERENCE --out FILE.pdf [--lang zh_CN|en]\n"
              "                               print the tender document\n"
              "  tender package REFERENCE --out FILE.zip\n"
              "                               the package vendors need: OCDS release, documents,\n"
              "                               benchmark suite, sealing key\n");
}

} // namespace td::cli
