#include "organizationdialog.h"

#include "domain/uscc.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace td::ui {

OrganizationDialog::OrganizationDialog(const QList<OrganizationKind>& kinds, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_uscc(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_city(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("organizationDialog"));
    setWindowTitle(tr("New organisation"));
    setMinimumWidth(480);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_shortName->setObjectName(QStringLiteral("shortNameEdit"));
    m_uscc->setObjectName(QStringLiteral("usccEdit"));
    m_uscc->setMaxLength(18);
    for (OrganizationKind kind : kinds)
        m_kind->addItem(nameOf(kind), codeOf(kind));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_name, m_uscc})
        connect(edit, &QLineEdit::textChanged, this, &OrganizationDialog::check);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Legal &name:"), m_name);
    form->addRow(tr("&Short name:"), m_shortName);
    form->addRow(tr("Unified social credit &code:"), m_uscc);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(m_problem);
    form->addRow(buttons);
    check();
}

Organization OrganizationDialog::organization() const
{
    Organization o;
    o.name = m_name->text().trimmed();
    o.shortName = m_shortName->text().trimmed().isEmpty() ? o.name : m_shortName->text().trimmed();
    o.uscc = m_uscc->text().trimmed().toUpper();
    o.kind = parseCode<OrganizationKind>(m_kind->currentData().toString())
                 .value_or(OrganizationKind::CentralSoe);
    o.city = m_city->text().trimmed();
    return o;
}

void OrganizationDialog::check()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the organisation's legal name.");
    else if (!m_uscc->text().trimmed().isEmpty())
        problem = uscc::problem(m_uscc->text().trimmed().toUpper());
    else
        problem = tr("Give its 18-character unified social credit code.");
    m_problem->setText(problem);
    m_add->setEnabled(problem.isEmpty());
}

} // namespace td::ui
