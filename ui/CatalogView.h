#pragma once

#include "ui/VaultPage.h"

class QCheckBox;
class QLineEdit;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;
class QAction;

namespace quittance::ui {

// The clients or the products page: a list (catalogues are small, a few
// thousand at most, so one list query fills it), a filter box, add, edit,
// archive/unarchive and delete, CSV import and (clients) anonymise.
class CatalogView : public VaultPage {
    Q_OBJECT
public:
    enum class Kind { Clients, Products };
    CatalogView(VaultController& controller, Kind kind, QWidget* parent = nullptr);

    void reload() override;
    void clear() override;
    QTableView* table() const { return m_table; }

public Q_SLOTS:
    void addItem();
    void editSelected();
    void toggleArchived();
    void removeSelected();
    // CSV import with a preview and per-row problems; all or nothing.
    void importCsv();
    // Clients only: replaces the personal data (refused, with the retention
    // explanation, once an issued document names the client).
    void anonymiseSelected();

Q_SIGNALS:
    void dataChanged();

private:
    QString selectedId() const;

    Kind m_kind;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showArchived = nullptr;
};

} // namespace quittance::ui
