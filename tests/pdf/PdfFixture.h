#pragma once

// Realistic documents for the PDF tests and the PDF benchmark: a German
// design studio invoicing a Munich client, with snapshots as an issued
// document carries them. Only domain types: no vault needed to render.

#include "domain/Document.h"
#include "domain/DocumentCalculator.h"
#include "pdf/InvoicePdfRenderer.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QUuid>

namespace quittance::test {

inline domain::Decimal pdfDec(const char* text) {
    return *domain::Decimal::parse(QString::fromLatin1(text));
}

inline domain::Currency pdfCurrency(const char* code) {
    return *domain::Currency::fromCode(QString::fromLatin1(code));
}

inline domain::Money pdfMoney(const char* text, const char* code = "EUR") {
    return *domain::Money::parse(QString::fromLatin1(text), pdfCurrency(code));
}

inline domain::BusinessProfile pdfSeller() {
    domain::BusinessProfile p;
    p.legalName = QStringLiteral("Anna Muster Design");
    p.address.lines = {QStringLiteral("Hauptstraße 1")};
    p.address.postalCode = QStringLiteral("10115");
    p.address.city = QStringLiteral("Berlin");
    p.address.country = QStringLiteral("DE");
    p.vatId = QStringLiteral("DE123456789");
    p.taxNumber = QStringLiteral("27/123/45678");
    p.email = QStringLiteral("anna@example.org");
    p.phone = QStringLiteral("+49 30 1234567");
    p.website = QStringLiteral("www.example.org");
    p.iban = QStringLiteral("DE89370400440532013000");
    p.bic = QStringLiteral("COBADEFFXXX");
    p.defaultCurrency = pdfCurrency("EUR");
    p.defaultPaymentTermsDays = 14;
    return p;
}

inline domain::Client pdfBuyer() {
    domain::Client c;
    c.uuid = QUuid(QStringLiteral("{6f1c2a34-9d7e-4b1a-8c55-0a1b2c3d4e5f}"));
    c.name = QStringLiteral("Beispiel GmbH");
    c.contactPerson = QStringLiteral("Buchhaltung, z. Hd. Frau Schmidt");
    c.billingAddress.lines = {QStringLiteral("Marktplatz 5")};
    c.billingAddress.postalCode = QStringLiteral("80331");
    c.billingAddress.city = QStringLiteral("München");
    c.billingAddress.country = QStringLiteral("DE");
    c.vatId = QStringLiteral("DE987654321");
    c.email = QStringLiteral("buchhaltung@example.com");
    c.paymentTermsDays = 30;
    return c;
}

inline domain::DocumentLine
pdfLine(const QString& description, const char* qty, const char* price, const char* rate = "19",
        const char* unit = "HUR",
        domain::TaxCategory category = domain::TaxCategory::StandardRate) {
    domain::DocumentLine l;
    l.description = description;
    l.quantity = pdfDec(qty);
    l.unitCode = QString::fromLatin1(unit);
    l.unitPrice = pdfDec(price);
    l.taxCategory = category;
    l.taxRate = pdfDec(rate);
    return l;
}

// Issued invoice RE-2026-001 of 15 March 2026: 10 h design at 85.00 and a
// print run at 120.00 (7 %): net 970.00, VAT 161.50 + 8.40, total 1,139.90.
inline domain::Document
pdfInvoice(domain::DocumentLanguage language = domain::DocumentLanguage::English) {
    domain::Document d;
    d.uuid = QUuid(QStringLiteral("{0b7e1c52-3f4a-4c2e-9a77-1d2e3f405162}"));
    d.number = QStringLiteral("RE-2026-001");
    d.type = domain::DocumentType::Invoice;
    d.status = domain::DocumentStatus::Issued;
    d.issueDate = QDate(2026, 3, 15);
    d.dueDate = QDate(2026, 3, 29);
    d.currency = pdfCurrency("EUR");
    d.language = language;
    d.buyerReference = QStringLiteral("PO-4711");
    d.clientUuid = pdfBuyer().uuid;
    d.lines = {pdfLine(QStringLiteral("Corporate design: logo, colours and typography for the "
                                      "new brand, including two rounds of revisions"),
                       "10", "85"),
               pdfLine(QStringLiteral("Print run business cards"), "1", "120", "7", "C62")};
    d.paymentTermsText = language == domain::DocumentLanguage::German
                             ? QStringLiteral("Zahlbar innerhalb von 14 Tagen ohne Abzug.")
                             : QStringLiteral("Payable within 14 days without deduction.");
    d.notes = language == domain::DocumentLanguage::German
                  ? QStringLiteral("Vielen Dank für Ihren Auftrag!")
                  : QStringLiteral("Thank you for your business!");
    d.sellerSnapshot = pdfSeller();
    d.buyerSnapshot = pdfBuyer();
    return d;
}

inline domain::DocumentTotals pdfTotals(const domain::Document& d) {
    domain::DocumentCalculator::Options options;
    options.smallBusinessExemption = d.usesSmallBusinessExemption();
    return *domain::DocumentCalculator::calculate(d, options);
}

inline pdf::InvoicePdfRenderer::Input pdfInput(const domain::Document& d, QByteArray logo = {}) {
    pdf::InvoicePdfRenderer::Input in;
    in.document = d;
    in.totals = pdfTotals(d);
    in.logo = std::move(logo);
    return in;
}

// A simple two-colour logo as a PNG, made with QPainter.
inline QByteArray pdfLogoPng(int width = 360, int height = 120) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(4, 4, height - 8, height - 8));
    p.setBrush(QColor(0xe0, 0x8a, 0x1e));
    p.drawRect(QRectF(height + 10, height * 0.3, width - height - 20, height * 0.4));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace quittance::test
