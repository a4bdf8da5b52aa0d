#include "DocumentPrinter.h"

#include "AmountText.h"
#include "OptionReader.h"
#include "domain/JsonScalar.h"

namespace quittance::cli {

using domain::DocumentStatus;
using domain::DocumentType;
using domain::Money;

namespace {

QString dateText(const QDate& date) {
    return date.isValid() ? domain::JsonScalar::formatDate(date) : QStringLiteral("-");
}

QString rateText(domain::TaxCategory category, domain::Decimal rate) {
    return QStringLiteral("%1 %2 %").arg(domain::taxCategoryCode(category), rate.toString());
}

// A one-line cut of free text for a table cell.
QString cell(const QString& text, qsizetype width) {
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (flat.size() > width)
        flat = flat.left(width - 1) + QStringLiteral("…");
    return flat.leftJustified(width);
}

} // namespace

QString DocumentPrinter::typeName(DocumentType type) {
    switch (type) {
    case DocumentType::CreditNote:
        return QStringLiteral("Credit note");
    case DocumentType::Quote:
        return QStringLiteral("Quote");
    case DocumentType::Invoice:
        break;
    }
    return QStringLiteral("Invoice");
}

Money DocumentPrinter::openAmount(const services::DocumentService::Entry& entry) {
    return Money::fromMinorUnits(entry.totals.amountDue.minorUnits() - entry.paidMinor -
                                     entry.creditedMinor,
                                 entry.document.currency);
}

void DocumentPrinter::print(QTextStream& out, const services::DocumentService::Entry& entry,
                            const QString& clientName) {
    const domain::Document& d = entry.document;
    const domain::DocumentTotals& t = entry.totals;
    const QString code = d.currency.code();

    QString status = domain::documentStatusCode(d.status);
    if (entry.overdue)
        status += QStringLiteral(", overdue");
    out << typeName(d.type) << ' '
        << (d.number.isEmpty() ? QStringLiteral("(draft, no number yet)") : d.number) << "  ["
        << status << "]\n";
    const auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            out << QStringLiteral("  ") << (label + QLatin1Char(':')).leftJustified(15) << value
                << '\n';
    };
    row(QStringLiteral("Id"), OptionReader::idText(d.uuid));
    const QString buyer = d.buyerSnapshot ? d.buyerSnapshot->name : clientName;
    if (!d.clientUuid.isNull())
        row(QStringLiteral("Client"),
            QStringLiteral("%1 (%2)").arg(buyer, OptionReader::idText(d.clientUuid)).trimmed());
    else
        row(QStringLiteral("Client"), QStringLiteral("(none yet)"));
    row(QStringLiteral("Issue date"), dateText(d.issueDate));
    row(d.type == DocumentType::Quote ? QStringLiteral("Valid until") : QStringLiteral("Due date"),
        dateText(d.dueDate));
    row(QStringLiteral("Currency"), code);
    row(QStringLiteral("Language"), domain::documentLanguageCode(d.language));
    row(QStringLiteral("Buyer ref."), d.buyerReference);
    row(QStringLiteral("Order no."), d.purchaseOrderNumber);
    if (d.type == DocumentType::CreditNote)
        row(QStringLiteral("Corrects"),
            QStringLiteral("%1 (%2)").arg(d.correctedInvoiceNumber,
                                          OptionReader::idText(d.correctedInvoiceUuid)));

    out << "\n  " << QStringLiteral("#").rightJustified(3) << "  "
        << cell(QStringLiteral("Description"), 34) << "  "
        << QStringLiteral("Quantity").rightJustified(10) << "  "
        << QStringLiteral("Unit").leftJustified(4) << "  "
        << QStringLiteral("Unit price").rightJustified(12) << "  "
        << QStringLiteral("VAT").leftJustified(9) << "  "
        << QStringLiteral("Net").rightJustified(12) << '\n';
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const domain::DocumentLine& line = d.lines[i];
        const QString net =
            i < t.lineNetAmounts.size() ? t.lineNetAmounts[i].toString() : QString();
        out << "  " << QString::number(i + 1).rightJustified(3) << "  "
            << cell(line.description, 34) << "  " << line.quantity.toString().rightJustified(10)
            << "  " << line.unitCode.leftJustified(4) << "  "
            << line.unitPrice.toString(2).rightJustified(12) << "  "
            << rateText(line.taxCategory, line.taxRate).leftJustified(9) << "  "
            << net.rightJustified(12) << '\n';
    }
    if (d.lines.isEmpty())
        out << QStringLiteral("  (no lines yet)\n");
    for (const domain::AllowanceCharge& item : d.allowancesCharges)
        out << "  "
            << (item.isCharge() ? QStringLiteral("Charge: ") : QStringLiteral("Allowance: "))
            << item.reason << "  " << (item.isCharge() ? QString() : QStringLiteral("-"))
            << item.amount.toString() << "  " << rateText(item.taxCategory, item.taxRate) << '\n';

    out << '\n';
    const auto amount = [&](const QString& label, const Money& money) {
        out << "  " << label.leftJustified(34) << money.toString().rightJustified(14) << ' ' << code
            << '\n';
    };
    amount(QStringLiteral("Line net total"), t.lineNetTotal);
    if (!t.allowanceTotal.isZero())
        amount(QStringLiteral("Allowances"), t.allowanceTotal);
    if (!t.chargeTotal.isZero())
        amount(QStringLiteral("Charges"), t.chargeTotal);
    amount(QStringLiteral("Tax basis"), t.taxBasisTotal);
    for (const domain::TaxBreakdown& group : t.breakdown) {
        amount(
            QStringLiteral("VAT %1 on %2")
                .arg(rateText(group.category, group.ratePercent), group.taxableAmount.toString()),
            group.taxAmount);
        if (!group.exemptionReason.isEmpty())
            out << QStringLiteral("    ") << group.exemptionReason << '\n';
    }
    amount(QStringLiteral("Tax total"), t.taxTotal);
    amount(QStringLiteral("Grand total"), t.grandTotal);
    if (!t.prepaidAmount.isZero())
        amount(QStringLiteral("Prepaid"), t.prepaidAmount);
    amount(QStringLiteral("Amount due"), t.amountDue);
    if (d.type != DocumentType::Quote && d.status != DocumentStatus::Draft) {
        amount(QStringLiteral("Paid"), Money::fromMinorUnits(entry.paidMinor, d.currency));
        if (entry.creditedMinor != 0)
            amount(QStringLiteral("Credited"),
                   Money::fromMinorUnits(entry.creditedMinor, d.currency));
        amount(QStringLiteral("Open"), openAmount(entry));
    }
    if (!t.legalNotice.isEmpty())
        out << "\n  " << t.legalNotice << '\n';

    if (!d.payments.isEmpty()) {
        out << QStringLiteral("\nPayments:\n");
        for (const domain::Payment& payment : d.payments) {
            QStringList parts{dateText(payment.date),
                              payment.amount.toString().rightJustified(14) + u' ' + code};
            if (!payment.method.isEmpty())
                parts << payment.method;
            if (!payment.reference.isEmpty())
                parts << payment.reference;
            out << "  " << parts.join(QStringLiteral("  ")) << '\n';
        }
    }
    if (!d.paymentTermsText.isEmpty())
        out << QStringLiteral("\nPayment terms: ") << d.paymentTermsText << '\n';
    if (!d.notes.isEmpty())
        out << QStringLiteral("\nNotes:\n") << d.notes << '\n';
}

void DocumentPrinter::printList(QTextStream& out,
                                const std::vector<domain::DocumentSummary>& rows) {
    if (rows.empty()) {
        out << QStringLiteral("No documents.\n");
        return;
    }
    out << cell(QStringLiteral("Number"), 16) << "  " << cell(QStringLiteral("Type"), 11) << "  "
        << cell(QStringLiteral("Status"), 14) << "  " << cell(QStringLiteral("Issued"), 10) << "  "
        << cell(QStringLiteral("Due"), 10) << "  " << cell(QStringLiteral("Client"), 24) << "  "
        << QStringLiteral("Total").rightJustified(12) << "  "
        << QStringLiteral("Open").rightJustified(12) << "      " << QStringLiteral("Id") << '\n';
    for (const domain::DocumentSummary& row : rows) {
        out << cell(row.number.isEmpty() ? QStringLiteral("(draft)") : row.number, 16) << "  "
            << cell(domain::documentTypeCode(row.type), 11) << "  "
            << cell(domain::documentStatusCode(row.status), 14) << "  "
            << cell(dateText(row.issueDate), 10) << "  " << cell(dateText(row.dueDate), 10) << "  "
            << cell(row.clientName, 24) << "  "
            << AmountText::format(row.grossMinor, row.currency).rightJustified(12) << "  "
            << AmountText::format(row.openMinor(), row.currency).rightJustified(12) << ' '
            << row.currency.leftJustified(3) << "  " << row.id << '\n';
    }
}

QJsonObject DocumentPrinter::summaryJson(const domain::DocumentSummary& row) {
    QJsonObject object{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("type"), domain::documentTypeCode(row.type)},
        {QStringLiteral("status"), domain::documentStatusCode(row.status)},
        {QStringLiteral("currency"), row.currency},
        {QStringLiteral("clientName"), row.clientName},
        {QStringLiteral("grandTotal"), AmountText::format(row.grossMinor, row.currency)},
        {QStringLiteral("amountDue"), AmountText::format(row.dueMinor, row.currency)},
        {QStringLiteral("paidAmount"), AmountText::format(row.paidMinor, row.currency)},
        {QStringLiteral("creditedAmount"), AmountText::format(row.creditedMinor, row.currency)},
        {QStringLiteral("outstanding"), AmountText::format(row.openMinor(), row.currency)}};
    if (!row.number.isEmpty())
        object.insert(QStringLiteral("number"), row.number);
    if (row.issueDate.isValid())
        object.insert(QStringLiteral("issueDate"), domain::JsonScalar::formatDate(row.issueDate));
    if (row.dueDate.isValid())
        object.insert(QStringLiteral("dueDate"), domain::JsonScalar::formatDate(row.dueDate));
    if (!row.clientId.isEmpty())
        object.insert(QStringLiteral("clientId"), row.clientId);
    return object;
}

} // namespace quittance::cli
