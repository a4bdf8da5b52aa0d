#include "JsonAddressCodec.h"

#include "JsonObjectReader.h"
#include "JsonObjectWriter.h"

#include <QJsonArray>

namespace quittance::domain {

using Presence = JsonObjectReader::Presence;

QJsonObject JsonAddressCodec::encode(const Address& address) {
    QJsonObject object;
    object.insert(u"lines", QJsonArray::fromStringList(address.lines));
    JsonObjectWriter::text(object, u"postalCode", address.postalCode);
    JsonObjectWriter::text(object, u"city", address.city);
    JsonObjectWriter::text(object, u"country", address.country);
    return object;
}

Result<Address> JsonAddressCodec::decode(const QJsonObject& object, const QString& path) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"lines", u"postalCode", u"city", u"country"});
    Address address;
    address.lines =
        reader.stringList(u"lines", Address::kMaxLines, Presence::Optional).value_or(QStringList());
    address.postalCode = reader.string(u"postalCode", Presence::Optional).value_or(QString());
    address.city = reader.string(u"city", Presence::Optional).value_or(QString());
    address.country = reader.string(u"country", Presence::Optional).value_or(QString());
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    return address;
}

} // namespace quittance::domain
