#include "collusioncommands.h"

#include "documents/collusionjson.h"
#include "documents/collusionrepository.h"
#include "documents/collusionsignals.h"
#include "exchange/texttable.h"

#include <QJsonDocument>

namespace td::cli {

namespace {

QString biddersText(const CollusionSignal& signal)
{
    QStringList names;
    for (const SignalBidder& bidder : signal.bidders)
        names.append(bidder.vendorName);
    return names.join(tr(", "));
}

void writeText(Context& c, const CollusionInput& input, const QList<CollusionSignal>& found)
{
    if (input.bids.isEmpty()) {
        if (input.sealedSubmissions > 0)
            c.out << tr("No bids of %1 have been opened yet: %n bid(s) still sealed. Open them "
                        "after the bid deadline with `tenderdesk-cli tender open %1 "
                        "--passphrase-file FILE`, then look again.",
                        nullptr, input.sealedSubmissions)
                         .arg(input.tenderReference)
                  << '\n';
        else
            c.out << tr("No bids of %1 have been opened: there is nothing to compare.")
                         .arg(input.tenderReference)
                  << '\n';
        return;
    }
    if (found.isEmpty()) {
        c.out << tr("No collusion signals between the %n opened bid(s) of %1.", nullptr,
                    int(input.bids.size()))
                     .arg(input.tenderReference)
              << '\n';
        return;
    }
    TextTable table({tr("#"), tr("Signal"), tr("Bidders"), tr("Points to")});
    table.setMaxWidth(2, 40);
    for (qsizetype i = 0; i < found.size(); ++i)
        table.addRow({QString::number(i + 1), CollusionText::kindName(found.at(i).kind),
                      biddersText(found.at(i)), CollusionText::clauseText(found.at(i).clause)});
    c.out << tr("Collusion signals for %1: %n signal(s) between %2 opened bid(s).", nullptr,
                int(found.size()))
                 .arg(input.tenderReference)
                 .arg(input.bids.size())
          << "\n\n"
          << table.render() << '\n';
    for (qsizetype i = 0; i < found.size(); ++i) {
        const CollusionSignal& signal = found.at(i);
        c.out << tr("%1. %2").arg(i + 1).arg(signal.summary) << '\n';
        c.out << "   " << CollusionText::clauseText(signal.clause) << '\n';
        for (const QString& line : signal.evidence)
            c.out << "   " << line << '\n';
        c.out << '\n';
    }
    if (input.sealedSubmissions > 0)
        c.out << tr("%n received bid(s) are still sealed and not compared.", nullptr,
                    input.sealedSubmissions)
              << '\n';
}

} // namespace

int commandCollusion(Context& c)
{
    allowOnly(c, {QStringLiteral("json")});
    if (c.words.size() != 1)
        throw UsageError{tr("Name one tender: collusion REFERENCE [--json].")};
    const QString reference = c.words.constFirst();
    const auto opened = openDatabase(c);
    const std::optional<CollusionInput> input = loadCollusionInput(opened->connection(), reference);
    if (!input) {
        c.err << tr("No tender has the reference '%1'. `tenderdesk-cli tenders list` shows "
                    "them all.")
                     .arg(reference)
              << '\n';
        return Failed;
    }
    const QList<CollusionSignal> found = findCollusionSignals(*input);
    if (c.isSet("json"))
        c.out << QJsonDocument(collusionReportJson(*input, found)).toJson(QJsonDocument::Indented);
    else
        writeText(c, *input, found);
    return Ok;
}

QString collusionUsage()
{
    return tr("  collusion REFERENCE [--json]\n"
              "                               collusion signals between the opened bids:\n"
              "                               near-duplicate documents, identical metadata or\n"
              "                               files, identical or evenly spaced prices, the same\n"
              "                               computer, project manager or security account;\n"
              "                               each with its evidence and Article 40 clause\n");
}

} // namespace td::cli
