// `backup restore` checks the restored vault against the sync server's audit
// checkpoint (real HTTPS on loopback): a backup older than the last sync is a
// rollback and is said so (service and CLI); a backup taken after the last
// sync is current; an unconfigured vault or an unreachable server is reported
// as such, never as "current".

#include "SyncDevice.h"
#include "services/BackupService.h"
#include "services/SyncService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "storage/ProcessHardening.h"

using namespace quittance;
using namespace quittance::test;
using Outcome = services::SyncService::RollbackCheck::Outcome;

namespace {

const char* kPass = "fixture passphrase"; // ServiceFixture's

std::span<const unsigned char> passBytes() {
    return {reinterpret_cast<const unsigned char*>(kPass), std::strlen(kPass)};
}

} // namespace

class TstRestoreRollback : public QObject {
    Q_OBJECT

private:
    ServerHarness m_server;
    QTemporaryDir m_tmp;

    services::SyncService::Settings settings() const {
        services::SyncService::Settings s;
        s.server = QUrl(m_server.baseUrl());
        s.caFile = m_server.certPath();
        return s;
    }

    // A device logged in to the server with the key kept in the vault.
    bool loggedIn(SyncDevice& device, const QString& account) {
        if (!device.setUp())
            return false;
        services::SyncService sync(*device.vault);
        return sync
            .login(settings(), m_server.createKey(account), sync::ApiKeyStore::Location::Vault)
            .has_value();
    }

    std::unique_ptr<storage::Vault> restore(const QString& backup, const QString& name) {
        const QString dir = m_tmp.filePath(name);
        auto info = services::BackupService::restore(
            backup, dir, storage::Vault::Secret::Passphrase, passBytes());
        if (!info)
            return nullptr;
        auto vault = storage::Vault::unlock(dir, storage::Vault::Secret::Passphrase, passBytes());
        return vault ? std::move(*vault) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        QVERIFY(m_server.prepare());
        QVERIFY(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
    }

    void cleanupTestCase() { m_server.stop(); }

    void olderBackupIsARollback() {
        SyncDevice a;
        QVERIFY(loggedIn(a, QStringLiteral("rollback")));
        services::SyncService sync(*a.vault);
        QVERIFY_RESULT(sync.syncNow());
        const QString old = m_tmp.filePath(QStringLiteral("old.qbackup"));
        QVERIFY_RESULT(services::BackupService(*a.vault).create(old));

        // Work after the backup, witnessed by the server.
        QVERIFY_RESULT(a.documents->createDraft(a.invoiceDraft()));
        QVERIFY_RESULT(sync.syncNow());
        const qint64 witnessed = a.vault->header().anchorSeq;

        auto restored = restore(old, QStringLiteral("restored-old"));
        QVERIFY(restored);
        const auto check = services::SyncService(*restored).checkForRollback();
        QCOMPARE(check.outcome, Outcome::RolledBack);
        QVERIFY(check.witnessedSeq > check.vaultSeq);
        QVERIFY(check.witnessedSeq <= witnessed);
        QCOMPARE(check.vaultSeq, restored->header().anchorSeq);
        QVERIFY2(check.message.contains(QStringLiteral("rollback")), qPrintable(check.message));
        QVERIFY(check.message.contains(QString::number(check.witnessedSeq)));
        restored.reset();

        // restoreAndCheck (what the GUI's Restore backup uses) reports the same.
        auto both = services::BackupService::restoreAndCheck(
            old, m_tmp.filePath(QStringLiteral("restored-old-2")),
            storage::Vault::Secret::Passphrase, passBytes());
        QVERIFY_RESULT(both);
        QCOMPARE(both->rollback.outcome, Outcome::RolledBack);
        QCOMPARE(both->rollback.witnessedSeq, check.witnessedSeq);

        // The CLI says it too, on stderr, and in --json; the restore itself succeeds.
        QProcess cli;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUITTANCE_PASSPHRASE"), QString::fromLatin1(kPass));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_tmp.path());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(QUITTANCE_CLI_PATH),
                  {QStringLiteral("backup"), QStringLiteral("restore"), old, QStringLiteral("--to"),
                   m_tmp.filePath(QStringLiteral("cli-restored")), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray err = cli.readAllStandardError();
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(err.contains("Warning:") && err.contains("rollback"), err.constData());
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject rollback = json.value(QStringLiteral("rollback")).toObject();
        QCOMPARE(rollback.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("rolled-back"));
        QCOMPARE(rollback.value(QStringLiteral("witnessedSeq")).toInteger(), check.witnessedSeq);
    }

    // A restored older vault that went on with entries of its own (here its
    // unlocks) until its numbers pass the witnessed one is still a rollback:
    // the witnessed entry is not on its chain. Sync refuses to run from it.
    void forkPastTheWitnessIsARollback() {
        SyncDevice a;
        QVERIFY(loggedIn(a, QStringLiteral("fork")));
        services::SyncService sync(*a.vault);
        QVERIFY_RESULT(sync.syncNow());
        const QString old = m_tmp.filePath(QStringLiteral("fork.qbackup"));
        auto info = services::BackupService(*a.vault).create(old);
        QVERIFY_RESULT(info);
        QVERIFY_RESULT(a.documents->createDraft(a.invoiceDraft()));
        QVERIFY_RESULT(sync.syncNow());
        const qint64 witnessed = a.vault->header().anchorSeq;

        const QString dir = m_tmp.filePath(QStringLiteral("restored-fork"));
        QVERIFY_RESULT(services::BackupService::restore(
            old, dir, storage::Vault::Secret::Passphrase, passBytes()));
        std::unique_ptr<storage::Vault> restored;
        for (int i = 0; i < 50; ++i) { // every unlock is an audit entry
            restored.reset();
            auto opened =
                storage::Vault::unlock(dir, storage::Vault::Secret::Passphrase, passBytes());
            QVERIFY_RESULT(opened);
            restored = std::move(*opened);
            if (restored->header().anchorSeq > witnessed)
                break;
        }
        QVERIFY(restored->header().anchorSeq > witnessed);

        services::SyncService restoredSync(*restored);
        const auto check = restoredSync.checkForRollback(info->anchorSeq);
        QCOMPARE(check.outcome, Outcome::RolledBack);
        QCOMPARE(check.vaultSeq, info->anchorSeq);
        QVERIFY(check.witnessedSeq > info->anchorSeq);
        QVERIFY2(check.message.contains(QString::number(info->anchorSeq)),
                 qPrintable(check.message));
        QVERIFY_ERROR(restoredSync.syncNow(), domain::ErrorCode::RolledBack);

        // The original vault, which holds the witnessed entry, is current.
        QCOMPARE(services::SyncService(*a.vault).checkForRollback().outcome, Outcome::Current);
    }

    void backupAfterTheLastSyncIsCurrent() {
        SyncDevice a;
        QVERIFY(loggedIn(a, QStringLiteral("current")));
        services::SyncService sync(*a.vault);
        QVERIFY_RESULT(a.documents->createDraft(a.invoiceDraft()));
        QVERIFY_RESULT(sync.syncNow());
        const QString fresh = m_tmp.filePath(QStringLiteral("fresh.qbackup"));
        QVERIFY_RESULT(services::BackupService(*a.vault).create(fresh));
        auto restored = restore(fresh, QStringLiteral("restored-fresh"));
        QVERIFY(restored);
        const auto check = services::SyncService(*restored).checkForRollback();
        QCOMPARE(check.outcome, Outcome::Current);
        QVERIFY(check.message.isEmpty());
        QVERIFY(check.witnessedSeq <= check.vaultSeq);
        QVERIFY(check.witnessedSeq > 0);
    }

    void unconfiguredVaultIsNotChecked() {
        SyncDevice a;
        QVERIFY(a.setUp());
        const QString file = m_tmp.filePath(QStringLiteral("plain.qbackup"));
        QVERIFY_RESULT(services::BackupService(*a.vault).create(file));
        auto restored = restore(file, QStringLiteral("restored-plain"));
        QVERIFY(restored);
        const auto check = services::SyncService(*restored).checkForRollback();
        QCOMPARE(check.outcome, Outcome::NotConfigured);
        QVERIFY(check.message.isEmpty());
    }

    // Last: stops the server. Unreachable is "unchecked" with a reason, never "current".
    void unreachableServerIsUnchecked() {
        SyncDevice a;
        QVERIFY(loggedIn(a, QStringLiteral("unreachable")));
        QVERIFY_RESULT(services::SyncService(*a.vault).syncNow());
        const QString file = m_tmp.filePath(QStringLiteral("unreachable.qbackup"));
        QVERIFY_RESULT(services::BackupService(*a.vault).create(file));
        m_server.stop();
        auto restored = restore(file, QStringLiteral("restored-unreachable"));
        QVERIFY(restored);
        services::SyncService sync(*restored);
        sync.setTuning([](sync::SyncOptions& o) {
            o.maxAttempts = 1;
            o.backoffBaseMs = 10;
            o.backoffCapMs = 10;
        });
        const auto check = sync.checkForRollback();
        QCOMPARE(check.outcome, Outcome::Unchecked);
        QVERIFY2(check.message.contains(QStringLiteral("not checked")), qPrintable(check.message));
    }
};

QTEST_GUILESS_MAIN(TstRestoreRollback)
#include "tst_restore_rollback.moc"
