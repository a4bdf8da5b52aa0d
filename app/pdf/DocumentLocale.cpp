#include "DocumentLocale.h"

#include <QLocale>

#include <array>
#include <utility>

namespace quittance::pdf {

using domain::DocumentLanguage;

namespace {

struct Pair {
    const char16_t* en;
    const char16_t* de;
};

Pair labelText(DocumentLocale::Label label) {
    using L = DocumentLocale::Label;
    switch (label) {
    case L::DraftSuffix:
        return {u"(draft)", u"(Entwurf)"};
    case L::NumberInvoice:
        return {u"Invoice no.", u"Rechnungsnr."};
    case L::NumberCreditNote:
        return {u"Credit note no.", u"Korrektur-Nr."};
    case L::NumberQuote:
        return {u"Quote no.", u"Angebotsnr."};
    case L::IssueDate:
        return {u"Date", u"Datum"};
    case L::DueDate:
        return {u"Due date", u"Fällig am"};
    case L::ValidUntil:
        return {u"Valid until", u"Gültig bis"};
    case L::BuyerReference:
        return {u"Your reference", u"Ihre Referenz"};
    case L::PurchaseOrder:
        return {u"Order no.", u"Bestellnr."};
    case L::CustomerVatId:
        return {u"Your VAT ID", u"Ihre USt-IdNr."};
    case L::CorrectsInvoice:
        return {u"Corrects invoice", u"Zur Rechnung"};
    case L::CorrectionOfInvoice:
        return {u"This credit note corrects invoice %1 of %2.",
                u"Diese Rechnungskorrektur bezieht sich auf die Rechnung %1 vom %2."};
    case L::CorrectionOfInvoiceNoDate:
        return {u"This credit note corrects invoice %1.",
                u"Diese Rechnungskorrektur bezieht sich auf die Rechnung %1."};
    case L::Continued:
        return {u"continued", u"Fortsetzung"};
    case L::ColumnPosition:
        return {u"Pos.", u"Pos."};
    case L::ColumnDescription:
        return {u"Description", u"Beschreibung"};
    case L::ColumnQuantity:
        return {u"Qty", u"Menge"};
    case L::ColumnUnit:
        return {u"Unit", u"Einheit"};
    case L::ColumnUnitPrice:
        return {u"Unit price", u"Einzelpreis"};
    case L::ColumnTaxRate:
        return {u"VAT", u"USt."};
    case L::ColumnAmount:
        return {u"Amount", u"Betrag"};
    case L::LineAllowance:
        return {u"Discount", u"Rabatt"};
    case L::LineCharge:
        return {u"Surcharge", u"Zuschlag"};
    case L::NetTotal:
        return {u"Net total", u"Summe netto"};
    case L::Allowance:
        return {u"Discount", u"Nachlass"};
    case L::Charge:
        return {u"Charge", u"Zuschlag"};
    case L::TaxableAmount:
        return {u"Taxable amount", u"Bemessungsgrundlage"};
    case L::TaxOn:
        return {u"VAT %1 on %2", u"USt. %1 auf %2"};
    case L::TaxOnWith:
        return {u"VAT %1 (%2) on %3", u"USt. %1 (%2) auf %3"};
    case L::Total:
        return {u"Total", u"Gesamtbetrag"};
    case L::TotalCredit:
        return {u"Total credit", u"Korrekturbetrag"};
    case L::Prepaid:
        return {u"Prepaid", u"Anzahlung"};
    case L::Paid:
        return {u"Amount paid", u"Bereits bezahlt"};
    case L::Credited:
        return {u"Credited", u"Gutgeschrieben"};
    case L::AmountDue:
        return {u"Amount due", u"Zahlbetrag"};
    case L::RefundDue:
        return {u"Amount to be refunded", u"Erstattungsbetrag"};
    case L::PaymentHeading:
        return {u"Payment", u"Zahlung"};
    case L::TransferWithDueDate:
        return {u"Please transfer %1 by %2, quoting %3.",
                u"Bitte überweisen Sie %1 bis zum %2 unter Angabe von %3."};
    case L::TransferNoDueDate:
        return {u"Please transfer %1, quoting %2.",
                u"Bitte überweisen Sie %1 unter Angabe von %2."};
    case L::TransferNoReference:
        return {u"Please transfer %1.", u"Bitte überweisen Sie %1."};
    case L::AccountHolder:
        return {u"Account holder", u"Kontoinhaber"};
    case L::Iban:
        return {u"IBAN", u"IBAN"};
    case L::Bic:
        return {u"BIC", u"BIC"};
    case L::ScanToPay:
        return {u"Scan to pay (SEPA)", u"Scannen und bezahlen"};
    case L::NotesHeading:
        return {u"Notes", u"Hinweise"};
    case L::Page:
        return {u"Page %1 of %2", u"Seite %1 von %2"};
    case L::VatId:
        return {u"VAT ID", u"USt-IdNr."};
    case L::TaxNumber:
        return {u"Tax no.", u"Steuernr."};
    case L::Phone:
        return {u"Phone", u"Tel."};
    case L::Email:
        return {u"Email", u"E-Mail"};
    case L::Website:
        return {u"Web", u"Web"};
    }
    return {u"", u""};
}

QString pick(const Pair& pair, DocumentLanguage language) {
    return QString::fromUtf16(language == DocumentLanguage::German ? pair.de : pair.en);
}

struct CountryName {
    const char16_t* code;
    const char16_t* german;
};

// German names of the countries Quittance's users most often bill; others
// fall back to the English name.
constexpr std::array kGermanCountries = {
    CountryName{u"AT", u"Österreich"},
    CountryName{u"BE", u"Belgien"},
    CountryName{u"BG", u"Bulgarien"},
    CountryName{u"CH", u"Schweiz"},
    CountryName{u"CY", u"Zypern"},
    CountryName{u"CZ", u"Tschechien"},
    CountryName{u"DE", u"Deutschland"},
    CountryName{u"DK", u"Dänemark"},
    CountryName{u"EE", u"Estland"},
    CountryName{u"ES", u"Spanien"},
    CountryName{u"FI", u"Finnland"},
    CountryName{u"FR", u"Frankreich"},
    CountryName{u"GB", u"Vereinigtes Königreich"},
    CountryName{u"GR", u"Griechenland"},
    CountryName{u"HR", u"Kroatien"},
    CountryName{u"HU", u"Ungarn"},
    CountryName{u"IE", u"Irland"},
    CountryName{u"IL", u"Israel"},
    CountryName{u"IS", u"Island"},
    CountryName{u"IT", u"Italien"},
    CountryName{u"LI", u"Liechtenstein"},
    CountryName{u"LT", u"Litauen"},
    CountryName{u"LU", u"Luxemburg"},
    CountryName{u"LV", u"Lettland"},
    CountryName{u"MT", u"Malta"},
    CountryName{u"NL", u"Niederlande"},
    CountryName{u"NO", u"Norwegen"},
    CountryName{u"PL", u"Polen"},
    CountryName{u"PT", u"Portugal"},
    CountryName{u"RO", u"Rumänien"},
    CountryName{u"SE", u"Schweden"},
    CountryName{u"SI", u"Slowenien"},
    CountryName{u"SK", u"Slowakei"},
    CountryName{u"TR", u"Türkei"},
    CountryName{u"UA", u"Ukraine"},
    CountryName{u"US", u"Vereinigte Staaten"},
};

const char16_t* kEnglishMonths[] = {u"January",   u"February", u"March",    u"April",
                                    u"May",       u"June",     u"July",     u"August",
                                    u"September", u"October",  u"November", u"December"};

} // namespace

QString DocumentLocale::label(Label label) const {
    return pick(labelText(label), m_language);
}

QString DocumentLocale::documentTitle(domain::DocumentType type) const {
    switch (type) {
    case domain::DocumentType::Invoice:
        return pick({u"Invoice", u"Rechnung"}, m_language);
    case domain::DocumentType::CreditNote:
        // "Gutschrift" would mean self-billing under German VAT law.
        return pick({u"Credit note", u"Rechnungskorrektur"}, m_language);
    case domain::DocumentType::Quote:
        return pick({u"Quote", u"Angebot"}, m_language);
    }
    return {};
}

QString DocumentLocale::taxCategoryName(domain::TaxCategory category) const {
    using domain::TaxCategory;
    switch (category) {
    case TaxCategory::StandardRate:
        return pick({u"standard rate", u"Regelsatz"}, m_language);
    case TaxCategory::ZeroRated:
        return pick({u"zero rated", u"Nullsatz"}, m_language);
    case TaxCategory::Exempt:
        return pick({u"exempt", u"steuerfrei"}, m_language);
    case TaxCategory::ReverseCharge:
        return pick({u"reverse charge", u"Reverse Charge"}, m_language);
    case TaxCategory::IntraCommunitySupply:
        return pick({u"intra-community supply", u"innergem. Lieferung"}, m_language);
    case TaxCategory::ExportOutsideEu:
        return pick({u"export", u"Ausfuhr"}, m_language);
    case TaxCategory::OutsideScope:
        return pick({u"not subject to VAT", u"nicht steuerbar"}, m_language);
    }
    return {};
}

QString DocumentLocale::countryName(QStringView code) const {
    if (m_language == DocumentLanguage::German) {
        for (const auto& entry : kGermanCountries) {
            if (code == QStringView(entry.code))
                return QString::fromUtf16(entry.german);
        }
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code.toString();
    return QLocale::territoryToString(territory);
}

QString DocumentLocale::formatNumberText(QStringView canonical) const {
    const bool de = m_language == DocumentLanguage::German;
    const QChar group = de ? u'.' : u',';
    const QChar point = de ? u',' : u'.';
    QStringView digits = canonical;
    QString out;
    if (digits.startsWith(u'-')) {
        out += u'-';
        digits = digits.mid(1);
    }
    const qsizetype dot = digits.indexOf(u'.');
    const QStringView whole = dot < 0 ? digits : digits.left(dot);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += group;
        out += whole[i];
    }
    if (dot >= 0) {
        out += point;
        out += digits.mid(dot + 1);
    }
    return out;
}

QString DocumentLocale::formatMoney(const domain::Money& amount) const {
    return formatNumberText(amount.toString());
}

QString DocumentLocale::formatMoneyWithCurrency(const domain::Money& amount) const {
    return formatMoney(amount) + u'\u00a0' + amount.currency().code();
}

QString DocumentLocale::formatDecimal(domain::Decimal value, int minFractionDigits) const {
    return formatNumberText(value.toString(minFractionDigits));
}

QString DocumentLocale::formatPercent(domain::Decimal value) const {
    const QString number = formatDecimal(value);
    return m_language == DocumentLanguage::German ? number + QStringLiteral("\u00a0%")
                                                  : number + u'%';
}

QString DocumentLocale::formatDate(const QDate& date) const {
    if (!date.isValid())
        return {};
    if (m_language == DocumentLanguage::German) {
        return QStringLiteral("%1.%2.%3")
            .arg(date.day(), 2, 10, QChar(u'0'))
            .arg(date.month(), 2, 10, QChar(u'0'))
            .arg(date.year(), 4, 10, QChar(u'0'));
    }
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QString::fromUtf16(kEnglishMonths[date.month() - 1]))
        .arg(date.year());
}

} // namespace quittance::pdf
