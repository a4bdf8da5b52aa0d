#pragma once

// Pre-answered dialogs for GUI tests: questions get the queued answers (Yes
// by default), file choosers the queued paths, notices are recorded.

#include "ui/MessageBoxService.h"

#include <QQueue>
#include <QStringList>

namespace quittance::test {

class TestMessageBoxService : public ui::MessageBoxService {
public:
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> paths;
    QStringList questions;
    QStringList notices;

    QMessageBox::StandardButton question(QWidget*, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton) override {
        questions.append(title + QStringLiteral(": ") + text);
        return answers.isEmpty() ? QMessageBox::Yes : answers.dequeue();
    }
    void information(QWidget*, const QString& title, const QString& text) override {
        notices.append(title + QStringLiteral(": ") + text);
    }
    void warning(QWidget*, const QString& title, const QString& text) override {
        notices.append(QStringLiteral("WARNING ") + title + QStringLiteral(": ") + text);
    }
    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override {
        return paths.isEmpty() ? QString() : paths.dequeue();
    }
    QString openFileName(QWidget*, const QString&, const QString&) override {
        return paths.isEmpty() ? QString() : paths.dequeue();
    }
    QString directory(QWidget*, const QString&, const QString&) override {
        return paths.isEmpty() ? QString() : paths.dequeue();
    }
};

} // namespace quittance::test
