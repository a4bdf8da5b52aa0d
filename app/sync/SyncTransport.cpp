#include "SyncTransport.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

#include <algorithm>

namespace quittance::sync {

namespace {
QJsonObject errorObject(const QJsonObject& json) {
    return json.value(QStringLiteral("error")).toObject();
}
} // namespace

QString SyncTransport::Response::errorCode() const {
    return errorObject(json).value(QStringLiteral("code")).toString();
}
QString SyncTransport::Response::errorField() const {
    return errorObject(json).value(QStringLiteral("field")).toString();
}
QString SyncTransport::Response::errorMessage() const {
    const QString message = errorObject(json).value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message.left(300);
    if (status == 0)
        return networkError;
    return QStringLiteral("HTTP status %1").arg(status);
}
QJsonObject SyncTransport::Response::errorCurrent() const {
    return errorObject(json).value(QStringLiteral("current")).toObject();
}

SyncTransport::SyncTransport(SyncOptions options, QByteArray apiKey)
    : m_options(std::move(options))
    , m_apiKey(std::move(apiKey))
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
    if (!m_options.caFile.isEmpty())
        m_ssl.addCaCertificates(QSslCertificate::fromPath(m_options.caFile, QSsl::Pem));
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_nam.setAutoDeleteReplies(false);
}

SyncTransport::~SyncTransport() {
    m_apiKey.fill('\0');
}

int SyncTransport::backoffMs(int attempt) const {
    const qint64 exp = qint64{m_options.backoffBaseMs} << std::min(attempt, 20);
    const qint64 capped = std::min<qint64>(exp, m_options.backoffCapMs);
    // Full jitter on the upper half: between capped/2 and capped.
    const qint64 half = std::max<qint64>(1, capped / 2);
    return static_cast<int>(half + QRandomGenerator::global()->bounded(half + 1));
}

SyncTransport::Response SyncTransport::send(const Request& request) {
    return send(std::vector<Request>{request}).front();
}

std::vector<SyncTransport::Response> SyncTransport::send(const std::vector<Request>& requests) {
    struct Slot {
        int attempts = 0;
        int rateWaits = 0;
        bool pinFailed = false;
    };
    const std::size_t n = requests.size();
    std::vector<Response> responses(n);
    std::vector<Slot> slots(n);
    if (n == 0)
        return responses;
    QEventLoop loop;
    std::size_t next = 0;
    std::size_t inFlight = 0;
    bool stop = false;
    std::function<void(std::size_t)> start;
    const auto pump = [&]() {
        while (!stop && inFlight < static_cast<std::size_t>(std::max(1, m_options.concurrency)) &&
               next < n) {
            ++inFlight;
            start(next++);
        }
        if (inFlight == 0) {
            for (std::size_t i = next; i < n; ++i)
                responses[i].cancelled = true;
            loop.quit();
        }
    };
    start = [&](std::size_t index) {
        const Request& r = requests[index];
        QUrl url = m_options.server;
        const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
        const qsizetype q = r.path.indexOf(u'?');
        url.setPath(base + (q < 0 ? r.path : r.path.left(q)));
        url.setQuery(q < 0 ? QString() : r.path.mid(q + 1));
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        request.setTransferTimeout(m_options.requestTimeoutMs);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("x-api-key", m_apiKey);
        request.setRawHeader("Accept", "application/json");
        if (!r.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto& [name, value] : r.headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, r.method, r.body);
        if (!m_options.publicKeyPin.isEmpty()) {
            QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply, &slots, index] {
                const QByteArray spki =
                    reply->sslConfiguration().peerCertificate().publicKey().toDer();
                const QByteArray pin =
                    QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
                if (pin != m_options.publicKeyPin) {
                    slots[index].pinFailed = true;
                    reply->abort();
                }
            });
        }
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index] {
            reply->deleteLater();
            Slot& slot = slots[index];
            Response out;
            out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            out.body = reply->readAll();
            out.json = QJsonDocument::fromJson(out.body).object();
            for (const auto& [name, value] : reply->rawHeaderPairs())
                out.headers.insert(name.toLower(), value);
            if (slot.pinFailed) {
                out.status = 0;
                out.tlsFailure = true;
                out.networkError = QStringLiteral(
                    "The server's public key does not match the pinned key; the connection was "
                    "refused.");
            } else if (out.status == 0) {
                const auto error = reply->error();
                out.tlsFailure = error == QNetworkReply::SslHandshakeFailedError;
                out.networkError =
                    out.tlsFailure ? QStringLiteral("The server's certificate is not trusted: %1")
                                         .arg(reply->errorString())
                                   : reply->errorString();
            }
            ++slot.attempts;
            int waitMs = -1;
            if (out.status == 429) {
                bool ok = false;
                const int seconds = out.headers.value("retry-after").trimmed().toInt(&ok);
                if (ok && seconds >= 0 && seconds <= m_options.maxRetryAfterSeconds &&
                    slot.rateWaits < 20) {
                    ++slot.rateWaits;
                    waitMs = seconds * 1000 + 50;
                }
            } else if (out.isTransient() && slot.attempts < m_options.maxAttempts) {
                waitMs = backoffMs(slot.attempts - 1);
            }
            if (waitMs >= 0 && !stop) {
                ++m_retries;
                m_longestWaitMs = std::max(m_longestWaitMs, waitMs);
                QTimer::singleShot(waitMs, &loop, [&, index] { start(index); });
                return;
            }
            responses[index] = std::move(out);
            if (responses[index].status == 401)
                stop = true;
            --inFlight;
            pump();
        });
    };
    QTimer::singleShot(0, &loop, pump);
    loop.exec();
    return responses;
}

} // namespace quittance::sync
