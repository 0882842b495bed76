#pragma once

#include "databaseworker.h"
#include "tenderquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

namespace td {

class TenderPageLoader;

// The tender list over the store, for any number of tenders. The count and the pages load on
// a worker thread; data() answers from a sparse cache of pages and asks for a missing page,
// showing a placeholder until it arrives. Each new filter or sort starts a new generation:
// results of an older one are dropped when they arrive, and work not yet started for it is
// skipped, so typing in the search box never queues up stale queries.
class TenderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;   // about 16,000 rows in memory at most
    static constexpr int stalePageDistance = 4; // pages this far from the view's are skipped

    enum Role
    {
        TenderIdRole = Qt::UserRole + 1,
        LoadedRole
    };

    explicit TenderListModel(const Database& database, QObject* parent = nullptr);
    ~TenderListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const TenderFilter& filter);
    const TenderFilter& filter() const { return m_filter; }
    const TenderOrder& order() const { return m_order; }
    // Reads the count and the visible pages again (after the database changed).
    void refresh();

    // 0 while the row is not loaded.
    qint64 tenderId(int row) const;
    bool isLoading() const { return m_countPending || !m_pendingPages.isEmpty(); }
    // The count for the current filter and order has arrived.
    bool hasCount() const { return !m_countPending && m_rowsGeneration == m_generation; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void pageLoaded(int page);
    void errorOccurred(const QString& message);

private:
    const TenderRow* rowAt(int row) const;
    void requestPage(int page) const;
    void onCounted(int generation, qint64 total);
    void onPageLoaded(int generation, int page, const std::optional<QList<TenderRow>>& rows);
    void onFailed(int generation, const QString& message);
    void setLoading(bool wasLoading);

    const Database& m_database;
    TenderFilter m_filter;
    TenderOrder m_order;
    qint64 m_total = 0;
    int m_generation = 0;     // GUI thread's latest
    int m_rowsGeneration = 0; // generation of m_total and the cached pages
    bool m_countPending = false;
    // Shared with the worker's jobs, which skip themselves when they are stale.
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    // The page the view asked for last: a queued page far from it was scrolled past, and its
    // job skips itself (a fast drag of the scroll bar must not load every page on the way).
    std::shared_ptr<std::atomic<int>> m_lastRequestedPage = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<TenderPageLoader> m_loader; // touched only on the worker thread

    mutable QHash<int, QList<TenderRow>> m_pages;
    mutable QList<int> m_recentPages; // least recently used first
    mutable QSet<int> m_pendingPages;

    // Last member: destroyed first, so no job reports to a half-destroyed model.
    std::unique_ptr<DatabaseWorker> m_worker;
};

} // namespace td
