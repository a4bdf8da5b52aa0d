#pragma once

#include "domain/Error.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace quittance::ui {

class VaultController;

// File > Erase vault…: says what goes (the vault's files and its sync API
// key in the keychain) and what stays (backups, exported files), and asks
// for the passphrase and an explicit confirmation. The passphrase is checked
// with the full KDF on a worker thread (VaultController::checkPassphraseAsync);
// only a correct one accepts the dialog. The dialog erases nothing itself:
// the window does that after accepted(), so a wrong passphrase or Cancel
// leave everything as it was. While the check runs the dialog cannot be
// closed (as the unlock dialog).
class EraseVaultDialog : public QDialog {
    Q_OBJECT
public:
    EraseVaultDialog(VaultController& controller, QWidget* parent = nullptr);
    ~EraseVaultDialog() override;

    // The folder the passphrase was checked for.
    QString vaultDirectory() const { return m_dir; }
    bool isWorking() const { return m_working; }

public Q_SLOTS:
    void tryErase();
    void done(int result) override;

private:
    void setWorking(bool working);
    void finishCheck();
    void updateButton();

    VaultController& m_controller;
    QString m_dir;
    QLineEdit* m_passphrase = nullptr;
    QCheckBox* m_confirm = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_cancel = nullptr;
    QFutureWatcher<domain::Status> m_watcher;
    bool m_working = false;
};

} // namespace quittance::ui
