#pragma once

#include <QDialog>

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
// Offers the recent vaults, another folder, and creating a new vault
// (result CreateRequested).
class UnlockDialog : public QDialog {
    Q_OBJECT
public:
    enum Result { CreateRequested = 2 };

    UnlockDialog(VaultController& controller, QWidget* parent = nullptr);

    void setVaultDirectory(const QString& dir);
    QString vaultDirectory() const;
    bool isWorking() const { return m_working; }

public Q_SLOTS:
    void tryUnlock();

private:
    void setWorking(bool working);
    void chooseFolder();

    VaultController& m_controller;
    QComboBox* m_vault = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretLabel = nullptr;
    QCheckBox* m_recovery = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QPushButton* m_unlock = nullptr;
    bool m_working = false;
};

} // namespace quittance::ui
