// The portability actions of the GUI on a real vault (KDF floor), driven
// through the widgets on the offscreen platform: CSV import of clients and
// products with a preview that writes nothing until "Import" (and cannot
// import at all while a row is wrong), the size limit, anonymising a client
// (refused with the retention explanation once an issued document names
// it), and the audit extract export between two dates.

#include "../services/ServiceFixture.h"
#include "GuiTestHelpers.h"
#include "TestMessageBoxService.h"
#include "domain/Csv.h"
#include "storage/ProcessHardening.h"
#include "ui/AuditLogView.h"
#include "ui/CatalogView.h"
#include "ui/CsvImportDialog.h"
#include "ui/VaultController.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace quittance;

namespace {

const QString kPassphrase = QStringLiteral("catalog import test passphrase");

// Runs `inspect` on the import preview once it is shown; then accepts it when
// `accept` and the Import button allows it, else cancels it.
void answerPreview(std::function<void(ui::CsvImportDialog*)> inspect, bool accept) {
    QTimer::singleShot(0, [inspect, accept] {
        auto* dialog = qobject_cast<ui::CsvImportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        inspect(dialog);
        if (accept && dialog->importButton()->isEnabled())
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        else
            dialog->reject();
    });
}

} // namespace

class TestCatalogImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    test::TestMessageBoxService m_boxes;
    ui::VaultController m_controller;

    QString file(const QString& name, const QByteArray& content) {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    QStringList clientNames() {
        QStringList names;
        if (auto list = m_controller.clients().list(true))
            for (const auto& e : *list)
                names << e.entity.name;
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(storage::hardenProcess());
        QVERIFY(m_tmp.isValid());
        test::isolateUserFiles(m_tmp.path(), QStringLiteral("QuittanceCatalogImport"));
        ui::MessageBoxService::setInstance(&m_boxes);
        m_controller.setKdfChoice(services::VaultSession::KdfChoice::Floor);
        const QString dir = m_tmp.filePath(QStringLiteral("vault"));
        auto created = m_controller.createAsync(dir, kPassphrase);
        created.waitForFinished();
        QVERIFY(created.result().has_value());
        m_controller.finishUnlock(dir);
        QVERIFY(m_controller.isUnlocked());
        QVERIFY(m_controller.profile().setProfile(test::sellerProfile()).has_value());
    }

    void cleanupTestCase() {
        m_controller.lock();
        ui::MessageBoxService::setInstance(nullptr);
    }

    void badRowImportsNothing() {
        ui::CatalogView view(m_controller, ui::CatalogView::Kind::Clients);
        view.reload();
        const QStringList before = clientNames();
        m_boxes.paths.enqueue(file(QStringLiteral("bad.csv"),
                                   "name,country,email\nGood One,DE,a@example.com\n"
                                   "Bad Two,XX,b@example.com\n")); // row 3: no such country
        bool shown = false;
        answerPreview(
            [&](ui::CsvImportDialog* d) {
                shown = true;
                QCOMPARE(d->recordTable()->rowCount(), 1);
                QCOMPARE(d->problemTable()->rowCount(), 1);
                QCOMPARE(d->problemTable()->item(0, 0)->text(), QStringLiteral("3"));
                QVERIFY(d->problemTable()->item(0, 1)->text().endsWith(QStringLiteral("country")));
                QVERIFY(!d->importButton()->isEnabled());
            },
            true);
        view.importCsv();
        QVERIFY(shown);
        QCOMPARE(clientNames(), before);
    }

    void previewThenImport() {
        ui::CatalogView view(m_controller, ui::CatalogView::Kind::Clients);
        view.reload();
        const int rowsBefore = view.table()->model()->rowCount();
        const QString csv = file(QStringLiteral("clients.csv"),
                                 "name,country,city,email\n"
                                 "Beispiel GmbH,DE,München,buchhaltung@example.com\n"
                                 "\"Muster, Kurz & Co\",AT,Wien,office@example.at\n");
        // Cancelled preview: nothing written.
        m_boxes.paths.enqueue(csv);
        answerPreview([](ui::CsvImportDialog* d) { QVERIFY(d->importButton()->isEnabled()); },
                      false);
        view.importCsv();
        QVERIFY(!clientNames().contains(QStringLiteral("Beispiel GmbH")));

        // Confirmed: both rows, in one go.
        m_boxes.paths.enqueue(csv);
        m_boxes.notices.clear();
        answerPreview(
            [](ui::CsvImportDialog* d) {
                QCOMPARE(d->recordTable()->rowCount(), 2);
                QCOMPARE(d->recordTable()->item(1, 0)->text(), QStringLiteral("Muster, Kurz & Co"));
                QCOMPARE(d->recordTable()->item(1, 2)->text(), QStringLiteral("AT"));
                QVERIFY(d->problemTable()->isHidden());
            },
            true);
        view.importCsv();
        QVERIFY(clientNames().contains(QStringLiteral("Beispiel GmbH")));
        QVERIFY(clientNames().contains(QStringLiteral("Muster, Kurz & Co")));
        QCOMPARE(view.table()->model()->rowCount(), rowsBefore + 2);
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY2(m_boxes.notices.first().contains(QStringLiteral("2")),
                 qPrintable(m_boxes.notices.first()));
    }

    void oversizedFileIsRefusedUnread() {
        ui::CatalogView view(m_controller, ui::CatalogView::Kind::Products);
        QByteArray big = "name,unit_price,tax_category,tax_rate\n";
        while (big.size() <= domain::Csv::kMaxBytes)
            big += "Widget,1.00,S,19\n";
        m_boxes.paths.enqueue(file(QStringLiteral("big.csv"), big));
        m_boxes.notices.clear();
        bool shown = false;
        answerPreview([&](ui::CsvImportDialog*) { shown = true; }, true);
        view.importCsv();
        QCoreApplication::processEvents();
        QVERIFY(!shown);
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY(m_boxes.notices.first().startsWith(QStringLiteral("WARNING")));
        auto products = m_controller.products().list(true);
        QVERIFY(products && products->empty());
    }

    void productsImport() {
        ui::CatalogView view(m_controller, ui::CatalogView::Kind::Products);
        m_boxes.paths.enqueue(file(QStringLiteral("products.csv"),
                                   "name,unit,unit_price,tax_category,tax_rate\n"
                                   "Consulting,HUR,85.00,S,19\nBooks,C62,12.50,S,7\n"));
        answerPreview([](ui::CsvImportDialog* d) { QCOMPARE(d->recordTable()->rowCount(), 2); },
                      true);
        view.importCsv();
        auto products = m_controller.products().list(true);
        QVERIFY(products);
        QCOMPARE(products->size(), std::size_t(2));
    }

    void anonymiseRespectsRetention() {
        // A client named on an issued invoice keeps its data.
        domain::Client kept;
        kept.name = QStringLiteral("Invoiced Client");
        kept.billingAddress.country = QStringLiteral("DE");
        auto added = m_controller.clients().add(kept);
        QVERIFY(added.has_value());
        auto draft = m_controller.documents().newDraft(domain::DocumentType::Invoice);
        QVERIFY(draft.has_value());
        draft->clientUuid = added->uuid;
        domain::DocumentLine line;
        line.description = QStringLiteral("Work");
        line.quantity = *domain::Decimal::parse(QStringLiteral("1"));
        line.unitCode = QStringLiteral("HUR");
        line.unitPrice = *domain::Decimal::parse(QStringLiteral("100"));
        line.taxCategory = domain::TaxCategory::StandardRate;
        line.taxRate = *domain::Decimal::parse(QStringLiteral("19"));
        draft->lines = {line};
        auto stored = m_controller.documents().createDraft(*draft);
        QVERIFY(stored.has_value());
        QVERIFY(m_controller.documents()
                    .issue(stored->document.uuid.toString(QUuid::WithoutBraces))
                    .has_value());

        ui::CatalogView view(m_controller, ui::CatalogView::Kind::Clients);
        view.reload();
        const auto select = [&](const QString& name) {
            auto* model = view.table()->model();
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data().toString().startsWith(name)) {
                    view.table()->setCurrentIndex(model->index(r, 0));
                    return true;
                }
            return false;
        };
        QVERIFY(select(QStringLiteral("Invoiced Client")));
        m_boxes.notices.clear();
        view.anonymiseSelected();
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY2(m_boxes.notices.first().contains(QStringLiteral("retention")) ||
                     m_boxes.notices.first().contains(QStringLiteral("kept")),
                 qPrintable(m_boxes.notices.first()));
        QVERIFY(clientNames().contains(QStringLiteral("Invoiced Client")));

        // One without documents is anonymised after the confirmation.
        QVERIFY(select(QStringLiteral("Beispiel GmbH")));
        m_boxes.answers.enqueue(QMessageBox::Yes);
        view.anonymiseSelected();
        QVERIFY(!clientNames().contains(QStringLiteral("Beispiel GmbH")));

        // "No" changes nothing.
        QVERIFY(select(QStringLiteral("Muster, Kurz")));
        m_boxes.answers.enqueue(QMessageBox::No);
        view.anonymiseSelected();
        QVERIFY(clientNames().contains(QStringLiteral("Muster, Kurz & Co")));
    }

    void auditExtract() {
        ui::AuditLogView view(m_controller);
        auto* from = view.findChild<QDateEdit*>(QStringLiteral("auditFrom"));
        auto* to = view.findChild<QDateEdit*>(QStringLiteral("auditTo"));
        auto* button = view.findChild<QPushButton*>(QStringLiteral("exportAudit"));
        QVERIFY(from && to && button);

        const QString all = m_tmp.filePath(QStringLiteral("audit-now.csv"));
        from->setDate(QDate::currentDate().addDays(-1));
        to->setDate(QDate::currentDate().addDays(1));
        m_boxes.paths.enqueue(all);
        QTest::mouseClick(button, Qt::LeftButton);
        QFile f(all);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(content.startsWith("\"seq\",\"ts\",\"actor\",\"action\""),
                 content.left(200).constData());
        QVERIFY(content.contains("client.imported") || content.contains("client.created"));
        QVERIFY(content.contains("document.issued"));
        QVERIFY(!content.contains("Beispiel")); // the audit log holds ids, not names

        // A period before the vault existed: the header only.
        const QString past = m_tmp.filePath(QStringLiteral("audit-past.csv"));
        from->setDate(QDate(2001, 1, 1));
        to->setDate(QDate(2001, 12, 31));
        m_boxes.paths.enqueue(past);
        QTest::mouseClick(button, Qt::LeftButton);
        QFile p(past);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QCOMPARE(p.readAll().count('\n'), 1);

        // Start after end: refused, nothing asked, nothing written.
        from->setDate(QDate(2030, 1, 1));
        to->setDate(QDate(2029, 1, 1));
        m_boxes.notices.clear();
        m_boxes.paths.enqueue(m_tmp.filePath(QStringLiteral("never.csv")));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_boxes.notices.size(), 1);
        QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never.csv"))));
        m_boxes.paths.clear();
    }
};

QTEST_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
