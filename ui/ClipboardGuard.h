#pragma once

#include <QObject>
#include <QTimer>

namespace quittance::ui {

// The only way secret text reaches the clipboard: on an explicit copy, and
// cleared after a delay (30 s) unless the user has copied something else
// meanwhile. Only a hash of the copied text is kept to recognise it.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    void copySecret(const QString& text);
    void setClearDelayMs(int ms) { m_timer.setInterval(ms); }
    int clearDelayMs() const { return m_timer.interval(); }
    bool isPending() const { return m_timer.isActive(); }
    // Clears now if the clipboard still holds the secret (also on timeout).
    void clearIfUnchanged();

Q_SIGNALS:
    void cleared();

private:
    QTimer m_timer;
    size_t m_hash = 0;
};

} // namespace quittance::ui
