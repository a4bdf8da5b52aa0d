#include "PdfService.h"

#include "DocumentService.h"
#include "storage/AtomicFile.h"
#include "storage/EntityCodec.h"
#include "storage/SqlRecordTable.h"
#include "storage/SqlSettingsRepository.h"

#include <QDir>

namespace quittance::services {

using domain::ErrorCode;

domain::Result<QByteArray> PdfService::render(const QString& documentId, const Options& options) {
    DocumentService documents(m_vault);
    auto entry = documents.get(documentId);
    if (!entry)
        return std::unexpected(entry.error());
    pdf::InvoicePdfRenderer::Input input;
    input.document = entry->document;
    input.totals = entry->totals;
    const auto& currency = entry->document.currency;
    input.amountPaid = domain::Money::fromMinorUnits(entry->paidMinor, currency);
    input.amountCredited = domain::Money::fromMinorUnits(entry->creditedMinor, currency);
    auto context = m_vault.read([&](storage::Reader& reader) -> domain::Status {
        auto profile = storage::SqlSettingsRepository::profile(reader);
        if (!profile)
            return std::unexpected(profile.error());
        if (*profile) {
            input.logo = (*profile)->logo;
            if (!input.document.sellerSnapshot)
                input.seller = **profile;
        }
        if (!input.document.buyerSnapshot && !input.document.clientUuid.isNull()) {
            auto row = storage::SqlRecordTable(storage::SqlRecordTable::Table::Clients)
                           .find(reader, input.document.clientUuid.toString(QUuid::WithoutBraces));
            if (!row)
                return std::unexpected(row.error());
            if (*row) {
                auto client = storage::EntityCodec::decodeClient((*row)->body);
                if (!client)
                    return std::unexpected(client.error());
                input.buyer = *client;
            }
        }
        return {};
    });
    if (!context)
        return std::unexpected(context.error());
    return pdf::InvoicePdfRenderer().render(input, options);
}

domain::Status PdfService::exportTo(const QString& documentId, const QString& path,
                                    const Options& options) {
    auto bytes = render(documentId, options);
    if (!bytes)
        return std::unexpected(bytes.error());
    return storage::AtomicFile::write(path, *bytes);
}

QString PdfService::fileNameFor(const domain::DocumentSummary& summary) {
    QString name = summary.number.isEmpty() ? summary.id : summary.number;
    for (QChar& c : name) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                          c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!safe)
            c = QLatin1Char('_');
    }
    if (name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return name.left(100) + QStringLiteral(".pdf");
}

domain::Result<PdfService::BatchResult>
PdfService::exportBatch(const domain::DocumentFilter& filter, const QString& directory,
                        const Options& options, const Progress& progress) {
    if (!QDir().mkpath(directory))
        return domain::fail(ErrorCode::Io, QStringLiteral("Cannot create the output folder."),
                            QStringLiteral("out-dir"));
    DocumentService documents(m_vault);
    domain::DocumentFilter all = filter;
    all.limit = 10000;
    all.offset = 0;
    auto total = documents.count(filter);
    if (!total)
        return std::unexpected(total.error());
    BatchResult result;
    int done = 0;
    // Page through the summaries so memory stays flat for any batch size.
    while (true) {
        auto page = documents.list(all);
        if (!page)
            return std::unexpected(page.error());
        if (page->empty())
            break;
        for (const auto& summary : *page) {
            const QString path = QDir(directory).filePath(fileNameFor(summary));
            if (auto ok = exportTo(summary.id, path, options); ok) {
                ++result.written;
            } else {
                ++result.failed;
                result.errors << QStringLiteral("%1: %2").arg(
                    summary.number.isEmpty() ? summary.id : summary.number, ok.error().message);
            }
            ++done;
            if (progress && !progress(done, static_cast<int>(*total))) {
                result.cancelled = true;
                return result;
            }
        }
        all.offset += static_cast<int>(page->size());
    }
    return result;
}

} // namespace quittance::services
