#pragma once

#include "ui/VaultPage.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace quittance::ui {

// The audit log: newest entries first (the last 1000, or all matching an
// action prefix), and "Verify integrity" with the result and the first bad
// entry; an extract of the entries between two dates exported as CSV.
class AuditLogView : public VaultPage {
    Q_OBJECT
public:
    explicit AuditLogView(VaultController& controller, QWidget* parent = nullptr);
    void reload() override;
    void clear() override;

public Q_SLOTS:
    void verify();
    void exportExtract();

private:
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_result = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace quittance::ui
