#include "InvoicePdfRenderer.h"

#include "DocumentLocale.h"
#include "EpcQrCode.h"
#include "InvoiceComposer.h"
#include "LogoImage.h"
#include "PdfFonts.h"
#include "PdfMetadata.h"
#include "QrCode.h"
#include "TextSanitizer.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace quittance::pdf {

using domain::ErrorCode;
using domain::fail;

namespace {

struct Prepared {
    InvoiceComposer::Content content;
    domain::BusinessProfile seller;
    domain::Client buyer;
    QSizeF pageSizeMm;
    QPageSize pageSize;
    QString title;
    QDateTime creationTime;
};

domain::Status checkCurrency(const domain::Money& amount, const domain::Currency& currency,
                             const QString& field) {
    if (!amount.isZero() && amount.currency() != currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The amount is not in the document currency."), field);
    return {};
}

// The logo as the page shows it: no transparency (PDF/A-1 has none) and no
// more pixels than 300 dpi at the largest size the header draws it.
QImage printableLogo(const QImage& decoded) {
    constexpr int kMaxWidth = 650;  // 55 mm at 300 dpi
    constexpr int kMaxHeight = 284; // 24 mm at 300 dpi
    QImage image = decoded;
    if (image.width() > kMaxWidth || image.height() > kMaxHeight)
        image = image.scaled(kMaxWidth, kMaxHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter p(&flat);
    p.drawImage(0, 0, image);
    p.end();
    return flat;
}

domain::Result<Prepared> prepare(const InvoicePdfRenderer::Input& input,
                                 const InvoicePdfRenderer::Options& options) {
    const domain::Document& doc = input.document;
    Prepared p;
    if (doc.sellerSnapshot)
        p.seller = *doc.sellerSnapshot;
    else if (input.seller)
        p.seller = *input.seller;
    else
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The seller's details are needed to print the document."),
                    QStringLiteral("seller"));
    if (doc.buyerSnapshot)
        p.buyer = *doc.buyerSnapshot;
    else if (input.buyer)
        p.buyer = *input.buyer;
    else
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The client's details are needed to print the document."),
                    QStringLiteral("buyer"));
    if (!doc.currency.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The document has no currency."),
                    QStringLiteral("currency"));
    if (doc.lines.size() > domain::Document::kMaxLines)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("The document has more than %1 lines.").arg(domain::Document::kMaxLines),
            QStringLiteral("lines"));
    const domain::DocumentTotals& t = input.totals;
    if (t.lineNetAmounts.size() != doc.lines.size() || t.grandTotal.currency() != doc.currency ||
        t.amountDue.currency() != doc.currency)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The totals do not belong to this document."),
                    QStringLiteral("totals"));
    if (auto s = checkCurrency(input.amountPaid, doc.currency, QStringLiteral("amountPaid")); !s)
        return std::unexpected(s.error());
    if (auto s =
            checkCurrency(input.amountCredited, doc.currency, QStringLiteral("amountCredited"));
        !s)
        return std::unexpected(s.error());

    auto due = t.amountDue;
    for (const domain::Money* m : {&input.amountPaid, &input.amountCredited}) {
        if (m->isZero())
            continue;
        auto next = due.subtract(*m, QStringLiteral("amountDue"));
        if (!next)
            return std::unexpected(next.error());
        due = *next;
    }
    p.content.amountDue = due;
    p.content.amountPaid = input.amountPaid.isZero()
                               ? domain::Money::fromMinorUnits(0, doc.currency)
                               : input.amountPaid;
    p.content.amountCredited = input.amountCredited.isZero()
                                   ? domain::Money::fromMinorUnits(0, doc.currency)
                                   : input.amountCredited;

    if (!input.logo.isEmpty()) {
        auto logo = LogoImage::decode(input.logo);
        if (!logo)
            return std::unexpected(logo.error());
        p.content.logo = printableLogo(*logo);
    }

    const bool wantsQr = options.paymentQr && doc.type == domain::DocumentType::Invoice &&
                         doc.currency.code() == QLatin1String("EUR") &&
                         !p.seller.iban.trimmed().isEmpty() && due.isPositive();
    if (wantsQr) {
        EpcQrCode::Transfer transfer{p.seller.legalName, p.seller.iban, p.seller.bic, due,
                                     doc.number};
        auto payload = EpcQrCode::payload(transfer);
        // A malformed IBAN or BIC in an old profile means no code, not no invoice.
        if (payload) {
            auto code = QrCode::encode(payload->toUtf8(), QrCode::ErrorCorrection::Medium);
            if (code)
                p.content.paymentCode = *code;
        }
    }

    if (options.pageSize == InvoicePdfRenderer::PageSize::Letter) {
        p.pageSize = QPageSize(QPageSize::Letter);
        p.pageSizeMm = QSizeF(215.9, 279.4);
    } else {
        p.pageSize = QPageSize(QPageSize::A4);
        p.pageSizeMm = QSizeF(210, 297);
    }
    p.title = InvoicePdfRenderer::documentTitle(doc);
    if (options.creationTime && options.creationTime->isValid())
        p.creationTime = *options.creationTime;
    else
        p.creationTime = QDateTime(doc.issueDate.isValid() ? doc.issueDate : QDate(2000, 1, 1),
                                   QTime(0, 0), Qt::UTC);
    return p;
}

void bindContent(Prepared& p, const InvoicePdfRenderer::Input& input) {
    p.content.document = &input.document;
    p.content.totals = &input.totals;
    p.content.seller = &p.seller;
    p.content.buyer = &p.buyer;
}

void configureWriter(QPdfWriter& writer, const Prepared& p, const PdfMetadata& metadata) {
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(InvoiceComposer::kDpi);
    writer.setPageLayout(QPageLayout(p.pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(metadata.title());
    writer.setCreator(QString(PdfMetadata::kCreator));
    writer.setDocumentXmpMetadata(metadata.xmpPacket());
}

} // namespace

QString InvoicePdfRenderer::documentTitle(const domain::Document& document) {
    const DocumentLocale locale(document.language);
    const QString number =
        TextSanitizer::singleLine(document.number, domain::Document::kMaxNumberLength);
    return locale.documentTitle(document.type) + u' ' +
           (number.isEmpty() ? locale.label(DocumentLocale::Label::DraftSuffix) : number);
}

domain::Result<QByteArray> InvoicePdfRenderer::render(const Input& input,
                                                      const Options& options) const {
    auto family = PdfFonts::family();
    if (!family)
        return std::unexpected(family.error());
    auto prepared = prepare(input, options);
    if (!prepared)
        return std::unexpected(prepared.error());
    Prepared& p = *prepared;
    bindContent(p, input);
    const PdfMetadata metadata(p.title, p.creationTime);

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        configureWriter(writer, p, metadata);
        const InvoiceComposer composer(p.content, p.pageSizeMm, &writer, *family);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::Internal, QStringLiteral("The PDF writer could not start."));
        composer.paint(&painter, &writer);
        if (!painter.end())
            return fail(ErrorCode::Internal, QStringLiteral("The PDF writer failed."));
    }
    return metadata.apply(bytes);
}

domain::Status InvoicePdfRenderer::render(const Input& input, const Options& options,
                                          QIODevice* device) const {
    Q_ASSERT(device);
    if (!device->isWritable())
        return fail(ErrorCode::Io, QStringLiteral("The PDF could not be written: the output is "
                                                  "not open for writing."));
    auto bytes = render(input, options);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (device->write(*bytes) != bytes->size())
        return fail(ErrorCode::Io,
                    QStringLiteral("The PDF could not be written: %1").arg(device->errorString()));
    return {};
}

domain::Result<InvoicePdfRenderer::Summary>
InvoicePdfRenderer::summarize(const Input& input, const Options& options) const {
    auto family = PdfFonts::family();
    if (!family)
        return std::unexpected(family.error());
    auto prepared = prepare(input, options);
    if (!prepared)
        return std::unexpected(prepared.error());
    Prepared& p = *prepared;
    bindContent(p, input);
    const PdfMetadata metadata(p.title, p.creationTime);
    QByteArray unused;
    QBuffer buffer(&unused);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    configureWriter(writer, p, metadata);
    const InvoiceComposer composer(p.content, p.pageSizeMm, &writer, *family);
    Summary summary;
    summary.pageCount = composer.pageCount();
    summary.paymentQr = p.content.paymentCode.has_value();
    summary.logo = !p.content.logo.isNull();
    return summary;
}

} // namespace quittance::pdf
