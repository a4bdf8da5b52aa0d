#pragma once

#include "domain/BusinessProfile.h"
#include "domain/Client.h"
#include "domain/Document.h"
#include "domain/DocumentTotals.h"
#include "domain/Error.h"
#include "domain/Money.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QIODevice;

namespace quittance::pdf {

// Renders an invoice, credit note or quote as the PDF/A-1b file the client
// receives: QPainter on QPdfWriter, DejaVu Sans embedded, A4 or US Letter,
// labels, dates and numbers in the document's language (never the UI's).
// Guarantees:
// - every figure printed is one of the given totals (or, for the amount due,
//   totals.amountDue minus amountPaid and amountCredited, exactly); nothing is
//   recomputed in floating point;
// - every user string passes TextSanitizer and is drawn as plain text in its
//   own box (wrapped, capped, elided), so no field reorders, hides or
//   overflows another;
// - no table row is split across pages, the table header repeats on every
//   page that continues the table, and the totals block is on the last page;
// - the file holds no links, actions, scripts, forms or attachments, no image
//   but the logo (the payment QR code is vector), and metadata that names
//   only the title, "Quittance" and the creation time from Options;
// - the same input renders to the same bytes.
// Needs a QGuiApplication (offscreen is fine). Stateless and cheap to
// construct; each call uses its own writer and painter.
class InvoicePdfRenderer {
public:
    enum class PageSize {
        A4,
        Letter,
    };

    struct Options {
        PageSize pageSize = PageSize::A4;
        // EPC069-12 SEPA transfer code on EUR invoices with a seller IBAN and
        // an amount due above zero.
        bool paymentQr = true;
        // Written as creation and modification time. Default: the issue
        // date at 00:00 UTC, or 2000-01-01 for a draft without one.
        std::optional<QDateTime> creationTime;
    };

    struct Input {
        domain::Document document;
        domain::DocumentTotals totals; // DocumentCalculator's result for `document`
        // Received after issue (payments) and credited by credit notes; zero
        // or default-constructed for none; otherwise in the document currency.
        domain::Money amountPaid;
        domain::Money amountCredited;
        // Used when the document has no snapshot (drafts); snapshots win.
        std::optional<domain::BusinessProfile> seller;
        std::optional<domain::Client> buyer;
        // The seller's logo as stored (LogoImage::sanitize output); empty for none.
        QByteArray logo;
    };

    // Page and content facts of a rendering, for tests and previews.
    struct Summary {
        int pageCount = 0;
        bool paymentQr = false;
        bool logo = false;
    };

    domain::Result<QByteArray> render(const Input& input, const Options& options) const;
    domain::Result<QByteArray> render(const Input& input) const { return render(input, Options()); }
    domain::Status render(const Input& input, const Options& options, QIODevice* device) const;
    // The same layout as render() without producing a PDF.
    domain::Result<Summary> summarize(const Input& input, const Options& options) const;

    // "Invoice RE-2026-001", "Rechnung (Entwurf)": the PDF title.
    static QString documentTitle(const domain::Document& document);
};

} // namespace quittance::pdf
