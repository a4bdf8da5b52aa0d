// Fuzz target for quittance-server's request parsing: the whole ApiHandler
// (routing, headers, API key format, If-Match, Idempotency-Key, cursors and
// limits, the JSON bodies through the domain codecs, checkpoints) over a
// real store in a temporary directory. Input layout:
//   byte 0: bit 0 adds a valid API key, bit 1 a second account's key
//   then "METHOD PATH?QUERY\n", header lines "Name: value\n", an empty
//   line, and the body.
// Invariants: never a 500, always the security headers and a request id,
// every error body is the contract's envelope.

#include "server/ApiHandler.h"
#include "server/ServerStore.h"
#include "storage/ProcessHardening.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace quittance::server;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<ApiHandler> handler;
    QByteArray keyA;
    QByteArray keyB;

    Fixture() {
        quittance::storage::hardenProcess();
        auto opened = ServerStore::open(dir.filePath(QStringLiteral("data")));
        if (!opened) {
            std::fprintf(stderr, "fuzz_server: could not open the store\n");
            std::abort();
        }
        store = std::move(*opened);
        // The fuzzer writes a lot: durability is not what is tested here.
        (void)store->database().exec("PRAGMA synchronous=OFF");
        keyA = store->createKey(QStringLiteral("a"), QStringLiteral("2026-01-01T00:00:00.000Z"))
                   ->plaintext;
        keyB = store->createKey(QStringLiteral("b"), QStringLiteral("2026-01-01T00:00:00.000Z"))
                   ->plaintext;
        handler = std::make_unique<ApiHandler>(*store, ApiHandler::Options{1000000000, 60});
    }
};

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_server: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Fixture fixture;
    if (size == 0 || size > 2 * 1024 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto flags = static_cast<unsigned char>(input[0]);
    QByteArray rest = input.mid(1);

    HttpRequest request;
    request.peer = QStringLiteral("127.0.0.1");
    qsizetype eol = rest.indexOf('\n');
    const QByteArray first = eol < 0 ? rest : rest.left(eol);
    rest = eol < 0 ? QByteArray() : rest.mid(eol + 1);
    const qsizetype space = first.indexOf(' ');
    request.method = space < 0 ? QByteArray("GET") : first.left(space).toUpper();
    const QByteArray target = space < 0 ? first : first.mid(space + 1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    while (!rest.isEmpty()) {
        eol = rest.indexOf('\n');
        const QByteArray line = eol < 0 ? rest : rest.left(eol);
        rest = eol < 0 ? QByteArray() : rest.mid(eol + 1);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    request.body = rest;
    if (flags & 1)
        request.headers.append({"x-api-key", fixture.keyA});
    else if (flags & 2)
        request.headers.append({"x-api-key", fixture.keyB});

    const HttpResponse response = fixture.handler->handle(request);
    check(response.status != 500, "no internal error");
    check(response.status >= 200 && response.status < 600, "a valid status");
    check(!response.header("X-Request-Id").isEmpty(), "X-Request-Id");
    check(response.header("X-Content-Type-Options") == "nosniff", "security headers");
    if (response.status >= 400) {
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QJsonObject error = body.value(QStringLiteral("error")).toObject();
        check(!error.value(QStringLiteral("code")).toString().isEmpty(), "an error code");
        check(!response.body.contains("sqlite") && !response.body.contains("SQL"),
              "no SQL in errors");
    }
    return 0;
}
