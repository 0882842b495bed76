#include "biddabletendermodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace td::ui {

BiddableTenderModel::BiddableTenderModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void BiddableTenderModel::setTenders(const QList<BiddableTender>& tenders)
{
    beginResetModel();
    m_tenders = tenders;
    endResetModel();
}

int BiddableTenderModel::rowOf(qint64 tenderId) const
{
    for (int i = 0; i < m_tenders.size(); ++i)
        if (m_tenders[i].id == tenderId)
            return i;
    return -1;
}

int BiddableTenderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tenders.size());
}

QVariant BiddableTenderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tenders.size())
        return {};
    const BiddableTender& t = m_tenders[index.row()];
    const bool imported = t.origin == TenderOrigin::Imported;
    switch (role) {
    case Qt::DisplayRole: {
        const QString deadline =
            t.bidDeadline.isValid()
                ? QLocale().toString(t.bidDeadline.toLocalTime(), QLocale::ShortFormat)
                : tr("no deadline");
        QString second = tr("%1 · bids until %2").arg(nameOf(t.status), deadline);
        if (imported)
            second = tr("Another buyer's tender, read-only (%1) · %2").arg(t.buyerName, second);
        return QStringLiteral("%1  %2\n%3").arg(t.reference, t.title, second);
    }
    case Qt::ToolTipRole:
        return imported ? tr("Imported from %1's tender package: prepare your bid here; only "
                             "its buyer can change the tender.")
                              .arg(t.buyerName)
                        : tr("Your own tender: receive and open the bids here.");
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(imported ? QStyle::SP_FileLinkIcon
                                                            : QStyle::SP_FileIcon);
    case TenderIdRole:
        return t.id;
    case ImportedRole:
        return imported;
    default:
        return {};
    }
}

} // namespace td::ui
