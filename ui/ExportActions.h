#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace quittance::ui {

class VaultController;

// File > Export: all data as JSON (PortabilityService::exportJson) and the
// CSV files for an accountant (PortabilityService::exportCsv). Each asks for
// a target through MessageBoxService, runs on the UI thread with the
// controller busy (the views, the auto-lock and lockNow() wait; a large
// vault takes seconds), then reports the outcome in the status bar and a
// notice.
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(VaultController& controller, QMainWindow* window);

    // The "Export" submenu; its entries are enabled only while unlocked.
    QMenu* menu() const { return m_menu; }
    void setUnlocked(bool unlocked);

public Q_SLOTS:
    void exportJson();
    void exportCsv();

private:
    bool canRun() const;
    void reportFailure(const QString& title, const QString& message);
    void reportSuccess(const QString& title, const QString& message);

    VaultController& m_controller;
    QMainWindow* m_window;
    QMenu* m_menu = nullptr;
};

} // namespace quittance::ui
