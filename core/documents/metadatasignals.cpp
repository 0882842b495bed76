// Documents of different vendors whose PDF metadata names the same author, or the same
// creation or modification time to the second: prepared by the same entity or person, Article
// 40 (1). The creator tool, producer, title, subject and keywords are compared too and listed
// when they also match, but never make a signal alone: every bidder writing with the same word
// processor is no evidence.
#include "collusiondetectors.h"

#include <QJsonArray>

#include <algorithm>

namespace td::collusion {

namespace {

struct DocumentOf
{
    const BidFacts* bid = nullptr;
    const BidDocumentFacts* document = nullptr;
};

const QStringList& decisiveFields()
{
    static const QStringList fields = {QStringLiteral("author"), QStringLiteral("creationDate"),
                                       QStringLiteral("modificationDate")};
    return fields;
}

const QStringList& comparedFields()
{
    static const QStringList fields = {
        QStringLiteral("author"),           QStringLiteral("creator"),
        QStringLiteral("producer"),         QStringLiteral("creationDate"),
        QStringLiteral("modificationDate"), QStringLiteral("title"),
        QStringLiteral("subject"),          QStringLiteral("keywords")};
    return fields;
}

QString fieldName(const QString& field)
{
    if (field == QLatin1String("author"))
        return tr("author");
    if (field == QLatin1String("creator"))
        return tr("creator tool");
    if (field == QLatin1String("producer"))
        return tr("PDF producer");
    if (field == QLatin1String("creationDate"))
        return tr("creation time");
    if (field == QLatin1String("modificationDate"))
        return tr("modification time");
    if (field == QLatin1String("title"))
        return tr("title");
    if (field == QLatin1String("subject"))
        return tr("subject");
    return tr("keywords");
}

QString valueOf(const DocumentOf& d, const QString& field)
{
    return d.document->metadata.value(field).toString().trimmed();
}

// The fields whose non-empty value is the same in all `documents`.
QStringList sharedFields(const QList<DocumentOf>& documents)
{
    QStringList shared;
    for (const QString& field : comparedFields()) {
        const QString first = valueOf(documents.constFirst(), field);
        const bool allSame = !first.isEmpty() &&
                             std::all_of(documents.cbegin(), documents.cend(),
                                         [&](const auto& d) { return valueOf(d, field) == first; });
        if (allSame)
            shared.append(field);
    }
    return shared;
}

QList<const BidFacts*> distinctBids(const QList<DocumentOf>& documents)
{
    QList<const BidFacts*> bids;
    for (const DocumentOf& d : documents)
        if (!bids.contains(d.bid))
            bids.append(d.bid);
    return bids;
}

QString setKey(const QList<DocumentOf>& documents)
{
    QStringList ids;
    for (const DocumentOf& d : documents)
        ids.append(QString::number(d.document->id));
    return ids.join(QLatin1Char(','));
}

CollusionSignal signalOf(const QList<DocumentOf>& documents)
{
    const QList<const BidFacts*> bids = distinctBids(documents);
    const QStringList fields = sharedFields(documents);
    QStringList names;
    QJsonObject values;
    CollusionSignal s;
    s.kind = CollusionKind::IdenticalMetadata;
    s.clause = Article40Clause::SamePreparer;
    s.bidders = biddersOf(bids);
    for (const QString& field : fields) {
        const QString value = valueOf(documents.constFirst(), field);
        names.append(fieldName(field));
        values.insert(field, value);
        s.evidence.append(tr("Same %1: %2").arg(fieldName(field), value));
    }
    s.summary =
        tr("Documents of %n bidders carry the same PDF metadata: %1.", nullptr, vendorCount(bids))
            .arg(names.join(tr(", ")));
    QJsonArray files;
    for (const DocumentOf& d : documents) {
        s.evidence.append(tr("%1: %2").arg(d.bid->vendorName, d.document->fileName));
        files.append(QJsonObject{{QStringLiteral("bidId"), d.bid->bidId},
                                 {QStringLiteral("documentId"), d.document->id},
                                 {QStringLiteral("fileName"), d.document->fileName}});
    }
    s.details = {{QStringLiteral("fields"), values}, {QStringLiteral("files"), files}};
    return s;
}

} // namespace

QList<CollusionSignal> metadataSignals(const CollusionInput& input)
{
    // Documents grouped by each decisive field's value; groups with the same documents (the same
    // author and the same creation time, say) become one signal.
    QMap<QString, QList<DocumentOf>> groups;
    for (const QString& field : decisiveFields()) {
        QMap<QString, QList<DocumentOf>> byValue;
        for (const BidFacts& bid : input.bids)
            for (const BidDocumentFacts& document : bid.documents) {
                const DocumentOf d{&bid, &document};
                if (const QString value = valueOf(d, field); !value.isEmpty())
                    byValue[value].append(d);
            }
        for (const QList<DocumentOf>& documents : std::as_const(byValue))
            if (vendorCount(distinctBids(documents)) >= 2)
                groups.insert(setKey(documents), documents);
    }
    QList<CollusionSignal> found;
    for (const QList<DocumentOf>& documents : std::as_const(groups))
        found.append(signalOf(documents));
    return found;
}

} // namespace td::collusion
