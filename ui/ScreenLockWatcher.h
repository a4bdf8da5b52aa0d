#pragma once

#include <QObject>

namespace quittance::ui {

// Emits screenLocked() when the desktop locks the screen: the
// org.freedesktop.ScreenSaver ActiveChanged(true) signal on the session bus
// and logind's Lock signal for this session on the system bus, each only
// when that bus is present.
class ScreenLockWatcher : public QObject {
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void screenLocked();

private Q_SLOTS:
    void onActiveChanged(bool active);
    void onLogindLock();

private:
    bool m_connected = false;
};

} // namespace quittance::ui
