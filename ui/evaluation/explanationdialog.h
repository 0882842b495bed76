#pragma once

#include "scoring/explanation.h"

#include <QDialog>

namespace td::ui {

// One number of the evaluation opened up: its value, the formula it comes from, and every input
// of that formula with its value and where it comes from (as the cost figures open in the
// Benchmarks workspace).
class ExplanationDialog : public QDialog
{
    Q_OBJECT

public:
    // `subject`: whose number it is ("DeepSeek Ltd, lot 1").
    ExplanationDialog(const scoring::Working& working, const QString& subject,
                      QWidget* parent = nullptr);
};

} // namespace td::ui
