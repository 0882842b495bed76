#include "collusionview.h"

#include "collusionsignalsmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

CollusionView::CollusionView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CollusionSignalsModel(this))
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
    , m_splitter(new QSplitter(this))
{
    setObjectName(QStringLiteral("collusionView"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("collusionSummary"));
    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("collusionSignals"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3); // wrapped signals read as separate entries
    m_list->setAlternatingRowColors(true);
    m_details->setObjectName(QStringLiteral("collusionDetails"));
    m_splitter->setObjectName(QStringLiteral("collusionSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showSignal(current.row()); });
    setSignals({}, 0);
}

void CollusionView::setSignals(const QList<CollusionSignal>& list, int bidsOpened)
{
    m_model->setSignals(list);
    if (bidsOpened == 0)
        m_summary->setText(tr("Collusion signals compare the bids once they are opened."));
    else if (list.isEmpty())
        m_summary->setText(
            tr("No collusion signals between the %n opened bid(s).", nullptr, bidsOpened));
    else
        m_summary->setText(tr("%n signal(s) between the opened bids. Each is evidence for the "
                              "panel to weigh under Article 40, not a finding.",
                              nullptr, int(list.size())));
    if (!list.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    else
        m_details->clear();
}

void CollusionView::showSignal(int row)
{
    if (row < 0 || row >= m_model->signalList().size()) {
        m_details->clear();
        return;
    }
    const CollusionSignal& s = m_model->signalList().at(row);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><p><i>%3</i></p>")
            .arg(CollusionText::kindName(s.kind).toHtmlEscaped(), s.summary.toHtmlEscaped(),
                 CollusionText::clauseText(s.clause).toHtmlEscaped());
    const QJsonArray passages = s.details.value(QLatin1String("passages")).toArray();
    if (!passages.isEmpty()) {
        // Shared passages side by side: the same words in each bidder's document.
        const QString a = s.details.value(QLatin1String("documentA"))
                              .toObject()
                              .value(QLatin1String("fileName"))
                              .toString();
        const QString b = s.details.value(QLatin1String("documentB"))
                              .toObject()
                              .value(QLatin1String("fileName"))
                              .toString();
        const QString nameA = s.bidders.value(0).vendorName;
        const QString nameB = s.bidders.value(1).vendorName;
        html += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" "
                               "width=\"100%\"><tr><th>%1</th><th>%2</th></tr>")
                    .arg(tr("%1, %2").arg(nameA, a).toHtmlEscaped(),
                         tr("%1, %2").arg(nameB, b).toHtmlEscaped());
        for (const QJsonValue& p : passages) {
            const QJsonObject passage = p.toObject();
            html += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
                        .arg(passage.value(QLatin1String("a"))
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString()
                                 .toHtmlEscaped(),
                             passage.value(QLatin1String("b"))
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString()
                                 .toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<ul>");
        for (const QString& line : s.evidence)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

} // namespace td::ui
