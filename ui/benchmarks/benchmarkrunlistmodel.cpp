#include "benchmarkrunlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace td::ui {

BenchmarkRunListModel::BenchmarkRunListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BenchmarkRunListModel::setRuns(const QList<bench::BenchmarkRunHeader>& runs,
                                    const QHash<qint64, QString>& bidLabels)
{
    beginResetModel();
    m_runs = runs;
    m_bidLabels = bidLabels;
    endResetModel();
}

int BenchmarkRunListModel::rowOf(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == runId)
            return row;
    return -1;
}

int BenchmarkRunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int BenchmarkRunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : runColumnCount;
}

QString BenchmarkRunListModel::statusText(bench::RunStatus status)
{
    switch (status) {
    case bench::RunStatus::Completed:
        return tr("completed");
    case bench::RunStatus::Cancelled:
        return tr("cancelled");
    case bench::RunStatus::Failed:
        return tr("failed");
    }
    return {};
}

QVariant BenchmarkRunListModel::display(const bench::BenchmarkRunHeader& run,
                                        RunColumn column) const
{
    const QLocale locale;
    switch (column) {
    case RunColumn::Started:
        return run.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case RunColumn::Model:
        return run.model;
    case RunColumn::Endpoint:
        return run.baseUrl;
    case RunColumn::Load:
        return run.loadLabel;
    case RunColumn::Status:
        return statusText(run.status);
    case RunColumn::OutputTokensPerS:
        return locale.toString(run.outputTokensPerS, 'f', 1);
    case RunColumn::TtftP50:
        return tr("%1 ms").arg(locale.toString(run.ttftP50Ms, 'f', 1));
    case RunColumn::ErrorRate:
        return tr("%1%").arg(locale.toString(run.errorRate * 100, 'f', 1));
    case RunColumn::Accuracy:
        return run.accuracy ? tr("%1%").arg(locale.toString(*run.accuracy * 100, 'f', 1))
                            : QString();
    case RunColumn::Bid:
        return run.bidId ? m_bidLabels.value(*run.bidId, tr("bid %1").arg(*run.bidId)) : QString();
    }
    return {};
}

QVariant BenchmarkRunListModel::sortValue(const bench::BenchmarkRunHeader& run,
                                          RunColumn column) const
{
    switch (column) {
    case RunColumn::Started:
        return run.startedAt;
    case RunColumn::OutputTokensPerS:
        return run.outputTokensPerS;
    case RunColumn::TtftP50:
        return run.ttftP50Ms;
    case RunColumn::ErrorRate:
        return run.errorRate;
    case RunColumn::Accuracy:
        return run.accuracy.value_or(-1.0);
    default:
        return display(run, column);
    }
}

QVariant BenchmarkRunListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bench::BenchmarkRunHeader& run = m_runs.at(index.row());
    const auto column = RunColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(run, column);
    case Qt::ToolTipRole:
        if (column == RunColumn::Endpoint || column == RunColumn::Model || column == RunColumn::Bid)
            return display(run, column);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case RunColumn::OutputTokensPerS:
        case RunColumn::TtftP50:
        case RunColumn::ErrorRate:
        case RunColumn::Accuracy:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == RunColumn::Status && run.status != bench::RunStatus::Completed)
            return QBrush(run.status == bench::RunStatus::Failed ? QColor(0xb3, 0x26, 0x1e)
                                                                 : QColor(0x8a, 0x6d, 0x00));
        if (column == RunColumn::ErrorRate && run.errorRate > 0.01)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case RunIdRole:
        return run.id;
    case SortRole:
        return sortValue(run, column);
    default:
        return {};
    }
}

QVariant BenchmarkRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= runColumnCount)
        return {};
    switch (RunColumn(section)) {
    case RunColumn::Started:
        return tr("Started");
    case RunColumn::Model:
        return tr("Model");
    case RunColumn::Endpoint:
        return tr("Endpoint");
    case RunColumn::Load:
        return tr("Load");
    case RunColumn::Status:
        return tr("Status");
    case RunColumn::OutputTokensPerS:
        return tr("Output tok/s");
    case RunColumn::TtftP50:
        return tr("TTFT p50");
    case RunColumn::ErrorRate:
        return tr("Error rate");
    case RunColumn::Accuracy:
        return tr("Accuracy");
    case RunColumn::Bid:
        return tr("Bid");
    }
    return {};
}

} // namespace td::ui
