#include "HttpListener.h"

#include "ApiError.h"
#include "ApiHandler.h"
#include "ServerLog.h"

#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace quittance::server {

namespace {

const QString kGuardName = QStringLiteral("quittance-request-guard");
constexpr int kLingerMs = 1000;
constexpr int kCloseGraceMs = 2000;

// The value of a header in a raw request head, or null.
QByteArray headerValue(const QByteArray& head, QByteArrayView name) {
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// Per connection, a child of the socket: sees every chunk before
// QtHttpServer does (its readyRead connection is made first).
class RequestGuard : public QObject {
public:
    RequestGuard(QTcpSocket* socket, const HttpListener::Limits& limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits) {
        setObjectName(kGuardName);
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { expired(); });
        QObject::connect(socket, &QIODevice::readyRead, this, [this] { chunkArrived(); });
        startRequest();
    }

    void answered() {
        if (m_state == State::Closing)
            return;
        m_state = State::Idle;
        m_timer.start(m_limits.idleTimeout);
    }

    bool isCutOff() const { return m_state == State::Closing; }

private:
    enum class State { Receiving, Idle, Closing };

    void startRequest() {
        m_state = State::Receiving;
        m_head.clear();
        m_received = 0;
        m_headLength = -1;
        m_timer.start(m_limits.requestTimeout);
    }

    void chunkArrived() {
        if (m_state == State::Closing)
            return;
        if (m_state == State::Idle)
            startRequest();
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return;
        m_received += available;
        if (m_headLength < 0) {
            const qint64 room = m_limits.maxHeaderBytes + 4 - m_head.size();
            m_head += m_socket->peek(std::min(available, room));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    cutOff(ApiError::payloadTooLarge(), QStringLiteral("headers too large"));
                return;
            }
            m_headLength = end + 4;
            m_head.truncate(end);
            bool ok = false;
            const QByteArray length = headerValue(m_head, "Content-Length");
            const qint64 declared = length.toLongLong(&ok);
            if (!length.isNull() && (!ok || declared > m_limits.maxBodyBytes)) {
                cutOff(ApiError::payloadTooLarge(), QStringLiteral("declared body too large"));
                return;
            }
        }
        // Chunked bodies have no length up front: cut them off once they grew
        // past the limit (with room for the chunk framing).
        if (m_received - m_headLength > m_limits.maxBodyBytes + 64 * 1024)
            cutOff(ApiError::payloadTooLarge(), QStringLiteral("body too large"));
    }

    void expired() {
        if (m_state == State::Receiving) {
            cutOff(ApiError::requestTimeout(), QStringLiteral("request too slow"));
        } else if (m_state == State::Idle) {
            m_state = State::Closing;
            close();
        }
    }

    void cutOff(const ApiError& error, const QString& reason) {
        m_state = State::Closing;
        m_timer.stop();
        // QtHttpServer must not go on parsing (nor answer a request that
        // completes now); what still arrives is read and dropped, so that
        // closing with unread data does not reset the connection before the
        // client has read the answer.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        QObject::connect(m_socket, &QIODevice::readyRead, this,
                         [socket = m_socket] { (void)socket->readAll(); });
        (void)m_socket->readAll();
        const HttpResponse response =
            ApiHandler::errorResponse(error, headerValue(m_head, "X-Request-Id"));
        m_socket->write(response.toWire(false, true));
        ServerLog::write(ServerLog::Level::Warn,
                         QJsonObject{{QStringLiteral("requestId"),
                                      QString::fromLatin1(response.header("X-Request-Id"))},
                                     {QStringLiteral("status"), response.status},
                                     {QStringLiteral("event"), QStringLiteral("cut_off")},
                                     {QStringLiteral("reason"), reason}});
        // The answer says "Connection: close": a well-behaved client closes
        // on reading it; otherwise the server closes after a short linger.
        QTimer::singleShot(kLingerMs, this, [this] { close(); });
    }

    void close() {
        m_socket->disconnectFromHost();
        // A peer that does not read could hold the close open: abort it.
        QTimer::singleShot(kCloseGraceMs, m_socket, [socket = m_socket] {
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->abort();
        });
    }

    QTcpSocket* m_socket;
    HttpListener::Limits m_limits;
    QTimer m_timer;
    State m_state = State::Receiving;
    QByteArray m_head;
    qint64 m_received = 0;
    qint64 m_headLength = -1;
};

RequestGuard* guardOf(QTcpSocket* socket) {
    if (!socket)
        return nullptr;
    return static_cast<RequestGuard*>(
        socket->findChild<QObject*>(kGuardName, Qt::FindDirectChildrenOnly));
}

} // namespace

HttpListener::HttpListener(Limits limits, std::optional<QSslConfiguration> tls, QObject* parent)
    : QSslServer(parent)
    , m_limits(limits)
    , m_tls(tls.has_value()) {
    if (tls)
        setSslConfiguration(*tls);
}

void HttpListener::incomingConnection(qintptr handle) {
    if (m_tls)
        QSslServer::incomingConnection(handle);
    else
        QTcpServer::incomingConnection(handle); // a plain QTcpSocket
}

QTcpSocket* HttpListener::nextPendingConnection() {
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (socket)
        new RequestGuard(socket, m_limits);
    return socket;
}

void HttpListener::requestAnswered(QTcpSocket* socket) {
    if (RequestGuard* guard = guardOf(socket))
        guard->answered();
}

bool HttpListener::isCutOff(QTcpSocket* socket) {
    const RequestGuard* guard = guardOf(socket);
    return guard && guard->isCutOff();
}

} // namespace quittance::server
