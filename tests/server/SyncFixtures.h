#pragma once

// Clients and documents for the sync tests, built from domain values and
// encoded with the project's codecs, so that every body is one the app sends.

#include "domain/Client.h"
#include "domain/Decimal.h"
#include "domain/Document.h"
#include "domain/JsonClientCodec.h"
#include "domain/JsonDocumentCodec.h"

#include <QJsonDocument>
#include <QUuid>

namespace quittance::test {

inline domain::Client syncClient(const QUuid& id, const QString& name) {
    domain::Client c;
    c.uuid = id;
    c.name = name;
    c.billingAddress.lines = {QStringLiteral("Marktplatz 5")};
    c.billingAddress.postalCode = QStringLiteral("80331");
    c.billingAddress.city = QStringLiteral("München");
    c.billingAddress.country = QStringLiteral("DE");
    c.paymentTermsDays = 30;
    return c;
}

inline domain::BusinessProfile syncSeller() {
    domain::BusinessProfile p;
    p.legalName = QStringLiteral("Anna Muster Design");
    p.address.lines = {QStringLiteral("Hauptstraße 1")};
    p.address.postalCode = QStringLiteral("10115");
    p.address.city = QStringLiteral("Berlin");
    p.address.country = QStringLiteral("DE");
    p.vatId = QStringLiteral("DE123456789");
    p.iban = QStringLiteral("DE89370400440532013000");
    p.defaultCurrency = *domain::Currency::fromCode(QStringLiteral("EUR"));
    p.defaultPaymentTermsDays = 14;
    return p;
}

// A draft (empty number) or, with a number, an issued invoice complete enough to issue.
inline domain::Document syncInvoice(const QUuid& id, const domain::Client& client,
                                    const QString& number = {}, const char* price = "95.50") {
    domain::Document d;
    d.uuid = id;
    d.type = domain::DocumentType::Invoice;
    d.currency = *domain::Currency::fromCode(QStringLiteral("EUR"));
    d.clientUuid = client.uuid;
    domain::DocumentLine l;
    l.description = QStringLiteral("Consulting");
    l.quantity = *domain::Decimal::parse(QStringLiteral("2"));
    l.unitCode = QStringLiteral("HUR");
    l.unitPrice = *domain::Decimal::parse(QString::fromLatin1(price));
    l.taxCategory = domain::TaxCategory::StandardRate;
    l.taxRate = *domain::Decimal::parse(QStringLiteral("19"));
    d.lines = {l};
    d.issueDate = QDate(2026, 3, 1);
    d.dueDate = QDate(2026, 3, 15);
    d.sellerSnapshot = syncSeller();
    d.buyerSnapshot = client;
    if (!number.isEmpty()) {
        d.number = number;
        d.status = domain::DocumentStatus::Issued;
    }
    return d;
}

inline QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray clientJson(const domain::Client& c) {
    return toJson(domain::JsonClientCodec::encode(c));
}

inline QByteArray documentJson(const domain::Document& d) {
    return toJson(*domain::JsonDocumentCodec::encode(d));
}

inline QString idText(const QUuid& id) {
    return id.toString(QUuid::WithoutBraces);
}

} // namespace quittance::test
