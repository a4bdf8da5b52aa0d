#include "ui/Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace quittance::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("quittance::ui::Format", text);
}
} // namespace

QString Format::money(qint64 minor, const QString& currencyCode) {
    auto currency = domain::Currency::fromCode(currencyCode);
    if (!currency)
        return QString::number(minor);
    return money(domain::Money::fromMinorUnits(minor, *currency));
}

QString Format::money(const domain::Money& money) {
    // Money::toString is exact ("1234.56"); group the integer part for reading.
    const QString text = money.toString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString integer = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot);
    const bool negative = integer.startsWith(QLatin1Char('-'));
    if (negative)
        integer.remove(0, 1);
    for (qsizetype i = integer.size() - 3; i > 0; i -= 3)
        integer.insert(i, QChar(0x202F));
    return QStringLiteral("%1%2%3 %4")
        .arg(negative ? QStringLiteral("−") : QString(), integer, fraction,
             money.currency().code());
}

QString Format::status(domain::DocumentStatus status) {
    using S = domain::DocumentStatus;
    switch (status) {
    case S::Draft:
        return tr("Draft");
    case S::Issued:
        return tr("Issued");
    case S::Sent:
        return tr("Sent");
    case S::PartiallyPaid:
        return tr("Partially paid");
    case S::Paid:
        return tr("Paid");
    case S::Voided:
        return tr("Voided");
    case S::Accepted:
        return tr("Accepted");
    case S::Declined:
        return tr("Declined");
    case S::Expired:
        return tr("Expired");
    }
    return {};
}

QString Format::type(domain::DocumentType type) {
    switch (type) {
    case domain::DocumentType::Invoice:
        return tr("Invoice");
    case domain::DocumentType::CreditNote:
        return tr("Credit note");
    case domain::DocumentType::Quote:
        return tr("Quote");
    }
    return {};
}

QString Format::taxCategory(domain::TaxCategory category) {
    using T = domain::TaxCategory;
    switch (category) {
    case T::StandardRate:
        return tr("Standard rate (S)");
    case T::ZeroRated:
        return tr("Zero rated (Z)");
    case T::Exempt:
        return tr("Exempt (E)");
    case T::ReverseCharge:
        return tr("Reverse charge (AE)");
    case T::IntraCommunitySupply:
        return tr("Intra-EU supply (K)");
    case T::ExportOutsideEu:
        return tr("Export (G)");
    case T::OutsideScope:
        return tr("Outside scope (O)");
    }
    return {};
}

QString Format::error(const domain::Error& error) {
    return error.message;
}

QString Format::timestamp(const QString& isoUtc) {
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

} // namespace quittance::ui
