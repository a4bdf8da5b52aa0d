#include "ServerLog.h"

#include <QJsonDocument>

#include <spdlog/async.h>
#include <spdlog/async_logger.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace quittance::server {

namespace {
constexpr std::size_t kQueuedLines = 8192;

std::shared_ptr<spdlog::logger>& logger() {
    static std::shared_ptr<spdlog::logger> instance;
    return instance;
}

spdlog::level::level_enum toSpd(ServerLog::Level level) {
    switch (level) {
    case ServerLog::Level::Debug:
        return spdlog::level::debug;
    case ServerLog::Level::Info:
        return spdlog::level::info;
    case ServerLog::Level::Warn:
        return spdlog::level::warn;
    case ServerLog::Level::Error:
        return spdlog::level::err;
    case ServerLog::Level::Off:
        break;
    }
    return spdlog::level::off;
}
} // namespace

void ServerLog::init(Level level) {
    auto& log = logger();
    if (!log) {
        // Lines are written by spdlog's background thread, so a request
        // never waits for stderr; when stderr is not being read (a full pipe)
        // the oldest queued lines are dropped instead of stalling the server.
        spdlog::init_thread_pool(kQueuedLines, 1);
        log = std::make_shared<spdlog::async_logger>(
            "quittance-server", std::make_shared<spdlog::sinks::stderr_sink_mt>(),
            spdlog::thread_pool(), spdlog::async_overflow_policy::overrun_oldest);
        log->set_pattern(R"({"ts":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})",
                         spdlog::pattern_time_type::utc);
        log->flush_on(spdlog::level::warn);
    }
    log->set_level(toSpd(level));
}

void ServerLog::write(Level level, const QJsonObject& fields) {
    auto& log = logger();
    if (!log || !log->should_log(toSpd(level)))
        return;
    QByteArray text = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    // Strip the braces: the pattern supplies them around ts and level.
    text = text.mid(1, text.size() - 2);
    log->log(toSpd(level), "{}",
             std::string_view(text.constData(), static_cast<size_t>(text.size())));
}

void ServerLog::flush() {
    if (logger()) {
        logger()->flush();
        // Drains the queue and joins the logging thread.
        logger().reset();
        spdlog::shutdown();
    }
}

} // namespace quittance::server
