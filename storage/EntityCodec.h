#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Client.h"
#include "domain/Document.h"
#include "domain/Error.h"
#include "domain/Product.h"

#include <QByteArray>

namespace quittance::storage {

// How entities are stored in `body` columns: their JSON interchange form
// (docs/JSON_FORMAT.md). A document's body leaves out status and payments,
// which live in columns and tables of their own so that an issued
// document's body never changes.
namespace EntityCodec {

QByteArray encodeClient(const domain::Client& client);
domain::Result<domain::Client> decodeClient(const QByteArray& body);
QByteArray encodeProduct(const domain::Product& product);
domain::Result<domain::Product> decodeProduct(const QByteArray& body);
QByteArray encodeProfile(const domain::BusinessProfile& profile); // without the logo
domain::Result<domain::BusinessProfile> decodeProfile(const QByteArray& body);
QByteArray encodeDocumentBody(const domain::Document& document);
domain::Result<domain::Document> decodeDocument(const QByteArray& body,
                                                domain::DocumentStatus status,
                                                const QList<domain::Payment>& payments);

} // namespace EntityCodec

} // namespace quittance::storage
