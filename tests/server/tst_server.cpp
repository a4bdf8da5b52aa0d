// quittance-server over real HTTPS on loopback: every error class of the
// contract, headers, key management, tenancy, ETag/If-Match, idempotency,
// immutability, duplicate numbers, deletions, cursors, checkpoints, rate
// limits, TLS refusal and the log's discretion.

#include "ServerHarness.h"
#include "SyncFixtures.h"

#include <QJsonArray>
#include <QSslSocket>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace quittance;
using namespace quittance::test;

class TstServer : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_keyA;
    QByteArray m_keyB;

    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
               QList<QPair<QByteArray, QByteArray>> headers = {}, const QByteArray& key = {}) {
        const QByteArray apiKey = key.isNull() ? m_keyA : key;
        if (!apiKey.isEmpty())
            headers.append(qMakePair(QByteArray("x-api-key"), apiKey));
        if (!body.isEmpty() && std::none_of(headers.begin(), headers.end(), [](const auto& h) {
                return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            }))
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send(m_nam, m_server.trustingSsl(), m_server.baseUrl() + path, method, body,
                    headers);
    }

    Reply post(const QString& coll, const QByteArray& body, const QByteArray& idem,
               const QByteArray& key = {}) {
        return call("POST", QStringLiteral("/api/v1/") + coll, body, {{"Idempotency-Key", idem}},
                    key);
    }

    static void checkSecurityHeaders(const Reply& r) {
        QCOMPARE(r.header("Strict-Transport-Security"),
                 QByteArray("max-age=31536000; includeSubDomains"));
        QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(r.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(r.header("Content-Security-Policy"),
                 QByteArray("default-src 'none'; frame-ancestors 'none'"));
        QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        QVERIFY(!r.hasHeader("Server"));
        QVERIFY(!r.hasHeader("X-Powered-By"));
    }

    // A raw HTTPS connection that sends `head` at once and then `drip` one
    // byte every 200 ms, calling `meanwhile` once it is under way; returns
    // what the server answered and whether it closed the connection (waits
    // for the close, or with `untilAnswered` for one complete answer).
    struct Trickled {
        QByteArray received;
        bool closed = false;
        int dripped = 0;
        int status() const { return received.mid(9, 3).toInt(); }
        // The length of the first answer once it is complete (head and
        // Content-Length bytes), else -1.
        qsizetype answerLength() const {
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end < 0)
                return -1;
            const qsizetype length = end + 4 + header("Content-Length").toLongLong();
            return received.size() >= length ? length : -1;
        }
        QByteArray header(QByteArrayView name) const {
            const QByteArray head = received.left(received.indexOf("\r\n\r\n"));
            for (const QByteArray& line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
        QJsonObject error() const {
            return QJsonDocument::fromJson(received.mid(received.indexOf("\r\n\r\n") + 4))
                .object()
                .value(QStringLiteral("error"))
                .toObject();
        }
    };
    static Trickled trickle(const ServerHarness& server, const QByteArray& head,
                            const QByteArray& drip, const std::function<void()>& meanwhile = {},
                            bool untilAnswered = false) {
        Trickled out;
        QSslSocket socket;
        socket.setSslConfiguration(server.trustingSsl());
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port);
        if (!socket.waitForEncrypted(15000))
            return out;
        QEventLoop loop;
        QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
            out.received += socket.readAll();
            if (untilAnswered && out.answerLength() >= 0)
                loop.quit();
        });
        QObject::connect(&socket, &QSslSocket::disconnected, &loop, [&] {
            out.closed = true;
            loop.quit();
        });
        QTimer dripper;
        QObject::connect(&dripper, &QTimer::timeout, &loop, [&] {
            if (out.dripped < drip.size() && socket.state() == QAbstractSocket::ConnectedState)
                socket.write(drip.mid(out.dripped++, 1));
        });
        socket.write(head);
        dripper.start(200);
        if (meanwhile)
            QTimer::singleShot(600, &loop, meanwhile);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit); // guard only
        loop.exec();
        out.received += socket.readAll();
        return out;
    }

    // `body` in chunked transfer coding, in pieces of `piece` bytes.
    static QByteArray chunked(const QByteArray& body, qsizetype piece) {
        QByteArray out;
        for (qsizetype at = 0; at < body.size(); at += piece) {
            const QByteArray part = body.mid(at, piece);
            out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        return out + "0\r\n\r\n";
    }

    static void checkCutOff(const Trickled& t, int status, const QString& code) {
        QVERIFY2(t.closed, "the server did not close the connection");
        QVERIFY2(t.received.startsWith("HTTP/1.1 "), t.received.constData());
        QCOMPARE(t.status(), status);
        QCOMPARE(t.error().value(QStringLiteral("code")).toString(), code);
        QVERIFY(!t.error().value(QStringLiteral("requestId")).toString().isEmpty());
        QCOMPARE(t.header("Connection"), QByteArray("close"));
        QCOMPARE(t.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(t.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(t.header("Content-Type"), QByteArray("application/json"));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_server.prepare());
        m_keyA = m_server.createKey(QStringLiteral("acme"));
        m_keyB = m_server.createKey(QStringLiteral("other"));
        QVERIFY(!m_keyA.isEmpty());
        QVERIFY(!m_keyB.isEmpty());
        QVERIFY(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
    }

    void cleanupTestCase() {
        m_server.stop();
        // The log never carries an API key or a body.
        const QByteArray log = m_server.drainLog();
        QVERIFY(log.contains("\"requestId\""));
        QVERIFY(!log.contains(m_keyA));
        QVERIFY(!log.contains(m_keyA.mid(16)));
        QVERIFY(!log.contains("Marktplatz"));
        // Nor does any file the server wrote: the key's secret is stored hashed.
        QDirIterator it(m_server.dataDir(), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(m_keyA.mid(16)));
            QVERIFY(!bytes.contains("acme")); // encrypted at rest
        }
    }

    void helpAndRefusals() {
        const ServerRun help = runServer({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--tls-cert"));
        QVERIFY(help.out.contains("QUITTANCE_SERVER_DATA_DIR"));
        QVERIFY(help.out.contains("key create --account"));
        QTemporaryDir tmp;
        const ServerRun noTls = runServer({QStringLiteral("--data-dir"), tmp.path()});
        QCOMPARE(noTls.exitCode, 4);
        QVERIFY(noTls.err.contains("refusing to start without a TLS certificate"));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("server.db"))));
        const ServerRun bad = runServer({QStringLiteral("--no-such-flag"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 2);
    }

    void insecureLoopbackBindsToLoopback() {
        QTemporaryDir tmp;
        QProcess p;
        p.start(serverPath(),
                {QStringLiteral("--data-dir"), tmp.path(), QStringLiteral("--insecure-loopback"),
                 QStringLiteral("--bind"), QStringLiteral("0.0.0.0"), QStringLiteral("--port"),
                 QStringLiteral("0")});
        QVERIFY(p.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 50 && !out.contains("listening"); ++i) {
            p.waitForReadyRead(200);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(out.contains("listening on http://127.0.0.1:"), out.constData());
        p.kill();
        p.waitForFinished();
    }

    void health() {
        const Reply r = call("GET", QStringLiteral("/health"), {}, {}, QByteArray(""));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
        checkSecurityHeaders(r);
    }

    void requestIdEchoed() {
        Reply r = call("GET", QStringLiteral("/health"), {}, {{"X-Request-Id", "abc-123"}});
        QCOMPARE(r.header("X-Request-Id"), QByteArray("abc-123"));
        r = call("GET", QStringLiteral("/health"), {}, {{"X-Request-Id", "bad id!"}});
        QVERIFY(r.header("X-Request-Id") != QByteArray("bad id!"));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(r.header("X-Request-Id"))).isNull());
    }

    void unauthorizedIsUniform() {
        const QByteArray wrongSecret = m_keyA.left(16) + QByteArray(43, 'A');
        const QByteArray unknownId = "qk_zzzzzzzzzzzz" + m_keyA.mid(15);
        const QByteArray revoked = m_server.createKey(QStringLiteral("acme"));
        QVERIFY(m_server.revokeKey(revoked));
        QJsonObject first;
        for (const QByteArray& key :
             {QByteArray(""), QByteArray("nonsense"), unknownId, wrongSecret, revoked}) {
            const Reply r = call("GET", QStringLiteral("/api/v1/clients"), {}, {}, key);
            QCOMPARE(r.status, 401);
            checkSecurityHeaders(r);
            QJsonObject error = r.json.value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(),
                     QStringLiteral("unauthorized"));
            error.remove(QStringLiteral("requestId"));
            if (first.isEmpty())
                first = error;
            QCOMPARE(error, first);
        }
        const ServerRun list = runServer({QStringLiteral("key"), QStringLiteral("list"),
                                          QStringLiteral("--data-dir"), m_server.dataDir()});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(revoked.mid(3, 12)));
        QVERIFY(!list.out.contains(revoked.mid(16)));
    }

    void mediaTypeSizeAndSyntax() {
        const QByteArray body = clientJson(syncClient(QUuid::createUuid(), QStringLiteral("X")));
        Reply r = call("POST", QStringLiteral("/api/v1/clients"), body,
                       {{"Content-Type", "text/plain"}, {"Idempotency-Key", "m1"}});
        QCOMPARE(r.status, 415);
        QCOMPARE(r.errorCode(), QStringLiteral("unsupported_media_type"));
        checkSecurityHeaders(r);
        r = call("POST", QStringLiteral("/api/v1/clients"), QByteArray(1024 * 1024 + 10, ' '),
                 {{"Idempotency-Key", "m2"}});
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("payload_too_large"));
        r = post(QStringLiteral("clients"), "{\"id\": ", "m3");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_request"));
        QVERIFY(!r.body.contains("sqlite"));
        r = post(QStringLiteral("clients"), "{\"a\":1,\"a\":2}", "m4");
        QCOMPARE(r.status, 400);
        r = call("GET", QStringLiteral("/api/v1/nothing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        r = call("GET", QStringLiteral("/api/v1/clients?limit=0"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("limit"));
        r = call("GET", QStringLiteral("/api/v1/clients?since=garbage"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("since"));
        r = call("GET", QStringLiteral("/api/v1/clients?colour=red"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("colour"));
    }

    void validationNamesTheField() {
        QJsonObject client = domain::JsonClientCodec::encode(
            syncClient(QUuid::createUuid(), QStringLiteral("Strict")));
        client.insert(QStringLiteral("nickname"), QStringLiteral("x"));
        Reply r = post(QStringLiteral("clients"), toJson(client), "v1");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("validation_failed"));
        QCOMPARE(r.errorField(), QStringLiteral("nickname"));

        const auto c = syncClient(QUuid::createUuid(), QStringLiteral("T"));
        QJsonObject doc = *domain::JsonDocumentCodec::encode(syncInvoice(QUuid::createUuid(), c));
        QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
        totals.insert(QStringLiteral("grandTotal"), QStringLiteral("1.00"));
        doc.insert(QStringLiteral("totals"), totals);
        r = post(QStringLiteral("invoices"), toJson(doc), "v2");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("totals.grandTotal"));

        QJsonObject number =
            *domain::JsonDocumentCodec::encode(syncInvoice(QUuid::createUuid(), c));
        number.insert(QStringLiteral("quantity"), 3);
        r = post(QStringLiteral("invoices"), toJson(number), "v3");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("quantity"));
    }

    void createGetReplaceAndPreconditions() {
        const QUuid id = QUuid::createUuid();
        auto client = syncClient(id, QStringLiteral("Beispiel GmbH"));
        Reply r = post(QStringLiteral("clients"), clientJson(client), "c-create-1");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(r.header("Location"), "/api/v1/clients/" + idText(id).toLatin1());
        QCOMPARE(r.json.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(!r.json.value(QStringLiteral("updatedAt")).toString().isEmpty());
        QCOMPARE(r.header("RateLimit-Limit"), QByteArray("100000"));
        QVERIFY(r.hasHeader("RateLimit-Remaining"));
        QVERIFY(r.hasHeader("RateLimit-Reset"));

        // Missing idempotency key; the same id again under a new key.
        r = call("POST", QStringLiteral("/api/v1/clients"), clientJson(client));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("Idempotency-Key"));
        r = post(QStringLiteral("clients"), clientJson(client), "c-create-2");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorField(), QStringLiteral("id"));

        const QString path = QStringLiteral("/api/v1/clients/") + idText(id);
        r = call("GET", path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(r.json.value(QStringLiteral("name")).toString(), QStringLiteral("Beispiel GmbH"));

        client.name = QStringLiteral("Beispiel AG");
        r = call("PUT", path, clientJson(client));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorField(), QStringLiteral("If-Match"));
        r = call("PUT", path, clientJson(client), {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
        client.name = QStringLiteral("Stale Edit");
        r = call("PUT", path, clientJson(client), {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 412);
        QCOMPARE(r.errorCode(), QStringLiteral("precondition_failed"));
        const QJsonObject current = r.json.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("current"))
                                        .toObject();
        QCOMPARE(current.value(QStringLiteral("name")).toString(), QStringLiteral("Beispiel AG"));
        QCOMPARE(current.value(QStringLiteral("version")).toInt(), 2);

        // Body and path must agree.
        r = call("PUT", QStringLiteral("/api/v1/clients/") + idText(QUuid::createUuid()),
                 clientJson(client), {{"If-Match", "\"2\""}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("id"));
    }

    void keyChangesFromAnotherProcessApplyAtOnce() {
        // Keys are served from memory; `key create` and `key revoke` run in
        // another process while the server runs and take effect with the next
        // request.
        QCOMPARE(call("GET", QStringLiteral("/api/v1/clients")).status, 200); // cache warm
        const QByteArray key = m_server.createKey(QStringLiteral("late"));
        QVERIFY(!key.isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/api/v1/clients"), {}, {}, key).status, 200);
        QVERIFY(m_server.revokeKey(key));
        const Reply revoked = call("GET", QStringLiteral("/api/v1/clients"), {}, {}, key);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/clients")).status, 200); // others unaffected
    }

    void concurrentWritesShareOneCommit() {
        // Group commit: writes that arrive while the previous commit is on
        // its way to disk are committed together, each in its own savepoint:
        // a refused request in the group leaves the others stored, and two
        // requests with one Idempotency-Key in one group execute once.
        ServerHarness group;
        QVERIFY(group.prepare());
        const QByteArray key = group.createKey(QStringLiteral("acme"));
        QVERIFY(group.start({QStringLiteral("--log-level"), QStringLiteral("debug"),
                             QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
        QNetworkAccessManager nam;
        struct Sent {
            QNetworkReply* reply;
            QString name;
        };
        std::vector<Sent> sent;
        const auto postClient = [&](const QByteArray& body, const QByteArray& idem,
                                    const QString& name) {
            QNetworkRequest request{QUrl(group.baseUrl() + QStringLiteral("/api/v1/clients"))};
            request.setSslConfiguration(group.trustingSsl());
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setRawHeader("x-api-key", key);
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Idempotency-Key", idem);
            sent.push_back({nam.post(request, body), name});
        };
        constexpr int kWrites = 40;
        for (int i = 0; i < kWrites; ++i) {
            const QString name = QStringLiteral("Group %1").arg(i);
            postClient(clientJson(syncClient(QUuid::createUuid(), name)),
                       "group-" + QByteArray::number(i), name);
            if (i == 20) {
                postClient("{\"id\": 1}", "group-bad", QStringLiteral("bad"));
                const QByteArray twice =
                    clientJson(syncClient(QUuid::createUuid(), QStringLiteral("Twice")));
                postClient(twice, "group-twice", QStringLiteral("Twice"));
                postClient(twice, "group-twice", QStringLiteral("Twice"));
            }
        }
        QEventLoop loop;
        int open = static_cast<int>(sent.size());
        for (const Sent& s : sent)
            QObject::connect(s.reply, &QNetworkReply::finished, &loop, [&] {
                if (--open == 0)
                    loop.quit();
            });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit); // guard only
        loop.exec();
        QCOMPARE(open, 0);
        QSet<QString> stored;
        int replayed = 0;
        for (const Sent& s : sent) {
            const int status = s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (s.name == QLatin1String("bad"))
                QVERIFY(status == 400 || status == 422);
            else
                QCOMPARE(status, 201);
            if (s.reply->rawHeader("Idempotent-Replayed") == "true")
                ++replayed;
            s.reply->deleteLater();
        }
        QCOMPARE(replayed, 1);
        const Reply page = send(nam, group.trustingSsl(),
                                group.baseUrl() + QStringLiteral("/api/v1/clients?limit=500"),
                                "GET", {}, {{"x-api-key", key}});
        QCOMPARE(page.status, 200);
        for (const auto v : page.json.value(QStringLiteral("items")).toArray())
            stored.insert(v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(stored.size(), kWrites + 1);
        QVERIFY(stored.contains(QStringLiteral("Twice")));
        group.stop();
        // Fewer commits than writes: at least one commit carried several.
        const QByteArray log = group.drainLog();
        static const QRegularExpression commit(
            QStringLiteral("\"event\":\"commit\",\"ok\":true,\"requests\":(\\d+)"));
        int commits = 0;
        int largest = 0;
        for (auto it = commit.globalMatch(QString::fromUtf8(log)); it.hasNext();) {
            ++commits;
            largest = std::max(largest, it.next().captured(1).toInt());
        }
        qInfo("%d writes in %d commits, the largest carried %d", kWrites + 3, commits, largest);
        QVERIFY2(commits > 0, log.right(2000).constData());
        QVERIFY2(largest > 1, qPrintable(QStringLiteral("%1 commits, none shared").arg(commits)));
    }

    void tenancy() {
        const QUuid id = QUuid::createUuid();
        QCOMPARE(post(QStringLiteral("clients"), clientJson(syncClient(id, QStringLiteral("Mine"))),
                      "tenancy-1")
                     .status,
                 201);
        const QString path = QStringLiteral("/api/v1/clients/") + idText(id);
        Reply r = call("GET", path, {}, {}, m_keyB);
        QCOMPARE(r.status, 404);
        r = call("PUT", path, clientJson(syncClient(id, QStringLiteral("Theirs"))),
                 {{"If-Match", "\"1\""}}, m_keyB);
        QCOMPARE(r.status, 404);
        r = call("DELETE", path, {}, {{"If-Match", "\"1\""}}, m_keyB);
        QCOMPARE(r.status, 404);
        r = call("GET", QStringLiteral("/api/v1/clients"), {}, {}, m_keyB);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(idText(id).toLatin1()));
        // The same idempotency key in another account is independent.
        r = post(QStringLiteral("clients"), clientJson(syncClient(id, QStringLiteral("B's"))),
                 "tenancy-1", m_keyB);
        QCOMPARE(r.status, 201);
    }

    void idempotencyReplay() {
        const QByteArray body = clientJson(syncClient(QUuid::createUuid(), QStringLiteral("Once")));
        const Reply first = post(QStringLiteral("clients"), body, "idem-1");
        QCOMPARE(first.status, 201);
        QVERIFY(!first.hasHeader("Idempotent-Replayed"));
        const Reply again = post(QStringLiteral("clients"), body, "idem-1");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("ETag"), first.header("ETag"));
        const QByteArray other = clientJson(syncClient(QUuid::createUuid(), QStringLiteral("Two")));
        const Reply misuse = post(QStringLiteral("clients"), other, "idem-1");
        QCOMPARE(misuse.status, 422);
        QCOMPARE(misuse.errorField(), QStringLiteral("Idempotency-Key"));
    }

    void documentsRules() {
        const auto client = syncClient(QUuid::createUuid(), QStringLiteral("Doc Client"));
        QCOMPARE(post(QStringLiteral("clients"), clientJson(client), "doc-c").status, 201);
        const QUuid draftId = QUuid::createUuid();
        domain::Document draft = syncInvoice(draftId, client);
        Reply r = post(QStringLiteral("invoices"), documentJson(draft), "doc-1");
        QCOMPARE(r.status, 201);
        const QString path = QStringLiteral("/api/v1/invoices/") + idText(draftId);

        // Edit the draft, then issue it.
        draft.notes = QStringLiteral("edited");
        r = call("PUT", path, documentJson(draft), {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 200);
        domain::Document issued = draft;
        issued.number = QStringLiteral("2026-0001");
        issued.status = domain::DocumentStatus::Issued;
        r = call("PUT", path, documentJson(issued), {{"If-Match", "\"2\""}});
        QCOMPARE(r.status, 200);

        // Issued: content is immutable, status moves forward only.
        domain::Document changed = issued;
        changed.notes = QStringLiteral("changed after issue");
        r = call("PUT", path, documentJson(changed), {{"If-Match", "\"3\""}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("conflict"));
        domain::Document back = issued;
        back.status = domain::DocumentStatus::Draft;
        back.number.clear();
        r = call("PUT", path, documentJson(back), {{"If-Match", "\"3\""}});
        QCOMPARE(r.status, 409);
        domain::Document paid = issued;
        paid.status = domain::DocumentStatus::Paid;
        domain::Payment payment;
        payment.date = QDate(2026, 3, 10);
        payment.amount = *domain::Money::parse(QStringLiteral("227.29"),
                                               *domain::Currency::fromCode(QStringLiteral("EUR")));
        paid.payments = {payment};
        r = call("PUT", path, documentJson(paid), {{"If-Match", "\"3\""}});
        QVERIFY2(r.status == 200, r.body.constData());
        r = call("DELETE", path, {}, {{"If-Match", "\"4\""}});
        QCOMPARE(r.status, 409);

        // A second document with the same number is refused, naming it.
        const domain::Document dup =
            syncInvoice(QUuid::createUuid(), client, QStringLiteral("2026-0001"));
        r = post(QStringLiteral("invoices"), documentJson(dup), "doc-dup");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorField(), QStringLiteral("number"));
        QVERIFY(r.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("2026-0001")));
        // Another account may use the number.
        QCOMPARE(post(QStringLiteral("invoices"), documentJson(dup), "doc-dup", m_keyB).status,
                 201);

        // The client is in use: not deletable.
        r = call("DELETE", QStringLiteral("/api/v1/clients/") + idText(client.uuid), {},
                 {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 409);

        // A draft can be deleted; it appears among the deletions.
        const QUuid doomed = QUuid::createUuid();
        QCOMPARE(
            post(QStringLiteral("invoices"), documentJson(syncInvoice(doomed, client)), "doc-del")
                .status,
            201);
        r = call("DELETE", QStringLiteral("/api/v1/invoices/") + idText(doomed), {},
                 {{"If-Match", "\"2\""}});
        QCOMPARE(r.status, 412);
        r = call("DELETE", QStringLiteral("/api/v1/invoices/") + idText(doomed), {},
                 {{"If-Match", "\"1\""}});
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("ETag"), QByteArray("\"2\""));
        r = call("GET", QStringLiteral("/api/v1/invoices/") + idText(doomed));
        QCOMPARE(r.status, 404);
        r = call("GET", QStringLiteral("/api/v1/invoices?limit=500"));
        bool seen = false;
        for (const auto v : r.json.value(QStringLiteral("deleted")).toArray())
            seen = seen || v.toObject().value(QStringLiteral("id")).toString() == idText(doomed);
        QVERIFY(seen);
    }

    void cursorIsIncremental() {
        Reply r = call("GET", QStringLiteral("/api/v1/clients?limit=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(r.json.value(QStringLiteral("hasMore")).toBool());
        int total = 1;
        QString cursor = r.json.value(QStringLiteral("nextCursor")).toString();
        while (r.json.value(QStringLiteral("hasMore")).toBool()) {
            r = call("GET", QStringLiteral("/api/v1/clients?limit=2&since=") + cursor);
            QCOMPARE(r.status, 200);
            total += static_cast<int>(r.json.value(QStringLiteral("items")).toArray().size());
            cursor = r.json.value(QStringLiteral("nextCursor")).toString();
        }
        QVERIFY(total >= 4);
        // Nothing new: an empty page with the same cursor.
        r = call("GET", QStringLiteral("/api/v1/clients?since=") + cursor);
        QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(r.json.value(QStringLiteral("nextCursor")).toString(), cursor);
        // A change shows up after the cursor.
        const QUuid id = QUuid::createUuid();
        QCOMPARE(post(QStringLiteral("clients"), clientJson(syncClient(id, QStringLiteral("New"))),
                      "cursor-1")
                     .status,
                 201);
        r = call("GET", QStringLiteral("/api/v1/clients?since=") + cursor);
        QCOMPARE(r.json.value(QStringLiteral("items")).toArray().size(), 1);
    }

    void checkpoints() {
        const QString vault = idText(QUuid::createUuid());
        const QByteArray head(64, 'a');
        const auto body = [&](qint64 seq, const QByteArray& h) {
            return toJson(QJsonObject{{QStringLiteral("vaultId"), vault},
                                      {QStringLiteral("seq"), seq},
                                      {QStringLiteral("head"), QString::fromLatin1(h)}});
        };
        Reply r = call("GET", QStringLiteral("/api/v1/audit/checkpoints/") + vault);
        QCOMPARE(r.status, 404);
        r = call("POST", QStringLiteral("/api/v1/audit/checkpoints"), body(10, head));
        QCOMPARE(r.status, 200);
        r = call("POST", QStringLiteral("/api/v1/audit/checkpoints"),
                 body(12, QByteArray(64, 'b')));
        QCOMPARE(r.status, 200);
        r = call("POST", QStringLiteral("/api/v1/audit/checkpoints"), body(11, head));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorField(), QStringLiteral("seq"));
        r = call("POST", QStringLiteral("/api/v1/audit/checkpoints"), body(12, head));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorField(), QStringLiteral("head"));
        r = call("GET", QStringLiteral("/api/v1/audit/checkpoints/") + vault);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("seq")).toInteger(), 12);
        r = call("GET", QStringLiteral("/api/v1/audit/checkpoints/") + vault, {}, {}, m_keyB);
        QCOMPARE(r.status, 404);
        r = call("POST", QStringLiteral("/api/v1/audit/checkpoints"),
                 R"({"vaultId":"x","seq":1,"head":"00"})");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("vaultId"));
        r = call("POST", QStringLiteral("/api/v1/audit/checkpoints"),
                 toJson(QJsonObject{{QStringLiteral("vaultId"), vault},
                                    {QStringLiteral("seq"), 13},
                                    {QStringLiteral("head"), QString::fromLatin1(head)},
                                    {QStringLiteral("extra"), true}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorField(), QStringLiteral("extra"));
    }

    void wrongCertificateRefused() {
        // A fresh manager (no reused connection) trusting only another certificate.
        QTemporaryDir other;
        QVERIFY(makeCertificate(other.path(), QStringLiteral("other")));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(
            QSslCertificate::fromPath(other.filePath(QStringLiteral("other-cert.pem"))));
        QNetworkAccessManager fresh;
        Reply r = send(fresh, ssl, m_server.baseUrl() + QStringLiteral("/health"), "GET");
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        // The system trust store does not know it either.
        QNetworkAccessManager fresh2;
        r = send(fresh2, QSslConfiguration::defaultConfiguration(),
                 m_server.baseUrl() + QStringLiteral("/health"), "GET");
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void slowRequestsAreCutOff() {
        // Its own server with a 2-second request timeout.
        ServerHarness slow;
        QVERIFY(slow.prepare());
        const QByteArray key = slow.createKey(QStringLiteral("acme"));
        QVERIFY(slow.start({QStringLiteral("--request-timeout"), QStringLiteral("2")}));
        const QByteArray start = "GET /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "X-Request-Id: slow-headers-1\r\nx-api-key: " +
                                 key + "\r\n";

        // Headers trickling in, never finished: 408, and the connection is
        // closed, while a normal client on another connection is served.
        Reply meanwhile;
        QNetworkAccessManager other;
        const Trickled headers = trickle(slow, start, QByteArray(400, 'x'), [&] {
            meanwhile =
                send(other, slow.trustingSsl(), slow.baseUrl() + QStringLiteral("/api/v1/clients"),
                     "GET", {}, {{"x-api-key", key}});
        });
        checkCutOff(headers, 408, QStringLiteral("request_timeout"));
        QCOMPARE(headers.header("X-Request-Id"), QByteArray("slow-headers-1"));
        QVERIFY(headers.dripped < 400); // cut off while still sending
        QCOMPARE(meanwhile.status, 200);

        // The body trickling in after complete headers.
        const Trickled body = trickle(
            slow,
            "POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
            "application/json\r\nIdempotency-Key: slow-1\r\nContent-Length: 300\r\nx-api-key: " +
                key + "\r\n\r\n",
            QByteArray(300, ' '));
        checkCutOff(body, 408, QStringLiteral("request_timeout"));
        QVERIFY(body.dripped < 300);

        // A connection that never sends a byte.
        checkCutOff(trickle(slow, {}, {}), 408, QStringLiteral("request_timeout"));

        // A declared body over 1 MiB is refused as soon as the headers are
        // in, without sending the body.
        const Trickled large =
            trickle(slow,
                    "POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    "application/json\r\nContent-Length: 2097152\r\nX-Request-Id: big-1\r\n\r\n",
                    {});
        checkCutOff(large, 413, QStringLiteral("payload_too_large"));
        QCOMPARE(large.header("X-Request-Id"), QByteArray("big-1"));

        // Nothing was stored, and the server still answers on a connection
        // that keeps to the limits.
        const Reply after =
            send(other, slow.trustingSsl(), slow.baseUrl() + QStringLiteral("/api/v1/clients"),
                 "GET", {}, {{"x-api-key", key}});
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value(QStringLiteral("items")).toArray().size(), 0);
        slow.stop();
        QVERIFY(slow.drainLog().contains("\"event\":\"cut_off\""));
    }

    void chunkedBodies() {
        // Its own server, with the default request timeout (30 s): every
        // answer below comes from the body's framing, not from a timeout.
        ServerHarness chunky;
        QVERIFY(chunky.prepare());
        const QByteArray key = chunky.createKey(QStringLiteral("acme"));
        QVERIFY(chunky.start());
        const QByteArray head = "POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                                "x-api-key: " +
                                key + "\r\n";

        // Under the limit and valid JSON: stored as if sent with a length.
        const auto client = syncClient(QUuid::createUuid(), QStringLiteral("Chunked"));
        const Trickled ok = trickle(
            chunky, head + "Idempotency-Key: chunked-1\r\n\r\n" + chunked(clientJson(client), 7),
            {}, {}, true);
        QVERIFY2(ok.status() == 201, ok.received.constData());
        // Chunk extensions are framing, not body.
        const auto other = syncClient(QUuid::createUuid(), QStringLiteral("Extended"));
        const QByteArray otherJson = clientJson(other);
        const Trickled extended = trickle(chunky,
                                          head + "Idempotency-Key: chunked-ext\r\n\r\n" +
                                              QByteArray::number(otherJson.size(), 16) +
                                              ";note=x\r\n" + otherJson + "\r\n0\r\n\r\n",
                                          {}, {}, true);
        QVERIFY2(extended.status() == 201, extended.received.constData());
        QNetworkAccessManager nam;
        const auto listClients = [&] {
            return send(nam, chunky.trustingSsl(),
                        chunky.baseUrl() + QStringLiteral("/api/v1/clients"), "GET", {},
                        {{"x-api-key", key}});
        };
        Reply list = listClients();
        QCOMPARE(list.status, 200);
        QStringList ids;
        for (const QJsonValue& item : list.json.value(QStringLiteral("items")).toArray())
            ids << item.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        QStringList expected{idText(client.uuid), idText(other.uuid)};
        expected.sort();
        QCOMPARE(ids, expected);

        // Over the limit: 413 and closed, although the body never ends (no
        // last chunk): the server does not wait for the whole body.
        QByteArray big;
        const QByteArray piece(64 * 1024, ' ');
        for (int i = 0; i < 24; ++i) // 1.5 MiB
            big += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        const Trickled large = trickle(
            chunky, head + "Idempotency-Key: chunked-2\r\nX-Request-Id: chunked-big\r\n\r\n" + big,
            {});
        checkCutOff(large, 413, QStringLiteral("payload_too_large"));
        QCOMPARE(large.header("X-Request-Id"), QByteArray("chunked-big"));

        // Malformed framing: a clear 4xx with the error envelope at once
        // (not a timeout), the connection closed, and the server still
        // serving other connections after each.
        // (A chunk size past the limit is 413, however it is written.)
        const QList<QPair<QByteArray, int>> malformed{
            {"zz\r\n{}\r\n0\r\n\r\n", 400},                    // not hex
            {"-2\r\n{}\r\n0\r\n\r\n", 400},                    // negative
            {"2\r\n{}XX0\r\n\r\n", 400},                       // no CRLF after the data
            {"2{}\r\n0\r\n\r\n", 400},                         // no CRLF after the size
            {"2\r\n{}\r\n0\r\nX-Trailer: 1\r\n\r\n", 400},     // trailer fields
            {"fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n", 413}, // overflows 64 bits
            {"7fffffff\r\n{}", 413},                           // 2 GiB announced
        };
        for (const auto& [body, status] : malformed) {
            const Trickled bad = trickle(chunky, head + "\r\n" + body, {});
            const QByteArray what = "body " + body.toPercentEncoding() + ": " + bad.received;
            QVERIFY2(bad.status() == status, what.constData());
            QVERIFY2(bad.closed, what.constData());
            QCOMPARE(bad.header("Content-Type"), QByteArray("application/json"));
            QCOMPARE(bad.header("Connection"), QByteArray("close"));
            QCOMPARE(bad.error().value(QStringLiteral("code")).toString(),
                     status == 413 ? QStringLiteral("payload_too_large")
                                   : QStringLiteral("bad_request"));
            list = listClients();
            QCOMPARE(list.status, 200);
        }
        // A transfer coding other than chunked, or chunked with a length.
        const QByteArray plain = "POST /api/v1/clients HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Type: application/json\r\nx-api-key: " +
                                 key + "\r\n";
        for (const QByteArray& headers :
             {QByteArray("Transfer-Encoding: gzip\r\n"),
              QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 7\r\n")}) {
            const Trickled bad =
                trickle(chunky, plain + headers + "\r\n" + chunked(clientJson(client), 7), {});
            QVERIFY2(bad.status() == 400 && bad.closed, bad.received.constData());
            QCOMPARE(bad.error().value(QStringLiteral("field")).toString(),
                     QStringLiteral("Transfer-Encoding"));
        }
        // Nothing but the two clients was stored.
        QCOMPARE(listClients().json.value(QStringLiteral("items")).toArray().size(), 2);
        chunky.stop();
        QCOMPARE(chunky.process.exitCode(), 0);
    }

    void idleConnectionsAreClosed() {
        ServerHarness idle;
        QVERIFY(idle.prepare());
        QVERIFY(idle.start({QStringLiteral("--idle-timeout"), QStringLiteral("2")}));
        const QByteArray request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

        // Two keep-alive connections; one goes quiet after its first answer,
        // the other sends a request 200 ms after each answer (well inside
        // the two seconds).
        QSslSocket quiet;
        QSslSocket busy;
        Trickled quietIn;
        Trickled busyIn;
        int busyAnswers = 0;
        bool quietClosed = false;
        bool busyClosed = false;
        for (QSslSocket* s : {&quiet, &busy}) {
            s->setSslConfiguration(idle.trustingSsl());
            s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), idle.port);
            QVERIFY(s->waitForEncrypted(15000));
        }
        connect(&quiet, &QSslSocket::readyRead, this, [&] { quietIn.received += quiet.readAll(); });
        connect(&quiet, &QSslSocket::disconnected, this, [&] { quietClosed = true; });
        connect(&busy, &QSslSocket::disconnected, this, [&] { busyClosed = true; });
        connect(&busy, &QSslSocket::readyRead, this, [&] {
            busyIn.received += busy.readAll();
            const qsizetype length = busyIn.answerLength();
            if (length < 0)
                return;
            ++busyAnswers;
            busyIn.received.remove(0, length);
            QTimer::singleShot(200, &busy, [&] { busy.write(request); });
        });
        quiet.write(request);
        busy.write(request);
        QTRY_VERIFY_WITH_TIMEOUT(quietIn.answerLength() >= 0, 30000);
        QCOMPARE(quietIn.status(), 200);
        QVERIFY(quietIn.header("Connection").isNull());

        // The quiet one is closed without another answer; the busy one,
        // open as long, is still answered (twenty more times, longer than
        // another idle timeout) and stays open.
        QTRY_VERIFY_WITH_TIMEOUT(quietClosed, 30000);
        QCOMPARE(quietIn.received.count("HTTP/1.1"), 1);
        const int answersWhenQuietClosed = busyAnswers;
        QTRY_VERIFY_WITH_TIMEOUT(busyAnswers >= answersWhenQuietClosed + 20, 60000);
        QVERIFY(!busyClosed);
        QCOMPARE(busy.state(), QAbstractSocket::ConnectedState);

        // Once it stops asking, it is closed too.
        busy.disconnect(this);
        connect(&busy, &QSslSocket::disconnected, this, [&] { busyClosed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(busyClosed, 30000);
        idle.stop();
    }

    void idleTimeoutOption() {
        const ServerRun help = runServer({QStringLiteral("--help")});
        QVERIFY(help.out.contains("--idle-timeout"));
        QVERIFY(help.out.contains("QUITTANCE_SERVER_IDLE_TIMEOUT"));
        QTemporaryDir tmp;
        for (const QString& bad :
             {QStringLiteral("0"), QStringLiteral("abc"), QStringLiteral("3601")}) {
            const ServerRun run = runServer(
                {QStringLiteral("--data-dir"), tmp.path(), QStringLiteral("--idle-timeout"), bad});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("--idle-timeout must be an integer from 1 to 3600"),
                     run.err.constData());
        }
        QProcess env;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QUITTANCE_SERVER_IDLE_TIMEOUT"), QStringLiteral("none"));
        env.setProcessEnvironment(e);
        env.start(serverPath(), {QStringLiteral("--data-dir"), tmp.path()});
        QVERIFY(env.waitForFinished(30000));
        QCOMPARE(env.exitCode(), 2);
        QVERIFY(env.readAllStandardError().contains("QUITTANCE_SERVER_IDLE_TIMEOUT must be"));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("server.db"))));
    }

    void unreadLogDoesNotStallTheServer() {
        // The server's stderr is a pipe that is held open and never read (as
        // when the process reading it is busy elsewhere): once the pipe is
        // full, a server that wrote its log on the request path would stop
        // answering (the stall seen in tst_cli_sync's kill test).
        ServerHarness quiet;
        QVERIFY(quiet.prepare());
        const QByteArray fifo = QFile::encodeName(quiet.dir.filePath(QStringLiteral("log.fifo")));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(reader >= 0);
        quiet.stderrFile = QString::fromLocal8Bit(fifo);
        QVERIFY(quiet.start());
        // Far more log lines than a pipe holds (64 KiB, about 400 lines).
        QNetworkAccessManager nam;
        for (int i = 0; i < 1500; ++i) {
            const Reply r =
                send(nam, quiet.trustingSsl(), quiet.baseUrl() + QStringLiteral("/health"), "GET");
            QVERIFY2(r.status == 200, qPrintable(QStringLiteral("request %1 unanswered").arg(i)));
        }
        ::close(reader); // lets the log drain (into EPIPE) at shutdown
        quiet.stop();
    }

    void terminateIsGraceful() {
        // SIGTERM ends the event loop: the server exits normally, having
        // written its queued log lines.
        ServerHarness term;
        QVERIFY(term.prepare());
        QVERIFY(term.start());
        QNetworkAccessManager nam;
        QCOMPARE(
            send(nam, term.trustingSsl(), term.baseUrl() + QStringLiteral("/health"), "GET").status,
            200);
        term.stop();
        QCOMPARE(term.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(term.process.exitCode(), 0);
        const QByteArray log = term.drainLog();
        QVERIFY2(log.contains("\"path\":\"/health\""), log.constData());
        QVERIFY2(log.trimmed().endsWith("\"event\":\"stopped\"}"), log.constData());
    }

    void rateLimitHitAndRecovered() {
        ServerHarness limited;
        QVERIFY(limited.prepare());
        const QByteArray key = limited.createKey(QStringLiteral("acme"));
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("3"),
                               QStringLiteral("--rate-window"), QStringLiteral("2")}));
        const auto get = [&](const QByteArray& k) {
            return send(m_nam, limited.trustingSsl(),
                        limited.baseUrl() + QStringLiteral("/api/v1/clients"), "GET", {},
                        {{"x-api-key", k}});
        };
        for (int i = 0; i < 3; ++i) {
            const Reply r = get(key);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("RateLimit-Remaining").toInt(), 2 - i);
        }
        const Reply limitedReply = get(key);
        QCOMPARE(limitedReply.status, 429);
        QCOMPARE(limitedReply.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limitedReply.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 2);
        checkSecurityHeaders(limitedReply);
        // Unauthenticated requests are limited per client IP.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get("bogus").status, 401);
        QCOMPARE(get("bogus").status, 429);
        QTest::qWait(retryAfter * 1000 + 200);
        QCOMPARE(get(key).status, 200);
        limited.stop();
    }
};

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
