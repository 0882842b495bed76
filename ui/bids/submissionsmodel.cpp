#include "submissionsmodel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace td::ui {

SubmissionsModel::SubmissionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SubmissionsModel::setRows(const QList<BidSubmission>& submissions,
                               const QList<BidRefusal>& refusals)
{
    beginResetModel();
    m_submissions = submissions;
    m_refusals = refusals;
    endResetModel();
}

QString SubmissionsModel::statusText(SubmissionStatus status)
{
    switch (status) {
    case SubmissionStatus::Sealed:
        return tr("Sealed");
    case SubmissionStatus::Replaced:
        return tr("Replaced by a later bid");
    case SubmissionStatus::Withdrawn:
        return tr("Withdrawn");
    case SubmissionStatus::Opened:
        return tr("Opened");
    case SubmissionStatus::Failed:
        return tr("Failed");
    case SubmissionStatus::Withdrawal:
        return tr("Withdrawal notice");
    }
    return {};
}

int SubmissionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_submissions.size() + m_refusals.size());
}

int SubmissionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto time = [](const QDateTime& utc) {
        return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
    };
    if (index.row() < m_submissions.size()) {
        const BidSubmission& s = m_submissions[index.row()];
        if (role == Qt::ToolTipRole && s.status == SubmissionStatus::Failed)
            return s.failureReason;
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case VendorColumn:
            return s.vendorName;
        case ReceivedColumn:
            return time(s.receivedAt);
        case DigestColumn:
            return s.packageSha256.left(16) + QStringLiteral("…");
        case StatusColumn:
            return s.status == SubmissionStatus::Failed ? tr("Failed: %1").arg(s.failureReason)
                                                        : statusText(s.status);
        default:
            return {};
        }
    }
    const BidRefusal& r = m_refusals[index.row() - m_submissions.size()];
    const bool late = r.reasonCode == QLatin1String("late");
    if (role == Qt::ForegroundRole)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VendorColumn:
        return r.vendor.isEmpty() ? r.fileName : r.vendor;
    case ReceivedColumn:
        return time(r.refusedAt);
    case DigestColumn:
        return r.packageSha256.left(16) + QStringLiteral("…");
    case StatusColumn:
        return late ? tr("Refused, late: %1").arg(r.reason) : tr("Refused: %1").arg(r.reason);
    default:
        return {};
    }
}

QVariant SubmissionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case ReceivedColumn:
        return tr("Received at");
    case DigestColumn:
        return tr("SHA-256");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace td::ui
