#pragma once

#include "domain/Client.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace quittance::ui {

class VaultController;

// Adds or edits one client; validation errors are shown in the dialog and
// the dialog stays open until the service accepts the client.
class ClientDialog : public QDialog {
    Q_OBJECT
public:
    ClientDialog(VaultController& controller, QWidget* parent = nullptr);

    void setClient(const domain::Client& client);
    const domain::Client& client() const { return m_client; }

    void accept() override;

private:
    VaultController& m_controller;
    domain::Client m_client;
    bool m_isNew = true;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contact = nullptr;
    QPlainTextEdit* m_street = nullptr;
    QLineEdit* m_postal = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_vat = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_currency = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_terms = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace quittance::ui
