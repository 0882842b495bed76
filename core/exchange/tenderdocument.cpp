#include "tenderdocument.h"

#include "documentformat.h"
#include "documentlabels.h"
#include "domain/error.h"
#include "htmlparts.h"
#include "htmltemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace td {
namespace {

using namespace html;

// A fingerprint in groups of four characters, as people compare them by eye.
QString groupedFingerprint(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

class TenderDocument
{
public:
    TenderDocument(const Tender& tender, const TenderDocumentContext& context,
                   DocumentLanguage language, const QTimeZone& zone)
        : t(tender)
        , c(context)
        , labels(language)
        , format(language, zone)
        , chinese(language == DocumentLanguage::Chinese)
    {}

    QHash<QString, QString> fragments() const
    {
        return {
            {QStringLiteral("lang"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en")},
            {QStringLiteral("documentName"),
             escaped(t.reference + QLatin1Char(' ') + labels.text("documentTitle"))},
            {QStringLiteral("buyerName"), escaped(buyerName())},
            {QStringLiteral("title"), escaped(t.title)},
            {QStringLiteral("coverFacts"), coverFacts()},
            {QStringLiteral("contents"), contents()},
            {QStringLiteral("description"), paragraphs(t.description)},
            {QStringLiteral("lots"), lots()},
            {QStringLiteral("workload"), workload()},
            {QStringLiteral("benchmarkText"),
             label("benchmarkText",
                   QStringLiteral("<code>%1</code>").arg(escaped(t.benchmarkSuite)))},
            {QStringLiteral("hardwareRules"), hardwareRules()},
            {QStringLiteral("domesticModels"), domesticModels()},
            {QStringLiteral("criteria"), criteria()},
            {QStringLiteral("priceNote"), priceNote()},
            {QStringLiteral("timelineIntro"),
             label("timelineIntro", escaped(format.zoneName(t.bidDeadline)))},
            {QStringLiteral("timeline"), timeline()},
            {QStringLiteral("bidDocuments"), bidDocuments()},
            {QStringLiteral("fingerprint"), fingerprint()},
            {QStringLiteral("clarifications"), clarifications()},
            {QStringLiteral("amendments"), amendments()},
        };
    }

    const DocumentLabels& documentLabels() const { return labels; }

private:
    // The label `key`, escaped, with %1 (and %2) replaced by HTML in one pass.
    QString label(const char* key, const QString& html1) const
    {
        return escaped(labels.text(key)).arg(html1);
    }
    QString label(const char* key, const QString& html1, const QString& html2) const
    {
        return escaped(labels.text(key)).arg(html1, html2);
    }
    QString text(const char* key) const { return escaped(labels.text(key)); }
    QString orNotSet(const QString& value) const
    {
        return value.isEmpty() ? text("notSet") : escaped(value);
    }

    QString buyerName() const
    {
        const QString chineseName = c.buyer.name.isEmpty() ? t.buyerName : c.buyer.name;
        if (!chinese && !c.buyer.nameEnglish.isEmpty())
            return c.buyer.nameEnglish;
        return chineseName;
    }

    // A code's name in the document's language, or the code itself for one the labels lack.
    QString codeName(const char* group, const QString& code) const
    {
        const QString name = labels.forCode(group, code);
        return escaped(name.isEmpty() ? code : name);
    }

    QString coverFacts() const
    {
        const auto fact = [](const QString& labelHtml, const QString& valueHtml) {
            return row(headerCell(labelHtml) + cell(valueHtml));
        };
        QString buyer = escaped(c.buyer.name.isEmpty() ? t.buyerName : c.buyer.name);
        if (!chinese && !c.buyer.nameEnglish.isEmpty())
            buyer += QStringLiteral("<br><span class=\"original\">%1</span>")
                         .arg(escaped(c.buyer.nameEnglish));
        QString out = fact(text("buyer"), buyer);
        if (!c.buyer.uscc.isEmpty())
            out += fact(text("uscc"), escaped(c.buyer.uscc));
        out += fact(text("reference"), escaped(t.reference));
        out += fact(text("category"), codeName("categories", codeOf(t.category)));
        out += fact(text("purchaseKind"), codeName("purchaseKinds", codeOf(t.purchaseKind)));
        out += fact(text("method"), codeName("methods", codeOf(t.method)));
        out += fact(text("budgetCeiling"), escaped(format.money(t.budgetCeiling)));
        out += fact(text("release"), c.releaseNumber > 0
                                         ? label("releaseValue", QString::number(c.releaseNumber),
                                                 orNotSet(format.dateTime(c.releaseDate)))
                                         : text("releaseDraft"));
        if (c.auditHead.isValid())
            out += fact(text("auditHead"), auditHead());
        return out;
    }

    // "#12 3f1c 0a9b ...", with how to check the log against it: a paper copy is an anchor of
    // the audit log that no one with access to the database can change.
    QString auditHead() const
    {
        return QStringLiteral("#%1 <span class=\"audit-hash\">%2</span><br>"
                              "<span class=\"original\">%3</span>")
            .arg(QString::number(c.auditHead.seq), escaped(groupedFingerprint(c.auditHead.hash)),
                 label("auditHeadNote", QString::number(c.auditHead.seq)));
    }

    QString contents() const
    {
        QStringList keys = {
            QStringLiteral("sectionRequirements"), QStringLiteral("sectionHardware"),
            QStringLiteral("sectionEvaluation"),   QStringLiteral("sectionTimeline"),
            QStringLiteral("sectionBidFormat"),    QStringLiteral("sectionClarifications")};
        if (!c.amendments.isEmpty())
            keys.append(QStringLiteral("sectionAmendments"));
        QString out;
        for (const QString& key : keys)
            out += QStringLiteral("<li>%1</li>\n").arg(escaped(labels.text(key)));
        return out;
    }

    QString lots() const
    {
        if (t.lots.isEmpty())
            return QStringLiteral("<p>%1</p>\n").arg(text("noLots"));
        QString body;
        std::optional<Money> total = Money(0, t.lots.constFirst().budget.currency());
        for (const Lot& lot : t.lots) {
            body += row(cell(QString::number(lot.number), "number") + cell(escaped(lot.title)) +
                        cell(escaped(format.money(lot.budget)), "number"));
            if (total && lot.budget.currency() == total->currency())
                total = *total + lot.budget;
            else
                total.reset(); // lots in different currencies have no total
        }
        if (total && t.lots.size() > 1)
            body += row(cell(QString()) + cell(text("total")) +
                            cell(escaped(format.money(*total)), "number"),
                        "total");
        return table(row(headerCell(text("lot"), "number") + headerCell(text("lotTitle")) +
                         headerCell(text("lotBudget"), "number")),
                     body);
    }

    QString workload() const
    {
        const Workload& w = t.workload;
        const auto line = [](const QString& labelHtml, const QString& valueHtml) {
            return row(cell(labelHtml) + cell(valueHtml));
        };
        const auto positive = [this](qint64 value, const QString& html) {
            return value > 0 ? html : text("notSet");
        };
        QString body;
        body += line(
            text("contractedTokens"),
            positive(w.contractedTokensPerYear,
                     label("tokensPerYear", escaped(format.count(w.contractedTokensPerYear)))));
        body += line(
            text("concurrentUsers"),
            positive(w.concurrentUsers, label("users", escaped(format.count(w.concurrentUsers)))));
        const QString peak = escaped(format.count(w.effectivePeakConcurrentRequests()));
        body += line(text("peakRequests"),
                     w.peakIsDerived() ? label("derivedRequests", peak) : label("requests", peak));
        body += line(text("sloTtft"),
                     positive(w.sloTimeToFirstTokenMs,
                              label("milliseconds", QString::number(w.sloTimeToFirstTokenMs))));
        body += line(text("sloTpot"),
                     positive(w.sloTimePerOutputTokenMs,
                              label("milliseconds", QString::number(w.sloTimePerOutputTokenMs))));
        body +=
            line(text("availability"),
                 w.sloAvailabilityPercent > 0
                     ? label("availabilityValue", escaped(format.percent(w.sloAvailabilityPercent)))
                     : text("notSet"));
        return table(row(headerCell(text("item")) + headerCell(text("requirement"))), body);
    }

    QString hardwareRules() const
    {
        const HardwareRules& rules = t.hardwareRules;
        QStringList excluded;
        for (const QString& model : rules.excludedModels)
            excluded.append(escaped(model));
        QString body;
        body += row(cell(text("minimumDomesticShare")) +
                    cell(label("minimumDomesticShareValue",
                               escaped(format.percent(rules.minimumDomesticSharePercent)))));
        body +=
            row(cell(text("excludedModels")) +
                cell(excluded.isEmpty() ? text("none") : excluded.join(QStringLiteral("<br>"))));
        return table(row(headerCell(text("item")) + headerCell(text("requirement"))), body);
    }

    QString domesticModels() const
    {
        QStringList models;
        for (auto it = c.domesticByModel.cbegin(); it != c.domesticByModel.cend(); ++it)
            if (it.value())
                models.append(it.key());
        if (models.isEmpty())
            return {};
        std::sort(models.begin(), models.end());
        QStringList items;
        for (const QString& model : models)
            items.append(escaped(model));
        return keep(QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n")
                        .arg(text("domesticModels"),
                             items.join(chinese ? QStringLiteral("、") : QStringLiteral(", "))));
    }

    // In Chinese, the buyer's own name of a criterion; in English, the English name of its code
    // with the buyer's Chinese name beside it, which is the one that binds.
    QString criterionName(const Criterion& criterion) const
    {
        const QString known = labels.forCode("criteria", criterion.code);
        if (chinese || known.isEmpty())
            return escaped(criterion.name.isEmpty() ? known : criterion.name);
        if (criterion.name.isEmpty() || criterion.name == known)
            return escaped(known);
        return QStringLiteral("%1 <span class=\"original\">(%2)</span>")
            .arg(escaped(known), escaped(criterion.name));
    }

    QString criteria() const
    {
        QString body;
        int total = 0;
        for (const Criterion& criterion : t.criteria) {
            total += criterion.weight;
            const QString how = labels.forCode("criterionHow", criterion.code);
            body += row(cell(criterionName(criterion)) +
                        cell(escaped(format.percent(criterion.weight)), "number") +
                        cell(how.isEmpty() ? QStringLiteral("&mdash;") : escaped(how)));
        }
        body += row(cell(text("total")) + cell(escaped(format.percent(total)), "number") +
                        cell(QString()),
                    "total");
        return table(row(headerCell(text("criterion")) + headerCell(text("weight"), "number") +
                         headerCell(text("howScored"))),
                     body, "criteria");
    }

    QString priceNote() const
    {
        const auto price =
            std::find_if(t.criteria.cbegin(), t.criteria.cend(), [](const Criterion& criterion) {
                return criterion.code == QLatin1String("price");
            });
        if (price == t.criteria.cend())
            return {};
        return QStringLiteral("<p>%1</p>\n")
            .arg(label("priceFormulaNote", escaped(format.percent(price->weight)),
                       QString::number(price->weight)));
    }

    QString timeline() const
    {
        const auto event = [this](const char* key, const QDateTime& time) {
            return row(cell(text(key)) + cell(orNotSet(format.dateTime(time))));
        };
        const QString body = event("publication", t.publishedAt) +
                             event("clarificationDeadline", t.clarificationDeadline) +
                             event("bidDeadline", t.bidDeadline) + event("opening", t.openingAt);
        return table(row(headerCell(text("event")) + headerCell(text("time"))), body);
    }

    // The documents a bid carries: the kind, the buyer's own title (or the kind's name) and
    // whether a bid without it is invalid.
    QString bidDocuments() const
    {
        if (t.bidDocuments.isEmpty())
            return QStringLiteral("<p>%1</p>\n").arg(text("noRequiredDocuments"));
        QString body;
        for (const BidDocumentRequirement& d : t.bidDocuments) {
            const QString kind = codeName("bidDocumentKinds", codeOf(d.kind));
            body += row(cell(kind) + cell(d.title.isEmpty() ? kind : escaped(d.title)) +
                        cell(text(d.mandatory ? "mandatoryYes" : "mandatoryNo")));
        }
        return table(row(headerCell(text("documentKind")) + headerCell(text("document")) +
                         headerCell(text("mandatory"))),
                     body, "bid-documents");
    }

    QString fingerprint() const
    {
        if (c.sealingKeyFingerprint.isEmpty())
            return QStringLiteral("<p>%1</p>\n").arg(text("fingerprintPending"));
        return QStringLiteral("<p class=\"fingerprint\">%1</p>\n")
            .arg(escaped(groupedFingerprint(c.sealingKeyFingerprint)));
    }

    // Answered questions only, and never who asked: an unanswered question is not yet part of
    // the tender, and the asker's identity would tell bidders who their competitors are. The
    // chapter's heading and introduction share a page with the first answer.
    QString clarifications() const
    {
        QStringList answers;
        int number = 0;
        for (const Clarification& q : t.clarifications) {
            ++number; // the question's own number, as the buyer's list shows it
            if (q.answer.trimmed().isEmpty())
                continue;
            QStringList meta;
            if (q.askedAt.isValid())
                meta.append(label("askedAt", escaped(format.dateTime(q.askedAt))));
            if (q.answeredAt.isValid())
                meta.append(label("answeredAt", escaped(format.dateTime(q.answeredAt))));
            answers += QStringLiteral("<div class=\"qa\">\n<p class=\"meta\">%1. %2</p>\n"
                                      "<p><span class=\"label\">%3</span> %4</p>\n"
                                      "<p><span class=\"label\">%5</span> %6</p>\n</div>\n")
                           .arg(QString::number(number),
                                meta.join(chinese ? QStringLiteral("　") : QStringLiteral(" · ")),
                                labelWithColon("question"),
                                escaped(q.question.trimmed())
                                    .replace(QLatin1Char('\n'), QLatin1String("<br>")),
                                labelWithColon("answer"),
                                escaped(q.answer.trimmed())
                                    .replace(QLatin1Char('\n'), QLatin1String("<br>")));
        }
        const QString heading = QStringLiteral("<h2>%1</h2>\n").arg(text("sectionClarifications"));
        if (answers.isEmpty())
            return keep(heading + QStringLiteral("<p>%1</p>\n").arg(text("noClarifications")));
        const QString first =
            keep(heading + QStringLiteral("<p>%1</p>\n").arg(text("clarificationsIntro")) +
                 answers.constFirst());
        return first + answers.mid(1).join(QString());
    }

    QString labelWithColon(const char* key) const
    {
        return text(key) + (chinese ? QStringLiteral("：") : QStringLiteral(":"));
    }

    // A changed field by its name in the document's language: "bidDeadline" as "Bid deadline";
    // "lots[1].budget" under the name of "lots" with the exact field beside it.
    QString fieldName(const QString& field) const
    {
        const QString exact = labels.forCode("fields", field);
        if (!exact.isEmpty())
            return escaped(exact);
        const qsizetype cut = field.indexOf(QRegularExpression(QStringLiteral("[\\[.]")));
        const QString group = cut > 0 ? labels.forCode("fields", field.left(cut)) : QString();
        if (group.isEmpty())
            return QStringLiteral("<code>%1</code>").arg(escaped(field));
        return QStringLiteral("%1 <code>%2</code>").arg(escaped(group), escaped(field));
    }

    QString amendments() const
    {
        if (c.amendments.isEmpty())
            return {};
        // The heading and introduction share a page with the first amendment.
        const QString lead = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                                 .arg(text("sectionAmendments"), text("amendmentsIntro"));
        QStringList blocks;
        for (const ocds::Amendment& amendment : c.amendments) {
            QString out;
            QString body;
            for (const FieldChange& change : amendment.changes)
                body += row(cell(fieldName(change.field)) + cell(escaped(change.before)) +
                            cell(escaped(change.after)));
            out += QStringLiteral("<div class=\"amendment\">\n<h3>%1</h3>\n")
                       .arg(label("amendmentHeading", orNotSet(format.dateTime(amendment.date))));
            if (!amendment.rationale.isEmpty())
                out += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                           .arg(labelWithColon("rationale"), escaped(amendment.rationale));
            if (!body.isEmpty())
                out += table(row(headerCell(text("changedItem")) + headerCell(text("before")) +
                                 headerCell(text("after"))),
                             body);
            out += QStringLiteral("</div>\n");
            blocks.append(out);
        }
        return QStringLiteral("<section class=\"chapter\" id=\"amendments\">\n") +
               keep(lead + blocks.constFirst()) + blocks.mid(1).join(QString()) +
               QStringLiteral("</section>\n");
    }

    const Tender& t;
    const TenderDocumentContext& c;
    DocumentLabels labels;
    DocumentFormat format;
    bool chinese;
};

} // namespace

QString tenderDocumentHtml(const Tender& tender, const TenderDocumentContext& context,
                           DocumentLanguage language)
{
    const QTimeZone zone(tender.timeZone.toUtf8());
    if (!zone.isValid())
        throw Error(QCoreApplication::translate("td",
                                                "The time zone %1 of tender %2 is unknown, so "
                                                "its deadlines cannot be printed. Set a time "
                                                "zone such as Asia/Shanghai.")
                        .arg(tender.timeZone, tender.reference));
    QFile file(QStringLiteral(":/documents/tender.html"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td", "The text of printed documents is "
                                                      "incomplete in this build (%1 is missing). "
                                                      "Reinstall TenderDesk.")
                        .arg(file.fileName()));
    const TenderDocument document(tender, context, language, zone);
    return fillHtmlTemplate(QString::fromUtf8(file.readAll()), document.documentLabels(),
                            document.fragments());
}

QUrl tenderDocumentBaseUrl()
{
    return QUrl(QStringLiteral("qrc:/documents/"));
}

} // namespace td
