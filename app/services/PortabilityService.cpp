#include "PortabilityService.h"

#include "CatalogService.h"
#include "DocumentService.h"
#include "RecordMeta.h"
#include "domain/Csv.h"
#include "domain/DocumentCalculator.h"
#include "domain/JsonExportCodec.h"
#include "domain/TaxCategory.h"
#include "storage/AtomicFile.h"
#include "storage/AuditLog.h"
#include "storage/EntityCodec.h"
#include "storage/SqlRecordTable.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>

namespace quittance::services {

using domain::Csv;
using domain::ErrorCode;

namespace {

QString money(qint64 minor, const QString& currencyCode) {
    auto currency = domain::Currency::fromCode(currencyCode);
    return currency ? domain::Money::fromMinorUnits(minor, *currency).toString()
                    : QString::number(minor);
}

// Maps header names to column indexes; refuses unknown and duplicate
// columns and missing required ones.
template <typename Preview>
bool mapHeader(const QStringList& header, const QStringList& known, const QStringList& required,
               QHash<QString, qsizetype>& columns, Preview& preview) {
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().toLower();
        if (!known.contains(name)) {
            preview.errors.push_back({1, name.left(40),
                                      QStringLiteral("Unknown column \"%1\"; known: %2.")
                                          .arg(name.left(40), known.join(QStringLiteral(", ")))});
        } else if (columns.contains(name)) {
            preview.errors.push_back(
                {1, name, QStringLiteral("Column \"%1\" appears twice.").arg(name)});
        } else {
            columns.insert(name, i);
        }
    }
    for (const QString& name : required)
        if (!columns.contains(name))
            preview.errors.push_back(
                {1, name, QStringLiteral("Required column \"%1\" is missing.").arg(name)});
    return preview.errors.empty();
}

template <typename Entity>
domain::Result<int> commit(storage::Vault& vault,
                           const PortabilityService::ImportPreview<Entity>& preview,
                           storage::SqlRecordTable::Table table, const QString& noun) {
    if (!preview.canCommit())
        return domain::fail(
            ErrorCode::InvalidInput,
            preview.records.empty()
                ? QStringLiteral("There is nothing to import.")
                : QStringLiteral("Fix the rows with errors first; nothing was imported."),
            QStringLiteral("file"));
    const QString now = storage::AuditLog::timestamp(QDateTime::currentDateTimeUtc());
    auto written = vault.write(
        {QStringLiteral("local"), noun + QStringLiteral(".imported"), noun, QStringLiteral("*"),
         QJsonObject{{QStringLiteral("count"), static_cast<qint64>(preview.records.size())}}},
        [&](storage::Writer& writer) -> domain::Status {
            const storage::SqlRecordTable records(table);
            for (const Entity& entity : preview.records) {
                QByteArray body;
                if constexpr (std::is_same_v<Entity, domain::Client>)
                    body = storage::EntityCodec::encodeClient(entity);
                else
                    body = storage::EntityCodec::encodeProduct(entity);
                if (auto ok = records.insert(writer, {entity.uuid.toString(QUuid::WithoutBraces),
                                                      entity.name, false, body, 1, now});
                    !ok)
                    return ok;
            }
            return {};
        });
    if (!written)
        return std::unexpected(written.error());
    return static_cast<int>(preview.records.size());
}

constexpr int kExportPage = 1000;

// Every record of a catalogue, archived ones included, page by page.
template <typename Entity>
domain::Status collectCatalog(CatalogService<Entity>& service,
                              QList<domain::JsonRecord<Entity>>& out) {
    for (int offset = 0;; offset += kExportPage) {
        auto page = service.list(true, {}, kExportPage, offset);
        if (!page)
            return std::unexpected(page.error());
        for (const auto& entry : *page)
            out.append({entry.entity, RecordMeta::of(entry.version, entry.updatedAt)});
        if (page->size() < static_cast<std::size_t>(kExportPage))
            return {};
    }
}

} // namespace

domain::Result<domain::JsonExport> PortabilityService::collectJson() {
    domain::JsonExport content;
    content.exportedAt = QDateTime::currentDateTimeUtc();
    ClientService clients(m_vault);
    if (auto ok = collectCatalog(clients, content.clients); !ok)
        return std::unexpected(ok.error());
    ProductService products(m_vault);
    if (auto ok = collectCatalog(products, content.products); !ok)
        return std::unexpected(ok.error());
    DocumentService documents(m_vault);
    domain::DocumentFilter all;
    all.sort = domain::DocumentFilter::Sort::IssueDateAsc;
    auto ids = documents.ids(all);
    if (!ids)
        return std::unexpected(ids.error());
    for (const QString& id : *ids) {
        auto entry = documents.get(id);
        if (!entry)
            return std::unexpected(entry.error());
        domain::JsonRecordMeta meta;
        meta.version = entry->version;
        content.documents.append({entry->document, meta});
    }
    return content;
}

domain::Result<PortabilityService::JsonExportData> PortabilityService::encodeJson() {
    auto content = collectJson();
    if (!content)
        return std::unexpected(content.error());
    auto object = domain::JsonExportCodec::encode(*content);
    if (!object)
        return std::unexpected(object.error());
    JsonExportData data;
    data.json = QJsonDocument(*object).toJson(QJsonDocument::Indented);
    data.clients = content->clients.size();
    data.products = content->products.size();
    data.documents = content->documents.size();
    return data;
}

domain::Result<PortabilityService::JsonExportData>
PortabilityService::exportJson(const QString& path) {
    auto data = encodeJson();
    if (!data)
        return data;
    if (auto written = storage::AtomicFile::write(path, data->json); !written)
        return std::unexpected(written.error());
    return data;
}

domain::Status PortabilityService::exportCsv(const QString& directory) {
    if (!QDir().mkpath(directory))
        return domain::fail(ErrorCode::Io, QStringLiteral("Cannot create the output folder."),
                            QStringLiteral("out-dir"));
    const QDir dir(directory);
    QByteArray documents = Csv::row(
        {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("number"),
         QStringLiteral("status"), QStringLiteral("issue_date"), QStringLiteral("due_date"),
         QStringLiteral("currency"), QStringLiteral("client_id"), QStringLiteral("client_name"),
         QStringLiteral("net"), QStringLiteral("tax"), QStringLiteral("gross"),
         QStringLiteral("amount_due"), QStringLiteral("paid"), QStringLiteral("credited"),
         QStringLiteral("open"), QStringLiteral("corrects")});
    QByteArray lines = Csv::row({QStringLiteral("document_id"), QStringLiteral("number"),
                                 QStringLiteral("position"), QStringLiteral("description"),
                                 QStringLiteral("quantity"), QStringLiteral("unit"),
                                 QStringLiteral("unit_price"), QStringLiteral("tax_category"),
                                 QStringLiteral("tax_rate"), QStringLiteral("net")});
    QByteArray payments =
        Csv::row({QStringLiteral("document_id"), QStringLiteral("number"), QStringLiteral("date"),
                  QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("method"),
                  QStringLiteral("reference")});
    DocumentService service(m_vault);
    domain::DocumentFilter filter;
    filter.sort = domain::DocumentFilter::Sort::IssueDateAsc;
    filter.limit = 1000;
    while (true) {
        auto page = service.list(filter);
        if (!page)
            return std::unexpected(page.error());
        if (page->empty())
            break;
        for (const auto& summary : *page) {
            auto entry = service.get(summary.id);
            if (!entry)
                return std::unexpected(entry.error());
            const domain::Document& d = entry->document;
            documents += Csv::row(
                {summary.id, domain::documentTypeCode(d.type), d.number,
                 domain::documentStatusCode(d.status), d.issueDate.toString(Qt::ISODate),
                 d.dueDate.toString(Qt::ISODate), d.currency.code(), summary.clientId,
                 summary.clientName, entry->totals.taxBasisTotal.toString(),
                 entry->totals.taxTotal.toString(), entry->totals.grandTotal.toString(),
                 entry->totals.amountDue.toString(), money(entry->paidMinor, d.currency.code()),
                 money(entry->creditedMinor, d.currency.code()),
                 money(entry->openMinor(), d.currency.code()), d.correctedInvoiceNumber});
            for (qsizetype i = 0; i < d.lines.size(); ++i) {
                const auto& l = d.lines[i];
                lines += Csv::row({summary.id, d.number, QString::number(i + 1), l.description,
                                   l.quantity.toString(), l.unitCode, l.unitPrice.toString(),
                                   domain::taxCategoryCode(l.taxCategory), l.taxRate.toString(),
                                   i < entry->totals.lineNetAmounts.size()
                                       ? entry->totals.lineNetAmounts[i].toString()
                                       : QString()});
            }
            for (const auto& p : d.payments)
                payments +=
                    Csv::row({summary.id, d.number, p.date.toString(Qt::ISODate),
                              p.amount.toString(), d.currency.code(), p.method, p.reference});
        }
        filter.offset += static_cast<int>(page->size());
    }
    QByteArray clients =
        Csv::row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("contact"),
                  QStringLiteral("address"), QStringLiteral("postal_code"), QStringLiteral("city"),
                  QStringLiteral("country"), QStringLiteral("vat_id"), QStringLiteral("email"),
                  QStringLiteral("archived")});
    ClientService clientService(m_vault);
    auto all = clientService.list(true, {}, 100000);
    if (!all)
        return std::unexpected(all.error());
    for (const auto& entry : *all) {
        const auto& c = entry.entity;
        clients +=
            Csv::row({c.uuid.toString(QUuid::WithoutBraces), c.name, c.contactPerson,
                      c.billingAddress.lines.join(QStringLiteral("; ")),
                      c.billingAddress.postalCode, c.billingAddress.city, c.billingAddress.country,
                      c.vatId, c.email, c.archived ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    const QStringList names = csvFileNames();
    const QByteArray* contents[] = {&documents, &lines, &payments, &clients};
    for (qsizetype i = 0; i < names.size(); ++i)
        if (auto ok = storage::AtomicFile::write(dir.filePath(names[i]), *contents[i]); !ok)
            return ok;
    return {};
}

QStringList PortabilityService::csvFileNames() {
    return {QStringLiteral("documents.csv"), QStringLiteral("lines.csv"),
            QStringLiteral("payments.csv"), QStringLiteral("clients.csv")};
}

domain::Status PortabilityService::exportAuditExtract(const QString& path, const QDate& from,
                                                      const QDate& to) {
    if (from.isValid() && to.isValid() && from > to)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("The period needs a start on or before its end."),
                            QStringLiteral("from"));
    QByteArray out =
        Csv::row({QStringLiteral("seq"), QStringLiteral("ts"), QStringLiteral("actor"),
                  QStringLiteral("action"), QStringLiteral("entity_type"),
                  QStringLiteral("entity_id"), QStringLiteral("summary"), QStringLiteral("hash")});
    const QString fromText = from.isValid() ? from.toString(Qt::ISODate) : QString();
    const QString toText = to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QString();
    qint64 after = 0;
    while (true) {
        auto entries = m_vault.auditEntries(after, 5000);
        if (!entries)
            return std::unexpected(entries.error());
        if (entries->empty())
            break;
        for (const auto& e : *entries) {
            after = e.seq;
            if ((!fromText.isEmpty() && e.timestamp < fromText) ||
                (!toText.isEmpty() && e.timestamp >= toText))
                continue;
            out += Csv::row({QString::number(e.seq), e.timestamp, e.actor, e.action, e.entityType,
                             e.entityId, QString::fromUtf8(e.summary),
                             QString::fromLatin1(e.hash.toHex())});
        }
    }
    return storage::AtomicFile::write(path, out);
}

PortabilityService::ImportPreview<domain::Client>
PortabilityService::previewClients(const QByteArray& csv) {
    ImportPreview<domain::Client> preview;
    auto rows = Csv::parse(csv);
    if (!rows) {
        preview.errors.push_back({0, rows.error().field, rows.error().message});
        return preview;
    }
    if (rows->isEmpty()) {
        preview.errors.push_back({0, QStringLiteral("file"), QStringLiteral("The file is empty.")});
        return preview;
    }
    const QStringList known{
        QStringLiteral("name"),       QStringLiteral("contact"),  QStringLiteral("address1"),
        QStringLiteral("address2"),   QStringLiteral("address3"), QStringLiteral("postal_code"),
        QStringLiteral("city"),       QStringLiteral("country"),  QStringLiteral("vat_id"),
        QStringLiteral("email"),      QStringLiteral("currency"), QStringLiteral("language"),
        QStringLiteral("terms_days"), QStringLiteral("notes")};
    QHash<QString, qsizetype> col;
    if (!mapHeader(rows->front(), known, {QStringLiteral("name"), QStringLiteral("country")}, col,
                   preview))
        return preview;
    const auto cell = [&](const QStringList& row, const char* name) {
        const auto it = col.find(QString::fromLatin1(name));
        return it == col.end() ? QString() : row[*it].trimmed();
    };
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList& row = rows->at(r);
        const int rowNumber = static_cast<int>(r + 1);
        domain::Client c;
        c.uuid = QUuid::createUuid();
        c.name = cell(row, "name");
        c.contactPerson = cell(row, "contact");
        for (const char* key : {"address1", "address2", "address3"})
            if (!cell(row, key).isEmpty())
                c.billingAddress.lines.append(cell(row, key));
        c.billingAddress.postalCode = cell(row, "postal_code");
        c.billingAddress.city = cell(row, "city");
        c.billingAddress.country = cell(row, "country").toUpper();
        c.vatId = cell(row, "vat_id");
        c.email = cell(row, "email");
        c.notes = cell(row, "notes");
        bool ok = true;
        if (!cell(row, "currency").isEmpty()) {
            auto currency =
                domain::Currency::fromCode(cell(row, "currency"), QStringLiteral("currency"));
            if (!currency) {
                preview.errors.push_back(
                    {rowNumber, QStringLiteral("currency"), currency.error().message});
                ok = false;
            } else {
                c.defaultCurrency = *currency;
            }
        }
        if (!cell(row, "language").isEmpty()) {
            auto language =
                domain::parseDocumentLanguage(cell(row, "language"), QStringLiteral("language"));
            if (!language) {
                preview.errors.push_back(
                    {rowNumber, QStringLiteral("language"), language.error().message});
                ok = false;
            } else {
                c.language = *language;
            }
        }
        if (!cell(row, "terms_days").isEmpty()) {
            bool number = false;
            const int days = cell(row, "terms_days").toInt(&number);
            if (!number || days < 0 || days > 365) {
                preview.errors.push_back({rowNumber, QStringLiteral("terms_days"),
                                          QStringLiteral("Payment terms must be 0 to 365 days.")});
                ok = false;
            } else {
                c.paymentTermsDays = days;
            }
        }
        if (!ok)
            continue;
        c = c.normalized();
        if (auto valid = c.validate(); !valid) {
            preview.errors.push_back({rowNumber, valid.error().field, valid.error().message});
            continue;
        }
        preview.records.push_back(std::move(c));
    }
    return preview;
}

PortabilityService::ImportPreview<domain::Product>
PortabilityService::previewProducts(const QByteArray& csv) {
    ImportPreview<domain::Product> preview;
    auto rows = Csv::parse(csv);
    if (!rows) {
        preview.errors.push_back({0, rows.error().field, rows.error().message});
        return preview;
    }
    if (rows->isEmpty()) {
        preview.errors.push_back({0, QStringLiteral("file"), QStringLiteral("The file is empty.")});
        return preview;
    }
    const QStringList known{QStringLiteral("name"),         QStringLiteral("description"),
                            QStringLiteral("unit"),         QStringLiteral("unit_price"),
                            QStringLiteral("tax_category"), QStringLiteral("tax_rate")};
    QHash<QString, qsizetype> col;
    if (!mapHeader(rows->front(), known, {QStringLiteral("name"), QStringLiteral("unit_price")},
                   col, preview))
        return preview;
    const auto cell = [&](const QStringList& row, const char* name) {
        const auto it = col.find(QString::fromLatin1(name));
        return it == col.end() ? QString() : row[*it].trimmed();
    };
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList& row = rows->at(r);
        const int rowNumber = static_cast<int>(r + 1);
        domain::Product p;
        p.uuid = QUuid::createUuid();
        p.name = cell(row, "name");
        p.description = cell(row, "description");
        if (!cell(row, "unit").isEmpty())
            p.unitCode = cell(row, "unit").toUpper();
        auto price = domain::Decimal::parse(cell(row, "unit_price"), QStringLiteral("unit_price"));
        if (!price) {
            preview.errors.push_back(
                {rowNumber, QStringLiteral("unit_price"), price.error().message});
            continue;
        }
        p.unitPrice = *price;
        const QString category = cell(row, "tax_category").isEmpty()
                                     ? QStringLiteral("S")
                                     : cell(row, "tax_category").toUpper();
        auto parsedCategory = domain::parseTaxCategory(category, QStringLiteral("tax_category"));
        if (!parsedCategory) {
            preview.errors.push_back(
                {rowNumber, QStringLiteral("tax_category"), parsedCategory.error().message});
            continue;
        }
        p.taxCategory = *parsedCategory;
        auto rate = domain::Decimal::parse(cell(row, "tax_rate").isEmpty() ? QStringLiteral("0")
                                                                           : cell(row, "tax_rate"),
                                           QStringLiteral("tax_rate"));
        if (!rate) {
            preview.errors.push_back({rowNumber, QStringLiteral("tax_rate"), rate.error().message});
            continue;
        }
        p.taxRate = *rate;
        if (auto valid = p.validate(); !valid) {
            preview.errors.push_back({rowNumber, valid.error().field, valid.error().message});
            continue;
        }
        preview.records.push_back(std::move(p));
    }
    return preview;
}

domain::Result<int>
PortabilityService::commitClients(const ImportPreview<domain::Client>& preview) {
    return commit(m_vault, preview, storage::SqlRecordTable::Table::Clients,
                  QStringLiteral("client"));
}

domain::Result<int>
PortabilityService::commitProducts(const ImportPreview<domain::Product>& preview) {
    return commit(m_vault, preview, storage::SqlRecordTable::Table::Products,
                  QStringLiteral("product"));
}

domain::Status PortabilityService::anonymiseClient(const QString& id) {
    ClientService clients(m_vault);
    auto entry = clients.get(id);
    if (!entry)
        return std::unexpected(entry.error());
    DocumentService documents(m_vault);
    domain::DocumentFilter filter;
    filter.clientId = id;
    filter.statuses = {domain::DocumentStatus::Issued,        domain::DocumentStatus::Sent,
                       domain::DocumentStatus::PartiallyPaid, domain::DocumentStatus::Paid,
                       domain::DocumentStatus::Voided,        domain::DocumentStatus::Accepted,
                       domain::DocumentStatus::Declined,      domain::DocumentStatus::Expired};
    auto issued = documents.count(filter);
    if (!issued)
        return std::unexpected(issued.error());
    if (*issued > 0)
        return domain::fail(
            ErrorCode::Conflict,
            QStringLiteral(
                "%1 issued document(s) name this client. Invoices must be kept unchanged for the "
                "legal retention period (in Germany 8 to 10 years, §147 AO); archive the client "
                "instead.")
                .arg(*issued),
            QStringLiteral("id"));
    domain::Client anonymous;
    anonymous.uuid = entry->entity.uuid;
    anonymous.name = QStringLiteral("Anonymised client");
    anonymous.billingAddress.country = entry->entity.billingAddress.country;
    anonymous.archived = true;
    auto written = clients.update(anonymous);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

} // namespace quittance::services
