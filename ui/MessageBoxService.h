#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace quittance::ui {

// Every question, notice and file chooser the UI shows goes through this
// interface, so GUI tests can pre-answer them instead of blocking on a modal
// dialog. The default implementation shows the real Qt dialogs; tests
// install their own with setInstance().
class MessageBoxService {
public:
    virtual ~MessageBoxService() = default;

    virtual QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    virtual void information(QWidget* parent, const QString& title, const QString& text);
    virtual void warning(QWidget* parent, const QString& title, const QString& text);
    // An empty string means cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter);
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    virtual QString directory(QWidget* parent, const QString& caption, const QString& start);

    static MessageBoxService& instance();
    // Not owned; nullptr restores the default.
    static void setInstance(MessageBoxService* service);
};

} // namespace quittance::ui
