#include "SyncOptions.h"

#include <QHostAddress>

namespace quittance::sync {

using domain::ErrorCode;

domain::Status SyncOptions::validate() const {
    if (!server.isValid() || server.host().isEmpty() || !server.userInfo().isEmpty() ||
        server.hasQuery() || server.hasFragment())
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The server URL must look like https://sync.example.com."),
            QStringLiteral("server"));
    const QString scheme = server.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme != QLatin1String("http"))
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The server URL must start with https://."),
                            QStringLiteral("server"));
    const QString host = server.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (!loopback || !allowInsecureLoopback)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("Plain http:// is accepted only for a server on this "
                           "machine (127.0.0.1, ::1, localhost) and only with "
                           "the development flag --insecure-loopback; use https://."),
            QStringLiteral("server"));
    return {};
}

} // namespace quittance::sync
