#pragma once

#include "domain/bid.h"
#include "domain/costassumptions.h"
#include "domain/hosting.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace td::ui {

// What the buyer assumes when costing one bid: where its deployment would run, which city's
// compute voucher it may use (or none), the fixed costs of delivery over the whole contract
// (stated, or the bid's own licence, deployment and service lines) and the contract's length.
// Checked as typed; OK stays disabled while an amount is not one.
class CostAssumptionsDialog : public QDialog
{
    Q_OBJECT

public:
    CostAssumptionsDialog(const CostAssumptions& current, const QList<HostingOption>& hosting,
                          const QList<ComputeVoucher>& vouchers, const QString& currency,
                          const QList<PriceItem>& breakdownFixedCosts, QWidget* parent = nullptr);

    // The edited assumptions; valid once the dialog was accepted.
    CostAssumptions assumptions() const;

private:
    void check();

    CostAssumptions m_current;
    QList<HostingOption> m_hosting;
    QString m_currency;
    Money m_breakdownSum;
    QComboBox* m_hostingCombo;
    QComboBox* m_voucherCombo;
    QCheckBox* m_fromBreakdown;
    QLineEdit* m_fixedCosts;
    QSpinBox* m_years;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace td::ui
