#pragma once

#include <QString>
#include <QStringView>

namespace quittance::domain {

// Builds the field paths that name a place in a JSON body ("lines[2].quantity",
// "sellerSnapshot.address.city"), in exactly the form the entity validators use
// for their error fields, so one string serves both. Keys that came from input
// are made safe to print: control characters become U+FFFD and keys longer than
// kMaxKeyLength are cut with an ellipsis, so a hostile key never floods a log
// line or a terminal.
class JsonPath {
public:
    static constexpr qsizetype kMaxKeyLength = 64;

    // "parent.key", or "key" at the top level.
    static QString member(const QString& parent, QStringView key);
    // "parent[index]".
    static QString element(const QString& parent, qsizetype index);
    // `key` as it may appear in a path or message.
    static QString displayKey(QStringView key);
    // An entity validator's error field ("lines[0].productUuid") as the JSON
    // path below `prefix` ("documents[3].lines[0].productId"): the entities
    // call their identifiers `uuid`, the JSON format `id` (and `clientId`,
    // `productId`, `correctedInvoiceId`).
    static QString fromEntityField(const QString& prefix, const QString& entityField);
};

} // namespace quittance::domain
