#include "ui/ClientDialog.h"
#include "ui/ThemeColors.h"

#include "ui/VaultController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace quittance::ui {

ClientDialog::ClientDialog(VaultController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("clientDialog"));
    setWindowTitle(tr("Client"));
    auto* form = new QFormLayout(this);
    auto row = [form](const QString& label, QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        auto* l = new QLabel(label);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    m_name = new QLineEdit;
    row(tr("&Name:"), m_name, "clientName");
    m_contact = new QLineEdit;
    row(tr("C&ontact person:"), m_contact, "clientContact");
    m_street = new QPlainTextEdit;
    m_street->setTabChangesFocus(true);
    m_street->setFixedHeight(60);
    row(tr("&Street:"), m_street, "clientStreet");
    m_postal = new QLineEdit;
    row(tr("&Postal code:"), m_postal, "clientPostal");
    m_city = new QLineEdit;
    row(tr("C&ity:"), m_city, "clientCity");
    m_country = new QLineEdit(QStringLiteral("DE"));
    m_country->setMaxLength(2);
    row(tr("Countr&y:"), m_country, "clientCountry");
    m_vat = new QLineEdit;
    row(tr("&VAT ID:"), m_vat, "clientVat");
    m_email = new QLineEdit;
    row(tr("&Email:"), m_email, "clientEmail");
    m_currency = new QComboBox;
    m_currency->addItem(tr("(business default)"), QString());
    for (const QString& code : domain::Currency::knownCodes())
        m_currency->addItem(code, code);
    row(tr("C&urrency:"), m_currency, "clientCurrency");
    m_language = new QComboBox;
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    row(tr("&Language:"), m_language, "clientLanguage");
    m_terms = new QSpinBox;
    m_terms->setRange(-1, 365);
    m_terms->setSpecialValueText(tr("(business default)"));
    m_terms->setValue(-1);
    m_terms->setSuffix(tr(" days"));
    row(tr("Payment &terms:"), m_terms, "clientTerms");
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(60);
    row(tr("N&otes:"), m_notes, "clientNotes");
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("clientError"));
    ThemeColors::markAsError(m_error);
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ClientDialog::setClient(const domain::Client& c) {
    m_client = c;
    m_isNew = c.uuid.isNull();
    m_name->setText(c.name);
    m_contact->setText(c.contactPerson);
    m_street->setPlainText(c.billingAddress.lines.join(QLatin1Char('\n')));
    m_postal->setText(c.billingAddress.postalCode);
    m_city->setText(c.billingAddress.city);
    m_country->setText(c.billingAddress.country);
    m_vat->setText(c.vatId);
    m_email->setText(c.email);
    m_currency->setCurrentIndex(std::max(
        0, m_currency->findData(c.defaultCurrency ? c.defaultCurrency->code() : QString())));
    m_language->setCurrentIndex(m_language->findData(domain::documentLanguageCode(c.language)));
    m_terms->setValue(c.paymentTermsDays.value_or(-1));
    m_notes->setPlainText(c.notes);
}

void ClientDialog::accept() {
    domain::Client c = m_client;
    c.name = m_name->text().trimmed();
    c.contactPerson = m_contact->text().trimmed();
    c.billingAddress.lines.clear();
    for (const QString& line : m_street->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            c.billingAddress.lines.append(line.trimmed());
    }
    c.billingAddress.postalCode = m_postal->text().trimmed();
    c.billingAddress.city = m_city->text().trimmed();
    c.billingAddress.country = m_country->text().trimmed().toUpper();
    c.vatId = m_vat->text().trimmed();
    c.email = m_email->text().trimmed();
    c.defaultCurrency.reset();
    if (auto cur = domain::Currency::fromCode(m_currency->currentData().toString()))
        c.defaultCurrency = *cur;
    if (auto lang = domain::parseDocumentLanguage(m_language->currentData().toString()))
        c.language = *lang;
    c.paymentTermsDays.reset();
    if (m_terms->value() >= 0)
        c.paymentTermsDays = m_terms->value();
    c.notes = m_notes->toPlainText();
    auto stored = m_isNew ? m_controller.clients().add(c) : m_controller.clients().update(c);
    if (!stored) {
        m_error->setText(stored.error().message);
        return;
    }
    m_client = *stored;
    QDialog::accept();
}

} // namespace quittance::ui
