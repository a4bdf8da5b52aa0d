#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QStackedWidget;
class QMenu;

namespace quittance::ui {

class AutoLock;
class ClipboardGuard;
class ExportActions;
class FirstRunWizard;
class ScreenLockWatcher;
class UnlockDialog;
class VaultController;
class VaultPage;

// The main window: navigation, the pages, lock and auto-lock, the status
// bar. While locked it shows only a placeholder and the unlock dialog, and
// its title and status bar carry no vault data.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        Dashboard,
        Invoices,
        Quotes,
        Clients,
        Products,
        Reports,
        Audit,
        Settings,
        PageCount
    };

    explicit MainWindow(VaultController& controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the first-run wizard (no vault yet) or the unlock dialog.
    void start();
    void showPage(Page page);
    // The page, built on first use.
    VaultPage* page(Page page) { return ensurePage(page); }
    AutoLock& autoLock() const { return *m_autoLock; }
    ClipboardGuard& clipboard() const { return *m_clipboard; }
    UnlockDialog* unlockDialog() const;
    FirstRunWizard* wizard() const;
    bool isLocked() const;

public Q_SLOTS:
    void lockNow();
    // File > Back up now…: a save dialog, then BackupService::create.
    void backupNow();
    // File > Verify backup… / Restore backup… (BackupDialog); after a
    // restore the window offers to open the restored vault.
    void verifyBackup();
    void restoreBackup();
    // File > Sync now: one run with a progress dialog; the outcome goes to
    // the status bar (and a notice when it failed).
    void syncNow();
    // File > Erase vault…: EraseVaultDialog checks the passphrase; then the
    // vault is erased, the views cleared, the folder dropped from the recent
    // vaults and the first-run wizard shown.
    void eraseVault();
    void showUnlock(const QString& directory = {});
    void showWizard();
    void openVault();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    VaultPage* ensurePage(Page page);
    void onUnlocked();
    void onLocked();
    void updateStatus();
    void updateSyncStatus();
    // Runs the automatic backup if due, before the vault closes; a failure
    // stays visible in the status bar.
    void runAutomaticBackup();
    void rebuildRecentMenu();
    // Rejects every open dialog but the unlock dialog and the wizard.
    void closeVaultDialogs();
    void finishErase(const QString& directory);

    VaultController& m_controller;
    AutoLock* m_autoLock = nullptr;
    ClipboardGuard* m_clipboard = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_lockedPlaceholder = nullptr;
    QList<VaultPage*> m_pages;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_lockLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_eraseAction = nullptr;
    ExportActions* m_export = nullptr;
    QPointer<UnlockDialog> m_unlock;
    QPointer<FirstRunWizard> m_wizard;
};

} // namespace quittance::ui
