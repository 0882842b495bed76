#pragma once

#include "domain/tender.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

namespace td::ui {

// The tender form's page of the documents each bid must carry: kind, title and whether a bid
// without it is invalid. Like the rest of the form it shows a tender and hands every change
// to its owner as an edit (an undo step); it never changes the tender itself.
class BidDocumentsPage : public QWidget
{
    Q_OBJECT

public:
    using Edit =
        std::function<void(const QString& text, const std::function<void(Tender&)>& change)>;

    explicit BidDocumentsPage(Edit edit, QWidget* parent = nullptr);

    void showDocuments(const QList<BidDocumentRequirement>& documents);
    QTableWidget* table() const { return m_table; }

private:
    void addDocument();
    void removeDocument();
    void moveDocument(int by);
    void refreshButtons();

    Edit m_edit;
    QList<BidDocumentRequirement> m_documents; // as last shown
    bool m_refreshing = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

} // namespace td::ui
