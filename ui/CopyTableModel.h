#pragma once

#include "domain/Decimal.h"
#include "domain/TaxCategory.h"

#include <QAbstractTableModel>
#include <QList>

namespace quittance::ui {

// Base of the document editor's editable tables (lines, allowances and
// charges). Each shows a copy of rows of the in-memory document; an edit
// does not change the copy but is reported by the subclass's signal so the
// editor pushes it onto its undo stack and hands the rows back. Input that
// does not parse is refused and reported through inputRejected().
class CopyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    CopyTableModel(int columns, QObject* parent = nullptr);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void inputRejected(const QString& message);

protected:
    virtual bool isEditableColumn(int column) const = 0;
    // An edit of `index` may be taken (edit role, writable, valid index).
    bool acceptsEdit(const QModelIndex& index, int role) const;
    // A number with a decimal point or comma into `out`; else reported.
    bool parseDecimal(const QString& text, domain::Decimal& out);
    // A tax category code into `category`; any rate but the standard one's
    // is cleared. Else reported.
    bool parseTaxCategory(const QString& text, domain::TaxCategory& category,
                          domain::Decimal& rate);

    // Replaces the shown rows: a reset when their number changes, else one
    // dataChanged (an open cell editor survives typing elsewhere).
    template <typename T>
    void replaceRows(QList<T>& rows, const QList<T>& next) {
        if (next.size() != rows.size()) {
            beginResetModel();
            rows = next;
            endResetModel();
            return;
        }
        rows = next;
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0),
                               index(static_cast<int>(rows.size()) - 1, m_columns - 1));
    }

private:
    int m_columns;
    bool m_readOnly = false;
};

} // namespace quittance::ui
