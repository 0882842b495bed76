#pragma once

#include "domain/organization.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace td::ui {

// Adds an organisation the database does not know yet: a buyer for a new tender, or a vendor
// who asks a question. The unified social credit code is checked as it is typed.
class OrganizationDialog : public QDialog
{
    Q_OBJECT

public:
    // `kinds`: what the organisation may be (buyers: the two kinds of SOE).
    OrganizationDialog(const QList<OrganizationKind>& kinds, QWidget* parent = nullptr);

    Organization organization() const;

private:
    void check();

    QLineEdit* m_name;
    QLineEdit* m_shortName;
    QLineEdit* m_uscc;
    QComboBox* m_kind;
    QLineEdit* m_city;
    QLabel* m_problem;
    QPushButton* m_add;
};

} // namespace td::ui
