#include "newtenderdialog.h"

#include "organizationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace td::ui {

NewTenderDialog::NewTenderDialog(const QList<Organization>& buyers, AddOrganization addOrganization,
                                 QWidget* parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_buyer(new QComboBox(this))
    , m_ceiling(new QLineEdit(this))
    , m_addOrganization(std::move(addOrganization))
{
    setObjectName(QStringLiteral("newTenderDialog"));
    setWindowTitle(tr("New tender"));
    setMinimumWidth(520);
    for (TenderCategory c : Codes<TenderCategory>::all())
        m_category->addItem(nameOf(c), codeOf(c));
    for (const Organization& o : buyers)
        m_buyer->addItem(o.shortName.isEmpty() ? o.name : o.shortName, o.id);
    m_ceiling->setToolTip(
        tr("Leave it empty to keep the template's ceiling, or give an amount in yuan."));
    auto* note = new QLabel(tr("The category's template fills in lots, criteria and weights, "
                               "the benchmark suite, service levels and hardware rules; all of "
                               "it can be edited."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create draft"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ceiling, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_create->setEnabled(text.trimmed().isEmpty() || ceiling().has_value());
    });
    m_create->setEnabled(!buyers.isEmpty());
    auto* newBuyer = new QPushButton(tr("&New buyer…"), this);
    newBuyer->setObjectName(QStringLiteral("newBuyerButton"));
    connect(newBuyer, &QPushButton::clicked, this, [this] {
        OrganizationDialog dialog({OrganizationKind::CentralSoe, OrganizationKind::LocalSoe}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const std::optional<Organization> added = m_addOrganization(dialog.organization())) {
            m_buyer->addItem(added->shortName, added->id);
            m_buyer->setCurrentIndex(m_buyer->count() - 1);
            m_create->setEnabled(true);
        }
    });
    auto* buyerRow = new QHBoxLayout;
    buyerRow->addWidget(m_buyer, 1);
    buyerRow->addWidget(newBuyer);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Category:"), m_category);
    // A row of two widgets: the label needs its buddy named for its mnemonic to work.
    auto* buyerLabel = new QLabel(tr("&Buyer:"), this);
    buyerLabel->setBuddy(m_buyer);
    form->addRow(buyerLabel, buyerRow);
    form->addRow(tr("Budget &ceiling (CNY, optional):"), m_ceiling);
    form->addRow(buttons);
}

TenderCategory NewTenderDialog::category() const
{
    return parseCode<TenderCategory>(m_category->currentData().toString())
        .value_or(TenderCategory::KnowledgeAssistant);
}

qint64 NewTenderDialog::buyerId() const
{
    return m_buyer->currentData().toLongLong();
}

std::optional<Money> NewTenderDialog::ceiling() const
{
    const QString text = m_ceiling->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    return Money::parse(text, QStringLiteral("CNY"));
}

} // namespace td::ui
