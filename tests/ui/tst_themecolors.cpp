// Error and overdue colours follow the palette: readable (WCAG contrast
// >= 4.5:1) on light and dark themes, re-derived when the palette changes.
// The fixed #c62828 used before reaches only about 2.4:1 on a dark window.

#include "ui/DocumentListModel.h"
#include "ui/ThemeColors.h"

#include <QApplication>
#include <QBrush>
#include <QLabel>
#include <QTest>

using namespace quittance;
using ui::ThemeColors;

namespace {

QPalette themed(const QColor& window, const QColor& text) {
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Base, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Text, text);
    return p;
}

} // namespace

class TestThemeColors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readableOnEveryBackground_data() {
        QTest::addColumn<QColor>("background");
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("light grey (Fusion)") << QColor(0xef, 0xef, 0xef);
        QTest::newRow("Breeze dark") << QColor(0x2a, 0x2e, 0x32);
        QTest::newRow("dark grey") << QColor(0x20, 0x20, 0x20);
        QTest::newRow("black") << QColor(Qt::black);
        QTest::newRow("mid grey") << QColor(0x80, 0x80, 0x80);
    }
    void readableOnEveryBackground() {
        QFETCH(QColor, background);
        const QPalette p = themed(background, Qt::gray);
        const QColor error = ThemeColors::error(p);
        QVERIFY2(ThemeColors::contrast(error, background) >= ThemeColors::kMinContrast,
                 qPrintable(error.name() + QStringLiteral(" on ") + background.name()));
        // Still recognisably red (hue near 0), not black or white.
        QVERIFY(error.hslHue() <= 10 || error.hslHue() >= 350);
        QVERIFY(error.hslSaturation() > 100);
        const QColor ok = ThemeColors::color(ThemeColors::Meaning::Success, p);
        QVERIFY(ThemeColors::contrast(ok, background) >= ThemeColors::kMinContrast);
        QVERIFY(ok.hslHue() > 90 && ok.hslHue() < 160);
    }

    void contrastFormula() {
        QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(ThemeColors::contrast(Qt::red, Qt::red), 1.0);
    }

    // A marked label follows a theme switch while it is shown.
    void labelFollowsPaletteChange() {
        const QPalette original = QApplication::palette();
        const QPalette light = themed(Qt::white, Qt::black);
        const QPalette dark = themed(QColor(0x20, 0x20, 0x20), Qt::white);
        QApplication::setPalette(light);
        QWidget window;
        auto& label = *new QLabel(QStringLiteral("error"), &window);
        ThemeColors::markAsError(&label);
        window.show();
        auto textContrast = [&label] {
            return ThemeColors::contrast(label.palette().color(QPalette::WindowText),
                                         label.palette().color(QPalette::Window));
        };
        QVERIFY(textContrast() >= ThemeColors::kMinContrast);
        const QColor onLight = label.palette().color(QPalette::WindowText);
        QApplication::setPalette(dark);
        // Qt delivers the change to top-level widgets through the event loop.
        QTRY_COMPARE(label.palette().color(QPalette::Window), QColor(0x20, 0x20, 0x20));
        QVERIFY(textContrast() >= ThemeColors::kMinContrast);
        QVERIFY(label.palette().color(QPalette::WindowText) != onLight);
        // Unmarked: back to the theme's text colour.
        ThemeColors::markAsError(&label, false);
        QCOMPARE(label.palette().color(QPalette::WindowText), QColor(Qt::white));
        QApplication::setPalette(original);
    }

    // Overdue rows in the document list: readable on the view's base colour
    // of a dark theme.
    void overdueRowsFollowThePalette() {
        const QPalette original = QApplication::palette();
        const QColor darkBase(0x1e, 0x1e, 0x1e);
        QApplication::setPalette(themed(darkBase, Qt::white));
        ui::DocumentListModel model;
        model.setToday(QDate(2026, 3, 15));
        domain::DocumentSummary overdue;
        overdue.type = domain::DocumentType::Invoice;
        overdue.status = domain::DocumentStatus::Sent;
        overdue.dueDate = QDate(2026, 1, 31);
        overdue.currency = QStringLiteral("EUR");
        model.setSource(
            [&overdue](const domain::DocumentFilter&) {
                return std::vector<domain::DocumentSummary>{overdue};
            },
            [](const domain::DocumentFilter&) { return qint64{1}; });
        model.setFilter({});
        QCOMPARE(model.rowCount(), 1);
        const QColor color = model.index(0, ui::DocumentListModel::Number)
                                 .data(Qt::ForegroundRole)
                                 .value<QBrush>()
                                 .color();
        QVERIFY2(ThemeColors::contrast(color, darkBase) >= ThemeColors::kMinContrast,
                 qPrintable(color.name()));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
