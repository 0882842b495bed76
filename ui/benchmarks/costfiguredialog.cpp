#include "costfiguredialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td::ui {

CostFigureDialog::CostFigureDialog(const CostFigure& figure, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("costFigureDialog"));
    setWindowTitle(tr("%1: formula and inputs").arg(figure.label));

    auto* heading = new QLabel(
        tr("<b>%1</b> = %2").arg(figure.label.toHtmlEscaped(), figure.value.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("figureValue"));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* formula = new QLabel(figure.formula, this);
    formula->setObjectName(QStringLiteral("figureFormula"));
    formula->setTextFormat(Qt::PlainText);
    formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formula->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.2);
    formula->setFont(mono);
    formula->setStyleSheet(QStringLiteral("padding:8px;background:palette(alternate-base)"));

    auto* inputs = new QTableWidget(int(figure.inputs.size()), 3, this);
    inputs->setObjectName(QStringLiteral("figureInputs"));
    inputs->setHorizontalHeaderLabels({tr("Input"), tr("Value"), tr("Source")});
    inputs->verticalHeader()->hide();
    inputs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    inputs->setSelectionBehavior(QAbstractItemView::SelectRows);
    inputs->setWordWrap(true);
    for (int row = 0; row < figure.inputs.size(); ++row) {
        const CostInput& input = figure.inputs.at(row);
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
    // Rows follow the wrapped sources as the dialog is resized.
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
    resize(720, 380);
}

} // namespace td::ui
