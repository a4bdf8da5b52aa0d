#pragma once

#include "CliContext.h"
#include "domain/Document.h"
#include "services/CatalogService.h"
#include "services/DocumentService.h"

#include <optional>

namespace quittance::cli {

// `invoice ...`, `quote ...` and `search`: document drafts from options, a
// JSON file or standard input, the lifecycle moves (issue, send, pay,
// credit, accept, decline, convert), lists and search, over
// services::DocumentService. Lines come from --line (see LineSpec) and
// --product, in the order given.
class DocumentCommands {
public:
    explicit DocumentCommands(CliContext& context)
        : m_cx(context) {}

    ExitCode invoice();
    ExitCode quote();
    ExitCode search();

private:
    ExitCode create(domain::DocumentType type);
    ExitCode import();
    ExitCode list(std::optional<domain::DocumentType> type);
    ExitCode show();
    ExitCode edit();
    ExitCode advance(const QString& action);
    ExitCode pay();
    ExitCode derive(const QString& action);
    ExitCode remove();

    // Applies the document options to `document`. With no product service
    // (a syntax check before unlocking) --product lines are only parsed.
    domain::Status applyOptions(domain::Document& document, services::ProductService* products);
    domain::Result<QUuid> idArgument() const;
    // The list filter from --status, --type, --client, --from, --to,
    // --overdue, --sort, --limit, --offset and --today.
    domain::Result<domain::DocumentFilter>
    filterFromOptions(std::optional<domain::DocumentType> type, QDate& today) const;
    // `invoice pdf ID --out FILE` or `invoice pdf --out-dir DIR [filter]`.
    ExitCode pdf(domain::DocumentType type);
    services::DocumentService documentService(const QDate& today = QDate::currentDate());
    ExitCode printDocument(const services::DocumentService::Entry& entry);
    ExitCode printCreated(const services::DocumentService::Entry& entry);
    ExitCode printList(const domain::DocumentFilter& filter, const QDate& today);

    CliContext& m_cx;
};

} // namespace quittance::cli
