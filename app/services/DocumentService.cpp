#include "DocumentService.h"

#include "NumberingSettings.h"
#include "ProfileService.h"
#include "domain/DocumentCalculator.h"
#include "domain/DocumentLifecycle.h"
#include "storage/AuditLog.h"
#include "storage/EntityCodec.h"
#include "storage/SqlDocumentRepository.h"
#include "storage/SqlRecordTable.h"
#include "storage/SqlSettingsRepository.h"

#include <QUuid>

namespace quittance::services {

using domain::Document;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::ErrorCode;
using storage::SqlDocumentRepository;
using storage::SqlSettingsRepository;

namespace {

QString idOf(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

QString nowStamp() {
    return storage::AuditLog::timestamp(QDateTime::currentDateTimeUtc());
}

domain::Result<std::optional<domain::Client>> findClient(const storage::Reader& reader,
                                                         const QUuid& id) {
    if (id.isNull())
        return std::optional<domain::Client>();
    auto row =
        storage::SqlRecordTable(storage::SqlRecordTable::Table::Clients).find(reader, idOf(id));
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<domain::Client>();
    auto client = storage::EntityCodec::decodeClient((*row)->body);
    if (!client)
        return std::unexpected(client.error());
    client->archived = (*row)->archived;
    return std::optional<domain::Client>(std::move(*client));
}

domain::Result<domain::DocumentTotals> computeTotals(const storage::Reader& reader,
                                                     const Document& document) {
    bool smallBusiness = document.usesSmallBusinessExemption();
    if (!document.sellerSnapshot) {
        auto profile = SqlSettingsRepository::profile(reader);
        if (!profile)
            return std::unexpected(profile.error());
        smallBusiness = *profile && (*profile)->smallBusinessExemption;
    }
    return domain::DocumentCalculator::calculate(
        document, domain::DocumentCalculator::Options{smallBusiness});
}

QJsonObject summaryOf(const Document& document, const domain::DocumentTotals& totals) {
    QJsonObject summary{{QStringLiteral("type"), domain::documentTypeCode(document.type)},
                        {QStringLiteral("status"), domain::documentStatusCode(document.status)},
                        {QStringLiteral("currency"), document.currency.code()},
                        {QStringLiteral("grand_total"), totals.grandTotal.toString()},
                        {QStringLiteral("lines"), static_cast<qint64>(document.lines.size())}};
    if (!document.number.isEmpty())
        summary.insert(QStringLiteral("number"), document.number);
    return summary;
}

} // namespace

DocumentService::DocumentService(storage::Vault& vault, std::function<QDate()> today)
    : m_vault(vault)
    , m_today(std::move(today)) {}

QDate DocumentService::today() const {
    return m_today ? m_today() : QDate::currentDate();
}

domain::Result<DocumentService::Entry> DocumentService::load(const storage::Reader& reader,
                                                             const QString& id) {
    auto stored = SqlDocumentRepository::find(reader, id);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return domain::fail(ErrorCode::NotFound,
                            QStringLiteral("No document with id %1.").arg(id.left(64)),
                            QStringLiteral("id"));
    auto totals = computeTotals(reader, (*stored)->document);
    if (!totals)
        return std::unexpected(totals.error());
    Entry entry{std::move((*stored)->document), std::move(*totals),       (*stored)->version,
                (*stored)->paidMinor,           (*stored)->creditedMinor, false};
    entry.overdue = domain::DocumentLifecycle::isOverdue(entry.document.type, entry.document.status,
                                                         entry.document.dueDate, today());
    return entry;
}

domain::Result<DocumentService::Entry> DocumentService::get(const QString& id) {
    return m_vault.read([&](storage::Reader& reader) { return load(reader, id); });
}

domain::Result<domain::DocumentTotals> DocumentService::totals(const Document& document) {
    return m_vault.read([&](storage::Reader& reader) { return computeTotals(reader, document); });
}

domain::Result<std::vector<domain::DocumentSummary>>
DocumentService::list(const domain::DocumentFilter& filter) {
    return m_vault.read(
        [&](storage::Reader& reader) { return SqlDocumentRepository::list(reader, filter); });
}

domain::Result<qint64> DocumentService::count(const domain::DocumentFilter& filter) {
    return m_vault.read(
        [&](storage::Reader& reader) { return SqlDocumentRepository::count(reader, filter); });
}

domain::Result<std::vector<QString>> DocumentService::ids(const domain::DocumentFilter& filter) {
    return m_vault.read(
        [&](storage::Reader& reader) { return SqlDocumentRepository::ids(reader, filter); });
}

domain::Result<DocumentService::Entry> DocumentService::saveDraft(Document document, bool isNew,
                                                                  const QString& action) {
    if (isNew && document.uuid.isNull())
        document.uuid = QUuid::createUuid();
    if (document.uuid.isNull())
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("The document has no id."),
                            QStringLiteral("id"));
    if (!isNew) {
        // The stored status decides, not the one the caller passes along.
        auto stored = get(document.uuid.toString(QUuid::WithoutBraces));
        if (!stored)
            return stored;
        if (stored->document.status != DocumentStatus::Draft)
            return domain::fail(ErrorCode::Immutable,
                                QStringLiteral("The document is %1; only drafts can be changed. "
                                               "Correct an issued invoice with a credit note.")
                                    .arg(domain::documentStatusCode(stored->document.status)),
                                QStringLiteral("status"));
        document.status = DocumentStatus::Draft;
    }
    if (document.status != DocumentStatus::Draft)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("Only drafts can be created or edited; issue them afterwards."),
            QStringLiteral("status"));
    // A draft carries no number, snapshots or payments: those come with issuing.
    document.number.clear();
    document.sellerSnapshot.reset();
    document.buyerSnapshot.reset();
    document.payments.clear();
    if (auto valid = document.validate(); !valid)
        return std::unexpected(valid.error());
    const QString id = idOf(document.uuid);
    auto written = m_vault.write(
        {QStringLiteral("local"), action, QStringLiteral("document"), id, {}},
        [&](storage::Writer& writer) -> domain::Status {
            auto client = findClient(writer, document.clientUuid);
            if (!client)
                return std::unexpected(client.error());
            if (!document.clientUuid.isNull() && !*client)
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral("No client with id %1.").arg(idOf(document.clientUuid)),
                    QStringLiteral("clientId"));
            auto totals = computeTotals(writer, document);
            if (!totals)
                return std::unexpected(totals.error());
            writer.event().summary = summaryOf(document, *totals);
            const QString clientName = *client ? (*client)->name : QString();
            return isNew ? SqlDocumentRepository::insert(writer, document, *totals, clientName,
                                                         nowStamp())
                         : SqlDocumentRepository::replaceDraft(writer, document, *totals,
                                                               clientName, nowStamp());
        });
    if (!written)
        return std::unexpected(written.error());
    return get(id);
}

domain::Result<Document> DocumentService::newDraft(DocumentType type, const QString& clientId) {
    return m_vault.read([&](storage::Reader& reader) -> domain::Result<Document> {
        Document document;
        document.type = type;
        auto profile = SqlSettingsRepository::profile(reader);
        if (!profile)
            return std::unexpected(profile.error());
        if (*profile)
            document.currency = (*profile)->defaultCurrency;
        auto defaults = ProfileService::documentDefaults(reader);
        if (!defaults)
            return std::unexpected(defaults.error());
        document.language = defaults->language;
        document.paymentTermsText = defaults->paymentTermsText;
        if (!clientId.isEmpty()) {
            const QUuid uuid(clientId);
            auto client = findClient(reader, uuid);
            if (!client)
                return std::unexpected(client.error());
            if (uuid.isNull() || !*client)
                return domain::fail(ErrorCode::NotFound,
                                    QStringLiteral("No client with id %1.").arg(clientId.left(64)),
                                    QStringLiteral("clientId"));
            document.clientUuid = uuid;
            document.language = (*client)->language;
            if ((*client)->defaultCurrency)
                document.currency = *(*client)->defaultCurrency;
        }
        return document;
    });
}

domain::Result<domain::DocumentLine>
DocumentService::lineFromProduct(const QString& productId, domain::Decimal quantity,
                                 const domain::Currency& currency) {
    return m_vault.read([&](storage::Reader& reader) -> domain::Result<domain::DocumentLine> {
        auto row = storage::SqlRecordTable(storage::SqlRecordTable::Table::Products)
                       .find(reader, productId);
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return domain::fail(ErrorCode::NotFound,
                                QStringLiteral("No product with id %1.").arg(productId.left(64)),
                                QStringLiteral("productId"));
        if ((*row)->archived)
            return domain::fail(ErrorCode::InvalidInput, QStringLiteral("The product is archived."),
                                QStringLiteral("productId"));
        auto product = storage::EntityCodec::decodeProduct((*row)->body);
        if (!product)
            return std::unexpected(product.error());
        // Product prices are kept in the business's default currency.
        auto profile = SqlSettingsRepository::profile(reader);
        if (!profile)
            return std::unexpected(profile.error());
        if (*profile && (*profile)->defaultCurrency != currency)
            return domain::fail(
                ErrorCode::InvalidInput,
                QStringLiteral("The product's price is in %1, the document is in %2.")
                    .arg((*profile)->defaultCurrency.code(), currency.code()),
                QStringLiteral("currency"));
        domain::DocumentLine line;
        line.description = product->name;
        line.quantity = quantity;
        line.unitCode = product->unitCode;
        line.unitPrice = product->unitPrice;
        line.taxCategory = product->taxCategory;
        line.taxRate = product->taxRate;
        line.productUuid = product->uuid;
        return line;
    });
}

domain::Result<DocumentService::Entry> DocumentService::createDraft(Document document) {
    return saveDraft(std::move(document), true, QStringLiteral("document.created"));
}

domain::Result<DocumentService::Entry> DocumentService::updateDraft(Document document) {
    return saveDraft(std::move(document), false, QStringLiteral("document.updated"));
}

domain::Status DocumentService::deleteDraft(const QString& id) {
    auto written = m_vault.write(
        {QStringLiteral("local"),
         QStringLiteral("document.deleted"),
         QStringLiteral("document"),
         id,
         {}},
        [&](storage::Writer& writer) { return SqlDocumentRepository::removeDraft(writer, id); });
    if (!written)
        return std::unexpected(written.error());
    return {};
}

domain::Result<DocumentService::Entry>
DocumentService::freeze(const QString& id, DocumentStatus target, const QString& action) {
    auto written = m_vault.write(
        {QStringLiteral("local"), action, QStringLiteral("document"), id, {}},
        [&](storage::Writer& writer) -> domain::Status {
            auto entry = load(writer, id);
            if (!entry)
                return std::unexpected(entry.error());
            Document document = entry->document;
            if (auto allowed = domain::DocumentLifecycle::checkTransition(document.type,
                                                                          document.status, target);
                !allowed)
                return allowed;
            auto profile = SqlSettingsRepository::profile(writer);
            if (!profile)
                return std::unexpected(profile.error());
            if (!*profile)
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral(
                        "Set up the business profile (the seller) before issuing documents."),
                    QStringLiteral("sellerSnapshot"));
            auto client = findClient(writer, document.clientUuid);
            if (!client)
                return std::unexpected(client.error());
            if (!*client)
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral("A document needs a client before it is issued."),
                    QStringLiteral("clientId"));
            if (!document.issueDate.isValid())
                document.issueDate = today();
            if (!document.dueDate.isValid()) {
                const int days =
                    document.type == DocumentType::Quote
                        ? 30
                        : (*client)->paymentTermsDays.value_or((*profile)->defaultPaymentTermsDays);
                document.dueDate = document.issueDate.addDays(days);
            }
            auto numbering = NumberingSettings::load(writer, document.type);
            if (!numbering)
                return std::unexpected(numbering.error());
            auto seq = SqlSettingsRepository::takeNextNumber(
                writer, document.type, numbering->pattern.periodKey(document.issueDate));
            if (!seq)
                return std::unexpected(seq.error());
            auto number = numbering->pattern.format(*seq, document.issueDate, numbering->device);
            if (!number)
                return std::unexpected(number.error());
            document.number = *number;
            document.sellerSnapshot = **profile;
            document.sellerSnapshot->logo
                .clear(); // the logo stays in the profile; snapshots hold text
            document.buyerSnapshot = **client;
            document.status = target;
            if (auto complete = document.validateForIssue(); !complete)
                return complete;
            auto totals = computeTotals(writer, document);
            if (!totals)
                return std::unexpected(totals.error());
            writer.event().summary = summaryOf(document, *totals);
            if (auto saved = SqlDocumentRepository::replaceDraft(writer, document, *totals,
                                                                 (*client)->name, nowStamp());
                !saved)
                return saved;
            if (document.type != DocumentType::CreditNote)
                return {};
            // A credit note reduces what its invoice asks for; crediting all
            // of an unpaid invoice voids it.
            auto invoice = load(writer, idOf(document.correctedInvoiceUuid));
            if (!invoice)
                return domain::fail(ErrorCode::InvalidInput,
                                    QStringLiteral("The corrected invoice does not exist."),
                                    QStringLiteral("correctedInvoiceId"));
            if (invoice->document.type != DocumentType::Invoice ||
                invoice->document.status == DocumentStatus::Draft ||
                invoice->document.status == DocumentStatus::Voided)
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral("A credit note corrects an issued invoice that is not voided."),
                    QStringLiteral("correctedInvoiceId"));
            if (invoice->document.currency != document.currency)
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral("A credit note must use its invoice's currency."),
                    QStringLiteral("currency"));
            const qint64 credited = invoice->creditedMinor + totals->grandTotal.minorUnits();
            if (credited > invoice->totals.grandTotal.minorUnits())
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral(
                        "Credit notes may not credit more than the invoice's total of %1 %2.")
                        .arg(invoice->totals.grandTotal.toString(), document.currency.code()),
                    QStringLiteral("totals.grandTotal"));
            std::optional<DocumentStatus> voided;
            if (credited == invoice->totals.grandTotal.minorUnits() && invoice->paidMinor == 0)
                voided = DocumentStatus::Voided;
            return SqlDocumentRepository::addCredit(writer, idOf(invoice->document.uuid),
                                                    totals->grandTotal.minorUnits(), voided,
                                                    nowStamp());
        });
    if (!written)
        return std::unexpected(written.error());
    return get(id);
}

domain::Result<DocumentService::Entry> DocumentService::issue(const QString& id) {
    auto entry = get(id);
    if (!entry)
        return entry;
    if (entry->document.type == DocumentType::Quote)
        return domain::fail(ErrorCode::InvalidInput, QStringLiteral("Quotes are sent, not issued."),
                            QStringLiteral("type"));
    return freeze(id, DocumentStatus::Issued, QStringLiteral("document.issued"));
}

domain::Result<DocumentService::Entry>
DocumentService::transition(const QString& id, DocumentStatus target, const QString& action) {
    auto written = m_vault.write(
        {QStringLiteral("local"), action, QStringLiteral("document"), id, {}},
        [&](storage::Writer& writer) -> domain::Status {
            auto entry = load(writer, id);
            if (!entry)
                return std::unexpected(entry.error());
            if (auto ok = domain::DocumentLifecycle::checkTransition(
                    entry->document.type, entry->document.status, target);
                !ok)
                return ok;
            writer.event().summary = QJsonObject{
                {QStringLiteral("from"), domain::documentStatusCode(entry->document.status)},
                {QStringLiteral("to"), domain::documentStatusCode(target)},
                {QStringLiteral("number"), entry->document.number}};
            return SqlDocumentRepository::setStatus(writer, id, target, nowStamp());
        });
    if (!written)
        return std::unexpected(written.error());
    return get(id);
}

domain::Result<DocumentService::Entry> DocumentService::markSent(const QString& id) {
    auto entry = get(id);
    if (!entry)
        return entry;
    if (entry->document.type == DocumentType::Quote &&
        entry->document.status == DocumentStatus::Draft)
        return freeze(id, DocumentStatus::Sent, QStringLiteral("quote.sent"));
    return transition(id, DocumentStatus::Sent, QStringLiteral("document.sent"));
}

domain::Result<DocumentService::Entry> DocumentService::acceptQuote(const QString& id) {
    return transition(id, DocumentStatus::Accepted, QStringLiteral("quote.accepted"));
}

domain::Result<DocumentService::Entry> DocumentService::declineQuote(const QString& id) {
    return transition(id, DocumentStatus::Declined, QStringLiteral("quote.declined"));
}

domain::Result<DocumentService::Entry>
DocumentService::recordPayment(const QString& id, const domain::Payment& payment) {
    const QString paymentId = idOf(QUuid::createUuid());
    auto written = m_vault.write(
        {QStringLiteral("local"),
         QStringLiteral("payment.recorded"),
         QStringLiteral("document"),
         id,
         {}},
        [&](storage::Writer& writer) -> domain::Status {
            auto entry = load(writer, id);
            if (!entry)
                return std::unexpected(entry.error());
            const Document& document = entry->document;
            if (document.type != DocumentType::Invoice)
                return domain::fail(ErrorCode::InvalidInput,
                                    QStringLiteral("Payments are recorded on invoices."),
                                    QStringLiteral("type"));
            if (document.status == DocumentStatus::Draft ||
                document.status == DocumentStatus::Voided)
                return domain::fail(
                    ErrorCode::Conflict,
                    QStringLiteral("Payments are recorded only on issued invoices; this one is %1.")
                        .arg(domain::documentStatusCode(document.status)),
                    QStringLiteral("status"));
            if (auto valid = payment.validate(document.currency, QStringLiteral("payment")); !valid)
                return valid;
            // What is still asked for: the amount due less what credit notes took off.
            auto asked = entry->totals.amountDue.subtract(
                domain::Money::fromMinorUnits(entry->creditedMinor, document.currency));
            if (!asked)
                return std::unexpected(asked.error());
            QList<domain::Payment> payments = document.payments;
            payments.append(payment);
            auto status = domain::DocumentLifecycle::statusAfterPayments(
                document.type, document.status, *asked, payments);
            if (!status) {
                if (status.error().field == QStringLiteral("payments"))
                    return domain::fail(
                        ErrorCode::InvalidInput,
                        QStringLiteral("The payment of %1 %2 is larger than the %3 %2 still due.")
                            .arg(payment.amount.toString(), document.currency.code(),
                                 domain::Money::fromMinorUnits(
                                     asked->minorUnits() - entry->paidMinor, document.currency)
                                     .toString()),
                        QStringLiteral("payment.amount"));
                return std::unexpected(status.error());
            }
            writer.event().summary =
                QJsonObject{{QStringLiteral("number"), document.number},
                            {QStringLiteral("amount"), payment.amount.toString()},
                            {QStringLiteral("currency"), document.currency.code()},
                            {QStringLiteral("payment_id"), paymentId}};
            return SqlDocumentRepository::addPayment(writer, id, paymentId, payment, *status,
                                                     nowStamp());
        });
    if (!written)
        return std::unexpected(written.error());
    return get(id);
}

domain::Result<DocumentService::Entry> DocumentService::createCreditNote(const QString& invoiceId) {
    auto invoice = get(invoiceId);
    if (!invoice)
        return invoice;
    const Document& source = invoice->document;
    if (source.type != DocumentType::Invoice || source.status == DocumentStatus::Draft ||
        source.status == DocumentStatus::Voided)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("Only an issued invoice that is not voided can be credited."),
            QStringLiteral("id"));
    Document credit;
    credit.type = DocumentType::CreditNote;
    credit.currency = source.currency;
    credit.language = source.language;
    credit.clientUuid = source.clientUuid;
    credit.buyerReference = source.buyerReference;
    credit.purchaseOrderNumber = source.purchaseOrderNumber;
    credit.lines = source.lines;
    credit.allowancesCharges = source.allowancesCharges;
    credit.exemptionReasons = source.exemptionReasons;
    credit.correctedInvoiceUuid = source.uuid;
    credit.correctedInvoiceNumber = source.number;
    return createDraft(credit);
}

domain::Result<DocumentService::Entry> DocumentService::duplicate(const QString& id) {
    auto source = get(id);
    if (!source)
        return source;
    Document copy = source->document;
    copy.uuid = QUuid();
    copy.status = DocumentStatus::Draft;
    copy.number.clear();
    copy.issueDate = {};
    copy.dueDate = {};
    copy.prepaidAmount.reset();
    return createDraft(copy);
}

domain::Result<DocumentService::Entry> DocumentService::convertQuote(const QString& id) {
    auto quote = get(id);
    if (!quote)
        return quote;
    if (quote->document.type != DocumentType::Quote ||
        quote->document.status != DocumentStatus::Accepted)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Only an accepted quote converts into an invoice."),
                            QStringLiteral("status"));
    Document invoice = quote->document;
    invoice.uuid = QUuid();
    invoice.type = DocumentType::Invoice;
    invoice.status = DocumentStatus::Draft;
    invoice.number.clear();
    invoice.issueDate = {};
    invoice.dueDate = {};
    return createDraft(invoice);
}

} // namespace quittance::services
