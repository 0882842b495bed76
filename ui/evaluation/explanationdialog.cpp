#include "explanationdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td::ui {

ExplanationDialog::ExplanationDialog(const scoring::Working& working, const QString& subject,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("explanationDialog"));
    setWindowTitle(tr("%1: formula and inputs").arg(working.label));

    auto* heading = new QLabel(tr("<b>%1</b> = %2<br>%3")
                                   .arg(working.label.toHtmlEscaped(),
                                        working.value.toHtmlEscaped(), subject.toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("workingValue"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* formula = new QLabel(working.formula, this);
    formula->setObjectName(QStringLiteral("workingFormula"));
    formula->setTextFormat(Qt::PlainText);
    formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formula->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.2);
    formula->setFont(mono);
    formula->setStyleSheet(QStringLiteral("padding:8px;background:palette(alternate-base)"));

    auto* inputs = new QTableWidget(int(working.inputs.size()), 3, this);
    inputs->setObjectName(QStringLiteral("workingInputs"));
    inputs->setHorizontalHeaderLabels({tr("Input"), tr("Value"), tr("Source")});
    inputs->verticalHeader()->hide();
    inputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    inputs->setWordWrap(true);
    for (int row = 0; row < working.inputs.size(); ++row) {
        const scoring::Working::Input& input = working.inputs.at(row);
        const QStringList texts{input.label, input.value, input.source};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            inputs->setItem(row, column, item);
        }
    }
    inputs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    inputs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    inputs->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    inputs->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Formula:"), this));
    layout->addWidget(formula);
    auto* inputsLabel = new QLabel(tr("&Inputs:"), this);
    inputsLabel->setBuddy(inputs);
    layout->addWidget(inputsLabel);
    layout->addWidget(inputs, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace td::ui
