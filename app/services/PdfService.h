#pragma once

#include "domain/DocumentSummary.h"
#include "domain/Error.h"
#include "pdf/InvoicePdfRenderer.h"
#include "storage/Vault.h"

#include <QString>

#include <functional>

namespace quittance::services {

// Renders stored documents as PDFs: the document with its totals, what was
// paid and credited, the seller's logo from the profile, and (for drafts)
// the current profile and client in place of the snapshots. Needs a
// QGuiApplication. Exporting writes files atomically with mode 0600 and
// changes nothing in the vault.
class PdfService {
public:
    using Options = pdf::InvoicePdfRenderer::Options;

    struct BatchResult {
        int written = 0;
        int failed = 0;
        bool cancelled = false;
        QStringList errors; // "<number>: <message>"
    };
    // Called after each document; return false to stop.
    using Progress = std::function<bool(int done, int total)>;

    explicit PdfService(storage::Vault& vault)
        : m_vault(vault) {}

    domain::Result<QByteArray> render(const QString& documentId, const Options& options = {});
    domain::Status exportTo(const QString& documentId, const QString& path,
                            const Options& options = {});
    // One file per document matching `filter` into `directory`, named after
    // the document number (or id for drafts), characters outside
    // [A-Za-z0-9._-] replaced by '_'.
    domain::Result<BatchResult> exportBatch(const domain::DocumentFilter& filter,
                                            const QString& directory, const Options& options = {},
                                            const Progress& progress = {});
    static QString fileNameFor(const domain::DocumentSummary& summary);

private:
    storage::Vault& m_vault;
};

} // namespace quittance::services
