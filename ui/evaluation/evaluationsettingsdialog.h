#pragma once

#include "scoring/evaluationsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace td::ui {

// The evaluation settings of one tender: the ranking method and its price deductions, the
// panel's score and the tie rules in order, the abnormally-low thresholds of each rule, and the
// explanation time and standstill. Each field shows its published default; what the core's
// settingsProblem() says is wrong is shown as it is typed, and OK waits until it is right.
class EvaluationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    EvaluationSettingsDialog(const scoring::EvaluationSettings& settings, bool editable,
                             QWidget* parent = nullptr);

    scoring::EvaluationSettings settings() const;
    void setSettings(const scoring::EvaluationSettings& settings);

    QLabel* problem() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QDoubleSpinBox* mofAverageField() const { return m_mofAverage; }
    QComboBox* methodField() const { return m_method; }
    QListWidget* tieRules() const { return m_tieRules; }

private:
    QWidget* scoringPage();
    QWidget* lowPricePage();
    QWidget* awardPage();
    void moveTieRule(int by);
    void check();

    bool m_editable;
    QComboBox* m_method;
    QDoubleSpinBox* m_domestic;
    QDoubleSpinBox* m_sme;
    QSpinBox* m_domesticShare;
    QCheckBox* m_dropExtremes;
    QListWidget* m_tieRules;
    QDoubleSpinBox* m_mofAverage;
    QDoubleSpinBox* m_mofSecondLowest;
    QDoubleSpinBox* m_mofCeiling;
    QDoubleSpinBox* m_prozorroMean;
    QDoubleSpinBox* m_prozorroNext;
    QSpinBox* m_italianMinimum;
    QDoubleSpinBox* m_r058Factor;
    QSpinBox* m_explanationMinutes;
    QSpinBox* m_standstillDays;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace td::ui
