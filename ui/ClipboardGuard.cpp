#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHash>

namespace quittance::ui {

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfUnchanged);
}

void ClipboardGuard::copySecret(const QString& text) {
    m_hash = qHash(text);
    QGuiApplication::clipboard()->setText(text);
    m_timer.start();
}

void ClipboardGuard::clearIfUnchanged() {
    m_timer.stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (m_hash != 0 && qHash(clipboard->text()) == m_hash) {
        clipboard->clear();
        Q_EMIT cleared();
    }
    m_hash = 0;
}

} // namespace quittance::ui
