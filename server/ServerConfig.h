#pragma once

#include "ServerLog.h"
#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace quittance::server {

// quittance-server's settings: environment variables first, then flags,
// which win. See usage() and docs/SYNC_SERVER.md.
struct ServerConfig {
    enum class Command { Serve, KeyCreate, KeyRevoke, KeyList, Help, Version };

    Command command = Command::Serve;
    QString dataDir;
    QString bind = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString tlsCert;
    QString tlsKey;
    bool insecureLoopback = false;
    bool durable = true; // --synchronous full (default) or normal
    int rateBudget = 600;
    int rateWindowSeconds = 60;
    // A request not read completely within this many seconds of its first
    // byte (or of the connection) is answered 408 and the connection closed.
    int requestTimeoutSeconds = 30;
    // A keep-alive connection with no new request this many seconds after
    // an answer is closed (without an answer).
    int idleTimeoutSeconds = 60;
    ServerLog::Level logLevel = ServerLog::Level::Info;
    QString account; // key create
    QString keyId;   // key revoke

    static domain::Result<ServerConfig> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace quittance::server
