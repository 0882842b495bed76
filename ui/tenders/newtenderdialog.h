#pragma once

#include "domain/codes.h"
#include "domain/money.h"
#include "domain/organization.h"

#include <QDialog>

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
    NewTenderDialog(const QList<Organization>& buyers, QWidget* parent = nullptr);

    TenderCategory category() const;
    qint64 buyerId() const;
    std::optional<Money> ceiling() const; // nullopt: the template's

private:
    QComboBox* m_category;
    QComboBox* m_buyer;
    QLineEdit* m_ceiling;
    QPushButton* m_create;
};

} // namespace td::ui
