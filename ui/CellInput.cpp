#include "ui/CellInput.h"

namespace quittance::ui {

domain::Result<domain::Decimal> CellInput::decimal(const QString& text) {
    QString normal = text.trimmed();
    normal.replace(QLatin1Char(','), QLatin1Char('.'));
    auto d = domain::Decimal::parse(normal);
    if (!d)
        return domain::fail(
            domain::ErrorCode::InvalidInput,
            tr("“%1” is not a number (use digits and a decimal point).").arg(text.trimmed()));
    return *d;
}

domain::Result<domain::TaxCategory> CellInput::taxCategory(const QString& text) {
    auto c = domain::parseTaxCategory(text.trimmed().toUpper());
    if (!c)
        return domain::fail(domain::ErrorCode::InvalidInput,
                            tr("Use one of the tax category codes S, Z, E, AE, K, G, O."));
    return *c;
}

} // namespace quittance::ui
