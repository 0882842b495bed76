#include "awardpage.h"

#include "evaluationsession.h"
#include "evaluationtext.h"
#include "lifecycle/tenderlifecycle.h"
#include "store/releaserepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace td::ui {

namespace {

const scoring::BidInput* inputOf(const TenderEvaluation& e, qint64 bidId)
{
    for (const scoring::BidInput& b : e.input.bids)
        if (b.id == bidId)
            return &b;
    return nullptr;
}

const Award* awardOf(const TenderEvaluation& e, qint64 lotId)
{
    for (const Award& a : e.tender.awards)
        if (a.lotId == lotId && a.status != AwardStatus::Cancelled)
            return &a;
    return nullptr;
}

std::optional<qint64> minorOf(const std::optional<Money>& money)
{
    return money ? std::optional<qint64>(money->minorUnits()) : std::nullopt;
}

QLabel* textLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AwardPage::AwardPage(EvaluationSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_lot(new QComboBox(this))
    , m_lotLabel(new QLabel(tr("&Lot:"), this))
    , m_recommendation(textLabel(QStringLiteral("recommendation"), this))
    , m_blockers(textLabel(QStringLiteral("awardBlockers"), this))
    , m_decisionGroup(new QGroupBox(tr("Decision"), this))
    , m_bid(new QComboBox(this))
    , m_justification(new QPlainTextEdit(this))
    , m_choiceCost(textLabel(QStringLiteral("choiceCostFlag"), this))
    , m_record(new QPushButton(tr("Record a&ward…"), this))
    , m_awardGroup(new QGroupBox(tr("The award"), this))
    , m_award(textLabel(QStringLiteral("awardState"), this))
    , m_cost(textLabel(QStringLiteral("awardCostFlag"), this))
    , m_release(textLabel(QStringLiteral("awardRelease"), this))
    , m_viewRelease(new QPushButton(tr("&View release…"), this))
{
    setObjectName(QStringLiteral("awardPage"));
    m_lot->setObjectName(QStringLiteral("awardLot"));
    m_lotLabel->setBuddy(m_lot);
    connect(m_lot, &QComboBox::currentIndexChanged, this, &AwardPage::showLot);
    m_blockers->setStyleSheet(
        QStringLiteral("color:%1").arg(EvaluationText::pendingColour().name()));

    m_bid->setObjectName(QStringLiteral("awardBid"));
    connect(m_bid, &QComboBox::currentIndexChanged, this, &AwardPage::showChoice);
    m_justification->setObjectName(QStringLiteral("awardJustification"));
    m_justification->setPlaceholderText(
        tr("Required when the award goes to another bid than the recommended one: why."));
    m_justification->setTabChangesFocus(true);
    m_justification->setMaximumHeight(100);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &AwardPage::updateButtons);
    m_record->setObjectName(QStringLiteral("recordAwardButton"));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_record->setToolTip(tr("Record the award, publish it and start the standstill "
                            "(Ctrl+Shift+W)"));
    connect(m_record, &QPushButton::clicked, this, &AwardPage::askAndRecord);
    auto* decision = new QFormLayout(m_decisionGroup);
    decision->addRow(tr("Award &to:"), m_bid);
    decision->addRow(tr("&Justification:"), m_justification);
    decision->addRow(tr("On the award:"), m_choiceCost);
    auto* recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    decision->addRow(recordRow);

    m_viewRelease->setObjectName(QStringLiteral("viewReleaseButton"));
    connect(m_viewRelease, &QPushButton::clicked, this, [this] {
        if (!m_latestRelease)
            return;
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Release %1").arg(m_latestRelease->releaseId));
        auto* text = new QPlainTextEdit(&dialog);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(QString::fromUtf8(
            QJsonDocument::fromJson(m_latestRelease->content).toJson(QJsonDocument::Indented)));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(text, 1);
        layout->addWidget(buttons);
        dialog.resize(760, 560);
        dialog.exec();
    });
    auto* awardLayout = new QFormLayout(m_awardGroup);
    awardLayout->addRow(m_award);
    awardLayout->addRow(tr("Loss-making flag:"), m_cost);
    auto* releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_release, 1);
    releaseRow->addWidget(m_viewRelease);
    awardLayout->addRow(tr("Published:"), releaseRow);

    auto* lotRow = new QHBoxLayout;
    lotRow->addWidget(m_lotLabel);
    lotRow->addWidget(m_lot, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lotRow);
    layout->addWidget(m_recommendation);
    layout->addWidget(m_blockers);
    layout->addWidget(m_decisionGroup);
    layout->addWidget(m_awardGroup);
    layout->addStretch(1);

    connect(&m_session, &EvaluationSession::loaded, this, &AwardPage::showEvaluation);
    connect(&m_session, &EvaluationSession::busyChanged, this, &AwardPage::updateButtons);
    updateButtons();
}

qint64 AwardPage::lotId() const
{
    return m_lot->currentData().toLongLong();
}

qint64 AwardPage::recommendedBid() const
{
    if (!m_session.hasEvaluation())
        return 0;
    const scoring::LotResult* lot = m_session.evaluation().result.lot(lotId());
    return lot ? lot->recommendedBidId : 0;
}

void AwardPage::showEvaluation()
{
    const TenderEvaluation& e = m_session.evaluation();
    const qint64 keep = lotId();
    {
        const QSignalBlocker block(m_lot);
        m_lot->clear();
        for (const scoring::LotResult& lot : e.result.lots) {
            QString label = tr("The whole tender");
            for (const Lot& l : e.tender.lots)
                if (l.id == lot.lotId)
                    label = l.title.isEmpty() ? tr("Lot %1").arg(l.number)
                                              : tr("Lot %1: %2").arg(l.number).arg(l.title);
            m_lot->addItem(label, lot.lotId);
        }
        const int row = m_lot->findData(keep);
        m_lot->setCurrentIndex(row >= 0 ? row : 0);
    }
    m_lot->setVisible(m_lot->count() > 1);
    m_lotLabel->setVisible(m_lot->count() > 1);

    const QStringList blockers = e.awardBlockers();
    QStringList lines;
    for (const QString& b : blockers)
        lines.append(QStringLiteral("• ") + b);
    m_blockers->setText(blockers.isEmpty()
                            ? QString()
                            : tr("Before the award:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_blockers->setVisible(!blockers.isEmpty());
    showLot();

    m_session.query<std::optional<TenderRelease>>(
        tr("The award"),
        [tenderId = e.tender.id](QSqlDatabase db, const QString&) {
            // The award's own release, the latest when a later lot was awarded after.
            std::optional<TenderRelease> award;
            for (const TenderRelease& r : ReleaseRepository(db).forTender(tenderId))
                if (r.kind == ReleaseKind::Award)
                    award = r;
            return award;
        },
        [this](const std::optional<TenderRelease>& release) {
            m_latestRelease = release;
            showRelease();
            Q_EMIT releaseShown();
        });
}

void AwardPage::showLot()
{
    if (!m_session.hasEvaluation())
        return;
    const TenderEvaluation& e = m_session.evaluation();
    const QString currency = e.names.currency;
    const qint64 recommended = recommendedBid();
    const scoring::BidResult* bid = e.result.bid(recommended);
    if (bid && e.result.final())
        m_recommendation->setText(
            tr("<b>Recommended winner:</b> %1 — rank %2, total %3 points, evaluation price %4.")
                .arg(e.names.vendors.value(recommended).toHtmlEscaped())
                .arg(bid->rank)
                .arg(EvaluationText::points(bid->totalPoints),
                     EvaluationText::money(bid->evaluationPriceMinor, currency)));
    else if (bid)
        // Before every score is in, rank 1 is where the ranking stands now, not a
        // recommendation: its total may count the price alone.
        m_recommendation->setText(
            tr("<b>First so far</b> (the ranking is not final): %1, evaluation price %2.")
                .arg(e.names.vendors.value(recommended).toHtmlEscaped(),
                     EvaluationText::money(bid->evaluationPriceMinor, currency)));
    else
        m_recommendation->setText(
            tr("<b>No recommended winner yet</b>: no valid bid stands alone at rank 1."));

    {
        const QSignalBlocker block(m_bid);
        const qint64 keep = m_bid->currentData().toLongLong();
        m_bid->clear();
        QList<const scoring::BidResult*> ranked;
        for (const scoring::BidResult& b : e.result.bids)
            if (b.lotId == lotId() && b.valid && b.rank > 0)
                ranked.append(&b);
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto* a, const auto* b) { return a->rank < b->rank; });
        for (const scoring::BidResult* b : ranked) {
            QString text = tr("%1. %2 (%3)")
                               .arg(b->rank)
                               .arg(e.names.vendors.value(b->bidId),
                                    EvaluationText::money(b->evaluationPriceMinor, currency));
            if (b->bidId == recommended)
                text += QLatin1Char(' ') + tr("— recommended");
            m_bid->addItem(text, b->bidId);
        }
        const int row = m_bid->findData(keep != 0 ? keep : recommended);
        m_bid->setCurrentIndex(row >= 0 ? row : m_bid->findData(recommended));
    }

    const Award* award = awardOf(e, lotId());
    m_decisionGroup->setVisible(!award);
    m_awardGroup->setVisible(award != nullptr);
    if (award) {
        const QDateTime now = m_session.now();
        QStringList lines{tr("<b>Awarded to %1</b> for %2 on %3.")
                              .arg(e.names.vendors.value(award->bidId).toHtmlEscaped(),
                                   award->amount.toDisplayString(),
                                   lifecycle::localTime(e.tender, award->decidedAt))};
        if (award->standstillEndsAt.isValid())
            lines.append(award->standstillEndsAt > now
                             ? tr("Standstill until %1: no contract before then.")
                                   .arg(lifecycle::localTime(e.tender, award->standstillEndsAt))
                             : tr("The standstill ended on %1.")
                                   .arg(lifecycle::localTime(e.tender, award->standstillEndsAt)));
        if (!award->justification.isEmpty())
            lines.append(tr("Not the recommended bid; the justification: %1")
                             .arg(award->justification.toHtmlEscaped()));
        m_award->setTextFormat(Qt::RichText);
        m_award->setText(lines.join(QStringLiteral("<br>")));
        const auto verdict = EvaluationText::costVerdictFromCode(award->costVerdict)
                                 .value_or(scoring::CostVerdict::NoBenchmark);
        m_cost->setText(EvaluationText::costVerdictSentence(
            verdict, award->amount.minorUnits(), minorOf(award->costWithoutVoucher),
            minorOf(award->costWithVoucher), award->amount.currency()));
        const QColor colour =
            verdict == scoring::CostVerdict::Profitable  ? EvaluationText::passColour()
            : verdict == scoring::CostVerdict::BelowCost ? EvaluationText::failColour()
                                                         : EvaluationText::pendingColour();
        m_cost->setStyleSheet(QStringLiteral("color:%1").arg(colour.name()));
    }
    showChoice();
}

void AwardPage::showChoice()
{
    if (!m_session.hasEvaluation())
        return;
    const TenderEvaluation& e = m_session.evaluation();
    const qint64 chosen = m_bid->currentData().toLongLong();
    const scoring::BidResult* bid = e.result.bid(chosen);
    const scoring::BidInput* in = inputOf(e, chosen);
    m_choiceCost->setText(
        bid && in ? EvaluationText::costVerdictSentence(bid->costVerdict, in->priceMinor,
                                                        in->costWithoutVoucherMinor,
                                                        in->costWithVoucherMinor, e.names.currency)
                  : QString());
    updateButtons();
}

void AwardPage::showRelease()
{
    if (!m_latestRelease) {
        m_release->setText(tr("Not published yet."));
        m_viewRelease->setEnabled(false);
        return;
    }
    m_release->setText(
        tr("Release %1 of %2.")
            .arg(m_latestRelease->releaseId, EvaluationText::time(m_latestRelease->date)));
    m_viewRelease->setEnabled(true);
}

void AwardPage::updateButtons()
{
    const bool ready = m_session.hasEvaluation() && !m_session.isBusy();
    const qint64 chosen = m_bid->currentData().toLongLong();
    const bool other = chosen != 0 && chosen != recommendedBid();
    m_justification->setEnabled(chosen != 0);
    m_record->setEnabled(ready && chosen != 0 && m_session.evaluation().awardBlockers().isEmpty() &&
                         !awardOf(m_session.evaluation(), lotId()) &&
                         (!other || !m_justification->toPlainText().trimmed().isEmpty()));
}

void AwardPage::askAndRecord()
{
    if (!m_record->isEnabled())
        return;
    const qint64 chosen = m_bid->currentData().toLongLong();
    const auto answer = QMessageBox::question(
        this, tr("Record the award"),
        tr("Award %1 to %2? The award is published and the standstill starts; the tender moves "
           "to awarded.")
            .arg(m_lot->currentText(), m_session.evaluation().names.vendors.value(chosen)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        recordAward(chosen, m_justification->toPlainText().trimmed());
}

void AwardPage::recordAward(qint64 bidId, const QString& justification)
{
    m_session.change(
        tr("Record the award"),
        [=](EvaluationDesk& desk, const QString& reference, const QDateTime& now) {
            desk.award(reference, bidId, justification, now);
        },
        [this] { m_justification->clear(); });
}

} // namespace td::ui
