#include "compliancemodel.h"

#include "evaluationtext.h"

namespace td::ui {

ComplianceModel::ComplianceModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_codes(complianceCheckCodes())
{}

void ComplianceModel::setReview(const ComplianceReview& review)
{
    beginResetModel();
    m_review = review;
    endResetModel();
}

QString ComplianceModel::checkCode(int column) const
{
    return column >= 1 && column <= m_codes.size() ? m_codes.at(column - 1) : QString();
}

const ComplianceFinding* ComplianceModel::finding(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_review.bids.size())
        return nullptr;
    const QString code = checkCode(index.column());
    if (code.isEmpty())
        return nullptr;
    for (const ComplianceFinding& f : m_review.bids.at(index.row()).findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_review.bids.size());
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size()) + 2;
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_review.bids.size())
        return {};
    const BidCompliance& bid = m_review.bids.at(index.row());
    if (role == BidIdRole)
        return bid.bidId;
    if (index.column() == VendorColumn) {
        if (role == Qt::DisplayRole)
            return bid.vendorName;
        if (role == Qt::ToolTipRole && bid.bidId == 0)
            return tr("A submission that failed to unseal: it never became a bid.");
        return {};
    }
    if (index.column() == outcomeColumn()) {
        const bool compliant = bid.compliant();
        switch (role) {
        case Qt::DisplayRole:
            return compliant ? tr("Compliant")
                             : tr("Disqualified (%n failed check(s))", nullptr,
                                  int(bid.failedCodes().size()));
        case Qt::ForegroundRole:
            return compliant ? EvaluationText::passColour() : EvaluationText::failColour();
        case PassesRole:
            return compliant;
        case Qt::ToolTipRole: {
            QStringList names;
            for (const QString& code : bid.failedCodes())
                names.append(complianceCheckName(code));
            return compliant ? tr("Passes every check.")
                             : tr("Fails: %1").arg(names.join(tr(", ", "list separator")));
        }
        default:
            return {};
        }
    }
    const ComplianceFinding* f = finding(index);
    if (role == CheckCodeRole)
        return checkCode(index.column());
    if (!f)
        return role == Qt::DisplayRole ? QStringLiteral("—") : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        QString text;
        if (f->override)
            text = f->passes() ? tr("✓ Passes (panel override)") : tr("✗ Fails (panel override)");
        else
            text = f->passes() ? tr("✓") : tr("✗ Fails");
        if (!f->detail.isEmpty() && (!f->passes() || f->override))
            text += QStringLiteral(": ") + f->detail;
        return text;
    }
    case Qt::ForegroundRole:
        if (!f->passes())
            return EvaluationText::failColour();
        return f->override ? EvaluationText::passColour() : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{complianceCheckName(f->code)};
        lines.append(f->automaticPass ? tr("Automatic check: passes.")
                                      : tr("Automatic check: fails."));
        if (!f->detail.isEmpty())
            lines.append(tr("Found: %1").arg(f->detail));
        if (f->override)
            lines.append(tr("Overridden by %1 on %2 (%3): %4")
                             .arg(f->override->decidedBy,
                                  EvaluationText::time(f->override->decidedAt),
                                  f->override->passes ? tr("passes") : tr("fails"),
                                  f->override->justification));
        return lines.join(QLatin1Char('\n'));
    }
    case PassesRole:
        return f->passes();
    default:
        return {};
    }
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == VendorColumn)
        return tr("Bidder");
    if (section == outcomeColumn())
        return tr("Outcome");
    return complianceCheckName(checkCode(section));
}

} // namespace td::ui
