#pragma once

#include "documents/collusionsignal.h"

#include <QWidget>

class QLabel;
class QListView;
class QSplitter;
class QTextBrowser;

namespace td::ui {

class CollusionSignalsModel;

// The collusion signals panel: the signals on the left; on the right the chosen one's summary,
// the Article 40 clause it points to, its evidence, and for near-duplicate documents the shared
// passages side by side. Says so when there are none, or when the bids are not open yet.
class CollusionView : public QWidget
{
    Q_OBJECT

public:
    explicit CollusionView(QWidget* parent = nullptr);

    void setSignals(const QList<CollusionSignal>& list, int bidsOpened);
    CollusionSignalsModel* model() const { return m_model; }
    QTextBrowser* details() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }

private:
    void showSignal(int row);

    CollusionSignalsModel* m_model;
    QLabel* m_summary;
    QListView* m_list;
    QTextBrowser* m_details;
    QSplitter* m_splitter;
};

} // namespace td::ui
