#include "RateLimiter.h"

#include <QDateTime>

#include <algorithm>

namespace quittance::server {

RateLimiter::RateLimiter(int budget, int windowSeconds)
    : m_budget(std::max(1, budget))
    , m_windowMs(std::max<qint64>(1, windowSeconds) * 1000) {}

RateLimiter::Window& RateLimiter::window(const QString& bucket, qint64 now) {
    prune(now);
    Window& w = m_windows[bucket];
    if (now - w.startMs >= m_windowMs) {
        w.startMs = now;
        w.used = 0;
    }
    return w;
}

RateLimiter::Decision RateLimiter::decide(const Window& w, qint64 now, bool allowed) const {
    const qint64 resetMs = std::max<qint64>(0, w.startMs + m_windowMs - now);
    return Decision{allowed, m_budget, std::max(0, m_budget - w.used),
                    static_cast<int>(std::max<qint64>(1, (resetMs + 999) / 1000))};
}

RateLimiter::Decision RateLimiter::take(const QString& bucket) {
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    Window& w = window(bucket, now);
    if (w.used >= m_budget)
        return decide(w, now, false);
    ++w.used;
    return decide(w, now, true);
}

RateLimiter::Decision RateLimiter::peek(const QString& bucket) {
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    const Window& w = window(bucket, now);
    return decide(w, now, w.used < m_budget);
}

void RateLimiter::prune(qint64 now) {
    if (now - m_lastPrune < m_windowMs)
        return;
    m_lastPrune = now;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (now - it->startMs >= m_windowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace quittance::server
