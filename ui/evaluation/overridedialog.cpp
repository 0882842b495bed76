#include "overridedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace td::ui {

OverrideDialog::OverrideDialog(const QString& vendor, const ComplianceFinding& finding,
                               QWidget* parent)
    : QDialog(parent)
    , m_pass(new QRadioButton(tr("The bid &passes this check"), this))
    , m_fail(new QRadioButton(tr("The bid &fails this check"), this))
    , m_justification(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override a compliance check"));
    const QString check = complianceCheckName(finding.code);
    auto* heading =
        new QLabel(tr("<b>%1</b>: %2").arg(vendor.toHtmlEscaped(), check.toHtmlEscaped()), this);
    QString found = finding.automaticPass ? tr("The automatic check passes the bid.")
                                          : tr("The automatic check fails the bid.");
    if (!finding.detail.isEmpty())
        found += QLatin1Char(' ') + tr("It found: %1").arg(finding.detail);
    auto* foundLabel = new QLabel(found, this);
    foundLabel->setWordWrap(true);
    foundLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pass->setObjectName(QStringLiteral("overridePasses"));
    m_fail->setObjectName(QStringLiteral("overrideFails"));
    // The override turns the automatic result over, unless the panel overturned it already.
    const bool passes = finding.override ? finding.override->passes : finding.automaticPass;
    (passes ? m_fail : m_pass)->setChecked(true);

    m_justification->setObjectName(QStringLiteral("overrideJustification"));
    m_justification->setPlaceholderText(
        tr("Why the panel decides otherwise than the automatic check: the facts it looked at, "
           "the clause of the tender it applies."));
    m_justification->setTabChangesFocus(true);
    auto* justificationLabel = new QLabel(tr("&Justification (required, audited):"), this);
    justificationLabel->setBuddy(m_justification);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(foundLabel);
    layout->addWidget(m_pass);
    layout->addWidget(m_fail);
    layout->addWidget(justificationLabel);
    layout->addWidget(m_justification, 1);
    layout->addWidget(m_buttons);
    resize(560, 360);
    m_justification->setFocus();
    updateOk();
}

bool OverrideDialog::passes() const
{
    return m_pass->isChecked();
}

QString OverrideDialog::justification() const
{
    return m_justification->toPlainText().trimmed();
}

void OverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!justification().isEmpty());
}

} // namespace td::ui
