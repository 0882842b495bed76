#pragma once

#include <QListView>

namespace td::ui {

class ThumbnailModel;

// The thumbnails in a column beside the pages; a click goes to the page. Tells the model which
// rows are in view, so that only those are drawn.
class ThumbnailPanel : public QListView
{
    Q_OBJECT

public:
    ThumbnailPanel(ThumbnailModel* model, QWidget* parent = nullptr);

    // Marks the page shown in the viewer and keeps its thumbnail in view.
    void setCurrentPage(int page);
    // Sizes the column to the thumbnails of the document now in the model.
    void fitToThumbnails();

Q_SIGNALS:
    void pageActivated(int page);

protected:
    // After each layout of the items: the rows in view may have changed.
    void updateGeometries() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void requestVisible();
    int rowAt(int y) const;

    ThumbnailModel* m_model;
};

} // namespace td::ui
