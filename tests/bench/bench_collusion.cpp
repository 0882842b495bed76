// Collusion signals over a tender with many bids: BIDS bids (default 200) of one document of
// PAGES pages each (default 50, about 250 words and 400 Chinese characters a page), written to
// an SQLite database as the opening writes them. Four pairs copy part of each other's pages
// (95%, 80%, 75% and 50%: Jaccard similarities 0.90, 0.67, 0.60, and 0.33, the last below
// the 0.5 threshold). Times reading the inputs and computing the signals, median of
// RUNS, and prints what was found.
// Usage: bench_collusion [BIDS] [PAGES] [RUNS]
#include "benchclock.h"
#include "collusionscenario.h"
#include "documents/collusionrepository.h"
#include "documents/collusionsignals.h"
#include "generatedtext.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

using namespace td;

namespace {

struct CopiedPair
{
    int first;
    int second;
    int sharedPercent;
};
const CopiedPair copiedPairs[] = {{10, 11, 95}, {40, 41, 80}, {70, 71, 75}, {100, 101, 50}};

QStringList pagesOf(std::uint64_t seed, int pages)
{
    test::GeneratedText generator(seed);
    QStringList list;
    for (int p = 0; p < pages; ++p)
        list.append(generator.words(250) + QLatin1Char('\n') + generator.chinese(400));
    return list;
}

CollusionInput generatedTender(int bids, int pages)
{
    CollusionInput input;
    input.tenderReference = QStringLiteral("BENCH-COLLUSION-1");
    QList<QStringList> texts;
    for (int i = 0; i < bids; ++i)
        texts.append(pagesOf(5000 + i, pages));
    for (const CopiedPair& pair : copiedPairs) {
        if (pair.second >= bids)
            continue;
        const int shared = pages * pair.sharedPercent / 100;
        for (int p = 0; p < shared; ++p)
            texts[pair.second][p] = texts[pair.first][p];
    }
    test::GeneratedText prices(3);
    for (int i = 0; i < bids; ++i) {
        BidFacts bid;
        bid.bidId = i + 1;
        bid.vendorId = i + 1;
        bid.vendorName = QStringLiteral("Vendor %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        // Prices in whole yuan between 3 and 5 million, from the text generator's words.
        bid.totalPriceMinor = (300000000 + qHash(prices.words(1), 0) % 200000000) / 100 * 100;
        bid.projectManager = QStringLiteral("PM %1").arg(i);
        bid.securityAccount = QStringLiteral("6222 0000 %1").arg(i, 6, 10, QLatin1Char('0'));
        bid.machineFingerprint = QStringLiteral("machine-%1").arg(i);
        BidDocumentFacts document;
        document.fileName = QStringLiteral("technical-%1.pdf").arg(i + 1);
        document.text = texts.at(i).join(QChar(u'\f'));
        document.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(document.text.toUtf8(), QCryptographicHash::Sha256).toHex());
        document.metadata = {{QStringLiteral("author"), bid.vendorName},
                             {QStringLiteral("creator"), QStringLiteral("WPS Office")}};
        bid.documents.append(document);
        input.bids.append(bid);
    }
    return input;
}

double median(QList<double> values)
{
    return bench::percentile(std::move(values), 50);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int bids = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const int pages = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    const int runs = argc > 3 ? QByteArray(argv[3]).toInt() : 3;

    QTemporaryDir dir;
    const Database db(DatabaseLocation::parse(dir.filePath(QStringLiteral("collusion.sqlite"))));
    QElapsedTimer timer;
    timer.start();
    CollusionInput written = generatedTender(bids, pages);
    qint64 characters = 0;
    for (const BidFacts& bid : written.bids)
        characters += bid.documents.constFirst().text.size();
    {
        Transaction transaction(db.connection());
        test::insertScenario(db.connection(), written);
        transaction.commit();
    }
    out << "bids " << bids << "\npages_per_bid " << pages << "\ntext_characters " << characters
        << "\nsetup_s " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << '\n';

    QList<double> loadMs;
    QList<double> signalMs;
    QList<CollusionSignal> found;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const std::optional<CollusionInput> input =
            loadCollusionInput(db.connection(), written.tenderReference);
        loadMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        found = findCollusionSignals(*input);
        signalMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "load_ms median " << QString::number(median(loadMs), 'f', 0) << '\n'
        << "signals_ms median " << QString::number(median(signalMs), 'f', 0) << '\n'
        << "total_ms median " << QString::number(median(loadMs) + median(signalMs), 'f', 0) << '\n'
        << "peak_memory_mib " << QString::number(bench::peakMemoryMiB(), 'f', 0) << '\n';

    QMap<QString, int> byKind;
    for (const CollusionSignal& s : found) {
        ++byKind[CollusionText::kindCode(s.kind)];
        if (s.kind == CollusionKind::SimilarDocuments)
            out << "similar " << s.bidders.at(0).vendorName << " ~ " << s.bidders.at(1).vendorName
                << " estimated "
                << QString::number(s.details.value(QStringLiteral("similarity")).toDouble(), 'f', 2)
                << " passages " << s.details.value(QStringLiteral("passagesFound")).toInt() << '\n';
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out << "signals " << it.key() << ' ' << it.value() << '\n';
    return 0;
}
