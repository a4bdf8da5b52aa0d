#include "ui/ProfileForm.h"
#include "ui/ThemeColors.h"

#include "ui/MessageBoxService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quittance::ui {

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent) {
    auto* form = new QFormLayout(this);
    auto addRow = [&](const QString& label, QWidget* field, const QString& key) {
        field->setObjectName(QStringLiteral("profile_") + key);
        auto* box = new QWidget;
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(field);
        v->addWidget(errorFor(key));
        auto* l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, box);
    };
    m_name = new QLineEdit;
    addRow(tr("Business &name:"), m_name, QStringLiteral("legalName"));
    m_street = new QPlainTextEdit;
    m_street->setTabChangesFocus(true);
    m_street->setFixedHeight(m_street->fontMetrics().lineSpacing() * 3 + 12);
    m_street->setPlaceholderText(tr("Street and number (up to three lines)"));
    addRow(tr("&Street:"), m_street, QStringLiteral("address.lines"));
    m_postal = new QLineEdit;
    m_postal->setMaximumWidth(110);
    m_city = new QLineEdit;
    auto* cityRow = new QWidget;
    auto* h = new QHBoxLayout(cityRow);
    h->setContentsMargins(0, 0, 0, 0);
    m_postal->setAccessibleName(tr("Postal code"));
    h->addWidget(m_postal);
    h->addWidget(m_city);
    m_city->setAccessibleName(tr("City"));
    addRow(tr("Postal code, &city:"), cityRow, QStringLiteral("address.city"));
    m_country = new QLineEdit(QStringLiteral("DE"));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(60);
    addRow(tr("Countr&y (ISO code):"), m_country, QStringLiteral("address.country"));
    m_vat = new QLineEdit;
    m_vat->setPlaceholderText(QStringLiteral("DE123456789"));
    addRow(tr("&VAT ID:"), m_vat, QStringLiteral("vatId"));
    m_taxNumber = new QLineEdit;
    addRow(tr("Ta&x number:"), m_taxNumber, QStringLiteral("taxNumber"));
    m_email = new QLineEdit;
    addRow(tr("&Email:"), m_email, QStringLiteral("email"));
    m_iban = new QLineEdit;
    m_iban->setPlaceholderText(QStringLiteral("DE89 3704 0044 0532 0130 00"));
    addRow(tr("&IBAN:"), m_iban, QStringLiteral("iban"));
    m_bic = new QLineEdit;
    addRow(tr("&BIC:"), m_bic, QStringLiteral("bic"));
    m_currency = new QComboBox;
    m_currency->addItems(domain::Currency::knownCodes());
    m_currency->setCurrentText(QStringLiteral("EUR"));
    addRow(tr("C&urrency:"), m_currency, QStringLiteral("defaultCurrency"));
    m_terms = new QSpinBox;
    m_terms->setRange(0, 365);
    m_terms->setValue(14);
    m_terms->setSuffix(tr(" days"));
    addRow(tr("Payment &terms:"), m_terms, QStringLiteral("defaultPaymentTermsDays"));
    m_smallBusiness = new QCheckBox(tr("Small business (§ 19 UStG, no VAT charged)"));
    addRow(QString(), m_smallBusiness, QStringLiteral("smallBusinessExemption"));
    auto* logoRow = new QWidget;
    auto* lh = new QHBoxLayout(logoRow);
    lh->setContentsMargins(0, 0, 0, 0);
    m_logo = new QLabel(tr("No logo"));
    m_logo->setMinimumHeight(40);
    auto* choose = new QPushButton(tr("Choose &logo…"));
    auto* remove = new QPushButton(tr("Remove"));
    lh->addWidget(m_logo, 1);
    lh->addWidget(choose);
    lh->addWidget(remove);
    addRow(tr("Logo:"), logoRow, QStringLiteral("logo"));
    connect(choose, &QPushButton::clicked, this, &ProfileForm::chooseLogo);
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logoBytes.clear();
        updateLogoLabel();
    });
}

QLabel* ProfileForm::errorFor(const QString& field) {
    auto* label = new QLabel;
    ThemeColors::markAsError(label);
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void ProfileForm::chooseLogo() {
    const QString path = MessageBoxService::instance().openFileName(
        this, tr("Choose logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > domain::BusinessProfile::kMaxLogoBytes) {
        showError({domain::ErrorCode::InvalidInput,
                   tr("The logo must be a PNG or JPEG file of at most 1 MiB."),
                   QStringLiteral("logo")});
        return;
    }
    m_logoBytes = file.readAll();
    updateLogoLabel();
}

void ProfileForm::updateLogoLabel() {
    QPixmap pixmap;
    if (!m_logoBytes.isEmpty() && pixmap.loadFromData(m_logoBytes)) {
        m_logo->setPixmap(pixmap.scaledToHeight(40, Qt::SmoothTransformation));
    } else {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    }
}

void ProfileForm::setProfile(const domain::BusinessProfile& p) {
    m_name->setText(p.legalName);
    m_street->setPlainText(p.address.lines.join(QLatin1Char('\n')));
    m_postal->setText(p.address.postalCode);
    m_city->setText(p.address.city);
    m_country->setText(p.address.country);
    m_vat->setText(p.vatId);
    m_taxNumber->setText(p.taxNumber);
    m_email->setText(p.email);
    m_iban->setText(p.iban);
    m_bic->setText(p.bic);
    if (p.defaultCurrency.isValid())
        m_currency->setCurrentText(p.defaultCurrency.code());
    m_terms->setValue(p.defaultPaymentTermsDays);
    m_smallBusiness->setChecked(p.smallBusinessExemption);
    m_logoBytes = p.logo;
    updateLogoLabel();
}

void ProfileForm::clear() {
    setProfile({});
    m_country->setText(QStringLiteral("DE"));
    m_currency->setCurrentText(QStringLiteral("EUR"));
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
}

domain::Result<domain::BusinessProfile> ProfileForm::profile() {
    for (QLabel* l : std::as_const(m_errors))
        l->hide();
    domain::BusinessProfile p;
    p.legalName = m_name->text().trimmed();
    for (const QString& line : m_street->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            p.address.lines.append(line.trimmed());
    }
    p.address.postalCode = m_postal->text().trimmed();
    p.address.city = m_city->text().trimmed();
    p.address.country = m_country->text().trimmed().toUpper();
    p.vatId = m_vat->text().trimmed();
    p.taxNumber = m_taxNumber->text().trimmed();
    p.email = m_email->text().trimmed();
    p.iban = m_iban->text().trimmed();
    p.bic = m_bic->text().trimmed();
    if (auto c = domain::Currency::fromCode(m_currency->currentText()))
        p.defaultCurrency = *c;
    p.defaultPaymentTermsDays = m_terms->value();
    p.smallBusinessExemption = m_smallBusiness->isChecked();
    p.logo = m_logoBytes;
    p = p.normalized();
    if (auto ok = p.validate(); !ok) {
        showError(ok.error());
        return std::unexpected(ok.error());
    }
    return p;
}

void ProfileForm::showError(const domain::Error& error) {
    QString key = error.field;
    if (key.startsWith(QLatin1String("address.lines")))
        key = QStringLiteral("address.lines");
    else if (key.startsWith(QLatin1String("address.postalCode")))
        key = QStringLiteral("address.city");
    QLabel* label = m_errors.value(key);
    if (!label)
        label = m_errors.value(QStringLiteral("legalName"));
    label->setText(error.message);
    label->show();
}

} // namespace quittance::ui
