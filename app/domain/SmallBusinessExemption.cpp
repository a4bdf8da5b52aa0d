#include "SmallBusinessExemption.h"

namespace quittance::domain {

QString SmallBusinessExemption::legalText(DocumentLanguage language) {
    switch (language) {
    case DocumentLanguage::German:
        return QStringLiteral("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.");
    case DocumentLanguage::English:
        break;
    }
    return QStringLiteral("In accordance with § 19 UStG (German VAT Act, small business "
                          "exemption), no VAT is charged.");
}

} // namespace quittance::domain
