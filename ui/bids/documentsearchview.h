#pragma once

#include "documents/documentsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace td {
class DatabaseWorker;
}

namespace td::ui {

class DocumentHitsModel;

// Searching the text and metadata extracted from the opened bids' documents: a query field,
// the places found (bidder, document, page or metadata field, the passage with the match in
// bold), and what to do when there is nothing to show. The search runs on the database worker
// as the query is typed; a result that arrives after a newer query is dropped. Activating a
// place asks for its document to be shown there (hitActivated).
class DocumentSearchView : public QWidget
{
    Q_OBJECT

public:
    // At most this many places are listed; a narrower query finds the rest.
    static constexpr int hitLimit = 500;

    DocumentSearchView(DatabaseWorker& worker, QWidget* parent = nullptr);

    // The tender whose opened bids are searched; none opened yet says so.
    void setTender(qint64 tenderId, int bidsOpened);
    // Searches now (the field's text is `query`), not after the typing pause.
    void search(const QString& query);
    // Puts the cursor in the query field, its text selected.
    void focusQuery();

    QLineEdit* queryField() const { return m_query; }
    DocumentHitsModel* model() const { return m_model; }
    QTableView* hitsView() const { return m_view; }
    // What the view says instead of, or above, the places: the empty states and the count.
    QString stateText() const;
    bool showsHits() const;

Q_SIGNALS:
    void searched();
    void hitActivated(const td::DocumentHit& hit, const QString& query);

private:
    void searchNow();
    void showEmpty(const QString& text);
    void showHits(const QList<DocumentHit>& hits, const QString& query);

    DatabaseWorker& m_worker;
    QLineEdit* m_query;
    QLabel* m_summary;
    QLabel* m_empty;
    QStackedWidget* m_pages;
    QTableView* m_view;
    DocumentHitsModel* m_model;
    QTimer* m_typing;
    qint64 m_tenderId = 0;
    int m_bidsOpened = 0;
    QString m_shownQuery; // the query of the places listed
    int m_generation = 0;
};

} // namespace td::ui
