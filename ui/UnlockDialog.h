#pragma once

#include "domain/Error.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace quittance::ui {

class VaultController;

// Unlocks a vault with its passphrase or the recovery key. The KDF runs on
// a worker thread while a busy bar shows; errors are shown in the dialog.
// The KDF cannot be interrupted, so while it runs the dialog cannot be
// closed (Close, Escape, the window's close button and "New vault" wait for
// it): the result is never lost. Should the dialog be destroyed anyway
// (the application quits), it waits for the worker and leaves the vault
// locked.
// Offers the recent vaults, another folder, and creating a new vault
// (result CreateRequested).
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    enum Result { CreateRequested = 2 };

    UnlockDialog(VaultController& controller, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    void setVaultDirectory(const QString& dir);
    QString vaultDirectory() const;
    bool isWorking() const { return m_working; }

public Q_SLOTS:
    void tryUnlock();
    void done(int result) override;

private:
    void setWorking(bool working);
    void finishUnlock();
    void chooseFolder();

    VaultController& m_controller;
    QComboBox* m_vault = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretLabel = nullptr;
    QCheckBox* m_recovery = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_close = nullptr;
    QFutureWatcher<domain::Status> m_watcher;
    QString m_workingDir;
    bool m_working = false;
};

} // namespace quittance::ui
