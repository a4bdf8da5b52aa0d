#pragma once

#include "domain/Currency.h"
#include "domain/DocumentLine.h"
#include "domain/Money.h"

#include "ui/CopyTableModel.h"

#include <QList>

namespace quittance::ui {

// The editable line table of the document editor. It shows a copy of the
// document's lines; an edit does not change the copy but emits lineEdited()
// so the editor can push it onto its undo stack and hand the lines back with
// setLines(). Invalid input (a quantity that does not parse) is refused and
// reported through inputRejected().
class LineTableModel : public CopyTableModel {
    Q_OBJECT
public:
    enum Column { Description, Quantity, Unit, UnitPrice, TaxCategory, TaxRate, Net, ColumnCount };

    explicit LineTableModel(QObject* parent = nullptr);

    void setLines(const QList<domain::DocumentLine>& lines, const QList<domain::Money>& netAmounts);
    const QList<domain::DocumentLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void lineEdited(int row, const quittance::domain::DocumentLine& line);

protected:
    bool isEditableColumn(int column) const override { return column != Net; }

private:
    QList<domain::DocumentLine> m_lines;
    QList<domain::Money> m_net;
};

} // namespace quittance::ui
