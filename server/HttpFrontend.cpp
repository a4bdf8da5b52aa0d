#include "HttpFrontend.h"

#include "HttpListener.h"
#include "ServerLog.h"
#include "ServerStore.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace quittance::server {

namespace {
QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}
} // namespace

HttpFrontend::HttpFrontend(ApiHandler& handler, ServerStore& store, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(handler)
    , m_store(store) {
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(0);
    connect(&m_commitTimer, &QTimer::timeout, this, &HttpFrontend::commitGroup);
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    if (HttpListener::isCutOff(socket))
        return true; // already answered 408 or 413 and closing
    Held held;
    held.timer.start();
    HttpRequest in;
    in.method = methodName(request.method());
    const QUrl url = request.url();
    in.path = url.path(QUrl::FullyEncoded).toLatin1();
    in.query = url.query(QUrl::FullyEncoded).toLatin1();
    in.headers = request.headers();
    in.body = request.body();
    in.peer = request.remoteAddress().toString();
    HttpListener::requestAnswered(socket);

    const bool writes = in.method == "POST" || in.method == "PUT" || in.method == "DELETE";
    if (writes && !m_store.inGroup()) {
        if (m_store.beginGroup())
            m_commitTimer.start();
    }
    held.response = m_handler.handle(in);
    held.internalError = m_handler.takeInternalError();
    held.socket = socket;
    held.head = in.method == "HEAD";
    held.method = in.method;
    held.path = in.path.left(200);
    if (m_store.inGroup())
        m_held.push_back(std::move(held));
    else
        answer(held);
    return true;
}

void HttpFrontend::finish() {
    m_commitTimer.stop();
    if (m_store.inGroup())
        commitGroup();
}

void HttpFrontend::commitGroup() {
    QElapsedTimer timer;
    timer.start();
    auto committed = m_store.commitGroup();
    std::vector<Held> held = std::exchange(m_held, {});
    ServerLog::write(
        ServerLog::Level::Debug,
        QJsonObject{{QStringLiteral("event"), QStringLiteral("commit")},
                    {QStringLiteral("requests"), static_cast<qint64>(held.size())},
                    {QStringLiteral("ok"), committed.has_value()},
                    {QStringLiteral("commitMs"),
                     qRound(static_cast<double>(timer.nsecsElapsed()) / 1e3) / 1000.0}});
    for (Held& h : held) {
        if (!committed) {
            h.response =
                ApiHandler::errorResponse(ApiError::internal(), h.response.header("X-Request-Id"));
            h.internalError = committed.error().message;
        }
        answer(h);
    }
}

void HttpFrontend::answer(Held& held) {
    if (held.socket && held.socket->state() == QAbstractSocket::ConnectedState)
        held.socket->write(held.response.toWire(held.head));
    const double ms = static_cast<double>(held.timer.nsecsElapsed()) / 1e6;
    QJsonObject line{
        {QStringLiteral("requestId"), QString::fromLatin1(held.response.header("X-Request-Id"))},
        {QStringLiteral("method"), QString::fromLatin1(held.method)},
        {QStringLiteral("path"), QString::fromLatin1(held.path)},
        {QStringLiteral("status"), held.response.status},
        {QStringLiteral("latencyMs"), qRound(ms * 1000) / 1000.0}};
    if (!held.internalError.isEmpty())
        line.insert(QStringLiteral("error"), held.internalError);
    ServerLog::write(held.response.status >= 500 ? ServerLog::Level::Error : ServerLog::Level::Info,
                     line);
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace quittance::server
