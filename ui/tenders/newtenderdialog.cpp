#include "newtenderdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace td::ui {

NewTenderDialog::NewTenderDialog(const QList<Organization>& buyers, QWidget* parent)
    : QDialog(parent)
    , m_category(new QComboBox(this))
    , m_buyer(new QComboBox(this))
    , m_ceiling(new QLineEdit(this))
{
    setObjectName(QStringLiteral("newTenderDialog"));
    setWindowTitle(tr("New tender"));
    setMinimumWidth(520);
    for (TenderCategory c : Codes<TenderCategory>::all())
        m_category->addItem(nameOf(c), codeOf(c));
    for (const Organization& o : buyers)
        m_buyer->addItem(o.shortName.isEmpty() ? o.name : o.shortName, o.id);
    m_ceiling->setPlaceholderText(tr("the template's, or an amount in yuan"));
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
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Buyer:"), m_buyer);
    form->addRow(tr("Budget &ceiling (CNY):"), m_ceiling);
    if (buyers.isEmpty())
        form->addRow(new QLabel(tr("The database has no buyer yet: load the demo market, or "
                                   "create a tender from a file with `tenderdesk-cli tender "
                                   "create`, which adds its buyer."),
                                this));
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
