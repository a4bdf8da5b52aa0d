#include "ApiHandler.h"
#include "HttpFrontend.h"
#include "HttpListener.h"
#include "ServerConfig.h"
#include "ServerLog.h"
#include "ServerStore.h"
#include "storage/ProcessHardening.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace quittance::server;

namespace {

int failWith(const QString& message, int code) {
    QTextStream(stderr) << "quittance-server: " << message << '\n';
    return code;
}

int g_signalPipe[2] = {-1, -1};

// SIGTERM and SIGINT end the event loop (through a socket pair, the only
// thing a signal handler may safely touch), so that the server commits an
// open group and writes out its queued log lines before it exits.
bool quitOnSignals() {
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action {};
    action.sa_handler = [](int) {
        const char byte = 1;
        (void)!::write(g_signalPipe[1], &byte, 1);
    };
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

QString nowText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Exit codes: 0 ok, 2 usage or configuration, 3 not found, 4 TLS, 5 storage, 6 listen.
int run(const ServerConfig& config) {
    if (config.command == ServerConfig::Command::Help) {
        QTextStream(stdout) << ServerConfig::usage();
        return 0;
    }
    if (config.command == ServerConfig::Command::Version) {
        QTextStream(stdout) << "quittance-server " << QCoreApplication::applicationVersion()
                            << " (sync API v1)\n";
        return 0;
    }
    // TLS is checked before anything is created on disk.
    std::optional<QSslCertificate> certificate;
    std::optional<QSslKey> key;
    QHostAddress address;
    if (config.command == ServerConfig::Command::Serve) {
        if (config.insecureLoopback) {
            address = config.bind == QLatin1String("::1")
                          ? QHostAddress(QHostAddress::LocalHostIPv6)
                          : QHostAddress(QHostAddress::LocalHost);
        } else {
            if (config.tlsCert.isEmpty() || config.tlsKey.isEmpty())
                return failWith(
                    QStringLiteral("refusing to start without a TLS certificate and key "
                                   "(--tls-cert, --tls-key); for development on this "
                                   "machine only, use --insecure-loopback"),
                    4);
            const auto certs = QSslCertificate::fromPath(config.tlsCert, QSsl::Pem);
            if (certs.isEmpty())
                return failWith(QStringLiteral("could not read a PEM certificate from --tls-cert"),
                                4);
            QFile keyFile(config.tlsKey);
            if (!keyFile.open(QIODevice::ReadOnly))
                return failWith(QStringLiteral("could not read --tls-key"), 4);
            const QByteArray pem = keyFile.readAll();
            for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                QSslKey candidate(pem, algorithm, QSsl::Pem);
                if (!candidate.isNull()) {
                    key = candidate;
                    break;
                }
            }
            if (!key)
                return failWith(QStringLiteral("could not read a PEM private key from --tls-key"),
                                4);
            certificate = certs.first();
            address = QHostAddress(config.bind);
            if (address.isNull())
                return failWith(QStringLiteral("--bind is not an IP address"), 2);
        }
    }

    auto store = ServerStore::open(config.dataDir, config.durable);
    if (!store)
        return failWith(store.error().message, 5);

    switch (config.command) {
    case ServerConfig::Command::KeyCreate: {
        auto created = (*store)->createKey(config.account, nowText());
        if (!created)
            return failWith(created.error().message, 5);
        QTextStream out(stdout);
        out << "Key " << created->keyId << " for account " << config.account << ":\n"
            << created->plaintext << '\n'
            << "Store it now: it is shown only once.\n";
        return 0;
    }
    case ServerConfig::Command::KeyRevoke: {
        auto revoked = (*store)->revokeKey(config.keyId, nowText());
        if (!revoked)
            return failWith(revoked.error().message,
                            revoked.error().code == quittance::domain::ErrorCode::NotFound ? 3 : 5);
        QTextStream(stdout) << "Key " << config.keyId << " revoked.\n";
        return 0;
    }
    case ServerConfig::Command::KeyList: {
        auto keys = (*store)->listKeys();
        if (!keys)
            return failWith(keys.error().message, 5);
        QTextStream out(stdout);
        out << "KEY_ID\tACCOUNT\tCREATED\tLAST_USED\tREVOKED\n";
        for (const auto& k : *keys)
            out << k.keyId << '\t' << k.account << '\t' << k.created << '\t'
                << (k.lastUsed.isEmpty() ? QStringLiteral("-") : k.lastUsed) << '\t'
                << (k.revoked.isEmpty() ? QStringLiteral("-") : k.revoked) << '\n';
        return 0;
    }
    default:
        break;
    }

    ServerLog::init(config.logLevel);
    ApiHandler handler(**store, {config.rateBudget, config.rateWindowSeconds});
    HttpFrontend frontend(handler, **store);
    std::optional<QSslConfiguration> tls;
    if (certificate) {
        tls = QSslConfiguration(); // as QAbstractHttpServer::sslSetup() builds it
        tls->setLocalCertificate(*certificate);
        tls->setPrivateKey(*key);
        tls->setProtocol(QSsl::SecureProtocols);
    }
    // Our own listening socket (not QAbstractHttpServer::listen()), so that
    // slow and oversized requests are cut off (HttpListener).
    HttpListener::Limits limits;
    limits.requestTimeout = std::chrono::seconds(config.requestTimeoutSeconds);
    limits.idleTimeout = std::chrono::seconds(config.idleTimeoutSeconds);
    limits.maxBodyBytes = ApiHandler::kMaxBodyBytes;
    auto* listener = new HttpListener(limits, tls, &frontend);
    quint16 port = 0;
    if (listener->listen(address, static_cast<quint16>(config.port))) {
        frontend.bind(listener);
        port = listener->serverPort();
    }
    if (port == 0)
        return failWith(
            QStringLiteral("could not listen on %1:%2").arg(address.toString()).arg(config.port),
            6);
    const QString url = QStringLiteral("%1://%2:%3")
                            .arg(certificate ? QStringLiteral("https") : QStringLiteral("http"),
                                 address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("[%1]").arg(address.toString())
                                     : address.toString())
                            .arg(port);
    ServerLog::write(ServerLog::Level::Info,
                     QJsonObject{{QStringLiteral("event"), QStringLiteral("listening")},
                                 {QStringLiteral("url"), url},
                                 {QStringLiteral("tls"), certificate.has_value()}});
    QTextStream(stdout) << "quittance-server listening on " << url << Qt::endl;
    if (!quitOnSignals())
        return failWith(QStringLiteral("could not install the signal handlers"), 7);
    QSocketNotifier signalled(static_cast<qintptr>(g_signalPipe[0]), QSocketNotifier::Read);
    QObject::connect(&signalled, &QSocketNotifier::activated, &frontend,
                     [] { QCoreApplication::quit(); });
    const int code = QCoreApplication::exec();
    frontend.finish();
    ServerLog::write(ServerLog::Level::Info,
                     QJsonObject{{QStringLiteral("event"), QStringLiteral("stopped")}});
    ServerLog::flush();
    return code;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!quittance::storage::hardenProcess()) {
        std::fputs("quittance-server: could not initialise process protections\n", stderr);
        return 7;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quittance-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    auto config = ServerConfig::parse(QCoreApplication::arguments());
    if (!config)
        return failWith(config.error().message, 2);
    return run(*config);
}
