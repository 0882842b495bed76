#include "thumbnailpanel.h"

#include "thumbnailmodel.h"

#include <QScrollBar>

namespace td::ui {

ThumbnailPanel::ThumbnailPanel(ThumbnailModel* model, QWidget* parent)
    : QListView(parent)
    , m_model(model)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSpacing(6);
    setModel(model);
    setAccessibleName(tr("Page thumbnails"));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThumbnailPanel::requestVisible);
    connect(model, &QAbstractItemModel::modelReset, this, &ThumbnailPanel::fitToThumbnails);
    connect(this, &QAbstractItemView::clicked, this,
            [this](const QModelIndex& index) { Q_EMIT pageActivated(index.row()); });
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT pageActivated(index.row()); });
    fitToThumbnails();
}

void ThumbnailPanel::setCurrentPage(int page)
{
    const QModelIndex index = m_model->index(page, 0);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

void ThumbnailPanel::fitToThumbnails()
{
    const QSize largest = m_model->largestThumbnail();
    setIconSize(largest);
    const int frame = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    setFixedWidth(largest.width() + 4 * spacing() + frame);
    requestVisible();
}

// The first row whose item reaches y: the items are in one column, top to bottom.
int ThumbnailPanel::rowAt(int y) const
{
    int low = 0;
    int high = m_model->rowCount() - 1;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (visualRect(m_model->index(middle, 0)).bottom() < y)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void ThumbnailPanel::requestVisible()
{
    if (m_model->rowCount() == 0 || !isVisible())
        return;
    m_model->setVisibleRows(rowAt(0), rowAt(viewport()->height()));
}

void ThumbnailPanel::updateGeometries()
{
    QListView::updateGeometries();
    requestVisible();
}

void ThumbnailPanel::showEvent(QShowEvent* event)
{
    QListView::showEvent(event);
    requestVisible();
}

void ThumbnailPanel::hideEvent(QHideEvent* event)
{
    QListView::hideEvent(event);
    m_model->setVisibleRows(0, -1); // nothing to draw while the panel is closed
}

} // namespace td::ui
