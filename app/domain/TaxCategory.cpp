#include "TaxCategory.h"

namespace quittance::domain {

QString taxCategoryCode(TaxCategory category) {
    switch (category) {
    case TaxCategory::StandardRate:
        return QStringLiteral("S");
    case TaxCategory::ZeroRated:
        return QStringLiteral("Z");
    case TaxCategory::Exempt:
        return QStringLiteral("E");
    case TaxCategory::ReverseCharge:
        return QStringLiteral("AE");
    case TaxCategory::IntraCommunitySupply:
        return QStringLiteral("K");
    case TaxCategory::ExportOutsideEu:
        return QStringLiteral("G");
    case TaxCategory::OutsideScope:
        return QStringLiteral("O");
    }
    return QStringLiteral("S");
}

Result<TaxCategory> parseTaxCategory(QStringView code, const QString& field) {
    static constexpr TaxCategory kAll[] = {
        TaxCategory::StandardRate,
        TaxCategory::ZeroRated,
        TaxCategory::Exempt,
        TaxCategory::ReverseCharge,
        TaxCategory::IntraCommunitySupply,
        TaxCategory::ExportOutsideEu,
        TaxCategory::OutsideScope,
    };
    for (const TaxCategory category : kAll) {
        if (code == taxCategoryCode(category))
            return category;
    }
    return fail(
        ErrorCode::InvalidInput,
        QStringLiteral("“%1” is not a tax category; use S, Z, E, AE, K, G or O.").arg(code.left(8)),
        field);
}

Status validateTaxRate(TaxCategory category, Decimal ratePercent, const QString& field) {
    static constexpr Decimal kHundred = Decimal::fromScaled(100 * Decimal::kScale);
    if (category == TaxCategory::StandardRate) {
        if (!ratePercent.isPositive() || ratePercent > kHundred)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("A standard-rated item needs a tax rate above 0 and at "
                                       "most 100 percent."),
                        field);
        return {};
    }
    if (!ratePercent.isZero())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Tax category %1 requires a tax rate of 0.")
                        .arg(taxCategoryCode(category)),
                    field);
    return {};
}

bool taxCategoryHasExemptionReason(TaxCategory category) {
    return category != TaxCategory::StandardRate && category != TaxCategory::ZeroRated;
}

QString defaultExemptionReason(TaxCategory category, DocumentLanguage language) {
    const bool de = language == DocumentLanguage::German;
    switch (category) {
    case TaxCategory::StandardRate:
    case TaxCategory::ZeroRated:
    case TaxCategory::Exempt:
        return {};
    case TaxCategory::ReverseCharge:
        return de ? QStringLiteral("Steuerschuldnerschaft des Leistungsempfängers")
                  : QStringLiteral("Reverse charge");
    case TaxCategory::IntraCommunitySupply:
        return de ? QStringLiteral("Steuerfreie innergemeinschaftliche Lieferung")
                  : QStringLiteral("Intra-community supply");
    case TaxCategory::ExportOutsideEu:
        return de ? QStringLiteral("Steuerfreie Ausfuhrlieferung")
                  : QStringLiteral("Export outside the EU");
    case TaxCategory::OutsideScope:
        return de ? QStringLiteral("Nicht steuerbar") : QStringLiteral("Not subject to VAT");
    }
    return {};
}

QString defaultExemptionReasonCode(TaxCategory category) {
    switch (category) {
    case TaxCategory::ReverseCharge:
        return QStringLiteral("VATEX-EU-AE");
    case TaxCategory::IntraCommunitySupply:
        return QStringLiteral("VATEX-EU-IC");
    case TaxCategory::ExportOutsideEu:
        return QStringLiteral("VATEX-EU-G");
    case TaxCategory::OutsideScope:
        return QStringLiteral("VATEX-EU-O");
    case TaxCategory::StandardRate:
    case TaxCategory::ZeroRated:
    case TaxCategory::Exempt:
        return {};
    }
    return {};
}

} // namespace quittance::domain
