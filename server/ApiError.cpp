#include "ApiError.h"

#include <QJsonDocument>

namespace quittance::server {

namespace {
ApiError make(int status, const char* code, QString message, QString field = {}) {
    return ApiError{status, QString::fromLatin1(code), std::move(message), std::move(field), {}};
}
} // namespace

ApiError ApiError::badRequest(QString message, QString field) {
    return make(400, "bad_request", std::move(message), std::move(field));
}
ApiError ApiError::unauthorized() {
    return make(401, "unauthorized", QStringLiteral("A valid API key is required."));
}
ApiError ApiError::notFound() {
    return make(404, "not_found", QStringLiteral("No such resource."));
}
ApiError ApiError::methodNotAllowed() {
    return make(405, "method_not_allowed",
                QStringLiteral("This method is not allowed on this resource."));
}
ApiError ApiError::conflict(QString message, QString field) {
    return make(409, "conflict", std::move(message), std::move(field));
}
ApiError ApiError::preconditionFailed(QJsonObject current) {
    ApiError error = make(412, "precondition_failed",
                          QStringLiteral("The record has changed since the version given in "
                                         "If-Match; the current version is included."));
    error.current = std::move(current);
    return error;
}
ApiError ApiError::requestTimeout() {
    return make(408, "request_timeout",
                QStringLiteral("The request was not received in time; the connection is closed."));
}
ApiError ApiError::payloadTooLarge() {
    return make(413, "payload_too_large", QStringLiteral("The request body exceeds 1 MiB."));
}
ApiError ApiError::unsupportedMediaType() {
    return make(415, "unsupported_media_type",
                QStringLiteral("Request bodies must be sent as application/json."),
                QStringLiteral("Content-Type"));
}
ApiError ApiError::validationFailed(QString message, QString field) {
    return make(422, "validation_failed", std::move(message), std::move(field));
}
ApiError ApiError::rateLimited() {
    return make(429, "rate_limited",
                QStringLiteral("Too many requests; retry after the time in Retry-After."));
}
ApiError ApiError::internal() {
    return make(500, "internal", QStringLiteral("The server could not complete the request."));
}

QByteArray ApiError::body(const QString& requestId) const {
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("requestId"), requestId}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    if (status == 412)
        error.insert(QStringLiteral("current"), current);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

} // namespace quittance::server
