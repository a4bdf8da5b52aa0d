#pragma once

#include "domain/Currency.h"
#include "domain/DocumentLine.h"
#include "domain/Money.h"

#include <QAbstractTableModel>
#include <QList>

namespace quittance::ui {

// The editable line table of the document editor. It shows a copy of the
// document's lines; an edit does not change the copy but emits lineEdited()
// so the editor can push it onto its undo stack and hand the lines back with
// setLines(). Invalid input (a quantity that does not parse) is refused and
// reported through inputRejected().
class LineTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Quantity, Unit, UnitPrice, TaxCategory, TaxRate, Net, ColumnCount };

    explicit LineTableModel(QObject* parent = nullptr);

    void setLines(const QList<domain::DocumentLine>& lines, const QList<domain::Money>& netAmounts);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    const QList<domain::DocumentLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void lineEdited(int row, const quittance::domain::DocumentLine& line);
    void inputRejected(const QString& message);

private:
    QList<domain::DocumentLine> m_lines;
    QList<domain::Money> m_net;
    bool m_readOnly = false;
};

} // namespace quittance::ui
