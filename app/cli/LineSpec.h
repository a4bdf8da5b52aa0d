#pragma once

#include "domain/Decimal.h"
#include "domain/DocumentLine.h"
#include "domain/Error.h"
#include "domain/Product.h"

#include <QString>
#include <QStringView>
#include <QUuid>

namespace quittance::cli {

// The command-line forms of a document line:
// - `--line "DESCRIPTION|QTY|UNIT|PRICE|CATEGORY|RATE"`: exactly six fields
//   separated by '|', each trimmed; a '|' or '\' inside the description is
//   written "\|" or "\\". QTY, PRICE and RATE are exact decimals (up to six
//   fractional digits, no exponents), UNIT a UN/ECE Rec 20 code (HUR, DAY,
//   C62, ...), CATEGORY a UNCL5305 code (S, Z, E, AE, K, G, O) and RATE the
//   percentage ("19", "7", "0"). Example: "Design work|10|HUR|85.00|S|19".
// - `--product ID[:QTY]`: a line filled from a catalogue product (its name,
//   unit, price, tax category and rate), quantity QTY or 1.
// Only the syntax is checked here; whether the values make a valid line
// (unit known, price >= 0, rate fits the category, quantity sign) is
// DocumentLine::validate()'s business, run by the service. Errors are
// InvalidInput named like the service names the line: "lines[2].quantity".
class LineSpec {
public:
    static constexpr qsizetype kFields = 6;

    struct ProductRef {
        QUuid id;
        domain::Decimal quantity;
    };

    static QString format() { return QStringLiteral("DESCRIPTION|QTY|UNIT|PRICE|CATEGORY|RATE"); }
    // `index` is the line's position in the document (0-based).
    static domain::Result<domain::DocumentLine> parse(QStringView text, qsizetype index);
    static domain::Result<ProductRef> parseProduct(QStringView text, qsizetype index);
    static domain::DocumentLine fromProduct(const domain::Product& product,
                                            domain::Decimal quantity);
};

} // namespace quittance::cli
