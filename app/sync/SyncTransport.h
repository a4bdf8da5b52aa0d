#pragma once

#include "SyncOptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <vector>

namespace quittance::sync {

// HTTPS to the sync server with the contract's client obligations: the API
// key header, certificate verification (and the optional public-key pin),
// Retry-After on 429, exponential backoff with jitter on 5xx, 408 and network
// errors, and a stop at the first 401. Requests of one batch run
// concurrently (SyncOptions::concurrency); send() blocks in a local event
// loop until all are final, so callers read as straight-line code.
class SyncTransport {
public:
    struct Request {
        QByteArray method;
        QString path; // with query, e.g. "/api/v1/clients?limit=500"
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Response {
        int status = 0; // 0: no HTTP response (network, TLS or pin failure, or not sent)
        QString networkError;
        bool tlsFailure = false; // certificate not trusted or pin mismatch: never retried
        bool cancelled = false;  // not sent because the batch stopped on a 401
        QByteArray body;
        QJsonObject json;
        QHash<QByteArray, QByteArray> headers; // lower-case names

        bool ok() const { return status >= 200 && status < 300; }
        bool isTransient() const {
            return !tlsFailure && !cancelled && (status == 0 || status == 408 || status >= 500);
        }
        QString errorCode() const;
        QString errorField() const;
        QString errorMessage() const;
        QJsonObject errorCurrent() const;
    };

    SyncTransport(SyncOptions options, QByteArray apiKey);
    ~SyncTransport();
    SyncTransport(const SyncTransport&) = delete;
    SyncTransport& operator=(const SyncTransport&) = delete;

    std::vector<Response> send(const std::vector<Request>& requests);
    Response send(const Request& request);

    // Retries made so far (429 waits and backoffs), for status and tests.
    int retries() const { return m_retries; }
    // The longest wait so far, in milliseconds (tests check Retry-After).
    int longestWaitMs() const { return m_longestWaitMs; }

private:
    int backoffMs(int attempt) const;

    SyncOptions m_options;
    QByteArray m_apiKey;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    int m_retries = 0;
    int m_longestWaitMs = 0;
};

} // namespace quittance::sync
