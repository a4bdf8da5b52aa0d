// Sync figures: push and pull of N documents (documents per second) between
// vaults and quittance-server over HTTPS on loopback, and the server's
// latency percentiles and throughput under wrk with many connections.
//
// Usage: quittance-bench-sync [documents, default 10000] [connections, default 200]
//                             [seconds, default 10]
// Prints figures; see docs/PERFORMANCE.md for recorded runs.

#include "domain/DocumentCalculator.h"
#include "storage/Kdf.h"
#include "storage/ProcessHardening.h"
#include "storage/SqlDocumentRepository.h"
#include "storage/Vault.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

using namespace quittance;

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

std::unique_ptr<storage::Vault> makeVault(const QString& dir) {
    const char* pass = "bench passphrase";
    auto created = storage::Vault::create(
        dir, {reinterpret_cast<const unsigned char*>(pass), std::strlen(pass)},
        storage::Kdf::floor());
    if (!created)
        qFatal("vault: %s", qPrintable(created.error().message));
    return std::move(created->vault);
}

domain::Document draft(int i) {
    domain::Document d;
    d.uuid = QUuid::createUuid();
    d.type = domain::DocumentType::Invoice;
    d.currency = *domain::Currency::fromCode(QStringLiteral("EUR"));
    d.notes = QStringLiteral("Bench draft %1").arg(i);
    domain::DocumentLine l;
    l.description = QStringLiteral("Consulting, week %1").arg(i % 52 + 1);
    l.quantity = *domain::Decimal::parse(QStringLiteral("8"));
    l.unitCode = QStringLiteral("HUR");
    l.unitPrice = *domain::Decimal::parse(QStringLiteral("95.50"));
    l.taxCategory = domain::TaxCategory::StandardRate;
    l.taxRate = *domain::Decimal::parse(QStringLiteral("19"));
    d.lines = {l, l};
    return d;
}

} // namespace

int main(int argc, char* argv[]) {
    if (!storage::hardenProcess())
        return 7;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int documents = args.size() > 1 ? args[1].toInt() : 10000;
    const int connections = args.size() > 2 ? args[2].toInt() : 200;
    const int seconds = args.size() > 3 ? args[3].toInt() : 10;
    QTemporaryDir tmp;
    // QUITTANCE_BENCH_SERVER: another quittance-server binary, to compare
    // builds on the same machine in one sitting.
    const QString serverPath = qEnvironmentVariableIsEmpty("QUITTANCE_BENCH_SERVER")
                                   ? QStringLiteral(QUITTANCE_SERVER_PATH)
                                   : qEnvironmentVariable("QUITTANCE_BENCH_SERVER");

    // A server with a self-signed certificate and one key.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), tmp.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), tmp.filePath(QStringLiteral("cert.pem")),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    openssl.waitForFinished(60000);
    const QString data = tmp.filePath(QStringLiteral("server"));
    QProcess keygen;
    keygen.start(serverPath,
                 {QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--account"),
                  QStringLiteral("bench"), QStringLiteral("--data-dir"), data});
    keygen.waitForFinished(30000);
    const auto keyMatch = QRegularExpression(QStringLiteral("(qk_[a-z0-9]{12}_[A-Za-z0-9_-]{43})"))
                              .match(QString::fromLatin1(keygen.readAllStandardOutput()));
    const QByteArray apiKey = keyMatch.captured(1).toLatin1();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(serverPath,
                 {QStringLiteral("--data-dir"), data, QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--tls-cert"), tmp.filePath(QStringLiteral("cert.pem")),
                  QStringLiteral("--tls-key"), tmp.filePath(QStringLiteral("key.pem")),
                  QStringLiteral("--rate-limit"), QStringLiteral("1000000"),
                  QStringLiteral("--log-level"), QStringLiteral("warn")});
    QByteArray banner;
    while (!banner.contains('\n') && server.waitForReadyRead(10000))
        banner += server.readAllStandardOutput();
    const auto portMatch = QRegularExpression(QStringLiteral(":(\\d+)\\s*$"))
                               .match(QString::fromLatin1(banner.trimmed()));
    const QString base = QStringLiteral("https://127.0.0.1:%1").arg(portMatch.captured(1));
    out() << "quittance-bench-sync: " << documents << " documents, server " << base << Qt::endl;

    sync::SyncOptions options;
    options.server = QUrl(base);
    options.caFile = tmp.filePath(QStringLiteral("cert.pem"));

    // Vault A with N drafts, queued by the outbox triggers in one transaction.
    auto a = makeVault(tmp.filePath(QStringLiteral("a")));
    QElapsedTimer timer;
    timer.start();
    auto filled = a->write({QStringLiteral("local"),
                            QStringLiteral("bench.fill"),
                            QStringLiteral("bench"),
                            QString(),
                            {}},
                           [&](storage::Writer& writer) -> domain::Status {
                               const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
                               for (int i = 0; i < documents; ++i) {
                                   const domain::Document d = draft(i);
                                   auto totals = domain::DocumentCalculator::calculate(d);
                                   if (auto ok = storage::SqlDocumentRepository::insert(
                                           writer, d, *totals, QString(), now);
                                       !ok)
                                       return ok;
                               }
                               return {};
                           });
    if (!filled)
        qFatal("fill: %s", qPrintable(filled.error().message));
    out() << "  fill (local, one transaction):  " << timer.elapsed() << " ms" << Qt::endl;

    timer.restart();
    sync::SyncEngine pushEngine(*a, options, apiKey);
    auto pushed = pushEngine.push();
    const qint64 pushMs = std::max<qint64>(1, timer.elapsed());
    if (!pushed)
        qFatal("push: %s", qPrintable(pushed.error().message));
    out() << "  push: " << pushed->pushed << " documents in " << pushMs << " ms = "
          << QString::number(pushed->pushed * 1000.0 / static_cast<double>(pushMs), 'f', 0)
          << " documents/s" << Qt::endl;

    auto b = makeVault(tmp.filePath(QStringLiteral("b")));
    timer.restart();
    sync::SyncEngine pullEngine(*b, options, apiKey);
    auto pulled = pullEngine.pull();
    const qint64 pullMs = std::max<qint64>(1, timer.elapsed());
    if (!pulled)
        qFatal("pull: %s", qPrintable(pulled.error().message));
    out() << "  pull: " << pulled->pulled << " documents in " << pullMs << " ms = "
          << QString::number(pulled->pulled * 1000.0 / static_cast<double>(pullMs), 'f', 0)
          << " documents/s" << Qt::endl;

    // Load: wrk with many connections on an authenticated read.
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        out() << "  load: wrk not installed (apt-get install wrk); skipped" << Qt::endl;
    } else {
        QFile script(tmp.filePath(QStringLiteral("bench.lua")));
        if (!script.open(QIODevice::WriteOnly))
            return 7;
        script.write("wrk.headers[\"x-api-key\"] = \"" + apiKey +
                     "\"\n"
                     "done = function(summary, latency, requests)\n"
                     "  local e = summary.errors\n"
                     "  io.write(string.format(\"RESULT p50=%.2f p95=%.2f p99=%.2f requests=%d "
                     "seconds=%.2f errors=%d non2xx=%d\\n\", latency:percentile(50)/1000, "
                     "latency:percentile(95)/1000, latency:percentile(99)/1000, summary.requests, "
                     "summary.duration/1e6, e.connect+e.read+e.write+e.timeout, e.status))\n"
                     "end\n");
        script.close();
        for (const QString& path :
             {QStringLiteral("/health"), QStringLiteral("/api/v1/invoices?limit=10")}) {
            QProcess load;
            load.start(wrk, {QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections),
                             QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--timeout"),
                             QStringLiteral("10s"), QStringLiteral("-s"), script.fileName(),
                             base + path});
            load.waitForFinished((seconds + 60) * 1000);
            const QString text = QString::fromUtf8(load.readAllStandardOutput());
            const auto m = QRegularExpression(
                               QStringLiteral("RESULT p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) "
                                              "requests=(\\d+) seconds=([\\d.]+) errors=(\\d+) "
                                              "non2xx=(\\d+)"))
                               .match(text);
            if (!m.hasMatch()) {
                out() << "  load " << path << ": wrk gave no result:\n" << text << Qt::endl;
                continue;
            }
            out() << "  load GET " << path << ", " << connections << " connections, " << seconds
                  << " s: p50 " << m.captured(1) << " ms, p95 " << m.captured(2) << " ms, p99 "
                  << m.captured(3) << " ms, "
                  << QString::number(m.captured(4).toDouble() / m.captured(5).toDouble(), 'f', 0)
                  << " requests/s, socket errors " << m.captured(6) << ", non-2xx " << m.captured(7)
                  << Qt::endl;
        }
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
