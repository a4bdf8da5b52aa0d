#include "ui/ProductDialog.h"
#include "ui/ThemeColors.h"

#include "ui/Format.h"
#include "ui/VaultController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace quittance::ui {

ProductDialog::ProductDialog(VaultController& controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller) {
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(tr("Product"));
    auto* form = new QFormLayout(this);
    auto row = [form](const QString& label, QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        auto* l = new QLabel(label);
        l->setBuddy(w);
        form->addRow(l, w);
    };
    m_name = new QLineEdit;
    row(tr("&Name:"), m_name, "productName");
    m_description = new QLineEdit;
    row(tr("&Description:"), m_description, "productDescription");
    m_unit = new QLineEdit(QStringLiteral("C62"));
    m_unit->setToolTip(tr("UN/ECE Rec 20 unit code: C62 piece, HUR hour, DAY day, KGM kilogram"));
    row(tr("&Unit code:"), m_unit, "productUnit");
    m_price = new QLineEdit;
    m_price->setPlaceholderText(QStringLiteral("0.00"));
    row(tr("Unit &price (net):"), m_price, "productPrice");
    m_category = new QComboBox;
    for (int i = 0; i <= static_cast<int>(domain::TaxCategory::OutsideScope); ++i)
        m_category->addItem(Format::taxCategory(static_cast<domain::TaxCategory>(i)), i);
    row(tr("Tax &category:"), m_category, "productCategory");
    m_rate = new QLineEdit(QStringLiteral("19"));
    row(tr("Tax &rate %:"), m_rate, "productRate");
    m_error = new QLabel;
    ThemeColors::markAsError(m_error);
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProductDialog::setProduct(const domain::Product& p) {
    m_product = p;
    m_isNew = p.uuid.isNull();
    m_name->setText(p.name);
    m_description->setText(p.description);
    m_unit->setText(p.unitCode);
    m_price->setText(p.unitPrice.toString(2));
    m_category->setCurrentIndex(static_cast<int>(p.taxCategory));
    m_rate->setText(p.taxRate.toString());
}

void ProductDialog::accept() {
    domain::Product p = m_product;
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    p.unitCode = m_unit->text().trimmed().toUpper();
    QString price = m_price->text().trimmed();
    price.replace(QLatin1Char(','), QLatin1Char('.'));
    auto d = domain::Decimal::parse(price, QStringLiteral("unitPrice"));
    if (!d) {
        m_error->setText(tr("Unit price: %1").arg(d.error().message));
        return;
    }
    p.unitPrice = *d;
    p.taxCategory = static_cast<domain::TaxCategory>(m_category->currentData().toInt());
    QString rate = m_rate->text().trimmed();
    rate.replace(QLatin1Char(','), QLatin1Char('.'));
    auto r = domain::Decimal::parse(rate.isEmpty() ? QStringLiteral("0") : rate);
    if (!r) {
        m_error->setText(tr("Tax rate: %1").arg(r.error().message));
        return;
    }
    p.taxRate = p.taxCategory == domain::TaxCategory::StandardRate ? *r : domain::Decimal();
    auto stored = m_isNew ? m_controller.products().add(p) : m_controller.products().update(p);
    if (!stored) {
        m_error->setText(stored.error().message);
        return;
    }
    m_product = *stored;
    QDialog::accept();
}

} // namespace quittance::ui
