// Vault life cycle: create, unlock, wrong secrets, tampered and damaged
// files, passphrase change, recovery, KDF floor, schema version, locking and
// the write-path guards.

#include "VaultTestSupport.h"
#include "storage/ProcessHardening.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace quittance;
using namespace quittance::test;
using storage::Vault;

class TestVault_ : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    TestVault freshVault() {
        TestVault tv;
        tv.dir = m_tmp.filePath(QStringLiteral("v%1").arg(++m_counter));
        return tv;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
    }

    void roundTrip() {
        TestVault tv = freshVault();
        {
            auto vault = createVault(tv);
            QVERIFY(vault);
            QCOMPARE(tv.recoveryKey.size(), 52 + 12);
            QVERIFY_RESULT(
                putSetting(*vault, QStringLiteral("greeting"), QStringLiteral("Grüß Gott €")));
        }
        auto vault = unlockVault(tv);
        QVERIFY_RESULT(vault);
        auto value = getSetting(**vault, QStringLiteral("greeting"));
        QVERIFY_RESULT(value);
        QCOMPARE(*value, QStringLiteral("Grüß Gott €"));
        QCOMPARE((*vault)->schemaVersion(), 4); // every migration in storage/migrations applied
        QVERIFY(!(*vault)->isRolledBack());
        // vault.db is a SQLCipher file: no SQLite header in the clear.
        QFile db(Vault::databasePath(tv.dir));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
        QCOMPARE(QFileInfo(tv.dir).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void createRefusesNonEmptyFolder() {
        TestVault tv = freshVault();
        QVERIFY(QDir().mkpath(tv.dir));
        QFile stray(QDir(tv.dir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("keep me");
        stray.close();
        QVERIFY_ERROR(Vault::create(tv.dir, bytesOf("a good passphrase"), storage::Kdf::floor()),
                      domain::ErrorCode::Conflict);
        QCOMPARE(QDir(tv.dir).entryList(QDir::Files).size(), 1);
    }

    void createRefusesBelowFloor() {
        TestVault tv = freshVault();
        QVERIFY_ERROR(
            Vault::create(tv.dir, bytesOf("a good passphrase"), {2, storage::Kdf::kMemFloor}),
            domain::ErrorCode::BelowKdfFloor);
        QVERIFY_ERROR(Vault::create(tv.dir, bytesOf("a good passphrase"), {3, 32ull * 1024 * 1024}),
                      domain::ErrorCode::BelowKdfFloor);
        QVERIFY(!Vault::exists(tv.dir));
    }

    void wrongPassphraseIsRefusedAndAuditedLater() {
        TestVault tv = freshVault();
        createVault(tv).reset();
        const QByteArray dbBefore = fileSha256(Vault::databasePath(tv.dir));
        QVERIFY_ERROR(Vault::unlock(tv.dir, Vault::Secret::Passphrase, bytesOf("wrong passphrase")),
                      domain::ErrorCode::WrongSecret);
        QVERIFY_ERROR(Vault::unlock(tv.dir, Vault::Secret::Passphrase, bytesOf("")),
                      domain::ErrorCode::WrongSecret);
        QCOMPARE(fileSha256(Vault::databasePath(tv.dir)), dbBefore);
        auto vault = unlockVault(tv);
        QVERIFY_RESULT(vault);
        auto failures = (*vault)->auditEntries(0, 100, QStringLiteral("vault.unlock_failed"));
        QVERIFY_RESULT(failures);
        QCOMPARE(failures->size(), 2u);
        QVERIFY((*vault)->header().pendingEvents.empty());
    }

    void wrongRecoveryKeyIsRefused() {
        TestVault tv = freshVault();
        createVault(tv).reset();
        storage::SecureBuffer other = storage::SecureBuffer::random(32);
        const QByteArray otherText = textOf(storage::RecoveryKey::format(other.bytes()));
        QVERIFY_ERROR(Vault::unlock(tv.dir, Vault::Secret::RecoveryKey, bytesOf(otherText)),
                      domain::ErrorCode::WrongSecret);
        QVERIFY_ERROR(Vault::unlock(tv.dir, Vault::Secret::RecoveryKey, bytesOf("not-a-key")),
                      domain::ErrorCode::WrongSecret);
    }

    void flippedBitInSlotFieldFailsUnlock_data() {
        QTest::addColumn<int>("slotIndex");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("secret"); // 0 passphrase, 1 recovery key
        for (const char* field : {"salt", "nonce", "wrapped_key", "check"})
            QTest::addRow("passphrase.%s", field) << 0 << QString::fromLatin1(field) << 0;
        QTest::addRow("passphrase.opslimit") << 0 << QStringLiteral("opslimit") << 0;
        QTest::addRow("passphrase.memlimit") << 0 << QStringLiteral("memlimit") << 0;
        for (const char* field : {"nonce", "wrapped_key", "check"}) {
            QTest::addRow("recovery.%s via recovery key", field)
                << 1 << QString::fromLatin1(field) << 1;
            QTest::addRow("recovery.%s via passphrase", field)
                << 1 << QString::fromLatin1(field) << 0;
        }
        QTest::addRow("vault_id") << -1 << QStringLiteral("vault_id") << 0;
        QTest::addRow("anchor.seq") << -2 << QStringLiteral("seq") << 0;
        QTest::addRow("mac") << -3 << QStringLiteral("mac") << 0;
    }

    void flippedBitInSlotFieldFailsUnlock() {
        QFETCH(int, slotIndex);
        QFETCH(QString, field);
        QFETCH(int, secret);
        TestVault tv = freshVault();
        createVault(tv).reset();
        const QString path = Vault::headerPath(tv.dir);
        QJsonObject header = readJson(path);
        QJsonArray slots = header.value(QStringLiteral("slots")).toArray();
        const auto flipBase64 = [](const QJsonValue& v) {
            QByteArray bytes = QByteArray::fromBase64(v.toString().toLatin1());
            bytes[0] = static_cast<char>(bytes[0] ^ 0x01);
            return QString::fromLatin1(bytes.toBase64());
        };
        if (slotIndex >= 0) {
            QJsonObject slot = slots[slotIndex].toObject();
            const QJsonValue value = slot.value(field);
            if (value.isString())
                slot.insert(field, flipBase64(value));
            else
                slot.insert(field,
                            static_cast<qint64>(value.toInteger() ^ 0x04)); // 3 -> 7, 64 MiB + 4
            slots[slotIndex] = slot;
            header.insert(QStringLiteral("slots"), slots);
        } else if (slotIndex == -1) {
            QString id = header.value(field).toString();
            id[0] = id[0] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
            header.insert(field, id);
        } else if (slotIndex == -2) {
            QJsonObject anchor = header.value(QStringLiteral("anchor")).toObject();
            anchor.insert(field, anchor.value(field).toInteger() + 1);
            header.insert(QStringLiteral("anchor"), anchor);
        } else {
            header.insert(field, flipBase64(header.value(field)));
        }
        writeJson(path, header);
        const QByteArray dbBefore = fileSha256(Vault::databasePath(tv.dir));
        auto vault =
            secret == 0
                ? Vault::unlock(tv.dir, Vault::Secret::Passphrase, bytesOf(tv.passphrase))
                : Vault::unlock(tv.dir, Vault::Secret::RecoveryKey, bytesOf(tv.recoveryKey));
        QVERIFY2(!vault, "unlock must fail with an altered header");
        const auto code = vault.error().code;
        QVERIFY2(code == domain::ErrorCode::WrongSecret || code == domain::ErrorCode::Tampered ||
                     code == domain::ErrorCode::BelowKdfFloor,
                 qPrintable(vault.error().message));
        QCOMPARE(fileSha256(Vault::databasePath(tv.dir)), dbBefore);
    }

    void authenticationFailureIsReportedAsTampering() {
        // With the right passphrase, a changed nonce passes the key check but
        // fails the AEAD: that is tampering, not a wrong passphrase.
        TestVault tv = freshVault();
        createVault(tv).reset();
        QJsonObject header = readJson(Vault::headerPath(tv.dir));
        QJsonArray slots = header.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots[0].toObject();
        QByteArray nonce =
            QByteArray::fromBase64(slot.value(QStringLiteral("nonce")).toString().toLatin1());
        nonce[5] = static_cast<char>(nonce[5] ^ 0x80);
        slot.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64()));
        slots[0] = slot;
        header.insert(QStringLiteral("slots"), slots);
        writeJson(Vault::headerPath(tv.dir), header);
        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::Tampered);
    }

    void flippedByteInDatabaseIsDamage() {
        TestVault tv = freshVault();
        {
            auto vault = createVault(tv);
            QVERIFY(vault);
            for (int i = 0; i < 50; ++i)
                QVERIFY_RESULT(putSetting(*vault, QStringLiteral("k%1").arg(i),
                                          QString(200, QLatin1Char('x'))));
            QVERIFY_RESULT(vault->checkpoint());
        }
        QFile db(Vault::databasePath(tv.dir));
        QVERIFY(db.open(QIODevice::ReadWrite));
        const qint64 size = db.size();
        QVERIFY(size > 8192);
        db.seek(size / 2);
        char byte = 0;
        db.getChar(&byte);
        db.seek(size / 2);
        db.putChar(static_cast<char>(byte ^ 0x10));
        db.close();
        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::Damaged);
    }

    void truncatedHeaderIsDamage() {
        TestVault tv = freshVault();
        createVault(tv).reset();
        QFile header(Vault::headerPath(tv.dir));
        QVERIFY(header.open(QIODevice::ReadWrite));
        header.resize(header.size() / 2);
        header.close();
        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::Damaged);
    }

    void passphraseChangeKeepsDatabaseBytes() {
        TestVault tv = freshVault();
        auto vault = createVault(tv);
        QVERIFY(vault);
        QVERIFY_RESULT(putSetting(*vault, QStringLiteral("a"), QStringLiteral("1")));
        QVERIFY_RESULT(vault->checkpoint());
        const QByteArray before = fileSha256(Vault::databasePath(tv.dir));
        QVERIFY_RESULT(
            vault->changePassphrase(bytesOf("an entirely new passphrase"), storage::Kdf::floor()));
        QCOMPARE(fileSha256(Vault::databasePath(tv.dir)), before);
        QVERIFY(QFile::exists(Vault::headerPath(tv.dir) + QStringLiteral(".bak")));
        vault.reset();
        QCOMPARE(fileSha256(Vault::databasePath(tv.dir)), before);

        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::WrongSecret);
        tv.passphrase = "an entirely new passphrase";
        auto reopened = unlockVault(tv);
        QVERIFY_RESULT(reopened);
        auto value = getSetting(**reopened, QStringLiteral("a"));
        QVERIFY_RESULT(value);
        QCOMPARE(*value, QStringLiteral("1"));
        auto changed =
            (*reopened)->auditEntries(0, 100, QStringLiteral("vault.passphrase_changed"));
        QVERIFY_RESULT(changed);
        QCOMPARE(changed->size(), 1u);
    }

    void recoveryKeyUnlocksAndResetsPassphrase() {
        TestVault tv = freshVault();
        {
            auto vault = createVault(tv);
            QVERIFY(vault);
            QVERIFY_RESULT(putSetting(*vault, QStringLiteral("x"), QStringLiteral("kept")));
        }
        // Lower case and no dashes are accepted too.
        QByteArray typed = tv.recoveryKey.toLower();
        typed.replace('-', "");
        auto vault = Vault::unlock(tv.dir, Vault::Secret::RecoveryKey, bytesOf(typed));
        QVERIFY_RESULT(vault);
        QVERIFY((*vault)->openedWithRecoveryKey());
        QVERIFY_RESULT(
            (*vault)->changePassphrase(bytesOf("recovered passphrase"), storage::Kdf::floor()));
        vault->reset();
        tv.passphrase = "recovered passphrase";
        auto reopened = unlockVault(tv);
        QVERIFY_RESULT(reopened);
        auto used = (*reopened)->auditEntries(0, 100, QStringLiteral("vault.recovery_key_used"));
        QVERIFY_RESULT(used);
        QCOMPARE(used->size(), 1u);
        // The recovery key still works after the passphrase changed.
        reopened->reset();
        QVERIFY_RESULT(Vault::unlock(tv.dir, Vault::Secret::RecoveryKey, bytesOf(tv.recoveryKey)));
    }

    void headerBelowFloorIsRefused_data() {
        QTest::addColumn<qint64>("opslimit");
        QTest::addColumn<qint64>("memlimit");
        QTest::newRow("2 passes") << qint64(2) << qint64(64 * 1024 * 1024);
        QTest::newRow("32 MiB") << qint64(3) << qint64(32 * 1024 * 1024);
        QTest::newRow("1 pass 8 KiB") << qint64(1) << qint64(8192);
    }

    void headerBelowFloorIsRefused() {
        QFETCH(qint64, opslimit);
        QFETCH(qint64, memlimit);
        TestVault tv = freshVault();
        createVault(tv).reset();
        QJsonObject header = readJson(Vault::headerPath(tv.dir));
        QJsonArray slots = header.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slots[0].toObject();
        slot.insert(QStringLiteral("opslimit"), opslimit);
        slot.insert(QStringLiteral("memlimit"), memlimit);
        slots[0] = slot;
        header.insert(QStringLiteral("slots"), slots);
        writeJson(Vault::headerPath(tv.dir), header);
        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::BelowKdfFloor);
    }

    void newerSchemaIsRefused() {
        TestVault tv = freshVault();
        createVault(tv).reset();
        {
            storage::SecureBuffer dek = dekFromRecoveryKey(tv.dir, tv.recoveryKey);
            QCOMPARE(dek.size(), 32u);
            auto db = storage::Database::open(Vault::databasePath(tv.dir), dek);
            QVERIFY_RESULT(db);
            QVERIFY_RESULT(db->exec("PRAGMA user_version = 999"));
        }
        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::Incompatible);
    }

    void secondOpenIsRefused() {
        TestVault tv = freshVault();
        auto first = createVault(tv);
        QVERIFY(first);
        QVERIFY_ERROR(unlockVault(tv), domain::ErrorCode::VaultInUse);
        first.reset();
        QVERIFY_RESULT(unlockVault(tv));
    }

    void writerCannotBypassTheAuditLog_data() {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("insert audit")
            << QByteArray("INSERT INTO audit_log VALUES (99,'','','','','','{}',x'00',x'00')");
        QTest::newRow("delete audit") << QByteArray("DELETE FROM audit_log");
        QTest::newRow("update audit") << QByteArray("UPDATE audit_log SET actor = 'x'");
        QTest::newRow("drop trigger") << QByteArray("DROP TRIGGER audit_log_no_delete");
        QTest::newRow("commit early") << QByteArray("COMMIT");
        QTest::newRow("savepoint") << QByteArray("SAVEPOINT s");
        QTest::newRow("rekey") << QByteArray("PRAGMA rekey = 'x'");
        QTest::newRow("attach") << QByteArray("ATTACH DATABASE '/tmp/x.db' AS x");
        QTest::newRow("create table") << QByteArray("CREATE TABLE sneaky(a)");
        QTest::newRow("writable schema") << QByteArray("PRAGMA writable_schema = 1");
    }

    void writerCannotBypassTheAuditLog() {
        QFETCH(QByteArray, sql);
        TestVault tv = freshVault();
        auto vault = createVault(tv);
        QVERIFY(vault);
        auto before = vault->verifyAudit();
        QVERIFY_RESULT(before);
        auto result =
            vault->write({QStringLiteral("test"),
                          QStringLiteral("test.sneaky"),
                          QStringLiteral("x"),
                          QStringLiteral("1"),
                          {}},
                         [&](storage::Writer& writer) { return writer.exec(sql.toStdString()); });
        QVERIFY(!result);
        auto after = vault->verifyAudit();
        QVERIFY_RESULT(after);
        QVERIFY(after->ok);
        QCOMPARE(after->head.seq, before->head.seq);
    }

    void readerCannotWrite() {
        TestVault tv = freshVault();
        auto vault = createVault(tv);
        QVERIFY(vault);
        auto stmt = vault->read([](storage::Reader& reader) {
            return reader.query("INSERT INTO settings(key, value) VALUES ('a', 'b')");
        });
        QVERIFY(!stmt);
    }

    void failedMutationWritesNothing() {
        TestVault tv = freshVault();
        auto vault = createVault(tv);
        QVERIFY(vault);
        auto before = vault->verifyAudit();
        QVERIFY_RESULT(before);
        auto result = vault->write(
            {QStringLiteral("test"),
             QStringLiteral("setting.updated"),
             QStringLiteral("setting"),
             QStringLiteral("a"),
             {}},
            [](storage::Writer& writer) -> domain::Status {
                if (auto ok = writer.exec("INSERT INTO settings VALUES ('half', 'done')"); !ok)
                    return ok;
                return domain::fail(domain::ErrorCode::InvalidInput,
                                    QStringLiteral("second step failed"));
            });
        QVERIFY_ERROR(result, domain::ErrorCode::InvalidInput);
        auto value = getSetting(*vault, QStringLiteral("half"));
        QVERIFY_RESULT(value);
        QVERIFY(value->isNull());
        auto after = vault->verifyAudit();
        QVERIFY_RESULT(after);
        QCOMPARE(after->head.seq, before->head.seq);
    }

    void lockWipesAndCloses() {
        TestVault tv = freshVault();
        auto vault = createVault(tv);
        QVERIFY(vault);
        vault->lock();
        QVERIFY(!vault->isOpen());
        QVERIFY_ERROR(putSetting(*vault, QStringLiteral("a"), QStringLiteral("b")),
                      domain::ErrorCode::Internal);
    }

    void canaryAppearsInNoVaultFile() {
        TestVault tv = freshVault();
        const QByteArray canary = "CANARY-7f3a9c-Mustermann-GmbH";
        auto vault = createVault(tv);
        QVERIFY(vault);
        for (int i = 0; i < 20; ++i)
            QVERIFY_RESULT(putSetting(*vault, QStringLiteral("client%1").arg(i),
                                      QString::fromLatin1(canary) + QString::number(i)));
        // While open: db, -wal and -shm all exist.
        // Returns the files scanned and the names of those holding the canary.
        const auto scan = [&](QStringList& leaking) {
            QDirIterator it(tv.dir, QDir::Files | QDir::Hidden);
            int files = 0;
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    leaking << file.fileName() + QStringLiteral(" (unreadable)");
                const QByteArray content = file.readAll();
                if (content.contains(canary) || content.contains(canary.toHex()))
                    leaking << file.fileName();
                ++files;
            }
            return files;
        };
        QStringList leaking;
        QVERIFY(QFile::exists(Vault::databasePath(tv.dir) + QStringLiteral("-wal")));
        QVERIFY(scan(leaking) >= 4);
        QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(QLatin1Char(' '))));
        vault.reset();
        QVERIFY(scan(leaking) >= 2);
        QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(QLatin1Char(' '))));
    }

    void processHardening() {
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }

    void cipherVersionIsAtLeast46() {
        TestVault tv = freshVault();
        auto vault = createVault(tv);
        QVERIFY(vault);
        storage::SecureBuffer none;
        auto db = storage::Database::open(m_tmp.filePath(QStringLiteral("plain.db")), none);
        QVERIFY_RESULT(db);
        const QString version = storage::Database::cipherVersion(db->handle());
        QVERIFY2(version.startsWith(QStringLiteral("4.")), qPrintable(version));
        QVERIFY(version.section(QLatin1Char('.'), 1, 1).toInt() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestVault_)
#include "tst_vault.moc"
