#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Error.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QCheckBox;

namespace quittance::ui {

// The business profile fields (name, address, VAT id, IBAN, currency,
// terms, logo), shared by the first-run wizard and the settings page.
// Errors from BusinessProfile::validate() appear under the field they name.
class ProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget* parent = nullptr);

    void setProfile(const domain::BusinessProfile& profile);
    // The profile as entered, or the first error (also shown in the form).
    domain::Result<domain::BusinessProfile> profile();
    void showError(const domain::Error& error);
    void clear();

private:
    QLabel* errorFor(const QString& field);
    void chooseLogo();
    void updateLogoLabel();

    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_street = nullptr;
    QLineEdit* m_postal = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_vat = nullptr;
    QLineEdit* m_taxNumber = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_iban = nullptr;
    QLineEdit* m_bic = nullptr;
    QComboBox* m_currency = nullptr;
    QSpinBox* m_terms = nullptr;
    QCheckBox* m_smallBusiness = nullptr;
    QLabel* m_logo = nullptr;
    QByteArray m_logoBytes;
    QHash<QString, QLabel*> m_errors;
};

} // namespace quittance::ui
