// The audit chain: every tamper class is found at the right seq, rollback is
// detected, and the canonical form is stable.

#include "VaultTestSupport.h"
#include "storage/AuditLog.h"
#include "storage/ProcessHardening.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace quittance;
using namespace quittance::test;
using storage::Vault;

class TestAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    // A vault with entries 1 (created) and 2..11 (ten settings), closed.
    TestVault makeVault() {
        TestVault tv;
        tv.dir = m_tmp.filePath(QStringLiteral("a%1").arg(++m_counter));
        auto vault = createVault(tv);
        if (!vault)
            return tv;
        for (int i = 0; i < 10; ++i)
            (void)putSetting(*vault, QStringLiteral("k%1").arg(i), QStringLiteral("v%1").arg(i));
        return tv;
    }

    // Opens the database the way someone holding the key would, drops the
    // append-only triggers and runs `sql`.
    void tamper(const TestVault& tv, const QByteArray& sql) {
        storage::SecureBuffer dek = dekFromRecoveryKey(tv.dir, tv.recoveryKey);
        QCOMPARE(dek.size(), 32u);
        auto db = storage::Database::open(Vault::databasePath(tv.dir), dek);
        QVERIFY_RESULT(db);
        QVERIFY_RESULT(
            db->exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"));
        QVERIFY_RESULT(db->exec(sql.toStdString()));
    }

    storage::AuditVerification verifyAfterUnlock(const TestVault& tv) {
        auto vault = unlockVault(tv);
        if (!vault) {
            qWarning() << vault.error().message;
            return {};
        }
        auto report = (*vault)->verifyAudit();
        return report ? *report : storage::AuditVerification{};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
    }

    void intactChainVerifies() {
        TestVault tv = makeVault();
        const auto report = verifyAfterUnlock(tv);
        QVERIFY2(report.ok, qPrintable(report.problem));
        QCOMPARE(report.entries, 12); // created, 10 settings, unlocked
        QCOMPARE(report.head.seq, 12);
        QCOMPARE(report.firstBadSeq, 0);
    }

    void tamperIsFoundAtTheRightSeq_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<qint64>("firstBad");
        QTest::newRow("edited summary")
            << QByteArray("UPDATE audit_log SET summary = '{\"forged\":1}' WHERE seq = 5")
            << qint64(5);
        QTest::newRow("edited action")
            << QByteArray("UPDATE audit_log SET action = 'setting.read' WHERE seq = 7")
            << qint64(7);
        QTest::newRow("edited timestamp")
            << QByteArray("UPDATE audit_log SET ts = '2020-01-01T00:00:00.000Z' WHERE seq = 3")
            << qint64(3);
        QTest::newRow("summary whitespace")
            << QByteArray("UPDATE audit_log SET summary = '{ }' WHERE seq = 6") << qint64(6);
        QTest::newRow("deleted") << QByteArray("DELETE FROM audit_log WHERE seq = 4") << qint64(4);
        QTest::newRow("deleted first")
            << QByteArray("DELETE FROM audit_log WHERE seq = 1") << qint64(1);
        QTest::newRow("reordered")
            << QByteArray("UPDATE audit_log SET seq = -4 WHERE seq = 4; UPDATE audit_log SET seq = "
                          "4 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -4;")
            << qint64(4);
        QTest::newRow("mac replaced") << QByteArray("UPDATE audit_log SET mac = (SELECT mac FROM "
                                                    "audit_log WHERE seq = 2) WHERE seq = 8")
                                      << qint64(8);
        QTest::newRow("hash replaced")
            << QByteArray("UPDATE audit_log SET hash = zeroblob(32) WHERE seq = 9") << qint64(9);
    }

    void tamperIsFoundAtTheRightSeq() {
        QFETCH(QByteArray, sql);
        QFETCH(qint64, firstBad);
        TestVault tv = makeVault();
        tamper(tv, sql);
        const auto report = verifyAfterUnlock(tv);
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadSeq, firstBad);
        QVERIFY(!report.problem.isEmpty());
    }

    void rehashedEditFailsTheMac() {
        // An attacker without the audit key can recompute the hash chain
        // but not the MACs.
        TestVault tv = makeVault();
        storage::SecureBuffer dek = dekFromRecoveryKey(tv.dir, tv.recoveryKey);
        {
            auto db = storage::Database::open(Vault::databasePath(tv.dir), dek);
            QVERIFY_RESULT(db);
            QVERIFY_RESULT(db->exec("DROP TRIGGER audit_log_no_update"));
            auto prev = db->prepare("SELECT hash FROM audit_log WHERE seq = 5");
            QVERIFY_RESULT(prev);
            QVERIFY_RESULT(prev->step());
            const QByteArray prevHash = prev->blob(0);
            auto row = db->prepare("SELECT seq, ts, actor, action, entity_type, entity_id, summary "
                                   "FROM audit_log WHERE seq = 6");
            QVERIFY_RESULT(row);
            QVERIFY_RESULT(row->step());
            storage::AuditEntry entry{
                row->int64(0),         row->text(1), row->text(2),
                row->text(3),          row->text(4), QStringLiteral("k-forged"),
                row->text(6).toUtf8(), {},           {}};
            QByteArray hash(32, '\0');
            const QByteArray input = prevHash + storage::AuditLog::canonicalBytes(entry);
            crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), 32,
                               reinterpret_cast<const unsigned char*>(input.constData()),
                               static_cast<unsigned long long>(input.size()), nullptr, 0);
            auto update =
                db->prepare("UPDATE audit_log SET entity_id = 'k-forged', hash = ? WHERE seq = 6");
            QVERIFY_RESULT(update);
            update->bindBlob(1, hash);
            QVERIFY_RESULT(update->run());
        }
        const auto report = verifyAfterUnlock(tv);
        QVERIFY(!report.ok);
        QCOMPARE(report.firstBadSeq, 6);
        QVERIFY2(report.problem.contains(QStringLiteral("MAC")), qPrintable(report.problem));
    }

    void truncationIsFound() {
        TestVault tv = makeVault();
        tamper(tv, "DELETE FROM audit_log WHERE seq >= 10");
        auto vault = unlockVault(tv);
        QVERIFY_RESULT(vault);
        // Opened read-only: writing would move the anchor over the evidence.
        QVERIFY((*vault)->isRolledBack());
        QVERIFY_ERROR(putSetting(**vault, QStringLiteral("x"), QStringLiteral("y")),
                      domain::ErrorCode::RolledBack);
        auto report = (*vault)->verifyAudit();
        QVERIFY_RESULT(report);
        QVERIFY(!report->ok);
        QCOMPARE(report->firstBadSeq, 10);
        QCOMPARE(report->head.seq, 9);
    }

    void rollbackIsDetected() {
        TestVault tv = makeVault();
        const QString snapshot = m_tmp.filePath(QStringLiteral("snapshot-%1.db").arg(m_counter));
        {
            auto vault = unlockVault(tv); // entry 12
            QVERIFY_RESULT(vault);
            QVERIFY_RESULT((*vault)->checkpoint());
            QVERIFY(QFile::copy(Vault::databasePath(tv.dir), snapshot));
            for (int i = 0; i < 3; ++i)
                QVERIFY_RESULT(
                    putSetting(**vault, QStringLiteral("later%1").arg(i), QStringLiteral("x")));
            QVERIFY_RESULT((*vault)->checkpoint());
        }
        // Put the older database back, as restoring an old copy would.
        QVERIFY(QFile::remove(Vault::databasePath(tv.dir)));
        QFile::remove(Vault::databasePath(tv.dir) + QStringLiteral("-wal"));
        QFile::remove(Vault::databasePath(tv.dir) + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(snapshot, Vault::databasePath(tv.dir)));

        auto vault = unlockVault(tv);
        QVERIFY_RESULT(vault);
        QVERIFY((*vault)->isRolledBack());
        auto report = (*vault)->verifyAudit();
        QVERIFY_RESULT(report);
        QVERIFY(!report->ok);
        QVERIFY(report->rolledBack);
        QCOMPARE(report->head.seq, 12);
        QCOMPARE(report->firstBadSeq, 13);
        QVERIFY_ERROR(putSetting(**vault, QStringLiteral("x"), QStringLiteral("y")),
                      domain::ErrorCode::RolledBack);
        // The anchor in vault.json was not moved back by opening.
        QCOMPARE(readJson(Vault::headerPath(tv.dir))
                     .value(QStringLiteral("anchor"))
                     .toObject()
                     .value(QStringLiteral("seq"))
                     .toInteger(),
                 15);
    }

    void appendOnlyTriggersHold() {
        TestVault tv = makeVault();
        storage::SecureBuffer dek = dekFromRecoveryKey(tv.dir, tv.recoveryKey);
        auto db = storage::Database::open(Vault::databasePath(tv.dir), dek);
        QVERIFY_RESULT(db);
        QVERIFY(!db->exec("DELETE FROM audit_log WHERE seq = 3"));
        QVERIFY(!db->exec("UPDATE audit_log SET actor = 'x' WHERE seq = 3"));
    }

    void canonicalBytesAreSortedCompactJson() {
        storage::AuditEntry entry{7,
                                  QStringLiteral("2026-01-02T03:04:05.006Z"),
                                  QStringLiteral("local"),
                                  QStringLiteral("client.created"),
                                  QStringLiteral("client"),
                                  QStringLiteral("c-1"),
                                  QByteArray("{\"b\":2,\"a\":\"x\"}"),
                                  {},
                                  {}};
        QCOMPARE(
            storage::AuditLog::canonicalBytes(entry),
            QByteArray("{\"action\":\"client.created\",\"actor\":\"local\",\"entity_id\":\"c-1\","
                       "\"entity_type\":\"client\",\"seq\":7,\"summary\":{\"a\":\"x\",\"b\":2},"
                       "\"ts\":\"2026-01-02T03:04:05.006Z\"}"));
    }

    void listFiltersByAction() {
        TestVault tv = makeVault();
        auto vault = unlockVault(tv);
        QVERIFY_RESULT(vault);
        auto settings = (*vault)->auditEntries(0, 100, QStringLiteral("setting."));
        QVERIFY_RESULT(settings);
        QCOMPARE(settings->size(), 10u);
        auto page = (*vault)->auditEntries(5, 3);
        QVERIFY_RESULT(page);
        QCOMPARE(page->size(), 3u);
        QCOMPARE(page->front().seq, 6);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
