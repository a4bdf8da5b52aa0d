#include "Log.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <sodium.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace quittance::storage {

namespace {
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;

void logAt(spdlog::level::level_enum level, const QString& message) {
    if (g_logger)
        g_logger->log(level, "{}", message.toStdString());
}
} // namespace

QString Log::directory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("quittance/logs"));
}

QString Log::filePath() {
    return g_path;
}

domain::Status Log::init(const QString& fileStem, bool verbose) {
    const QString dir = directory();
    if (!QDir().mkpath(dir))
        return domain::fail(domain::ErrorCode::Io,
                            QStringLiteral("Could not create the log directory."));
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    g_path = QDir(dir).filePath(fileStem + QStringLiteral(".log"));
    // Create (or tighten) every file of the rotation as 0600 before spdlog
    // opens it, so the umask of the caller does not matter.
    for (int i = 0; i <= 5; ++i) {
        const QString path =
            i == 0 ? g_path : QDir(dir).filePath(QStringLiteral("%1.%2.log").arg(fileStem).arg(i));
        const QByteArray native = QFile::encodeName(path);
        if (i == 0) {
            const int fd = ::open(native.constData(),
                                  O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (fd >= 0)
                ::close(fd);
        }
        ::chmod(native.constData(), 0600);
    }
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_path.toStdString(),
                                                                           1024 * 1024, 5);
        g_logger = std::make_shared<spdlog::logger>("quittance", sink);
        g_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [%P] %v");
        g_logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
        g_logger->flush_on(spdlog::level::info); // few lines; a killed GUI keeps them
    } catch (const spdlog::spdlog_ex&) {
        g_logger.reset();
        return domain::fail(domain::ErrorCode::Io, QStringLiteral("Could not open the log file."));
    }
    return {};
}

QString Log::redact(const QString& userValue) {
    const QByteArray utf8 = userValue.toUtf8();
    unsigned char digest[4];
    static const unsigned char kKey[] = "quittance-log-redaction-v1";
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char*>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()), kKey, sizeof kKey - 1);
    return QStringLiteral("u:") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

void Log::debug(const QString& message) {
    logAt(spdlog::level::debug, message);
}
void Log::info(const QString& message) {
    logAt(spdlog::level::info, message);
}
void Log::warn(const QString& message) {
    logAt(spdlog::level::warn, message);
}
void Log::error(const QString& message) {
    logAt(spdlog::level::err, message);
}

void Log::flush() {
    if (g_logger)
        g_logger->flush();
}

void Log::shutdown() {
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
}

} // namespace quittance::storage
