#pragma once

// A vault at the KDF floor with a seller profile and one client, plus
// builders for documents, for the service tests.

#include "TestHelpers.h"
#include "domain/Document.h"
#include "services/CatalogService.h"
#include "services/DocumentService.h"
#include "services/ProfileService.h"
#include "storage/Kdf.h"
#include "storage/Vault.h"

#include <QTemporaryDir>

#include <cstring>
#include <memory>

namespace quittance::test {

inline domain::Decimal dec(const char* text) {
    return *domain::Decimal::parse(QString::fromLatin1(text));
}

inline domain::Currency currency(const char* code) {
    return *domain::Currency::fromCode(QString::fromLatin1(code));
}

inline domain::Money money(const char* text, const char* code = "EUR") {
    return *domain::Money::parse(QString::fromLatin1(text), currency(code));
}

inline domain::BusinessProfile sellerProfile() {
    domain::BusinessProfile p;
    p.legalName = QStringLiteral("Anna Muster Design");
    p.address.lines = {QStringLiteral("Hauptstraße 1")};
    p.address.postalCode = QStringLiteral("10115");
    p.address.city = QStringLiteral("Berlin");
    p.address.country = QStringLiteral("DE");
    p.vatId = QStringLiteral("DE123456789");
    p.email = QStringLiteral("anna@example.org");
    p.iban = QStringLiteral("DE89370400440532013000");
    p.bic = QStringLiteral("COBADEFFXXX");
    p.defaultCurrency = currency("EUR");
    p.defaultPaymentTermsDays = 14;
    return p;
}

inline domain::Client buyer(const QString& name = QStringLiteral("Beispiel GmbH")) {
    domain::Client c;
    c.name = name;
    c.billingAddress.lines = {QStringLiteral("Marktplatz 5")};
    c.billingAddress.postalCode = QStringLiteral("80331");
    c.billingAddress.city = QStringLiteral("München");
    c.billingAddress.country = QStringLiteral("DE");
    c.email = QStringLiteral("buchhaltung@example.com");
    c.paymentTermsDays = 30;
    return c;
}

inline domain::DocumentLine line(const QString& description, const char* qty, const char* price,
                                 const char* rate = "19",
                                 domain::TaxCategory category = domain::TaxCategory::StandardRate) {
    domain::DocumentLine l;
    l.description = description;
    l.quantity = dec(qty);
    l.unitCode = QStringLiteral("HUR");
    l.unitPrice = dec(price);
    l.taxCategory = category;
    l.taxRate = dec(rate);
    return l;
}

struct ServiceFixture {
    QTemporaryDir tmp;
    std::unique_ptr<storage::Vault> vault;
    QDate today{2026, 3, 15};
    std::unique_ptr<services::DocumentService> documents;
    std::unique_ptr<services::ClientService> clients;
    std::unique_ptr<services::ProductService> products;
    std::unique_ptr<services::ProfileService> profiles;
    domain::Client client;

    bool setUp(bool withProfile = true) {
        const char* pass = "fixture passphrase";
        auto created = storage::Vault::create(
            tmp.filePath(QStringLiteral("vault")),
            {reinterpret_cast<const unsigned char*>(pass), std::strlen(pass)},
            storage::Kdf::floor());
        if (!created)
            return false;
        vault = std::move(created->vault);
        documents = std::make_unique<services::DocumentService>(*vault, [this] { return today; });
        clients = std::make_unique<services::ClientService>(*vault);
        products = std::make_unique<services::ProductService>(*vault);
        profiles = std::make_unique<services::ProfileService>(*vault);
        if (withProfile && !profiles->setProfile(sellerProfile()))
            return false;
        auto added = clients->add(buyer());
        if (!added)
            return false;
        client = *added;
        return true;
    }

    domain::Document invoiceDraft(QList<domain::DocumentLine> lines = {}) {
        domain::Document d;
        d.type = domain::DocumentType::Invoice;
        d.currency = currency("EUR");
        d.clientUuid = client.uuid;
        d.lines =
            lines.isEmpty()
                ? QList<domain::DocumentLine>{line(QStringLiteral("Design work"), "10", "85"),
                                              line(QStringLiteral("Printing"), "1", "120", "7")}
                : lines;
        return d;
    }
};

} // namespace quittance::test
