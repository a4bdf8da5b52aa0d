#pragma once

#include "ApiHandler.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <vector>

class QTcpSocket;

namespace quittance::server {

class ServerStore;

// QtHttpServer glue: turns each parsed request into an HttpRequest, lets
// ApiHandler answer it, writes the response and logs one JSON line with the
// request id, method, path, status and latency.
//
// Group commit: a write request (POST, PUT, DELETE) opens a group
// (ServerStore::beginGroup()) unless one is open; every request handled
// until the event loop comes round again joins it, and all their answers are
// held back. Then one COMMIT, with one fsync under synchronous=FULL, makes
// the group durable and the answers go out; if the COMMIT fails, every held
// request is answered 500 (and retried by the client with the same
// Idempotency-Key or If-Match). No answer ever acknowledges a write that is
// not on disk, and the requests that arrived during one fsync share the next.
class HttpFrontend : public QAbstractHttpServer {
    Q_OBJECT
public:
    HttpFrontend(ApiHandler& handler, ServerStore& store, QObject* parent = nullptr);

    // At shutdown: commits an open group and writes its answers.
    void finish();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Held {
        QPointer<QTcpSocket> socket;
        HttpResponse response;
        bool head = false;
        QByteArray method;
        QByteArray path;
        QString internalError;
        QElapsedTimer timer;
    };
    void commitGroup();
    void answer(Held& held);

    ApiHandler& m_handler;
    ServerStore& m_store;
    std::vector<Held> m_held;
    QTimer m_commitTimer;
};

} // namespace quittance::server
