#include "ui/AllowanceChargeModel.h"

#include "ui/CellInput.h"
#include "ui/Format.h"

namespace quittance::ui {

using domain::AllowanceCharge;

AllowanceChargeModel::AllowanceChargeModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AllowanceChargeModel::setItems(const QList<AllowanceCharge>& items) {
    if (items.size() == m_items.size()) {
        m_items = items;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

int AllowanceChargeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AllowanceChargeModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllowanceChargeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AllowanceCharge& ac = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Kind:
            return ac.isCharge() ? tr("Charge") : tr("Allowance");
        case Reason:
            return ac.reason;
        case Amount:
            return ac.amount.toString();
        case TaxCategory:
            return domain::taxCategoryCode(ac.taxCategory);
        case TaxRate:
            return ac.taxRate.toString();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == TaxRate))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TaxCategory)
        return Format::taxCategory(ac.taxCategory);
    return {};
}

bool AllowanceChargeModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AllowanceCharge ac = m_items.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Reason:
        ac.reason = text;
        break;
    case Amount: {
        // The sign comes from the kind (allowance or charge), never the amount.
        auto d = CellInput::decimal(text);
        if (!d || d->isNegative()) {
            Q_EMIT inputRejected(tr("Enter the amount as a positive number, e.g. 25.00."));
            return false;
        }
        auto money = domain::Money::fromDecimal(*d, ac.amount.currency());
        if (!money) {
            Q_EMIT inputRejected(tr("The amount has more decimals than %1 allows.")
                                     .arg(ac.amount.currency().code()));
            return false;
        }
        ac.amount = *money;
        break;
    }
    case TaxCategory: {
        auto c = CellInput::taxCategory(text);
        if (!c) {
            Q_EMIT inputRejected(c.error().message);
            return false;
        }
        ac.taxCategory = *c;
        if (ac.taxCategory != domain::TaxCategory::StandardRate)
            ac.taxRate = {};
        break;
    }
    case TaxRate: {
        auto d = CellInput::decimal(text);
        if (!d) {
            Q_EMIT inputRejected(d.error().message);
            return false;
        }
        ac.taxRate = *d;
        break;
    }
    default:
        return false;
    }
    if (ac == m_items.at(index.row()))
        return false;
    Q_EMIT edited(index.row(), ac);
    return true;
}

Qt::ItemFlags AllowanceChargeModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != Kind)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AllowanceChargeModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Reason:
        return tr("Reason");
    case Amount:
        return tr("Amount");
    case TaxCategory:
        return tr("Tax");
    case TaxRate:
        return tr("Rate %");
    default:
        return {};
    }
}

} // namespace quittance::ui
