#pragma once

#include "evaluation/evaluationdesk.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace td::ui {

// Every evaluator's scores side by side, once every sheet is in: a row per bid and scored
// criterion, a column per evaluator, and the panel's score of the criterion (the mean, perhaps
// without the extremes) last. Before every sheet is in it holds nothing: the page never asks
// for the others' sheets then.
class PanelScoresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int VendorColumn = 0;
    static constexpr int CriterionColumn = 1;
    static constexpr int FirstEvaluatorColumn = 2;

    explicit PanelScoresModel(QObject* parent = nullptr);

    // `sheets`: each evaluator's scores, by name, in the order of `evaluation.panel`.
    void setSheets(const TenderEvaluation& evaluation,
                   const QHash<QString, QList<SheetScore>>& sheets);
    void clear();
    int panelColumn() const { return FirstEvaluatorColumn + int(m_evaluators.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        qint64 bidId = 0;
        QString vendor;
        QString criterion; // code
        QString criterionName;
        int weight = 0;
        QList<std::optional<double>> points; // per evaluator
        QStringList comments;                // per evaluator, "" for none
        double panel = 0;                    // NaN when not scored
    };

    QStringList m_evaluators;
    QList<Row> m_rows;
};

} // namespace td::ui
