#pragma once

#include "domain/organization.h"
#include "domain/tender.h"

#include <QDialog>

#include <functional>

class QPushButton;
class QTableWidget;

namespace td::ui {

// The buyer's view of a tender's clarifications: every question with its date and asker (for
// the buyer's records; bidders never see who asked), recording a question received, and
// publishing the answer to all bidders.
class ClarificationsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Actions
    {
        // Each returns the tender as it is afterwards, or nullopt after telling the user why
        // it failed.
        std::function<std::optional<Tender>(qint64 askerId, const QString& question)> ask;
        std::function<std::optional<Tender>(qint64 clarificationId, const QString& answer)> answer;
        // Adds a bidder the database does not know yet; nullopt after saying why not.
        std::function<std::optional<Organization>(Organization)> addOrganization;
    };

    ClarificationsDialog(const Tender& tender, const QList<Organization>& organizations,
                         Actions actions, QWidget* parent = nullptr);

private:
    void show(const Tender& tender);
    void recordQuestion();
    void answerSelected();
    void updateButtons();

    Tender m_tender;
    QList<Organization> m_organizations;
    Actions m_actions;
    QTableWidget* m_table;
    QPushButton* m_askButton;
    QPushButton* m_answerButton;
};

} // namespace td::ui
