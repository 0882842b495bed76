// Near-duplicate documents between bidders: "abnormally alike", Article 40 (4). Every document
// gets a MinHash signature of its shingles (less those of the tender's own documents, which
// every bidder may quote); pairs of documents of different vendors whose estimated similarity
// reaches the threshold are signalled with their longest shared passages side by side.
#include "collusiondetectors.h"
#include "minhash.h"
#include "sharedpassages.h"
#include "textshingles.h"

#include <QJsonArray>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

namespace td::collusion {

namespace {

// Evidence text is clipped: the offsets say where the whole passage is.
constexpr qsizetype evidenceChars = 240;
constexpr qsizetype jsonChars = 2000;

struct Signed
{
    const BidFacts* bid = nullptr;
    const BidDocumentFacts* document = nullptr;
    MinHashSignature signature;
};

QSet<std::uint64_t> boilerplateOf(const QStringList& texts)
{
    QSet<std::uint64_t> shingles;
    for (const QString& text : texts)
        for (std::uint64_t shingle : textShingles(text))
            shingles.insert(shingle);
    return shingles;
}

MinHashSignature signatureOf(const QString& text, const QSet<std::uint64_t>& boilerplate)
{
    QList<std::uint64_t> shingles = textShingles(text);
    if (!boilerplate.isEmpty())
        shingles.removeIf([&](std::uint64_t s) { return boilerplate.contains(s); });
    return MinHashSignature::of(shingles);
}

QString clipped(const QString& text, qsizetype start, qsizetype end, qsizetype limit)
{
    const QString passage = text.mid(start, end - start).simplified();
    return passage.size() <= limit ? passage : passage.left(limit) + QChar(u'…');
}

QString sizeOf(const SharedPassage& p)
{
    return p.script == TokenScript::Latin ? tr("%n words", nullptr, p.tokens)
                                          : tr("%n characters", nullptr, p.tokens);
}

QJsonObject sideJson(const Signed& side, qsizetype start, qsizetype end)
{
    return {{QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("text"), clipped(side.document->text, start, end, jsonChars)}};
}

QJsonObject documentJson(const Signed& side)
{
    return {{QStringLiteral("bidId"), side.bid->bidId},
            {QStringLiteral("documentId"), side.document->id},
            {QStringLiteral("fileName"), side.document->fileName}};
}

CollusionSignal signalOf(const Signed& a, const Signed& b, double similarity,
                         const CollusionOptions& options)
{
    const SharedPassages shared = findSharedPassages(
        a.document->text, b.document->text, options.passageMinimumTokens, options.passageLimit);
    CollusionSignal s;
    s.kind = CollusionKind::SimilarDocuments;
    s.clause = Article40Clause::AlikeOrPricePattern;
    s.bidders = {bidderOf(*a.bid), bidderOf(*b.bid)};
    const int percent = int(std::lround(similarity * 100));
    s.summary =
        tr("%1's %2 and %3's %4 are about %5% alike (estimated Jaccard similarity).")
            .arg(a.bid->vendorName, a.document->fileName, b.bid->vendorName, b.document->fileName)
            .arg(percent);
    s.evidence.append(tr("%n shared passage(s) found; the longest:", nullptr, shared.found));
    QJsonArray passages;
    for (const SharedPassage& p : shared.longest) {
        s.evidence.append(tr("Passage of %1, at characters %2–%3 of %4 and %5–%6 of %7:")
                              .arg(sizeOf(p))
                              .arg(p.startA)
                              .arg(p.endA)
                              .arg(a.document->fileName)
                              .arg(p.startB)
                              .arg(p.endB)
                              .arg(b.document->fileName));
        s.evidence.append(tr("  %1: “%2”")
                              .arg(a.bid->vendorName,
                                   clipped(a.document->text, p.startA, p.endA, evidenceChars)));
        s.evidence.append(tr("  %1: “%2”")
                              .arg(b.bid->vendorName,
                                   clipped(b.document->text, p.startB, p.endB, evidenceChars)));
        passages.append(QJsonObject{{QStringLiteral("script"), p.script == TokenScript::Latin
                                                                   ? QStringLiteral("words")
                                                                   : QStringLiteral("cjk")},
                                    {QStringLiteral("tokens"), p.tokens},
                                    {QStringLiteral("a"), sideJson(a, p.startA, p.endA)},
                                    {QStringLiteral("b"), sideJson(b, p.startB, p.endB)}});
    }
    s.details = {{QStringLiteral("similarity"), similarity},
                 {QStringLiteral("documentA"), documentJson(a)},
                 {QStringLiteral("documentB"), documentJson(b)},
                 {QStringLiteral("passagesFound"), shared.found},
                 {QStringLiteral("passages"), passages}};
    return s;
}

} // namespace

QList<CollusionSignal> similaritySignals(const CollusionInput& input,
                                         const CollusionOptions& options)
{
    const QSet<std::uint64_t> boilerplate = boilerplateOf(input.tenderDocumentTexts);
    QList<Signed> documents;
    for (const BidFacts& bid : input.bids)
        for (const BidDocumentFacts& document : bid.documents)
            documents.append(Signed{&bid, &document, {}});
    // The signatures are most of the work (a 50-page bid takes milliseconds): on every core.
    QtConcurrent::blockingMap(documents, [&boilerplate](Signed& d) {
        d.signature = signatureOf(d.document->text, boilerplate);
    });

    // All pairs over the signatures: 200 bids' documents take milliseconds.
    QList<CollusionSignal> found;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        for (qsizetype j = i + 1; j < documents.size(); ++j) {
            const Signed& a = documents.at(i);
            const Signed& b = documents.at(j);
            if (a.bid->vendorId == b.bid->vendorId)
                continue;
            const double similarity = a.signature.similarity(b.signature);
            if (similarity >= options.similarityThreshold && similarity > 0)
                found.append(signalOf(a, b, similarity, options));
        }
    }
    return found;
}

} // namespace td::collusion
