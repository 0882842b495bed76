#include "evaluabletendermodel.h"

#include <QLocale>
#include <QTimeZone>

namespace td::ui {

EvaluableTenderModel::EvaluableTenderModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void EvaluableTenderModel::setTenders(const QList<EvaluableTender>& tenders)
{
    beginResetModel();
    m_tenders = tenders;
    endResetModel();
}

int EvaluableTenderModel::rowOf(const QString& reference) const
{
    for (int i = 0; i < m_tenders.size(); ++i)
        if (m_tenders[i].reference == reference)
            return i;
    return -1;
}

int EvaluableTenderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tenders.size());
}

QVariant EvaluableTenderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tenders.size())
        return {};
    const EvaluableTender& t = m_tenders[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        // In the tender's own time zone, as its deadlines are defined.
        const QTimeZone zone(t.timeZone.toUtf8());
        const QDateTime opening =
            zone.isValid() ? t.openingAt.toTimeZone(zone) : t.openingAt.toLocalTime();
        const QString opened = t.openingAt.isValid()
                                   ? QLocale().toString(opening, QLocale::ShortFormat)
                                   : tr("no opening date");
        return QStringLiteral("%1  %2\n%3")
            .arg(t.reference, t.title,
                 tr("%1 · %2 · opened %3").arg(nameOf(t.status), t.buyerName, opened));
    }
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(t.reference, t.title);
    case ReferenceRole:
        return t.reference;
    default:
        return {};
    }
}

} // namespace td::ui
