#include "ServerConfig.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace quittance::server {

using domain::ErrorCode;

namespace {

domain::Result<int> parseInt(const QString& value, const QString& name, int min, int max) {
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 must be an integer from %2 to %3.").arg(name).arg(min).arg(max),
            name);
    return n;
}

domain::Result<ServerLog::Level> parseLevel(const QString& value) {
    if (value == QLatin1String("debug"))
        return ServerLog::Level::Debug;
    if (value == QLatin1String("info"))
        return ServerLog::Level::Info;
    if (value == QLatin1String("warn"))
        return ServerLog::Level::Warn;
    if (value == QLatin1String("error"))
        return ServerLog::Level::Error;
    if (value == QLatin1String("off"))
        return ServerLog::Level::Off;
    return domain::fail(ErrorCode::InvalidInput,
                        QStringLiteral("--log-level must be debug, info, warn, error or off."),
                        QStringLiteral("--log-level"));
}

} // namespace

QString ServerConfig::usage() {
    return QStringLiteral(
        "Usage: quittance-server [serve] [options]\n"
        "       quittance-server key create --account NAME [--data-dir DIR]\n"
        "       quittance-server key revoke KEY_ID [--data-dir DIR]\n"
        "       quittance-server key list [--data-dir DIR]\n"
        "\n"
        "The reference server of the Quittance sync API (HTTPS, JSON). It keeps its\n"
        "data in an encrypted SQLite database in the data directory; the database key\n"
        "is generated on first start into DIR/server.key (mode 0600).\n"
        "\n"
        "Options (environment variable in brackets; a flag wins over the variable):\n"
        "  --data-dir DIR        data directory [QUITTANCE_SERVER_DATA_DIR]\n"
        "                        (default: ~/.local/share/quittance-server)\n"
        "  --bind ADDRESS        address to listen on [QUITTANCE_SERVER_BIND]\n"
        "                        (default: 127.0.0.1; use 0.0.0.0 or :: for all)\n"
        "  --port PORT           TCP port, 0 for any free one [QUITTANCE_SERVER_PORT]\n"
        "                        (default: 8443)\n"
        "  --tls-cert FILE       PEM certificate (chain) [QUITTANCE_SERVER_TLS_CERT]\n"
        "  --tls-key FILE        PEM private key [QUITTANCE_SERVER_TLS_KEY]\n"
        "  --insecure-loopback   serve plain HTTP, for development only; binds to\n"
        "                        127.0.0.1 whatever --bind says\n"
        "  --rate-limit N        requests per window per API key, and per client IP\n"
        "                        for unauthenticated requests [QUITTANCE_SERVER_RATE_LIMIT]\n"
        "                        (default: 600)\n"
        "  --rate-window SECS    the rate-limit window [QUITTANCE_SERVER_RATE_WINDOW]\n"
        "                        (default: 60)\n"
        "  --request-timeout SECS  a request (headers and body) must arrive within this\n"
        "                        time, else 408 and the connection is closed\n"
        "                        [QUITTANCE_SERVER_REQUEST_TIMEOUT] (default: 30)\n"
        "  --idle-timeout SECS   a keep-alive connection with no new request this long\n"
        "                        after an answer is closed [QUITTANCE_SERVER_IDLE_TIMEOUT]\n"
        "                        (default: 60)\n"
        "  --synchronous MODE    full (default: every acknowledged change survives power\n"
        "                        loss) or normal (faster; survives a server crash, may lose\n"
        "                        the last changes on power loss) [QUITTANCE_SERVER_SYNCHRONOUS]\n"
        "  --log-level LEVEL     debug, info, warn, error or off [QUITTANCE_SERVER_LOG_LEVEL]\n"
        "                        (default: info); JSON lines on stderr\n"
        "  -h, --help            show this help\n"
        "  --version             show the version\n"
        "\n"
        "Without --tls-cert and --tls-key the server refuses to start, unless\n"
        "--insecure-loopback is given. The plaintext API key is printed once by\n"
        "'key create'; only the SHA-256 of its secret is stored.\n");
}

domain::Result<ServerConfig> ServerConfig::parse(const QStringList& arguments) {
    ServerConfig config;
    const auto env = [](const char* name) { return qEnvironmentVariable(name); };
    config.dataDir = env("QUITTANCE_SERVER_DATA_DIR");
    if (config.dataDir.isEmpty())
        config.dataDir = QDir::homePath() + QStringLiteral("/.local/share/quittance-server");
    if (const QString v = env("QUITTANCE_SERVER_BIND"); !v.isEmpty())
        config.bind = v;
    config.tlsCert = env("QUITTANCE_SERVER_TLS_CERT");
    config.tlsKey = env("QUITTANCE_SERVER_TLS_KEY");
    struct EnvInt {
        const char* name;
        int* target;
        int min;
        int max;
    };
    for (const EnvInt& e :
         {EnvInt{"QUITTANCE_SERVER_PORT", &config.port, 0, 65535},
          EnvInt{"QUITTANCE_SERVER_RATE_LIMIT", &config.rateBudget, 1, 1000000},
          EnvInt{"QUITTANCE_SERVER_RATE_WINDOW", &config.rateWindowSeconds, 1, 86400},
          EnvInt{"QUITTANCE_SERVER_REQUEST_TIMEOUT", &config.requestTimeoutSeconds, 1, 3600},
          EnvInt{"QUITTANCE_SERVER_IDLE_TIMEOUT", &config.idleTimeoutSeconds, 1, 3600}}) {
        if (const QString v = env(e.name); !v.isEmpty()) {
            auto n = parseInt(v, QString::fromLatin1(e.name), e.min, e.max);
            if (!n)
                return std::unexpected(n.error());
            *e.target = *n;
        }
    }
    const auto parseSync = [&config](const QString& v) -> domain::Status {
        if (v != QLatin1String("full") && v != QLatin1String("normal"))
            return domain::fail(ErrorCode::InvalidInput,
                                QStringLiteral("--synchronous must be full or normal."),
                                QStringLiteral("--synchronous"));
        config.durable = v == QLatin1String("full");
        return {};
    };
    if (const QString v = env("QUITTANCE_SERVER_SYNCHRONOUS"); !v.isEmpty()) {
        if (auto ok = parseSync(v); !ok)
            return std::unexpected(ok.error());
    }
    if (const QString v = env("QUITTANCE_SERVER_LOG_LEVEL"); !v.isEmpty()) {
        auto level = parseLevel(v);
        if (!level)
            return std::unexpected(level.error());
        config.logLevel = *level;
    }

    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        const auto value = [&]() -> domain::Result<QString> {
            if (i + 1 >= arguments.size())
                return domain::fail(ErrorCode::InvalidInput,
                                    QStringLiteral("%1 needs a value.").arg(arg), arg);
            return arguments[++i];
        };
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            config.command = Command::Help;
            return config;
        }
        if (arg == QLatin1String("--version")) {
            config.command = Command::Version;
            return config;
        }
        if (arg == QLatin1String("--insecure-loopback")) {
            config.insecureLoopback = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            positional << arg;
            continue;
        }
        auto v = value();
        if (!v)
            return std::unexpected(v.error());
        if (arg == QLatin1String("--data-dir")) {
            config.dataDir = *v;
        } else if (arg == QLatin1String("--bind")) {
            config.bind = *v;
        } else if (arg == QLatin1String("--port")) {
            auto n = parseInt(*v, arg, 0, 65535);
            if (!n)
                return std::unexpected(n.error());
            config.port = *n;
        } else if (arg == QLatin1String("--tls-cert")) {
            config.tlsCert = *v;
        } else if (arg == QLatin1String("--tls-key")) {
            config.tlsKey = *v;
        } else if (arg == QLatin1String("--rate-limit")) {
            auto n = parseInt(*v, arg, 1, 1000000);
            if (!n)
                return std::unexpected(n.error());
            config.rateBudget = *n;
        } else if (arg == QLatin1String("--rate-window")) {
            auto n = parseInt(*v, arg, 1, 86400);
            if (!n)
                return std::unexpected(n.error());
            config.rateWindowSeconds = *n;
        } else if (arg == QLatin1String("--request-timeout")) {
            auto n = parseInt(*v, arg, 1, 3600);
            if (!n)
                return std::unexpected(n.error());
            config.requestTimeoutSeconds = *n;
        } else if (arg == QLatin1String("--idle-timeout")) {
            auto n = parseInt(*v, arg, 1, 3600);
            if (!n)
                return std::unexpected(n.error());
            config.idleTimeoutSeconds = *n;
        } else if (arg == QLatin1String("--synchronous")) {
            if (auto ok = parseSync(*v); !ok)
                return std::unexpected(ok.error());
        } else if (arg == QLatin1String("--log-level")) {
            auto level = parseLevel(*v);
            if (!level)
                return std::unexpected(level.error());
            config.logLevel = *level;
        } else if (arg == QLatin1String("--account")) {
            config.account = *v;
        } else {
            return domain::fail(ErrorCode::InvalidInput,
                                QStringLiteral("Unknown option %1 (see --help).").arg(arg), arg);
        }
    }
    if (positional.isEmpty() || positional == QStringList{QStringLiteral("serve")})
        return config;
    if (positional.first() == QLatin1String("key") && positional.size() >= 2) {
        const QString& sub = positional[1];
        if (sub == QLatin1String("create") && positional.size() == 2) {
            static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
            if (!name.match(config.account).hasMatch())
                return domain::fail(ErrorCode::InvalidInput,
                                    QStringLiteral("key create needs --account NAME (1-64 of "
                                                   "letters, digits and . _ @ -)."),
                                    QStringLiteral("--account"));
            config.command = Command::KeyCreate;
            return config;
        }
        if (sub == QLatin1String("revoke") && positional.size() == 3) {
            config.command = Command::KeyRevoke;
            config.keyId = positional[2];
            return config;
        }
        if (sub == QLatin1String("list") && positional.size() == 2) {
            config.command = Command::KeyList;
            return config;
        }
    }
    return domain::fail(ErrorCode::InvalidInput, QStringLiteral("Unknown command (see --help)."),
                        QStringLiteral("command"));
}

} // namespace quittance::server
