#pragma once

#include "ui/VaultPage.h"

class QLabel;
class QTableWidget;

namespace quittance::ui {

class RevenueChart;

// Outstanding, overdue, revenue this month and year (in the profile's
// currency), the revenue chart and the latest documents, each from one
// aggregate or small query.
class DashboardView : public VaultPage {
    Q_OBJECT
public:
    explicit DashboardView(VaultController& controller, QWidget* parent = nullptr);
    void reload() override;
    void clear() override;

Q_SIGNALS:
    void openInvoices();

private:
    QLabel* m_outstanding = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_month = nullptr;
    QLabel* m_year = nullptr;
    RevenueChart* m_chart = nullptr;
    QTableWidget* m_latest = nullptr;
};

} // namespace quittance::ui
