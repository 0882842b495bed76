#pragma once

#include "evaluation/evaluationdesk.h"

#include <QAbstractTableModel>

namespace td::ui {

// One evaluator's sheet as a grid: a row per valid bid, a column per scored criterion (points
// out of its weight) and the bid's sum last. A cell's comment is its CommentRole. Edits are
// not made here: setData checks the value (a number from 0 to the criterion's weight) and asks
// for the change through changeRequested, which the page turns into an undoable step that
// calls setScores. A locked sheet (submitted) refuses every edit.
class SheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int CommentRole = Qt::UserRole + 1;
    static constexpr int MaximumRole = Qt::UserRole + 2; // the criterion's weight
    static constexpr int BidIdRole = Qt::UserRole + 3;
    static constexpr int ScoredRole = Qt::UserRole + 4; // the cell has a score

    struct Row
    {
        qint64 bidId = 0;
        QString vendor;
    };

    explicit SheetModel(QObject* parent = nullptr);

    // The grid's shape: the bids and the scored criteria (price is left out).
    void setShape(const QList<Row>& rows, const QList<scoring::CriterionSpec>& criteria);
    void setScores(const QList<SheetScore>& scores);
    const QList<SheetScore>& scores() const { return m_scores; }
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    int sumColumn() const { return int(m_criteria.size()); }
    const QList<Row>& rows() const { return m_rows; }
    const QList<scoring::CriterionSpec>& criteria() const { return m_criteria; }
    // The scores with the cell at `index` set to `points` and `comment`.
    QList<SheetScore> withCell(const QModelIndex& index, double points,
                               const QString& comment) const;
    const SheetScore* score(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    // A person changed a cell: `scores` is the whole sheet after the change.
    void changeRequested(const QList<td::SheetScore>& scores, const QString& description);

private:
    int indexOf(qint64 bidId, const QString& criterion) const;

    QList<Row> m_rows;
    QList<scoring::CriterionSpec> m_criteria;
    QList<SheetScore> m_scores;
    bool m_locked = false;
};

} // namespace td::ui
