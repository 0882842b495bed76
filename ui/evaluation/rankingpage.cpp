#include "rankingpage.h"

#include "evaluationsession.h"
#include "evaluationtext.h"
#include "explanationdialog.h"
#include "rankingmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace td::ui {

RankingPage::RankingPage(EvaluationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RankingModel(this))
    , m_view(new QTreeView(this))
    , m_state(new QLabel(this))
    , m_explain(new QPushButton(tr("&How was this computed?"), this))
{
    setObjectName(QStringLiteral("rankingPage"));
    m_state->setObjectName(QStringLiteral("rankingState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("rankingView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_view->header()->setMinimumHeight(m_view->fontMetrics().height() * 3 + 10);
    m_view->setToolTip(tr("Double-click a number, or press Enter, to see how it was computed."));
    connect(m_view, &QTreeView::activated, this, &RankingPage::explainAt);
    m_explain->setObjectName(QStringLiteral("explainButton"));
    m_explain->setToolTip(tr("The formula, value and inputs of the chosen number (Enter)"));
    connect(m_explain, &QPushButton::clicked, this, [this] { explainAt(m_view->currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_explain->setEnabled(
                    !current.data(RankingModel::ExplanationKeyRole).toString().isEmpty());
            });
    m_explain->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_explain);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(&m_session, &EvaluationSession::loaded, this, &RankingPage::showEvaluation);
}

void RankingPage::showEvaluation()
{
    const TenderEvaluation& e = m_session.evaluation();
    m_model->setEvaluation(e);
    m_view->expandAll();
    for (int lot = 0; lot < m_model->rowCount(); ++lot)
        m_view->setFirstColumnSpanned(lot, QModelIndex(), true);
    // Numbers in full, their headers wrapped over them; long names cut (the tooltip has them
    // whole). The rank is narrow: the lots' labels span the row.
    for (int c = 1; c < m_model->columnCount() - 1; ++c) {
        if (c == RankingModel::VendorColumn || c == m_model->costColumn())
            m_view->resizeColumnToContents(c);
        else
            m_view->setColumnWidth(
                c,
                qMax(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(c) + 8, 64));
        if (c == RankingModel::VendorColumn)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 230));
    }
    m_view->setColumnWidth(RankingModel::RankColumn,
                           qMax(m_view->header()->sectionSizeHint(RankingModel::RankColumn),
                                m_view->indentation() +
                                    m_view->fontMetrics().horizontalAdvance(QStringLiteral("99")) +
                                    16));

    QStringList lines;
    const QString method = scoring::methodName(e.settings.method);
    if (e.result.final()) {
        lines.append(tr("The ranking is final (%1).").arg(method));
    } else {
        lines.append(tr("The ranking is not final yet (%1):").arg(method));
        QStringList pending;
        for (qint64 id : e.result.pendingExplanations)
            pending.append(e.names.vendors.value(id));
        if (!pending.isEmpty())
            lines.append(tr("• %n flagged bid(s) await the panel's decision on the explanation: "
                            "%1.",
                            nullptr, int(pending.size()))
                             .arg(pending.join(tr(", ", "list separator"))));
        if (!e.result.unscoredBids.isEmpty()) {
            int submitted = 0;
            for (const Evaluator& member : e.panel)
                submitted += member.submittedAt ? 1 : 0;
            lines.append(e.panel.isEmpty()
                             ? tr("• %n bid(s) have no score yet: the panel has no members.",
                                  nullptr, int(e.result.unscoredBids.size()))
                             : tr("• %n bid(s) wait for the panel's scores (%1 of %2 sheets "
                                  "in).",
                                  nullptr, int(e.result.unscoredBids.size()))
                                   .arg(submitted)
                                   .arg(e.panel.size()));
        }
    }
    if (!e.compliance.confirmedAt)
        lines.append(tr("The compliance review is not confirmed yet: the automatic checks "
                        "decide which bids are valid until the panel confirms it."));
    m_state->setText(lines.join(QLatin1Char('\n')));
}

scoring::Working RankingPage::workingAt(const QModelIndex& index, const QString& ruleCode) const
{
    if (!m_session.hasEvaluation())
        return {};
    QString key = index.data(RankingModel::ExplanationKeyRole).toString();
    if (key.isEmpty())
        return {};
    if (!ruleCode.isEmpty() && key.startsWith(QLatin1String("flag:")))
        key = QStringLiteral("flag:") + ruleCode;
    const TenderEvaluation& e = m_session.evaluation();
    return scoring::explain(e.input, e.result, index.data(RankingModel::BidIdRole).toLongLong(),
                            key, e.names);
}

void RankingPage::explainAt(const QModelIndex& index)
{
    if (!m_session.hasEvaluation() || !index.isValid())
        return;
    const QString key = index.data(RankingModel::ExplanationKeyRole).toString();
    if (key.isEmpty())
        return;
    const qint64 bidId = index.data(RankingModel::BidIdRole).toLongLong();
    const TenderEvaluation& e = m_session.evaluation();
    QString ruleCode;
    if (key.startsWith(QLatin1String("flag:"))) {
        // A bid flagged by several rules: the person chooses whose working to see.
        const scoring::BidResult* bid = e.result.bid(bidId);
        if (bid && bid->flags.size() > 1) {
            QStringList names;
            for (const scoring::LowBidFlag& f : bid->flags)
                names.append(scoring::lowBidRuleName(f.rule));
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Abnormally low"), tr("&Rule:"),
                                                         names, 0, false, &ok);
            if (!ok)
                return;
            ruleCode = scoring::lowBidRuleCode(bid->flags.at(names.indexOf(chosen)).rule);
        }
    }
    const scoring::Working working = workingAt(index, ruleCode);
    if (working.key.isEmpty()) {
        QMessageBox::information(this, tr("Ranking"),
                                 tr("There is no working to show for this number."));
        return;
    }
    const QString subject =
        index.siblingAtColumn(RankingModel::VendorColumn).data().toString() +
        QStringLiteral(" · ") +
        index.parent().siblingAtColumn(RankingModel::RankColumn).data().toString();
    ExplanationDialog dialog(working, subject, this);
    dialog.exec();
}

} // namespace td::ui
