#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace quittance::sync {

// How the sync client reaches the server. HTTPS with certificate
// verification always; plain http only for a loopback host and only with
// allowInsecureLoopback (a development flag). `publicKeyPin` optionally pins
// the server: base64 of SHA-256 over its certificate's SubjectPublicKeyInfo.
struct SyncOptions {
    QUrl server;
    bool allowInsecureLoopback = false;
    QByteArray publicKeyPin;
    QString caFile; // extra trusted CA certificates (PEM), e.g. a self-hosted CA

    int concurrency = 8;            // requests in flight
    int maxAttempts = 6;            // per request, for 5xx, 408 and network errors
    int backoffBaseMs = 250;        // first backoff; doubles per attempt, with jitter
    int backoffCapMs = 30000;       // cap of one backoff
    int maxRetryAfterSeconds = 300; // longest Retry-After honoured before giving up
    int requestTimeoutMs = 30000;

    domain::Status validate() const;
};

} // namespace quittance::sync
