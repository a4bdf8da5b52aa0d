#pragma once

#include "ui/VaultPage.h"

class QComboBox;
class QDateEdit;
class QTabWidget;
class QTableWidget;

namespace quittance::ui {

// Aging, revenue (per month) and the tax summary for a chosen period, each
// one aggregate query, with CSV export of the table shown.
class ReportsView : public VaultPage {
    Q_OBJECT
public:
    explicit ReportsView(VaultController& controller, QWidget* parent = nullptr);
    void reload() override;
    void clear() override;
    // CSV of the current tab (RFC 4180 quoting).
    QString currentCsv() const;

public Q_SLOTS:
    void exportCsv();

private:
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_aging = nullptr;
    QTableWidget* m_revenue = nullptr;
    QTableWidget* m_tax = nullptr;
};

} // namespace quittance::ui
