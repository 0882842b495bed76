#include "costpanel.h"

#include "costassumptionsdialog.h"
#include "costfiguredialog.h"
#include "store/costassumptionrepository.h"
#include "store/costcatalogrepository.h"
#include "store/databaseworker.h"
#include "store/transaction.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td::ui {
namespace {

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + QStringLiteral("%");
}

struct Catalogs
{
    QList<HostingOption> hosting;
    QList<ComputeVoucher> vouchers;
};

} // namespace

CostPanel::CostPanel(DatabaseWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_heading(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_details(new QLabel(this))
    , m_risks(new QLabel(this))
    , m_message(new QLabel(this))
    , m_figures(new QTreeWidget(this))
    , m_formula(new QPushButton(tr("Show &formula"), this))
    , m_assumptions(new QPushButton(tr("&Assumptions…"), this))
{
    setObjectName(QStringLiteral("costPanel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("costHeading"));
    m_banner->setObjectName(QStringLiteral("costBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_details->setObjectName(QStringLiteral("costDetails"));
    m_details->setWordWrap(true);
    m_risks->setObjectName(QStringLiteral("provenanceRisks"));
    m_risks->setWordWrap(true);
    m_risks->setMargin(6);
    m_risks->setStyleSheet(
        QStringLiteral("background:#fff4e5;color:#663c00;border:1px solid #ffb74d"));
    m_message->setObjectName(QStringLiteral("costMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_figures->setObjectName(QStringLiteral("costFigures"));
    m_figures->setRootIsDecorated(false);
    m_figures->setColumnCount(2);
    m_figures->setHeaderLabels({tr("Figure"), tr("Value")});
    // Half the width each, long labels and verdicts wrapped: the panel is narrow.
    m_figures->header()->setStretchLastSection(false);
    m_figures->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->setWordWrap(true);
    m_figures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figures->setToolTip(tr("Double-click a figure, or press Enter, to see its formula and "
                             "inputs."));
    m_formula->setObjectName(QStringLiteral("showFormulaButton"));
    m_assumptions->setObjectName(QStringLiteral("assumptionsButton"));
    m_assumptions->setToolTip(
        tr("Where the deployment would run, the compute voucher, fixed costs and contract years"));

    connect(m_figures, &QTreeWidget::activated, this, &CostPanel::showFormula);
    connect(m_figures, &QTreeWidget::currentItemChanged, this,
            [this] { m_formula->setEnabled(m_figures->currentItem() != nullptr); });
    connect(m_formula, &QPushButton::clicked, this, &CostPanel::showFormula);
    connect(m_assumptions, &QPushButton::clicked, this, &CostPanel::editAssumptions);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_formula);
    buttons->addStretch(1);
    buttons->addWidget(m_assumptions);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_risks);
    layout->addWidget(m_details);
    layout->addWidget(m_message);
    layout->addWidget(m_figures, 1);
    // Takes the room the figures leave when there are none, so the text stays at the top.
    layout->addStretch(0);
    layout->addLayout(buttons);
    showBid(std::nullopt);
}

void CostPanel::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:#b3261e")
                                   : QStringLiteral("color:#666"));
    m_message->setVisible(!text.isEmpty());
}

void CostPanel::setBanner(const QString& text, const QString& colour)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        QStringLiteral("background:%1;color:white;font-weight:bold;border-radius:3px").arg(colour));
    m_banner->setVisible(!text.isEmpty());
}

void CostPanel::showBid(std::optional<qint64> bidId, const QString& whyNone)
{
    m_bidId = bidId;
    m_cost.reset();
    ++m_generation;
    m_heading->setText(tr("Cost to serve"));
    setBanner(QString(), QString());
    m_details->hide();
    m_risks->hide();
    m_figures->clear();
    m_figures->hide();
    m_formula->hide();
    m_assumptions->setEnabled(false);
    if (!bidId) {
        showMessage(whyNone.isEmpty() ? tr("Pick a bid in the form, or select a run of a bid, to "
                                           "see what serving it costs against its price.")
                                      : whyNone,
                    false);
        return;
    }
    refresh();
}

void CostPanel::refresh()
{
    if (!m_bidId)
        return;
    const qint64 bid = *m_bidId;
    const quint64 generation = ++m_generation;
    showMessage(tr("Computing the cost to serve…"), false);
    m_worker.run<BidCost>(
        this, [bid](QSqlDatabase db) { return costOfBid(db, bid); },
        [this, generation](const BidCost& cost) {
            if (generation == m_generation)
                display(cost);
        },
        [this, generation](const QString& message) {
            if (generation == m_generation)
                showMessage(message, true);
        });
}

void CostPanel::display(const BidCost& c)
{
    m_cost = c;
    m_assumptions->setEnabled(true);
    m_heading->setText(
        tr("Cost to serve: the bid of %1 to %2").arg(c.vendorName, c.tenderReference));
    if (!c.provenanceRisks.isEmpty()) {
        m_risks->setText(tr("Provenance risk: the bid declares %1, which export rules bar from "
                            "China. The bidder could not have bought them lawfully for delivery "
                            "here.")
                             .arg(c.provenanceRisks.join(QStringLiteral(", "))));
        m_risks->show();
    }
    if (!c.cost) {
        showMessage(c.problem, true);
        Q_EMIT costShown();
        return;
    }
    const CostToServe& cost = *c.cost;
    if (cost.lossMakingWithVoucher || (cost.lossMaking && !cost.voucherApplies))
        setBanner(tr("Loss-making: the bid price does not cover the cost to serve (margin %1).")
                      .arg(percent(cost.voucherApplies ? cost.marginWithVoucher
                                                       : cost.marginWithoutVoucher)),
                  QStringLiteral("#b3261e"));
    else if (cost.subsidyDependent)
        setBanner(tr("Subsidy-dependent: the bid price covers the cost to serve only with the "
                     "compute voucher (margin %1 without it, %2 with it).")
                      .arg(percent(cost.marginWithoutVoucher), percent(cost.marginWithVoucher)),
                  QStringLiteral("#a05a00"));
    else if (cost.capacityIsLowerBound && cost.binding == CostBound::Capacity)
        setBanner(tr("Unproven: the bid price covers the replicas counted (margin %1), but the "
                     "deployment missed the SLOs, so it needs more of them.")
                      .arg(percent(cost.marginWithoutVoucher)),
                  QStringLiteral("#a05a00"));
    else
        setBanner(tr("Profitable: the bid price covers the cost to serve (margin %1).")
                      .arg(percent(cost.marginWithoutVoucher)),
                  QStringLiteral("#1b5e20"));

    QStringList details;
    details.append(
        cost.voucherApplies
            ? tr("Margin of the bid price %1: %2 without the voucher, %3 with it.")
                  .arg(cost.bidPrice.toDisplayString(), percent(cost.marginWithoutVoucher),
                       percent(cost.marginWithVoucher))
            : tr("Margin of the bid price %1: %2.")
                  .arg(cost.bidPrice.toDisplayString(), percent(cost.marginWithoutVoucher)));
    details.append(
        cost.binding == CostBound::Capacity
            ? tr("Bound by capacity: %n replica(s) of the declared deployment reserved for the "
                 "contract cost %1, more than the contracted volume's %2.",
                 nullptr, cost.replicas)
                  .arg(cost.capacityCost.toDisplayString(), cost.volumeCost.toDisplayString())
            : tr("Bound by volume: the contracted tokens cost %1, more than the %n replica(s) "
                 "reserved for the peak (%2).",
                 nullptr, cost.replicas)
                  .arg(cost.volumeCost.toDisplayString(), cost.capacityCost.toDisplayString()));
    if (cost.capacityIsLowerBound)
        details.append(tr("The deployment missed the tender's SLOs in its benchmark: it needs "
                          "more replicas than counted, so the capacity cost is a lower bound."));
    if (!cost.voucherNote.isEmpty())
        details.append(cost.voucherNote);
    if (c.benchmarkRunId)
        details.append(c.throughputMeetsObjectives
                           ? tr("Throughput from benchmark run %1, which met the tender's "
                                "objectives.")
                                 .arg(*c.benchmarkRunId)
                           : tr("Throughput from benchmark run %1, which did not meet the "
                                "tender's objectives.")
                                 .arg(*c.benchmarkRunId));
    m_details->setText(details.join(u' '));
    m_details->show();
    showMessage(QString(), false);

    for (const CostFigure& figure : cost.figures()) {
        auto* item = new QTreeWidgetItem(m_figures, {figure.label, figure.value});
        item->setData(0, Qt::UserRole, figure.key);
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(figure.label, figure.formula));
        item->setToolTip(1, figure.value);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_figures->show();
    m_formula->show();
    m_formula->setEnabled(false);
    if (m_figures->topLevelItemCount() > 0)
        m_figures->setCurrentItem(m_figures->topLevelItem(0));
    Q_EMIT costShown();
}

void CostPanel::showFormula()
{
    const QTreeWidgetItem* item = m_figures->currentItem();
    if (!item || !m_cost || !m_cost->cost)
        return;
    const CostFigure* figure = m_cost->cost->figure(item->data(0, Qt::UserRole).toString());
    if (!figure)
        return;
    CostFigureDialog dialog(*figure, this);
    dialog.exec();
}

void CostPanel::editAssumptions()
{
    if (!m_cost)
        return;
    const BidCost cost = *m_cost;
    m_assumptions->setEnabled(false);
    m_worker.run<Catalogs>(
        this,
        [](QSqlDatabase db) {
            const CostCatalogRepository catalogs(db);
            return Catalogs{catalogs.hostingOptions(), catalogs.vouchers()};
        },
        [this, cost](const Catalogs& catalogs) {
            m_assumptions->setEnabled(true);
            CostAssumptionsDialog dialog(cost.assumptions, catalogs.hosting, catalogs.vouchers,
                                         cost.currency, cost.breakdownFixedCosts, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const CostAssumptions edited = dialog.assumptions();
            if (edited == cost.assumptions)
                return;
            showMessage(tr("Saving the assumptions…"), false);
            m_worker.run<bool>(
                this,
                [edited](QSqlDatabase db) {
                    // The assumptions and their audit entry together, or neither.
                    Transaction transaction(db);
                    CostAssumptionRepository(db).save(edited, QStringLiteral("gui"));
                    transaction.commit();
                    return true;
                },
                [this](bool) { refresh(); },
                [this](const QString& message) {
                    showMessage(tr("The assumptions could not be saved: %1").arg(message), true);
                });
        },
        [this](const QString& message) {
            m_assumptions->setEnabled(true);
            showMessage(message, true);
        });
}

} // namespace td::ui
