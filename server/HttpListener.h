#pragma once

#include <QSslConfiguration>
#include <QSslServer>

#include <chrono>
#include <optional>

class QTcpSocket;

namespace quittance::server {

// The listening socket under HttpFrontend, bound with
// QAbstractHttpServer::bind(): QtHttpServer 6.4 has no read timeout and no
// size limit, so every accepted connection gets a guard that it reads
// before QtHttpServer does. A request (from the connection, or from the
// first byte after the previous answer) that is not complete within
// `requestTimeout` is answered 408 with the contract's error envelope and
// the connection is closed; a Content-Length over `maxBodyBytes` is answered
// 413 as soon as the headers are in, before the body is read; a chunked body
// is followed chunk by chunk: a chunk size past the limit is answered 413 when
// it is announced, broken framing (and trailer fields, which QtHttpServer 6.4
// cannot read) 400, and any body is cut off once it has grown past the limit.
// A keep-alive connection idle for `idleTimeout` is closed without an
// answer. Serves TLS when given a configuration (the handshake has
// QSslServer's own timeout), plain TCP otherwise (--insecure-loopback).
class HttpListener : public QSslServer {
    Q_OBJECT
public:
    struct Limits {
        std::chrono::milliseconds requestTimeout{30000};
        std::chrono::milliseconds idleTimeout{60000};
        qsizetype maxBodyBytes = 1024 * 1024;
        qsizetype maxHeaderBytes = 64 * 1024;
    };

    HttpListener(Limits limits, std::optional<QSslConfiguration> tls, QObject* parent = nullptr);

    QTcpSocket* nextPendingConnection() override;

    // HttpFrontend calls this after it wrote the answer to a complete
    // request: the connection waits for its next request (idle).
    static void requestAnswered(QTcpSocket* socket);
    // True once the guard has answered the connection itself (408/413): a
    // request that completes afterwards must not be answered again.
    static bool isCutOff(QTcpSocket* socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    Limits m_limits;
    bool m_tls = false;
};

} // namespace quittance::server
