#include "ui/ScreenLockWatcher.h"

#include <QDBusConnection>

namespace quittance::ui {

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent) {
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        m_connected |=
            session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                            QStringLiteral("org.freedesktop.ScreenSaver"),
                            QStringLiteral("ActiveChanged"), this, SLOT(onActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_connected |= system.connect(QStringLiteral("org.freedesktop.login1"),
                                      QStringLiteral("/org/freedesktop/login1/session/auto"),
                                      QStringLiteral("org.freedesktop.login1.Session"),
                                      QStringLiteral("Lock"), this, SLOT(onLogindLock()));
    }
}

void ScreenLockWatcher::onActiveChanged(bool active) {
    if (active)
        Q_EMIT screenLocked();
}

void ScreenLockWatcher::onLogindLock() {
    Q_EMIT screenLocked();
}

} // namespace quittance::ui
