#include "compliancepage.h"

#include "compliancemodel.h"
#include "evaluationsession.h"
#include "evaluationtext.h"
#include "overridedialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace td::ui {

CompliancePage::CompliancePage(EvaluationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ComplianceModel(this))
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
    , m_override(new QAction(tr("&Override…"), this))
    , m_confirm(new QAction(tr("&Confirm review…"), this))
    , m_overrideButton(new QPushButton(this))
    , m_confirmButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("compliancePage"));
    m_state->setObjectName(QStringLiteral("complianceState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("complianceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The checks' names wrap onto a second line: seven of them share the width.
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(m_table->fontMetrics().height() * 2 + 10);
    m_table->setToolTip(tr("Choose a check of a bid, then Override… to decide otherwise than "
                           "the automatic check, with a written justification."));
    connect(m_table, &QTableView::activated, this, &CompliancePage::chooseAndOverride);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompliancePage::updateActions);

    m_override->setObjectName(QStringLiteral("overrideComplianceAction"));
    m_override->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_override->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_override->setToolTip(tr("Overturn the chosen check of a bid, with a written "
                              "justification (Ctrl+Shift+V)"));
    connect(m_override, &QAction::triggered, this, &CompliancePage::chooseAndOverride);
    m_confirm->setObjectName(QStringLiteral("confirmComplianceAction"));
    m_confirm->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_confirm->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_confirm->setToolTip(tr("The panel confirms the review: each bid is then valid or "
                             "disqualified with its reasons (Ctrl+Shift+M)"));
    connect(m_confirm, &QAction::triggered, this, &CompliancePage::askAndConfirm);
    addAction(m_override);
    addAction(m_confirm);
    for (auto [button, action] :
         {std::pair{m_overrideButton, m_override}, std::pair{m_confirmButton, m_confirm}}) {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_confirmButton->setObjectName(QStringLiteral("confirmReviewButton"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_overrideButton);
    buttons->addStretch(1);
    buttons->addWidget(m_confirmButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(&m_session, &EvaluationSession::loaded, this, &CompliancePage::showEvaluation);
    connect(&m_session, &EvaluationSession::busyChanged, this, &CompliancePage::updateActions);
    updateActions();
}

void CompliancePage::showEvaluation()
{
    const TenderEvaluation& e = m_session.evaluation();
    const QModelIndex current = m_table->currentIndex();
    m_model->setReview(e.compliance);
    if (current.isValid() && current.row() < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    // Bidder names and outcomes in full; the checks share the rest, what they found wrapped.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ComplianceModel::VendorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_model->outcomeColumn(), QHeaderView::ResizeToContents);
    int failing = 0;
    for (const BidCompliance& b : e.compliance.bids)
        failing += b.compliant() ? 0 : 1;
    QString text;
    if (e.compliance.confirmedAt)
        text = tr("The panel confirmed the review (%1, %2): %3 of %4 bids are valid.")
                   .arg(e.compliance.confirmedBy, EvaluationText::time(*e.compliance.confirmedAt))
                   .arg(e.compliance.bids.size() - failing)
                   .arg(e.compliance.bids.size());
    else
        text = tr("The automatic checks, not yet confirmed: %1 of %2 bids fail a check. "
                  "Override a check where the panel decides otherwise, then confirm the review.")
                   .arg(failing)
                   .arg(e.compliance.bids.size());
    m_state->setText(text);
    updateActions();
}

void CompliancePage::updateActions()
{
    const bool ready = m_session.hasEvaluation() && !m_session.isBusy();
    const bool awarded = ready && !m_session.evaluation().tender.awards.isEmpty();
    const ComplianceFinding* f = m_model->finding(m_table->currentIndex());
    const bool bid = m_table->currentIndex().data(ComplianceModel::BidIdRole).toLongLong() != 0;
    m_override->setEnabled(ready && !awarded && f && bid);
    m_confirm->setEnabled(ready && !awarded && m_model->rowCount() > 0);
    m_overrideButton->setEnabled(m_override->isEnabled());
    m_confirmButton->setEnabled(m_confirm->isEnabled());
}

void CompliancePage::chooseAndOverride()
{
    if (!m_override->isEnabled())
        return;
    const QModelIndex index = m_table->currentIndex();
    const ComplianceFinding* f = m_model->finding(index);
    if (!f)
        return;
    const qint64 bidId = index.data(ComplianceModel::BidIdRole).toLongLong();
    const QString vendor =
        m_model->index(index.row(), ComplianceModel::VendorColumn).data().toString();
    OverrideDialog dialog(vendor, *f, this);
    if (dialog.exec() == QDialog::Accepted)
        overrideCheck(bidId, f->code, dialog.passes(), dialog.justification());
}

void CompliancePage::overrideCheck(qint64 bidId, const QString& checkCode, bool passes,
                                   const QString& justification)
{
    m_session.change(tr("Override a compliance check"),
                     [=](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
                         desk.overrideCompliance(reference, bidId, checkCode, passes, justification,
                                                 now);
                     });
}

void CompliancePage::askAndConfirm()
{
    if (!m_confirm->isEnabled())
        return;
    int failing = 0;
    for (const BidCompliance& b : m_model->review().bids)
        failing += b.compliant() ? 0 : 1;
    const auto answer = QMessageBox::question(
        this, tr("Confirm the compliance review"),
        tr("Confirm the review for the panel? %n bid(s) will be disqualified with their "
           "reasons; the others go on to scoring.",
           nullptr, failing),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        confirmReview();
}

void CompliancePage::confirmReview()
{
    m_session.change(tr("Confirm the compliance review"),
                     [](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
                         desk.confirmCompliance(reference, now);
                     });
}

} // namespace td::ui
