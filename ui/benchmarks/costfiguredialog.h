#pragma once

#include "cost/costmodel.h"

#include <QDialog>

namespace td::ui {

// One figure of the cost-to-serve opened up: its value, the formula it comes from, and every
// input of that formula with its value and where it comes from.
class CostFigureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CostFigureDialog(const CostFigure& figure, QWidget* parent = nullptr);
};

} // namespace td::ui
