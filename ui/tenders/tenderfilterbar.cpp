#include "tenderfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace td::ui {

TenderFilterBar::TenderFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_buyer(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search titles and descriptions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("tenderSearch"));
    m_search->setMinimumWidth(260);

    m_status->addItem(tr("All statuses"), QString());
    for (TenderStatus s : Codes<TenderStatus>::all())
        m_status->addItem(nameOf(s), codeOf(s));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_category->addItem(tr("All categories"), QString());
    for (TenderCategory c : Codes<TenderCategory>::all())
        m_category->addItem(nameOf(c), codeOf(c));
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_buyer->addItem(tr("All buyers"), qint64(0));
    m_buyer->setObjectName(QStringLiteral("buyerFilter"));
    m_year->addItem(tr("All years"), 0);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    m_count->setMinimumWidth(120);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    for (QComboBox* box : {m_status, m_category, m_buyer, m_year}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &TenderFilterBar::emitChanged);
    }
    layout->addWidget(m_count, 1, Qt::AlignRight);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &TenderFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TenderFilterBar::emitChanged);
}

TenderFilter TenderFilterBar::filter() const
{
    TenderFilter f;
    f.text = m_search->text().trimmed();
    f.status = m_status->currentData().toString();
    f.category = m_category->currentData().toString();
    f.buyerId = m_buyer->currentData().toLongLong();
    f.year = m_year->currentData().toInt();
    return f;
}

void TenderFilterBar::setBuyers(const QList<Organization>& buyers)
{
    const qint64 current = m_buyer->currentData().toLongLong();
    const QSignalBlocker blocker(m_buyer);
    m_buyer->clear();
    m_buyer->addItem(tr("All buyers"), qint64(0));
    for (const Organization& o : buyers)
        m_buyer->addItem(o.shortName, o.id);
    m_buyer->setCurrentIndex(qMax(0, m_buyer->findData(current)));
}

void TenderFilterBar::setYears(int first, int last)
{
    const int current = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int year = last; first > 0 && year >= first; --year)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
}

void TenderFilterBar::setResultCount(qint64 count, bool loading)
{
    m_count->setText(loading ? tr("Searching…") : tr("%1 tenders").arg(QLocale().toString(count)));
}

void TenderFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TenderFilterBar::emitChanged()
{
    m_debounce.stop();
    Q_EMIT filterChanged(filter());
}

} // namespace td::ui
