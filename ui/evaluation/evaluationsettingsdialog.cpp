#include "evaluationsettingsdialog.h"

#include "evaluationtext.h"
#include "scoring/panelscore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace td::ui {

namespace {

using scoring::EvaluationSettings;
using scoring::RankingMethod;
using scoring::TieBreak;

constexpr int TieRuleRole = Qt::UserRole + 1;

const QList<TieBreak> allTieBreaks{TieBreak::LowerEvaluationPrice, TieBreak::HigherTechnicalScore,
                                   TieBreak::EarlierReceipt};

// Ratios are set as percentages, as the rules state them ("below 50% of the average").
QDoubleSpinBox* percentField(const QString& objectName, double defaultRatio, QWidget* parent)
{
    auto* spin = new QDoubleSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSingleStep(1);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setToolTip(
        QCoreApplication::translate("td::ui::EvaluationSettingsDialog", "Default: %1")
            .arg(QLocale().toString(defaultRatio * 100, 'f', 0) + QStringLiteral(" %")));
    return spin;
}

QString defaultText(int value, const QString& unit = {})
{
    return QCoreApplication::translate("td::ui::EvaluationSettingsDialog", "Default: %1")
        .arg(QLocale().toString(value) + unit);
}

} // namespace

EvaluationSettingsDialog::EvaluationSettingsDialog(const EvaluationSettings& settings,
                                                   bool editable, QWidget* parent)
    : QDialog(parent)
    , m_editable(editable)
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(QStringLiteral("evaluationSettingsDialog"));
    setWindowTitle(tr("Evaluation settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(scoringPage(), tr("&Scoring"));
    tabs->addTab(lowPricePage(), tr("&Abnormally low prices"));
    tabs->addTab(awardPage(), tr("A&ward"));

    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:%1").arg(EvaluationText::failColour().name()));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(EvaluationSettings()); });
    if (!editable)
        m_buttons->setStandardButtons(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    if (!editable) {
        auto* note =
            new QLabel(tr("The tender is awarded: its settings can no longer change."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setSettings(settings);
    // Every change is checked as it is made.
    connect(m_method, &QComboBox::currentIndexChanged, this, &EvaluationSettingsDialog::check);
    connect(m_dropExtremes, &QCheckBox::toggled, this, &EvaluationSettingsDialog::check);
    for (QDoubleSpinBox* spin : findChildren<QDoubleSpinBox*>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &EvaluationSettingsDialog::check);
    for (QSpinBox* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, &EvaluationSettingsDialog::check);
    for (QWidget* field : findChildren<QWidget*>())
        if (qobject_cast<QAbstractSpinBox*>(field) || qobject_cast<QComboBox*>(field) ||
            qobject_cast<QCheckBox*>(field) || qobject_cast<QListWidget*>(field) ||
            (qobject_cast<QPushButton*>(field) && field->parent() != m_buttons))
            field->setEnabled(editable);
    resize(600, 480);
}

QWidget* EvaluationSettingsDialog::scoringPage()
{
    const EvaluationSettings defaults;
    auto* page = new QWidget(this);
    m_method = new QComboBox(page);
    m_method->setObjectName(QStringLiteral("method"));
    for (RankingMethod method :
         {RankingMethod::ComprehensiveScore, RankingMethod::LowestEvaluatedPrice})
        m_method->addItem(scoring::methodName(method), int(method));
    m_method->setToolTip(tr("Default: %1").arg(scoring::methodName(defaults.method)));
    m_domestic = new QDoubleSpinBox(page);
    m_domestic->setObjectName(QStringLiteral("domesticDeduction"));
    m_sme = new QDoubleSpinBox(page);
    m_sme->setObjectName(QStringLiteral("smeDeduction"));
    for (auto [spin, value] : {std::pair{m_domestic, defaults.deductions.domesticPercent},
                               std::pair{m_sme, defaults.deductions.smePercent}}) {
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setToolTip(tr("Of the evaluation price only. Default: %1")
                             .arg(QLocale().toString(value, 'f', 0) + QStringLiteral(" %")));
    }
    m_domesticShare = new QSpinBox(page);
    m_domesticShare->setObjectName(QStringLiteral("domesticQualifyingShare"));
    m_domesticShare->setRange(0, 100);
    m_domesticShare->setSuffix(QStringLiteral(" %"));
    m_domesticShare->setToolTip(
        defaultText(defaults.domesticQualifyingSharePercent, QStringLiteral(" %")));
    m_dropExtremes = new QCheckBox(tr("Leave out the highest and the lowest evaluator's score "
                                      "(with %1 or more evaluators)")
                                       .arg(scoring::minimumEvaluatorsToDropExtremes),
                                   page);
    m_dropExtremes->setObjectName(QStringLiteral("dropExtremes"));
    m_tieRules = new QListWidget(page);
    m_tieRules->setObjectName(QStringLiteral("tieRules"));
    m_tieRules->setMaximumHeight(90);
    m_tieRules->setToolTip(tr("Bids that tie are told apart by the checked rules, from the top; "
                              "bids still tied share their rank."));
    connect(m_tieRules, &QListWidget::itemChanged, this, &EvaluationSettingsDialog::check);
    auto* up = new QPushButton(tr("&Up"), page);
    up->setObjectName(QStringLiteral("tieRuleUp"));
    auto* down = new QPushButton(tr("Do&wn"), page);
    down->setObjectName(QStringLiteral("tieRuleDown"));
    connect(up, &QPushButton::clicked, this, [this] { moveTieRule(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTieRule(1); });
    auto* moves = new QVBoxLayout;
    moves->addWidget(up);
    moves->addWidget(down);
    moves->addStretch(1);
    auto* ties = new QHBoxLayout;
    ties->addWidget(m_tieRules, 1);
    ties->addLayout(moves);

    // The rows at the top of the page, whatever room the longest page leaves.
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->addRow(tr("Ranking &method:"), m_method);
    form->addRow(tr("&Domestic-product deduction:"), m_domestic);
    form->addRow(tr("S&ME deduction:"), m_sme);
    form->addRow(tr("Domestic when at least (accelerators):"), m_domesticShare);
    form->addRow(m_dropExtremes);
    form->addRow(tr("&Tie rules, in order:"), ties);
    return page;
}

QWidget* EvaluationSettingsDialog::lowPricePage()
{
    const EvaluationSettings defaults;
    auto* page = new QWidget(this);
    m_mofAverage = percentField(QStringLiteral("mofAverage"), defaults.mof.averageRatio, page);
    m_mofSecondLowest =
        percentField(QStringLiteral("mofSecondLowest"), defaults.mof.secondLowestRatio, page);
    m_mofCeiling = percentField(QStringLiteral("mofCeiling"), defaults.mof.ceilingRatio, page);
    m_prozorroMean =
        percentField(QStringLiteral("prozorroMean"), defaults.prozorro.belowMeanOfOthers, page);
    m_prozorroNext =
        percentField(QStringLiteral("prozorroNext"), defaults.prozorro.belowNext, page);
    m_italianMinimum = new QSpinBox(page);
    m_italianMinimum->setObjectName(QStringLiteral("italianMinimumOffers"));
    m_italianMinimum->setRange(0, 1000);
    m_italianMinimum->setToolTip(defaultText(defaults.italianMinimumOffers));
    m_r058Factor = new QDoubleSpinBox(page);
    m_r058Factor->setObjectName(QStringLiteral("r058IqrFactor"));
    m_r058Factor->setRange(0, 100);
    m_r058Factor->setDecimals(2);
    m_r058Factor->setSingleStep(0.1);
    m_r058Factor->setToolTip(
        tr("Default: %1").arg(QLocale().toString(defaults.r058IqrFactor, 'f', 1)));
    m_explanationMinutes = new QSpinBox(page);
    m_explanationMinutes->setObjectName(QStringLiteral("explanationMinutes"));
    m_explanationMinutes->setRange(0, 100000);
    m_explanationMinutes->setSuffix(tr(" min"));
    m_explanationMinutes->setToolTip(defaultText(defaults.explanationMinutes, tr(" min")));

    // The rows at the top of the page, whatever room the longest page leaves.
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    auto* mof = new QLabel(
        tr("<b>MOF 2026</b> (a buyer may raise the ratios up to %1)")
            .arg(QLocale().toString(scoring::mofHighestRatio * 100, 'f', 0) + QStringLiteral(" %")),
        page);
    form->addRow(mof);
    form->addRow(tr("Below the &average of the conforming bids ×"), m_mofAverage);
    form->addRow(tr("Lowest below the &second-lowest ×"), m_mofSecondLowest);
    form->addRow(tr("Below the &ceiling (or budget) ×"), m_mofCeiling);
    form->addRow(new QLabel(tr("<b>ProZorro</b> (the winner)"), page));
    form->addRow(tr("At least this far below the &mean of the others:"), m_prozorroMean);
    form->addRow(tr("At least this far below the &next bid:"), m_prozorroNext);
    form->addRow(new QLabel(tr("<b>Italian anomaly threshold</b>"), page));
    form->addRow(tr("Applies &from this many admitted offers:"), m_italianMinimum);
    form->addRow(new QLabel(tr("<b>Market outlier (R058)</b>"), page));
    form->addRow(tr("Flag at d ≥ Q3 + &factor × IQR, factor:"), m_r058Factor);
    form->addRow(new QLabel(tr("<b>Explanation</b>"), page));
    form->addRow(tr("Time the bidder gets to &explain:"), m_explanationMinutes);
    return page;
}

QWidget* EvaluationSettingsDialog::awardPage()
{
    const EvaluationSettings defaults;
    auto* page = new QWidget(this);
    m_standstillDays = new QSpinBox(page);
    m_standstillDays->setObjectName(QStringLiteral("standstillDays"));
    m_standstillDays->setRange(0, 365);
    m_standstillDays->setSuffix(tr(" days"));
    m_standstillDays->setToolTip(defaultText(defaults.standstillDays, tr(" days")));
    // The rows at the top of the page, whatever room the longest page leaves.
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);
    form->addRow(tr("Stand&still after the award:"), m_standstillDays);
    auto* hint = new QLabel(tr("No contract is signed before the standstill ends: the candidates "
                               "are published for at least 3 days (Bidding Law implementing "
                               "regulations, art. 54)."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

void EvaluationSettingsDialog::setSettings(const EvaluationSettings& s)
{
    m_method->setCurrentIndex(m_method->findData(int(s.method)));
    m_domestic->setValue(s.deductions.domesticPercent);
    m_sme->setValue(s.deductions.smePercent);
    m_domesticShare->setValue(s.domesticQualifyingSharePercent);
    m_dropExtremes->setChecked(s.dropExtremes);
    {
        const QSignalBlocker block(m_tieRules);
        m_tieRules->clear();
        QList<TieBreak> order = s.tieBreaks;
        for (TieBreak rule : allTieBreaks)
            if (!order.contains(rule))
                order.append(rule);
        for (TieBreak rule : order) {
            auto* item = new QListWidgetItem(scoring::tieBreakName(rule), m_tieRules);
            item->setData(TieRuleRole, int(rule));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(s.tieBreaks.contains(rule) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_mofAverage->setValue(s.mof.averageRatio * 100);
    m_mofSecondLowest->setValue(s.mof.secondLowestRatio * 100);
    m_mofCeiling->setValue(s.mof.ceilingRatio * 100);
    m_prozorroMean->setValue(s.prozorro.belowMeanOfOthers * 100);
    m_prozorroNext->setValue(s.prozorro.belowNext * 100);
    m_italianMinimum->setValue(s.italianMinimumOffers);
    m_r058Factor->setValue(s.r058IqrFactor);
    m_explanationMinutes->setValue(s.explanationMinutes);
    m_standstillDays->setValue(s.standstillDays);
    check();
}

EvaluationSettings EvaluationSettingsDialog::settings() const
{
    EvaluationSettings s;
    s.method = RankingMethod(m_method->currentData().toInt());
    s.deductions.domesticPercent = m_domestic->value();
    s.deductions.smePercent = m_sme->value();
    s.domesticQualifyingSharePercent = m_domesticShare->value();
    s.dropExtremes = m_dropExtremes->isChecked();
    s.tieBreaks.clear();
    for (int i = 0; i < m_tieRules->count(); ++i)
        if (m_tieRules->item(i)->checkState() == Qt::Checked)
            s.tieBreaks.append(TieBreak(m_tieRules->item(i)->data(TieRuleRole).toInt()));
    // Percentages back to ratios, to the tenth of a percent shown.
    const auto ratio = [](const QDoubleSpinBox* spin) {
        return std::round(spin->value() * 10) / 1000;
    };
    s.mof.averageRatio = ratio(m_mofAverage);
    s.mof.secondLowestRatio = ratio(m_mofSecondLowest);
    s.mof.ceilingRatio = ratio(m_mofCeiling);
    s.prozorro.belowMeanOfOthers = ratio(m_prozorroMean);
    s.prozorro.belowNext = ratio(m_prozorroNext);
    s.italianMinimumOffers = m_italianMinimum->value();
    s.r058IqrFactor = m_r058Factor->value();
    s.explanationMinutes = m_explanationMinutes->value();
    s.standstillDays = m_standstillDays->value();
    return s;
}

void EvaluationSettingsDialog::moveTieRule(int by)
{
    const int row = m_tieRules->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_tieRules->count())
        return;
    QListWidgetItem* item = m_tieRules->takeItem(row);
    m_tieRules->insertItem(to, item);
    m_tieRules->setCurrentRow(to);
    check();
}

void EvaluationSettingsDialog::check()
{
    const QString problem = scoring::settingsProblem(settings());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_editable && problem.isEmpty());
}

} // namespace td::ui
