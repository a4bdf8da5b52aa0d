#pragma once

#include "domain/AllowanceCharge.h"

#include <QAbstractTableModel>
#include <QList>

namespace quittance::ui {

// The document editor's table of document-level allowances and charges,
// edited in place like the line table: an edit does not change the shown
// copy but emits edited() so the editor pushes it onto its undo stack and
// hands the list back with setItems(). Input that does not parse is refused
// and reported through inputRejected(); whether the values make a valid
// allowance or charge is the domain's check, shown by the editor.
class AllowanceChargeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Reason, Amount, TaxCategory, TaxRate, ColumnCount };

    explicit AllowanceChargeModel(QObject* parent = nullptr);

    void setItems(const QList<domain::AllowanceCharge>& items);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    const QList<domain::AllowanceCharge>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void edited(int row, const quittance::domain::AllowanceCharge& item);
    void inputRejected(const QString& message);

private:
    QList<domain::AllowanceCharge> m_items;
    bool m_readOnly = false;
};

} // namespace quittance::ui
