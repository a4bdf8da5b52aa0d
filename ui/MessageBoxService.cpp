#include "ui/MessageBoxService.h"

#include <QFileDialog>

namespace quittance::ui {

namespace {
MessageBoxService* g_override = nullptr;
} // namespace

QMessageBox::StandardButton MessageBoxService::question(QWidget* parent, const QString& title,
                                                        const QString& text,
                                                        QMessageBox::StandardButtons buttons,
                                                        QMessageBox::StandardButton defaultButton) {
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBoxService::information(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::information(parent, title, text);
}

void MessageBoxService::warning(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

QString MessageBoxService::saveFileName(QWidget* parent, const QString& caption,
                                        const QString& suggested, const QString& filter) {
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString MessageBoxService::openFileName(QWidget* parent, const QString& caption,
                                        const QString& filter) {
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString MessageBoxService::directory(QWidget* parent, const QString& caption,
                                     const QString& start) {
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

MessageBoxService& MessageBoxService::instance() {
    static MessageBoxService fallback;
    return g_override ? *g_override : fallback;
}

void MessageBoxService::setInstance(MessageBoxService* service) {
    g_override = service;
}

} // namespace quittance::ui
