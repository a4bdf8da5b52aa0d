#include "ui/LineTableModel.h"

#include "ui/Format.h"

namespace quittance::ui {

LineTableModel::LineTableModel(QObject* parent)
    : CopyTableModel(ColumnCount, parent) {}

void LineTableModel::setLines(const QList<domain::DocumentLine>& lines,
                              const QList<domain::Money>& netAmounts) {
    m_net = netAmounts;
    replaceRows(m_lines, lines);
}

int LineTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
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
    if (!acceptsEdit(index, role))
        return false;
    domain::DocumentLine l = m_lines.at(index.row());
    const QString text = value.toString().trimmed();
    bool parsed = true;
    switch (index.column()) {
    case Description:
        l.description = text;
        break;
    case Unit:
        l.unitCode = text.toUpper();
        break;
    case Quantity:
        parsed = parseDecimal(text, l.quantity);
        break;
    case UnitPrice:
        parsed = parseDecimal(text, l.unitPrice);
        break;
    case TaxRate:
        parsed = parseDecimal(text, l.taxRate);
        break;
    case TaxCategory:
        parsed = parseTaxCategory(text, l.taxCategory, l.taxRate);
        break;
    default:
        return false;
    }
    if (!parsed || l == m_lines.at(index.row()))
        return false;
    Q_EMIT lineEdited(index.row(), l);
    return true;
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
