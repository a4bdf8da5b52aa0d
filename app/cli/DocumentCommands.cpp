#include "DocumentCommands.h"

#include "services/PdfService.h"

#include "DocumentPrinter.h"
#include "InputFile.h"
#include "LineSpec.h"
#include "OptionReader.h"
#include "domain/JsonDocumentCodec.h"
#include "domain/JsonParser.h"

#include <QJsonArray>

namespace quittance::cli {

using domain::Document;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::ErrorCode;
using Entry = services::DocumentService::Entry;

namespace {

// The options that describe a draft (create and edit).
QList<QStringView> documentOptions() {
    return {u"client", u"currency",   u"issue-date", u"due-date", u"buyer-reference", u"po",
            u"notes",  u"terms-text", u"language",   u"line",     u"product"};
}

bool anyOf(const CommandLine& line, const QList<QStringView>& names) {
    for (const QStringView name : names) {
        if (line.has(name.toString()))
            return true;
    }
    return false;
}

domain::Result<DocumentStatus> statusFor(QStringView code) {
    return domain::parseDocumentStatus(code, QStringLiteral("status"));
}

domain::Result<DocumentType> typeFor(QStringView code) {
    return domain::parseDocumentType(code, QStringLiteral("type"));
}

// A comma-separated list of codes ("issued,sent").
template <typename T>
domain::Result<QList<T>> codeList(const QString& text, domain::Result<T> (*parse)(QStringView),
                                  const QString& option) {
    QList<T> out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        auto value = parse(part.trimmed());
        if (!value) {
            domain::Error error = value.error();
            error.message = QStringLiteral("--%1: %2").arg(option, error.message);
            error.field = option;
            return std::unexpected(error);
        }
        out.append(*value);
    }
    return out;
}

domain::Result<domain::DocumentFilter::Sort> sortFor(const QString& text) {
    using Sort = domain::DocumentFilter::Sort;
    static const std::pair<const char16_t*, Sort> table[] = {
        {u"date-desc", Sort::IssueDateDesc}, {u"date", Sort::IssueDateAsc},
        {u"number", Sort::NumberAsc},        {u"number-desc", Sort::NumberDesc},
        {u"total-desc", Sort::TotalDesc},    {u"client", Sort::ClientAsc},
    };
    for (const auto& [name, sort] : table) {
        if (text == QStringView(name))
            return sort;
    }
    return domain::fail(ErrorCode::InvalidInput,
                        QStringLiteral("--sort must be one of date-desc, date, number, "
                                       "number-desc, total-desc, client."),
                        QStringLiteral("sort"));
}

// A JSON document record from a file or standard input; a record without an
// id gets `id`, one with another id is refused.
domain::Result<Document> readDocument(const QString& path, const QUuid& id, bool idMustMatch) {
    auto object = InputFile::readRecord(path, QStringLiteral("file"));
    if (!object)
        return std::unexpected(object.error());
    if (!object->contains(QStringLiteral("id")))
        object->insert(QStringLiteral("id"), OptionReader::idText(id));
    auto record = domain::JsonDocumentCodec::decode(*object);
    if (!record)
        return std::unexpected(record.error());
    if (idMustMatch && record->value.uuid != id)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The file describes document %1, not %2.")
                .arg(OptionReader::idText(record->value.uuid), OptionReader::idText(id)),
            QStringLiteral("id"));
    return record->value;
}

} // namespace

services::DocumentService DocumentCommands::documentService(const QDate& today) {
    return services::DocumentService(m_cx.vault(), [today] { return today; });
}

domain::Result<QUuid> DocumentCommands::idArgument() const {
    return OptionReader::parseId(m_cx.line().words.value(2), QStringLiteral("id"));
}

ExitCode DocumentCommands::invoice() {
    const QString action = m_cx.line().words.value(1);
    if (action == QStringLiteral("create"))
        return create(DocumentType::Invoice);
    if (action == QStringLiteral("import"))
        return import();
    if (action == QStringLiteral("list"))
        return list(std::nullopt);
    if (action == QStringLiteral("show"))
        return show();
    if (action == QStringLiteral("edit"))
        return edit();
    if (action == QStringLiteral("issue") || action == QStringLiteral("send"))
        return advance(action);
    if (action == QStringLiteral("pay"))
        return pay();
    if (action == QStringLiteral("credit") || action == QStringLiteral("duplicate"))
        return derive(action);
    if (action == QStringLiteral("delete"))
        return remove();
    if (action == QStringLiteral("pdf"))
        return pdf(DocumentType::Invoice);
    return m_cx.unknownSubcommand(QStringLiteral("invoice"),
                                  QStringLiteral("create, import, list, show, edit, issue, send, "
                                                 "pay, credit, duplicate, delete, pdf"));
}

ExitCode DocumentCommands::quote() {
    const QString action = m_cx.line().words.value(1);
    if (action == QStringLiteral("create"))
        return create(DocumentType::Quote);
    if (action == QStringLiteral("list"))
        return list(DocumentType::Quote);
    if (action == QStringLiteral("show"))
        return show();
    if (action == QStringLiteral("edit"))
        return edit();
    if (action == QStringLiteral("send") || action == QStringLiteral("accept") ||
        action == QStringLiteral("decline"))
        return advance(action);
    if (action == QStringLiteral("convert") || action == QStringLiteral("duplicate"))
        return derive(action);
    if (action == QStringLiteral("pdf"))
        return pdf(DocumentType::Quote);
    if (action == QStringLiteral("delete"))
        return remove();
    return m_cx.unknownSubcommand(QStringLiteral("quote"),
                                  QStringLiteral("create, list, show, edit, send, accept, "
                                                 "decline, convert, duplicate, delete"));
}

domain::Status DocumentCommands::applyOptions(Document& document,
                                              services::ProductService* products) {
    OptionReader options(m_cx.line());
    options.id(u"client", document.clientUuid);
    options.currency(u"currency", document.currency);
    options.date(u"issue-date", document.issueDate);
    options.date(u"due-date", document.dueDate);
    options.text(u"buyer-reference", document.buyerReference);
    options.text(u"po", document.purchaseOrderNumber);
    options.text(u"notes", document.notes);
    options.text(u"terms-text", document.paymentTermsText);
    options.language(u"language", document.language);
    if (auto ok = options.status(); !ok)
        return ok;

    QList<domain::DocumentLine> lines;
    bool anyLine = false;
    for (const auto& [name, value] : m_cx.line().ordered) {
        const qsizetype index = lines.size();
        if (name == QStringLiteral("line")) {
            anyLine = true;
            auto line = LineSpec::parse(value, index);
            if (!line)
                return std::unexpected(line.error());
            lines.append(*line);
        } else if (name == QStringLiteral("product")) {
            anyLine = true;
            auto ref = LineSpec::parseProduct(value, index);
            if (!ref)
                return std::unexpected(ref.error());
            if (!products) {
                lines.append(domain::DocumentLine{});
                continue;
            }
            auto product = products->get(OptionReader::idText(ref->id));
            if (!product) {
                domain::Error error = product.error();
                error.field = QStringLiteral("lines[%1].productId").arg(index);
                return std::unexpected(error);
            }
            lines.append(LineSpec::fromProduct(product->entity, ref->quantity));
        }
    }
    if (anyLine)
        document.lines = lines;
    return {};
}

ExitCode DocumentCommands::printDocument(const Entry& entry) {
    if (m_cx.json()) {
        domain::JsonRecordMeta meta;
        meta.version = entry.version;
        auto object = domain::JsonDocumentCodec::encode(entry.document, meta);
        if (!object)
            return m_cx.fail(object.error());
        m_cx.printJson(*object);
        return ExitCode::Success;
    }
    QString clientName;
    if (!entry.document.buyerSnapshot && !entry.document.clientUuid.isNull()) {
        // A draft names its client through the catalogue; a missing one is shown by id only.
        auto client = services::ClientService(m_cx.vault())
                          .get(OptionReader::idText(entry.document.clientUuid));
        if (client)
            clientName = client->entity.name;
    }
    DocumentPrinter::print(m_cx.out(), entry, clientName);
    return ExitCode::Success;
}

ExitCode DocumentCommands::printCreated(const Entry& entry) {
    if (m_cx.json())
        return printDocument(entry);
    m_cx.out() << OptionReader::idText(entry.document.uuid) << '\n';
    return ExitCode::Success;
}

ExitCode DocumentCommands::create(DocumentType type) {
    if (const ExitCode code = m_cx.checkArguments(2, 2, documentOptions());
        code != ExitCode::Success)
        return code;
    Document scratch;
    if (auto ok = applyOptions(scratch, nullptr); !ok)
        return m_cx.fail(ok.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::ProductService products(m_cx.vault());
    Document document;
    document.type = type;
    if (auto ok = applyOptions(document, &products); !ok)
        return m_cx.fail(ok.error());
    auto created = documentService().createDraft(document);
    if (!created)
        return m_cx.fail(created.error());
    return printCreated(*created);
}

ExitCode DocumentCommands::import() {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto document = readDocument(m_cx.line().words.value(2), QUuid::createUuid(), false);
    if (!document)
        return m_cx.fail(document.error());
    // What this command accepts (the service would refuse it too, in general terms).
    if (document->status != DocumentStatus::Draft)
        return m_cx.fail({ErrorCode::InvalidInput,
                          QStringLiteral("Only drafts can be imported, and this document is %1; "
                                         "set its “status” to “draft” and issue it afterwards.")
                              .arg(domain::documentStatusCode(document->status)),
                          QStringLiteral("status")});
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto created = documentService().createDraft(*document);
    if (!created)
        return m_cx.fail(created.error());
    return printCreated(*created);
}

domain::Result<domain::DocumentFilter>
DocumentCommands::filterFromOptions(std::optional<DocumentType> type, QDate& today) const {
    const CommandLine& line = m_cx.line();
    domain::DocumentFilter filter;
    OptionReader options(line);
    options.date(u"from", filter.from);
    options.date(u"to", filter.to);
    options.date(u"today", today);
    filter.limit = options.count(u"limit", 1, 10000).value_or(filter.limit);
    filter.offset = options.count(u"offset", 0, 1'000'000'000).value_or(0);
    QUuid client;
    options.id(u"client", client);
    if (auto ok = options.status(); !ok)
        return std::unexpected(ok.error());
    if (!today.isValid())
        today = QDate::currentDate();
    if (!client.isNull())
        filter.clientId = OptionReader::idText(client);
    if (line.has(QStringLiteral("status"))) {
        auto statuses = codeList<DocumentStatus>(line.value(QStringLiteral("status")), &statusFor,
                                                 QStringLiteral("status"));
        if (!statuses)
            return std::unexpected(statuses.error());
        filter.statuses = *statuses;
    }
    if (type) {
        filter.types = {*type};
    } else if (line.has(QStringLiteral("type"))) {
        auto types = codeList<DocumentType>(line.value(QStringLiteral("type")), &typeFor,
                                            QStringLiteral("type"));
        if (!types)
            return std::unexpected(types.error());
        filter.types = *types;
    }
    if (line.has(QStringLiteral("sort"))) {
        auto sort = sortFor(line.value(QStringLiteral("sort")));
        if (!sort)
            return std::unexpected(sort.error());
        filter.sort = *sort;
    }
    filter.overdueOnly = line.flag(QStringLiteral("overdue"));
    filter.today = today;
    return filter;
}

ExitCode DocumentCommands::list(std::optional<DocumentType> type) {
    QList<QStringView> allowed{u"status", u"client", u"from", u"to",   u"overdue",
                               u"limit",  u"offset", u"sort", u"today"};
    if (!type)
        allowed.append(u"type");
    if (const ExitCode code = m_cx.checkArguments(2, 2, allowed); code != ExitCode::Success)
        return code;
    QDate today = QDate::currentDate();
    auto filter = filterFromOptions(type, today);
    if (!filter)
        return m_cx.fail(filter.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    return printList(*filter, today);
}

ExitCode DocumentCommands::search() {
    if (const ExitCode code = m_cx.checkArguments(2, 64, {u"limit"}); code != ExitCode::Success)
        return code;
    domain::DocumentFilter filter;
    OptionReader options(m_cx.line());
    filter.limit = options.count(u"limit", 1, 10000).value_or(filter.limit);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    filter.text = m_cx.line().words.mid(1).join(QLatin1Char(' ')).trimmed();
    if (filter.text.isEmpty())
        return m_cx.fail({ErrorCode::InvalidInput,
                          QStringLiteral("'search' needs a text to look for."),
                          QStringLiteral("text")});
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    return printList(filter, QDate::currentDate());
}

ExitCode DocumentCommands::printList(const domain::DocumentFilter& filter, const QDate& today) {
    auto rows = documentService(today).list(filter);
    if (!rows)
        return m_cx.fail(rows.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const domain::DocumentSummary& row : *rows)
            array.append(DocumentPrinter::summaryJson(row));
        m_cx.printJson(array);
    } else {
        DocumentPrinter::printList(m_cx.out(), *rows);
    }
    return ExitCode::Success;
}

ExitCode DocumentCommands::show() {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {u"today"}); code != ExitCode::Success)
        return code;
    auto id = idArgument();
    if (!id)
        return m_cx.fail(id.error());
    QDate today = QDate::currentDate();
    OptionReader options(m_cx.line());
    options.date(u"today", today);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    if (!today.isValid())
        today = QDate::currentDate();
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto entry = documentService(today).get(OptionReader::idText(*id));
    if (!entry)
        return m_cx.fail(entry.error());
    return printDocument(*entry);
}

ExitCode DocumentCommands::edit() {
    QList<QStringView> allowed = documentOptions();
    allowed.append(u"file");
    if (const ExitCode code = m_cx.checkArguments(3, 3, allowed); code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    auto id = idArgument();
    if (!id)
        return m_cx.fail(id.error());
    const bool fromFile = line.has(QStringLiteral("file"));
    if (fromFile == anyOf(line, documentOptions()))
        return m_cx.usage(QStringLiteral("'%1 edit' takes either --file or document options.")
                              .arg(line.words.value(0)));
    std::optional<Document> replacement;
    if (fromFile) {
        auto document = readDocument(line.value(QStringLiteral("file")), *id, true);
        if (!document)
            return m_cx.fail(document.error());
        replacement = *document;
    } else {
        Document scratch;
        if (auto ok = applyOptions(scratch, nullptr); !ok)
            return m_cx.fail(ok.error());
    }
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::DocumentService service = documentService();
    Document document;
    if (replacement) {
        document = *replacement;
    } else {
        auto entry = service.get(OptionReader::idText(*id));
        if (!entry)
            return m_cx.fail(entry.error());
        document = entry->document;
        // The options describe the draft's new content; a document that has
        // left Draft is refused by the service and storage (Immutable).
        document.status = DocumentStatus::Draft;
        services::ProductService products(m_cx.vault());
        if (auto ok = applyOptions(document, &products); !ok)
            return m_cx.fail(ok.error());
    }
    auto updated = service.updateDraft(document);
    if (!updated)
        return m_cx.fail(updated.error());
    if (m_cx.json())
        return printDocument(*updated);
    m_cx.out() << QStringLiteral("Updated draft %1 (total %2 %3).\n")
                      .arg(OptionReader::idText(*id), updated->totals.grandTotal.toString(),
                           updated->document.currency.code());
    return ExitCode::Success;
}

ExitCode DocumentCommands::advance(const QString& action) {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = idArgument();
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::DocumentService service = documentService();
    const QString idText = OptionReader::idText(*id);
    domain::Result<Entry> result = std::unexpected(domain::Error{});
    if (action == QStringLiteral("issue"))
        result = service.issue(idText);
    else if (action == QStringLiteral("send"))
        result = service.markSent(idText);
    else if (action == QStringLiteral("accept"))
        result = service.acceptQuote(idText);
    else
        result = service.declineQuote(idText);
    if (!result)
        return m_cx.fail(result.error());
    if (m_cx.json())
        return printDocument(*result);
    m_cx.out() << QStringLiteral("%1 %2 is now %3.\n")
                      .arg(DocumentPrinter::typeName(result->document.type),
                           result->document.number.isEmpty() ? idText : result->document.number,
                           domain::documentStatusCode(result->document.status));
    return ExitCode::Success;
}

ExitCode DocumentCommands::pay() {
    if (const ExitCode code =
            m_cx.checkArguments(3, 3, {u"amount", u"date", u"method", u"reference"});
        code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    auto id = idArgument();
    if (!id)
        return m_cx.fail(id.error());
    if (!line.has(QStringLiteral("amount")))
        return m_cx.fail({ErrorCode::InvalidInput,
                          QStringLiteral("'invoice pay' needs --amount, e.g. --amount 100.00."),
                          QStringLiteral("amount")});
    domain::Payment payment;
    payment.date = QDate::currentDate();
    OptionReader options(line);
    options.date(u"date", payment.date);
    options.text(u"method", payment.method);
    options.text(u"reference", payment.reference);
    // The syntax now; the currency's decimals once the invoice is loaded.
    domain::Decimal syntax;
    options.decimal(u"amount", syntax);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::DocumentService service = documentService();
    const QString idText = OptionReader::idText(*id);
    auto entry = service.get(idText);
    if (!entry)
        return m_cx.fail(entry.error());
    auto amount = domain::Money::parse(line.value(QStringLiteral("amount")),
                                       entry->document.currency, QStringLiteral("amount"));
    if (!amount) {
        domain::Error error = amount.error();
        error.message = QStringLiteral("--amount: %1").arg(error.message);
        return m_cx.fail(error);
    }
    payment.amount = *amount;
    auto paid = service.recordPayment(idText, payment);
    if (!paid)
        return m_cx.fail(paid.error());
    if (m_cx.json())
        return printDocument(*paid);
    const QString code = paid->document.currency.code();
    m_cx.out() << QStringLiteral("Recorded %1 %2 on %3; now %4, %5 %2 open.\n")
                      .arg(payment.amount.toString(), code, paid->document.number,
                           domain::documentStatusCode(paid->document.status),
                           DocumentPrinter::openAmount(*paid).toString());
    return ExitCode::Success;
}

ExitCode DocumentCommands::derive(const QString& action) {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = idArgument();
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::DocumentService service = documentService();
    const QString idText = OptionReader::idText(*id);
    domain::Result<Entry> result = std::unexpected(domain::Error{});
    if (action == QStringLiteral("credit"))
        result = service.createCreditNote(idText);
    else if (action == QStringLiteral("convert"))
        result = service.convertQuote(idText);
    else
        result = service.duplicate(idText);
    if (!result)
        return m_cx.fail(result.error());
    return printCreated(*result);
}

ExitCode DocumentCommands::remove() {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = idArgument();
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    const QString idText = OptionReader::idText(*id);
    if (auto ok = documentService().deleteDraft(idText); !ok)
        return m_cx.fail(ok.error());
    if (m_cx.json())
        m_cx.printJson(
            QJsonObject{{QStringLiteral("id"), idText}, {QStringLiteral("deleted"), true}});
    else
        m_cx.out() << QStringLiteral("Deleted draft %1.\n").arg(idText);
    return ExitCode::Success;
}

ExitCode DocumentCommands::pdf(DocumentType type) {
    const CommandLine& line = m_cx.line();
    const bool batch = line.has(QStringLiteral("out-dir"));
    QList<QStringView> allowed{u"out", u"out-dir", u"page-size", u"no-qr"};
    if (batch)
        allowed.append(
            {u"status", u"client", u"from", u"to", u"overdue", u"sort", u"today", u"type"});
    if (const ExitCode code = m_cx.checkArguments(batch ? 2 : 3, batch ? 2 : 3, allowed);
        code != ExitCode::Success)
        return code;
    services::PdfService::Options options;
    const QString pageSize = line.value(QStringLiteral("page-size"), QStringLiteral("a4"));
    if (pageSize == QStringLiteral("letter"))
        options.pageSize = pdf::InvoicePdfRenderer::PageSize::Letter;
    else if (pageSize != QStringLiteral("a4"))
        return m_cx.fail({domain::ErrorCode::InvalidInput,
                          QStringLiteral("--page-size must be a4 or letter."),
                          QStringLiteral("page-size")});
    options.paymentQr = !line.flag(QStringLiteral("no-qr"));
    if (!batch) {
        auto id = idArgument();
        if (!id)
            return m_cx.fail(id.error());
        const QString out = line.value(QStringLiteral("out"));
        if (out.isEmpty())
            return m_cx.usage(
                QStringLiteral("'pdf ID' needs --out FILE (or --out-dir DIR for a batch)."));
        if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
            return code;
        services::PdfService service(m_cx.vault());
        if (auto ok = service.exportTo(OptionReader::idText(*id), out, options); !ok)
            return m_cx.fail(ok.error());
        if (!m_cx.json())
            m_cx.out() << QStringLiteral("Wrote %1\n").arg(out);
        else
            m_cx.printJson(
                QJsonObject{{QStringLiteral("written"), 1}, {QStringLiteral("path"), out}});
        return ExitCode::Success;
    }
    if (line.has(QStringLiteral("out")))
        return m_cx.usage(QStringLiteral("Use either --out with one id or --out-dir for a batch."));
    QDate today = QDate::currentDate();
    auto filter =
        filterFromOptions(type == DocumentType::Quote ? std::optional(type) : std::nullopt, today);
    if (!filter)
        return m_cx.fail(filter.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::PdfService service(m_cx.vault());
    QTextStream& err = m_cx.err();
    auto result = service.exportBatch(
        *filter, line.value(QStringLiteral("out-dir")), options, [&err](int done, int total) {
            if (done == total || done % 25 == 0)
                err << QStringLiteral("exported %1/%2\n").arg(done).arg(total) << Qt::flush;
            return true;
        });
    if (!result)
        return m_cx.fail(result.error());
    for (const QString& error : result->errors)
        err << QStringLiteral("quittance-cli: %1\n").arg(error);
    if (m_cx.json())
        m_cx.printJson(QJsonObject{{QStringLiteral("written"), result->written},
                                   {QStringLiteral("failed"), result->failed}});
    else
        m_cx.out() << QStringLiteral("Wrote %1 PDF file(s) to %2; %3 failed.\n")
                          .arg(result->written)
                          .arg(line.value(QStringLiteral("out-dir")))
                          .arg(result->failed);
    return result->failed == 0 ? ExitCode::Success : ExitCode::Failure;
}

} // namespace quittance::cli
