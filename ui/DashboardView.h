#pragma once

#include "ui/VaultPage.h"

class QLabel;
class QTableWidget;

namespace quittance::ui {

class RevenueChart;
class VaultWorker;

// Outstanding, overdue, revenue this month and year (in the profile's
// currency), the revenue chart and the latest documents, each from one
// aggregate or small query. At 100k documents these take tens of ms, so
// they run on a worker (VaultWorker, the reports' busy rule) without a
// dialog: the previous figures stay, with "Loading…" beside them, until the
// whole result is back; a reload asked for meanwhile runs once it is.
class DashboardView : public VaultPage {
    Q_OBJECT
public:
    explicit DashboardView(VaultController& controller, QWidget* parent = nullptr);
    ~DashboardView() override;
    // Starts loading the figures; returns at once (isRunning() until done).
    void reload() override;
    // Waits for (and interrupts) a running load, then drops every figure.
    void clear() override;
    bool isRunning() const;

Q_SIGNALS:
    void openInvoices();
    // A load started by reload() ended and its figures (or its error) are shown.
    void finished();

private:
    struct Figures;
    void showFigures(const Figures& figures);

    VaultWorker* m_worker = nullptr;
    bool m_reloadPending = false;
    QLabel* m_status = nullptr;
    QLabel* m_outstanding = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_month = nullptr;
    QLabel* m_year = nullptr;
    RevenueChart* m_chart = nullptr;
    QTableWidget* m_latest = nullptr;
};

} // namespace quittance::ui
