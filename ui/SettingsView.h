#pragma once

#include "ui/VaultPage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace quittance::ui {

class BackupSettings;
class ProfileForm;
class SyncSettings;

// Business profile and logo, numbering patterns with a live preview of the
// next number, defaults for new documents, auto-lock and screen-lock
// preferences, UI language, passphrase change, sync and backups.
class SettingsView : public VaultPage {
    Q_OBJECT
public:
    explicit SettingsView(VaultController& controller, QWidget* parent = nullptr);
    void reload() override;
    void clear() override;

public Q_SLOTS:
    void saveProfile();
    void saveNumbering();
    void saveDocumentDefaults();
    void changePassphrase();

Q_SIGNALS:
    void autoLockMinutesChanged(int minutes);

public:
    SyncSettings* syncSettings() const { return m_sync; }
    BackupSettings* backupSettings() const { return m_backup; }

private:
    void updatePreview(int index);

    ProfileForm* m_profile = nullptr;
    QLabel* m_profileStatus = nullptr;
    struct NumberingRow {
        QLineEdit* pattern = nullptr;
        QComboBox* reset = nullptr;
        QLabel* preview = nullptr;
    };
    QList<NumberingRow> m_numbering;
    QLabel* m_numberingStatus = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QCheckBox* m_screenLock = nullptr;
    QComboBox* m_language = nullptr;
    QPlainTextEdit* m_termsText = nullptr;
    QComboBox* m_documentLanguage = nullptr;
    QLabel* m_defaultsStatus = nullptr;
    SyncSettings* m_sync = nullptr;
    BackupSettings* m_backup = nullptr;
};

} // namespace quittance::ui
