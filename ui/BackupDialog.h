#pragma once

#include "services/BackupService.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace quittance::ui {

class VaultController;

// File > Verify backup… and File > Restore backup…: the backup file, for a
// restore the folder to restore into (new or empty, never one that holds a
// vault), and the passphrase or the recovery key the backup opens with. The
// check runs off the UI thread (VaultController); an error stays in the
// dialog and changes nothing, success is reported and closes it.
class BackupDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Verify, Restore };

    BackupDialog(VaultController& controller, Mode mode, QWidget* parent = nullptr);
    ~BackupDialog() override;

    // The folder restored into, after a successful restore.
    QString restoredDirectory() const { return m_restored; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void finished();
    void setRunning(bool running);
    void showError(const QString& text);

    VaultController& m_controller;
    Mode m_mode;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_folder = nullptr;
    QRadioButton* m_usePassphrase = nullptr;
    QRadioButton* m_useRecoveryKey = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_restored;
    QString m_target;
    QFutureWatcher<domain::Result<services::BackupService::Restored>> m_watcher;
};

} // namespace quittance::ui
