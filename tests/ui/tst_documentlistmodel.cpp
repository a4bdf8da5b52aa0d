// The paged document model: checked with QAbstractItemModelTester, reads
// only the pages a view touches and keeps a bounded cache.

#include "ui/DocumentListModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace quittance;
using ui::DocumentListModel;

namespace {
struct FakeSource {
    int total = 0;
    int listCalls = 0;
    int countCalls = 0;
    std::vector<domain::DocumentSummary> list(const domain::DocumentFilter& f) {
        ++listCalls;
        std::vector<domain::DocumentSummary> out;
        for (int i = f.offset; i < std::min(total, f.offset + f.limit); ++i) {
            domain::DocumentSummary s;
            s.id = QStringLiteral("id-%1").arg(i);
            s.number = QStringLiteral("RE-%1").arg(i, 6, 10, QLatin1Char('0'));
            s.status = i % 3 == 0 ? domain::DocumentStatus::Sent : domain::DocumentStatus::Paid;
            s.issueDate = QDate(2026, 1, 1);
            s.dueDate = QDate(2026, 1, 15);
            s.currency = QStringLiteral("EUR");
            s.clientName = QStringLiteral("Client %1").arg(i % 7);
            s.grossMinor = 1000 + i;
            s.dueMinor = s.grossMinor;
            s.paidMinor = s.status == domain::DocumentStatus::Paid ? s.grossMinor : 0;
            out.push_back(s);
        }
        return out;
    }
};
} // namespace

class TestDocumentListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelTester() {
        FakeSource src;
        src.total = 250;
        DocumentListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 3, 1));
        model.setSource([&](const auto& f) { return src.list(f); },
                        [&](const auto&) { return qint64{src.total}; });
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), int{DocumentListModel::ColumnCount});
        QCOMPARE(model.index(249, DocumentListModel::Number).data().toString(),
                 QStringLiteral("RE-000249"));
        // Sent and past due: overdue.
        QVERIFY(model.index(0, 0).data(DocumentListModel::OverdueRole).toBool());
        QVERIFY(!model.index(1, 0).data(DocumentListModel::OverdueRole).toBool());
        QCOMPARE(model.index(0, DocumentListModel::Status).data().toString(),
                 QStringLiteral("Overdue"));
        model.sort(DocumentListModel::Number, Qt::AscendingOrder);
        QCOMPARE(model.filter().sort, domain::DocumentFilter::Sort::NumberAsc);
        domain::DocumentFilter f;
        f.text = QStringLiteral("x");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 250);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void readsOnlyVisiblePages() {
        FakeSource src;
        src.total = 100'000;
        DocumentListModel model;
        model.setSource([&](const auto& f) { return src.list(f); },
                        [&](const auto&) { return qint64{src.total}; });
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(model.rowCount(), 100'000);
        QVERIFY2(src.listCalls <= 2, qPrintable(QString::number(src.listCalls)));
        view.scrollToBottom();
        QTest::qWait(20);
        QVERIFY(src.listCalls <= 4);
        QCOMPARE(model.index(99'999, 0).data().toString(), QStringLiteral("RE-099999"));
        for (int page = 0; page < 50; ++page)
            model.index(page * DocumentListModel::kPageSize, 0).data();
        QVERIFY(model.cachedPages() <= DocumentListModel::kMaxPages);
    }
};

QTEST_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
