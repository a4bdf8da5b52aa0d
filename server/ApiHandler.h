#pragma once

#include "ApiError.h"
#include "HttpMessage.h"
#include "RateLimiter.h"
#include "ServerStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace quittance::server {

// The whole sync API (SYNC_API.md) as a function of one request: routing,
// authentication, rate limits, media type and size checks, strict body
// validation through the domain codecs (with server-side totals), ETag and
// If-Match, Idempotency-Key replay, the business rules (immutability, number
// uniqueness, deletions) and audit checkpoints. Every response gets the
// security headers and X-Request-Id. Single-threaded: the HTTP front end
// calls it from its event loop, so two requests never interleave.
class ApiHandler {
public:
    struct Options {
        int rateBudget = 600;
        int rateWindowSeconds = 60;
    };
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    ApiHandler(ServerStore& store, Options options);

    HttpResponse handle(const HttpRequest& request);

    // An error answered outside handle() (by the listener, before a request
    // was read completely): the envelope, the security headers and the
    // X-Request-Id the client sent if it is valid, else a new one.
    static HttpResponse errorResponse(const ApiError& error, QByteArrayView sentRequestId = {});

    // Test seam: the clock for timestamps and the rate limiter.
    void setClock(std::function<QDateTime()> clock);
    // The last internal error's message (for the log; never sent to clients).
    QString takeInternalError();

private:
    struct Caller {
        QString account;
        QByteArray keyId;
    };
    struct Decoded {
        QJsonObject canonical;
        QString id;
        QString number;
        QString type;
        QString status;
        QString ref;
    };
    using Outcome = std::expected<HttpResponse, ApiError>;

    Outcome api(const HttpRequest& request, HttpResponse& base);
    std::optional<Caller> authenticate(const HttpRequest& request);
    Outcome route(const HttpRequest& request, const Caller& caller);
    Outcome list(const Caller& caller, const QString& collection, const HttpRequest& request);
    Outcome getOne(const Caller& caller, const QString& collection, const QString& id);
    Outcome create(const Caller& caller, const QString& collection, const HttpRequest& request);
    Outcome replace(const Caller& caller, const QString& collection, const QString& id,
                    const HttpRequest& request);
    Outcome remove(const Caller& caller, const QString& collection, const QString& id,
                   const HttpRequest& request);
    Outcome postCheckpoint(const Caller& caller, const HttpRequest& request);
    Outcome getCheckpoint(const Caller& caller, const QString& vaultId);

    std::expected<Decoded, ApiError> decode(const QString& collection, const QByteArray& body);
    ApiError internal(const domain::Error& error);
    QString now() const;
    void purgeIfDue();

    ServerStore& m_store;
    RateLimiter m_limiter;
    std::function<QDateTime()> m_clock;
    QHash<QByteArray, qint64> m_lastTouch;
    qint64 m_lastPurge = 0;
    QString m_internalError;
};

} // namespace quittance::server
