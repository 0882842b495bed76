#pragma once

#include "domain/codes.h"
#include "domain/money.h"
#include "domain/organization.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace td::ui {

// Starts a tender from its category's template: the buyer, the category and, optionally, the
// budget ceiling (the template's lots share it).
class NewTenderDialog : public QDialog
{
    Q_OBJECT

public:
    // Adds an organisation to the database and returns it as stored, or nullopt after telling
    // the user why it could not.
    using AddOrganization = std::function<std::optional<Organization>(Organization)>;

    NewTenderDialog(const QList<Organization>& buyers, AddOrganization addOrganization,
                    QWidget* parent = nullptr);

    TenderCategory category() const;
    qint64 buyerId() const;
    std::optional<Money> ceiling() const; // nullopt: the template's

private:
    QComboBox* m_category;
    QComboBox* m_buyer;
    QLineEdit* m_ceiling;
    QPushButton* m_create;
    AddOrganization m_addOrganization;
};

} // namespace td::ui
