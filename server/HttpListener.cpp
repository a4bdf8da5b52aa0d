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
    // Where a chunked body is: None when the request is not chunked.
    enum class Chunk {
        None,
        Size,
        Extension,
        SizeLf,
        Data,
        DataCr,
        DataLf,
        TrailerLineStart,
        LastLf,
        Done
    };

    void startRequest() {
        m_state = State::Receiving;
        m_head.clear();
        m_received = 0;
        m_headLength = -1;
        m_chunk = Chunk::None;
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
        qsizetype bodyFrom = 0; // where the body starts in what arrived now
        if (m_headLength < 0) {
            const qsizetype before = m_head.size();
            const qint64 room = m_limits.maxHeaderBytes + 4 - m_head.size();
            m_head += m_socket->peek(std::min(available, room));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    cutOff(ApiError::payloadTooLarge(), QStringLiteral("headers too large"));
                return;
            }
            m_headLength = end + 4;
            bodyFrom = m_headLength - before;
            m_head.truncate(end);
            bool ok = false;
            const QByteArray length = headerValue(m_head, "Content-Length");
            const QByteArray coding = headerValue(m_head, "Transfer-Encoding");
            if (!coding.isNull()) {
                if (coding.compare("chunked", Qt::CaseInsensitive) != 0 || !length.isNull()) {
                    cutOff(ApiError::badRequest(
                               QStringLiteral("Transfer-Encoding must be chunked, without a "
                                              "Content-Length."),
                               QStringLiteral("Transfer-Encoding")),
                           QStringLiteral("unsupported transfer coding"));
                    return;
                }
                m_chunk = Chunk::Size;
                m_chunkSize = 0;
                m_chunkDigits = 0;
                m_bodyDeclared = 0;
            }
            const qint64 declared = length.toLongLong(&ok);
            if (!length.isNull() && (!ok || declared > m_limits.maxBodyBytes)) {
                cutOff(ApiError::payloadTooLarge(), QStringLiteral("declared body too large"));
                return;
            }
        }
        if (m_chunk != Chunk::None && m_chunk != Chunk::Done && bodyFrom < available) {
            const QByteArray fresh = m_socket->peek(available);
            if (!followChunks(QByteArrayView(fresh).sliced(bodyFrom)))
                return;
        }
        // Chunked bodies have no length up front: cut them off once they grew
        // past the limit (with room for the chunk framing).
        if (m_received - m_headLength > m_limits.maxBodyBytes + 64 * 1024)
            cutOff(ApiError::payloadTooLarge(), QStringLiteral("body too large"));
    }

    // Follows the chunked framing (RFC 9112, 7.1) through `bytes`, so that a
    // chunk size over the limit is refused when it is announced and broken
    // framing gets 400 (QtHttpServer would drop the connection without an
    // answer). False when the connection was cut off.
    bool followChunks(QByteArrayView bytes) {
        const auto malformed = [this] {
            cutOff(ApiError::badRequest(QStringLiteral("The chunked request body is malformed.")),
                   QStringLiteral("malformed chunked body"));
            return false;
        };
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes[i];
            switch (m_chunk) {
            case Chunk::Size: {
                const int digit = QChar::fromLatin1(c).isDigit() ? c - '0'
                                  : (c >= 'a' && c <= 'f')       ? c - 'a' + 10
                                  : (c >= 'A' && c <= 'F')       ? c - 'A' + 10
                                                                 : -1;
                if (digit >= 0) {
                    m_chunkSize = m_chunkSize * 16 + digit;
                    ++m_chunkDigits;
                    if (m_bodyDeclared + m_chunkSize > m_limits.maxBodyBytes) {
                        cutOff(ApiError::payloadTooLarge(), QStringLiteral("chunk size too large"));
                        return false;
                    }
                } else if (m_chunkDigits == 0) {
                    return malformed();
                } else if (c == '\r') {
                    m_chunk = Chunk::SizeLf;
                } else if (c == ';' || c == ' ' || c == '\t') {
                    m_chunk = Chunk::Extension;
                } else {
                    return malformed();
                }
                break;
            }
            case Chunk::Extension:
                if (c == '\r')
                    m_chunk = Chunk::SizeLf;
                else if (c == '\n')
                    return malformed();
                break;
            case Chunk::SizeLf:
                if (c != '\n')
                    return malformed();
                m_bodyDeclared += m_chunkSize;
                m_chunk = m_chunkSize == 0 ? Chunk::TrailerLineStart : Chunk::Data;
                break;
            case Chunk::Data: {
                const qint64 take = std::min<qint64>(m_chunkSize, bytes.size() - i);
                m_chunkSize -= take;
                i += take - 1;
                if (m_chunkSize == 0)
                    m_chunk = Chunk::DataCr;
                break;
            }
            case Chunk::DataCr:
                if (c != '\r')
                    return malformed();
                m_chunk = Chunk::DataLf;
                break;
            case Chunk::DataLf:
                if (c != '\n')
                    return malformed();
                m_chunk = Chunk::Size;
                m_chunkSize = 0;
                m_chunkDigits = 0;
                break;
            case Chunk::TrailerLineStart:
                // QtHttpServer 6.4 drops the connection on trailer fields
                // without an answer: refuse them clearly instead.
                if (c != '\r') {
                    cutOff(ApiError::badRequest(QStringLiteral(
                               "Trailer fields after a chunked body are not supported.")),
                           QStringLiteral("chunked trailer"));
                    return false;
                }
                m_chunk = Chunk::LastLf;
                break;
            case Chunk::LastLf:
                if (c != '\n')
                    return malformed();
                m_chunk = Chunk::Done;
                return true; // what follows is the next request
            case Chunk::None:
            case Chunk::Done:
                return true;
            }
        }
        return true;
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
    Chunk m_chunk = Chunk::None;
    qint64 m_chunkSize = 0;    // announced, then what is left of the chunk
    int m_chunkDigits = 0;     // hex digits of the size line so far
    qint64 m_bodyDeclared = 0; // sum of the chunk sizes so far
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
