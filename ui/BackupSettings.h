#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace quittance::ui {

class VaultController;

// The backup section of the settings page: automatic backups on or off, the
// folder, how many to keep (default 14) and the last automatic run's result
// (time and file, or the error). The settings live in the vault
// (services::BackupService); the run itself happens on lock and on exit.
class BackupSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit BackupSettings(VaultController& controller, QWidget* parent = nullptr);
    void reload();
    void clear();

public Q_SLOTS:
    void save();

private:
    void updateEnabled();

    VaultController& m_controller;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lastRun = nullptr;
};

} // namespace quittance::ui
