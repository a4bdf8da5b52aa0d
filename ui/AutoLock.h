#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace quittance::ui {

// Watches user input application-wide and emits idleTimeout() once nothing
// happened for the configured time. The clock is replaceable and check() can
// be called directly, so tests never sleep.
class AutoLock : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit AutoLock(QObject* parent = nullptr);

    void setClock(Clock clock);
    void setTimeoutSeconds(qint64 seconds); // 0 disables
    qint64 timeoutSeconds() const { return m_timeoutSeconds; }
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Seconds until the lock, or -1 when inactive.
    qint64 secondsRemaining() const;
    void touch();
    // Evaluates the idle time now (called by the internal timer every second).
    void check();

Q_SIGNALS:
    void idleTimeout();
    void remainingChanged(qint64 seconds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Clock m_clock;
    QDateTime m_lastActivity;
    qint64 m_timeoutSeconds = 600;
    bool m_active = false;
    QTimer m_timer;
};

} // namespace quittance::ui
