#include "sheetmodel.h"

#include "evaluationtext.h"

#include <QLocale>

#include <cmath>

namespace td::ui {

SheetModel::SheetModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SheetModel::setShape(const QList<Row>& rows, const QList<scoring::CriterionSpec>& criteria)
{
    beginResetModel();
    m_rows = rows;
    m_criteria.clear();
    for (const scoring::CriterionSpec& c : criteria)
        if (!c.isPrice())
            m_criteria.append(c);
    endResetModel();
}

void SheetModel::setScores(const QList<SheetScore>& scores)
{
    m_scores = scores;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void SheetModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int SheetModel::indexOf(qint64 bidId, const QString& criterion) const
{
    for (int i = 0; i < m_scores.size(); ++i)
        if (m_scores[i].bidId == bidId && m_scores[i].criterion == criterion)
            return i;
    return -1;
}

const SheetScore* SheetModel::score(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_criteria.size())
        return nullptr;
    const int i = indexOf(m_rows[index.row()].bidId, m_criteria[index.column()].code);
    return i < 0 ? nullptr : &m_scores[i];
}

QList<SheetScore> SheetModel::withCell(const QModelIndex& index, double points,
                                       const QString& comment) const
{
    QList<SheetScore> scores = m_scores;
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_criteria.size())
        return scores;
    const qint64 bidId = m_rows[index.row()].bidId;
    const QString code = m_criteria[index.column()].code;
    const int i = indexOf(bidId, code);
    if (i >= 0) {
        scores[i].points = points;
        scores[i].comment = comment;
    } else {
        scores.append({bidId, code, points, comment});
    }
    return scores;
}

int SheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_criteria.isEmpty() ? 0 : int(m_criteria.size()) + 1;
}

QVariant SheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (role == BidIdRole)
        return row.bidId;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == sumColumn()) {
        double sum = 0;
        int weights = 0;
        for (const scoring::CriterionSpec& c : m_criteria) {
            weights += c.weight;
            const int i = indexOf(row.bidId, c.code);
            if (i >= 0)
                sum += m_scores[i].points;
        }
        if (role == Qt::DisplayRole)
            return EvaluationText::pointsOutOf(sum, weights);
        if (role == Qt::ToolTipRole)
            return tr("%1: the sum of this sheet's points, out of the scored criteria's "
                      "weights.")
                .arg(row.vendor);
        return {};
    }
    const scoring::CriterionSpec& criterion = m_criteria.at(index.column());
    const SheetScore* s = score(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!s)
            return QString();
        return s->comment.isEmpty() ? EvaluationText::points(s->points)
                                    : tr("%1 ✎").arg(EvaluationText::points(s->points));
    case Qt::EditRole:
        return s ? s->points : 0.0;
    case CommentRole:
        return s ? s->comment : QString();
    case MaximumRole:
        return criterion.weight;
    case ScoredRole:
        return s != nullptr;
    case Qt::ToolTipRole: {
        QString text =
            tr("%1, %2: out of %3 points.").arg(row.vendor, criterion.name).arg(criterion.weight);
        if (s && !s->comment.isEmpty())
            text += QLatin1Char('\n') + tr("Comment: %1").arg(s->comment);
        return text;
    }
    default:
        return {};
    }
}

QVariant SheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? m_rows[section].vendor : QVariant();
    if (section == sumColumn())
        return tr("Sum");
    if (section < m_criteria.size())
        //: A criterion over its weight, on two lines of a column header
        return tr("%1\n(%2)").arg(m_criteria[section].name).arg(m_criteria[section].weight);
    return {};
}

Qt::ItemFlags SheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() < sumColumn() && !m_locked)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_locked || !index.isValid() || index.row() >= m_rows.size() ||
        index.column() >= m_criteria.size())
        return false;
    const scoring::CriterionSpec& criterion = m_criteria.at(index.column());
    const SheetScore* s = score(index);
    double points = s ? s->points : 0;
    QString comment = s ? s->comment : QString();
    if (role == Qt::EditRole) {
        bool ok = false;
        // A spin box gives a number; typed text is read in the reader's locale or as plain
        // digits.
        points = value.typeId() == QMetaType::QString
                     ? QLocale().toDouble(value.toString().trimmed(), &ok)
                     : value.toDouble(&ok);
        if (!ok && value.typeId() == QMetaType::QString)
            points = value.toString().trimmed().toDouble(&ok);
        if (!ok || std::isnan(points) || points < 0 || points > criterion.weight)
            return false;
        points = std::round(points * 100) / 100; // scores are kept to the hundredth
        if (s && s->points == points)
            return false;
    } else if (role == CommentRole) {
        comment = value.toString().trimmed();
        if (comment == (s ? s->comment : QString()))
            return false;
    } else {
        return false;
    }
    const QString description =
        role == CommentRole
            ? tr("Comment on %1, %2").arg(m_rows[index.row()].vendor, criterion.name)
            : tr("Score %1, %2").arg(m_rows[index.row()].vendor, criterion.name);
    Q_EMIT changeRequested(withCell(index, points, comment), description);
    return true;
}

} // namespace td::ui
