#include "HttpMessage.h"

namespace quittance::server {

namespace {
QByteArray find(const HeaderList& headers, QByteArrayView name, bool* found) {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                *found = true;
            return value;
        }
    }
    if (found)
        *found = false;
    return {};
}
QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}
} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const {
    return find(headers, name, nullptr);
}

bool HttpRequest::hasHeader(QByteArrayView name) const {
    bool found = false;
    find(headers, name, &found);
    return found;
}

QByteArray HttpResponse::header(QByteArrayView name) const {
    return find(headers, name, nullptr);
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value) {
    for (auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::toWire(bool headRequest, bool closeConnection) const {
    QByteArray wire;
    wire.reserve(body.size() + 512);
    wire += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        wire += name + ": " + value + "\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeConnection)
        wire += "Connection: close\r\n";
    wire += "\r\n";
    if (!headRequest)
        wire += body;
    return wire;
}

} // namespace quittance::server
