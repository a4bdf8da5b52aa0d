#include "HttpFrontend.h"

#include "HttpListener.h"
#include "ServerLog.h"

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

HttpFrontend::HttpFrontend(ApiHandler& handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(handler) {}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) {
    if (HttpListener::isCutOff(socket))
        return true; // already answered 408 or 413 and closing
    QElapsedTimer timer;
    timer.start();
    HttpRequest in;
    in.method = methodName(request.method());
    const QUrl url = request.url();
    in.path = url.path(QUrl::FullyEncoded).toLatin1();
    in.query = url.query(QUrl::FullyEncoded).toLatin1();
    in.headers = request.headers();
    in.body = request.body();
    in.peer = request.remoteAddress().toString();

    HttpResponse out = m_handler.handle(in);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(out.status));
    for (const auto& [name, value] : out.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(out.body.size()));
    responder.writeBody(out.body);
    HttpListener::requestAnswered(socket);

    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QJsonObject line{{QStringLiteral("requestId"), QString::fromLatin1(out.header("X-Request-Id"))},
                     {QStringLiteral("method"), QString::fromLatin1(in.method)},
                     {QStringLiteral("path"), QString::fromLatin1(in.path.left(200))},
                     {QStringLiteral("status"), out.status},
                     {QStringLiteral("latencyMs"), qRound(ms * 1000) / 1000.0}};
    const QString internal = m_handler.takeInternalError();
    if (!internal.isEmpty())
        line.insert(QStringLiteral("error"), internal);
    ServerLog::write(out.status >= 500 ? ServerLog::Level::Error : ServerLog::Level::Info, line);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) {
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace quittance::server
