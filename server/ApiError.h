#pragma once

#include "HttpMessage.h"

#include <QJsonObject>
#include <QString>

namespace quittance::server {

// The contract's error envelope: {"error": {"code", "message", "requestId",
// "field"?, "current"?}}. Messages are fixed sentences or name only what the
// client sent; never a stack trace, SQL or a path on the server.
struct ApiError {
    int status = 500;
    QString code;
    QString message;
    QString field;
    QJsonObject current; // on 412: the record as the server has it

    static ApiError badRequest(QString message, QString field = {});
    static ApiError unauthorized();
    static ApiError notFound();
    static ApiError methodNotAllowed();
    static ApiError conflict(QString message, QString field = {});
    static ApiError preconditionFailed(QJsonObject current);
    static ApiError requestTimeout();
    static ApiError payloadTooLarge();
    static ApiError unsupportedMediaType();
    static ApiError validationFailed(QString message, QString field = {});
    static ApiError rateLimited();
    static ApiError internal();

    QByteArray body(const QString& requestId) const;
};

} // namespace quittance::server
