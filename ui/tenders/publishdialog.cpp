#include "publishdialog.h"

#include "sealing/sealingkeys.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

PublishDialog::PublishDialog(const QString& reference, const QString& title,
                             const QList<ValidationIssue>& warnings, QWidget* parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish tender %1").arg(reference));
    auto* intro = new QLabel(
        tr("<p><b>%1</b></p><p>Publication makes release 1 of the tender and the key pair that "
           "bids are sealed to. The private key is kept encrypted under this passphrase and is "
           "needed to open the bids. It cannot be recovered: keep it safe.</p>")
            .arg(title.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat it:"), m_confirmation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("confirmPublishButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PublishDialog::check);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PublishDialog::check);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (!warnings.isEmpty()) {
        QString list;
        for (const ValidationIssue& w : warnings)
            list += QStringLiteral("<li>%1</li>").arg(w.message.toHtmlEscaped());
        auto* warningLabel =
            new QLabel(tr("<p>Published with these warnings:</p><ul>%1</ul>").arg(list), this);
        warningLabel->setWordWrap(true);
        warningLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        layout->addWidget(warningLabel);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

QByteArray PublishDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void PublishDialog::check()
{
    QString problem;
    if (m_passphrase->text().size() < minimumPassphraseLength)
        problem = tr("The passphrase needs at least %1 characters.").arg(minimumPassphraseLength);
    else if (m_passphrase->text() != m_confirmation->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_publish->setEnabled(problem.isEmpty());
}

} // namespace td::ui
