#include "costassumptionsdialog.h"

#include "domain/codes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace td::ui {
namespace {

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

CostAssumptionsDialog::CostAssumptionsDialog(const CostAssumptions& current,
                                             const QList<HostingOption>& hosting,
                                             const QList<ComputeVoucher>& vouchers,
                                             const QString& currency,
                                             const QList<PriceItem>& breakdownFixedCosts,
                                             QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_hosting(hosting)
    , m_currency(currency)
    , m_hostingCombo(new QComboBox(this))
    , m_voucherCombo(new QComboBox(this))
    , m_fromBreakdown(new QCheckBox(tr("From the bid's &price breakdown"), this))
    , m_fixedCosts(new QLineEdit(this))
    , m_years(new QSpinBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("costAssumptionsDialog"));
    setWindowTitle(tr("Cost assumptions"));

    m_hostingCombo->setObjectName(QStringLiteral("hostingCombo"));
    for (const HostingOption& option : hosting) {
        QString text = chinese() || option.nameEn.isEmpty() ? option.name : option.nameEn;
        if (!option.hub.isEmpty() && chinese()) // the hub has a Chinese name only
            text += QStringLiteral(" (%1)").arg(option.hub);
        m_hostingCombo->addItem(text, option.id);
        m_hostingCombo->setItemData(
            m_hostingCombo->count() - 1,
            tr("Electricity %1 CNY/kWh, PUE %2. Source: %3")
                .arg(QLocale().toString(double(option.electricityPricePerKwh) / 10000.0, 'f', 4),
                     QLocale().toString(double(option.pueThousandths) / 1000.0, 'f', 2),
                     option.priceSource),
            Qt::ToolTipRole);
    }
    m_hostingCombo->setCurrentIndex(std::max(0, m_hostingCombo->findData(current.hostingId)));

    m_voucherCombo->setObjectName(QStringLiteral("voucherCombo"));
    m_voucherCombo->addItem(tr("None"), QString());
    for (const ComputeVoucher& voucher : vouchers) {
        const QString name = chinese() || voucher.nameEn.isEmpty() ? voucher.name : voucher.nameEn;
        m_voucherCombo->addItem(tr("%1 (%2% of the rental)").arg(name).arg(voucher.subsidyPercent),
                                voucher.city);
        m_voucherCombo->setItemData(
            m_voucherCombo->count() - 1,
            tr("Eligibility: %1\nSource: %2").arg(voucher.eligibility, voucher.source),
            Qt::ToolTipRole);
    }
    m_voucherCombo->setCurrentIndex(std::max(0, m_voucherCombo->findData(current.voucherCity)));

    // Fixed costs nobody stated are the bid's own licence, deployment and service lines.
    qint64 breakdownSum = 0;
    QStringList breakdownLines;
    for (const PriceItem& item : breakdownFixedCosts) {
        breakdownSum += item.amount.minorUnits();
        breakdownLines.append(
            QStringLiteral("%1 (%2): %3")
                .arg(item.label, nameOf(item.kind), item.amount.toDisplayString()));
    }
    m_breakdownSum = Money(breakdownSum, currency);
    m_fromBreakdown->setObjectName(QStringLiteral("fixedCostsFromBreakdownCheck"));
    m_fromBreakdown->setChecked(!current.fixedCosts.has_value());
    m_fromBreakdown->setToolTip(
        breakdownLines.isEmpty()
            ? tr("The bid's price breakdown has no licence, deployment or service line.")
            : tr("Licences, deployment and the annual service as the bid prices them:\n%1")
                  .arg(breakdownLines.join(u'\n')));
    m_fixedCosts->setObjectName(QStringLiteral("fixedCostsEdit"));
    m_fixedCosts->setText(current.fixedCosts ? current.fixedCosts->toPlainString()
                                             : m_breakdownSum.toPlainString());
    m_fixedCosts->setEnabled(current.fixedCosts.has_value());
    m_fixedCosts->setToolTip(
        tr("Integration, staff and licences over the whole contract, in %1.").arg(currency));
    m_years->setObjectName(QStringLiteral("contractYearsSpin"));
    m_years->setRange(1, 30);
    m_years->setValue(std::max(1, current.contractYears));
    m_years->setSuffix(tr(" year(s)"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("assumptionsHint"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Hosting:"), m_hostingCombo);
    form->addRow(tr("Compute &voucher:"), m_voucherCombo);
    form->addRow(tr("&Fixed costs (%1):").arg(currency), m_fixedCosts);
    form->addRow(QString(), m_fromBreakdown);
    form->addRow(tr("&Contract length:"), m_years);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hostingCombo, &QComboBox::currentIndexChanged, this, &CostAssumptionsDialog::check);
    connect(m_voucherCombo, &QComboBox::currentIndexChanged, this, &CostAssumptionsDialog::check);
    connect(m_fixedCosts, &QLineEdit::textChanged, this, &CostAssumptionsDialog::check);
    connect(m_fromBreakdown, &QCheckBox::toggled, this, [this](bool fromBreakdown) {
        m_fixedCosts->setEnabled(!fromBreakdown);
        if (fromBreakdown)
            m_fixedCosts->setText(m_breakdownSum.toPlainString());
        check();
    });
    check();
}

void CostAssumptionsDialog::check()
{
    const bool amountOk = m_fromBreakdown->isChecked() ||
                          (Money::parse(m_fixedCosts->text().trimmed(), m_currency).has_value() &&
                           !m_fixedCosts->text().trimmed().startsWith(u'-'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(amountOk);
    if (!amountOk) {
        m_hint->setText(
            tr("The fixed costs must be an amount in %1, such as 1200000.00.").arg(m_currency));
        m_hint->setStyleSheet(QStringLiteral("color:#b3261e"));
        return;
    }
    m_hint->setStyleSheet(QString());
    const QString city = m_voucherCombo->currentData().toString();
    const int index = m_hostingCombo->currentIndex();
    if (!city.isEmpty() && index >= 0 && !m_hosting.at(index).acceptsVouchersOf(city))
        m_hint->setText(tr("Vouchers of %1 cannot be spent at this hosting option: the cost will "
                           "show no subsidy.")
                            .arg(m_voucherCombo->currentText()));
    else
        m_hint->clear();
}

CostAssumptions CostAssumptionsDialog::assumptions() const
{
    CostAssumptions a = m_current;
    a.hostingId = m_hostingCombo->currentData().toString();
    a.voucherCity = m_voucherCombo->currentData().toString();
    if (m_fromBreakdown->isChecked())
        a.fixedCosts.reset();
    else
        a.fixedCosts =
            Money::parse(m_fixedCosts->text().trimmed(), m_currency).value_or(Money(0, m_currency));
    a.contractYears = m_years->value();
    return a;
}

} // namespace td::ui
