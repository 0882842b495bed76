#include "lowpricepage.h"

#include "evaluationsession.h"
#include "evaluationtext.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace td::ui {

namespace {

constexpr int BidIdRole = Qt::UserRole + 1;
constexpr int PendingPathRole = Qt::UserRole + 2;

const LowPriceReview* reviewOf(const TenderEvaluation& e, qint64 bidId)
{
    for (const LowPriceReview& r : e.reviews)
        if (r.bidId == bidId)
            return &r;
    return nullptr;
}

QString ruleNameOfCode(const QString& code)
{
    using scoring::LowBidRule;
    for (LowBidRule rule :
         {LowBidRule::MofAverage, LowBidRule::MofSecondLowest, LowBidRule::MofCeiling,
          LowBidRule::ProzorroMean, LowBidRule::ProzorroNext, LowBidRule::ItalianThreshold,
          LowBidRule::MarketOutlier, LowBidRule::BelowCost})
        if (scoring::lowBidRuleCode(rule) == code)
            return scoring::lowBidRuleName(rule);
    return code;
}

} // namespace

LowPricePage::LowPricePage(EvaluationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_bids(new QListWidget(this))
    , m_state(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_rules(new QLabel(this))
    , m_explanationGroup(new QGroupBox(tr("The vendor's explanation"), this))
    , m_explanation(new QPlainTextEdit(this))
    , m_attachments(new QListWidget(this))
    , m_attach(new QPushButton(tr("&Attach PDF…"), this))
    , m_removeAttachment(new QPushButton(tr("Remo&ve attachment"), this))
    , m_recordExplanation(new QPushButton(tr("Record &explanation"), this))
    , m_decisionGroup(new QGroupBox(tr("The panel's decision"), this))
    , m_choice(new QButtonGroup(this))
    , m_accept(new QRadioButton(tr("A&ccept: the vendor proved its price; the bid stands"), this))
    , m_reject(new QRadioButton(tr("Re&ject: the price is unproven; the bid is invalid"), this))
    , m_opinion(new QPlainTextEdit(this))
    , m_decided(new QLabel(this))
    , m_recordDecision(new QPushButton(tr("Record &decision"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("lowPricePage"));
    m_bids->setObjectName(QStringLiteral("flaggedBids"));
    m_bids->setWordWrap(true);
    m_bids->setAlternatingRowColors(true);
    connect(m_bids, &QListWidget::currentItemChanged, this, &LowPricePage::showCurrent);
    m_state->setObjectName(QStringLiteral("lowPriceState"));
    m_state->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("lowPriceHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rules->setObjectName(QStringLiteral("firedRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rules->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_explanation->setObjectName(QStringLiteral("explanationText"));
    m_explanation->setPlaceholderText(
        tr("What the vendor says makes its price possible: its costs, the hardware it already "
           "owns, a compute voucher, a strategic discount."));
    m_explanation->setTabChangesFocus(true);
    m_attachments->setObjectName(QStringLiteral("explanationAttachments"));
    m_attachments->setMaximumHeight(72);
    m_explanation->setMinimumHeight(52);
    m_explanation->setMaximumHeight(76);
    m_attach->setObjectName(QStringLiteral("attachPdfButton"));
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_recordExplanation->setObjectName(QStringLiteral("recordExplanationButton"));
    connect(m_explanation, &QPlainTextEdit::textChanged, this, &LowPricePage::updateButtons);
    connect(m_attachments, &QListWidget::currentRowChanged, this, &LowPricePage::updateButtons);
    connect(m_attach, &QPushButton::clicked, this, &LowPricePage::chooseAttachments);
    connect(m_removeAttachment, &QPushButton::clicked, this, [this] {
        const QListWidgetItem* item = m_attachments->currentItem();
        if (!item || item->data(PendingPathRole).toString().isEmpty())
            return;
        m_pendingPaths.removeAll(item->data(PendingPathRole).toString());
        delete m_attachments->takeItem(m_attachments->row(item));
        updateButtons();
    });
    connect(m_recordExplanation, &QPushButton::clicked, this, [this] {
        recordExplanation(currentBid(), m_explanation->toPlainText().trimmed(), m_pendingPaths);
    });
    // The attachments with their buttons beside them, so that the decision below fits too.
    auto* explanationButtons = new QVBoxLayout;
    explanationButtons->addWidget(m_attach);
    explanationButtons->addWidget(m_removeAttachment);
    explanationButtons->addStretch(1);
    explanationButtons->addWidget(m_recordExplanation);
    auto* attachmentsLabel = new QLabel(tr("Attached documents:"), m_explanationGroup);
    attachmentsLabel->setBuddy(m_attachments);
    auto* attachmentsColumn = new QVBoxLayout;
    attachmentsColumn->addWidget(attachmentsLabel);
    attachmentsColumn->addWidget(m_attachments, 1);
    auto* attachmentsRow = new QHBoxLayout;
    attachmentsRow->addLayout(attachmentsColumn, 1);
    attachmentsRow->addLayout(explanationButtons);
    auto* explanationLayout = new QVBoxLayout(m_explanationGroup);
    explanationLayout->addWidget(m_explanation, 1);
    explanationLayout->addLayout(attachmentsRow);

    m_accept->setObjectName(QStringLiteral("acceptLowPrice"));
    m_reject->setObjectName(QStringLiteral("rejectLowPrice"));
    m_choice->addButton(m_accept);
    m_choice->addButton(m_reject);
    m_opinion->setObjectName(QStringLiteral("panelOpinion"));
    m_opinion->setPlaceholderText(tr("The panel's opinion: what it checked and why it decides "
                                     "so (required)."));
    m_opinion->setTabChangesFocus(true);
    m_opinion->setMaximumHeight(56);
    m_decided->setObjectName(QStringLiteral("decisionState"));
    m_decided->setWordWrap(true);
    m_recordDecision->setObjectName(QStringLiteral("recordDecisionButton"));
    connect(m_choice, &QButtonGroup::buttonToggled, this, &LowPricePage::updateButtons);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, &LowPricePage::updateButtons);
    connect(m_recordDecision, &QPushButton::clicked, this, [this] {
        decide(currentBid(), m_accept->isChecked(), m_opinion->toPlainText().trimmed());
    });
    auto* opinionRow = new QHBoxLayout;
    opinionRow->addWidget(m_opinion, 1);
    opinionRow->addWidget(m_recordDecision, 0, Qt::AlignBottom);
    auto* decisionLayout = new QVBoxLayout(m_decisionGroup);
    decisionLayout->addWidget(m_decided);
    decisionLayout->addWidget(m_accept);
    decisionLayout->addWidget(m_reject);
    decisionLayout->addLayout(opinionRow);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listLabel = new QLabel(tr("&Flagged bids:"), left);
    listLabel->setBuddy(m_bids);
    leftLayout->addWidget(m_state);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_bids, 1);
    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_heading);
    auto* rulesTitle = new QLabel(tr("<b>Rules that fired</b>"), details);
    detailsLayout->addWidget(rulesTitle);
    detailsLayout->addWidget(m_rules);
    detailsLayout->addWidget(m_explanationGroup);
    detailsLayout->addWidget(m_decisionGroup);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea(m_splitter);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_splitter->setObjectName(QStringLiteral("lowPriceSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(&m_session, &EvaluationSession::loaded, this, &LowPricePage::showEvaluation);
    connect(&m_session, &EvaluationSession::busyChanged, this, &LowPricePage::updateButtons);
    showCurrent();
}

qint64 LowPricePage::currentBid() const
{
    const QListWidgetItem* item = m_bids->currentItem();
    return item ? item->data(BidIdRole).toLongLong() : 0;
}

void LowPricePage::selectBid(qint64 bidId)
{
    for (int i = 0; i < m_bids->count(); ++i)
        if (m_bids->item(i)->data(BidIdRole).toLongLong() == bidId)
            m_bids->setCurrentRow(i);
}

void LowPricePage::showEvaluation()
{
    const TenderEvaluation& e = m_session.evaluation();
    const qint64 keep = currentBid();
    QSignalBlocker block(m_bids);
    m_bids->clear();
    int pending = 0;
    QList<qint64> listed;
    for (const LowPriceReview& r : e.reviews) {
        QStringList rules;
        for (const QString& code : r.rules)
            rules.append(ruleNameOfCode(code));
        auto* item =
            new QListWidgetItem(tr("%1\n%n rule(s) fired · %2", nullptr, int(r.rules.size()))
                                    .arg(r.vendorName, EvaluationText::decisionName(r.decision)),
                                m_bids);
        item->setToolTip(rules.join(QLatin1Char('\n')));
        item->setData(BidIdRole, r.bidId);
        const bool open = r.decision == scoring::LowPriceDecision::Pending;
        pending += open ? 1 : 0;
        item->setForeground(open ? EvaluationText::pendingColour()
                            : r.decision == scoring::LowPriceDecision::Rejected
                                ? EvaluationText::failColour()
                                : EvaluationText::passColour());
        listed.append(r.bidId);
    }
    // Flagged by the evaluation as it stands now, but not yet by a scoring: the explanation
    // step opens when the bids are scored.
    int unscored = 0;
    for (const scoring::BidResult& b : e.result.bids) {
        if (b.flags.isEmpty() || listed.contains(b.bidId))
            continue;
        auto* item =
            new QListWidgetItem(tr("%1\nFlagged: score the bids to open its explanation step")
                                    .arg(e.names.vendors.value(b.bidId)),
                                m_bids);
        item->setData(BidIdRole, b.bidId);
        item->setForeground(EvaluationText::pendingColour());
        ++unscored;
    }
    if (m_bids->count() == 0)
        m_state->setText(tr("No bid is flagged abnormally low."));
    else
        m_state->setText(
            tr("%n flagged bid(s); %1 await the panel's decision.", nullptr, m_bids->count())
                .arg(pending + unscored));
    if (keep != m_shownBid)
        m_pendingPaths.clear();
    block.unblock();
    selectBid(keep);
    if (!m_bids->currentItem() && m_bids->count() > 0)
        m_bids->setCurrentRow(0);
    showCurrent();
}

void LowPricePage::showCurrent()
{
    const qint64 bidId = currentBid();
    // What is being typed for the bid shown stays when the evaluation is loaded again.
    const bool sameBid = bidId == m_shownBid;
    if (!sameBid)
        m_pendingPaths.clear();
    m_shownBid = bidId;
    const bool loaded = m_session.hasEvaluation() && bidId != 0;
    m_explanationGroup->setVisible(loaded);
    m_decisionGroup->setVisible(loaded);
    if (!loaded) {
        m_heading->setText(m_bids->count() == 0 ? QString() : tr("Choose a flagged bid."));
        m_rules->clear();
        updateButtons();
        return;
    }
    const TenderEvaluation& e = m_session.evaluation();
    const QString currency = e.names.currency;
    const scoring::BidResult* result = e.result.bid(bidId);
    qint64 price = 0;
    for (const scoring::BidInput& b : e.input.bids)
        if (b.id == bidId)
            price = b.priceMinor;
    m_heading->setText(tr("<b>%1</b>: bid price %2")
                           .arg(e.names.vendors.value(bidId).toHtmlEscaped(),
                                EvaluationText::money(price, currency).toHtmlEscaped()));
    m_heading->setTextFormat(Qt::RichText);
    QStringList lines;
    if (result)
        for (const scoring::LowBidFlag& flag : result->flags)
            lines.append(QStringLiteral("<li>%1</li>")
                             .arg(scoring::flagSentence(flag, currency).toHtmlEscaped()));
    const LowPriceReview* review = reviewOf(e, bidId);
    if (lines.isEmpty() && review)
        for (const QString& code : review->rules)
            lines.append(QStringLiteral("<li>%1</li>").arg(ruleNameOfCode(code).toHtmlEscaped()));
    m_rules->setText(
        QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(lines.join(QString())));

    {
        const QSignalBlocker blockText(m_explanation);
        const QSignalBlocker blockOpinion(m_opinion);
        const QSignalBlocker blockChoice(m_choice);
        if (!sameBid || !m_explanation->document()->isModified())
            m_explanation->setPlainText(review ? review->explanation : QString());
        m_attachments->clear();
        if (review)
            for (const QString& name : review->attachments) {
                auto* item = new QListWidgetItem(tr("%1 (recorded)").arg(name), m_attachments);
                item->setToolTip(tr("Kept in the database with the explanation."));
            }
        for (const QString& path : m_pendingPaths) {
            auto* item = new QListWidgetItem(tr("%1 (to attach)").arg(QFileInfo(path).fileName()),
                                             m_attachments);
            item->setData(PendingPathRole, path);
            item->setToolTip(QDir::toNativeSeparators(path));
        }
        const auto decision = review ? review->decision : scoring::LowPriceDecision::Pending;
        if (!sameBid || !m_opinion->document()->isModified() ||
            decision != scoring::LowPriceDecision::Pending) {
            m_opinion->setPlainText(review ? review->opinion : QString());
            m_choice->setExclusive(false);
            m_accept->setChecked(decision == scoring::LowPriceDecision::Accepted);
            m_reject->setChecked(decision == scoring::LowPriceDecision::Rejected);
            m_choice->setExclusive(true);
        }
    }
    QString decided;
    if (!review)
        decided = tr("The explanation step opens when the bids are scored (Score the bids).");
    else if (review->decidedAt)
        decided = tr("%1, decided by %2 on %3.")
                      .arg(EvaluationText::decisionName(review->decision), review->decidedBy,
                           EvaluationText::time(*review->decidedAt));
    else if (review->explainedAt)
        decided = tr("Explained on %1; awaiting the panel's decision.")
                      .arg(EvaluationText::time(*review->explainedAt));
    else
        decided = tr("Awaiting the vendor's explanation.");
    m_decided->setText(decided);
    updateButtons();
}

void LowPricePage::updateButtons()
{
    const bool ready = m_session.hasEvaluation() && !m_session.isBusy();
    const LowPriceReview* review = ready ? reviewOf(m_session.evaluation(), currentBid()) : nullptr;
    const bool awarded = ready && !m_session.evaluation().tender.awards.isEmpty();
    const bool open = review && review->decision == scoring::LowPriceDecision::Pending && !awarded;
    m_explanation->setReadOnly(!open);
    m_opinion->setReadOnly(!open);
    m_accept->setEnabled(open);
    m_reject->setEnabled(open);
    m_attach->setEnabled(open);
    const QListWidgetItem* attachment = m_attachments->currentItem();
    m_removeAttachment->setEnabled(open && attachment &&
                                   !attachment->data(PendingPathRole).toString().isEmpty());
    const QString text = m_explanation->toPlainText().trimmed();
    m_recordExplanation->setEnabled(open && !text.isEmpty() &&
                                    (text != review->explanation || !m_pendingPaths.isEmpty()));
    m_recordDecision->setEnabled(open && m_choice->checkedButton() != nullptr &&
                                 !m_opinion->toPlainText().trimmed().isEmpty());
}

void LowPricePage::chooseAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach documents to the explanation"), QDir::homePath(), tr("PDF (*.pdf)"));
    for (const QString& path : paths)
        if (!m_pendingPaths.contains(path))
            m_pendingPaths.append(path);
    showCurrent();
}

void LowPricePage::recordExplanation(qint64 bidId, const QString& explanation,
                                     const QStringList& pdfPaths)
{
    m_session.change(
        tr("Record the explanation"),
        [=](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
            desk.recordExplanation(reference, bidId, explanation, pdfPaths, now);
        },
        [this, bidId] {
            if (currentBid() == bidId) {
                m_pendingPaths.clear();
                m_explanation->document()->setModified(false);
                showCurrent();
            }
        });
}

void LowPricePage::decide(qint64 bidId, bool accepted, const QString& opinion)
{
    m_session.change(tr("Record the panel's decision"),
                     [=](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
                         desk.decideLowPrice(reference, bidId, accepted, opinion, now);
                     });
}

} // namespace td::ui
