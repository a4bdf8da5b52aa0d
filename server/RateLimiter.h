#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace quittance::server {

// Fixed-window request budgets per bucket ("key:<id>" or "ip:<address>").
// Single-threaded like the server's event loop. The clock is a seam for tests.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; // until the window ends (also Retry-After)
    };

    RateLimiter(int budget, int windowSeconds);

    // Counts one request against the bucket.
    Decision take(const QString& bucket);
    // The bucket's state without counting.
    Decision peek(const QString& bucket);

    void setClock(std::function<qint64()> msecs) { m_clock = std::move(msecs); }

private:
    struct Window {
        qint64 startMs = 0;
        int used = 0;
    };
    Window& window(const QString& bucket, qint64 now);
    Decision decide(const Window& w, qint64 now, bool allowed) const;
    void prune(qint64 now);

    int m_budget;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
    qint64 m_lastPrune = 0;
    std::function<qint64()> m_clock;
};

} // namespace quittance::server
