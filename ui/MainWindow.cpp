#include "ui/MainWindow.h"

#include "ui/AppSettings.h"
#include "ui/AuditLogView.h"
#include "ui/AutoLock.h"
#include "ui/BackupDialog.h"
#include "ui/CatalogView.h"
#include "ui/ClipboardGuard.h"
#include "ui/DashboardView.h"
#include "ui/DocumentListView.h"
#include "ui/EraseVaultDialog.h"
#include "ui/ExportActions.h"
#include "ui/FirstRunWizard.h"
#include "ui/Format.h"
#include "ui/MessageBoxService.h"
#include "ui/ReportsView.h"
#include "ui/ScreenLockWatcher.h"
#include "ui/SettingsView.h"
#include "ui/SyncSettings.h"
#include "ui/UnlockDialog.h"
#include "ui/VaultController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace quittance::ui {

MainWindow::MainWindow(VaultController& controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("mainWindow"));
    m_autoLock = new AutoLock(this);
    m_autoLock->setTimeoutSeconds(qint64{AppSettings::autoLockMinutes()} * 60);
    m_clipboard = new ClipboardGuard(this);
    m_screenLock = new ScreenLockWatcher(this);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFixedWidth(170);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    const QStringList names = {tr("Dashboard"), tr("Invoices"), tr("Quotes"),    tr("Clients"),
                               tr("Products"),  tr("Reports"),  tr("Audit log"), tr("Settings")};
    const QList<QStyle::StandardPixmap> icons = {QStyle::SP_ComputerIcon,
                                                 QStyle::SP_FileIcon,
                                                 QStyle::SP_FileDialogDetailedView,
                                                 QStyle::SP_DirHomeIcon,
                                                 QStyle::SP_DriveHDIcon,
                                                 QStyle::SP_FileDialogContentsView,
                                                 QStyle::SP_FileDialogInfoView,
                                                 QStyle::SP_FileDialogListView};
    for (int i = 0; i < names.size(); ++i)
        m_nav->addItem(new QListWidgetItem(style()->standardIcon(icons.at(i)), names.at(i)));
    layout->addWidget(m_nav);

    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);
    // Pages are built when first shown, so start-up only pays for the one
    // on screen.
    m_pages = QList<VaultPage*>(PageCount, nullptr);
    m_lockedPlaceholder = new QLabel(tr("Quittance is locked."));
    static_cast<QLabel*>(m_lockedPlaceholder)->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_lockedPlaceholder);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size() && m_controller.isUnlocked()) {
            VaultPage* p = ensurePage(static_cast<Page>(row));
            m_stack->setCurrentWidget(p);
            p->reload();
        }
    });

    // Menus
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* newInvoice = file->addAction(tr("&New invoice"), this, [this] {
        if (!m_controller.isUnlocked())
            return;
        showPage(Invoices);
        static_cast<DocumentListView*>(ensurePage(Invoices))->newDocument();
    });
    newInvoice->setShortcut(QKeySequence::New);
    auto* openVaultAction = file->addAction(tr("&Open vault…"), this, &MainWindow::openVault);
    openVaultAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent vaults"));
    file->addAction(tr("New &vault…"), this, [this] {
        lockNow();
        showWizard();
    });
    file->addSeparator();
    m_backupAction = file->addAction(tr("&Back up now…"), this, &MainWindow::backupNow);
    m_backupAction->setObjectName(QStringLiteral("backupNowAction"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    auto* verify = file->addAction(tr("&Verify backup…"), this, &MainWindow::verifyBackup);
    verify->setObjectName(QStringLiteral("verifyBackupAction"));
    auto* restore = file->addAction(tr("R&estore backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_syncAction = file->addAction(tr("&Sync now"), this, &MainWindow::syncNow);
    m_syncAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncAction->setToolTip(tr("Sync with the server now (F5)"));
    file->addSeparator();
    m_export = new ExportActions(m_controller, this);
    file->addMenu(m_export->menu());
    m_eraseAction = file->addAction(tr("&Erase vault…"), this, &MainWindow::eraseVault);
    m_eraseAction->setObjectName(QStringLiteral("eraseVaultAction"));
    file->addSeparator();
    auto* lock = new QAction(tr("&Lock"), this);
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setIcon(QIcon::fromTheme(QStringLiteral("system-lock-screen"),
                                   style()->standardIcon(QStyle::SP_DialogCloseButton)));
    lock->setToolTip(tr("Lock the vault (Ctrl+L)"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockNow);
    file->addAction(lock);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    auto* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < names.size(); ++i) {
        auto* a = go->addAction(names.at(i), this, [this, i] { showPage(static_cast<Page>(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quittance"), this, [this] {
        MessageBoxService::instance().information(
            this, tr("About Quittance"),
            tr("Quittance %1 — encrypted offline invoicing for freelancers.")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(lock);
    if (auto* button = toolbar->widgetForAction(lock))
        button->setAccessibleName(tr("Lock"));

    m_vaultLabel = new QLabel;
    m_lockLabel = new QLabel;
    m_lockLabel->setObjectName(QStringLiteral("autoLockLabel"));
    m_syncLabel = new QLabel;
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addWidget(m_vaultLabel, 1);
    statusBar()->addPermanentWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_syncLabel);

    connect(&m_controller, &VaultController::unlocked, this, &MainWindow::onUnlocked);
    connect(&m_controller, &VaultController::locked, this, &MainWindow::onLocked);
    connect(&m_controller, &VaultController::syncFinished, this, &MainWindow::updateSyncStatus);
    connect(m_autoLock, &AutoLock::remainingChanged, this, &MainWindow::updateStatus);
    connect(m_autoLock, &AutoLock::idleTimeout, this, [this] {
        // Never pull the vault from under a running export or KDF.
        if (m_controller.isBusy()) {
            m_autoLock->setActive(true);
            return;
        }
        lockNow();
    });
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, [this] {
        if (AppSettings::lockOnScreenLock() && m_controller.isUnlocked() && !m_controller.isBusy())
            lockNow();
    });

    rebuildRecentMenu();
    onLocked();
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 820);
}

MainWindow::~MainWindow() = default;

VaultPage* MainWindow::ensurePage(Page page) {
    if (VaultPage* existing = m_pages.at(page))
        return existing;
    VaultPage* created = nullptr;
    switch (page) {
    case Dashboard: {
        auto* dashboard = new DashboardView(m_controller);
        connect(dashboard, &DashboardView::openInvoices, this, [this] { showPage(Invoices); });
        created = dashboard;
        break;
    }
    case Invoices:
        created = new DocumentListView(
            m_controller, {domain::DocumentType::Invoice, domain::DocumentType::CreditNote});
        break;
    case Quotes:
        created = new DocumentListView(m_controller, {domain::DocumentType::Quote});
        break;
    case Clients:
        created = new CatalogView(m_controller, CatalogView::Kind::Clients);
        break;
    case Products:
        created = new CatalogView(m_controller, CatalogView::Kind::Products);
        break;
    case Reports:
        created = new ReportsView(m_controller);
        break;
    case Audit:
        created = new AuditLogView(m_controller);
        break;
    case Settings:
    case PageCount: {
        auto* settings = new SettingsView(m_controller);
        connect(settings, &SettingsView::autoLockMinutesChanged, this,
                [this](int minutes) { m_autoLock->setTimeoutSeconds(qint64{minutes} * 60); });
        connect(settings->syncSettings(), &SyncSettings::syncRequested, this, &MainWindow::syncNow);
        connect(settings->syncSettings(), &SyncSettings::stateChanged, this,
                &MainWindow::updateSyncStatus);
        created = settings;
        break;
    }
    }
    m_pages[page] = created;
    m_stack->addWidget(created);
    return created;
}

UnlockDialog* MainWindow::unlockDialog() const {
    return m_unlock.data();
}

FirstRunWizard* MainWindow::wizard() const {
    return m_wizard.data();
}

bool MainWindow::isLocked() const {
    return !m_controller.isUnlocked();
}

void MainWindow::start() {
    const QStringList recent = AppSettings::recentVaults();
    const QString def = services::VaultSession::defaultVaultDirectory();
    bool anyVault = services::VaultSession::info(def).has_value();
    for (const QString& r : recent)
        anyVault |= services::VaultSession::info(r).has_value();
    if (anyVault)
        showUnlock();
    else
        showWizard();
}

void MainWindow::showPage(Page page) {
    m_nav->setCurrentRow(page);
}

void MainWindow::onUnlocked() {
    setWindowTitle(tr("Quittance — %1").arg(QFileInfo(m_controller.vaultDirectory()).fileName()));
    m_vaultLabel->setText(
        tr("Vault: %1").arg(QDir::toNativeSeparators(m_controller.vaultDirectory())));
    m_nav->setEnabled(true);
    m_autoLock->setActive(true);
    const int row = std::max(0, m_nav->currentRow());
    VaultPage* current = ensurePage(static_cast<Page>(row));
    m_stack->setCurrentWidget(current);
    current->reload();
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    rebuildRecentMenu();
    m_syncAction->setEnabled(true);
    m_backupAction->setEnabled(true);
    m_eraseAction->setEnabled(true);
    m_export->setUnlocked(true);
    updateSyncStatus();
    if (m_controller.session().vault() && m_controller.session().vault()->openedWithRecoveryKey()) {
        MessageBoxService::instance().information(
            this, tr("Opened with the recovery key"),
            tr("Set a new passphrase now in Settings > Change passphrase."));
        showPage(Settings);
    }
}

void MainWindow::onLocked() {
    for (VaultPage* p : std::as_const(m_pages)) {
        if (p)
            p->clear();
    }
    m_stack->setCurrentWidget(m_lockedPlaceholder);
    m_nav->setEnabled(false);
    m_autoLock->setActive(false);
    setWindowTitle(tr("Quittance — Locked"));
    m_vaultLabel->setText(tr("Locked"));
    m_syncAction->setEnabled(false);
    m_backupAction->setEnabled(false);
    m_eraseAction->setEnabled(false);
    m_export->setUnlocked(false);
    updateStatus();
    updateSyncStatus();
}

void MainWindow::lockNow() {
    // A sync run, an export or a passphrase change still uses the open
    // vault; the lock waits for it (each ends and clears the busy flag).
    if (m_controller.isUnlocked() && m_controller.isBusy()) {
        QMetaObject::invokeMethod(this, &MainWindow::lockNow, Qt::QueuedConnection);
        return;
    }
    closeVaultDialogs();
    runAutomaticBackup();
    m_controller.lock();
    onLocked();
    showUnlock(m_controller.vaultDirectory());
}

void MainWindow::closeVaultDialogs() {
    // Close any editor or dialog that still shows vault data first.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<QDialog*>(w);
            dialog && dialog->isVisible() && dialog != m_unlock && dialog != m_wizard)
            dialog->reject();
    }
}

void MainWindow::runAutomaticBackup() {
    auto ran = m_controller.runAutomaticBackup();
    if (!ran)
        statusBar()->showMessage(tr("Automatic backup failed: %1").arg(ran.error().message));
    else if (*ran) // the window is about to lock: no file name in the status bar
        statusBar()->showMessage(tr("Automatic backup written."), 10000);
}

void MainWindow::backupNow() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    const QString suggested = QDir::home().filePath(services::BackupService::fileNameFor(
        m_controller.session().vault()->id(), m_controller.nowUtc()));
    const QString path = MessageBoxService::instance().saveFileName(
        this, tr("Back up now"), suggested, tr("Quittance backups (*.qbackup)"));
    if (path.isEmpty())
        return;
    auto made = m_controller.backups().create(path);
    auto& box = MessageBoxService::instance();
    if (!made) {
        statusBar()->showMessage(tr("Backup failed: %1").arg(made.error().message));
        box.warning(this, tr("Back up now"), made.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written: %1").arg(QDir::toNativeSeparators(path)), 10000);
    box.information(this, tr("Back up now"),
                    tr("The backup was written to %1. It opens only with the vault passphrase "
                       "or the recovery key.")
                        .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::verifyBackup() {
    auto* dialog = new BackupDialog(m_controller, BackupDialog::Mode::Verify, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreBackup() {
    auto* dialog = new BackupDialog(m_controller, BackupDialog::Mode::Restore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString dir = dialog->restoredDirectory();
        if (MessageBoxService::instance().question(
                this, tr("Restore backup"),
                tr("Open the restored vault now? The open vault is locked first.")) !=
            QMessageBox::Yes)
            return;
        AppSettings::addRecentVault(dir);
        rebuildRecentMenu();
        if (m_controller.isUnlocked()) {
            lockNow(); // shows the unlock dialog
        } else {
            showUnlock(dir);
        }
        if (UnlockDialog* unlock = m_unlock.data())
            unlock->setVaultDirectory(dir);
    });
    dialog->open();
}

void MainWindow::syncNow() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    // SyncService waits for the network in a local event loop: the window
    // keeps painting while the modal progress dialog keeps input away from
    // the views (and VaultController::isBusy() keeps their queries away).
    QProgressDialog progress(tr("Syncing with the server…"), QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("syncProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    m_syncLabel->setText(tr("Syncing…"));
    auto report = m_controller.runSync();
    progress.close();
    if (!report) {
        statusBar()->showMessage(tr("Sync failed: %1").arg(report.error().message));
        MessageBoxService::instance().warning(
            this, tr("Sync now"),
            report.error().code == domain::ErrorCode::WrongSecret
                ? tr("The server refused the API key. Enter a new API key in Settings > Sync.")
                : report.error().message);
    } else {
        QString text = tr("Synced: %1 sent, %2 received.").arg(report->pushed).arg(report->pulled);
        if (report->conflicts > 0)
            text += QLatin1Char(' ') + tr("%n conflict copy(ies) made; see Settings > Sync.",
                                          nullptr, report->conflicts);
        statusBar()->showMessage(text, 10000);
    }
    // The settings page shows the run's outcome and the conflict list.
    if (VaultPage* settings = m_pages.at(Settings); settings && m_controller.isUnlocked())
        static_cast<SettingsView*>(settings)->syncSettings()->reload();
}

void MainWindow::eraseVault() {
    if (!m_controller.isUnlocked() || m_controller.isBusy())
        return;
    auto* dialog = new EraseVaultDialog(m_controller, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { finishErase(dialog->vaultDirectory()); });
    dialog->open();
}

void MainWindow::finishErase(const QString& directory) {
    // The passphrase was checked for this vault; erase only that one.
    if (!m_controller.isUnlocked() || m_controller.isBusy() ||
        m_controller.vaultDirectory() != directory)
        return;
    closeVaultDialogs();
    // No automatic backup here: the user asked for the data to go.
    auto erased = m_controller.eraseVault(); // locked() clears every view
    // Should a file have resisted, the folder stays offered for another try.
    if (!services::VaultSession::info(directory))
        AppSettings::removeRecentVault(directory);
    rebuildRecentMenu();
    if (!erased) {
        statusBar()->showMessage(tr("Erasing the vault failed: %1").arg(erased.error().message));
        MessageBoxService::instance().warning(this, tr("Erase vault"), erased.error().message);
    } else {
        statusBar()->showMessage(tr("The vault was erased."), 10000);
    }
    showWizard();
}

void MainWindow::updateSyncStatus() {
    if (!m_controller.isUnlocked() || m_controller.isBusy()) {
        m_syncLabel->clear();
        m_syncLabel->setToolTip(QString());
        return;
    }
    auto state = m_controller.sync().state();
    if (!state || !state->configured) {
        m_syncLabel->setText(tr("Sync: off"));
        m_syncLabel->setToolTip(state ? tr("Set up sync in Settings > Sync.")
                                      : state.error().message);
        return;
    }
    QString text;
    if (!state->lastError.isEmpty()) {
        // A 401 stops sync until a new key is entered (SyncService::State).
        text = state->keyRefused ? tr("Sync: enter a new API key") : tr("Sync failed");
    } else if (state->lastSync.isEmpty()) {
        text = tr("Sync: never");
    } else {
        text = tr("Synced %1").arg(Format::timestamp(state->lastSync));
    }
    if (state->pending > 0)
        text +=
            QStringLiteral(" · ") +
            tr("%n pending", nullptr, static_cast<int>(std::min<qint64>(state->pending, INT_MAX)));
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(state->lastError);
}

void MainWindow::showUnlock(const QString& directory) {
    if (m_unlock)
        return;
    auto* dialog = new UnlockDialog(m_controller, this);
    m_unlock = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!directory.isEmpty())
        dialog->setVaultDirectory(directory);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == UnlockDialog::CreateRequested) {
            QMetaObject::invokeMethod(this, &MainWindow::showWizard, Qt::QueuedConnection);
        } else if (result != QDialog::Accepted && !m_controller.isUnlocked()) {
            QMetaObject::invokeMethod(qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);
        }
    });
    dialog->open();
}

void MainWindow::showWizard() {
    if (m_wizard)
        return;
    auto* wizard = new FirstRunWizard(m_controller, *m_clipboard, this);
    m_wizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted && m_controller.isUnlocked()) {
            AppSettings::addRecentVault(m_controller.vaultDirectory());
            rebuildRecentMenu();
            onUnlocked();
            return;
        }
        m_controller.lock();
        QMetaObject::invokeMethod(
            this, [this] { start(); }, Qt::QueuedConnection);
    });
    wizard->open();
}

void MainWindow::openVault() {
    const QString dir = MessageBoxService::instance().directory(this, tr("Open vault"), QString());
    if (dir.isEmpty())
        return;
    if (!services::VaultSession::info(dir)) {
        MessageBoxService::instance().warning(this, tr("Open vault"),
                                              tr("There is no Quittance vault in that folder."));
        return;
    }
    m_controller.lock();
    onLocked();
    showUnlock(dir);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    for (const QString& dir : AppSettings::recentVaults()) {
        m_recentMenu->addAction(QDir::toNativeSeparators(dir), this, [this, dir] {
            lockNow();
            if (UnlockDialog* unlock = m_unlock.data())
                unlock->setVaultDirectory(dir);
        });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::updateStatus() {
    const qint64 s = m_autoLock->secondsRemaining();
    if (s < 0 || !m_controller.isUnlocked()) {
        m_lockLabel->setText(m_controller.isUnlocked() ? tr("Auto-lock off") : QString());
        return;
    }
    m_lockLabel->setText(tr("Locks in %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_controller.isUnlocked() && m_controller.isBusy()) {
        // Never close the open vault under a running sync, export or
        // passphrase change.
        statusBar()->showMessage(tr("Wait until the running operation has finished."), 5000);
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    m_clipboard->clearIfUnchanged();
    runAutomaticBackup();
    m_controller.lock();
    QMainWindow::closeEvent(event);
}

} // namespace quittance::ui
