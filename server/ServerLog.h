#pragma once

#include <QJsonObject>
#include <QString>

namespace quittance::server {

// Structured JSON lines on stderr through spdlog: {"ts","level", ...fields}.
// Request lines carry the request id, method, path, status and latency;
// never the API key, a query's cursor values beyond the path, or a body.
// Asynchronous: written by a background thread; if stderr blocks (nobody
// reads the pipe), the oldest unwritten lines are dropped, the server goes
// on answering. flush() writes what is queued and stops the thread.
class ServerLog {
public:
    enum class Level { Debug, Info, Warn, Error, Off };
    static void init(Level level);
    static void write(Level level, const QJsonObject& fields);
    static void flush();
};

} // namespace quittance::server
