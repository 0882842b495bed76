#pragma once

#include "evaluation/compliance.h"

#include <QAbstractTableModel>

namespace td::ui {

// The compliance review as a table: one row per bid (or submission that failed to unseal), one
// column per check after the vendor, and the outcome last. A failed check shows what it found;
// an overturned one says so, with the panel's justification in its tooltip.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int BidIdRole = Qt::UserRole + 1;
    static constexpr int CheckCodeRole = Qt::UserRole + 2;
    static constexpr int PassesRole = Qt::UserRole + 3;
    static constexpr int VendorColumn = 0;

    explicit ComplianceModel(QObject* parent = nullptr);

    void setReview(const ComplianceReview& review);
    const ComplianceReview& review() const { return m_review; }
    int outcomeColumn() const { return int(m_codes.size()) + 1; }
    // The check of column `column`, "" for the vendor and outcome columns.
    QString checkCode(int column) const;
    // The finding a cell shows, nullptr for the vendor and outcome columns.
    const ComplianceFinding* finding(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ComplianceReview m_review;
    QStringList m_codes;
};

} // namespace td::ui
