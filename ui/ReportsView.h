#pragma once

#include "domain/Error.h"
#include "domain/Reports.h"
#include "ui/VaultPage.h"

#include <vector>

class QComboBox;
class QLabel;
class QProgressDialog;
class QDateEdit;
class QTabWidget;
class QTableWidget;

namespace quittance::ui {

class VaultWorker;

// Aging, revenue (per month) and the tax summary for a chosen period, each
// one aggregate query, with CSV export of the table shown. On a large vault
// the queries take seconds, so they run on a worker thread under the
// controller's busy rule (see VaultController) with a window-modal progress
// dialog (VaultWorker); Cancel stops the running query
// (ReportService::interrupt) and keeps the tables as they were.
class ReportsView : public VaultPage {
    Q_OBJECT
public:
    explicit ReportsView(VaultController& controller, QWidget* parent = nullptr);
    ~ReportsView() override;
    // Starts computing the reports; returns at once (isRunning() until done).
    void reload() override;
    void clear() override;
    bool isRunning() const;
    // Stops a running computation (the Cancel button of the progress dialog).
    void cancel();
    QProgressDialog* progressDialog() const { return m_progress; }
    // CSV of the current tab (RFC 4180 quoting).
    QString currentCsv() const;

public Q_SLOTS:
    void exportCsv();

Q_SIGNALS:
    // The computation started by reload() ended (also when cancelled or failed).
    void finished();

protected:
    // Another page is shown while the reports run (before the progress
    // dialog appears): stop them so that page can query at once; the tables
    // keep the previous result.
    void hideEvent(QHideEvent* event) override;

private:
    struct Data {
        std::vector<domain::AgingRow> aging;
        std::vector<domain::RevenueRow> revenue;
        std::vector<domain::TaxSummaryRow> tax;
        bool cancelled = false;
    };
    void showResult(const domain::Result<Data>& result);
    void waitForWorker();

    VaultWorker* m_worker = nullptr;
    QProgressDialog* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_aging = nullptr;
    QTableWidget* m_revenue = nullptr;
    QTableWidget* m_tax = nullptr;
};

} // namespace quittance::ui
