#include "ui/LineTableModel.h"

#include "ui/CellInput.h"
#include "ui/Format.h"

namespace quittance::ui {

LineTableModel::LineTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void LineTableModel::setLines(const QList<domain::DocumentLine>& lines,
                              const QList<domain::Money>& netAmounts) {
    if (lines.size() == m_lines.size()) {
        m_lines = lines;
        m_net = netAmounts;
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_lines = lines;
    m_net = netAmounts;
    endResetModel();
}

int LineTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LineTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::DocumentLine& l = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Description:
            return l.description;
        case Quantity:
            return l.quantity.toString();
        case Unit:
            return l.unitCode;
        case UnitPrice:
            return role == Qt::EditRole ? l.unitPrice.toString() : l.unitPrice.toString(2);
        case TaxCategory:
            return domain::taxCategoryCode(l.taxCategory);
        case TaxRate:
            return l.taxRate.toString();
        case Net:
            return index.row() < m_net.size() ? Format::money(m_net.at(index.row())) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Description && index.column() != Unit)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TaxCategory)
        return Format::taxCategory(l.taxCategory);
    return {};
}

bool LineTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    domain::DocumentLine l = m_lines.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Description:
        l.description = text;
        break;
    case Unit:
        l.unitCode = text.toUpper();
        break;
    case Quantity:
    case UnitPrice:
    case TaxRate: {
        auto d = CellInput::decimal(text);
        if (!d) {
            Q_EMIT inputRejected(d.error().message);
            return false;
        }
        if (index.column() == Quantity)
            l.quantity = *d;
        else if (index.column() == UnitPrice)
            l.unitPrice = *d;
        else
            l.taxRate = *d;
        break;
    }
    case TaxCategory: {
        auto c = CellInput::taxCategory(text);
        if (!c) {
            Q_EMIT inputRejected(c.error().message);
            return false;
        }
        l.taxCategory = *c;
        if (l.taxCategory != domain::TaxCategory::StandardRate)
            l.taxRate = {};
        break;
    }
    default:
        return false;
    }
    if (l == m_lines.at(index.row()))
        return false;
    Q_EMIT lineEdited(index.row(), l);
    return true;
}

Qt::ItemFlags LineTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != Net)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LineTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case UnitPrice:
        return tr("Unit price");
    case TaxCategory:
        return tr("Tax");
    case TaxRate:
        return tr("Rate %");
    case Net:
        return tr("Net");
    default:
        return {};
    }
}

} // namespace quittance::ui
