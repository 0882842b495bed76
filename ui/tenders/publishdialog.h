#pragma once

#include "lifecycle/tendervalidation.h"
#include "sealing/ciphersuite.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace td::ui {

// Asks for the cipher suite bids are sealed with and the passphrase that will protect the private
// key of the tender's sealing key pair (twice), and shows the warnings the buyer publishes over.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    PublishDialog(const QString& reference, const QString& title,
                  const QList<ValidationIssue>& warnings, QWidget* parent = nullptr);

    QByteArray passphrase() const;
    CipherSuite suite() const;

private:
    void check();
    void describeSuite();

    QComboBox* m_suite;
    QLabel* m_suiteDescription;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QLabel* m_problem;
    QPushButton* m_publish;
};

} // namespace td::ui
