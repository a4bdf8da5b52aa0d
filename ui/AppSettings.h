#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace quittance::ui {

// What the app keeps in QSettings, and nothing more: window geometry,
// recent vault folders, UI language, auto-lock minutes and the screen-lock
// preference. No passphrase, key, profile or document data ever goes here.
class AppSettings {
public:
    static QStringList recentVaults();
    static void addRecentVault(const QString& directory);
    static void removeRecentVault(const QString& directory);
    static int autoLockMinutes(); // default 10, 0 = never
    static void setAutoLockMinutes(int minutes);
    static bool lockOnScreenLock(); // default true
    static void setLockOnScreenLock(bool enabled);
    static QString uiLanguage(); // "" = system, "en", "de"
    static void setUiLanguage(const QString& code);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
};

} // namespace quittance::ui
