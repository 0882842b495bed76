#pragma once

#include "evaluation/compliance.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

namespace td::ui {

// The panel overturns one automatic compliance check of a bid: passes or fails, and why. The
// justification is audited, so OK stays disabled until one is written.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(const QString& vendor, const ComplianceFinding& finding,
                   QWidget* parent = nullptr);

    bool passes() const;
    QString justification() const;

    QPlainTextEdit* justificationField() const { return m_justification; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QRadioButton* m_pass;
    QRadioButton* m_fail;
    QPlainTextEdit* m_justification;
    QDialogButtonBox* m_buttons;
};

} // namespace td::ui
