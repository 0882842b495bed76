#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace td::ui {

// A new member of the evaluation panel: the name the sheets and the report carry, and whether
// the member chairs the panel.
class EvaluatorDialog : public QDialog
{
    Q_OBJECT

public:
    // `taken`: the names already on the panel, refused.
    EvaluatorDialog(const QStringList& taken, QWidget* parent = nullptr);

    QString name() const;
    QString role() const; // "chair" or "member"

    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleField() const { return m_role; }

private:
    void updateOk();

    QStringList m_taken;
    QLineEdit* m_name;
    QComboBox* m_role;
    QDialogButtonBox* m_buttons;
};

} // namespace td::ui
