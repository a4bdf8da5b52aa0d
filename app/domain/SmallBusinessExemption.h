#pragma once

#include "domain/DocumentLanguage.h"

#include <QString>

namespace quittance::domain {

// The German small-business exemption (Kleinunternehmerregelung, § 19 UStG),
// a seller setting (BusinessProfile::smallBusinessExemption). While it is on,
// DocumentCalculator treats every line, allowance and charge as exempt (E,
// rate 0, no tax) and gives this legal text as the exemption reason and as the
// notice that must be printed on the document.
class SmallBusinessExemption {
public:
    static QString legalText(DocumentLanguage language);
};

} // namespace quittance::domain
