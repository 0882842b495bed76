#include "passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

namespace {
constexpr int minimumLength = 8;
}

PassphraseDialog::PassphraseDialog(const QString& title, const QString& explanation, Mode mode,
                                   QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_passphrase(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("passphraseDialog"));
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Choose) {
        m_confirmation = new QLineEdit(this);
        m_confirmation->setEchoMode(QLineEdit::Password);
        m_confirmation->setObjectName(QStringLiteral("confirmation"));
        form->addRow(tr("&Again:"), m_confirmation);
        connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    }
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void PassphraseDialog::check()
{
    QString problem;
    if (m_mode == Mode::Choose) {
        if (m_passphrase->text().size() < minimumLength)
            problem = tr("Choose a passphrase of at least %n characters.", nullptr, minimumLength);
        else if (m_confirmation->text() != m_passphrase->text())
            problem = tr("The two passphrases differ: type the same one twice.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty() && !m_passphrase->text().isEmpty());
}

} // namespace td::ui
