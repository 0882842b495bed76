#pragma once

#include "bidding/bidsubmission.h"
#include "bidding/refusalrepository.h"

#include <QAbstractTableModel>

namespace td::ui {

// The bid packages a tender received, in the order received: vendor, time, digest and status
// (sealed, replaced, withdrawn, opened, failed with why). No price: those stay sealed until the
// opening. Refusals are listed after them, marked refused (late ones as late).
class SubmissionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VendorColumn,
        ReceivedColumn,
        DigestColumn,
        StatusColumn,
        ColumnCount
    };

    explicit SubmissionsModel(QObject* parent = nullptr);

    void setRows(const QList<BidSubmission>& submissions, const QList<BidRefusal>& refusals);
    int submissionCount() const { return int(m_submissions.size()); }

    static QString statusText(SubmissionStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<BidSubmission> m_submissions;
    QList<BidRefusal> m_refusals;
};

} // namespace td::ui
