#include "Document.h"

#include "DocumentCalculator.h"
#include "DocumentLifecycle.h"
#include "FieldValidation.h"

namespace quittance::domain {

using namespace fieldvalidation;

namespace {

bool usesCategory(const Document& document, TaxCategory category) {
    for (const DocumentLine& line : document.lines) {
        if (line.taxCategory == category)
            return true;
    }
    for (const AllowanceCharge& item : document.allowancesCharges) {
        if (item.taxCategory == category)
            return true;
    }
    return false;
}

bool usesAnyCategoryBut(const Document& document, TaxCategory category) {
    for (const DocumentLine& line : document.lines) {
        if (line.taxCategory != category)
            return true;
    }
    for (const AllowanceCharge& item : document.allowancesCharges) {
        if (item.taxCategory != category)
            return true;
    }
    return false;
}

} // namespace

Status Document::validate() const {
    if (uuid.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The document has no identifier."),
                    QStringLiteral("uuid"));
    if (!DocumentLifecycle::isStatusAllowed(type, status))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A %1 cannot have the status %2.")
                        .arg(documentTypeCode(type), documentStatusCode(status)),
                    QStringLiteral("status"));
    if (!currency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The document has no currency."),
                    QStringLiteral("currency"));
    if (auto ok = maxLength(number, kMaxNumberLength, QStringLiteral("number"),
                            QStringLiteral("The document number"));
        !ok)
        return ok;
    for (const QChar c : number) {
        if (c.category() == QChar::Other_Control)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The document number contains a control character."),
                        QStringLiteral("number"));
    }
    if (issueDate.isValid() && dueDate.isValid() && dueDate < issueDate)
        return fail(ErrorCode::InvalidInput,
                    type == DocumentType::Quote
                        ? QStringLiteral("The quote cannot expire before it is issued.")
                        : QStringLiteral("The due date cannot be before the issue date."),
                    QStringLiteral("dueDate"));
    const struct {
        const QString* value;
        qsizetype limit;
        const char16_t* field;
        const char16_t* label;
    } texts[] = {
        {&buyerReference, kMaxLineLength, u"buyerReference", u"The buyer reference"},
        {&purchaseOrderNumber, kMaxLineLength, u"purchaseOrderNumber", u"The order number"},
        {&notes, kMaxNotesLength, u"notes", u"The notes"},
        {&paymentTermsText, kMaxDescriptionLength, u"paymentTermsText", u"The payment terms"},
        {&correctedInvoiceNumber, kMaxNumberLength, u"correctedInvoiceNumber",
         u"The corrected invoice number"},
    };
    for (const auto& text : texts) {
        if (auto ok = maxLength(*text.value, text.limit, QString::fromUtf16(text.field),
                                QString::fromUtf16(text.label));
            !ok)
            return ok;
    }
    if (lines.size() > kMaxLines)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A document has at most %1 lines.").arg(kMaxLines),
                    QStringLiteral("lines"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto ok = lines[i].validate(type, currency, QStringLiteral("lines[%1]").arg(i)); !ok)
            return ok;
    }
    if (allowancesCharges.size() > kMaxLines)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("A document has at most %1 allowances and charges.").arg(kMaxLines),
            QStringLiteral("allowancesCharges"));
    for (qsizetype i = 0; i < allowancesCharges.size(); ++i) {
        if (auto ok = allowancesCharges[i].validate(currency,
                                                    QStringLiteral("allowancesCharges[%1]").arg(i));
            !ok)
            return ok;
    }
    for (auto it = exemptionReasons.cbegin(); it != exemptionReasons.cend(); ++it) {
        const QString field = QStringLiteral("exemptionReasons.%1").arg(taxCategoryCode(it.key()));
        if (!taxCategoryHasExemptionReason(it.key()) && !it.value().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("Category %1 has no exemption reason.")
                            .arg(taxCategoryCode(it.key())),
                        field);
        if (auto ok = maxLength(it.value(), kMaxDescriptionLength, field,
                                QStringLiteral("The exemption reason"));
            !ok)
            return ok;
    }
    if (type != DocumentType::CreditNote &&
        (!correctedInvoiceUuid.isNull() || !correctedInvoiceNumber.isEmpty()))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Only a credit note refers to a corrected invoice."),
                    QStringLiteral("correctedInvoiceNumber"));
    if (prepaidAmount) {
        if (prepaidAmount->currency() != currency || prepaidAmount->isNegative())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The prepaid amount must be zero or more, in the document "
                                       "currency."),
                        QStringLiteral("prepaidAmount"));
    }
    if (!payments.isEmpty() && (type == DocumentType::Quote || status == DocumentStatus::Draft))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Payments can only be recorded on issued invoices and credit "
                                   "notes."),
                    QStringLiteral("payments"));
    for (qsizetype i = 0; i < payments.size(); ++i) {
        if (auto ok = payments[i].validate(currency, QStringLiteral("payments[%1]").arg(i)); !ok)
            return ok;
    }
    if (sellerSnapshot) {
        if (auto ok = sellerSnapshot->validate(); !ok) {
            Error error = ok.error();
            error.field = join(QStringLiteral("sellerSnapshot"), error.field);
            return std::unexpected(error);
        }
    }
    if (buyerSnapshot) {
        if (auto ok = buyerSnapshot->validate(); !ok) {
            Error error = ok.error();
            error.field = join(QStringLiteral("buyerSnapshot"), error.field);
            return std::unexpected(error);
        }
    }
    return {};
}

Status Document::validateForIssue() const {
    if (auto ok = validate(); !ok)
        return ok;
    if (number.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The document needs a number."),
                    QStringLiteral("number"));
    if (!issueDate.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The issue date is required."),
                    QStringLiteral("issueDate"));
    if (lines.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The document needs at least one line."),
                    QStringLiteral("lines"));
    if (!sellerSnapshot)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The seller's details are missing; complete the business "
                                   "profile."),
                    QStringLiteral("sellerSnapshot"));
    if (!buyerSnapshot)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The document needs a client."),
                    QStringLiteral("buyerSnapshot"));
    if (type == DocumentType::CreditNote && correctedInvoiceNumber.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A credit note must name the invoice it corrects."),
                    QStringLiteral("correctedInvoiceNumber"));

    const bool smallBusiness = usesSmallBusinessExemption();
    if (type != DocumentType::Quote) {
        const BusinessProfile& seller = *sellerSnapshot;
        if ((smallBusiness || usesAnyCategoryBut(*this, TaxCategory::OutsideScope)) &&
            seller.vatId.isEmpty() && seller.taxNumber.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The seller needs a VAT ID or a tax number on this "
                                       "document."),
                        QStringLiteral("sellerSnapshot.vatId"));
        if (!smallBusiness) {
            if (usesCategory(*this, TaxCategory::Exempt) &&
                exemptionReasons.value(TaxCategory::Exempt).trimmed().isEmpty())
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("Tax-exempt items need an exemption reason (for "
                                           "example the law that exempts them)."),
                            QStringLiteral("exemptionReasons.E"));
            for (const TaxCategory category :
                 {TaxCategory::ReverseCharge, TaxCategory::IntraCommunitySupply}) {
                if (!usesCategory(*this, category))
                    continue;
                if (seller.vatId.isEmpty())
                    return fail(ErrorCode::InvalidInput,
                                QStringLiteral("Category %1 requires the seller's VAT ID.")
                                    .arg(taxCategoryCode(category)),
                                QStringLiteral("sellerSnapshot.vatId"));
                if (buyerSnapshot->vatId.isEmpty())
                    return fail(ErrorCode::InvalidInput,
                                QStringLiteral("Category %1 requires the client's VAT ID.")
                                    .arg(taxCategoryCode(category)),
                                QStringLiteral("buyerSnapshot.vatId"));
            }
        }
    }

    auto totals = DocumentCalculator::calculate(*this, {smallBusiness});
    if (!totals)
        return std::unexpected(totals.error());
    if (totals->grandTotal.isNegative())
        return fail(ErrorCode::InvalidInput,
                    type == DocumentType::Invoice
                        ? QStringLiteral("The invoice total is negative; issue a credit note "
                                         "instead.")
                        : QStringLiteral("The document total cannot be negative."),
                    QStringLiteral("lines"));
    if (totals->amountDue.isNegative())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The prepaid amount exceeds the total."),
                    QStringLiteral("prepaidAmount"));
    if (type != DocumentType::Quote && totals->amountDue.isPositive() && !dueDate.isValid() &&
        paymentTermsText.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Give a due date or payment terms while an amount is due."),
                    QStringLiteral("dueDate"));
    return {};
}

} // namespace quittance::domain
