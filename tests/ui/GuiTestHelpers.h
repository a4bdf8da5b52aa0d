#pragma once

// Driving real widgets from GUI tests the way a user does: answer the next
// modal dialog from inside its exec(), type, click, edit a table cell.

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

namespace quittance::test {

// Keeps a GUI test out of the real user's files: the data directory (vaults,
// logs, recent vaults) and the QSettings of the app go below `root`, under a
// test organisation and the given application name.
inline void isolateUserFiles(const QString& root, const QString& application) {
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toUtf8());
    const QString config = root + QStringLiteral("/config");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    QCoreApplication::setOrganizationName(QStringLiteral("QuittanceTest"));
    QCoreApplication::setApplicationName(application);
}

// Runs `fn` on the next modal dialog of type T, from inside its exec() loop.
template <typename T>
void onModal(std::function<void(T*)> fn) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fn] {
        if (auto* w = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            QPointer<T> guard(w);
            w->activateWindow();
            QApplication::setActiveWindow(w);
            if (!QTest::qWaitForWindowActive(w))
                qWarning("dialog did not become active");
            fn(w);
            // A failed check returns early: close the dialog so exec() returns.
            if (!guard.isNull())
                QMetaObject::invokeMethod(guard.data(), "reject", Qt::QueuedConnection);
        }
    });
    timer->start();
}

inline void type(QWidget* w, const QString& text) {
    QVERIFY(w);
    w->setFocus();
    QTest::keyClicks(w, text);
}

inline void click(QAbstractButton* b) {
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), qPrintable(b->text()));
    // Radio buttons and check boxes only react on their indicator and text.
    const bool checkable = qobject_cast<QRadioButton*>(b) || qobject_cast<QCheckBox*>(b);
    QTest::mouseClick(b, Qt::LeftButton, {},
                      checkable ? QPoint(6, b->height() / 2) : b->rect().center());
}

// Edits one cell the way a user does: select, F2, replace the text, Enter.
inline void editCell(QTableView* view, int row, int column, const QString& text,
                     const QString& expected = {}) {
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit* editor = nullptr;
    for (auto* candidate : view->viewport()->findChildren<QLineEdit*>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    // Moving to the next cell commits the editor, as Tab does for a user.
    view->setCurrentIndex(view->model()->index(row, (column + 1) % view->model()->columnCount()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(view->model()->index(row, column).data(Qt::EditRole).toString(),
             expected.isEmpty() ? text : expected);
}

} // namespace quittance::test
