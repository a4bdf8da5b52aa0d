// Status rules: every (from, to) pair per document type against a hand-written
// list of allowed moves, payment state and derived status, overdue/expired.

#include "TestHelpers.h"

#include "domain/DocumentLifecycle.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace quittance::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(quittance::domain::DocumentType)
Q_DECLARE_METATYPE(quittance::domain::DocumentStatus)
Q_DECLARE_METATYPE(quittance::domain::DocumentLifecycle::PaymentState)

using S = DocumentStatus;
using PaymentState = DocumentLifecycle::PaymentState;

namespace {

const QList<S> kAllStatuses = {S::Draft,  S::Issued,   S::Sent,     S::PartiallyPaid, S::Paid,
                               S::Voided, S::Accepted, S::Declined, S::Expired};

Currency eur() {
    return Currency::fromCode(u"EUR").value();
}

Money euros(const QString& text) {
    return Money::parse(text, eur()).value();
}

QList<Payment> payments(const QStringList& amounts) {
    QList<Payment> out;
    for (const QString& amount : amounts)
        out.append(Payment{QDate(2025, 2, 1), euros(amount), u"bank transfer"_s, {}});
    return out;
}

} // namespace

class TestDocumentLifecycle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void transitionErrorSaysWhy();
    void statusesPerType();
    void paymentState_data();
    void paymentState();
    void statusAfterPayments_data();
    void statusAfterPayments();
    void outstanding();
    void overdue_data();
    void overdue();
    void quoteExpiry();
};

void TestDocumentLifecycle::transitions_data() {
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");

    // The allowed moves, written out by hand; every other pair must be refused.
    const QSet<QString> invoiceMoves = {
        u"draft>issued"_s,        u"issued>sent"_s,         u"issued>partially_paid"_s,
        u"issued>paid"_s,         u"issued>voided"_s,       u"sent>partially_paid"_s,
        u"sent>paid"_s,           u"sent>voided"_s,         u"partially_paid>paid"_s,
        u"partially_paid>sent"_s, u"paid>partially_paid"_s, u"paid>sent"_s,
    };
    const QSet<QString> quoteMoves = {
        u"draft>sent"_s,
        u"sent>accepted"_s,
        u"sent>declined"_s,
        u"sent>expired"_s,
    };

    const struct {
        DocumentType type;
        const QSet<QString>* moves;
    } types[] = {{DocumentType::Invoice, &invoiceMoves},
                 {DocumentType::CreditNote, &invoiceMoves},
                 {DocumentType::Quote, &quoteMoves}};
    for (const auto& t : types) {
        for (const S from : kAllStatuses) {
            for (const S to : kAllStatuses) {
                const QString key = documentStatusCode(from) + u'>' + documentStatusCode(to);
                const QString name = documentTypeCode(t.type) + u": "_s + key;
                QTest::newRow(qPrintable(name)) << t.type << from << to << t.moves->contains(key);
            }
        }
    }
}

void TestDocumentLifecycle::transitions() {
    QFETCH(DocumentType, type);
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QCOMPARE(DocumentLifecycle::canTransition(type, from, to), allowed);
    QCOMPARE(DocumentLifecycle::allowedTransitions(type, from).contains(to), allowed);
    const Status checked = DocumentLifecycle::checkTransition(type, from, to);
    QCOMPARE(checked.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(checked.error().code, ErrorCode::Conflict);
        QCOMPARE(checked.error().field, u"status"_s);
    }
}

void TestDocumentLifecycle::transitionErrorSaysWhy() {
    const auto voidPaid =
        DocumentLifecycle::checkTransition(DocumentType::Invoice, S::Paid, S::Voided);
    QVERIFY(voidPaid.error().message.contains(u"credit note"_s));
    const auto backToDraft =
        DocumentLifecycle::checkTransition(DocumentType::Invoice, S::Issued, S::Draft);
    QVERIFY(backToDraft.error().message.contains(u"draft"_s));
}

void TestDocumentLifecycle::statusesPerType() {
    const QList<S> invoice = {S::Draft, S::Issued, S::Sent, S::PartiallyPaid, S::Paid, S::Voided};
    const QList<S> quote = {S::Draft, S::Sent, S::Accepted, S::Declined, S::Expired};
    for (const S status : kAllStatuses) {
        QCOMPARE(DocumentLifecycle::isStatusAllowed(DocumentType::Invoice, status),
                 invoice.contains(status));
        QCOMPARE(DocumentLifecycle::isStatusAllowed(DocumentType::CreditNote, status),
                 invoice.contains(status));
        QCOMPARE(DocumentLifecycle::isStatusAllowed(DocumentType::Quote, status),
                 quote.contains(status));
    }
}

void TestDocumentLifecycle::paymentState_data() {
    QTest::addColumn<QString>("due");
    QTest::addColumn<QStringList>("paid");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<PaymentState>("state");

    QTest::newRow("nothing paid") << u"100.00"_s << QStringList{} << true << PaymentState::Unpaid;
    QTest::newRow("part paid") << u"100.00"_s << QStringList{u"40.00"_s} << true
                               << PaymentState::PartiallyPaid;
    // 40.00 + 60.00 = 100.00
    QTest::newRow("paid in two parts")
        << u"100.00"_s << QStringList{u"40.00"_s, u"60.00"_s} << true << PaymentState::Paid;
    // 99.99 leaves one cent open.
    QTest::newRow("one cent short")
        << u"100.00"_s << QStringList{u"99.99"_s} << true << PaymentState::PartiallyPaid;
    QTest::newRow("overpaid by a cent")
        << u"100.00"_s << QStringList{u"100.01"_s} << false << PaymentState::Unpaid;
    // 50.00 + 50.01 = 100.01 > 100.00
    QTest::newRow("overpaid in two parts")
        << u"100.00"_s << QStringList{u"50.00"_s, u"50.01"_s} << false << PaymentState::Unpaid;
    QTest::newRow("nothing due") << u"0.00"_s << QStringList{} << true << PaymentState::Paid;
    QTest::newRow("zero payment") << u"100.00"_s << QStringList{u"0.00"_s} << false
                                  << PaymentState::Unpaid;
    QTest::newRow("negative payment")
        << u"100.00"_s << QStringList{u"-1.00"_s} << false << PaymentState::Unpaid;
    QTest::newRow("negative amount due")
        << u"-1.00"_s << QStringList{} << false << PaymentState::Unpaid;
    // Two payments of qint64 max cents cannot even be added.
    QTest::newRow("payments overflow")
        << u"92233720368547758.07"_s
        << QStringList{u"92233720368547758.07"_s, u"92233720368547758.07"_s} << false
        << PaymentState::Unpaid;
}

void TestDocumentLifecycle::paymentState() {
    QFETCH(QString, due);
    QFETCH(QStringList, paid);
    QFETCH(bool, ok);
    QFETCH(PaymentState, state);
    const auto result = DocumentLifecycle::paymentState(euros(due), payments(paid));
    if (!ok) {
        QVERIFY_ERROR(result, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY_RESULT(result);
    QCOMPARE(*result, state);
}

void TestDocumentLifecycle::statusAfterPayments_data() {
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<S>("current");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QStringList>("paid");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<S>("expected");

    const auto inv = DocumentType::Invoice;
    QTest::newRow("issued, unpaid stays issued")
        << inv << S::Issued << u"100.00"_s << QStringList{} << true << S::Issued;
    QTest::newRow("sent, part paid")
        << inv << S::Sent << u"100.00"_s << QStringList{u"30.00"_s} << true << S::PartiallyPaid;
    QTest::newRow("issued, paid at once")
        << inv << S::Issued << u"100.00"_s << QStringList{u"100.00"_s} << true << S::Paid;
    QTest::newRow("partially paid, payment removed")
        << inv << S::PartiallyPaid << u"100.00"_s << QStringList{} << true << S::Sent;
    QTest::newRow("paid, one payment removed")
        << inv << S::Paid << u"100.00"_s << QStringList{u"50.00"_s} << true << S::PartiallyPaid;
    QTest::newRow("fully prepaid")
        << inv << S::Issued << u"0.00"_s << QStringList{} << true << S::Paid;
    QTest::newRow("credit note refunded") << DocumentType::CreditNote << S::Sent << u"50.00"_s
                                          << QStringList{u"50.00"_s} << true << S::Paid;
    QTest::newRow("draft cannot be paid")
        << inv << S::Draft << u"100.00"_s << QStringList{u"10.00"_s} << false << S::Draft;
    QTest::newRow("voided cannot be paid")
        << inv << S::Voided << u"100.00"_s << QStringList{u"10.00"_s} << false << S::Voided;
    QTest::newRow("quote cannot be paid") << DocumentType::Quote << S::Sent << u"100.00"_s
                                          << QStringList{u"10.00"_s} << false << S::Sent;
    QTest::newRow("overpayment refused")
        << inv << S::Sent << u"100.00"_s << QStringList{u"120.00"_s} << false << S::Sent;
}

void TestDocumentLifecycle::statusAfterPayments() {
    QFETCH(DocumentType, type);
    QFETCH(S, current);
    QFETCH(QString, due);
    QFETCH(QStringList, paid);
    QFETCH(bool, ok);
    QFETCH(S, expected);
    const auto result =
        DocumentLifecycle::statusAfterPayments(type, current, euros(due), payments(paid));
    QCOMPARE(result.has_value(), ok);
    if (ok) {
        QCOMPARE(*result, expected);
        // Whatever the payments say must be a legal move (or no move).
        QVERIFY(*result == current || DocumentLifecycle::canTransition(type, current, *result));
    }
}

void TestDocumentLifecycle::outstanding() {
    // 250.00 - 100.00 - 49.99 = 100.01
    const auto left =
        DocumentLifecycle::outstanding(euros(u"250.00"_s), payments({u"100.00"_s, u"49.99"_s}));
    QVERIFY_RESULT(left);
    QCOMPARE(left->toString(), u"100.01"_s);
    QCOMPARE(DocumentLifecycle::paidTotal(euros(u"250.00"_s), payments({u"100.00"_s, u"49.99"_s}))
                 ->toString(),
             u"149.99"_s);
    QList<Payment> usd = payments({u"1.00"_s});
    usd[0].amount = Money::fromMinorUnits(100, Currency::fromCode(u"USD").value());
    const auto mixed = DocumentLifecycle::outstanding(euros(u"250.00"_s), usd);
    QVERIFY_ERROR(mixed, ErrorCode::InvalidInput);
    QCOMPARE(mixed.error().field, u"payments[0].amount"_s);
}

void TestDocumentLifecycle::overdue_data() {
    QTest::addColumn<DocumentType>("type");
    QTest::addColumn<S>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");

    const QDate due(2025, 1, 31);
    const QDate after(2025, 2, 1);
    const auto inv = DocumentType::Invoice;
    QTest::newRow("sent, day after due") << inv << S::Sent << due << after << true;
    QTest::newRow("sent, on the due date") << inv << S::Sent << due << due << false;
    QTest::newRow("sent, before due") << inv << S::Sent << due << QDate(2025, 1, 1) << false;
    QTest::newRow("issued") << inv << S::Issued << due << after << true;
    QTest::newRow("partially paid") << inv << S::PartiallyPaid << due << after << true;
    QTest::newRow("paid") << inv << S::Paid << due << after << false;
    QTest::newRow("voided") << inv << S::Voided << due << after << false;
    QTest::newRow("draft") << inv << S::Draft << due << after << false;
    QTest::newRow("no due date") << inv << S::Sent << QDate() << after << false;
    QTest::newRow("credit note") << DocumentType::CreditNote << S::Sent << due << after << true;
    QTest::newRow("quote") << DocumentType::Quote << S::Sent << due << after << false;
}

void TestDocumentLifecycle::overdue() {
    QFETCH(DocumentType, type);
    QFETCH(S, status);
    QFETCH(QDate, due);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    QCOMPARE(DocumentLifecycle::isOverdue(type, status, due, today), overdue);
}

void TestDocumentLifecycle::quoteExpiry() {
    const QDate until(2025, 1, 31);
    QVERIFY(DocumentLifecycle::isQuoteExpired(S::Sent, until, QDate(2025, 2, 1)));
    QVERIFY(!DocumentLifecycle::isQuoteExpired(S::Sent, until, until));
    QVERIFY(!DocumentLifecycle::isQuoteExpired(S::Accepted, until, QDate(2025, 2, 1)));
    QVERIFY(!DocumentLifecycle::isQuoteExpired(S::Sent, QDate(), QDate(2025, 2, 1)));
}

QTEST_APPLESS_MAIN(TestDocumentLifecycle)
#include "tst_documentlifecycle.moc"
