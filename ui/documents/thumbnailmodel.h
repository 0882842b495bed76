#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QSizeF>

namespace td::ui {

class PageRenderer;

// One row per page: its number and its thumbnail, a blank page of the right shape until the
// renderer has drawn it. Only the rows in view are asked of the renderer (setVisibleRows).
class ThumbnailModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int width = 110; // logical pixels; the height follows the page

    explicit ThumbnailModel(QObject* parent = nullptr);

    // The renderer stays the caller's.
    void setDocument(PageRenderer* renderer, const QList<QSizeF>& pageSizes,
                     double devicePixelRatio);
    void setVisibleRows(int first, int last);

    QSize thumbnailSize(int row) const;
    // The size every thumbnail fits in.
    QSize largestThumbnail() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QPointer<PageRenderer> m_renderer;
    QList<QSizeF> m_pageSizes;
    double m_ratio = 1;
};

} // namespace td::ui
