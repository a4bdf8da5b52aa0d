// One-file backups: consistent snapshot of an open vault, restorable with the
// passphrase or the recovery key, tamper-evident, never overwriting.

#include "VaultTestSupport.h"
#include "storage/ProcessHardening.h"
#include "storage/VaultBackup.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace quittance;
using namespace quittance::test;
using storage::Vault;
using storage::VaultBackup;

class TestBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    TestVault m_tv;
    QString m_backup;

    QByteArray readAll(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void writeAll(const QString& path, const QByteArray& data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        m_tv.dir = m_tmp.filePath(QStringLiteral("vault"));
        auto vault = createVault(m_tv);
        QVERIFY(vault);
        QVERIFY_RESULT(
            putSetting(*vault, QStringLiteral("before"), QStringLiteral("in the backup")));
        m_backup = m_tmp.filePath(QStringLiteral("books.qbackup"));
        // The vault stays open (WAL in use) while the backup is taken.
        QVERIFY(QFile::exists(Vault::databasePath(m_tv.dir) + QStringLiteral("-wal")));
        auto info = VaultBackup::create(*vault, m_backup);
        QVERIFY_RESULT(info);
        QCOMPARE(info->vaultId, vault->id());
        QVERIFY_RESULT(
            putSetting(*vault, QStringLiteral("after"), QStringLiteral("not in the backup")));
        QCOMPARE(QFileInfo(m_backup).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void restoreWithPassphrase() {
        const QString dir = m_tmp.filePath(QStringLiteral("restored-pass"));
        auto info = VaultBackup::restore(m_backup, dir, Vault::Secret::Passphrase,
                                         bytesOf(m_tv.passphrase));
        QVERIFY_RESULT(info);
        TestVault restored{dir, m_tv.passphrase, {}};
        auto vault = unlockVault(restored);
        QVERIFY_RESULT(vault);
        QCOMPARE(*getSetting(**vault, QStringLiteral("before")), QStringLiteral("in the backup"));
        QVERIFY(getSetting(**vault, QStringLiteral("after"))->isNull());
        auto created = (*vault)->auditEntries(0, 100, QStringLiteral("vault.backup_created"));
        QVERIFY_RESULT(created);
        QCOMPARE(created->size(), 1u);
        auto report = (*vault)->verifyAudit();
        QVERIFY_RESULT(report);
        QVERIFY(report->ok);
    }

    void restoreWithRecoveryKey() {
        const QString dir = m_tmp.filePath(QStringLiteral("restored-recovery"));
        QVERIFY_RESULT(VaultBackup::restore(m_backup, dir, Vault::Secret::RecoveryKey,
                                            bytesOf(m_tv.recoveryKey)));
        QVERIFY(Vault::exists(dir));
    }

    void verifyLeavesNothingBehind() {
        const QStringList before =
            QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY_RESULT(
            VaultBackup::verify(m_backup, Vault::Secret::Passphrase, bytesOf(m_tv.passphrase)));
        QCOMPARE(
            QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            before);
    }

    void wrongSecretIsRefused() {
        QVERIFY_ERROR(VaultBackup::verify(m_backup, Vault::Secret::Passphrase, bytesOf("not it")),
                      domain::ErrorCode::WrongSecret);
        const QString dir = m_tmp.filePath(QStringLiteral("restored-wrong"));
        QVERIFY_ERROR(
            VaultBackup::restore(m_backup, dir, Vault::Secret::Passphrase, bytesOf("not it")),
            domain::ErrorCode::WrongSecret);
        QVERIFY(!Vault::exists(dir));
    }

    void neverOverwrites() {
        const QString dir = m_tmp.filePath(QStringLiteral("occupied"));
        QVERIFY(QDir().mkpath(dir));
        writeAll(dir + QStringLiteral("/keep.txt"), "mine");
        QVERIFY_ERROR(VaultBackup::restore(m_backup, dir, Vault::Secret::Passphrase,
                                           bytesOf(m_tv.passphrase)),
                      domain::ErrorCode::Conflict);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
        // Nor onto the live vault.
        QVERIFY_ERROR(VaultBackup::restore(m_backup, m_tv.dir, Vault::Secret::Passphrase,
                                           bytesOf(m_tv.passphrase)),
                      domain::ErrorCode::Conflict);
    }

    void tamperedBackupIsRefused_data() {
        QTest::addColumn<int>("where"); // 0 header, 1 database middle, 2 MAC, 3 truncate, 4 append
        QTest::newRow("header byte") << 0;
        QTest::newRow("database byte") << 1;
        QTest::newRow("mac byte") << 2;
        QTest::newRow("truncated") << 3;
        QTest::newRow("appended") << 4;
    }

    void tamperedBackupIsRefused() {
        QFETCH(int, where);
        QByteArray data = readAll(m_backup);
        QVERIFY(data.size() > 4096);
        switch (where) {
        case 0:
            data[20] = static_cast<char>(data[20] ^ 0x01);
            break;
        case 1:
            data[data.size() / 2] = static_cast<char>(data[data.size() / 2] ^ 0x40);
            break;
        case 2:
            data[data.size() - 3] = static_cast<char>(data[data.size() - 3] ^ 0x01);
            break;
        case 3:
            data.chop(100);
            break;
        default:
            data.append("extra");
        }
        const QString path = m_tmp.filePath(QStringLiteral("tampered-%1.qbackup").arg(where));
        writeAll(path, data);
        auto verified =
            VaultBackup::verify(path, Vault::Secret::Passphrase, bytesOf(m_tv.passphrase));
        QVERIFY(!verified);
        QVERIFY2(verified.error().code == domain::ErrorCode::Tampered ||
                     verified.error().code == domain::ErrorCode::Damaged ||
                     verified.error().code == domain::ErrorCode::WrongSecret,
                 qPrintable(verified.error().message));
        const QString dir = m_tmp.filePath(QStringLiteral("restored-tampered-%1").arg(where));
        QVERIFY(
            !VaultBackup::restore(path, dir, Vault::Secret::Passphrase, bytesOf(m_tv.passphrase)));
        QVERIFY(!Vault::exists(dir));
    }

    void malformedFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello, this is not a backup at all, just some text");
        QTest::newRow("magic only") << QByteArray("QTBACKU1");
        QByteArray hugeHeader("QTBACKU1\xff\xff\xff\xff", 12);
        hugeHeader.append(QByteArray(64, 'x'));
        QTest::newRow("huge header length") << hugeHeader;
        QByteArray zeroHeader("QTBACKU1\0\0\0\0", 12);
        zeroHeader.append(QByteArray(64, '\0'));
        QTest::newRow("zero header length") << zeroHeader;
        QByteArray notJson("QTBACKU1\0\0\0\x05", 12);
        notJson.append("hello");
        notJson.append(QByteArray("\0\0\0\0\0\0\0\x01", 8));
        notJson.append('x');
        notJson.append(QByteArray(32, 'm'));
        QTest::newRow("header not json") << notJson;
    }

    void malformedFilesAreRefused() {
        QFETCH(QByteArray, content);
        const QString path = m_tmp.filePath(QStringLiteral("malformed.qbackup"));
        writeAll(path, content);
        QVERIFY_ERROR(VaultBackup::inspect(path), domain::ErrorCode::Damaged);
        QVERIFY_ERROR(
            VaultBackup::verify(path, Vault::Secret::Passphrase, bytesOf(m_tv.passphrase)),
            domain::ErrorCode::Damaged);
    }

    void canaryIsNotInTheBackup() {
        TestVault tv;
        tv.dir = m_tmp.filePath(QStringLiteral("canary-vault"));
        auto vault = createVault(tv);
        QVERIFY(vault);
        QVERIFY_RESULT(
            putSetting(*vault, QStringLiteral("client"), QStringLiteral("CANARY-backup-9f8e7d")));
        const QString path = m_tmp.filePath(QStringLiteral("canary.qbackup"));
        QVERIFY_RESULT(VaultBackup::create(*vault, path));
        QVERIFY(!readAll(path).contains("CANARY-backup-9f8e7d"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
