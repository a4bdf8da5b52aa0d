// The document lifecycle through the services, on a real vault: issue with
// gapless numbers and frozen snapshots, immutability enforced by storage
// whatever the caller, payments, credit notes, quotes, duplicates, reports
// and search. Expected figures are worked out by hand in the comments.

#include "ServiceFixture.h"
#include "services/ReportService.h"
#include "storage/ProcessHardening.h"
#include "storage/SqlDocumentRepository.h"

#include <QTest>

using namespace quittance;
using namespace quittance::test;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::ErrorCode;

class TestDocuments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(storage::hardenProcess()); }

    void issueAssignsNumberAndFreezes() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        QVERIFY(draft->document.number.isEmpty());
        // 10 x 85 = 850.00 at 19 % -> 161.50; 1 x 120 = 120.00 at 7 % -> 8.40.
        QCOMPARE(draft->totals.taxBasisTotal.toString(), QStringLiteral("970.00"));
        QCOMPARE(draft->totals.taxTotal.toString(), QStringLiteral("169.90"));
        QCOMPARE(draft->totals.grandTotal.toString(), QStringLiteral("1139.90"));

        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        auto issued = f.documents->issue(id);
        QVERIFY_RESULT(issued);
        QCOMPARE(issued->document.status, DocumentStatus::Issued);
        QCOMPARE(issued->document.number, QStringLiteral("INV-2026-0001"));
        QCOMPARE(issued->document.issueDate, QDate(2026, 3, 15));
        QCOMPARE(issued->document.dueDate, QDate(2026, 4, 14)); // client terms: 30 days
        QVERIFY(issued->document.sellerSnapshot);
        QCOMPARE(issued->document.sellerSnapshot->legalName, QStringLiteral("Anna Muster Design"));
        QCOMPARE(issued->document.buyerSnapshot->name, QStringLiteral("Beispiel GmbH"));

        // The snapshot does not follow later changes of the client.
        domain::Client renamed = f.client;
        renamed.name = QStringLiteral("Renamed AG");
        QVERIFY_RESULT(f.clients->update(renamed));
        auto again = f.documents->get(id);
        QVERIFY_RESULT(again);
        QCOMPARE(again->document.buyerSnapshot->name, QStringLiteral("Beispiel GmbH"));

        // Issuing twice is refused.
        QVERIFY_ERROR(f.documents->issue(id), ErrorCode::Conflict);
    }

    void numbersAreGaplessAndFailuresTakeNone() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        QStringList numbers;
        for (int i = 0; i < 3; ++i) {
            auto draft = f.documents->createDraft(f.invoiceDraft());
            QVERIFY_RESULT(draft);
            if (i == 1) {
                // A draft that cannot be issued (no lines) consumes no number.
                domain::Document empty = f.invoiceDraft();
                empty.lines.clear();
                auto bad = f.documents->createDraft(empty);
                QVERIFY_RESULT(bad);
                QVERIFY(!f.documents->issue(bad->document.uuid.toString(QUuid::WithoutBraces)));
            }
            auto issued = f.documents->issue(draft->document.uuid.toString(QUuid::WithoutBraces));
            QVERIFY_RESULT(issued);
            numbers << issued->document.number;
        }
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("INV-2026-0001"), QStringLiteral("INV-2026-0002"),
                              QStringLiteral("INV-2026-0003")}));
        // The yearly reset starts again at 1.
        f.today = QDate(2027, 1, 2);
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        auto issued = f.documents->issue(draft->document.uuid.toString(QUuid::WithoutBraces));
        QVERIFY_RESULT(issued);
        QCOMPARE(issued->document.number, QStringLiteral("INV-2027-0001"));
        // A preview does not take a number.
        auto preview = f.profiles->previewNextNumber(DocumentType::Invoice, f.today);
        QVERIFY_RESULT(preview);
        QCOMPARE(*preview, QStringLiteral("INV-2027-0002"));
        QCOMPARE(*f.profiles->previewNextNumber(DocumentType::Invoice, f.today),
                 QStringLiteral("INV-2027-0002"));
    }

    void customPatternAndDeviceToken() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        QVERIFY_RESULT(f.profiles->setNumbering(DocumentType::Invoice,
                                                QStringLiteral("{DEVICE}/{YY}{MM}-{SEQ:3}"),
                                                QStringLiteral("never")));
        QVERIFY_RESULT(f.profiles->setDeviceToken(QStringLiteral("LAP1")));
        QVERIFY_ERROR(f.profiles->setNumbering(DocumentType::Invoice, QStringLiteral("INV-{FOO}"),
                                               QStringLiteral("never")),
                      ErrorCode::InvalidInput);
        QVERIFY_ERROR(f.profiles->setNumbering(DocumentType::Invoice, QStringLiteral("INV-{SEQ}"),
                                               QStringLiteral("weekly")),
                      ErrorCode::InvalidInput);
        QVERIFY_ERROR(f.profiles->setDeviceToken(QStringLiteral("bad token!")),
                      ErrorCode::InvalidInput);
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        auto issued = f.documents->issue(draft->document.uuid.toString(QUuid::WithoutBraces));
        QVERIFY_RESULT(issued);
        QCOMPARE(issued->document.number, QStringLiteral("LAP1/2603-001"));
    }

    void issuedDocumentsAreImmutable() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.documents->issue(id));
        domain::Document edited = draft->document;
        edited.notes = QStringLiteral("changed after issue");
        QVERIFY_ERROR(f.documents->updateDraft(edited), ErrorCode::Immutable);
        QVERIFY_ERROR(f.documents->deleteDraft(id), ErrorCode::Immutable);

        // Storage refuses it whatever the caller: raw SQL through the write path.
        const auto attempt = [&](const char* sql) {
            return f.vault->write({QStringLiteral("test"),
                                   QStringLiteral("test.tamper"),
                                   QStringLiteral("document"),
                                   id,
                                   {}},
                                  [&](storage::Writer& writer) -> domain::Status {
                                      auto stmt = writer.prepare(sql);
                                      if (!stmt)
                                          return std::unexpected(stmt.error());
                                      stmt->bind(1, id);
                                      return stmt->run();
                                  });
        };
        QVERIFY_ERROR(attempt("UPDATE documents SET body = '{}' WHERE id = ?"),
                      ErrorCode::Immutable);
        QVERIFY_ERROR(attempt("UPDATE documents SET gross_minor = 1 WHERE id = ?"),
                      ErrorCode::Immutable);
        QVERIFY_ERROR(attempt("UPDATE documents SET status = 'draft' WHERE id = ?"),
                      ErrorCode::Immutable);
        QVERIFY_ERROR(attempt("UPDATE documents SET number = 'INV-X' WHERE id = ?"),
                      ErrorCode::Immutable);
        QVERIFY_ERROR(attempt("DELETE FROM documents WHERE id = ?"), ErrorCode::Immutable);
        QVERIFY_ERROR(attempt("DELETE FROM document_tax WHERE document_id = ?"),
                      ErrorCode::Immutable);
        auto after = f.documents->get(id);
        QVERIFY_RESULT(after);
        QCOMPARE(after->document.number, QStringLiteral("INV-2026-0001"));
        QVERIFY(after->document.notes.isEmpty());
    }

    void paymentsMoveStatusAndOverpaymentIsRefused() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_ERROR(f.documents->recordPayment(id, {QDate(2026, 3, 20), money("10.00"), {}, {}}),
                      ErrorCode::Conflict);
        QVERIFY_RESULT(f.documents->issue(id));
        auto sent = f.documents->markSent(id);
        QVERIFY_RESULT(sent);
        QCOMPARE(sent->document.status, DocumentStatus::Sent);
        auto partial = f.documents->recordPayment(id, {QDate(2026, 3, 20), money("1000.00"),
                                                       QStringLiteral("bank transfer"),
                                                       QStringLiteral("R-1")});
        QVERIFY_RESULT(partial);
        QCOMPARE(partial->document.status, DocumentStatus::PartiallyPaid);
        // 1139.90 - 1000.00 = 139.90 left; 140.00 is too much.
        auto over = f.documents->recordPayment(id, {QDate(2026, 3, 21), money("140.00"), {}, {}});
        QVERIFY_ERROR(over, ErrorCode::InvalidInput);
        QCOMPARE(over.error().field, QStringLiteral("payment.amount"));
        QVERIFY(over.error().message.contains(QStringLiteral("139.90")));
        auto unchanged = f.documents->get(id);
        QVERIFY_RESULT(unchanged);
        QCOMPARE(unchanged->paidMinor, 100000);
        QVERIFY_ERROR(f.documents->recordPayment(id, {QDate(2026, 3, 21), money("-5.00"), {}, {}}),
                      ErrorCode::InvalidInput);
        QVERIFY_ERROR(
            f.documents->recordPayment(id, {QDate(2026, 3, 21), money("5", "USD"), {}, {}}),
            ErrorCode::InvalidInput);
        auto paid = f.documents->recordPayment(id, {QDate(2026, 3, 22), money("139.90"), {}, {}});
        QVERIFY_RESULT(paid);
        QCOMPARE(paid->document.status, DocumentStatus::Paid);
        QCOMPARE(paid->document.payments.size(), 2);
    }

    void overdueIsDerivedFromTheDueDate() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.documents->issue(id));
        QVERIFY(!f.documents->get(id)->overdue);
        f.today = QDate(2026, 4, 15); // due 2026-04-14
        QVERIFY(f.documents->get(id)->overdue);
        domain::DocumentFilter filter;
        filter.overdueOnly = true;
        filter.today = f.today;
        QCOMPARE(*f.documents->count(filter), 1);
        filter.today = QDate(2026, 4, 14);
        QCOMPARE(*f.documents->count(filter), 0);
    }

    void fullCreditNoteVoidsTheInvoice() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_ERROR(f.documents->createCreditNote(id), ErrorCode::InvalidInput); // still a draft
        QVERIFY_RESULT(f.documents->issue(id));
        auto credit = f.documents->createCreditNote(id);
        QVERIFY_RESULT(credit);
        QCOMPARE(credit->document.type, DocumentType::CreditNote);
        QCOMPARE(credit->document.correctedInvoiceNumber, QStringLiteral("INV-2026-0001"));
        auto issued = f.documents->issue(credit->document.uuid.toString(QUuid::WithoutBraces));
        QVERIFY_RESULT(issued);
        QCOMPARE(issued->document.number, QStringLiteral("CN-2026-0001"));
        auto invoice = f.documents->get(id);
        QVERIFY_RESULT(invoice);
        QCOMPARE(invoice->document.status, DocumentStatus::Voided);
        QCOMPARE(invoice->creditedMinor, 113990);
        // Nothing is left to credit.
        QVERIFY_ERROR(f.documents->createCreditNote(id), ErrorCode::InvalidInput);
    }

    void partialCreditReducesWhatIsDue() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.documents->issue(id));
        auto credit = f.documents->createCreditNote(id);
        QVERIFY_RESULT(credit);
        domain::Document partial = credit->document;
        partial.lines = {
            line(QStringLiteral("Printing refund"), "1", "120", "7")}; // 120.00 + 8.40 = 128.40
        QVERIFY_RESULT(f.documents->updateDraft(partial));
        QVERIFY_RESULT(f.documents->issue(partial.uuid.toString(QUuid::WithoutBraces)));
        auto invoice = f.documents->get(id);
        QVERIFY_RESULT(invoice);
        QCOMPARE(invoice->document.status, DocumentStatus::Issued);
        QCOMPARE(invoice->creditedMinor, 12840);
        // 1139.90 - 128.40 = 1011.50 is what is still due; a payment above it is refused.
        QVERIFY_ERROR(
            f.documents->recordPayment(id, {QDate(2026, 3, 20), money("1011.51"), {}, {}}),
            ErrorCode::InvalidInput);
        auto paid = f.documents->recordPayment(id, {QDate(2026, 3, 20), money("1011.50"), {}, {}});
        QVERIFY_RESULT(paid);
        QCOMPARE(paid->document.status, DocumentStatus::Paid);
        // A second credit note bigger than what is left of the total is refused at issue.
        auto second = f.documents->createCreditNote(id);
        QVERIFY_RESULT(second);
        QVERIFY_ERROR(f.documents->issue(second->document.uuid.toString(QUuid::WithoutBraces)),
                      ErrorCode::InvalidInput);
    }

    void quoteLifecycleAndConversion() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        domain::Document quote = f.invoiceDraft();
        quote.type = DocumentType::Quote;
        auto draft = f.documents->createDraft(quote);
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_ERROR(f.documents->issue(id), ErrorCode::InvalidInput);
        QVERIFY_ERROR(f.documents->convertQuote(id), ErrorCode::InvalidInput);
        auto sent = f.documents->markSent(id);
        QVERIFY_RESULT(sent);
        QCOMPARE(sent->document.number, QStringLiteral("Q-2026-0001"));
        QCOMPARE(sent->document.dueDate, QDate(2026, 4, 14)); // valid for 30 days
        auto accepted = f.documents->acceptQuote(id);
        QVERIFY_RESULT(accepted);
        QCOMPARE(accepted->document.status, DocumentStatus::Accepted);
        QVERIFY_ERROR(f.documents->declineQuote(id), ErrorCode::Conflict);
        auto invoice = f.documents->convertQuote(id);
        QVERIFY_RESULT(invoice);
        QCOMPARE(invoice->document.type, DocumentType::Invoice);
        QCOMPARE(invoice->document.status, DocumentStatus::Draft);
        QCOMPARE(invoice->document.lines, sent->document.lines);
        QCOMPARE(invoice->totals.grandTotal.toString(), QStringLiteral("1139.90"));
    }

    void duplicateMakesAFreshDraft() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.documents->issue(id));
        QVERIFY_RESULT(
            f.documents->recordPayment(id, {QDate(2026, 3, 20), money("100.00"), {}, {}}));
        auto copy = f.documents->duplicate(id);
        QVERIFY_RESULT(copy);
        QVERIFY(copy->document.uuid != draft->document.uuid);
        QCOMPARE(copy->document.status, DocumentStatus::Draft);
        QVERIFY(copy->document.number.isEmpty());
        QVERIFY(copy->document.payments.isEmpty());
        QVERIFY(!copy->document.sellerSnapshot);
        QCOMPARE(copy->document.lines, draft->document.lines);
        QVERIFY_RESULT(
            f.documents->deleteDraft(copy->document.uuid.toString(QUuid::WithoutBraces)));
        QVERIFY_ERROR(f.documents->get(copy->document.uuid.toString(QUuid::WithoutBraces)),
                      ErrorCode::NotFound);
    }

    void issueNeedsProfileAndClient() {
        ServiceFixture f;
        QVERIFY(f.setUp(false));
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        auto refused = f.documents->issue(draft->document.uuid.toString(QUuid::WithoutBraces));
        QVERIFY_ERROR(refused, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().field, QStringLiteral("sellerSnapshot"));
        domain::Document orphan = f.invoiceDraft();
        orphan.clientUuid = QUuid::createUuid();
        auto bad = f.documents->createDraft(orphan);
        QVERIFY_ERROR(bad, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().field, QStringLiteral("clientId"));
    }

    void usedClientsAreArchivedNotDeleted() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        const QString clientId = f.client.uuid.toString(QUuid::WithoutBraces);
        auto draft = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        QVERIFY_RESULT(f.documents->issue(draft->document.uuid.toString(QUuid::WithoutBraces)));
        QVERIFY_ERROR(f.clients->remove(clientId), ErrorCode::Conflict);
        QVERIFY_RESULT(f.clients->setArchived(clientId, true));
        QCOMPARE(f.clients->list()->size(), 0u);
        QCOMPARE(f.clients->list(true)->size(), 1u);
        auto unused = f.clients->add(buyer(QStringLiteral("Nobody Ltd")));
        QVERIFY_RESULT(unused);
        QVERIFY_RESULT(f.clients->remove(unused->uuid.toString(QUuid::WithoutBraces)));
        QVERIFY_ERROR(f.clients->get(unused->uuid.toString(QUuid::WithoutBraces)),
                      ErrorCode::NotFound);
    }

    void invalidEntitiesChangeNothing() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto before = f.vault->verifyAudit();
        QVERIFY_RESULT(before);
        domain::BusinessProfile badIban = sellerProfile();
        badIban.iban = QStringLiteral("DE89370400440532013001");
        auto refused = f.profiles->setProfile(badIban);
        QVERIFY_ERROR(refused, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().field, QStringLiteral("iban"));
        domain::Document negative = f.invoiceDraft({line(QStringLiteral("Refund?"), "-1", "10")});
        auto bad = f.documents->createDraft(negative);
        QVERIFY_ERROR(bad, ErrorCode::InvalidInput);
        QCOMPARE(bad.error().field, QStringLiteral("lines[0].quantity"));
        domain::Client nameless = buyer(QString());
        QVERIFY_ERROR(f.clients->add(nameless), ErrorCode::InvalidInput);
        auto after = f.vault->verifyAudit();
        QVERIFY_RESULT(after);
        QCOMPARE(after->head.seq, before->head.seq);
    }

    void reportsAddUpPerCurrency() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        // Invoice A: 1139.90 (850.00 @19 % + 120.00 @7 %), issued 2026-01-10, due 2026-02-09.
        // Invoice B: 119.00 (100.00 @19 %), issued 2026-03-01, due 2026-03-31, 19.00 paid.
        // Invoice C: 500 JPY (500 @0 %, Z), issued 2026-03-05.
        // Credit note for 128.40 (120.00 @7 %) against A, issued 2026-03-10.
        f.today = QDate(2026, 1, 10);
        auto a = f.documents->createDraft(f.invoiceDraft());
        QVERIFY_RESULT(a);
        const QString aId = a->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.documents->issue(aId));
        f.today = QDate(2026, 3, 1);
        auto b = f.documents->createDraft(
            f.invoiceDraft({line(QStringLiteral("Consulting"), "1", "100")}));
        QVERIFY_RESULT(b);
        const QString bId = b->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.documents->issue(bId));
        QVERIFY_RESULT(
            f.documents->recordPayment(bId, {QDate(2026, 3, 2), money("19.00"), {}, {}}));
        f.today = QDate(2026, 3, 5);
        domain::Document yen = f.invoiceDraft(
            {line(QStringLiteral("Export"), "1", "500", "0", domain::TaxCategory::ZeroRated)});
        yen.currency = currency("JPY");
        auto c = f.documents->createDraft(yen);
        QVERIFY_RESULT(c);
        QVERIFY_RESULT(f.documents->issue(c->document.uuid.toString(QUuid::WithoutBraces)));
        f.today = QDate(2026, 3, 10);
        auto credit = f.documents->createCreditNote(aId);
        QVERIFY_RESULT(credit);
        domain::Document partial = credit->document;
        partial.lines = {line(QStringLiteral("Printing refund"), "1", "120", "7")};
        QVERIFY_RESULT(f.documents->updateDraft(partial));
        QVERIFY_RESULT(f.documents->issue(partial.uuid.toString(QUuid::WithoutBraces)));
        // A draft never counts.
        QVERIFY_RESULT(f.documents->createDraft(f.invoiceDraft()));

        services::ReportService reports(*f.vault);
        // Outstanding on 2026-03-15: A 1139.90 - 128.40 = 1011.50 (overdue since 02-09);
        // B 119.00 - 19.00 = 100.00 (not due); EUR total 1111.50 of which 1011.50 overdue.
        auto outstanding = reports.outstanding(QDate(2026, 3, 15));
        QVERIFY_RESULT(outstanding);
        QCOMPARE(outstanding->size(), 2u); // EUR and JPY rows for the one client
        const auto eur = std::find_if(outstanding->begin(), outstanding->end(), [](const auto& r) {
            return r.currency == QStringLiteral("EUR");
        });
        QVERIFY(eur != outstanding->end());
        QCOMPARE(eur->outstandingMinor, 111150);
        QCOMPARE(eur->overdueMinor, 101150);
        QCOMPARE(eur->documents, 2);

        // Aging on 2026-03-15: A is 34 days past due (31-60), B not due; JPY C due 04-04: not due.
        auto aging = reports.aging(QDate(2026, 3, 15));
        QVERIFY_RESULT(aging);
        QCOMPARE(aging->size(), 2u);
        QCOMPARE(aging->at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(aging->at(0).notDueMinor, 10000);
        QCOMPARE(aging->at(0).days31to60Minor, 101150);
        QCOMPARE(aging->at(0).days1to30Minor, 0);
        QCOMPARE(aging->at(1).currency, QStringLiteral("JPY"));
        QCOMPARE(aging->at(1).notDueMinor, 500);

        // Revenue by month, EUR net: January 970.00; March 100.00 - 120.00 = -20.00.
        auto revenue = reports.revenue({QDate(2026, 1, 1), QDate(2026, 12, 31)}, true);
        QVERIFY_RESULT(revenue);
        QCOMPARE(revenue->size(), 3u);
        QCOMPARE(revenue->at(0).period, QStringLiteral("2026-01"));
        QCOMPARE(revenue->at(0).netMinor, 97000);
        QCOMPARE(revenue->at(1).period, QStringLiteral("2026-03"));
        QCOMPARE(revenue->at(1).currency, QStringLiteral("EUR"));
        QCOMPARE(revenue->at(1).netMinor, -2000);
        QCOMPARE(revenue->at(1).documents, 2);
        QCOMPARE(revenue->at(2).currency, QStringLiteral("JPY"));
        QCOMPARE(revenue->at(2).grossMinor, 500);

        // Tax for Q1, EUR: S 19 %: 850.00 + 100.00 = 950.00 -> 161.50 + 19.00 = 180.50;
        // S 7 %: 120.00 - 120.00 = 0.00 -> 8.40 - 8.40 = 0.00; JPY Z 0 %: 500.
        auto tax = reports.taxSummary({QDate(2026, 1, 1), QDate(2026, 3, 31)});
        QVERIFY_RESULT(tax);
        QCOMPARE(tax->size(), 3u);
        QCOMPARE(tax->at(0).rate, dec("19"));
        QCOMPARE(tax->at(0).taxableMinor, 95000);
        QCOMPARE(tax->at(0).taxMinor, 18050);
        QCOMPARE(tax->at(1).rate, dec("7"));
        QCOMPARE(tax->at(1).taxableMinor, 0);
        QCOMPARE(tax->at(1).taxMinor, 0);
        QCOMPARE(tax->at(2).currency, QStringLiteral("JPY"));
        QCOMPARE(tax->at(2).category, domain::TaxCategory::ZeroRated);
        // Only January: no credit note yet.
        auto january = reports.taxSummary({QDate(2026, 1, 1), QDate(2026, 1, 31)});
        QVERIFY_RESULT(january);
        QCOMPARE(january->size(), 2u);
        QCOMPARE(january->at(1).taxMinor, 840);
        QVERIFY_ERROR(reports.taxSummary({QDate(2026, 3, 1), QDate(2026, 1, 1)}),
                      ErrorCode::InvalidInput);
    }

    void searchFindsAndHostileQueriesAreSafe_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("line word") << QStringLiteral("lithography") << 1;
        QTest::newRow("prefix") << QStringLiteral("lithog") << 1;
        QTest::newRow("client") << QStringLiteral("beispiel") << 2;
        QTest::newRow("diacritics folded")
            << QStringLiteral("munchen") << 0; // address is not indexed
        QTest::newRow("notes") << QStringLiteral("rush") << 1;
        QTest::newRow("number") << QStringLiteral("INV-2026-0001") << 1;
        QTest::newRow("two words") << QStringLiteral("design lithography") << 1;
        QTest::newRow("no match") << QStringLiteral("zebra") << 0;
        QTest::newRow("quote char") << QStringLiteral("\"") << 0;
        QTest::newRow("fts syntax") << QStringLiteral("NEAR(design OR *) AND -") << 0;
        QTest::newRow("column filter") << QStringLiteral("notes:rush") << 0;
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE documents; --") << 0;
        QTest::newRow("long") << QString(5000, QLatin1Char('x')) << 0;
    }

    void searchFindsAndHostileQueriesAreSafe() {
        QFETCH(QString, query);
        QFETCH(int, hits);
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto a = f.documents->createDraft(
            f.invoiceDraft({line(QStringLiteral("Design and lithography"), "1", "10")}));
        QVERIFY_RESULT(a);
        QVERIFY_RESULT(f.documents->issue(a->document.uuid.toString(QUuid::WithoutBraces)));
        domain::Document b = f.invoiceDraft();
        b.notes = QStringLiteral("Rush order");
        QVERIFY_RESULT(f.documents->createDraft(b));
        domain::DocumentFilter filter;
        filter.text = query;
        auto found = f.documents->list(filter);
        QVERIFY_RESULT(found);
        QCOMPARE(static_cast<int>(found->size()), hits);
    }

    void listPagesAndFilters() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        for (int i = 0; i < 7; ++i) {
            f.today = QDate(2026, 1, 1).addDays(i);
            auto d = f.documents->createDraft(f.invoiceDraft());
            QVERIFY_RESULT(d);
            if (i % 2 == 0)
                QVERIFY_RESULT(f.documents->issue(d->document.uuid.toString(QUuid::WithoutBraces)));
        }
        domain::DocumentFilter filter;
        filter.limit = 3;
        auto page1 = f.documents->list(filter);
        QVERIFY_RESULT(page1);
        QCOMPARE(page1->size(), 3u);
        QCOMPARE(page1->front().number, QStringLiteral("INV-2026-0004")); // newest issued first
        filter.offset = 3;
        QCOMPARE(f.documents->list(filter)->size(), 3u);
        filter.offset = 6;
        QCOMPARE(f.documents->list(filter)->size(), 1u);
        filter = {};
        filter.statuses = {DocumentStatus::Draft};
        QCOMPARE(*f.documents->count(filter), 3);
        filter = {};
        filter.from = QDate(2026, 1, 3);
        filter.to = QDate(2026, 1, 5);
        QCOMPARE(*f.documents->count(filter), 2); // issued on the 3rd and 5th
        filter = {};
        filter.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(*f.documents->count(filter), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
