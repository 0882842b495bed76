#include "evaluatordialog.h"

#include "evaluationtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace td::ui {

EvaluatorDialog::EvaluatorDialog(const QStringList& taken, QWidget* parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("evaluatorDialog"));
    setWindowTitle(tr("Add an evaluator"));
    m_name->setObjectName(QStringLiteral("evaluatorName"));
    m_name->setPlaceholderText(tr("Full name, as on the panel's list"));
    m_role->setObjectName(QStringLiteral("evaluatorRole"));
    m_role->addItem(EvaluationText::roleName(QStringLiteral("member")), QStringLiteral("member"));
    m_role->addItem(EvaluationText::roleName(QStringLiteral("chair")), QStringLiteral("chair"));
    auto* hint = new QLabel(tr("Members are added before any sheet is submitted."), this);
    hint->setWordWrap(true);
    connect(m_name, &QLineEdit::textChanged, this, &EvaluatorDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(hint);
    form->addRow(m_buttons);
    updateOk();
}

QString EvaluatorDialog::name() const
{
    return m_name->text().simplified();
}

QString EvaluatorDialog::role() const
{
    return m_role->currentData().toString();
}

void EvaluatorDialog::updateOk()
{
    const QString n = name();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!n.isEmpty() && !m_taken.contains(n, Qt::CaseInsensitive));
}

} // namespace td::ui
