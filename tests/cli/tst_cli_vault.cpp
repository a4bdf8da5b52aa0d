// quittance-cli vault and audit commands, driven as a script would drive
// them: exit codes, --json output, secrets from files and the environment,
// bad input refused without changing the vault, nothing secret in the log.

#include "CliRunner.h"
#include "TestHelpers.h"
#include "storage/ProcessHardening.h"
#include "storage/Vault.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace quittance;
using namespace quittance::test;

namespace {
const QString kPass = QStringLiteral("CANARYPASS-correct horse battery");
const QString kNewPass = QStringLiteral("CANARYNEW-another fine passphrase");

QByteArray sha(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}
} // namespace

class TestCliVault : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString m_home;

    QString newVaultDir() { return m_tmp.filePath(QStringLiteral("vault%1").arg(++m_counter)); }
    CliRunner cli() const { return CliRunner(m_home); }
    QMap<QString, QString> pass(const QString& p = kPass) const {
        return {{QStringLiteral("QUITTANCE_PASSPHRASE"), p}};
    }

    // Creates a vault and returns its recovery key.
    QByteArray init(const QString& dir) {
        const CliResult r =
            cli().run({QStringLiteral("--vault"), dir, QStringLiteral("vault"),
                       QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("floor")},
                      pass());
        if (r.exitCode != 0)
            qWarning() << r.err;
        static const QRegularExpression key(QStringLiteral("([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})"));
        const auto match = key.match(QString::fromLatin1(r.out));
        return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(QStringLiteral("home"));
    }

    void initPrintsRecoveryKeyOnce() {
        const QString dir = newVaultDir();
        const QByteArray key = init(dir);
        QCOMPARE(key.size(), 64);
        QVERIFY(QFile::exists(dir + QStringLiteral("/vault.db")));
        // Creating again over an existing vault is refused and changes nothing.
        const QByteArray before = sha(dir + QStringLiteral("/vault.json"));
        const CliResult again =
            cli().run({QStringLiteral("--vault"), dir, QStringLiteral("vault"),
                       QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("floor")},
                      pass());
        QCOMPARE(again.exitCode, 6);
        QVERIFY(!again.err.isEmpty());
        QCOMPARE(sha(dir + QStringLiteral("/vault.json")), before);
    }

    void initJson() {
        const QString dir = newVaultDir();
        const CliResult r = cli().run({QStringLiteral("--vault"), dir, QStringLiteral("--json"),
                                       QStringLiteral("vault"), QStringLiteral("init"),
                                       QStringLiteral("--kdf=floor")},
                                      pass());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("recovery_key")).toString().size(), 64);
        QVERIFY(!o.value(QStringLiteral("vault_id")).toString().isEmpty());
    }

    void infoNeedsNoSecret() {
        const QString dir = newVaultDir();
        init(dir);
        const CliResult r = cli().run({QStringLiteral("--vault"), dir, QStringLiteral("vault"),
                                       QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("opslimit")).toInteger(), 3);
        QCOMPARE(o.value(QStringLiteral("memlimit")).toInteger(), 64 * 1024 * 1024);
        QCOMPARE(o.value(QStringLiteral("format_version")).toInteger(), 1);
        QVERIFY(o.value(QStringLiteral("anchor_seq")).toInteger() >= 1);
        const CliResult missing = cli().run({QStringLiteral("--vault"), newVaultDir(),
                                             QStringLiteral("vault"), QStringLiteral("info")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY(missing.err.contains("no vault"));
    }

    void wrongPassphraseExitsTwo() {
        const QString dir = newVaultDir();
        init(dir);
        const CliResult r = cli().run(
            {QStringLiteral("--vault"), dir, QStringLiteral("audit"), QStringLiteral("verify")},
            pass(QStringLiteral("nope")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Wrong passphrase"));
    }

    void passwdThenRecover() {
        const QString dir = newVaultDir();
        const QByteArray key = init(dir);
        QMap<QString, QString> env = pass();
        env.insert(QStringLiteral("QUITTANCE_NEW_PASSPHRASE"), kNewPass);
        CliResult r =
            cli().run({QStringLiteral("--vault"), dir, QStringLiteral("vault"),
                       QStringLiteral("passwd"), QStringLiteral("--kdf"), QStringLiteral("floor")},
                      env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("audit"),
                           QStringLiteral("verify")},
                          pass())
                     .exitCode,
                 2);
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("audit"),
                           QStringLiteral("verify")},
                          pass(kNewPass))
                     .exitCode,
                 0);

        // Recovery key from a file, new passphrase from the environment.
        const QString keyFile = m_tmp.filePath(QStringLiteral("recovery.txt"));
        QFile f(keyFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(key + "\n");
        f.close();
        r = cli().run({QStringLiteral("--vault"), dir, QStringLiteral("vault"),
                       QStringLiteral("recover"), QStringLiteral("--kdf"), QStringLiteral("floor"),
                       QStringLiteral("--recovery-key-file"), keyFile},
                      {{QStringLiteral("QUITTANCE_NEW_PASSPHRASE"), kPass}});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("audit"),
                           QStringLiteral("verify")},
                          pass())
                     .exitCode,
                 0);
        const CliResult list = cli().run({QStringLiteral("--vault"), dir, QStringLiteral("audit"),
                                          QStringLiteral("list"), QStringLiteral("--json"),
                                          QStringLiteral("--action"), QStringLiteral("vault.")},
                                         pass());
        QCOMPARE(list.exitCode, 0);
        QStringList actions;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
            actions << v.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions.first(), QStringLiteral("vault.created"));
        QVERIFY(actions.contains(QStringLiteral("vault.passphrase_changed")));
        QVERIFY(actions.contains(QStringLiteral("vault.recovery_key_used")));
        QVERIFY(actions.contains(QStringLiteral("vault.unlock_failed")));

        // A wrong recovery key: exit 2, nothing changed.
        const QByteArray before = sha(dir + QStringLiteral("/vault.json"));
        r = cli().run(
            {QStringLiteral("--vault"), dir, QStringLiteral("vault"), QStringLiteral("recover"),
             QStringLiteral("--kdf"), QStringLiteral("floor")},
            {{QStringLiteral("QUITTANCE_RECOVERY_KEY"),
              QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")},
             {QStringLiteral("QUITTANCE_NEW_PASSPHRASE"), kNewPass}});
        QCOMPARE(r.exitCode, 2);
    }

    void passphraseFile() {
        const QString dir = newVaultDir();
        init(dir);
        const QString file = m_tmp.filePath(QStringLiteral("pass.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(kPass.toUtf8() + "\r\n");
        f.close();
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-file"),
                           file, QStringLiteral("audit"), QStringLiteral("verify")})
                     .exitCode,
                 0);

        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const CliResult tooLong =
            cli().run({QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-file"), file,
                       QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY(tooLong.err.contains("longer than 1024"));
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-file"),
                           m_tmp.filePath(QStringLiteral("absent")), QStringLiteral("audit"),
                           QStringLiteral("verify")})
                     .exitCode,
                 1);
    }

    void noSecretAndNoTerminalFailsClearly() {
        const QString dir = newVaultDir();
        init(dir);
        const CliResult r = cli().run(
            {QStringLiteral("--vault"), dir, QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("No terminal"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("--frob"), QStringLiteral("vault"), QStringLiteral("info")};
        QTest::newRow("vault needs value") << QStringList{
            QStringLiteral("vault"), QStringLiteral("info"), QStringLiteral("--vault")};
        QTest::newRow("vault twice") << QStringList{
            QStringLiteral("--vault"), QStringLiteral("a"),     QStringLiteral("--vault"),
            QStringLiteral("b"),       QStringLiteral("vault"), QStringLiteral("info")};
        QTest::newRow("vault no subcommand") << QStringList{QStringLiteral("vault")};
        QTest::newRow("vault bad subcommand")
            << QStringList{QStringLiteral("vault"), QStringLiteral("explode")};
        QTest::newRow("extra words")
            << QStringList{QStringLiteral("vault"), QStringLiteral("info"), QStringLiteral("now")};
        QTest::newRow("bad kdf") << QStringList{QStringLiteral("vault"), QStringLiteral("init"),
                                                QStringLiteral("--kdf"), QStringLiteral("weak")};
        QTest::newRow("limit zero") << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                   QStringLiteral("--limit"), QStringLiteral("0")};
        QTest::newRow("limit text")
            << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                           QStringLiteral("--limit"), QStringLiteral("ten")};
        QTest::newRow("after negative")
            << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                           QStringLiteral("--after"), QStringLiteral("-1")};
        QTest::newRow("huge argument") << QStringList{QString(10000, QLatin1Char('a'))};
        QTest::newRow("json flag with value") << QStringList{
            QStringLiteral("--json=yes"), QStringLiteral("vault"), QStringLiteral("info")};
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        const CliResult r = cli().run(args, pass());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty() || !r.out.isEmpty());
        QVERIFY(!r.err.contains("Segmentation"));
    }

    void helpSucceeds() {
        const CliResult r = cli().run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Exit codes"));
    }

    void tamperedHeaderExitsThree() {
        const QString dir = newVaultDir();
        init(dir);
        QFile f(dir + QStringLiteral("/vault.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject header = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject anchor = header.value(QStringLiteral("anchor")).toObject();
        anchor.insert(QStringLiteral("seq"), anchor.value(QStringLiteral("seq")).toInteger() + 5);
        header.insert(QStringLiteral("anchor"), anchor);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(header).toJson());
        f.close();
        const CliResult r = cli().run({QStringLiteral("--vault"), dir, QStringLiteral("--json"),
                                       QStringLiteral("audit"), QStringLiteral("verify")},
                                      pass());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(r.err)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("tampered"));
    }

    void checkFindsDamage() {
        const QString dir = newVaultDir();
        init(dir);
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("vault"),
                           QStringLiteral("check")},
                          pass())
                     .exitCode,
                 0);
        QFile db(dir + QStringLiteral("/vault.db"));
        QVERIFY(db.open(QIODevice::ReadWrite));
        const qint64 at = db.size() - 100; // inside the last page
        db.seek(at);
        char byte = 0;
        db.getChar(&byte);
        db.seek(at);
        db.putChar(static_cast<char>(byte ^ 0x5a));
        db.close();
        const CliResult r = cli().run(
            {QStringLiteral("--vault"), dir, QStringLiteral("vault"), QStringLiteral("check")},
            pass());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("damaged"));
    }

    void secondProcessIsRefused() {
        const QString dir = newVaultDir();
        init(dir);
        const QByteArray pw = kPass.toUtf8();
        auto held = storage::Vault::unlock(dir, storage::Vault::Secret::Passphrase,
                                           {reinterpret_cast<const unsigned char*>(pw.constData()),
                                            static_cast<std::size_t>(pw.size())});
        QVERIFY_RESULT(held);
        const CliResult r = cli().run(
            {QStringLiteral("--vault"), dir, QStringLiteral("audit"), QStringLiteral("verify")},
            pass());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("another Quittance process"));
        held->reset();
        QCOMPARE(cli()
                     .run({QStringLiteral("--vault"), dir, QStringLiteral("audit"),
                           QStringLiteral("verify")},
                          pass())
                     .exitCode,
                 0);
    }

    void logHoldsNoSecrets() {
        // Runs after the flows above: every passphrase and recovery key used
        // went through this HOME's log.
        const QString dir = newVaultDir();
        const QByteArray key = init(dir);
        QVERIFY(!key.isEmpty());
        QDirIterator it(cli().logDirectory(), QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY(!content.isEmpty());
            QVERIFY2(!content.contains("CANARYPASS") && !content.contains("CANARYNEW"),
                     qPrintable(path));
            QVERIFY2(!content.contains(key) && !content.contains(key.left(14)), qPrintable(path));
            QCOMPARE(QFileInfo(path).permissions() &
                         ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::Permissions());
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_cli_vault.moc"
