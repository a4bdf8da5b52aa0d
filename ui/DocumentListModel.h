#pragma once

#include "domain/DocumentSummary.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>
#include <list>
#include <map>
#include <vector>

namespace quittance::ui {

// A document list over a paged source: rowCount() comes from one COUNT
// query, rows are read on demand a page (100) at a time and at most
// kMaxPages pages are kept (least recently used dropped), so a 100k-document
// vault scrolls without ever loading everything. The source is a function
// (DocumentService::list in the app, anything in tests).
class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Type, Status, Client, IssueDate, DueDate, Total, Open, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 20;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int StatusRole = Qt::UserRole + 3;

    using ListFn =
        std::function<std::vector<domain::DocumentSummary>(const domain::DocumentFilter&)>;
    using CountFn = std::function<qint64(const domain::DocumentFilter&)>;

    explicit DocumentListModel(QObject* parent = nullptr);

    void setSource(ListFn list, CountFn count);
    void setFilter(const domain::DocumentFilter& filter);
    const domain::DocumentFilter& filter() const { return m_filter; }
    void setToday(QDate today) { m_today = today; }
    // Re-reads the count and drops cached pages.
    void refresh();
    // Drops every row and the source (on lock).
    void clear();
    const domain::DocumentSummary* summaryAt(int row) const;
    int cachedPages() const { return static_cast<int>(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    const std::vector<domain::DocumentSummary>* page(int pageIndex) const;

    ListFn m_list;
    CountFn m_count;
    domain::DocumentFilter m_filter;
    QDate m_today;
    int m_rows = 0;
    mutable std::map<int, std::vector<domain::DocumentSummary>> m_pages;
    mutable std::list<int> m_lru;
};

} // namespace quittance::ui
