// The moves on a stored document (DocumentActions) as the editor and the
// list offer them, and the allowances/charges table edited in place, through
// the real widgets on a real vault at the KDF floor. Dialogs are answered
// through TestMessageBoxService and onModal.

#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "UiVaultFixture.h"
#include "storage/ProcessHardening.h"
#include "ui/DocumentActions.h"
#include "ui/DocumentEditor.h"
#include "ui/DocumentListModel.h"
#include "ui/DocumentListView.h"
#include "ui/PaymentDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace quittance;
using namespace quittance::test;
using domain::DocumentStatus;
using A = ui::DocumentActions::Action;

namespace {

QPushButton* button(QWidget* parent, A action) {
    return parent->findChild<QPushButton*>(ui::DocumentActions::objectName(action));
}

void openShown(ui::DocumentEditor& editor, const QString& id) {
    QVERIFY(!id.isEmpty());
    QVERIFY(editor.open(id));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
}

// Enters `amount` in the payment dialog and presses Record.
void pay(ui::PaymentDialog* d, const QString& amount) {
    auto* field = d->findChild<QLineEdit*>(QStringLiteral("paymentAmount"));
    field->selectAll();
    type(field, amount);
    click(d->findChild<QPushButton*>(QStringLiteral("paymentRecord")));
}

} // namespace

class TestDocumentActions : public QObject {
    Q_OBJECT
private:
    TestMessageBoxService m_boxes;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        ui::MessageBoxService::setInstance(&m_boxes);
    }
    void cleanupTestCase() { ui::MessageBoxService::setInstance(nullptr); }

    // An issued invoice opens read-only with only the moves its state allows.
    void issuedInvoiceOffersItsActions() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        const QString id = f.issuedInvoice();
        ui::DocumentEditor editor(f.controller);
        openShown(editor, id);
        QVERIFY(editor.isReadOnly());
        QVERIFY(!editor.findChild<QPushButton*>(QStringLiteral("saveDraft"))->isEnabled());
        QVERIFY(!button(&editor, A::Issue)->isVisible());
        for (A a : {A::MarkSent, A::RecordPayment, A::CreditNote, A::Duplicate})
            QVERIFY2(button(&editor, a)->isVisible(),
                     qPrintable(ui::DocumentActions::objectName(a)));
        QVERIFY(button(&editor, A::ExportPdf)->isEnabled());

        click(button(&editor, A::MarkSent));
        QCOMPARE(editor.document().status, DocumentStatus::Sent);
        QCOMPARE(f.controller.documents().get(id)->document.status, DocumentStatus::Sent);
        QVERIFY(!button(&editor, A::MarkSent)->isVisible());
        QVERIFY(button(&editor, A::RecordPayment)->isVisible());
    }

    // The payment dialog checks its input next to the field and records
    // nothing until it is right; the editor follows the new status.
    void recordPaymentValidatesAndUpdates() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        const QString id = f.issuedInvoice();
        ui::DocumentEditor editor(f.controller);
        openShown(editor, id);
        const qint64 due = f.controller.documents().get(id)->openMinor();
        QVERIFY(due > 0);

        bool checked = false;
        onModal<ui::PaymentDialog>([&](ui::PaymentDialog* d) {
            auto* amountError = d->findChild<QLabel*>(QStringLiteral("paymentAmountError"));
            // The open amount is proposed.
            QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("paymentAmount"))->text(),
                     domain::Money::fromMinorUnits(due, currency("EUR")).toString());
            pay(d, QStringLiteral("abc"));
            QVERIFY(d->isVisible());
            QVERIFY(amountError->isVisible());
            QVERIFY(!amountError->text().isEmpty());
            pay(d, QStringLiteral("99999"));
            QVERIFY(d->isVisible());
            QVERIFY(amountError->text().contains(QStringLiteral("larger")));
            pay(d, QStringLiteral("0"));
            QVERIFY(d->isVisible());
            QCOMPARE(f.controller.documents().get(id)->paidMinor, qint64{0});
            pay(d, QStringLiteral("500,25"));
            QVERIFY(!d->isVisible());
            checked = true;
        });
        click(button(&editor, A::RecordPayment));
        QVERIFY(checked);
        QCOMPARE(f.controller.documents().get(id)->paidMinor, qint64{50025});
        QCOMPARE(editor.document().status, DocumentStatus::PartiallyPaid);
        // A partly paid invoice is no longer "sent", but takes more payments.
        QVERIFY(!button(&editor, A::MarkSent)->isVisible());
        QVERIFY(button(&editor, A::RecordPayment)->isVisible());

        // Cancel records nothing.
        onModal<ui::PaymentDialog>([](ui::PaymentDialog* d) { d->reject(); });
        click(button(&editor, A::RecordPayment));
        QCOMPARE(f.controller.documents().get(id)->paidMinor, qint64{50025});
        QCOMPARE(editor.document().status, DocumentStatus::PartiallyPaid);

        onModal<ui::PaymentDialog>([&](ui::PaymentDialog* d) {
            pay(d, domain::Money::fromMinorUnits(due - 50025, currency("EUR")).toString());
        });
        click(button(&editor, A::RecordPayment));
        QCOMPARE(editor.document().status, DocumentStatus::Paid);
        QVERIFY(!button(&editor, A::RecordPayment)->isVisible());
        QVERIFY(button(&editor, A::CreditNote)->isVisible());
        QCOMPARE(f.controller.documents().get(id)->paidMinor, due);
    }

    // Credit note and duplicate open the new draft in an editor.
    void creditNoteAndDuplicateOpenTheDraft() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        const QString id = f.issuedInvoice();
        ui::DocumentEditor editor(f.controller);
        openShown(editor, id);

        domain::Document credit;
        onModal<ui::DocumentEditor>([&credit](ui::DocumentEditor* e) {
            credit = e->document();
            e->reject();
        });
        click(button(&editor, A::CreditNote));
        QCOMPARE(credit.type, domain::DocumentType::CreditNote);
        QCOMPARE(credit.status, DocumentStatus::Draft);
        QCOMPARE(credit.lines.size(), editor.document().lines.size());

        domain::Document copy;
        onModal<ui::DocumentEditor>([&copy](ui::DocumentEditor* e) {
            copy = e->document();
            e->reject();
        });
        click(button(&editor, A::Duplicate));
        QCOMPARE(copy.type, domain::DocumentType::Invoice);
        QCOMPARE(copy.status, DocumentStatus::Draft);
        QVERIFY(copy.uuid != editor.document().uuid);
        QCOMPARE(copy.lines, editor.document().lines);
    }

    // The list's tool bar asks the same rules: no payment on a credit note
    // or a paid invoice, no "sent" on a partly paid one.
    void listUsesTheSameRules() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        const QString id = f.issuedInvoice();
        QVERIFY(!id.isEmpty());
        auto paid = f.controller.documents().recordPayment(
            id, {QDate(2026, 3, 10), money("100.00"), QStringLiteral("cash"), {}});
        QVERIFY_RESULT(paid);
        // A partial credit note, issued.
        auto credit = f.controller.documents().createCreditNote(id);
        QVERIFY_RESULT(credit);
        domain::Document partial = credit->document;
        partial.lines = {line(QStringLiteral("Refund"), "1", "10")};
        QVERIFY_RESULT(f.controller.documents().updateDraft(partial));
        const QString creditId = credit->document.uuid.toString(QUuid::WithoutBraces);
        QVERIFY_RESULT(f.controller.documents().issue(creditId));

        ui::DocumentListView list(
            f.controller, {domain::DocumentType::Invoice, domain::DocumentType::CreditNote});
        list.show();
        list.reload();
        QCOMPARE(list.model()->rowCount(), 2);
        auto action = [&list](A a) {
            return list.findChild<QAction*>(ui::DocumentActions::objectName(a));
        };
        for (int row = 0; row < 2; ++row) {
            list.table()->setCurrentIndex(list.model()->index(row, 0));
            const bool isCredit = list.selectedId() == creditId;
            QVERIFY(action(A::Duplicate)->isEnabled());
            QVERIFY(!action(A::DeleteDraft)->isEnabled());
            // The invoice is partly paid; the credit note is issued.
            QCOMPARE(action(A::MarkSent)->isEnabled(), isCredit);
            QCOMPARE(action(A::RecordPayment)->isEnabled(), !isCredit);
            QCOMPARE(action(A::CreditNote)->isEnabled(), !isCredit);
        }
    }

    // The client filter is sized from its minimum length, not by measuring
    // every client name at the first layout (that delayed the first paint
    // with hundreds of clients; see docs/PERFORMANCE.md).
    void clientFilterDoesNotMeasureNames() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        const QString longName =
            QStringLiteral("Ausserordentlich lange Firmenbezeichnung ").repeated(4);
        QVERIFY_RESULT(f.controller.clients().add(buyer(longName)));
        ui::DocumentListView list(f.controller, {domain::DocumentType::Invoice});
        list.reload();
        auto* combo = list.findChild<QComboBox*>(QStringLiteral("clientFilter"));
        QVERIFY(combo);
        QVERIFY(combo->findText(longName) >= 0);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QVERIFY2(combo->sizeHint().width() < combo->fontMetrics().horizontalAdvance(longName) / 2,
                 qPrintable(QString::number(combo->sizeHint().width())));
    }

    // Allowances and charges: added as a row, edited in place with undo,
    // checked by the domain, totals follow.
    void allowancesEditInPlace() {
        UiVaultFixture f;
        QVERIFY(f.setUp());
        auto draft = f.controller.documents().createDraft(f.invoiceDraft());
        QVERIFY_RESULT(draft);
        const QString id = draft->document.uuid.toString(QUuid::WithoutBraces);
        ui::DocumentEditor editor(f.controller);
        openShown(editor, id);
        const qint64 grossBefore = editor.totals().grandTotal.minorUnits();
        auto* table = editor.findChild<QTableView*>(QStringLiteral("allowances"));
        auto* error = editor.findChild<QLabel*>(QStringLiteral("error_allowancesCharges"));
        QVERIFY(table);

        click(editor.findChild<QPushButton*>(QStringLiteral("addAllowance")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(editor.document().allowancesCharges.size(), 1);
        // No amount yet: the domain's check is shown next to the table.
        QVERIFY(error->isVisible());

        editCell(table, 0, 2, QStringLiteral("50"), QStringLiteral("50.00"));
        QVERIFY(!error->isVisible());
        QCOMPARE(editor.totals().allowanceTotal.minorUnits(), qint64{5000});
        // 850.00 - 50.00 = 800.00 net, + 19 % = 952.00
        QCOMPARE(editor.totals().grandTotal.minorUnits(), qint64{95200});
        QVERIFY(editor.totals().grandTotal.minorUnits() < grossBefore);

        editCell(table, 0, 1, QStringLiteral("Loyalty discount"));
        QCOMPARE(editor.document().allowancesCharges.at(0).reason,
                 QStringLiteral("Loyalty discount"));

        // Input that does not parse is refused, nothing changes.
        const domain::Document before = editor.document();
        const QModelIndex amount = table->model()->index(0, 2);
        QVERIFY(!table->model()->setData(amount, QStringLiteral("fifty"), Qt::EditRole));
        QVERIFY(error->isVisible());
        QVERIFY(!table->model()->setData(amount, QStringLiteral("-5"), Qt::EditRole));
        QVERIFY(!table->model()->setData(amount, QStringLiteral("1.234"), Qt::EditRole));
        QCOMPARE(editor.document(), before);

        // Tax category and rate; a charge on top.
        editCell(table, 0, 3, QStringLiteral("z"), QStringLiteral("Z"));
        QCOMPARE(editor.document().allowancesCharges.at(0).taxCategory,
                 domain::TaxCategory::ZeroRated);
        QVERIFY(editor.document().allowancesCharges.at(0).taxRate.isZero());
        click(editor.findChild<QPushButton*>(QStringLiteral("addCharge")));
        editCell(table, 1, 2, QStringLiteral("12.5"), QStringLiteral("12.50"));
        editCell(table, 1, 4, QStringLiteral("7"));
        QCOMPARE(editor.totals().chargeTotal.minorUnits(), qint64{1250});

        // Undo walks back through the edits, redo forward.
        const qint64 withCharge = editor.totals().grandTotal.minorUnits();
        editor.undoStack()->undo(); // rate 7
        editor.undoStack()->undo(); // amount 12.50
        QVERIFY(editor.document().allowancesCharges.at(1).amount.isZero());
        QVERIFY(editor.document().allowancesCharges.at(1).taxRate ==
                editor.document().lines.last().taxRate);
        QVERIFY(error->isVisible()); // a charge of 0 is refused again
        editor.undoStack()->redo();
        editor.undoStack()->redo();
        QCOMPARE(editor.totals().grandTotal.minorUnits(), withCharge);

        click(editor.findChild<QPushButton*>(QStringLiteral("saveDraft")));
        auto stored = f.controller.documents().get(id);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->document.allowancesCharges, editor.document().allowancesCharges);
        QCOMPARE(stored->totals.grandTotal.minorUnits(), withCharge);

        // Issued: read-only.
        editor.close();
        QVERIFY_RESULT(f.controller.documents().issue(id));
        ui::DocumentEditor issued(f.controller);
        QVERIFY(issued.open(id));
        auto* issuedTable = issued.findChild<QTableView*>(QStringLiteral("allowances"));
        QVERIFY(!issuedTable->model()
                     ->flags(issuedTable->model()->index(0, 2))
                     .testFlag(Qt::ItemIsEditable));
        QVERIFY(!issuedTable->model()->setData(issuedTable->model()->index(0, 2),
                                               QStringLiteral("1"), Qt::EditRole));
    }
};

QTEST_MAIN(TestDocumentActions)
#include "tst_documentactions.moc"
