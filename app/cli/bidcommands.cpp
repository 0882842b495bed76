#include "bidcommands.h"

#include "bidding/bidopening.h"
#include "bidding/bidreceipt.h"
#include "bidding/bidrepository.h"
#include "bidding/minuteshtml.h"
#include "bidding/receiptfiles.h"
#include "bidding/submissionrepository.h"
#include "commands.h"
#include "documents/documentsearch.h"
#include "domain/error.h"
#include "exchange/savefile.h"
#include "exchange/texttable.h"
#include "print/chinesefonts.h"
#include "print/pdfprinting.h"
#include "store/tenderreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::cli {
namespace {

QString reference(const Context& c, const QString& usage)
{
    if (c.words.size() != 1)
        throw UsageError{tr("Name one tender: %1").arg(usage)};
    return c.words.constFirst();
}

Tender tenderOf(const Database& db, const QString& ref)
{
    const std::optional<Tender> t = TenderReader(db.connection()).byReference(ref);
    if (!t)
        throw Error(tr("No tender has the reference '%1'. `tenderdesk-cli tenders list` shows "
                       "them all.")
                        .arg(ref));
    return *t;
}

int commandReceive(Context& c)
{
    allowOnly(c, {});
    if (c.words.size() != 1)
        throw UsageError{tr("Name one bid package: bid receive FILE.zip")};
    const QString package = c.words.constFirst();
    const auto db = openDatabase(c);
    const ReceiptOutcome outcome =
        receiveBidPackage(*db, package, QDateTime::currentDateTimeUtc(), QStringLiteral("cli"));
    if (!outcome.accepted) {
        c.err << tr("Bid package %1 refused (%2): %3")
                     .arg(QDir::toNativeSeparators(package), outcome.reasonCode, outcome.message)
              << '\n';
        return Failed;
    }
    const BidReceipt& r = outcome.receipt;
    const ReceiptFiles files = writeReceiptFiles(package, r);
    if (r.kind == BidPackageManifest::Kind::Withdrawal)
        c.out << tr("Withdrawal by %1 (%2) received for tender %3: submission %4 is withdrawn.")
                     .arg(r.vendor, r.uscc, r.tenderReference)
                     .arg(r.withdrawnSubmissionId)
              << '\n';
    else
        c.out << tr("Bid of %1 (%2) received for tender %3 at %4 as submission %5, sealed until "
                    "the opening.")
                     .arg(r.vendor, r.uscc, r.tenderReference, r.receivedAt.toString(Qt::ISODate))
                     .arg(r.submissionId)
              << '\n';
    if (r.replacedSubmissionId > 0)
        c.out << tr("It replaces the vendor's earlier bid, submission %1.")
                     .arg(r.replacedSubmissionId)
              << '\n';
    c.out << tr("Package SHA-256: %1").arg(r.packageSha256) << '\n'
          << tr("Signed receipt for the vendor: %1 and %2 (the receipt key is in the JSON).")
                 .arg(QDir::toNativeSeparators(files.json),
                      QDir::toNativeSeparators(files.signature))
          << '\n';
    return Ok;
}

int commandOpen(Context& c)
{
    allowOnly(c, {QStringLiteral("passphrase-file")});
    const QString usage = tr("tender open REFERENCE --passphrase-file FILE");
    const QString ref = reference(c, usage);
    QByteArray passphrase = readPassphrase(c, required(c, "passphrase-file", usage));
    const auto db = openDatabase(c);
    const bool interactive = c.interactive;
    QTextStream& err = c.err;
    const OpeningResult result = openBids(
        *db, ref, passphrase, QDateTime::currentDateTimeUtc(), QStringLiteral("cli"),
        [&](const OpeningProgress& p) {
            if (interactive) {
                err << '\r'
                    << tr("Opening the bids: %1 of %2 %3").arg(p.done).arg(p.total).arg(p.vendor);
                err.flush();
            }
            return true;
        });
    passphrase.fill('\0');
    if (interactive)
        c.err << '\n';
    for (const OpenedSubmission& s : result.submissions) {
        if (s.bidId)
            c.out << tr("opened: %1 (%2) %3").arg(s.vendor, s.uscc, s.totalPrice.toDisplayString())
                  << '\n';
        else
            c.out << tr("failed: %1 (%2): %3").arg(s.vendor, s.uscc, s.failure) << '\n';
    }
    c.out << tr("Tender %1 opened: %2 valid bid(s), %3 failed; release %4.")
                 .arg(ref)
                 .arg(result.validBids)
                 .arg(result.failedBids)
                 .arg(result.release.releaseId)
          << '\n';
    if (result.mayFail)
        c.err << tr("warning: %1").arg(result.warning) << '\n';
    return Ok;
}

QJsonObject bidJson(const OpenedBidRow& b)
{
    QJsonArray hardware;
    for (const HardwareLine& line : b.hardware)
        hardware.append(QJsonObject{{QStringLiteral("accelerator"), line.acceleratorModel},
                                    {QStringLiteral("count"), line.count}});
    QJsonObject o{{QStringLiteral("id"), b.bidId},
                  {QStringLiteral("lot"), b.lotNumber},
                  {QStringLiteral("totalPrice"),
                   QJsonObject{{QStringLiteral("amount"), b.totalPrice.toPlainString()},
                               {QStringLiteral("currency"), b.totalPrice.currency()}}},
                  {QStringLiteral("model"), b.model},
                  {QStringLiteral("deliversHardware"), b.deliversHardware},
                  {QStringLiteral("hardware"), hardware},
                  {QStringLiteral("documents"), b.documentCount},
                  {QStringLiteral("status"), codeOf(b.status)}};
    if (b.pricePerMillionTokens)
        o.insert(QStringLiteral("pricePerMillionTokens"),
                 QJsonObject{{QStringLiteral("amount"), b.pricePerMillionTokens->toPlainString()},
                             {QStringLiteral("currency"), b.pricePerMillionTokens->currency()}});
    return o;
}

QString hardwareText(const QList<HardwareLine>& lines)
{
    QStringList parts;
    for (const HardwareLine& line : lines)
        parts.append(QStringLiteral("%1 x %2").arg(line.acceleratorModel).arg(line.count));
    return parts.join(QStringLiteral(", "));
}

// Before the opening only what the receipt knows (vendor, time, digest, status); after it, what
// each opened bid offers, and why a failed one failed.
int commandList(Context& c)
{
    allowOnly(c, {QStringLiteral("json")});
    const QString ref = reference(c, tr("bids list REFERENCE [--json]"));
    const auto db = openDatabase(c);
    const Tender tender = tenderOf(*db, ref);
    const QList<BidSubmission> submissions =
        SubmissionRepository(db->connection()).forTender(tender.id);
    QHash<qint64, OpenedBidRow> opened;
    for (const OpenedBidRow& b : BidRepository(db->connection()).openedBids(tender.id))
        opened.insert(b.submissionId, b);
    if (c.isSet("json")) {
        QJsonArray out;
        for (const BidSubmission& s : submissions) {
            QJsonObject o{{QStringLiteral("submission"), s.id},
                          {QStringLiteral("vendor"), s.vendorName},
                          {QStringLiteral("uscc"), s.vendorUscc},
                          {QStringLiteral("receivedAt"), s.receivedAt.toString(Qt::ISODate)},
                          {QStringLiteral("status"), submissionStatusCode(s.status)},
                          {QStringLiteral("packageSha256"), s.packageSha256}};
            if (!s.failureReason.isEmpty())
                o.insert(QStringLiteral("failure"), s.failureReason);
            if (const auto bid = opened.constFind(s.id); bid != opened.cend())
                o.insert(QStringLiteral("bid"), bidJson(*bid));
            out.append(o);
        }
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const bool afterOpening = !opened.isEmpty() || tender.status == TenderStatus::Opened;
    QStringList header{tr("No."), tr("Vendor"), tr("USCC"), tr("Received"), tr("Status")};
    if (afterOpening)
        header += {tr("Price"), tr("Model"), tr("Hardware"), tr("Documents"), tr("Failure")};
    else
        header.append(tr("Package SHA-256"));
    TextTable table(header);
    for (const BidSubmission& s : submissions) {
        QStringList row{QString::number(s.id), s.vendorName, s.vendorUscc,
                        s.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        submissionStatusCode(s.status)};
        if (!afterOpening) {
            row.append(s.packageSha256);
        } else if (const auto bid = opened.constFind(s.id); bid != opened.cend()) {
            row += {bid->totalPrice.toDisplayString(), bid->model, hardwareText(bid->hardware),
                    QString::number(bid->documentCount), QString()};
        } else {
            row += {QString(), QString(), QString(), QString(), s.failureReason};
        }
        table.addRow(row);
    }
    c.out << table.renderHeader() << table.renderRows()
          << tr("%n bid package(s)", nullptr, int(submissions.size())) << '\n';
    return Ok;
}

int commandMinutes(Context& c)
{
    allowOnly(c, {QStringLiteral("out"), QStringLiteral("language"), QStringLiteral("lang")});
    const QString usage = tr("tender minutes REFERENCE --out FILE.pdf [--language zh_CN|en]");
    const QString ref = reference(c, usage);
    const QString out = required(c, "out", usage);
    const QString lang = c.isSet("language") ? c.value("language")
                         : c.isSet("lang")   ? c.value("lang")
                                             : QStringLiteral("zh_CN");
    const std::optional<DocumentLanguage> language = parseDocumentLanguage(lang);
    if (!language)
        throw UsageError{tr("--language is zh_CN or en, not '%1'.").arg(lang)};
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(tr("Printing needs the graphical platform; run the command again (it sets "
                       "one up itself)."));
    const auto db = openDatabase(c);
    const OpeningMinutes minutes = openingMinutes(*db, ref);
    if (const QString warning = chineseFontWarning(); !warning.isEmpty())
        c.err << tr("warning: %1").arg(warning) << '\n';
    const QByteArray pdf =
        printHtmlToPdf(openingMinutesHtml(minutes, *language), 120000, openingMinutesBaseUrl());
    saveFile(out, pdf);
    c.out << tr("Minutes of the opening of %1 written to %2 (%3 KiB).")
                 .arg(ref, out)
                 .arg((pdf.size() + 1023) / 1024)
          << '\n';
    return Ok;
}

// Where the opened bids' documents mention TEXT: in their text (with the page) or their PDF
// metadata.
int commandSearch(Context& c)
{
    allowOnly(c, {QStringLiteral("json"), QStringLiteral("limit")});
    const QString usage = tr("bids search REFERENCE TEXT [--json] [--limit N]");
    if (c.words.size() != 2)
        throw UsageError{tr("Name the tender and the text to look for: %1").arg(usage)};
    const QString query = c.words.at(1);
    if (query.trimmed().isEmpty())
        throw UsageError{tr("Give the text to look for: %1").arg(usage)};
    bool limitOk = true;
    const int limit = c.isSet("limit") ? c.value("limit").toInt(&limitOk) : 100;
    if (!limitOk || limit <= 0)
        throw UsageError{tr("--limit takes a number of hits above 0.")};
    const auto db = openDatabase(c);
    const Tender tender = tenderOf(*db, c.words.constFirst());
    const QList<DocumentHit> hits = searchBidDocuments(db->connection(), tender.id, query, limit);
    if (c.isSet("json")) {
        QJsonArray out;
        for (const DocumentHit& h : hits)
            out.append(QJsonObject{{QStringLiteral("document"), h.documentId},
                                   {QStringLiteral("bid"), h.bidId},
                                   {QStringLiteral("vendor"), h.vendor},
                                   {QStringLiteral("file"), h.fileName},
                                   {QStringLiteral("kind"), h.kind},
                                   {QStringLiteral("page"), h.page},
                                   {QStringLiteral("field"), h.field},
                                   {QStringLiteral("snippet"), h.snippet}});
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (hits.isEmpty()) {
        const int opened = int(BidRepository(db->connection()).openedBids(tender.id).size());
        c.out << (opened == 0 ? tr("No bid of %1 has been opened yet: documents are searchable "
                                   "after `tender open`.")
                                    .arg(tender.reference)
                              : tr("No document of the %1 opened bids mentions \"%2\".")
                                    .arg(opened)
                                    .arg(query))
              << '\n';
        return Ok;
    }
    TextTable table({tr("Vendor"), tr("Document"), tr("Where"), tr("Context")});
    for (const DocumentHit& h : hits)
        table.addRow({h.vendor, h.fileName,
                      h.field == QLatin1String("text") ? tr("page %1").arg(h.page)
                                                       : tr("metadata: %1").arg(h.field),
                      h.snippet.trimmed()});
    table.setMaxWidth(3, 90);
    c.out << table.render();
    c.out << tr("%n hit(s).", nullptr, int(hits.size())) << '\n';
    return Ok;
}

} // namespace

bool isBuyerCommand(const QString& command, const QString& sub)
{
    return (command == QLatin1String("bid") && sub == QLatin1String("receive")) ||
           (command == QLatin1String("tender") &&
            (sub == QLatin1String("open") || sub == QLatin1String("minutes"))) ||
           (command == QLatin1String("bids") &&
            (sub == QLatin1String("list") || sub == QLatin1String("search")));
}

int runBuyerCommand(Context& c, const QString& command, const QString& sub)
{
    if (command == QLatin1String("bid"))
        return commandReceive(c);
    if (command == QLatin1String("bids"))
        return sub == QLatin1String("search") ? commandSearch(c) : commandList(c);
    return sub == QLatin1String("open") ? commandOpen(c) : commandMinutes(c);
}

QList<QCommandLineOption> buyerOptions()
{
    return {
        {QStringLiteral("language"), tr("Language of the minutes."), QStringLiteral("zh_CN|en")}};
}

QString buyerUsage()
{
    return tr("  bid receive FILE.zip           take a bid package (or a withdrawal) for the\n"
              "                               tender it names; writes FILE.receipt.json and\n"
              "                               FILE.receipt.sig, the signed receipt, beside it\n"
              "  tender open REFERENCE --passphrase-file FILE\n"
              "                               after the bid deadline, unseal and open all bids\n"
              "  bids list REFERENCE [--json]   the bid packages received; after the opening,\n"
              "                               what each bid offers, and why a bid failed\n"
              "  bids search REFERENCE TEXT [--json] [--limit N]\n"
              "                               where the opened bids' documents mention TEXT\n"
              "                               (page and context), text and PDF metadata\n"
              "  tender minutes REFERENCE --out FILE.pdf [--language zh_CN|en]\n"
              "                               print the minutes of the opening\n");
}

} // namespace td::cli
