#pragma once

#include "domain/Client.h"
#include "domain/Document.h"
#include "domain/JsonRecord.h"
#include "domain/Product.h"

#include <QDateTime>
#include <QList>

namespace quittance::domain {

// The content of a whole export file ("quittance-export", format version 1):
// when it was written and every client, product and document, each with its
// optional sync metadata. A plain value; JsonExportCodec reads and writes it.
struct JsonExport {
    static constexpr int kFormatVersion = 1;
    // Clients, products and documents together.
    static constexpr qsizetype kMaxRecords = 200'000;

    QDateTime exportedAt; // UTC
    QList<JsonRecord<Client>> clients;
    QList<JsonRecord<Product>> products;
    QList<JsonRecord<Document>> documents;

    friend bool operator==(const JsonExport&, const JsonExport&) = default;
};

} // namespace quittance::domain
