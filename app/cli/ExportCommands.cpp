#include "ExportCommands.h"

#include "RecordMeta.h"
#include "domain/JsonExportCodec.h"
#include "services/CatalogService.h"
#include "services/DocumentService.h"
#include "storage/AtomicFile.h"

#include <QJsonDocument>

namespace quittance::cli {

using domain::ErrorCode;

namespace {

constexpr int kPage = 1000;

// Every record of a catalogue, archived ones included, page by page.
template <typename Entity>
domain::Status collectCatalog(services::CatalogService<Entity>& service,
                              QList<domain::JsonRecord<Entity>>& out) {
    for (int offset = 0;; offset += kPage) {
        auto page = service.list(true, {}, kPage, offset);
        if (!page)
            return std::unexpected(page.error());
        for (const auto& entry : *page)
            out.append({entry.entity, RecordMeta::of(entry.version, entry.updatedAt)});
        if (page->size() < static_cast<std::size_t>(kPage))
            return {};
    }
}

} // namespace

domain::Result<domain::JsonExport> ExportCommands::collect() {
    domain::JsonExport content;
    content.exportedAt = QDateTime::currentDateTimeUtc();
    services::ClientService clients(m_cx.vault());
    if (auto ok = collectCatalog(clients, content.clients); !ok)
        return std::unexpected(ok.error());
    services::ProductService products(m_cx.vault());
    if (auto ok = collectCatalog(products, content.products); !ok)
        return std::unexpected(ok.error());
    services::DocumentService documents(m_cx.vault());
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

ExitCode ExportCommands::exportData() {
    const QString format = m_cx.line().words.value(1);
    if (format != QStringLiteral("json"))
        return m_cx.unknownSubcommand(QStringLiteral("export"), QStringLiteral("json"));
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"out"}); code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    const QString path = line.value(QStringLiteral("out"));
    if (line.has(QStringLiteral("out")) && path.isEmpty())
        return m_cx.fail({ErrorCode::InvalidInput, QStringLiteral("--out needs a file name."),
                          QStringLiteral("out")});
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto content = collect();
    if (!content)
        return m_cx.fail(content.error());
    auto object = domain::JsonExportCodec::encode(*content);
    if (!object)
        return m_cx.fail(object.error());
    const QByteArray bytes = QJsonDocument(*object).toJson(QJsonDocument::Indented);
    if (path.isEmpty()) {
        m_cx.out() << QString::fromUtf8(bytes);
        return ExitCode::Success;
    }
    if (auto written = storage::AtomicFile::write(path, bytes); !written)
        return m_cx.fail(written.error());
    if (m_cx.json())
        m_cx.printJson(QJsonObject{
            {QStringLiteral("file"), path},
            {QStringLiteral("clients"), static_cast<qint64>(content->clients.size())},
            {QStringLiteral("products"), static_cast<qint64>(content->products.size())},
            {QStringLiteral("documents"), static_cast<qint64>(content->documents.size())}});
    else
        m_cx.out() << QStringLiteral("Exported %1 clients, %2 products and %3 documents to %4.\n")
                          .arg(content->clients.size())
                          .arg(content->products.size())
                          .arg(content->documents.size())
                          .arg(path);
    return ExitCode::Success;
}

} // namespace quittance::cli
