#include "tenderlistmodel.h"

#include "tenderpageloader.h"

namespace td {

TenderListModel::TenderListModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_worker(std::make_unique<DatabaseWorker>(database, QStringLiteral("tender list")))
{
    refresh();
}

TenderListModel::~TenderListModel()
{
    m_worker.reset();
}

int TenderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int TenderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : tenderColumnCount;
}

QVariant TenderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (TenderColumn(section)) {
    case TenderColumn::Reference:
        return tr("Reference");
    case TenderColumn::Title:
        return tr("Title");
    case TenderColumn::Buyer:
        return tr("Buyer");
    case TenderColumn::Category:
        return tr("Category");
    case TenderColumn::Method:
        return tr("Method");
    case TenderColumn::Status:
        return tr("Status");
    case TenderColumn::Budget:
        return tr("Budget ceiling");
    case TenderColumn::Published:
        return tr("Published");
    case TenderColumn::BidDeadline:
        return tr("Bid deadline");
    }
    return {};
}

const TenderRow* TenderListModel::rowAt(int row) const
{
    const int page = row / pageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        requestPage(page);
        return nullptr;
    }
    const qsizetype offset = row % pageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QVariant TenderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenderRow* r = rowAt(index.row());
    const auto column = TenderColumn(index.column());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r) {
        if (role == Qt::DisplayRole && column == TenderColumn::Title)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case TenderIdRole:
        return r->id;
    case Qt::TextAlignmentRole:
        if (column == TenderColumn::Budget)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return column == TenderColumn::Title ? QVariant(r->title) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    switch (column) {
    case TenderColumn::Reference:
        return r->reference;
    case TenderColumn::Title:
        return r->title;
    case TenderColumn::Buyer:
        return r->buyerName;
    case TenderColumn::Category:
        return nameOf(r->category);
    case TenderColumn::Method:
        return nameOf(r->method);
    case TenderColumn::Status:
        return nameOf(r->status);
    case TenderColumn::Budget:
        return r->budget.toDisplayString();
    case TenderColumn::Published:
        return r->publishedAt.isValid() ? r->publishedAt.toLocalTime().toString(dateFormat)
                                        : QString();
    case TenderColumn::BidDeadline:
        return r->bidDeadline.isValid() ? r->bidDeadline.toLocalTime().toString(dateFormat)
                                        : QString();
    }
    return {};
}

void TenderListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= tenderColumnCount)
        return;
    const TenderOrder wanted{TenderColumn(column), order};
    if (wanted == m_order)
        return;
    m_order = wanted;
    refresh();
}

void TenderListModel::setFilter(const TenderFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

qint64 TenderListModel::tenderId(int row) const
{
    if (row < 0 || row >= m_total)
        return 0;
    const TenderRow* r = rowAt(row);
    return r ? r->id : 0;
}

void TenderListModel::refresh()
{
    const bool wasLoading = isLoading();
    const int generation = ++m_generation;
    m_latest->store(generation);
    m_countPending = true;
    const auto latest = m_latest;
    const int size = pageSize;
    auto loader = std::make_shared<TenderPageLoader>(
        TenderQuery(m_database.dialect(), m_filter, m_order), size);
    m_worker->run<qint64>(
        this,
        [loader, latest, generation](QSqlDatabase db) -> qint64 {
            if (latest->load() != generation)
                return -1;
            return loader->query().count(db);
        },
        [this, generation](qint64 total) { onCounted(generation, total); },
        [this, generation](const QString& message) { onFailed(generation, message); });
    m_loader = loader;
    setLoading(wasLoading);
}

void TenderListModel::requestPage(int page) const
{
    m_lastRequestedPage->store(page);
    if (m_rowsGeneration != m_generation || m_pendingPages.contains(page))
        return;
    auto* self = const_cast<TenderListModel*>(this);
    const bool wasLoading = isLoading();
    m_pendingPages.insert(page);
    const int generation = m_generation;
    const auto latest = m_latest;
    const auto lastRequested = m_lastRequestedPage;
    const auto loader = m_loader;
    m_worker->run<std::optional<QList<TenderRow>>>(
        self,
        [loader, latest, lastRequested, generation,
         page](QSqlDatabase db) -> std::optional<QList<TenderRow>> {
            if (latest->load() != generation ||
                std::abs(page - lastRequested->load()) > stalePageDistance)
                return std::nullopt;
            return loader->load(db, page);
        },
        [self, generation, page](const std::optional<QList<TenderRow>>& rows) {
            self->onPageLoaded(generation, page, rows);
        },
        [self, generation](const QString& message) { self->onFailed(generation, message); });
    self->setLoading(wasLoading);
}

void TenderListModel::onCounted(int generation, qint64 total)
{
    if (generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    beginResetModel();
    m_total = qMin<qint64>(total, std::numeric_limits<int>::max());
    m_rowsGeneration = generation;
    m_countPending = false;
    m_pages.clear();
    m_recentPages.clear();
    m_pendingPages.clear();
    endResetModel();
    Q_EMIT totalChanged(m_total);
    setLoading(wasLoading);
}

void TenderListModel::onPageLoaded(int generation, int page,
                                   const std::optional<QList<TenderRow>>& rows)
{
    if (generation != m_rowsGeneration || generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    m_pendingPages.remove(page);
    if (!rows) { // skipped: the view had moved on; it asks again if it comes back
        setLoading(wasLoading);
        return;
    }
    m_pages.insert(page, *rows);
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    while (m_recentPages.size() > maxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    if (!rows->isEmpty()) {
        const int first = page * pageSize;
        const int last = qMin<int>(first + int(rows->size()), int(m_total)) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, tenderColumnCount - 1));
    }
    Q_EMIT pageLoaded(page);
    setLoading(wasLoading);
}

void TenderListModel::onFailed(int generation, const QString& message)
{
    if (generation != m_generation)
        return;
    const bool wasLoading = isLoading();
    m_countPending = false;
    m_pendingPages.clear();
    Q_EMIT errorOccurred(message);
    setLoading(wasLoading);
}

void TenderListModel::setLoading(bool wasLoading)
{
    if (wasLoading != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

} // namespace td
