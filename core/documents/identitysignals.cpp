// The same computer, project manager or bid security account behind bids of different vendors.
#include "collusiondetectors.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace td::collusion {

namespace {

// Names compare whatever their spacing and letter case: "Li  Ming" is "li ming".
QString normalizedName(const QString& name)
{
    return name.simplified().toCaseFolded();
}

// Account numbers are written with spaces or dashes between groups of digits.
QString normalizedAccount(const QString& account)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]"));
    return QString(account).remove(separators).toUpper();
}

QJsonArray asWritten(const QList<const BidFacts*>& bids, QString BidFacts::*field)
{
    QJsonArray values;
    for (const BidFacts* bid : bids)
        values.append(QJsonObject{{QStringLiteral("bidId"), bid->bidId},
                                  {QStringLiteral("value"), bid->*field}});
    return values;
}

QStringList evidenceLines(const QList<const BidFacts*>& bids, QString BidFacts::*field)
{
    QStringList lines;
    for (const BidFacts* bid : bids)
        lines.append(tr("%1: “%2”").arg(bid->vendorName, bid->*field));
    return lines;
}

QList<CollusionSignal> sameMachine(const CollusionInput& input)
{
    QList<CollusionSignal> found;
    const auto groups = groupsAcrossVendors(
        input.bids, [](const BidFacts& bid) { return bid.machineFingerprint.trimmed(); });
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        CollusionSignal s;
        s.kind = CollusionKind::SameMachine;
        // The fingerprint is taken when the bid package is made, so the bid documents were put
        // together on one computer.
        s.clause = Article40Clause::SamePreparer;
        s.bidders = biddersOf(*it);
        s.summary = tr("%n bidders sealed their bid packages on the same computer.", nullptr,
                       vendorCount(*it));
        s.evidence = {tr("Machine fingerprint in each package's manifest: %1").arg(it.key())};
        s.details = {{QStringLiteral("machineFingerprint"), it.key()}};
        found.append(s);
    }
    return found;
}

QList<CollusionSignal> sameProjectManager(const CollusionInput& input)
{
    QList<CollusionSignal> found;
    const auto groups = groupsAcrossVendors(
        input.bids, [](const BidFacts& bid) { return normalizedName(bid.projectManager); });
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        CollusionSignal s;
        s.kind = CollusionKind::SameProjectManager;
        s.clause = Article40Clause::SameProjectManager;
        s.bidders = biddersOf(*it);
        s.summary = tr("%n bidders name the same project manager, %1.", nullptr, vendorCount(*it))
                        .arg(it->constFirst()->projectManager.simplified());
        s.evidence = evidenceLines(*it, &BidFacts::projectManager);
        s.details = {{QStringLiteral("projectManager"), it.key()},
                     {QStringLiteral("asWritten"), asWritten(*it, &BidFacts::projectManager)}};
        found.append(s);
    }
    return found;
}

QList<CollusionSignal> sameSecurityAccount(const CollusionInput& input)
{
    QList<CollusionSignal> found;
    const auto groups = groupsAcrossVendors(
        input.bids, [](const BidFacts& bid) { return normalizedAccount(bid.securityAccount); });
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        CollusionSignal s;
        s.kind = CollusionKind::SameSecurityAccount;
        s.clause = Article40Clause::SameSecurityAccount;
        s.bidders = biddersOf(*it);
        s.summary = tr("%n bidders paid their bid security from the same account, %1.", nullptr,
                       vendorCount(*it))
                        .arg(it.key());
        s.evidence = evidenceLines(*it, &BidFacts::securityAccount);
        s.details = {{QStringLiteral("securityAccount"), it.key()},
                     {QStringLiteral("asWritten"), asWritten(*it, &BidFacts::securityAccount)}};
        found.append(s);
    }
    return found;
}

} // namespace

QList<CollusionSignal> identitySignals(const CollusionInput& input)
{
    QList<CollusionSignal> found = sameMachine(input);
    found.append(sameProjectManager(input));
    found.append(sameSecurityAccount(input));
    return found;
}

} // namespace td::collusion
