#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Error.h"

#include <QJsonObject>
#include <QString>

namespace quittance::domain {

// BusinessProfile <-> JSON, used for a document's sellerSnapshot. The logo is
// deliberately not part of the format (a megabyte of base64 in every document
// and sync body): encode() leaves it out and decode() yields an empty logo, so
// the round trip is exact for profiles without a logo and drops the logo
// otherwise. Strict like the other codecs; BusinessProfile::validate() runs
// last and every error is InvalidInput naming the JSON path below `path`.
class JsonBusinessProfileCodec {
public:
    static QJsonObject encode(const BusinessProfile& profile);
    static Result<BusinessProfile> decode(const QJsonObject& object, const QString& path = {});
};

} // namespace quittance::domain
