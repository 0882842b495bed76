#include "searchbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace td::ui {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    auto* label = new QLabel(tr("F&ind:"), this);
    label->setBuddy(m_text);
    m_text->setPlaceholderText(tr("Text in the document"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(220);
    m_text->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous hit (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous hit"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next hit (F3)"));
    m_next->setAccessibleName(tr("Next hit"));
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_message->setWordWrap(false);
    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_progress);
    layout->addWidget(m_message, 1);
    layout->addWidget(close);

    connect(m_previous, &QToolButton::clicked, this, [this] { submit(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { submit(false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

void SearchBar::activate()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

QString SearchBar::text() const
{
    return m_text->text();
}

void SearchBar::showSearch(const QString& text)
{
    m_text->setText(text);
    m_searched = text.trimmed();
    m_message->clear();
    m_count->clear();
    show();
}

void SearchBar::showProgress(int pagesSearched, int pageCount)
{
    m_progress->setRange(0, pageCount);
    m_progress->setValue(pagesSearched);
    m_progress->setVisible(pagesSearched < pageCount);
}

void SearchBar::showCount(int current, int count)
{
    //: the current search hit and how many there are, as in "3 / 17"
    m_count->setText(count > 0 ? tr("%1 / %2").arg(current + 1).arg(count) : QString());
    m_previous->setEnabled(count > 1);
    m_next->setEnabled(count > 1);
    if (count > 0)
        m_message->clear();
}

void SearchBar::showMessage(const QString& message)
{
    m_message->setText(message);
    m_progress->hide();
}

QString SearchBar::countText() const
{
    return m_count->text();
}

QString SearchBar::messageText() const
{
    return m_message->text();
}

void SearchBar::submit(bool backwards)
{
    const QString text = m_text->text().trimmed();
    if (text != m_searched || text.isEmpty()) {
        m_searched = text;
        m_message->clear();
        m_count->clear();
        Q_EMIT searchRequested(text);
    } else if (backwards) {
        Q_EMIT previousRequested();
    } else {
        Q_EMIT nextRequested();
    }
}

bool SearchBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            submit(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace td::ui
