#pragma once

// Runs quittance-server as a child process over real HTTPS on 127.0.0.1 with
// an ephemeral port and a self-signed certificate generated at test time,
// and sends requests with QNetworkAccessManager (certificate verification on,
// trusting only that certificate). Shared by the server and sync tests.

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>

#ifndef QUITTANCE_SERVER_PATH
#error "QUITTANCE_SERVER_PATH must name the quittance-server binary"
#endif

namespace quittance::test {

inline QString serverPath() {
    return QStringLiteral(QUITTANCE_SERVER_PATH);
}

// A self-signed certificate for localhost / 127.0.0.1 in `dir` (cert.pem, key.pem).
inline bool makeCertificate(const QString& dir, const QString& stem = QStringLiteral("tls")) {
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir + u'/' + stem + QStringLiteral("-key.pem"),
                   QStringLiteral("-out"), dir + u'/' + stem + QStringLiteral("-cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

struct ServerRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline ServerRun runServer(const QStringList& args, int timeoutMs = 30000) {
    QProcess p;
    p.start(serverPath(), args);
    ServerRun run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(QByteArrayView name) const {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    bool hasHeader(QByteArrayView name) const {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QString errorCode() const {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorField() const {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("field"))
            .toString();
    }
};

class ServerHarness {
public:
    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
    // Where the server's stderr (its JSON log) goes: a file, so that a test
    // blocked in waitForFinished() on another process never leaves the
    // server writing into a full pipe. Set before start() to redirect.
    QString stderrFile;

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    QString certPath() const { return dir.filePath(QStringLiteral("tls-cert.pem")); }
    QString keyPath() const { return dir.filePath(QStringLiteral("tls-key.pem")); }

    bool prepare() { return dir.isValid() && makeCertificate(dir.path()); }

    bool start(const QStringList& extra = {}, quint16 fixedPort = 0, bool tls = true) {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        if (stderrFile.isEmpty())
            stderrFile = dir.filePath(QStringLiteral("server-stderr.log"));
        process.setStandardErrorFile(stderrFile, QIODevice::Append);
        QStringList args{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--port"),
                         QString::number(fixedPort)};
        if (tls)
            args +=
                {QStringLiteral("--tls-cert"), certPath(), QStringLiteral("--tls-key"), keyPath()};
        else
            args += QStringLiteral("--insecure-loopback");
        args += extra;
        process.start(serverPath(), args);
        if (!process.waitForStarted(10000))
            return false;
        QByteArray out;
        static const QRegularExpression listening(
            QStringLiteral("listening on https?://[^:]+:(\\d+)"));
        for (int i = 0; i < 100; ++i) {
            process.waitForReadyRead(200);
            out += process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                port = static_cast<quint16>(m.captured(1).toUInt());
                return true;
            }
            if (process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

    void stop() {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(10000)) {
                process.kill();
                process.waitForFinished();
            }
        }
    }

    void kill() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }

    // Everything the server has logged so far (all its runs).
    QByteArray drainLog() const {
        if (!QFileInfo(stderrFile).isFile())
            return {};
        QFile log(stderrFile);
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

    ~ServerHarness() { kill(); }

    QString baseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(port); }

    // "qk_..." for a new key of `account`, or empty on failure.
    QByteArray createKey(const QString& account) {
        const ServerRun run =
            runServer({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--account"),
                       account, QStringLiteral("--data-dir"), dataDir()});
        static const QRegularExpression key(QStringLiteral("(qk_[a-z0-9]{12}_[A-Za-z0-9_-]{43})"));
        const auto m = key.match(QString::fromUtf8(run.out));
        return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
    }

    bool revokeKey(const QByteArray& key) {
        const QString id = QString::fromLatin1(key.mid(3, 12));
        return runServer({QStringLiteral("key"), QStringLiteral("revoke"), id,
                          QStringLiteral("--data-dir"), dataDir()})
                   .exitCode == 0;
    }

    QSslConfiguration trustingSsl() const {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(certPath()));
        return ssl;
    }
};

// Sends one request and waits for the reply (with a 30 s guard).
inline Reply send(QNetworkAccessManager& nam, const QSslConfiguration& ssl, const QString& url,
                  const QByteArray& method, const QByteArray& body = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& [k, v] : headers)
        request.setRawHeader(k, v);
    QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

} // namespace quittance::test
