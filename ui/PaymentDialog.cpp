#include "ui/PaymentDialog.h"

#include "ui/FieldError.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace quittance::ui {

PaymentDialog::PaymentDialog(const domain::Money& open, QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_open(open)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record payment"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Still open: %1 %2").arg(open.toString(), open.currency().code()));
    intro->setObjectName(QStringLiteral("paymentOpen"));
    form->addRow(intro);
    m_amount = new QLineEdit(open.isPositive() ? open.toString() : QString());
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_method = new QLineEdit(tr("bank transfer"));
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_amountError = FieldError::label(QStringLiteral("paymentAmountError"));
    m_dateError = FieldError::label(QStringLiteral("paymentDateError"));
    m_generalError = FieldError::label(QStringLiteral("paymentError"));
    auto* amountLabel = new QLabel(tr("&Amount (%1):").arg(open.currency().code()));
    amountLabel->setBuddy(m_amount);
    auto* dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);
    auto* methodLabel = new QLabel(tr("&Method:"));
    methodLabel->setBuddy(m_method);
    auto* referenceLabel = new QLabel(tr("&Reference:"));
    referenceLabel->setBuddy(m_reference);
    form->addRow(amountLabel, FieldError::below(m_amount, m_amountError));
    form->addRow(dateLabel, FieldError::below(m_date, m_dateError));
    form->addRow(methodLabel, m_method);
    form->addRow(referenceLabel, m_reference);
    form->addRow(m_generalError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("paymentRecord"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QLineEdit::textEdited, m_amountError, &QLabel::hide);
    m_amount->selectAll();
    m_amount->setFocus();
}

void PaymentDialog::showError(const domain::Error& error) {
    QLabel* label = m_generalError;
    if (error.field.endsWith(QLatin1String("amount")) || error.field == QLatin1String("payments"))
        label = m_amountError;
    else if (error.field.endsWith(QLatin1String("date")))
        label = m_dateError;
    label->setText(error.message);
    label->show();
    if (label == m_amountError) {
        m_amount->setFocus();
        m_amount->selectAll();
    }
}

void PaymentDialog::tryAccept() {
    for (QLabel* l : {m_amountError, m_dateError, m_generalError})
        l->hide();
    QString text = m_amount->text().trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    const auto& currency = m_open.currency();
    auto money = domain::Money::parse(text, currency, QStringLiteral("amount"));
    if (!money) {
        showError({domain::ErrorCode::InvalidInput,
                   tr("Enter the amount as a number, e.g. 120.50."), QStringLiteral("amount")});
        return;
    }
    domain::Payment payment{m_date->date(), *money, m_method->text().trimmed(),
                            m_reference->text().trimmed()};
    if (auto ok = payment.validate(currency, QString()); !ok) {
        showError(ok.error());
        return;
    }
    if (money->minorUnits() > m_open.minorUnits()) {
        showError({domain::ErrorCode::InvalidInput,
                   tr("The payment is larger than the %1 %2 still open.")
                       .arg(m_open.toString(), currency.code()),
                   QStringLiteral("amount")});
        return;
    }
    if (m_submit) {
        if (auto ok = m_submit(payment); !ok) {
            showError(ok.error());
            return;
        }
    }
    m_payment = payment;
    accept();
}

} // namespace quittance::ui
