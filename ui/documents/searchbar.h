#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QToolButton;

namespace td::ui {

// The find bar under the pages: the text, previous and next, "3 / 17", the progress of a
// search and a sentence when nothing is found. Enter searches, or goes to the next hit when the
// text has not changed; Shift+Enter goes back; Escape closes the bar.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget* parent = nullptr);

    // Shows the bar and puts the cursor in the text, all of it selected.
    void activate();
    QString text() const;
    // Shows the bar holding `text` as the search already made (a search started elsewhere), so
    // that Enter moves to its next hit.
    void showSearch(const QString& text);

    // What Enter and Shift+Enter do: search for a changed text, else move to the next or
    // previous hit (F3 and Shift+F3 call these too).
    void findNext() { submit(false); }
    void findPrevious() { submit(true); }

    void showProgress(int pagesSearched, int pageCount);
    // current: 0-based, -1 for none.
    void showCount(int current, int count);
    void showMessage(const QString& message);

    // What the bar shows now ("3 / 17"; "“x” is not in the document.").
    QString countText() const;
    QString messageText() const;

Q_SIGNALS:
    void searchRequested(const QString& text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit(bool backwards);

    QLineEdit* m_text;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_count;
    QProgressBar* m_progress;
    QLabel* m_message;
    QString m_searched; // the text of the last search
};

} // namespace td::ui
