#pragma once

#include "bench/benchmarkrunrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace td::ui {

enum class RunColumn
{
    Started,
    Model,
    Endpoint,
    Load,
    Status,
    OutputTokensPerS,
    TtftP50,
    ErrorRate,
    Accuracy,
    Bid
};
inline constexpr int runColumnCount = int(RunColumn::Bid) + 1;

// The stored benchmark runs, newest first, as BenchmarkRunRepository::list reads them (off the
// GUI thread: the workspace loads them and hands them over whole). Sorting is the view's, through
// a proxy: SortRole gives each column's value as a number or a time where it is one.
class BenchmarkRunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RunIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit BenchmarkRunListModel(QObject* parent = nullptr);

    // `bidLabels`: how each bid of the runs is named ("reference · vendor").
    void setRuns(const QList<bench::BenchmarkRunHeader>& runs,
                 const QHash<qint64, QString>& bidLabels);
    const QList<bench::BenchmarkRunHeader>& runs() const { return m_runs; }
    // The row of the run with that id, or -1.
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(bench::RunStatus status);

private:
    QVariant display(const bench::BenchmarkRunHeader& run, RunColumn column) const;
    QVariant sortValue(const bench::BenchmarkRunHeader& run, RunColumn column) const;

    QList<bench::BenchmarkRunHeader> m_runs;
    QHash<qint64, QString> m_bidLabels;
};

} // namespace td::ui
