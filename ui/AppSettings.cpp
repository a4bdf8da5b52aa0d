#include "ui/AppSettings.h"

#include <QDir>
#include <QSettings>

namespace quittance::ui {

namespace {
constexpr int kMaxRecent = 8;
}

QStringList AppSettings::recentVaults() {
    return QSettings().value(QStringLiteral("vaults/recent")).toStringList();
}

void AppSettings::addRecentVault(const QString& directory) {
    QStringList list = recentVaults();
    const QString clean = QDir::cleanPath(directory);
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QStringLiteral("vaults/recent"), list);
}

void AppSettings::removeRecentVault(const QString& directory) {
    QStringList list = recentVaults();
    if (list.removeAll(QDir::cleanPath(directory)) > 0)
        QSettings().setValue(QStringLiteral("vaults/recent"), list);
}

int AppSettings::autoLockMinutes() {
    return QSettings().value(QStringLiteral("security/autoLockMinutes"), 10).toInt();
}

void AppSettings::setAutoLockMinutes(int minutes) {
    QSettings().setValue(QStringLiteral("security/autoLockMinutes"), minutes);
}

bool AppSettings::lockOnScreenLock() {
    return QSettings().value(QStringLiteral("security/lockOnScreenLock"), true).toBool();
}

void AppSettings::setLockOnScreenLock(bool enabled) {
    QSettings().setValue(QStringLiteral("security/lockOnScreenLock"), enabled);
}

QString AppSettings::uiLanguage() {
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setUiLanguage(const QString& code) {
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QByteArray AppSettings::windowGeometry() {
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry) {
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

} // namespace quittance::ui
