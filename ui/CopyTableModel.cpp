#include "ui/CopyTableModel.h"

namespace quittance::ui {

CopyTableModel::CopyTableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns) {}

int CopyTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags CopyTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && isEditableColumn(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool CopyTableModel::acceptsEdit(const QModelIndex& index, int role) const {
    return role == Qt::EditRole && !m_readOnly &&
           checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) &&
           isEditableColumn(index.column());
}

bool CopyTableModel::parseDecimal(const QString& text, domain::Decimal& out) {
    QString normal = text.trimmed();
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    auto d = domain::Decimal::parse(normal);
    if (!d) {
        Q_EMIT inputRejected(
            tr("“%1” is not a number (use digits and a decimal point).").arg(text.trimmed()));
        return false;
    }
    out = *d;
    return true;
}

bool CopyTableModel::parseTaxCategory(const QString& text, domain::TaxCategory& category,
                                      domain::Decimal& rate) {
    auto c = domain::parseTaxCategory(text.trimmed().toUpper());
    if (!c) {
        Q_EMIT inputRejected(tr("Use one of the tax category codes S, Z, E, AE, K, G, O."));
        return false;
    }
    category = *c;
    if (category != domain::TaxCategory::StandardRate)
        rate = {};
    return true;
}

} // namespace quittance::ui
