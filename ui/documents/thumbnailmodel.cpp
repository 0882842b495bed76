#include "thumbnailmodel.h"

#include "pagerenderer.h"

#include <QPainter>
#include <QPixmap>

namespace td::ui {

ThumbnailModel::ThumbnailModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ThumbnailModel::setDocument(PageRenderer* renderer, const QList<QSizeF>& pageSizes,
                                 double devicePixelRatio)
{
    beginResetModel();
    if (m_renderer)
        m_renderer->disconnect(this);
    m_renderer = renderer;
    m_pageSizes = renderer ? pageSizes : QList<QSizeF>();
    m_ratio = devicePixelRatio;
    if (m_renderer)
        connect(m_renderer, &PageRenderer::pageRendered, this, [this](int page) {
            if (page >= 0 && page < rowCount()) {
                const QModelIndex changed = index(page);
                Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
            }
        });
    endResetModel();
}

void ThumbnailModel::setVisibleRows(int first, int last)
{
    if (!m_renderer)
        return;
    QList<PageRequest> wanted;
    for (int row = std::max(first, 0); row <= last && row < rowCount(); ++row) {
        const QSize size = thumbnailSize(row);
        wanted.append(
            {row, QSize(qRound(size.width() * m_ratio), qRound(size.height() * m_ratio))});
    }
    m_renderer->setWanted(wanted);
}

QSize ThumbnailModel::thumbnailSize(int row) const
{
    const QSizeF page = m_pageSizes.value(row);
    if (page.isEmpty())
        return {width, qRound(width * 1.414)};
    // Landscape pages get the same width; very tall ones are kept to twice the width.
    return {width, std::clamp(qRound(width * page.height() / page.width()), 16, 2 * width)};
}

QSize ThumbnailModel::largestThumbnail() const
{
    QSize largest(width, 16);
    for (int row = 0; row < rowCount(); ++row)
        largest = largest.expandedTo(thumbnailSize(row));
    return largest;
}

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pageSizes.size());
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(row + 1);
    case Qt::ToolTipRole:
        return tr("Page %1 of %2").arg(row + 1).arg(rowCount());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignTop);
    case Qt::DecorationRole: {
        const QSize size = thumbnailSize(row);
        QPixmap pixmap(QSize(qRound(size.width() * m_ratio), qRound(size.height() * m_ratio)));
        pixmap.setDevicePixelRatio(m_ratio);
        pixmap.fill(Qt::white);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage image = m_renderer ? m_renderer->image(row) : QImage();
        if (!image.isNull())
            painter.drawImage(QRect(QPoint(), size), image);
        painter.setPen(QColor(0, 0, 0, 70));
        painter.drawRect(QRect(QPoint(), size).adjusted(0, 0, -1, -1));
        return pixmap;
    }
    default:
        return {};
    }
}

} // namespace td::ui
