#include "minuteshtml.h"

#include "domain/error.h"
#include "exchange/documentformat.h"
#include "exchange/documentlabels.h"
#include "exchange/htmlparts.h"
#include "exchange/htmltemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

namespace td {
namespace {

using namespace html;

class MinutesDocument
{
public:
    MinutesDocument(const OpeningMinutes& minutes, DocumentLanguage language, const QTimeZone& zone)
        : m(minutes)
        , labels(language)
        , format(language, zone)
        , chinese(language == DocumentLanguage::Chinese)
    {}

    QHash<QString, QString> fragments() const
    {
        return {{QStringLiteral("lang"), chinese ? QStringLiteral("zh-CN") : QStringLiteral("en")},
                {QStringLiteral("documentName"),
                 escaped(m.tender.reference + QLatin1Char(' ') + labels.text("minutesTitle"))},
                {QStringLiteral("buyerName"), escaped(buyerName())},
                {QStringLiteral("title"), escaped(m.tender.title)},
                {QStringLiteral("facts"), facts()},
                {QStringLiteral("bids"), bids()},
                {QStringLiteral("summary"), summary()},
                {QStringLiteral("refusals"), refusals()}};
    }

    const DocumentLabels& documentLabels() const { return labels; }

private:
    QString text(const char* key) const { return escaped(labels.text(key)); }

    QString buyerName() const
    {
        if (!chinese && !m.buyer.nameEnglish.isEmpty())
            return m.buyer.nameEnglish;
        return m.buyer.name.isEmpty() ? m.tender.buyerName : m.buyer.name;
    }

    QString facts() const
    {
        const auto fact = [](const QString& labelHtml, const QString& valueHtml) {
            return row(headerCell(labelHtml) + cell(valueHtml));
        };
        const QString method = labels.forCode("methods", codeOf(m.tender.method));
        QString out = fact(text("reference"), escaped(m.tender.reference));
        out += fact(text("buyer"), escaped(buyerName()));
        out += fact(text("method"), escaped(method.isEmpty() ? codeOf(m.tender.method) : method));
        out += fact(text("bidDeadline"), escaped(format.dateTime(m.tender.bidDeadline)));
        out += fact(text("minutesOpenedAt"), escaped(format.dateTime(m.openedAt)));
        out += fact(text("minutesRelease"), escaped(m.releaseId));
        if (m.auditHead.isValid())
            out += fact(text("auditHead"),
                        QStringLiteral("#%1 <span class=\"audit-hash\">%2</span>")
                            .arg(QString::number(m.auditHead.seq), escaped(m.auditHead.hash)));
        return out;
    }

    QString statusText(SubmissionStatus status) const
    {
        switch (status) {
        case SubmissionStatus::Opened:
            return text("minutesOpened");
        case SubmissionStatus::Failed:
            return text("minutesFailed");
        case SubmissionStatus::Replaced:
            return text("minutesReplaced");
        case SubmissionStatus::Withdrawn:
            return text("minutesWithdrawn");
        case SubmissionStatus::Withdrawal:
            return text("minutesWithdrawal");
        case SubmissionStatus::Sealed:
            break;
        }
        return text("minutesSealed");
    }

    QString bids() const
    {
        const QString header =
            row(headerCell(text("minutesNumber"), "number") + headerCell(text("minutesBidder")) +
                headerCell(text("minutesReceivedAt")) + headerCell(text("minutesStatus")) +
                headerCell(text("minutesPrice"), "number") + headerCell(text("minutesModel")) +
                headerCell(text("minutesNote")));
        QString body;
        int number = 0;
        for (const MinutesSubmission& entry : m.submissions) {
            const BidSubmission& s = entry.submission;
            QString price;
            QString model;
            QString note = escaped(s.failureReason);
            if (entry.bid) {
                price = escaped(format.money(entry.bid->totalPrice));
                model = escaped(entry.bid->model);
                note = escaped(labels.text("minutesLot").arg(entry.bid->lotNumber));
            }
            body +=
                row(cell(QString::number(++number), "number") +
                    cell(escaped(s.vendorName) + QStringLiteral("<br><span class=\"original\">") +
                         escaped(s.vendorUscc) + QStringLiteral("</span>")) +
                    cell(escaped(format.dateTime(s.receivedAt))) + cell(statusText(s.status)) +
                    cell(price, "number") + cell(model) + cell(note));
        }
        return table(header, body);
    }

    QString summary() const
    {
        QString out = QStringLiteral("<p>%1</p>\n")
                          .arg(escaped(labels.text("minutesValidBids").arg(m.validBids)));
        if (m.validBids < m.neededBids)
            out += QStringLiteral("<p class=\"notice\">%1</p>\n")
                       .arg(escaped(labels.text("minutesMayFail").arg(m.neededBids)));
        return out;
    }

    QString refusals() const
    {
        if (m.refusals.isEmpty())
            return QStringLiteral("<p>%1</p>\n").arg(text("minutesNoRefusals"));
        const QString header =
            row(headerCell(text("minutesRefusedAt")) + headerCell(text("minutesBidder")) +
                headerCell(text("minutesFile")) + headerCell(text("minutesReason")));
        QString body;
        for (const BidRefusal& r : m.refusals) {
            QString reason = escaped(r.reason);
            if (r.reasonCode == QLatin1String("late"))
                reason =
                    QStringLiteral("<strong>%1</strong><br>%2").arg(text("minutesLate"), reason);
            body += row(cell(escaped(format.dateTime(r.refusedAt))) + cell(escaped(r.vendor)) +
                        cell(escaped(r.fileName)) + cell(reason));
        }
        return table(header, body);
    }

    const OpeningMinutes& m;
    DocumentLabels labels;
    DocumentFormat format;
    bool chinese;
};

} // namespace

QString openingMinutesHtml(const OpeningMinutes& minutes, DocumentLanguage language)
{
    const QTimeZone zone(minutes.tender.timeZone.toUtf8());
    if (!zone.isValid())
        throw Error(QCoreApplication::translate("td::OpeningMinutes",
                                                "The time zone %1 of tender %2 is unknown, so "
                                                "the opening's times cannot be printed. Set a "
                                                "time zone such as Asia/Shanghai.")
                        .arg(minutes.tender.timeZone, minutes.tender.reference));
    QFile file(QStringLiteral(":/documents/minutes.html"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("td::OpeningMinutes",
                                                "The text of printed documents is incomplete in "
                                                "this build (%1 is missing). Reinstall "
                                                "TenderDesk.")
                        .arg(file.fileName()));
    const MinutesDocument document(minutes, language, zone);
    return fillHtmlTemplate(QString::fromUtf8(file.readAll()), document.documentLabels(),
                            document.fragments());
}

QUrl openingMinutesBaseUrl()
{
    return QUrl(QStringLiteral("qrc:/documents/"));
}

} // namespace td
