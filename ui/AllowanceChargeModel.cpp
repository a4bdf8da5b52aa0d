#include "ui/AllowanceChargeModel.h"

#include "ui/Format.h"

namespace quittance::ui {

using domain::AllowanceCharge;

AllowanceChargeModel::AllowanceChargeModel(QObject* parent)
    : CopyTableModel(ColumnCount, parent) {}

void AllowanceChargeModel::setItems(const QList<AllowanceCharge>& items) {
    replaceRows(m_items, items);
}

int AllowanceChargeModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
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
    if (!acceptsEdit(index, role))
        return false;
    AllowanceCharge ac = m_items.at(index.row());
    const QString text = value.toString().trimmed();
    bool parsed = true;
    switch (index.column()) {
    case Reason:
        ac.reason = text;
        break;
    case Amount: {
        // The sign comes from the kind (allowance or charge), never the amount.
        domain::Decimal d;
        if (!parseDecimal(text, d))
            return false;
        auto money = domain::Money::fromDecimal(d, ac.amount.currency());
        if (d.isNegative() || !money) {
            Q_EMIT inputRejected(tr("Enter the amount as a positive number with at most %n "
                                    "decimal(s), e.g. 25.00.",
                                    nullptr, ac.amount.currency().exponent()));
            return false;
        }
        ac.amount = *money;
        break;
    }
    case TaxCategory:
        parsed = parseTaxCategory(text, ac.taxCategory, ac.taxRate);
        break;
    case TaxRate:
        parsed = parseDecimal(text, ac.taxRate);
        break;
    default:
        return false;
    }
    if (!parsed || ac == m_items.at(index.row()))
        return false;
    Q_EMIT edited(index.row(), ac);
    return true;
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
