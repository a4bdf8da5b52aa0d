// quittance-cli invoicing commands, driven as a script would drive them, on
// one vault at the KDF floor: profile, clients, products, the invoice and
// quote life cycles, reports, search and export with figures worked out by
// hand in the comments; then bad input, each refused with the documented
// exit code, a message naming the field, and no change to the vault.

#include "CliRunner.h"
#include "storage/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <initializer_list>

using namespace quittance::test;

namespace {

const QString kPass = QStringLiteral("CANARYPASS-invoicing tests");

QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* word : list)
        out << QString::fromUtf8(word);
    return out;
}

QString str(const char* text) {
    return QString::fromUtf8(text);
}

QJsonObject member(const QJsonObject& object, const char* key) {
    return object.value(str(key)).toObject();
}

QString text(const QJsonObject& object, const char* key) {
    return object.value(str(key)).toString();
}

// A draft invoice in the JSON interchange format: 10 x 85.00 at 19 % =
// 850.00 + 161.50 VAT = 1011.50.
QJsonObject draftJson(const QString& clientId) {
    QJsonObject line{{str("description"), str("Design work")},
                     {str("quantity"), str("10")},
                     {str("unitCode"), str("HUR")},
                     {str("unitPrice"), str("85")},
                     {str("taxCategory"), str("S")},
                     {str("taxRate"), str("19")}};
    return QJsonObject{{str("type"), str("invoice")},
                       {str("status"), str("draft")},
                       {str("currency"), str("EUR")},
                       {str("clientId"), clientId},
                       {str("lines"), QJsonArray{line}},
                       {str("totals"), QJsonObject{{str("grandTotal"), str("1011.50")}}}};
}

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliInvoicing : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_home;
    QString m_vault;
    QString m_client;
    QString m_product;
    QString m_invoiceA; // INV-2026-0001, paid
    QString m_invoiceB; // INV-2026-0002, partly credited, overdue
    QString m_creditNote;
    QString m_quote;
    QString m_converted;
    QByteArray m_fingerprint; // of the vault after the last bad-input row
    QByteArray m_records;     // before the bad input

    CliResult run(const QStringList& args, const QByteArray& input = {}) const {
        return CliRunner(m_home).run(QStringList{QStringLiteral("--vault"), m_vault} + args,
                                     {{QStringLiteral("QUITTANCE_PASSPHRASE"), kPass}}, input);
    }

    // Runs a command that must succeed and returns its stdout, trimmed.
    QString ok(const QStringList& args, const QByteArray& input = {}) const {
        const CliResult r = run(args, input);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(u' ') << "->" << r.exitCode
                                 << QString::fromUtf8(r.err);
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }

    QJsonObject object(const QStringList& args) const {
        return QJsonDocument::fromJson(ok(QStringList{QStringLiteral("--json")} + args).toUtf8())
            .object();
    }

    QJsonArray array(const QStringList& args) const {
        return QJsonDocument::fromJson(ok(QStringList{QStringLiteral("--json")} + args).toUtf8())
            .array();
    }

    // Every committed change is an audited write (unlocking is audited too,
    // so those entries are left out).
    QByteArray fingerprint() const {
        QByteArray out;
        const QJsonArray entries = array(words({"audit", "list", "--limit", "100000"}));
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (text(entry, "action") != QStringLiteral("vault.unlocked"))
                out +=
                    text(entry, "action").toUtf8() + ' ' + text(entry, "entity_id").toUtf8() + '\n';
        }
        return out;
    }

    // Every client, product and document as exported.
    QByteArray records() const {
        QJsonObject exported =
            QJsonDocument::fromJson(ok(words({"export", "json"})).toUtf8()).object();
        exported.remove(QStringLiteral("exportedAt"));
        return compact(exported);
    }

    QString writeFile(const QString& name, const QByteArray& content) const {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(quittance::storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(QStringLiteral("home"));
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        const CliResult r = run(words({"vault", "init", "--kdf", "floor"}));
        QCOMPARE(r.exitCode, 0);
    }

    void profileClientsAndProducts() {
        QVERIFY(!ok(words({"profile",
                           "set",
                           "--name",
                           "Anna Muster Design",
                           "--address-line",
                           "Hauptstraße 1",
                           "--postal-code",
                           "10115",
                           "--city",
                           "Berlin",
                           "--country",
                           "de",
                           "--vat-id",
                           "DE 123 456 789",
                           "--iban",
                           "DE89 3704 0044 0532 0130 00",
                           "--bic",
                           "COBADEFFXXX",
                           "--currency",
                           "EUR",
                           "--terms",
                           "14",
                           "--small-business",
                           "no"}))
                     .isEmpty());
        // set merges: only the email changes.
        QVERIFY(!ok(words({"profile", "set", "--email", "anna@example.org"})).isEmpty());
        const QJsonObject profile = object(words({"profile", "show"}));
        QCOMPARE(text(profile, "legalName"), QStringLiteral("Anna Muster Design"));
        QCOMPARE(text(profile, "iban"), QStringLiteral("DE89370400440532013000"));
        QCOMPARE(text(profile, "vatId"), QStringLiteral("DE123456789"));
        QCOMPARE(text(profile, "email"), QStringLiteral("anna@example.org"));
        QCOMPARE(text(member(profile, "address"), "country"), QStringLiteral("DE"));
        QCOMPARE(profile.value(QStringLiteral("defaultPaymentTermsDays")).toInt(), 14);
        QVERIFY(
            ok(words({"profile", "show"})).contains(QStringLiteral("DE89 3704 0044 0532 0130 00")));

        m_client =
            ok(words({"client", "add", "--name", "Beispiel GmbH", "--address-line", "Marktplatz 5",
                      "--postal-code", "80331", "--city", "München", "--country", "DE", "--email",
                      "buchhaltung@example.com", "--terms", "30", "--language", "de"}));
        QVERIFY(!QUuid::fromString(m_client).isNull());
        QVERIFY(!ok(words({"client", "edit"})
                    << m_client << QStringLiteral("--contact") << QStringLiteral("Eva Beispiel"))
                     .isEmpty());
        const QJsonObject client =
            object(QStringList{QStringLiteral("client"), QStringLiteral("show"), m_client});
        QCOMPARE(text(client, "id"), m_client);
        QCOMPARE(text(client, "contactPerson"), QStringLiteral("Eva Beispiel"));
        QCOMPARE(text(client, "language"), QStringLiteral("de"));
        QCOMPARE(client.value(QStringLiteral("paymentTermsDays")).toInt(), 30);

        m_product = ok(words({"product", "add", "--name", "Consulting", "--unit", "HUR", "--price",
                              "85.00", "--tax-category", "S", "--tax-rate", "19"}));
        QVERIFY(!QUuid::fromString(m_product).isNull());
        const QJsonArray products = array(words({"product", "list"}));
        QCOMPARE(products.size(), 1);
        QCOMPARE(text(products[0].toObject(), "unitPrice"), QStringLiteral("85"));
        // A second product: edited (merge), archived, gone from the default list.
        const QString other =
            ok(words({"product", "add", "--name", "Printing", "--unit", "C62", "--price", "120",
                      "--tax-category", "S", "--tax-rate", "7"}));
        QVERIFY(!ok(words({"product", "edit"}) << other << words({"--price", "125.50"})).isEmpty());
        const QJsonObject edited = object(words({"product", "show"}) << other);
        QCOMPARE(text(edited, "unitPrice"), QStringLiteral("125.5"));
        QCOMPARE(text(edited, "taxRate"), QStringLiteral("7"));
        QVERIFY(!ok(words({"product", "archive"}) << other).isEmpty());
        QCOMPARE(array(words({"product", "list"})).size(), 1);
        QVERIFY(!ok(words({"product", "delete"}) << other).isEmpty());
        QCOMPARE(array(words({"product", "list", "--all"})).size(), 1);

        // A profile from a JSON file replaces the stored one; then back by options.
        const QString profileFile = writeFile(
            QStringLiteral("profile.json"),
            compact({{str("legalName"), str("Muster Studio")},
                     {str("address"), QJsonObject{{str("lines"), QJsonArray{str("Hauptstraße 1")}},
                                                  {str("postalCode"), str("10115")},
                                                  {str("city"), str("Berlin")},
                                                  {str("country"), str("DE")}}},
                     {str("vatId"), str("DE123456789")},
                     {str("iban"), str("DE89370400440532013000")},
                     {str("email"), str("anna@example.org")},
                     {str("defaultCurrency"), str("EUR")},
                     {str("defaultPaymentTermsDays"), 14}}));
        QVERIFY(!ok(words({"profile", "set", "--file"}) << profileFile).isEmpty());
        QCOMPARE(text(object(words({"profile", "show"})), "legalName"),
                 QStringLiteral("Muster Studio"));
        QVERIFY(!ok(words({"profile", "set", "--name", "Anna Muster Design"})).isEmpty());

        // A client from a JSON file gets an id; archiving hides it from the list.
        const QString file =
            writeFile(QStringLiteral("client.json"),
                      compact({{str("name"), str("Archiv AG")},
                               {str("billingAddress"), QJsonObject{{str("country"), str("AT")}}}}));
        const QString second = ok(words({"client", "add", "--file"}) << file);
        QVERIFY(!QUuid::fromString(second).isNull());
        QVERIFY(!ok(words({"client", "archive"}) << second).isEmpty());
        QCOMPARE(array(words({"client", "list"})).size(), 1);
        QCOMPARE(array(words({"client", "list", "--all"})).size(), 2);
        QVERIFY(!ok(words({"client", "delete"}) << second).isEmpty());
        QCOMPARE(array(words({"client", "list", "--all"})).size(), 1);
    }

    void invoiceLifeCycle() {
        m_invoiceA = ok(words({"invoice", "create", "--client"})
                        << m_client
                        << words({"--currency", "EUR", "--issue-date", "2026-03-01", "--due-date",
                                  "2026-03-31", "--line", "Design work|10|HUR|85.00|S|19", "--line",
                                  "Printing|1|C62|120|S|7"}));
        QVERIFY(!QUuid::fromString(m_invoiceA).isNull());

        // 10 x 85.00 = 850.00 at 19 % -> 161.50; 1 x 120.00 = 120.00 at 7 % -> 8.40;
        // 970.00 + 169.90 = 1139.90.
        QJsonObject a =
            object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_invoiceA});
        QCOMPARE(text(a, "status"), QStringLiteral("draft"));
        QJsonObject totals = member(a, "totals");
        QCOMPARE(totals.value(QStringLiteral("lineNetAmounts")).toArray(),
                 (QJsonArray{str("850.00"), str("120.00")}));
        QCOMPARE(text(totals, "lineNetTotal"), QStringLiteral("970.00"));
        QCOMPARE(text(totals, "taxBasisTotal"), QStringLiteral("970.00"));
        QCOMPARE(text(totals, "taxTotal"), QStringLiteral("169.90"));
        QCOMPARE(text(totals, "grandTotal"), QStringLiteral("1139.90"));
        QCOMPARE(text(totals, "amountDue"), QStringLiteral("1139.90"));
        const QJsonArray breakdown = totals.value(QStringLiteral("taxBreakdown")).toArray();
        QCOMPARE(breakdown.size(), 2);
        QCOMPARE(text(breakdown[0].toObject(), "rate"), QStringLiteral("19"));
        QCOMPARE(text(breakdown[0].toObject(), "taxableAmount"), QStringLiteral("850.00"));
        QCOMPARE(text(breakdown[0].toObject(), "taxAmount"), QStringLiteral("161.50"));
        QCOMPARE(text(breakdown[1].toObject(), "rate"), QStringLiteral("7"));
        QCOMPARE(text(breakdown[1].toObject(), "taxAmount"), QStringLiteral("8.40"));

        // Editing a draft: the notes change, the lines stay.
        QVERIFY(!ok(words({"invoice", "edit"})
                    << m_invoiceA << QStringLiteral("--notes") << QStringLiteral("Thank you!"))
                     .isEmpty());

        const QString issued =
            ok(QStringList{QStringLiteral("invoice"), QStringLiteral("issue"), m_invoiceA});
        QVERIFY2(issued.contains(QStringLiteral("INV-2026-0001")), qPrintable(issued));
        a = object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_invoiceA});
        QCOMPARE(text(a, "number"), QStringLiteral("INV-2026-0001"));
        QCOMPARE(text(a, "status"), QStringLiteral("issued"));
        QCOMPARE(text(a, "notes"), QStringLiteral("Thank you!"));
        QCOMPARE(text(member(a, "sellerSnapshot"), "legalName"),
                 QStringLiteral("Anna Muster Design"));
        QCOMPARE(text(member(a, "buyerSnapshot"), "name"), QStringLiteral("Beispiel GmbH"));
        QCOMPARE(a.value(QStringLiteral("lines")).toArray().size(), 2);

        const QString human =
            ok(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_invoiceA});
        QVERIFY(human.contains(QStringLiteral("INV-2026-0001")));
        QVERIFY(human.contains(QStringLiteral("VAT S 19 % on 850.00")));
        QVERIFY(human.contains(QStringLiteral("1139.90 EUR")));

        // 1139.90 - 1000.00 = 139.90 left; then paid in full.
        QVERIFY(!ok(words({"invoice", "send"}) << m_invoiceA).isEmpty());
        a = object(words({"invoice", "pay"})
                   << m_invoiceA
                   << words({"--amount", "1000.00", "--date", "2026-03-20", "--method",
                             "bank transfer", "--reference", "R-1"}));
        QCOMPARE(text(a, "status"), QStringLiteral("partially_paid"));
        QCOMPARE(text(member(a, "totals"), "outstanding"), QStringLiteral("139.90"));
        const QString paid =
            ok(words({"invoice", "pay"})
               << m_invoiceA << words({"--amount", "139.90", "--date", "2026-03-25"}));
        QVERIFY2(paid.contains(QStringLiteral("paid, 0.00 EUR open")), qPrintable(paid));
        a = object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_invoiceA});
        QCOMPARE(text(a, "status"), QStringLiteral("paid"));
        QCOMPARE(a.value(QStringLiteral("payments")).toArray().size(), 2);
        QCOMPARE(text(member(a, "totals"), "paidAmount"), QStringLiteral("1139.90"));

        // B: 12 x 10.00 = 120.00 at 19 % -> 22.80; 142.80, due 2026-02-09.
        m_invoiceB = ok(words({"invoice", "create", "--client"})
                        << m_client
                        << words({"--currency", "EUR", "--issue-date", "2026-01-10", "--due-date",
                                  "2026-02-09", "--line", "Hosting \\| backups|12|MON|10|S|19"}));
        QVERIFY(ok(words({"invoice", "issue"}) << m_invoiceB)
                    .contains(QStringLiteral("INV-2026-0002")));
        const QJsonObject b =
            object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_invoiceB});
        QCOMPARE(text(b.value(QStringLiteral("lines")).toArray()[0].toObject(), "description"),
                 QStringLiteral("Hosting | backups"));
        QCOMPARE(text(member(b, "totals"), "grandTotal"), QStringLiteral("142.80"));

        // A credit note for part of B: 2 x 10.00 = 20.00 + 3.80 VAT = 23.80.
        m_creditNote = ok(words({"invoice", "credit"}) << m_invoiceB);
        QVERIFY(!QUuid::fromString(m_creditNote).isNull());
        QVERIFY(!ok(words({"invoice", "edit"}) << m_creditNote
                                               << words({"--issue-date", "2026-03-05", "--line",
                                                         "Hosting refund|2|MON|10|S|19"}))
                     .isEmpty());
        QVERIFY(ok(words({"invoice", "issue"}) << m_creditNote)
                    .contains(QStringLiteral("CN-2026-0001")));
        const QJsonObject cn =
            object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_creditNote});
        QCOMPARE(text(cn, "type"), QStringLiteral("credit_note"));
        QCOMPARE(text(cn, "correctedInvoiceNumber"), QStringLiteral("INV-2026-0002"));
        QCOMPARE(text(member(cn, "totals"), "grandTotal"), QStringLiteral("23.80"));

        // Lists: B is the only overdue invoice; 142.80 - 23.80 = 119.00 open.
        const QJsonArray overdue =
            array(words({"invoice", "list", "--overdue", "--today", "2026-03-15"}));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(text(overdue[0].toObject(), "number"), QStringLiteral("INV-2026-0002"));
        QCOMPARE(text(overdue[0].toObject(), "outstanding"), QStringLiteral("119.00"));
        const QJsonArray invoices =
            array(words({"invoice", "list", "--type", "invoice", "--sort", "number"}));
        QCOMPARE(invoices.size(), 2);
        QCOMPARE(text(invoices[0].toObject(), "number"), QStringLiteral("INV-2026-0001"));
        QCOMPARE(array(words({"invoice", "list", "--status", "paid"})).size(), 1);
        QCOMPARE(
            array(words({"invoice", "list", "--from", "2026-03-01", "--to", "2026-03-31"})).size(),
            2);
        QVERIFY(ok(words({"invoice", "list"})).contains(QStringLiteral("CN-2026-0001")));
    }

    void quoteLifeCycle() {
        // 2 x 85.00 from the product = 170.00 + 32.30 VAT = 202.30.
        m_quote = ok(words({"quote", "create", "--client"})
                     << m_client
                     << words({"--currency", "EUR", "--issue-date", "2026-03-10", "--product"})
                     << m_product + QStringLiteral(":2"));
        QVERIFY(!QUuid::fromString(m_quote).isNull());
        QVERIFY(ok(words({"quote", "send"}) << m_quote).contains(QStringLiteral("Q-2026-0001")));
        QVERIFY(ok(words({"quote", "accept"}) << m_quote).contains(QStringLiteral("accepted")));
        m_converted = ok(words({"quote", "convert"}) << m_quote);
        QVERIFY(!QUuid::fromString(m_converted).isNull());
        const QJsonObject invoice =
            object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), m_converted});
        QCOMPARE(text(invoice, "type"), QStringLiteral("invoice"));
        QCOMPARE(text(invoice, "status"), QStringLiteral("draft"));
        const QJsonObject line = invoice.value(QStringLiteral("lines")).toArray()[0].toObject();
        QCOMPARE(text(line, "productId"), m_product);
        QCOMPARE(text(line, "description"), QStringLiteral("Consulting"));
        QCOMPARE(text(member(invoice, "totals"), "grandTotal"), QStringLiteral("202.30"));
        QCOMPARE(array(words({"quote", "list"})).size(), 1);
    }

    void numbering() {
        // Runs after the quote was sent: later quotes use the new pattern.
        QVERIFY(!ok(words({"numbering", "device", "LAP1"})).isEmpty());
        QVERIFY(!ok(words({"numbering", "set", "--type", "quote", "--pattern",
                           "Q{DEVICE}-{YY}{MM}-{SEQ:3}", "--reset", "monthly"}))
                     .isEmpty());
        const QJsonObject shown =
            object(words({"numbering", "show", "--type", "quote", "--today", "2026-04-02"}));
        QCOMPARE(text(shown, "device"), QStringLiteral("LAP1"));
        const QJsonObject quote = shown.value(QStringLiteral("types")).toArray()[0].toObject();
        QCOMPARE(text(quote, "pattern"), QStringLiteral("Q{DEVICE}-{YY}{MM}-{SEQ:3}"));
        QCOMPARE(text(quote, "reset"), QStringLiteral("monthly"));
        QCOMPARE(text(quote, "nextNumber"), QStringLiteral("QLAP1-2604-001"));
        // Invoices keep the default: two issued in 2026, the next is the third.
        const QJsonObject invoices =
            object(words({"numbering", "show", "--type", "invoice", "--today", "2026-06-01"}));
        QCOMPARE(
            text(invoices.value(QStringLiteral("types")).toArray()[0].toObject(), "nextNumber"),
            QStringLiteral("INV-2026-0003"));
    }

    void duplicateAndDelete() {
        const QString copy = ok(words({"invoice", "duplicate"}) << m_invoiceA);
        const QJsonObject draft =
            object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), copy});
        QCOMPARE(text(draft, "status"), QStringLiteral("draft"));
        QVERIFY(!draft.contains(QStringLiteral("number")));
        QCOMPARE(text(member(draft, "totals"), "grandTotal"), QStringLiteral("1139.90"));
        QVERIFY(!ok(words({"invoice", "delete"}) << copy).isEmpty());
        QCOMPARE(run(words({"invoice", "show"}) << copy).exitCode, 6);
    }

    void reports() {
        // Open on 2026-03-15: only B, 119.00, due 2026-02-09 (34 days ago).
        const QJsonArray outstanding =
            array(words({"report", "outstanding", "--today", "2026-03-15"}));
        QCOMPARE(outstanding.size(), 1);
        QCOMPARE(text(outstanding[0].toObject(), "clientName"), QStringLiteral("Beispiel GmbH"));
        QCOMPARE(text(outstanding[0].toObject(), "outstanding"), QStringLiteral("119.00"));
        QCOMPARE(text(outstanding[0].toObject(), "overdue"), QStringLiteral("119.00"));
        QCOMPARE(outstanding[0].toObject().value(QStringLiteral("documents")).toInt(), 1);

        const QJsonArray aging = array(words({"report", "aging", "--today", "2026-03-15"}));
        QCOMPARE(aging.size(), 1);
        const QJsonObject buckets = aging[0].toObject();
        QCOMPARE(text(buckets, "notDue"), QStringLiteral("0.00"));
        QCOMPARE(text(buckets, "days1to30"), QStringLiteral("0.00"));
        QCOMPARE(text(buckets, "days31to60"), QStringLiteral("119.00"));
        QCOMPARE(text(buckets, "total"), QStringLiteral("119.00"));
        // Before B fell due, the same amount is not due yet.
        QCOMPARE(text(array(words({"report", "aging", "--today", "2026-02-01"}))[0].toObject(),
                      "notDue"),
                 QStringLiteral("119.00"));

        // January: B 120.00 / 22.80 / 142.80. March: A 970.00 / 169.90 / 1139.90
        // less the credit note 20.00 / 3.80 / 23.80 = 950.00 / 166.10 / 1116.10.
        const QJsonArray months = array(words(
            {"report", "revenue", "--from", "2026-01-01", "--to", "2026-12-31", "--by", "month"}));
        QCOMPARE(months.size(), 2);
        QCOMPARE(text(months[0].toObject(), "period"), QStringLiteral("2026-01"));
        QCOMPARE(text(months[0].toObject(), "net"), QStringLiteral("120.00"));
        QCOMPARE(text(months[0].toObject(), "gross"), QStringLiteral("142.80"));
        QCOMPARE(text(months[1].toObject(), "period"), QStringLiteral("2026-03"));
        QCOMPARE(text(months[1].toObject(), "net"), QStringLiteral("950.00"));
        QCOMPARE(text(months[1].toObject(), "tax"), QStringLiteral("166.10"));
        QCOMPARE(text(months[1].toObject(), "gross"), QStringLiteral("1116.10"));
        QCOMPARE(months[1].toObject().value(QStringLiteral("documents")).toInt(), 2);
        const QJsonArray year = array(words(
            {"report", "revenue", "--from", "2026-01-01", "--to", "2026-12-31", "--by", "year"}));
        QCOMPARE(year.size(), 1);
        QCOMPARE(text(year[0].toObject(), "net"), QStringLiteral("1070.00"));
        QCOMPARE(text(year[0].toObject(), "tax"), QStringLiteral("188.90"));
        QCOMPARE(text(year[0].toObject(), "gross"), QStringLiteral("1258.90"));

        // S 19 %: 850.00 + 120.00 - 20.00 = 950.00, 161.50 + 22.80 - 3.80 = 180.50.
        // S 7 %: 120.00, 8.40.
        const QJsonArray tax =
            array(words({"report", "tax", "--from", "2026-01-01", "--to", "2026-12-31"}));
        QCOMPARE(tax.size(), 2);
        QCOMPARE(text(tax[0].toObject(), "rate"), QStringLiteral("19"));
        QCOMPARE(text(tax[0].toObject(), "taxable"), QStringLiteral("950.00"));
        QCOMPARE(text(tax[0].toObject(), "tax"), QStringLiteral("180.50"));
        QCOMPARE(text(tax[1].toObject(), "rate"), QStringLiteral("7"));
        QCOMPARE(text(tax[1].toObject(), "taxable"), QStringLiteral("120.00"));
        QCOMPARE(text(tax[1].toObject(), "tax"), QStringLiteral("8.40"));

        const QString human =
            ok(words({"report", "tax", "--from", "2026-01-01", "--to", "2026-12-31"}));
        QVERIFY(human.contains(QStringLiteral("180.50")));
    }

    void search() {
        const QJsonArray printing = array(words({"search", "Printing"}));
        QCOMPARE(printing.size(), 1);
        QCOMPARE(text(printing[0].toObject(), "number"), QStringLiteral("INV-2026-0001"));
        // B's line and the credit note's line.
        QCOMPARE(array(words({"search", "hosting"})).size(), 2);
        QCOMPARE(array(words({"search", "nothing-like-this"})).size(), 0);
    }

    void exportJson() {
        const QJsonObject exported =
            QJsonDocument::fromJson(ok(words({"export", "json"})).toUtf8()).object();
        QCOMPARE(text(exported, "format"), QStringLiteral("quittance-export"));
        QCOMPARE(exported.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray clients = exported.value(QStringLiteral("clients")).toArray();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(text(clients[0].toObject(), "id"), m_client);
        QCOMPARE(exported.value(QStringLiteral("products")).toArray().size(), 1);
        QStringList ids;
        for (const QJsonValue& value : exported.value(QStringLiteral("documents")).toArray())
            ids << text(value.toObject(), "id");
        ids.sort();
        QStringList expected{m_invoiceA, m_invoiceB, m_creditNote, m_quote, m_converted};
        expected.sort();
        QCOMPARE(ids, expected);

        const QString path = m_tmp.filePath(QStringLiteral("export.json"));
        QVERIFY(
            ok(words({"export", "json", "--out"}) << path).contains(QStringLiteral("5 documents")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("documents")).toArray().size(), 5);
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void importDraft() {
        // From standard input, without an id: stored as a new draft.
        const QString id = ok(words({"invoice", "import", "-"}), compact(draftJson(m_client)));
        QVERIFY(!QUuid::fromString(id).isNull());
        const QJsonObject draft =
            object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), id});
        QCOMPARE(text(draft, "status"), QStringLiteral("draft"));
        QCOMPARE(text(member(draft, "totals"), "grandTotal"), QStringLiteral("1011.50"));
        // Edited from a file (the output of show, totals left out).
        QJsonObject changed = draft;
        changed.remove(QStringLiteral("totals"));
        changed.insert(QStringLiteral("notes"), QStringLiteral("from a file"));
        const QString file = writeFile(QStringLiteral("edit.json"), compact(changed));
        QVERIFY(!ok(QStringList{QStringLiteral("invoice"), QStringLiteral("edit"), id,
                                QStringLiteral("--file"), file})
                     .isEmpty());
        QCOMPARE(text(object(QStringList{QStringLiteral("invoice"), QStringLiteral("show"), id}),
                      "notes"),
                 QStringLiteral("from a file"));
        QVERIFY(!ok(words({"invoice", "delete"}) << id).isEmpty());
    }

    void recordsBeforeBadInput() {
        m_records = records();
        QVERIFY(m_records.contains(m_invoiceA.toUtf8()));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");

        const QByteArray none;
        const QStringList create =
            words({"invoice", "create", "--client", "{CL}", "--currency", "EUR"});
        const QString line = QStringLiteral("Design work|10|HUR|85|S|19");
        QTest::newRow("impossible date")
            << create + words({"--issue-date", "2026-02-30", "--line"}) + QStringList{line} << none
            << none << 1 << str("field: issue-date");
        QTest::newRow("negative quantity")
            << create + words({"--line", "Design work|-1|HUR|85|S|19"}) << none << none << 1
            << str("field: lines[0].quantity");
        QTest::newRow("unknown currency")
            << words({"invoice", "create", "--client", "{CL}", "--currency", "XYZ", "--line"}) +
                   QStringList{line}
            << none << none << 1 << str("field: currency");
        QTest::newRow("invalid IBAN")
            << words({"profile", "set", "--iban", "DE00370400440532013000"}) << none << none << 1
            << str("field: iban");
        QTest::newRow("edit issued invoice")
            << words({"invoice", "edit", "{A}", "--notes", "changed"}) << none << none << 6
            << str("only drafts");
        QTest::newRow("delete issued invoice")
            << words({"invoice", "delete", "{A}"}) << none << none << 6 << str("only drafts");
        QTest::newRow("payment above amount due")
            << words({"invoice", "pay", "{B}", "--amount", "119.01"}) << none << none << 1
            << str("field: payment.amount");
        QTest::newRow("amount with 3 decimals")
            << words({"invoice", "pay", "{B}", "--amount", "10.001"}) << none << none << 1
            << str("field: amount");
        QTest::newRow("amount as exponent") << words({"invoice", "pay", "{B}", "--amount", "1e2"})
                                            << none << none << 1 << str("field: amount");
        QTest::newRow("price as exponent")
            << words({"product", "add", "--name", "X", "--unit", "HUR", "--price", "1e3",
                      "--tax-category", "S", "--tax-rate", "19"})
            << none << none << 1 << str("field: price");
        QTest::newRow("non-UUID id")
            << words({"invoice", "show", "12345"}) << none << none << 1 << str("field: id");
        QTest::newRow("non-UUID client")
            << words({"invoice", "create", "--client", "acme", "--currency", "EUR"}) << none << none
            << 1 << str("field: client");
        QTest::newRow("unknown id")
            << words({"invoice", "issue", "{MISSING}"}) << none << none << 6 << str("field: id");
        QTest::newRow("unknown product") << create + words({"--product", "{MISSING}:2"}) << none
                                         << none << 6 << str("field: lines[0].productId");
        QTest::newRow("unknown subcommand")
            << words({"invoice", "explode"}) << none << none << 1 << str("explode");
        QTest::newRow("unknown option")
            << words({"invoice", "list", "--frobnicate"}) << none << none << 1 << str("frobnicate");
        QTest::newRow("option of another command")
            << words({"client", "add", "--name", "X", "--amount", "5"}) << none << none << 1
            << str("field: amount");
        QTest::newRow("line with too few fields")
            << create + words({"--line", "Design work|10|HUR"}) << none << none << 1
            << str("field: lines[0]");
        QTest::newRow("line with bad rate")
            << create + words({"--line", "Design work|10|HUR|85|S|nineteen"}) << none << none << 1
            << str("field: lines[0].taxRate");
        QTest::newRow("line without currency")
            << words({"invoice", "create", "--client", "{CL}", "--line"}) + QStringList{line}
            << none << none << 1 << str("field: currency");
        QTest::newRow("small business maybe")
            << words({"profile", "set", "--small-business", "maybe"}) << none << none << 1
            << str("field: small-business");
        QTest::newRow("bad numbering pattern")
            << words({"numbering", "set", "--type", "invoice", "--pattern", "INV-{FOO}"}) << none
            << none << 1 << str("FOO");
        QTest::newRow("revenue without end") << words({"report", "revenue", "--from", "2026-01-01"})
                                             << none << none << 1 << str("field: to");
        QTest::newRow("list limit zero") << words({"invoice", "list", "--limit", "0"}) << none
                                         << none << 1 << str("field: limit");

        const QStringList importFile = words({"invoice", "import", "{FILE}"});
        const QStringList importStdin = words({"invoice", "import", "-"});
        QTest::newRow("import: stated totals disagree")
            << importFile << none << QByteArray("{TOTALS}") << 1 << str("field: totals.grandTotal");
        QTest::newRow("import: issued document")
            << importFile << none << QByteArray("{ISSUED}") << 1 << str("field: status");
        QTest::newRow("import: not JSON")
            << importStdin << QByteArray("invoice, please") << none << 1 << str("JSON");
        QTest::newRow("import: array")
            << importStdin << QByteArray("[{\"type\": \"invoice\"}]") << none << 1 << str("object");
        QTest::newRow("import: unknown field")
            << importFile << none << QByteArray("{UNKNOWN}") << 1 << str("field: discountCode");
        QTest::newRow("import: duplicate key")
            << importStdin
            << QByteArray(
                   R"({"type": "invoice", "type": "quote", "status": "draft", "currency": "EUR"})")
            << none << 1 << str("field: type");
        QTest::newRow("import: nested too deep")
            << importStdin
            << QByteArray(20, '[').prepend("{\"a\":").append(QByteArray(20, ']')).append('}')
            << none << 1 << str("deep");
        QTest::newRow("import: 2 MiB file")
            << importFile << none << QByteArray("{HUGE}") << 1 << str("larger than");
        QTest::newRow("import: 2 MiB stdin")
            << importStdin << QByteArray("{HUGE}") << none << 1 << str("larger than");
        QTest::newRow("import: missing file")
            << words({"invoice", "import", "/nonexistent/invoice.json"}) << none << none << 1
            << str("field: file");
        QTest::newRow("client file over 1 MiB")
            << words({"client", "add", "--file", "{FILE}"}) << none << QByteArray("{HUGE}") << 1
            << str("larger than");
    }

    void badInputChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, file);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        QVERIFY(!m_client.isEmpty() && !m_invoiceA.isEmpty() && !m_invoiceB.isEmpty());

        const auto expand = [&](const QByteArray& placeholder) -> QByteArray {
            QJsonObject document = draftJson(m_client);
            if (placeholder == "{TOTALS}") {
                document.insert(QStringLiteral("totals"),
                                QJsonObject{{str("grandTotal"), str("1011.51")}});
            } else if (placeholder == "{ISSUED}") {
                document.insert(QStringLiteral("status"), str("issued"));
            } else if (placeholder == "{UNKNOWN}") {
                document.insert(QStringLiteral("discountCode"), str("SUMMER"));
            } else if (placeholder == "{HUGE}") {
                document.insert(QStringLiteral("notes"), QString(2 * 1024 * 1024, u'a'));
            } else {
                return placeholder;
            }
            return compact(document);
        };
        const QString filePath =
            file.isEmpty() ? QString() : writeFile(QStringLiteral("input.json"), expand(file));
        for (QString& arg : args) {
            arg.replace(QStringLiteral("{CL}"), m_client)
                .replace(QStringLiteral("{A}"), m_invoiceA)
                .replace(QStringLiteral("{B}"), m_invoiceB)
                .replace(QStringLiteral("{MISSING}"),
                         QUuid::createUuid().toString(QUuid::WithoutBraces))
                .replace(QStringLiteral("{FILE}"), filePath);
        }

        // Each row leaves the vault as it found it, so one row's "after" is
        // the next row's "before".
        const QByteArray before = m_fingerprint.isEmpty() ? fingerprint() : m_fingerprint;
        QVERIFY(!before.isEmpty());
        const CliResult r = run(args, expand(input));
        m_fingerprint = fingerprint();
        QCOMPARE(r.exitCode, exitCode);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_fingerprint, before);
    }

    void recordsUnchangedByBadInput() { QCOMPARE(records(), m_records); }

    void errorsAsJson() {
        const CliResult r =
            run(words({"--json", "invoice", "pay"}) << m_invoiceB << words({"--amount", "10.001"}));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = member(QJsonDocument::fromJson(r.err).object(), "error");
        QCOMPARE(text(error, "code"), QStringLiteral("invalid_input"));
        QCOMPARE(text(error, "field"), QStringLiteral("amount"));
    }
};

QTEST_GUILESS_MAIN(TestCliInvoicing)
#include "tst_cli_invoicing.moc"
