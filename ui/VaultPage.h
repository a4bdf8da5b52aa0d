#pragma once

#include <QWidget>

namespace quittance::ui {

class VaultController;

// A main-window page that shows vault data. reload() reads what it shows
// (on the UI thread in small queries, or through ui/VaultWorker for the
// reports and the dashboard); clear() drops every copy of vault data it
// holds, called when the vault locks.
class VaultPage : public QWidget {
    Q_OBJECT
public:
    explicit VaultPage(VaultController& controller, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_controller(controller) {}

    virtual void reload() = 0;
    virtual void clear() = 0;

protected:
    VaultController& m_controller;
};

} // namespace quittance::ui
