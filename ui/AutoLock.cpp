#include "ui/AutoLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace quittance::ui {

AutoLock::AutoLock(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::check);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_lastActivity = m_clock();
}

void AutoLock::setClock(Clock clock) {
    m_clock = std::move(clock);
    m_lastActivity = m_clock();
}

void AutoLock::setTimeoutSeconds(qint64 seconds) {
    m_timeoutSeconds = std::max<qint64>(0, seconds);
    Q_EMIT remainingChanged(secondsRemaining());
}

void AutoLock::setActive(bool active) {
    m_active = active;
    m_lastActivity = m_clock();
    if (active)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT remainingChanged(secondsRemaining());
}

qint64 AutoLock::secondsRemaining() const {
    if (!m_active || m_timeoutSeconds == 0)
        return -1;
    const qint64 idle = m_lastActivity.secsTo(m_clock());
    return std::max<qint64>(0, m_timeoutSeconds - idle);
}

void AutoLock::touch() {
    m_lastActivity = m_clock();
}

void AutoLock::check() {
    const qint64 remaining = secondsRemaining();
    Q_EMIT remainingChanged(remaining);
    if (remaining == 0) {
        setActive(false);
        Q_EMIT idleTimeout();
    }
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_active)
            m_lastActivity = m_clock();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace quittance::ui
