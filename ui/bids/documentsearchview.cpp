#include "documentsearchview.h"

#include "documenthitsmodel.h"
#include "matchdelegate.h"
#include "store/databaseworker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace td::ui {

namespace {
// Long enough not to search after every character typed, short enough to feel live.
constexpr int typingPauseMs = 300;
} // namespace

DocumentSearchView::DocumentSearchView(DatabaseWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_worker(worker)
    , m_query(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_model(new DocumentHitsModel(this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("documentSearch"));
    m_query->setObjectName(QStringLiteral("documentQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Words, a name, an author…"));
    auto* label = new QLabel(tr("&Search bid documents:"), this);
    label->setBuddy(m_query);
    m_summary->setObjectName(QStringLiteral("documentSearchSummary"));
    m_summary->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("documentSearchEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    m_view->setObjectName(QStringLiteral("documentHits"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DocumentHitsModel::PassageColumn,
                                     new MatchDelegate(DocumentHitsModel::MatchStartRole,
                                                       DocumentHitsModel::MatchLengthRole, m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // Enter on a place opens it, as a double click does.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT hitActivated(m_model->hits().at(index.row()), m_shownQuery);
    });

    auto* hitsPage = new QWidget(this);
    auto* hitsLayout = new QVBoxLayout(hitsPage);
    hitsLayout->setContentsMargins(0, 0, 0, 0);
    hitsLayout->addWidget(m_summary);
    hitsLayout->addWidget(m_view, 1);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(hitsPage);

    auto* queryRow = new QHBoxLayout;
    queryRow->addWidget(label);
    queryRow->addWidget(m_query, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addWidget(m_pages, 1);
    setTabOrder(m_query, m_view);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &DocumentSearchView::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &DocumentSearchView::searchNow);
    setTender(0, 0);
}

void DocumentSearchView::setTender(qint64 tenderId, int bidsOpened)
{
    const bool sameResults = tenderId == m_tenderId && bidsOpened == m_bidsOpened;
    m_tenderId = tenderId;
    m_bidsOpened = bidsOpened;
    m_query->setEnabled(bidsOpened > 0);
    if (!sameResults || m_model->rowCount() == 0)
        searchNow();
}

void DocumentSearchView::search(const QString& query)
{
    m_query->setText(query);
    searchNow();
}

void DocumentSearchView::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString DocumentSearchView::stateText() const
{
    return showsHits() ? m_summary->text() : m_empty->text();
}

bool DocumentSearchView::showsHits() const
{
    return m_pages->currentIndex() == 1;
}

void DocumentSearchView::searchNow()
{
    m_typing->stop();
    const int generation = ++m_generation;
    const QString query = m_query->text().trimmed();
    if (m_bidsOpened == 0) {
        m_model->setHits({});
        showEmpty(tr("No bid opened yet. The text and metadata of the bid documents can be "
                     "searched once the bids are opened."));
        Q_EMIT searched();
        return;
    }
    if (query.isEmpty()) {
        m_model->setHits({});
        showEmpty(tr("Type words to find them in the text and metadata (author, creator tool, "
                     "title…) of the documents of the %n opened bid(s).",
                     nullptr, m_bidsOpened));
        Q_EMIT searched();
        return;
    }
    const QString searching = tr("Searching for “%1”…").arg(query);
    m_summary->setText(searching);
    if (!showsHits())
        m_empty->setText(searching);
    const qint64 tenderId = m_tenderId;
    m_worker.run<QList<DocumentHit>>(
        this,
        [tenderId, query](QSqlDatabase db) {
            return searchBidDocuments(db, tenderId, query, hitLimit);
        },
        [this, generation, query](const QList<DocumentHit>& hits) {
            if (generation != m_generation)
                return; // a newer query is on its way
            showHits(hits, query);
            Q_EMIT searched();
        },
        [this, generation](const QString& message) {
            if (generation != m_generation)
                return;
            m_model->setHits({});
            showEmpty(message);
            Q_EMIT searched();
        });
}

void DocumentSearchView::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_pages->setCurrentWidget(m_empty);
}

void DocumentSearchView::showHits(const QList<DocumentHit>& hits, const QString& query)
{
    m_shownQuery = query;
    m_model->setHits(hits);
    if (hits.isEmpty()) {
        showEmpty(tr("No document mentions “%1”. Check the spelling, or search for fewer words.")
                      .arg(query));
        return;
    }
    if (hits.size() >= hitLimit)
        m_summary->setText(tr("The first %1 places that mention “%2”: search for more words to "
                              "narrow them down.")
                               .arg(hitLimit)
                               .arg(query));
    else
        m_summary->setText(tr("%n place(s) mention “%1”. Double-click one to read it in its "
                              "document.",
                              nullptr, int(hits.size()))
                               .arg(query));
    for (int c = 0; c < DocumentHitsModel::PassageColumn; ++c)
        m_view->resizeColumnToContents(c);
    m_pages->setCurrentIndex(1);
}

} // namespace td::ui
