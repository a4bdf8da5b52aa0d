#pragma once

#include "domain/Address.h"
#include "domain/Error.h"

#include <QJsonObject>
#include <QString>

namespace quittance::domain {

// JSON form of an Address: {"lines": [..], "postalCode", "city", "country"}.
// Only the structure is checked here; what an address must contain depends on
// whose it is and is checked by the owning entity's validate().
class JsonAddressCodec {
public:
    static QJsonObject encode(const Address& address);
    // `path` names the object in errors ("billingAddress").
    static Result<Address> decode(const QJsonObject& object, const QString& path);
};

} // namespace quittance::domain
