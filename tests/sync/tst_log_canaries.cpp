// The logs hold no secrets, document contents or personal data. Every flow
// of quittance-cli runs with --verbose (the chattiest setting) on data
// seeded with canaries — passphrases, the recovery key, the API key, names,
// addresses, e-mail, IBAN, line descriptions, notes, payment references,
// CSV imports, search terms, rejected input — against a real sync server
// over HTTPS on loopback; then no log file of the app, and not the server's
// log, contains any canary. Log files are mode 0600.

#include "../cli/CliRunner.h"
#include "TestHelpers.h"
#include "server/ServerHarness.h"
#include "storage/ProcessHardening.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace quittance::test;

namespace {

const QString kPass = QStringLiteral("CANARYPASS-log canaries passphrase");
const QString kNewPass = QStringLiteral("CANARYNEWPASS-another passphrase");
const QString kWrongPass = QStringLiteral("CANARYWRONG-not the passphrase");
const char* kIban = "DE89370400440532013000";

// Personal data and document contents; a log holding any of these fails.
const QStringList kCanaries = {
    QStringLiteral("CANARYPASS"),    QStringLiteral("CANARYNEWPASS"),
    QStringLiteral("CANARYWRONG"),   QStringLiteral("CANARYSELLER"),
    QStringLiteral("CANARYSTREET"),  QStringLiteral("CANARYCLIENT"),
    QStringLiteral("CANARYCITY"),    QStringLiteral("canarymail"),
    QStringLiteral("CANARYLINE"),    QStringLiteral("CANARYNOTE"),
    QStringLiteral("CANARYTERMS"),   QStringLiteral("CANARYREF"),
    QStringLiteral("CANARYPRODUCT"), QStringLiteral("CANARYCSVCLIENT"),
    QStringLiteral("CANARYCSVPROD"), QStringLiteral("CANARYSEARCH"),
    QStringLiteral("CANARYBADMAIL"), QStringLiteral("CANARYBADJSON"),
    QStringLiteral("CANARYEDIT"),    QStringLiteral("CANARYANON"),
    QStringLiteral("CANARYQUOTE"),   QStringLiteral("0532013000"),
    QStringLiteral("CANARYCONTACT"), QStringLiteral("CANARYPO"),
};

} // namespace

class TstLogCanaries : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_home;
    QString m_vault;
    QString m_pass = kPass;
    QByteArray m_recoveryKey;
    QByteArray m_apiKey;
    ServerHarness m_server;

    CliResult run(const QStringList& args, const QMap<QString, QString>& env = {}) const {
        QMap<QString, QString> all{{QStringLiteral("QUITTANCE_PASSPHRASE"), m_pass}};
        all.insert(env);
        return CliRunner(m_home).run(
            QStringList{QStringLiteral("--verbose"), QStringLiteral("--vault"), m_vault} + args,
            all);
    }

    // A command that must succeed; its stdout, trimmed.
    QString ok(const QStringList& args, const QMap<QString, QString>& env = {}) const {
        const CliResult r = run(args, env);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(u' ') << "->" << r.exitCode
                                 << QString::fromUtf8(r.err);
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QStringLiteral("<failed>");
    }

    // A command that must be refused with `code`.
    bool refused(const QStringList& args, int code, const QMap<QString, QString>& env = {}) const {
        const CliResult r = run(args, env);
        if (r.exitCode != code)
            qWarning().noquote() << args.join(u' ') << "->" << r.exitCode << "expected" << code
                                 << QString::fromUtf8(r.err);
        return r.exitCode == code;
    }

    QString file(const QString& name, const QByteArray& content) const {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    static bool isUuid(const QString& text) { return QUuid::fromString(text).isNull() == false; }

    static QString lastWord(const QString& text) {
        return text.split(QRegularExpression(QStringLiteral("\\s+"))).last();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(quittance::storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(QStringLiteral("home"));
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        QVERIFY(m_server.prepare());
        QVERIFY(m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
        m_apiKey = m_server.createKey(QStringLiteral("canaries"));
        QVERIFY(!m_apiKey.isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }

    void everyFlow() {
        // Vault: init (recovery key printed once), a wrong passphrase, info, check.
        const CliResult init = run({QStringLiteral("vault"), QStringLiteral("init"),
                                    QStringLiteral("--kdf"), QStringLiteral("floor")});
        QCOMPARE(init.exitCode, 0);
        static const QRegularExpression keyPattern(
            QStringLiteral("([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})"));
        const auto match = keyPattern.match(QString::fromLatin1(init.out));
        QVERIFY(match.hasMatch());
        m_recoveryKey = match.captured(1).toLatin1();
        QVERIFY(refused({QStringLiteral("audit"), QStringLiteral("verify")}, 2,
                        {{QStringLiteral("QUITTANCE_PASSPHRASE"), kWrongPass}}));
        QVERIFY(ok({QStringLiteral("vault"), QStringLiteral("info")}) != u"<failed>");

        // Profile with personal data; a rejected IBAN carrying a canary.
        QVERIFY(ok({QStringLiteral("profile"),        QStringLiteral("set"),
                    QStringLiteral("--name"),         QStringLiteral("CANARYSELLER Studio"),
                    QStringLiteral("--address-line"), QStringLiteral("CANARYSTREET 1"),
                    QStringLiteral("--postal-code"),  QStringLiteral("10115"),
                    QStringLiteral("--city"),         QStringLiteral("Berlin"),
                    QStringLiteral("--country"),      QStringLiteral("DE"),
                    QStringLiteral("--vat-id"),       QStringLiteral("DE123456789"),
                    QStringLiteral("--iban"),         QString::fromLatin1(kIban),
                    QStringLiteral("--email"),        QStringLiteral("seller@canarymail.example"),
                    QStringLiteral("--currency"),     QStringLiteral("EUR")}) != u"<failed>");
        QVERIFY(refused({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--iban"),
                         QStringLiteral("DE00CANARYSELLER")},
                        1));

        // Clients: add, edit, a rejected e-mail, CSV import (preview, then --yes).
        const QString client =
            ok({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("CANARYCLIENT GmbH"), QStringLiteral("--contact"),
                QStringLiteral("CANARYCONTACT Person"), QStringLiteral("--address-line"),
                QStringLiteral("Marktplatz 5"), QStringLiteral("--postal-code"),
                QStringLiteral("80331"), QStringLiteral("--city"), QStringLiteral("CANARYCITY"),
                QStringLiteral("--country"), QStringLiteral("DE"), QStringLiteral("--email"),
                QStringLiteral("buyer@canarymail.example")});
        QVERIFY2(isUuid(lastWord(client)), qPrintable(client));
        const QString clientId = lastWord(client);
        QVERIFY(ok({QStringLiteral("client"), QStringLiteral("edit"), clientId,
                    QStringLiteral("--notes"), QStringLiteral("CANARYEDIT note")}) != u"<failed>");
        QVERIFY(refused({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("X"), QStringLiteral("--country"), QStringLiteral("DE"),
                         QStringLiteral("--email"), QStringLiteral("CANARYBADMAIL@@")},
                        1));
        const QString clientsCsv =
            file(QStringLiteral("clients.csv"),
                 "name,country,email\nCANARYCSVCLIENT One,DE,one@canarymail.example\n"
                 "CANARYCSVCLIENT Two,XX,two@canarymail.example\n");
        QVERIFY(refused({QStringLiteral("client"), QStringLiteral("import"), clientsCsv,
                         QStringLiteral("--yes")},
                        1)); // row 2 has a bad country: nothing imported
        const QString goodCsv = file(QStringLiteral("clients-ok.csv"),
                                     "name,country,notes\nCANARYCSVCLIENT Three,DE,CANARYNOTE\n");
        QVERIFY(ok({QStringLiteral("client"), QStringLiteral("import"), goodCsv}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("client"), QStringLiteral("import"), goodCsv,
                    QStringLiteral("--yes")}) != u"<failed>");

        // Products, by hand and from CSV.
        const QString product =
            ok({QStringLiteral("product"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("CANARYPRODUCT consulting"), QStringLiteral("--unit"),
                QStringLiteral("HUR"), QStringLiteral("--price"), QStringLiteral("85.00"),
                QStringLiteral("--tax-category"), QStringLiteral("S"), QStringLiteral("--tax-rate"),
                QStringLiteral("19")});
        QVERIFY2(isUuid(lastWord(product)), qPrintable(product));
        QVERIFY(
            ok({QStringLiteral("product"), QStringLiteral("import"),
                file(QStringLiteral("products.csv"),
                     "name,unit_price,tax_category,tax_rate\nCANARYCSVPROD widget,12.50,S,19\n"),
                QStringLiteral("--yes")}) != u"<failed>");

        // Invoices: create, edit, issue, send, pay, PDF, credit, duplicate, delete.
        const QString created =
            ok({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--client"),
                clientId, QStringLiteral("--currency"), QStringLiteral("EUR"),
                QStringLiteral("--notes"), QStringLiteral("CANARYNOTE text"),
                QStringLiteral("--terms-text"), QStringLiteral("CANARYTERMS text"),
                QStringLiteral("--po"), QStringLiteral("CANARYPO-7"), QStringLiteral("--line"),
                QStringLiteral("CANARYLINE design|10|HUR|85.00|S|19"), QStringLiteral("--product"),
                lastWord(product) + QStringLiteral(":2")});
        QVERIFY2(isUuid(lastWord(created)), qPrintable(created));
        const QString invoice = lastWord(created);
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("edit"), invoice,
                    QStringLiteral("--line"), QStringLiteral("CANARYLINE edited|3|HUR|85.00|S|19"),
                    QStringLiteral("--notes"), QStringLiteral("CANARYNOTE edited")}) !=
                u"<failed>");
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("issue"), invoice}) != u"<failed>");
        QVERIFY(refused({QStringLiteral("invoice"), QStringLiteral("edit"), invoice,
                         QStringLiteral("--notes"), QStringLiteral("CANARYNOTE immutable")},
                        6));
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("send"), invoice}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("pay"), invoice,
                    QStringLiteral("--amount"), QStringLiteral("100.00"),
                    QStringLiteral("--reference"), QStringLiteral("CANARYREF-42")}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("pdf"), invoice,
                    QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("inv.pdf"))}) !=
                u"<failed>");
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--out-dir"),
                    m_tmp.filePath(QStringLiteral("pdfs"))}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("credit"), invoice}) != u"<failed>");
        const QString copy =
            lastWord(ok({QStringLiteral("invoice"), QStringLiteral("duplicate"), invoice}));
        QVERIFY2(isUuid(copy), qPrintable(copy));
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("delete"), copy}) != u"<failed>");
        QVERIFY(refused({QStringLiteral("invoice"), QStringLiteral("import"),
                         file(QStringLiteral("bad.json"),
                              "{\"type\":\"invoice\",\"notes\":\"CANARYBADJSON\",\"lines\":[}")},
                        1));
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("show"), invoice}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("invoice"), QStringLiteral("list")}) != u"<failed>");

        // Quotes.
        const QString quote = lastWord(
            ok({QStringLiteral("quote"), QStringLiteral("create"), QStringLiteral("--client"),
                clientId, QStringLiteral("--currency"), QStringLiteral("EUR"),
                QStringLiteral("--line"), QStringLiteral("CANARYQUOTE work|1|HUR|50.00|S|19")}));
        QVERIFY2(isUuid(quote), qPrintable(quote));
        QVERIFY(ok({QStringLiteral("quote"), QStringLiteral("send"), quote}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("quote"), QStringLiteral("accept"), quote}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("quote"), QStringLiteral("convert"), quote}) != u"<failed>");

        // Reports, search, exports, audit.
        for (const QStringList& args :
             {QStringList{QStringLiteral("report"), QStringLiteral("outstanding")},
              QStringList{QStringLiteral("report"), QStringLiteral("aging")},
              QStringList{QStringLiteral("report"), QStringLiteral("revenue"),
                          QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                          QStringLiteral("--to"), QStringLiteral("2030-12-31")},
              QStringList{QStringLiteral("report"), QStringLiteral("tax"), QStringLiteral("--from"),
                          QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                          QStringLiteral("2030-12-31")},
              QStringList{QStringLiteral("search"), QStringLiteral("CANARYSEARCH")},
              QStringList{QStringLiteral("search"), QStringLiteral("CANARYLINE")},
              QStringList{QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--out"),
                          m_tmp.filePath(QStringLiteral("all.json"))},
              QStringList{QStringLiteral("export"), QStringLiteral("csv"),
                          QStringLiteral("--out-dir"), m_tmp.filePath(QStringLiteral("csv"))},
              QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
              QStringList{QStringLiteral("audit"), QStringLiteral("list")},
              QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                          QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("audit.csv"))}})
            QVERIFY2(ok(args) != u"<failed>", qPrintable(args.join(u' ')));

        // A client without issued documents is anonymised.
        const QString anon =
            lastWord(ok({QStringLiteral("client"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("CANARYANON Person"), QStringLiteral("--country"),
                         QStringLiteral("DE")}));
        QVERIFY(ok({QStringLiteral("client"), QStringLiteral("anonymise"), anon}) != u"<failed>");

        // Sync with the key kept in the vault.
        const QString keyFile = file(QStringLiteral("api.key"), m_apiKey + '\n');
        QVERIFY(ok({QStringLiteral("sync"), QStringLiteral("login"), QStringLiteral("--server"),
                    m_server.baseUrl(), QStringLiteral("--ca-file"), m_server.certPath(),
                    QStringLiteral("--api-key-file"), keyFile,
                    QStringLiteral("--store-in-vault")}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("sync"), QStringLiteral("run")}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("sync"), QStringLiteral("status")}) != u"<failed>");

        // Backups: create, verify, restore; automatic.
        const QString backup = m_tmp.filePath(QStringLiteral("b.qbackup"));
        QVERIFY(ok({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"),
                    backup}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("backup"), QStringLiteral("verify"), backup}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("backup"), QStringLiteral("restore"), backup,
                    QStringLiteral("--to"), m_tmp.filePath(QStringLiteral("restored"))}) !=
                u"<failed>");
        QVERIFY(ok({QStringLiteral("backup"), QStringLiteral("config"), QStringLiteral("--folder"),
                    m_tmp.filePath(QStringLiteral("auto"))}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("backup"), QStringLiteral("auto"), QStringLiteral("--force")}) !=
                u"<failed>");

        // Passphrase change and recovery.
        QVERIFY(ok({QStringLiteral("vault"), QStringLiteral("passwd"), QStringLiteral("--kdf"),
                    QStringLiteral("floor")},
                   {{QStringLiteral("QUITTANCE_NEW_PASSPHRASE"), kNewPass}}) != u"<failed>");
        m_pass = kNewPass;
        QVERIFY(ok({QStringLiteral("vault"), QStringLiteral("recover"), QStringLiteral("--kdf"),
                    QStringLiteral("floor")},
                   {{QStringLiteral("QUITTANCE_RECOVERY_KEY"), QString::fromLatin1(m_recoveryKey)},
                    {QStringLiteral("QUITTANCE_NEW_PASSPHRASE"), kPass}}) != u"<failed>");
        m_pass = kPass;
        QVERIFY(ok({QStringLiteral("vault"), QStringLiteral("check")}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("sync"), QStringLiteral("logout")}) != u"<failed>");
        QVERIFY(ok({QStringLiteral("vault"), QStringLiteral("erase"), QStringLiteral("--yes")}) !=
                u"<failed>");
    }

    void logsHoldNoCanary() {
        QStringList canaries = kCanaries;
        canaries << QString::fromLatin1(m_recoveryKey) << QString::fromLatin1(m_recoveryKey.left(9))
                 << QString::fromLatin1(m_apiKey) << QString::fromLatin1(m_apiKey.right(20));
        int files = 0;
        qint64 bytes = 0;
        QDirIterator it(CliRunner(m_home).logDirectory(), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(f.readAll());
            bytes += content.size();
            for (const QString& canary : canaries)
                QVERIFY2(!content.contains(canary, Qt::CaseInsensitive),
                         qPrintable(path + QStringLiteral(" holds ") + canary));
            QCOMPARE(QFileInfo(path).permissions() &
                         ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::Permissions());
            ++files;
        }
        QVERIFY(files >= 1);
        QVERIFY2(bytes > 2000, "the verbose log should have recorded the flows");

        // The server's log: never the API key, never a request body.
        m_server.stop(); // collects everything it wrote
        const QString serverLog = QString::fromUtf8(m_server.drainLog());
        QVERIFY(serverLog.contains(QStringLiteral("/api/v1/")));
        for (const QString& canary : canaries)
            QVERIFY2(!serverLog.contains(canary, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("server log holds ") + canary));
    }
};

QTEST_GUILESS_MAIN(TstLogCanaries)
#include "tst_log_canaries.moc"
