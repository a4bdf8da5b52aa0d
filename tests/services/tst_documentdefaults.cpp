// The defaults for new documents kept with the profile: the payment terms
// text and the document language reach DocumentService::newDraft; a client's
// language still wins; bad input is refused and changes nothing.

#include "ServiceFixture.h"
#include "storage/ProcessHardening.h"

#include <QTest>

using namespace quittance;
using namespace quittance::test;
using domain::DocumentLanguage;
using domain::DocumentType;
using domain::ErrorCode;

class TestDocumentDefaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(storage::hardenProcess()); }

    void newDraftUsesTheDefaults() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        const QString terms = QStringLiteral("Zahlbar innerhalb von 14 Tagen ohne Abzug.");
        const services::ProfileService::DocumentDefaults german{terms, DocumentLanguage::German};
        QVERIFY_RESULT(f.profiles->setDocumentDefaults(german));

        auto stored = f.profiles->documentDefaults();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->paymentTermsText, terms);
        QCOMPARE(stored->language, DocumentLanguage::German);

        auto draft = f.documents->newDraft(DocumentType::Invoice);
        QVERIFY_RESULT(draft);
        QCOMPARE(draft->language, DocumentLanguage::German);
        QCOMPARE(draft->paymentTermsText, terms);
        QCOMPARE(draft->currency.code(), QStringLiteral("EUR"));

        // The client's own language wins over the default; the terms stay.
        const QString clientId = f.client.uuid.toString(QUuid::WithoutBraces);
        QCOMPARE(f.client.language, DocumentLanguage::English);
        auto forClient = f.documents->newDraft(DocumentType::Quote, clientId);
        QVERIFY_RESULT(forClient);
        QCOMPARE(forClient->language, DocumentLanguage::English);
        QCOMPARE(forClient->paymentTermsText, terms);
    }

    void withoutDefaultsNothingIsInvented() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        auto draft = f.documents->newDraft(DocumentType::Invoice);
        QVERIFY_RESULT(draft);
        QCOMPARE(draft->language, DocumentLanguage::English);
        QVERIFY(draft->paymentTermsText.isEmpty());
    }

    void tooLongTermsAreRefused() {
        ServiceFixture f;
        QVERIFY(f.setUp());
        const services::ProfileService::DocumentDefaults net30{QStringLiteral("Net 30"),
                                                               DocumentLanguage::German};
        QVERIFY_RESULT(f.profiles->setDocumentDefaults(net30));
        const services::ProfileService::DocumentDefaults tooLong{QString(5000, QLatin1Char('x')),
                                                                 DocumentLanguage::English};
        QVERIFY_ERROR(f.profiles->setDocumentDefaults(tooLong), ErrorCode::InvalidInput);
        auto stored = f.profiles->documentDefaults();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->paymentTermsText, QStringLiteral("Net 30"));
        QCOMPARE(stored->language, DocumentLanguage::German);
    }
};

QTEST_GUILESS_MAIN(TestDocumentDefaults)
#include "tst_documentdefaults.moc"
