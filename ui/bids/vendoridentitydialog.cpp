#include "vendoridentitydialog.h"

#include "domain/error.h"
#include "domain/uscc.h"
#include "sealing/signingidentity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

namespace {
constexpr int minimumPassphrase = 8;
}

VendorIdentityDialog::VendorIdentityDialog(const std::optional<StoredIdentity>& current,
                                           QWidget* parent)
    : QDialog(parent)
    , m_organization(new QLineEdit(this))
    , m_uscc(new QLineEdit(this))
    , m_usccProblem(new QLabel(this))
    , m_suite(new QComboBox(this))
    , m_passphrase(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("vendorIdentityDialog"));
    setWindowTitle(tr("Vendor identity"));
    auto* layout = new QVBoxLayout(this);

    auto* currentBox = new QGroupBox(tr("Current certificate"), this);
    auto* currentForm = new QFormLayout(currentBox);
    if (current) {
        const SigningIdentity& id = current->identity;
        QString validity;
        try {
            const CertificateInfo info = readCertificate(id.certificatePem);
            validity =
                tr("%1 to %2")
                    .arg(QLocale().toString(info.notBefore.toLocalTime(), QLocale::ShortFormat),
                         QLocale().toString(info.notAfter.toLocalTime(), QLocale::ShortFormat));
        } catch (const Error& e) {
            validity = e.message();
        }
        auto* fingerprint = new QLabel(id.fingerprint, currentBox);
        fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fingerprint->setWordWrap(true);
        currentForm->addRow(
            tr("Subject:"),
            new QLabel(tr("%1 (%2)").arg(current->organization.name, current->organization.uscc),
                       currentBox));
        currentForm->addRow(tr("Algorithms:"), new QLabel(cipherSuiteName(id.suite), currentBox));
        currentForm->addRow(tr("Fingerprint (SHA-256):"), fingerprint);
        currentForm->addRow(tr("Valid:"), new QLabel(validity, currentBox));
        m_organization->setText(current->organization.name);
        m_uscc->setText(current->organization.uscc);
    } else {
        currentForm->addRow(new QLabel(tr("This desk has no signing identity yet: make one to "
                                          "sign and seal bids."),
                                       currentBox));
    }
    layout->addWidget(currentBox);

    auto* newBox =
        new QGroupBox(current ? tr("Replace with a new identity") : tr("New identity"), this);
    auto* form = new QFormLayout(newBox);
    m_organization->setObjectName(QStringLiteral("organization"));
    m_uscc->setObjectName(QStringLiteral("uscc"));
    m_uscc->setMaxLength(18);
    m_uscc->setPlaceholderText(QStringLiteral("91110000XXXXXXXXXX"));
    m_usccProblem->setObjectName(QStringLiteral("usccProblem"));
    m_usccProblem->setWordWrap(true);
    m_suite->setObjectName(QStringLiteral("suite"));
    for (CipherSuite suite : {CipherSuite::International, CipherSuite::National})
        m_suite->addItem(cipherSuiteName(suite), cipherSuiteCode(suite));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    form->addRow(tr("&Organisation:"), m_organization);
    form->addRow(tr("&Unified social credit code:"), m_uscc);
    form->addRow(QString(), m_usccProblem);
    form->addRow(tr("&Algorithms:"), m_suite);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("A&gain:"), m_confirmation);
    layout->addWidget(newBox);

    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_make = buttons->addButton(current ? tr("&Replace identity") : tr("&Make identity"),
                                QDialogButtonBox::AcceptRole);
    m_make->setObjectName(QStringLiteral("makeIdentity"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_organization, m_uscc, m_passphrase, m_confirmation})
        connect(edit, &QLineEdit::textChanged, this, &VendorIdentityDialog::check);
    check();
}

QString VendorIdentityDialog::organization() const
{
    return m_organization->text().trimmed();
}

QString VendorIdentityDialog::uscc() const
{
    return m_uscc->text().trimmed().toUpper();
}

CipherSuite VendorIdentityDialog::suite() const
{
    return cipherSuiteFromCode(m_suite->currentData().toString())
        .value_or(CipherSuite::International);
}

QByteArray VendorIdentityDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void VendorIdentityDialog::check()
{
    // The code is judged once it is complete: a half-typed code is not yet wrong.
    const QString code = uscc();
    const QString usccProblem = code.size() < 18 && !code.isEmpty()
                                    ? tr("%n of 18 characters.", nullptr, int(code.size()))
                                    : uscc::problem(code);
    m_usccProblem->setText(code.isEmpty() ? QString() : usccProblem);
    m_usccProblem->setVisible(!m_usccProblem->text().isEmpty());

    QString problem;
    if (organization().isEmpty())
        problem = tr("Name the organisation the bids are made by.");
    else if (!uscc::isValid(code))
        problem = tr("Enter the organisation's 18-character unified social credit code.");
    else if (m_passphrase->text().size() < minimumPassphrase)
        problem = tr("Choose a passphrase of at least %n characters.", nullptr, minimumPassphrase);
    else if (m_confirmation->text() != m_passphrase->text())
        problem = tr("The two passphrases differ: type the same one twice.");
    m_problem->setText(problem);
    m_make->setEnabled(problem.isEmpty());
}

} // namespace td::ui
