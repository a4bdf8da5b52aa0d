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
//
// reload() only queues the load: the caller's own work on the UI thread
// (MainWindow::onUnlocked updates the status bar, a test goes on to the next
// action) runs before the worker makes the vault busy. Hiding the page (the
// user picks another one) drops a queued load and interrupts a running one,
// so the page being shown can query at once.
class DashboardView : public VaultPage {
    Q_OBJECT
public:
    explicit DashboardView(VaultController& controller, QWidget* parent = nullptr);
    ~DashboardView() override;
    // Queues loading the figures; returns at once (isLoading() until done).
    void reload() override;
    // Waits for (and interrupts) a running load, then drops every figure.
    void clear() override;
    // A load is queued or its worker runs.
    bool isLoading() const;
    // The worker runs (the vault is busy).
    bool isRunning() const;

Q_SIGNALS:
    void openInvoices();
    // A load started by reload() ended and its figures (or its error) are shown.
    void finished();

protected:
    void hideEvent(QHideEvent* event) override;

private:
    struct Figures;
    void startLoad();
    void stopLoad();
    void showFigures(const Figures& figures);

    VaultWorker* m_worker = nullptr;
    bool m_loadQueued = false;
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
