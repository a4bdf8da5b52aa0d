// quittance-cli invoice pdf (one and batch) and profile logo, driven as a
// script would: files written, content checked with pdftotext, bad input
// refused with the field named.

#include "CliRunner.h"
#include "TestHelpers.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quittance::test;

class TestCliPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_vault;
    QString m_invoice;
    QString m_draft;

    CliRunner cli() const { return CliRunner(m_tmp.filePath(QStringLiteral("home"))); }
    QMap<QString, QString> env() const {
        return {{QStringLiteral("QUITTANCE_PASSPHRASE"), QStringLiteral("pdf test passphrase")}};
    }
    CliResult run(QStringList args) const {
        args.prepend(m_vault);
        args.prepend(QStringLiteral("--vault"));
        return cli().run(args, env());
    }
    static QString idOf(const CliResult& r) {
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
    }
    static QString pdfText(const QString& path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase() {
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        QCOMPARE(run({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf"),
                      QStringLiteral("floor")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"),
                      QStringLiteral("Anna Muster Design"), QStringLiteral("--address-line"),
                      QStringLiteral("Hauptstraße 1"), QStringLiteral("--postal-code"),
                      QStringLiteral("10115"), QStringLiteral("--city"), QStringLiteral("Berlin"),
                      QStringLiteral("--country"), QStringLiteral("DE"), QStringLiteral("--vat-id"),
                      QStringLiteral("DE123456789"), QStringLiteral("--iban"),
                      QStringLiteral("DE89370400440532013000"), QStringLiteral("--currency"),
                      QStringLiteral("EUR")})
                     .exitCode,
                 0);
        const CliResult client =
            run({QStringLiteral("--json"), QStringLiteral("client"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("Beispiel GmbH"),
                 QStringLiteral("--address-line"), QStringLiteral("Marktplatz 5"),
                 QStringLiteral("--city"), QStringLiteral("München"), QStringLiteral("--country"),
                 QStringLiteral("DE")});
        QCOMPARE(client.exitCode, 0);
        const QStringList create{QStringLiteral("--json"),
                                 QStringLiteral("invoice"),
                                 QStringLiteral("create"),
                                 QStringLiteral("--client"),
                                 idOf(client),
                                 QStringLiteral("--currency"),
                                 QStringLiteral("EUR"),
                                 QStringLiteral("--line"),
                                 QStringLiteral("Logo design <b>bold</b>|10|HUR|85|S|19")};
        const CliResult invoice = run(create);
        QCOMPARE(invoice.exitCode, 0);
        m_invoice = idOf(invoice);
        QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("issue"), m_invoice}).exitCode, 0);
        const CliResult draft = run(create);
        QCOMPARE(draft.exitCode, 0);
        m_draft = idOf(draft);
    }

    void onePdf() {
        const QString out = m_tmp.filePath(QStringLiteral("one.pdf"));
        const CliResult r = run({QStringLiteral("invoice"), QStringLiteral("pdf"), m_invoice,
                                 QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty()); // no Qt chatter on stderr
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("INV-2026-")) ||
                text.contains(QStringLiteral("INV-")));
        QVERIFY(text.contains(QStringLiteral("Logo design <b>bold</b>")));
        // 10 x 85.00 = 850.00 + 19 % (161.50) = 1,011.50
        QVERIFY(text.contains(QStringLiteral("1,011.50")));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void letterSize() {
        const QString out = m_tmp.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("pdf"), m_invoice,
                      QStringLiteral("--out"), out, QStringLiteral("--page-size"),
                      QStringLiteral("letter"), QStringLiteral("--no-qr")})
                     .exitCode,
                 0);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {out});
        info.waitForFinished(30000);
        QVERIFY(info.readAllStandardOutput().contains("612 x 792 pts"));
    }

    void batchReportsProgress() {
        const QString dir = m_tmp.filePath(QStringLiteral("batch"));
        const CliResult r = run(
            {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--out-dir"), dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("exported 2/2"));
        const QStringList files = QDir(dir).entryList(QDir::Files);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.contains(m_draft + QStringLiteral(".pdf"))); // drafts are named by id
        const CliResult issued =
            run({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--status"),
                 QStringLiteral("issued"), QStringLiteral("--out-dir"),
                 m_tmp.filePath(QStringLiteral("issued"))});
        QCOMPARE(issued.exitCode, 0);
        QCOMPARE(QDir(m_tmp.filePath(QStringLiteral("issued"))).entryList(QDir::Files).size(), 1);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("no out") << QStringList{QStringLiteral("invoice"), QStringLiteral("pdf"),
                                               QStringLiteral("{ID}")}
                                << 1 << QByteArray("--out");
        QTest::newRow("bad page size")
            << QStringList{QStringLiteral("invoice"), QStringLiteral("pdf"),
                           QStringLiteral("{ID}"),    QStringLiteral("--out"),
                           QStringLiteral("x.pdf"),   QStringLiteral("--page-size"),
                           QStringLiteral("tall")}
            << 1 << QByteArray("page-size");
        QTest::newRow("not an id") << QStringList{QStringLiteral("invoice"), QStringLiteral("pdf"),
                                                  QStringLiteral("INV-1"), QStringLiteral("--out"),
                                                  QStringLiteral("x.pdf")}
                                   << 1 << QByteArray("id");
        QTest::newRow("unknown id")
            << QStringList{QStringLiteral("invoice"), QStringLiteral("pdf"),
                           QStringLiteral("0b8f9f0e-1c51-4a57-9a8e-2d2f3c4b5a69"),
                           QStringLiteral("--out"), QStringLiteral("x.pdf")}
            << 6 << QByteArray("No document");
        QTest::newRow("out and out-dir")
            << QStringList{QStringLiteral("invoice"),   QStringLiteral("pdf"),
                           QStringLiteral("--out-dir"), QStringLiteral("d"),
                           QStringLiteral("--out"),     QStringLiteral("x.pdf")}
            << 1 << QByteArray("either");
        QTest::newRow("unwritable out")
            << QStringList{QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("{ID}"),
                           QStringLiteral("--out"), QStringLiteral("/proc/nope/x.pdf")}
            << 7 << QByteArray("Could not");
    }

    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(int, exit);
        QFETCH(QByteArray, mentions);
        args.replaceInStrings(QStringLiteral("{ID}"), m_invoice);
        const CliResult r = run(args);
        QCOMPARE(r.exitCode, exit);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
    }

    void logo() {
        const QString gif = m_tmp.filePath(QStringLiteral("logo.gif"));
        QFile f(gif);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GIF89a\x01\x00\x01\x00\x00\x00\x00;");
        f.close();
        CliResult r = run({QStringLiteral("profile"), QStringLiteral("logo"), gif});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("logo"));
        const QString png = m_tmp.filePath(QStringLiteral("logo.png"));
        QImage image(120, 40, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        QVERIFY(image.save(png, "PNG"));
        r = run({QStringLiteral("profile"), QStringLiteral("logo"), png});
        QCOMPARE(r.exitCode, 0);
        const QString out = m_tmp.filePath(QStringLiteral("with-logo.pdf"));
        QCOMPARE(run({QStringLiteral("invoice"), QStringLiteral("pdf"), m_invoice,
                      QStringLiteral("--out"), out})
                     .exitCode,
                 0);
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out});
        images.waitForFinished(30000);
        const QList<QByteArray> rows = images.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(rows.size(), 3); // two header lines and the logo
        QCOMPARE(
            run({QStringLiteral("profile"), QStringLiteral("logo"), QStringLiteral("--remove")})
                .exitCode,
            0);
    }
};

QTEST_MAIN(TestCliPdf)
#include "tst_cli_pdf.moc"
