#pragma once

// A TCP proxy in front of a plain-HTTP (insecure-loopback) quittance-server
// that injects faults between the server and the client: a reply dropped
// after the server committed (the connection is cut before the client reads
// it), a server that goes away mid-push, and slow responses.

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace quittance::test {

class FaultProxy : public QObject {
public:
    int dropSuccessReplies = 0;   // cut the connection instead of forwarding this many 2xx replies
    int repliesBeforeOutage = -1; // after this many replies, refuse everything (server "stopped")
    int delayMs = 0;              // hold every server->client chunk this long
    int forwarded = 0;
    int dropped = 0;

    bool listen(quint16 target) {
        m_target = target;
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void accept() {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            if (repliesBeforeOutage >= 0 && forwarded >= repliesBeforeOutage) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto* upstream = new QTcpSocket(client);
            QPointer<QTcpSocket> c(client);
            QPointer<QTcpSocket> u(upstream);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            QObject::connect(client, &QTcpSocket::readyRead, upstream, [c, u] {
                QTcpSocket* cs = c.data();
                QTcpSocket* us = u.data();
                if (cs != nullptr && us != nullptr)
                    us->write(cs->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, c, u] {
                QTcpSocket* cs = c.data();
                QTcpSocket* us = u.data();
                if (cs == nullptr || us == nullptr)
                    return;
                const QByteArray data = us->readAll();
                if (data.startsWith("HTTP/1.1 ")) {
                    if (repliesBeforeOutage >= 0 && forwarded >= repliesBeforeOutage) {
                        cs->abort();
                        return;
                    }
                    if (dropSuccessReplies > 0 && data.startsWith("HTTP/1.1 2")) {
                        --dropSuccessReplies;
                        ++dropped;
                        cs->abort();
                        return;
                    }
                    ++forwarded;
                }
                if (delayMs > 0) {
                    QTimer::singleShot(delayMs, cs, [c, data] {
                        if (QTcpSocket* later = c.data())
                            later->write(data);
                    });
                } else {
                    cs->write(data);
                }
            });
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [c] {
                if (QTcpSocket* cs = c.data())
                    cs->abort(); // the server is gone: so is the connection
            });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [c] {
                if (QTcpSocket* cs = c.data())
                    cs->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
};

} // namespace quittance::test
