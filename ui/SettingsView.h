#pragma once

#include "ui/VaultPage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace quittance::ui {

class ProfileForm;

// Business profile and logo, numbering patterns with a live preview of the
// next number, auto-lock and screen-lock preferences, UI language and
// passphrase change.
class SettingsView : public VaultPage {
    Q_OBJECT
public:
    explicit SettingsView(VaultController& controller, QWidget* parent = nullptr);
    void reload() override;
    void clear() override;

public Q_SLOTS:
    void saveProfile();
    void saveNumbering();
    void changePassphrase();

Q_SIGNALS:
    void autoLockMinutesChanged(int minutes);

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
};

} // namespace quittance::ui
