#pragma once

#include "ApiHandler.h"

#include <QAbstractHttpServer>

namespace quittance::server {

// QtHttpServer glue: turns each parsed request into an HttpRequest, lets
// ApiHandler answer it, writes the response and logs one JSON line with the
// request id, method, path, status and latency.
class HttpFrontend : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit HttpFrontend(ApiHandler& handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    ApiHandler& m_handler;
};

} // namespace quittance::server
