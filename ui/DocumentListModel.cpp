#include "ui/DocumentListModel.h"
#include "ui/ThemeColors.h"

#include "domain/DocumentLifecycle.h"
#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace quittance::ui {

DocumentListModel::DocumentListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate()) {}

void DocumentListModel::setSource(ListFn list, CountFn count) {
    m_list = std::move(list);
    m_count = std::move(count);
    refresh();
}

void DocumentListModel::setFilter(const domain::DocumentFilter& filter) {
    m_filter = filter;
    refresh();
}

void DocumentListModel::refresh() {
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_rows = 0;
    if (m_count) {
        const qint64 n = m_count(m_filter);
        m_rows = static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
    }
    endResetModel();
    // Read the first page now rather than in the middle of the next paint.
    if (m_rows > 0)
        page(0);
}

void DocumentListModel::clear() {
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_rows = 0;
    m_list = {};
    m_count = {};
    endResetModel();
}

const std::vector<domain::DocumentSummary>* DocumentListModel::page(int pageIndex) const {
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_lru.remove(pageIndex);
        m_lru.push_front(pageIndex);
        return &it->second;
    }
    if (!m_list)
        return nullptr;
    domain::DocumentFilter f = m_filter;
    f.limit = kPageSize;
    f.offset = pageIndex * kPageSize;
    auto inserted = m_pages.emplace(pageIndex, m_list(f)).first;
    m_lru.push_front(pageIndex);
    while (static_cast<int>(m_lru.size()) > kMaxPages) {
        m_pages.erase(m_lru.back());
        m_lru.pop_back();
    }
    return &inserted->second;
}

const domain::DocumentSummary* DocumentListModel::summaryAt(int row) const {
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto* rows = page(row / kPageSize);
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    if (!rows || offset >= rows->size())
        return nullptr;
    return &(*rows)[offset];
}

int DocumentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int DocumentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::DocumentSummary* s = summaryAt(index.row());
    if (!s)
        return {};
    const bool overdue =
        domain::DocumentLifecycle::isOverdue(s->type, s->status, s->dueDate, m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return s->number.isEmpty() ? tr("(draft)") : s->number;
        case Type:
            return Format::type(s->type);
        case Status:
            return overdue ? tr("Overdue") : Format::status(s->status);
        case Client:
            return s->clientName;
        case IssueDate:
            return s->issueDate.isValid() ? s->issueDate.toString(Qt::ISODate) : QString();
        case DueDate:
            return s->dueDate.isValid() ? s->dueDate.toString(Qt::ISODate) : QString();
        case Total:
            return Format::money(s->grossMinor, s->currency);
        case Open:
            return s->status == domain::DocumentStatus::Draft
                       ? QString()
                       : Format::money(s->openMinor(), s->currency);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Open)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(ThemeColors::error(QGuiApplication::palette(), QPalette::Base));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == Status) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return overdue ? tr("Overdue since %1").arg(s->dueDate.toString(Qt::ISODate)) : QVariant();
    case IdRole:
        return s->id;
    case OverdueRole:
        return overdue;
    case StatusRole:
        return static_cast<int>(s->status);
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Client:
        return tr("Client");
    case IssueDate:
        return tr("Issue date");
    case DueDate:
        return tr("Due date");
    case Total:
        return tr("Total");
    case Open:
        return tr("Open");
    default:
        return {};
    }
}

void DocumentListModel::sort(int column, Qt::SortOrder order) {
    using Sort = domain::DocumentFilter::Sort;
    const bool asc = order == Qt::AscendingOrder;
    switch (column) {
    case Number:
        m_filter.sort = asc ? Sort::NumberAsc : Sort::NumberDesc;
        break;
    case Client:
        m_filter.sort = Sort::ClientAsc;
        break;
    case Total:
        m_filter.sort = Sort::TotalDesc;
        break;
    default:
        m_filter.sort = asc ? Sort::IssueDateAsc : Sort::IssueDateDesc;
        break;
    }
    refresh();
}

} // namespace quittance::ui
