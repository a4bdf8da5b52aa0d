#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace quittance::server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as the API handler sees it, independent of the transport,
// so that tests and fuzz targets can build requests without a socket.
struct HttpRequest {
    QByteArray method; // upper case: GET, POST, ...
    QByteArray path;   // percent-encoded path, without the query
    QByteArray query;  // raw query string, without '?'
    HeaderList headers;
    QByteArray body;
    QString peer; // client IP address

    // The first value of a header, matched case-insensitively; null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

struct HttpResponse {
    int status = 200;
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray& name, const QByteArray& value);
    // The response as HTTP/1.1 bytes: status line, headers, Content-Length
    // and the body (left out for HEAD); "Connection: close" when asked.
    QByteArray toWire(bool headRequest = false, bool closeConnection = false) const;
};

} // namespace quittance::server
