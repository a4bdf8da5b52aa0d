#pragma once

#include "domain/Error.h"
#include "domain/Money.h"
#include "domain/Payment.h"

#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace quittance::ui {

// Asks for one payment against an invoice: amount (the open amount is
// proposed), date, method and reference. OK checks the input with the domain
// rules and the open amount, then hands the payment to `submit` (the
// service); an error from either appears next to the field it names and the
// dialog stays open, so nothing is recorded until the input is right.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<domain::Status(const domain::Payment&)>;

    PaymentDialog(const domain::Money& open, QDate today, Submit submit, QWidget* parent = nullptr);

    // The payment recorded when the dialog was accepted.
    const domain::Payment& payment() const { return m_payment; }

public Q_SLOTS:
    void tryAccept();

private:
    void showError(const domain::Error& error);

    domain::Money m_open;
    Submit m_submit;
    domain::Payment m_payment;
    QLineEdit* m_amount = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_method = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_amountError = nullptr;
    QLabel* m_dateError = nullptr;
    QLabel* m_generalError = nullptr;
};

} // namespace quittance::ui
