#pragma once

#include "domain/AllowanceCharge.h"

#include "ui/CopyTableModel.h"

#include <QList>

namespace quittance::ui {

// The document editor's table of document-level allowances and charges,
// edited in place like the line table (see CopyTableModel): edits are
// reported through edited(). Whether the values make a valid allowance or
// charge is the domain's check, shown by the editor. The kind (allowance or
// charge) is fixed when the row is added.
class AllowanceChargeModel : public CopyTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Reason, Amount, TaxCategory, TaxRate, ColumnCount };

    explicit AllowanceChargeModel(QObject* parent = nullptr);

    void setItems(const QList<domain::AllowanceCharge>& items);
    const QList<domain::AllowanceCharge>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void edited(int row, const quittance::domain::AllowanceCharge& item);

protected:
    bool isEditableColumn(int column) const override { return column != Kind; }

private:
    QList<domain::AllowanceCharge> m_items;
};

} // namespace quittance::ui
