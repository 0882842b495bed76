#pragma once

#include "bidding/identityrepository.h"
#include "sealing/ciphersuite.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td::ui {

// The vendor's identity on this desk: its organisation, unified social credit code (checked as
// it is typed), cipher suite and the passphrase that will protect the new signing key, twice.
// Shows the current certificate, if there is one; making a new identity replaces it.
class VendorIdentityDialog : public QDialog
{
    Q_OBJECT

public:
    VendorIdentityDialog(const std::optional<StoredIdentity>& current, QWidget* parent = nullptr);

    QString organization() const;
    QString uscc() const;
    CipherSuite suite() const;
    QByteArray passphrase() const;

    QLineEdit* organizationEdit() const { return m_organization; }
    QLineEdit* usccEdit() const { return m_uscc; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QPushButton* makeButton() const { return m_make; }

private:
    void check();

    QLineEdit* m_organization;
    QLineEdit* m_uscc;
    QLabel* m_usccProblem;
    QComboBox* m_suite;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QLabel* m_problem;
    QPushButton* m_make;
};

} // namespace td::ui
