#pragma once

#include "services/SyncService.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace quittance::ui {

class VaultController;

// The sync section of the settings page: server URL, API key (a password
// field that is never filled from storage), where the key is kept (system
// keychain or, when none is available and the user agrees, inside the
// encrypted vault), an optional public-key pin and CA file, "Test
// connection", "Log in", "Sync now", "Log out", the last run and the
// conflict copies sync made. The settings and the key location live in the
// vault, the key itself in the keychain or the vault, never in QSettings.
class SyncSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit SyncSettings(VaultController& controller, QWidget* parent = nullptr);
    void reload();
    void clear();

public Q_SLOTS:
    void logIn();
    void testConnection();
    void logOut();

Q_SIGNALS:
    // "Sync now" was clicked; the main window runs it (progress, status bar).
    void syncRequested();
    // Logged in or out: the status bar reads the state again.
    void stateChanged();

private:
    std::optional<services::SyncService::Settings> formSettings();
    void showResult(const QString& text, bool error);

    VaultController& m_controller;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_apiKey = nullptr;
    QComboBox* m_storage = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_keyState = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_lastRun = nullptr;
    QListWidget* m_conflicts = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_logOut = nullptr;
};

} // namespace quittance::ui
