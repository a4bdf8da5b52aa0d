// The sync client against quittance-server over real HTTPS on loopback: two
// vaults converge; conflicts keep both versions; duplicate numbers, revoked
// keys and untrusted certificates are reported; rate limits are honoured;
// faults (server gone mid-push, replies lost after commit, slow replies) end
// with no lost and no duplicated record.

#include "FaultProxy.h"
#include "SyncDevice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSslKey>
#include <QtTest>

#include "storage/ProcessHardening.h"

using namespace quittance;
using namespace quittance::test;

namespace {

domain::Payment payment(const char* amount, QDate date = QDate(2026, 3, 20)) {
    domain::Payment p;
    p.date = date;
    p.amount = money(amount);
    p.method = QStringLiteral("bank transfer");
    return p;
}

} // namespace

class TstSync : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    int m_accounts = 0;

    QByteArray newAccountKey() {
        return m_server.createKey(QStringLiteral("acct%1").arg(++m_accounts));
    }

    static void syncOk(SyncDevice& device, sync::SyncReport* report = nullptr) {
        auto result = device.sync();
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        if (report)
            *report = *result;
    }

    Reply serverList(const QByteArray& key, const QString& coll) {
        QNetworkAccessManager nam;
        return send(nam, m_server.trustingSsl(),
                    m_server.baseUrl() + QStringLiteral("/api/v1/") + coll +
                        QStringLiteral("?limit=500"),
                    "GET", {}, {{"x-api-key", key}});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_server.prepare());
        QVERIFY(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
    }

    void cleanupTestCase() { m_server.stop(); }

    void twoVaultsConverge() {
        const QByteArray key = newAccountKey();
        SyncDevice a, b;
        QVERIFY(a.setUp());
        QVERIFY(b.setUp());
        a.connect(m_server, key);
        b.connect(m_server, key);

        // Every local change is queued by the triggers, in the change's transaction.
        QCOMPARE(a.outboxSize(), 1); // the fixture's client
        auto draft = a.documents->createDraft(a.invoiceDraft());
        QVERIFY(draft);
        const QString d1 = draft->document.uuid.toString(QUuid::WithoutBraces);
        QCOMPARE(a.outboxSize(), 2);
        syncOk(a);
        QCOMPARE(a.outboxSize(), 0);
        syncOk(b);
        syncOk(a);
        QCOMPARE(b.snapshot(), a.snapshot());

        // B edits the draft; A sees it.
        auto onB = b.documents->get(d1);
        QVERIFY(onB);
        domain::Document edited = onB->document;
        edited.notes = QStringLiteral("Edited on B");
        QVERIFY(b.documents->updateDraft(edited));
        syncOk(b);
        syncOk(a);
        QCOMPARE(a.documents->get(d1)->document.notes, QStringLiteral("Edited on B"));

        // A issues and records a payment; B sees both.
        auto issued = a.documents->issue(d1);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        QVERIFY(a.documents->recordPayment(d1, payment("100.00")));
        sync::SyncReport issuedReport;
        syncOk(a, &issuedReport);
        QVERIFY2(issuedReport.rejected == 0 && issuedReport.conflicts == 0,
                 qPrintable(issuedReport.messages.join(u'\n')));
        syncOk(b);
        auto seen = b.documents->get(d1);
        QVERIFY(seen);
        QCOMPARE(seen->document.status, domain::DocumentStatus::PartiallyPaid);
        QCOMPARE(seen->document.number, issued->document.number);
        QCOMPARE(seen->document.payments.size(), 1);
        QCOMPARE(seen->paidMinor, 10000);

        // A second draft, deleted on B.
        auto second = a.documents->createDraft(a.invoiceDraft());
        QVERIFY(second);
        const QString d2 = second->document.uuid.toString(QUuid::WithoutBraces);
        syncOk(a);
        syncOk(b);
        QVERIFY(b.documents->get(d2));
        QVERIFY(b.documents->deleteDraft(d2));
        syncOk(b);
        sync::SyncReport report;
        syncOk(a, &report);
        QCOMPARE(report.deletedLocally, 1);
        QVERIFY(!a.documents->get(d2));

        // B edits A's client.
        domain::Client renamed = a.client;
        renamed.name = QStringLiteral("Renamed on B");
        QVERIFY(b.clients->update(renamed));
        syncOk(b);
        syncOk(a);
        QCOMPARE(a.clients->get(a.client.uuid.toString(QUuid::WithoutBraces))->entity.name,
                 QStringLiteral("Renamed on B"));

        syncOk(a);
        syncOk(b);
        QCOMPARE(a.snapshot(), b.snapshot());
        QCOMPARE(a.outboxSize(), 0);
        QCOMPARE(b.outboxSize(), 0);
        QCOMPARE(a.vault->verifyAudit()->ok, true);
    }

    // A credit note issued on one device reduces the invoice's open amount on
    // the other too (the credited amount is local bookkeeping), once.
    void creditNoteFromAnotherDeviceReducesTheInvoice() {
        const QByteArray key = newAccountKey();
        SyncDevice a, b;
        QVERIFY(a.setUp());
        QVERIFY(b.setUp());
        a.connect(m_server, key);
        b.connect(m_server, key);
        auto draft = a.documents->createDraft(a.invoiceDraft()); // 1011.50 + 128.40
        QVERIFY_RESULT(draft);
        const QString invoice = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(a.documents->issue(invoice));
        syncOk(a);
        syncOk(b);

        // B credits part of it: one line of 100.00 + 19 % = 119.00.
        auto note = b.documents->createCreditNote(invoice);
        QVERIFY_RESULT(note);
        domain::Document partial = note->document;
        partial.lines = {line(QStringLiteral("Refund"), "1", "100")};
        QVERIFY_RESULT(b.documents->updateDraft(partial));
        QVERIFY_RESULT(b.documents->issue(partial.uuid.toString(QUuid::WithoutBraces)));
        auto onB = b.documents->get(invoice);
        QVERIFY_RESULT(onB);
        QCOMPARE(onB->creditedMinor, 11900);
        syncOk(b);

        syncOk(a);
        auto onA = a.documents->get(invoice);
        QVERIFY_RESULT(onA);
        QCOMPARE(onA->creditedMinor, onB->creditedMinor);
        QCOMPARE(onA->openMinor(), onB->openMinor());
        // Pulling again changes nothing.
        syncOk(a);
        syncOk(b);
        syncOk(a);
        QCOMPARE(a.documents->get(invoice)->creditedMinor, 11900);
        QCOMPARE(b.documents->get(invoice)->creditedMinor, 11900);

        // A new device pulls both; the invoice's last change (the credit)
        // comes after the credit note in the server's order.
        SyncDevice c;
        QVERIFY(c.setUp());
        c.connect(m_server, key);
        syncOk(c);
        auto onC = c.documents->get(invoice);
        QVERIFY_RESULT(onC);
        QCOMPARE(onC->creditedMinor, 11900);
        QCOMPARE(onC->openMinor(), onB->openMinor());
    }

    void draftConflictKeepsBothVersions() {
        const QByteArray key = newAccountKey();
        SyncDevice a, b;
        QVERIFY(a.setUp());
        QVERIFY(b.setUp());
        a.connect(m_server, key);
        b.connect(m_server, key);
        auto draft = a.documents->createDraft(a.invoiceDraft());
        QVERIFY(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        syncOk(a);
        syncOk(b);
        domain::Document onA = a.documents->get(id)->document;
        domain::Document onB = b.documents->get(id)->document;
        onA.notes = QStringLiteral("A's edit");
        onB.notes = QStringLiteral("B's edit");
        QVERIFY(a.documents->updateDraft(onA));
        QVERIFY(b.documents->updateDraft(onB));
        syncOk(a);
        sync::SyncReport report;
        syncOk(b, &report);
        QCOMPARE(report.conflicts, 1);
        QVERIFY(!report.messages.isEmpty());
        // The server's version is kept; B's edit survives as a copy.
        QCOMPARE(b.documents->get(id)->document.notes, QStringLiteral("A's edit"));
        bool copyFound = false;
        for (const auto& json : b.snapshot())
            copyFound = copyFound || json.contains("B's edit");
        QVERIFY(copyFound);
        auto conflicts = b.vault->read(
            [](storage::Reader& r) { return storage::SqlSyncRepository::conflicts(r, 10); });
        QVERIFY(conflicts && conflicts->size() == 1);
        syncOk(a);
        QCOMPARE(a.snapshot(), b.snapshot());

        // A client edited on both sides: same rule.
        domain::Client ca = a.client;
        ca.name = QStringLiteral("Name from A");
        domain::Client cb = a.client;
        cb.name = QStringLiteral("Name from B");
        QVERIFY(a.clients->update(ca));
        QVERIFY(b.clients->update(cb));
        syncOk(a);
        syncOk(b, &report);
        QCOMPARE(report.conflicts, 1);
        syncOk(a);
        QCOMPARE(a.snapshot(), b.snapshot());
        QVERIFY(a.snapshot().values().join().contains("Name from B (conflict copy)"));
    }

    void duplicateNumberIsReported() {
        const QByteArray key = newAccountKey();
        SyncDevice a, b;
        QVERIFY(a.setUp());
        QVERIFY(b.setUp());
        a.connect(m_server, key);
        b.connect(m_server, key);
        auto da = a.documents->createDraft(a.invoiceDraft());
        auto db = b.documents->createDraft(b.invoiceDraft());
        QVERIFY(da && db);
        auto ia = a.documents->issue(da->document.uuid.toString(QUuid::WithoutBraces));
        auto ib = b.documents->issue(db->document.uuid.toString(QUuid::WithoutBraces));
        QVERIFY(ia && ib);
        QCOMPARE(ia->document.number, ib->document.number); // same sequence on both devices
        syncOk(a);
        sync::SyncReport report;
        syncOk(b, &report);
        QVERIFY(report.rejected >= 1);
        QVERIFY2(report.messages.join(u' ').contains(ib->document.number),
                 qPrintable(report.messages.join(u' ')));
        QVERIFY(report.messages.join(u' ').contains(QStringLiteral("already used")));
        QCOMPARE(b.outboxSize(), 1); // kept, not lost
    }

    void revokedKeyStopsSync() {
        const QByteArray key = newAccountKey();
        SyncDevice a;
        QVERIFY(a.setUp());
        a.connect(m_server, key);
        syncOk(a);
        QVERIFY(m_server.revokeKey(key));
        QVERIFY(a.documents->createDraft(a.invoiceDraft()));
        auto result = a.sync();
        QVERIFY(!result);
        QCOMPARE(result.error().code, domain::ErrorCode::WrongSecret);
        QVERIFY(result.error().message.contains(QStringLiteral("new key")));
        QCOMPARE(a.outboxSize(), 1);
        auto lastError = a.vault->read([](storage::Reader& r) {
            return storage::SqlSyncRepository::state(r, QStringLiteral("last_error"));
        });
        QVERIFY(lastError && lastError->contains(QStringLiteral("API key")));
    }

    void untrustedCertificateAndPin() {
        const QByteArray key = newAccountKey();
        SyncDevice a;
        QVERIFY(a.setUp());
        a.connect(m_server, key);
        QTemporaryDir other;
        QVERIFY(makeCertificate(other.path(), QStringLiteral("other")));
        a.options.caFile = other.filePath(QStringLiteral("other-cert.pem"));
        auto result = a.sync();
        QVERIFY(!result);
        QCOMPARE(result.error().code, domain::ErrorCode::Tampered);
        QCOMPARE(a.outboxSize(), 1);

        // Trusted certificate, wrong pin: refused. Right pin: accepted.
        a.options.caFile = m_server.certPath();
        a.options.publicKeyPin = QByteArray(44, 'A');
        result = a.sync();
        QVERIFY(!result);
        QCOMPARE(result.error().code, domain::ErrorCode::Tampered);
        const QByteArray spki =
            QSslCertificate::fromPath(m_server.certPath()).first().publicKey().toDer();
        a.options.publicKeyPin =
            QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
        syncOk(a);
        QCOMPARE(a.outboxSize(), 0);
    }

    void plainHttpNeedsLoopbackAndFlag() {
        sync::SyncOptions o;
        o.server = QUrl(QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(!o.validate());
        o.allowInsecureLoopback = true;
        QVERIFY(o.validate());
        o.server = QUrl(QStringLiteral("http://example.com"));
        QVERIFY(!o.validate());
        o.server = QUrl(QStringLiteral("https://example.com"));
        QVERIFY(o.validate());
    }

    void rollbackDetectedByWitness() {
        const QByteArray key = newAccountKey();
        SyncDevice a;
        QVERIFY(a.setUp());
        a.connect(m_server, key);
        syncOk(a);
        // The server witnesses this vault ahead of where it is now.
        QNetworkAccessManager nam;
        const Reply r =
            send(nam, m_server.trustingSsl(),
                 m_server.baseUrl() + QStringLiteral("/api/v1/audit/checkpoints"), "POST",
                 toJson(QJsonObject{{QStringLiteral("vaultId"), a.vault->id()},
                                    {QStringLiteral("seq"), a.vault->header().anchorSeq + 1000},
                                    {QStringLiteral("head"), QString(64, u'0')}}),
                 {{"x-api-key", key}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
        auto result = a.sync();
        QVERIFY(!result);
        QCOMPARE(result.error().code, domain::ErrorCode::RolledBack);
    }

    void rateLimitHonoured() {
        ServerHarness limited;
        QVERIFY(limited.prepare());
        const QByteArray key = limited.createKey(QStringLiteral("acme"));
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("6"),
                               QStringLiteral("--rate-window"), QStringLiteral("1")}));
        SyncDevice a;
        QVERIFY(a.setUp());
        a.connect(limited, key);
        for (int i = 0; i < 10; ++i)
            QVERIFY(a.documents->createDraft(a.invoiceDraft()));
        sync::SyncReport report;
        syncOk(a, &report);
        QVERIFY(report.retries > 0);
        QCOMPARE(a.outboxSize(), 0);
        QNetworkAccessManager nam;
        QTest::qWait(1100);
        const Reply list = send(nam, limited.trustingSsl(),
                                limited.baseUrl() + QStringLiteral("/api/v1/invoices?limit=500"),
                                "GET", {}, {{"x-api-key", key}});
        QCOMPARE(list.json.value(QStringLiteral("items")).toArray().size(), 10);
        limited.stop();
    }

    void faultsLoseAndDuplicateNothing() {
        ServerHarness plain;
        QVERIFY(plain.prepare());
        const QByteArray key = plain.createKey(QStringLiteral("acme"));
        QVERIFY(plain.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}, 0, false));
        FaultProxy proxy;
        QVERIFY(proxy.listen(plain.port));
        SyncDevice a, b;
        QVERIFY(a.setUp());
        QVERIFY(b.setUp());
        for (SyncDevice* d : {&a, &b}) {
            d->options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
            d->options.allowInsecureLoopback = true;
            d->options.backoffBaseMs = 20;
            d->options.backoffCapMs = 100;
            d->options.maxAttempts = 3;
            d->options.requestTimeoutMs = 5000;
            d->apiKey = key;
        }
        for (int i = 0; i < 20; ++i)
            QVERIFY(a.documents->createDraft(a.invoiceDraft()));

        // 1. The server goes away mid-push: the run fails, nothing is lost.
        proxy.repliesBeforeOutage = 5;
        auto failed = a.sync();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, domain::ErrorCode::Io);
        QVERIFY(a.outboxSize() > 0);

        // 2. Replies lost after the server committed: retried with the same
        //    Idempotency-Key and replayed, never created twice.
        proxy.repliesBeforeOutage = -1;
        proxy.dropSuccessReplies = 4;
        syncOk(a);
        QVERIFY(proxy.dropped >= 1);
        QCOMPARE(a.outboxSize(), 0);

        // 3. Slow replies.
        proxy.delayMs = 150;
        QVERIFY(a.documents->createDraft(a.invoiceDraft()));
        syncOk(a);
        proxy.delayMs = 0;

        // 4. The server process itself stops and comes back on the same port.
        const quint16 port = plain.port;
        plain.stop();
        QVERIFY(a.documents->createDraft(a.invoiceDraft()));
        QVERIFY(!a.sync());
        QCOMPARE(a.outboxSize(), 1);
        QVERIFY(
            plain.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}, port, false));
        syncOk(a);

        // Exactly 22 drafts and one client on the server; B converges.
        syncOk(b);
        syncOk(a);
        QCOMPARE(a.snapshot(), b.snapshot());
        int drafts = 0;
        const auto all = a.snapshot();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            drafts += it.key().startsWith(QStringLiteral("document:")) ? 1 : 0;
        QCOMPARE(drafts, 22);
        QNetworkAccessManager nam;
        const Reply list =
            send(nam, QSslConfiguration::defaultConfiguration(),
                 QStringLiteral("http://127.0.0.1:%1/api/v1/invoices?limit=500").arg(port), "GET",
                 {}, {{"x-api-key", key}});
        QCOMPARE(list.json.value(QStringLiteral("items")).toArray().size(), 22);
        plain.stop();
    }
};

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"
