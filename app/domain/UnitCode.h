#pragma once

#include "domain/DocumentLanguage.h"
#include "domain/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace quittance::domain {

// Units of measure from UN/ECE Recommendation 20 (and the package codes of
// Recommendation 21 that EN 16931 allows, such as XPK), as used for the
// invoiced quantity unit (BT-130). Only the codes in Quittance's table are
// accepted; the table covers what freelancers and small businesses bill
// (hours, days, pieces, lengths, weights, volumes, lump sums). Codes are
// case-sensitive, as the standard defines them.
class UnitCode {
public:
    static bool isKnown(QStringView code);
    static Status validate(QStringView code, const QString& field = {});
    // A human-readable name for printing ("hour" / "Stunde"); empty if unknown.
    static QString displayName(QStringView code, DocumentLanguage language);
    // All known codes, sorted.
    static QStringList knownCodes();
};

} // namespace quittance::domain
