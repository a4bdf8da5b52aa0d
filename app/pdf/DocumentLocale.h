#pragma once

#include "domain/Decimal.h"
#include "domain/DocumentLanguage.h"
#include "domain/DocumentType.h"
#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace quittance::pdf {

// Labels, number and date formats in the document's language, independent of
// the UI language and of the system locale (tables in code, never QLocale's
// default). Numbers are formatted from the exact decimal text of Money and
// Decimal, never through floating point: English 1,234.56, German 1.234,56.
class DocumentLocale {
public:
    enum class Label {
        DraftSuffix,
        NumberInvoice,
        NumberCreditNote,
        NumberQuote,
        IssueDate,
        DueDate,
        ValidUntil,
        BuyerReference,
        PurchaseOrder,
        CustomerVatId,
        CorrectsInvoice,
        CorrectionOfInvoice, // sentence: "Correction of invoice %1 of %2"
        CorrectionOfInvoiceNoDate,
        Continued,
        ColumnPosition,
        ColumnDescription,
        ColumnQuantity,
        ColumnUnit,
        ColumnUnitPrice,
        ColumnTaxRate,
        ColumnAmount,
        LineAllowance,
        LineCharge,
        NetTotal,
        Allowance,
        Charge,
        TaxableAmount,
        TaxOn,     // "VAT %1 on %2"
        TaxOnWith, // "VAT %1 (%2) on %3"
        Total,
        TotalCredit,
        Prepaid,
        Paid,
        Credited,
        AmountDue,
        RefundDue,
        PaymentHeading,
        TransferWithDueDate, // %1 amount, %2 date, %3 reference
        TransferNoDueDate,   // %1 amount, %2 reference
        TransferNoReference, // %1 amount
        AccountHolder,
        Iban,
        Bic,
        ScanToPay,
        NotesHeading,
        Page, // "Page %1 of %2"
        VatId,
        TaxNumber,
        Phone,
        Email,
        Website,
    };

    explicit DocumentLocale(domain::DocumentLanguage language)
        : m_language(language) {}

    domain::DocumentLanguage language() const { return m_language; }

    QString label(Label label) const;
    // "Invoice", "Rechnung", ...
    QString documentTitle(domain::DocumentType type) const;
    // Short category name for the VAT breakdown ("Exempt", "Steuerfrei").
    QString taxCategoryName(domain::TaxCategory category) const;
    // Country name for an address block; the code itself when unknown.
    QString countryName(QStringView code) const;

    // Grouped digits with the language's separators: "-1234.5" -> "-1,234.5" / "-1.234,5".
    QString formatNumberText(QStringView canonical) const;
    // Exactly the currency's minor digits: EUR 123456 -> "1,234.56".
    QString formatMoney(const domain::Money& amount) const;
    // "1,234.56 EUR".
    QString formatMoneyWithCurrency(const domain::Money& amount) const;
    // At least `minFractionDigits`, all significant digits kept.
    QString formatDecimal(domain::Decimal value, int minFractionDigits = 0) const;
    // "19%" / "19 %".
    QString formatPercent(domain::Decimal value) const;
    // "15 March 2026" / "15.03.2026".
    QString formatDate(const QDate& date) const;

private:
    domain::DocumentLanguage m_language;
};

} // namespace quittance::pdf
