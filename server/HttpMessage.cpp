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

} // namespace quittance::server
