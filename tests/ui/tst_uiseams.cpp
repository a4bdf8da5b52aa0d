// The test seams themselves: the auto-lock clock and the clipboard guard.

#include "ui/AutoLock.h"
#include "ui/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace quittance::ui;

class TestUiSeams : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void autoLockFiresAfterTimeout() {
        QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        AutoLock lock;
        lock.setClock([&now] { return now; });
        lock.setTimeoutSeconds(600);
        lock.setActive(true);
        QSignalSpy spy(&lock, &AutoLock::idleTimeout);
        now = now.addSecs(599);
        lock.check();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(lock.secondsRemaining(), 1);
        now = now.addSecs(1);
        lock.check();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!lock.isActive());
        lock.check();
        QCOMPARE(spy.count(), 1); // fires once
    }
    void activityResetsIdleTime() {
        QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        AutoLock lock;
        lock.setClock([&now] { return now; });
        lock.setTimeoutSeconds(60);
        lock.setActive(true);
        QSignalSpy spy(&lock, &AutoLock::idleTimeout);
        QWidget w;
        w.show();
        now = now.addSecs(50);
        QTest::keyClick(&w, Qt::Key_A); // input goes through the app-wide filter
        now = now.addSecs(50);
        lock.check();
        QCOMPARE(spy.count(), 0);
        now = now.addSecs(10);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }
    void zeroDisables() {
        AutoLock lock;
        lock.setTimeoutSeconds(0);
        lock.setActive(true);
        QCOMPARE(lock.secondsRemaining(), -1);
    }
    void clipboardClearedWhenUnchanged() {
        ClipboardGuard guard;
        guard.setClearDelayMs(50);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("AAAA-BBBB-CCCC"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("AAAA-BBBB-CCCC"));
        QVERIFY(guard.isPending());
        QTRY_COMPARE(cleared.count(), 1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
    void clipboardKeptWhenUserCopiedSomethingElse() {
        ClipboardGuard guard;
        guard.setClearDelayMs(50);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(QStringLiteral("AAAA-BBBB-CCCC"));
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTRY_VERIFY(!guard.isPending());
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
    }
    void germanTranslationIsEmbedded() {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/quittance_de.qm")));
        QCOMPARE(translator.translate("quittance::ui::MainWindow", "Invoices"),
                 QStringLiteral("Rechnungen"));
    }
    // Every string the UI shows has a German translation (run the
    // quittance_ui_lupdate target after adding strings, then translate them).
    void germanTranslationIsComplete() {
        QFile ts(QStringLiteral(QUITTANCE_SOURCE_DIR "/ui/translations/quittance_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"message") {
                ++messages;
            } else if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const bool open =
                    xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (open || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 500);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral(" | "))));
    }
    void defaultDelayIsThirtySeconds() {
        ClipboardGuard guard;
        QCOMPARE(guard.clearDelayMs(), 30'000);
    }
};

QTEST_MAIN(TestUiSeams)
#include "tst_uiseams.moc"
