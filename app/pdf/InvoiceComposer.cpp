#include "InvoiceComposer.h"

#include "TextSanitizer.h"
#include "domain/Iban.h"
#include "domain/UnitCode.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <algorithm>

namespace quittance::pdf {

using domain::DocumentType;
using L = DocumentLocale::Label;
using S = TextSanitizer;

namespace {

const QColor kInk(0x1b, 0x1b, 0x1b);
const QColor kMuted(0x5c, 0x5c, 0x5c);
const QColor kRule(0xb4, 0xb4, 0xb4);
const QColor kHeaderFill(0xee, 0xee, 0xee);

QString joinNonEmpty(const QStringList& parts, const QString& separator) {
    QStringList kept;
    for (const QString& p : parts) {
        if (!p.isEmpty())
            kept << p;
    }
    return kept.join(separator);
}

QString middleDot() {
    return QStringLiteral(" \u00b7 ");
}

} // namespace

InvoiceComposer::InvoiceComposer(const Content& content, QSizeF pageSizeMm, QPaintDevice* device,
                                 const QString& fontFamily)
    : m_content(content)
    , m_locale(content.document->language)
    , m_device(device)
    , m_family(fontFamily) {
    m_pageWidth = mm(pageSizeMm.width());
    m_pageHeight = mm(pageSizeMm.height());
    m_left = mm(20);
    m_right = m_pageWidth - mm(20);
    m_top = mm(15);
    m_contentWidth = m_right - m_left;
    m_footerTop = m_pageHeight - mm(25);
    m_bodyBottom = m_pageHeight - mm(29);
    m_cellPadX = mm(1.2);
    m_cellPadY = mm(1.3);

    buildFonts();
    buildFirstPageHeader();
    buildTable();
    buildClosing();
    buildFooter();
    paginate();
}

QFont InvoiceComposer::font(qreal points, bool bold) const {
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No cosmetic shaping for Latin: DejaVu's "fi" ligature would put U+FB01
    // in the text layer, so "file" could not be found or copied as typed.
    // Scripts that need shaping (Arabic, ...) are still shaped.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString InvoiceComposer::clean(const QString& text, qsizetype maxLength) const {
    return S::singleLine(text, maxLength);
}

void InvoiceComposer::buildFonts() {
    m_body = font(9);
    m_bodyBold = font(9, true);
    m_small = font(7.5);
    m_footerFont = font(6.8);
    m_headerFont = font(8, true);
}

void InvoiceComposer::buildFirstPageHeader() {
    const domain::Document& doc = *m_content.document;
    const domain::BusinessProfile& seller = *m_content.seller;
    const domain::Client& buyer = *m_content.buyer;

    // Seller: name and details on the left, logo on the right.
    const qreal logoMaxWidth = mm(55);
    const qreal logoMaxHeight = mm(24);
    const qreal sellerWidth = m_contentWidth - logoMaxWidth - mm(8);
    m_sellerName = TextBlock(clean(seller.legalName, S::kMaxNameLength), font(13, true),
                             sellerWidth, m_device, 2);
    QStringList details;
    for (const QString& line : seller.address.lines)
        details << clean(line, S::kMaxAddressLineLength);
    details << joinNonEmpty({clean(seller.address.postalCode, S::kMaxShortFieldLength),
                             clean(seller.address.city, S::kMaxAddressLineLength)},
                            QStringLiteral(" "));
    if (seller.address.country != buyer.billingAddress.country)
        details << m_locale.countryName(seller.address.country);
    details << joinNonEmpty({clean(seller.email, S::kMaxShortFieldLength),
                             clean(seller.phone, S::kMaxShortFieldLength),
                             clean(seller.website, S::kMaxShortFieldLength)},
                            middleDot());
    details.removeAll(QString());
    m_sellerDetails = TextBlock(details.join(u'\n'), font(8), sellerWidth, m_device, 7);

    if (!m_content.logo.isNull()) {
        QSizeF size = m_content.logo.size();
        size.scale(logoMaxWidth, logoMaxHeight, Qt::KeepAspectRatio);
        m_logoRect = QRectF(QPointF(m_right - size.width(), m_top), size);
    }
    const qreal sellerBottom =
        std::max(m_top + m_sellerName.height() + mm(1.5) + m_sellerDetails.height(),
                 m_logoRect.isNull() ? m_top : m_logoRect.bottom());

    // Address window (DIN 5008 form B: 45 mm from the top) and the facts
    // column beside it.
    m_addressTop = std::max(mm(50), sellerBottom + mm(8));
    const qreal addressWidth = mm(85);
    m_returnLine = TextBlock(
        joinNonEmpty({clean(seller.legalName, S::kMaxNameLength),
                      clean(seller.address.lines.value(0), S::kMaxAddressLineLength),
                      joinNonEmpty({clean(seller.address.postalCode, S::kMaxShortFieldLength),
                                    clean(seller.address.city, S::kMaxAddressLineLength)},
                                   QStringLiteral(" "))},
                     middleDot()),
        font(6.5), addressWidth, m_device, 1);
    QStringList address;
    address << clean(buyer.name, S::kMaxNameLength);
    address << clean(buyer.contactPerson, S::kMaxNameLength);
    for (const QString& line : buyer.billingAddress.lines)
        address << clean(line, S::kMaxAddressLineLength);
    address << joinNonEmpty({clean(buyer.billingAddress.postalCode, S::kMaxShortFieldLength),
                             clean(buyer.billingAddress.city, S::kMaxAddressLineLength)},
                            QStringLiteral(" "));
    if (buyer.billingAddress.country != seller.address.country)
        address << m_locale.countryName(buyer.billingAddress.country).toUpper();
    address.removeAll(QString());
    m_buyerBlock = TextBlock(address.join(u'\n'), font(10), addressWidth, m_device, 9);

    m_metaX = m_left + mm(100);
    m_metaKeyWidth = mm(30);
    const qreal metaValueWidth = m_right - m_metaX - m_metaKeyWidth;
    auto addMeta = [&](L label, const QString& value) {
        if (value.isEmpty())
            return;
        KeyValue kv;
        kv.key = TextBlock(m_locale.label(label), font(8), m_metaKeyWidth - mm(2), m_device, 2);
        kv.value = TextBlock(value, m_body, metaValueWidth, m_device, 3);
        kv.height = std::max(kv.key.height(), kv.value.height()) + mm(0.8);
        m_meta.append(kv);
    };
    const L numberLabel = doc.type == DocumentType::Invoice      ? L::NumberInvoice
                          : doc.type == DocumentType::CreditNote ? L::NumberCreditNote
                                                                 : L::NumberQuote;
    addMeta(numberLabel, clean(doc.number, domain::Document::kMaxNumberLength));
    addMeta(L::IssueDate, m_locale.formatDate(doc.issueDate));
    addMeta(doc.type == DocumentType::Quote ? L::ValidUntil : L::DueDate,
            m_locale.formatDate(doc.dueDate));
    if (doc.type == DocumentType::CreditNote)
        addMeta(L::CorrectsInvoice,
                clean(doc.correctedInvoiceNumber, domain::Document::kMaxNumberLength));
    addMeta(L::BuyerReference, clean(doc.buyerReference, S::kMaxShortFieldLength));
    addMeta(L::PurchaseOrder, clean(doc.purchaseOrderNumber, S::kMaxShortFieldLength));
    addMeta(L::CustomerVatId, clean(buyer.vatId, S::kMaxShortFieldLength));
    qreal metaHeight = 0;
    for (const KeyValue& kv : m_meta)
        metaHeight += kv.height;

    const qreal addressBottom =
        m_addressTop + m_returnLine.height() + mm(2) + m_buyerBlock.height();
    m_titleTop = std::max(addressBottom, m_addressTop + metaHeight) + mm(10);
    QString title = m_locale.documentTitle(doc.type);
    const QString number = clean(doc.number, domain::Document::kMaxNumberLength);
    title += u' ' + (number.isEmpty() ? m_locale.label(L::DraftSuffix) : number);
    m_title = TextBlock(title, font(17, true), m_contentWidth, m_device, 2);
    if (doc.type == DocumentType::CreditNote && !doc.correctedInvoiceNumber.isEmpty())
        m_subtitle = TextBlock(
            m_locale.label(L::CorrectionOfInvoiceNoDate)
                .arg(clean(doc.correctedInvoiceNumber, domain::Document::kMaxNumberLength)),
            m_body, m_contentWidth, m_device, 2);
    m_firstTableTop = m_titleTop + m_title.height() +
                      (m_subtitle.isEmpty() ? 0 : mm(1) + m_subtitle.height()) + mm(6);

    m_runningHeader = TextBlock(joinNonEmpty({clean(seller.legalName, S::kMaxNameLength), title,
                                              m_locale.label(L::Continued)},
                                             middleDot()),
                                font(8), m_contentWidth, m_device, 1);
    m_nextTableTop = m_top + m_runningHeader.height() + mm(5);
}

void InvoiceComposer::buildTable() {
    const domain::Document& doc = *m_content.document;
    const domain::DocumentTotals& totals = *m_content.totals;
    m_showTaxColumn = !totals.smallBusinessExemption;

    const qreal pos = mm(10.5);
    const qreal qty = mm(16);
    const qreal unit = mm(16);
    const qreal price = mm(24);
    const qreal tax = m_showTaxColumn ? mm(13) : 0;
    const qreal amount = mm(26);
    const qreal description = m_contentWidth - pos - qty - unit - price - tax - amount;
    qreal x = m_left;
    auto column = [&](qreal width, Qt::Alignment alignment) {
        m_columns.append({x, width, alignment});
        x += width;
    };
    column(pos, Qt::AlignLeft);
    column(description, Qt::AlignLeft);
    column(qty, Qt::AlignRight);
    column(unit, Qt::AlignLeft);
    column(price, Qt::AlignRight);
    column(tax, Qt::AlignRight);
    column(amount, Qt::AlignRight);

    const QList<L> headers = {L::ColumnPosition, L::ColumnDescription, L::ColumnQuantity,
                              L::ColumnUnit,     L::ColumnUnitPrice,   L::ColumnTaxRate,
                              L::ColumnAmount};
    m_headerHeight = 0;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const Column& c = m_columns[i];
        QString text = m_locale.label(headers[i]);
        if (headers[i] == L::ColumnAmount)
            text += QStringLiteral(" (") + doc.currency.code() + u')';
        const qreal width = std::max<qreal>(c.width - 2 * m_cellPadX, 1);
        m_headerCells.append(c.width > 0
                                 ? TextBlock(text, m_headerFont, width, m_device, 2, c.alignment)
                                 : TextBlock());
        m_headerHeight = std::max(m_headerHeight, m_headerCells.back().height());
    }
    m_headerHeight += 2 * mm(1.6);

    const int exponent = doc.currency.exponent();
    m_rows.reserve(doc.lines.size());
    for (qsizetype i = 0; i < doc.lines.size(); ++i) {
        const domain::DocumentLine& line = doc.lines[i];
        Row row;
        auto cell = [&](int col, const QString& text, int maxLines = 0, const QFont* f = nullptr) {
            const Column& c = m_columns[col];
            if (c.width <= 0)
                return TextBlock();
            return TextBlock(text, f ? *f : m_body, c.width - 2 * m_cellPadX, m_device, maxLines,
                             c.alignment);
        };
        row.position = cell(0, QString::number(i + 1));
        row.description = cell(
            1, S::multiLine(line.description, S::kMaxDescriptionLength, S::kMaxDescriptionLines),
            16);
        QStringList detail;
        if (line.allowance && !line.allowance->isZero())
            detail << m_locale.label(L::LineAllowance) + u' ' + u'-' +
                          m_locale.formatMoney(*line.allowance);
        if (line.charge && !line.charge->isZero())
            detail << m_locale.label(L::LineCharge) + u' ' + m_locale.formatMoney(*line.charge);
        if (!detail.isEmpty())
            row.detail = cell(1, detail.join(u'\n'), 2, &m_small);
        row.quantity = cell(2, m_locale.formatDecimal(line.quantity));
        QString unitName = domain::UnitCode::displayName(line.unitCode, doc.language);
        if (unitName.isEmpty())
            unitName = clean(line.unitCode, 8);
        row.unit = cell(3, unitName, 2);
        QString priceText = m_locale.formatDecimal(line.unitPrice, exponent);
        if (line.baseQuantity != domain::Decimal::fromScaled(domain::Decimal::kScale))
            priceText += QStringLiteral("\n/ ") + m_locale.formatDecimal(line.baseQuantity);
        row.unitPrice = cell(4, priceText);
        row.taxRate = cell(5, m_locale.formatPercent(line.taxRate));
        row.amount = cell(6, m_locale.formatMoney(totals.lineNetAmounts.value(i)));
        qreal h = 0;
        for (const TextBlock* b :
             {&row.position, &row.quantity, &row.unit, &row.unitPrice, &row.taxRate, &row.amount})
            h = std::max(h, b->height());
        h = std::max(h, row.description.height() +
                            (row.detail.isEmpty() ? 0 : mm(0.5) + row.detail.height()));
        row.height = h + 2 * m_cellPadY;
        m_rows.append(std::move(row));
    }
}

void InvoiceComposer::buildClosing() {
    const domain::Document& doc = *m_content.document;
    const domain::DocumentTotals& t = *m_content.totals;
    const domain::BusinessProfile& seller = *m_content.seller;

    m_totalsWidth = mm(95);
    m_totalsLabelWidth = mm(60);
    const qreal amountWidth = m_totalsWidth - m_totalsLabelWidth;
    const QFont strong = font(10, true);
    auto addTotal = [&](const QString& label, const QString& amount, bool isStrong = false,
                        bool ruleAbove = false) {
        TotalRow r;
        const QFont& f = isStrong ? strong : m_body;
        r.label = TextBlock(label, f, m_totalsLabelWidth - mm(2), m_device, 3);
        r.amount = TextBlock(amount, f, amountWidth, m_device, 0, Qt::AlignRight);
        r.height = std::max(r.label.height(), r.amount.height()) + mm(isStrong ? 2.2 : 1.4);
        r.strong = isStrong;
        r.ruleAbove = ruleAbove;
        m_totals.append(r);
    };
    auto minus = [&](const domain::Money& m) {
        return m.isZero() ? m_locale.formatMoney(m) : u'-' + m_locale.formatMoney(m);
    };

    addTotal(m_locale.label(L::NetTotal), m_locale.formatMoney(t.lineNetTotal));
    for (const domain::AllowanceCharge& ac : doc.allowancesCharges) {
        QString label = m_locale.label(ac.isCharge() ? L::Charge : L::Allowance);
        const QString reason = clean(ac.reason, S::kMaxReasonLength);
        if (!reason.isEmpty())
            label += QStringLiteral(": ") + reason;
        if (m_showTaxColumn)
            label += QStringLiteral(" (") + m_locale.formatPercent(ac.taxRate) + u')';
        addTotal(label, ac.isCharge() ? m_locale.formatMoney(ac.amount) : minus(ac.amount));
    }
    if (!doc.allowancesCharges.isEmpty())
        addTotal(m_locale.label(L::TaxableAmount), m_locale.formatMoney(t.taxBasisTotal));
    if (!t.smallBusinessExemption) {
        for (const domain::TaxBreakdown& b : t.breakdown) {
            const QString base = m_locale.formatMoney(b.taxableAmount);
            const QString rate = m_locale.formatPercent(b.ratePercent);
            const QString label = b.category == domain::TaxCategory::StandardRate
                                      ? m_locale.label(L::TaxOn).arg(rate, base)
                                      : m_locale.label(L::TaxOnWith)
                                            .arg(rate, m_locale.taxCategoryName(b.category), base);
            addTotal(label, m_locale.formatMoney(b.taxAmount));
        }
    }
    const bool credit = doc.type == DocumentType::CreditNote;
    addTotal(m_locale.label(credit ? L::TotalCredit : L::Total),
             m_locale.formatMoneyWithCurrency(t.grandTotal), true, true);
    if (doc.type != DocumentType::Quote) {
        const bool settled = !t.prepaidAmount.isZero() || !m_content.amountPaid.isZero() ||
                             !m_content.amountCredited.isZero();
        if (!t.prepaidAmount.isZero())
            addTotal(m_locale.label(L::Prepaid), minus(t.prepaidAmount));
        if (!m_content.amountPaid.isZero())
            addTotal(m_locale.label(L::Paid), minus(m_content.amountPaid));
        if (!m_content.amountCredited.isZero())
            addTotal(m_locale.label(L::Credited), minus(m_content.amountCredited));
        if (settled || !credit)
            addTotal(m_locale.label(credit ? L::RefundDue : L::AmountDue),
                     m_locale.formatMoneyWithCurrency(m_content.amountDue), true, settled);
    }

    // Exemption reasons and the small-business notice, each once.
    QStringList notices;
    for (const domain::TaxBreakdown& b : t.breakdown) {
        const QString reason = S::multiLine(b.exemptionReason, S::kMaxReasonLength, 3);
        if (reason.isEmpty() || (t.smallBusinessExemption && b.exemptionReason == t.legalNotice))
            continue;
        const QString text = t.smallBusinessExemption
                                 ? reason
                                 : m_locale.taxCategoryName(b.category).left(1).toUpper() +
                                       m_locale.taxCategoryName(b.category).mid(1) +
                                       QStringLiteral(": ") + reason;
        if (!notices.contains(text))
            notices << text;
    }
    if (!t.legalNotice.isEmpty())
        notices << S::multiLine(t.legalNotice, S::kMaxReasonLength, 3);
    for (const QString& n : notices)
        m_notices.append(TextBlock(n, font(8), m_contentWidth, m_device, 4));

    // Payment instructions (invoices with something left to pay).
    const QString number = clean(doc.number, domain::Document::kMaxNumberLength);
    const QString iban = domain::Iban::isValid(seller.iban)
                             ? domain::Iban::parse(seller.iban)->formatted()
                             : clean(seller.iban, S::kMaxShortFieldLength);
    const QString terms = S::multiLine(doc.paymentTermsText, S::kMaxTermsLength, S::kMaxTermsLines);
    m_hasPayment =
        doc.type == DocumentType::Invoice && (m_content.amountDue.isPositive() || !terms.isEmpty());
    if (m_hasPayment) {
        m_qrSize = m_content.paymentCode ? mm(30) : 0;
        m_paymentTextWidth = m_contentWidth - (m_content.paymentCode ? m_qrSize + mm(8) : 0);
        m_paymentHeading = TextBlock(m_locale.label(L::PaymentHeading), m_bodyBold,
                                     m_paymentTextWidth, m_device, 1);
        if (m_content.amountDue.isPositive()) {
            const QString amount = m_locale.formatMoneyWithCurrency(m_content.amountDue);
            QString sentence;
            if (number.isEmpty())
                sentence = m_locale.label(L::TransferNoReference).arg(amount);
            else if (doc.dueDate.isValid())
                sentence = m_locale.label(L::TransferWithDueDate)
                               .arg(amount, m_locale.formatDate(doc.dueDate), number);
            else
                sentence = m_locale.label(L::TransferNoDueDate).arg(amount, number);
            m_paymentText = TextBlock(sentence, m_body, m_paymentTextWidth, m_device, 3);
            auto detail = [&](L label, const QString& value) {
                if (value.isEmpty())
                    return;
                KeyValue kv;
                kv.key = TextBlock(m_locale.label(label), m_body, mm(28), m_device, 1);
                kv.value = TextBlock(value, m_body, m_paymentTextWidth - mm(30), m_device, 2);
                kv.height = std::max(kv.key.height(), kv.value.height()) + mm(0.6);
                m_paymentDetails.append(kv);
            };
            if (!iban.isEmpty()) {
                detail(L::AccountHolder, clean(seller.legalName, S::kMaxNameLength));
                detail(L::Iban, iban);
                detail(L::Bic, clean(seller.bic, S::kMaxShortFieldLength));
            }
        }
        m_paymentTerms = TextBlock(terms, m_body, m_paymentTextWidth, m_device,
                                   static_cast<int>(S::kMaxTermsLines) + 2);
        if (m_content.paymentCode)
            m_qrCaption = TextBlock(m_locale.label(L::ScanToPay), font(7), m_qrSize, m_device, 2,
                                    Qt::AlignHCenter);
    }

    const QString notes = S::multiLine(doc.notes, S::kMaxNotesLength, S::kMaxNotesLines);
    if (!notes.isEmpty()) {
        m_notesHeading =
            TextBlock(m_locale.label(L::NotesHeading), m_bodyBold, m_contentWidth, m_device, 1);
        m_notes = TextBlock(notes, m_body, m_contentWidth, m_device,
                            static_cast<int>(S::kMaxNotesLines) + 10);
    }

    // The atoms, in reading order.
    qreal totalsHeight = 0;
    for (const TotalRow& r : m_totals)
        totalsHeight += r.height;
    m_atoms.append({AtomKind::Totals, 0, totalsHeight, mm(4)});
    for (qsizetype i = 0; i < m_notices.size(); ++i)
        m_atoms.append(
            {AtomKind::Note, static_cast<int>(i), m_notices[i].height(), i == 0 ? mm(4) : mm(1.5)});
    if (m_hasPayment) {
        qreal text = m_paymentHeading.height() + mm(1);
        if (!m_paymentText.isEmpty())
            text += m_paymentText.height() + mm(1);
        for (const KeyValue& kv : m_paymentDetails)
            text += kv.height;
        if (!m_paymentTerms.isEmpty())
            text += mm(1) + m_paymentTerms.height();
        const qreal qr = m_content.paymentCode ? m_qrSize + mm(1) + m_qrCaption.height() : 0;
        m_atoms.append({AtomKind::Payment, 0, std::max(text, qr), mm(7)});
    }
    if (!m_notes.isEmpty())
        m_atoms.append(
            {AtomKind::Notes, 0, m_notesHeading.height() + mm(1) + m_notes.height(), mm(6)});
}

void InvoiceComposer::buildFooter() {
    const domain::BusinessProfile& seller = *m_content.seller;
    const qreal width = m_contentWidth / 3 - mm(3);
    QStringList first;
    first << clean(seller.legalName, S::kMaxNameLength);
    for (const QString& line : seller.address.lines)
        first << clean(line, S::kMaxAddressLineLength);
    first << joinNonEmpty({clean(seller.address.postalCode, S::kMaxShortFieldLength),
                           clean(seller.address.city, S::kMaxAddressLineLength)},
                          QStringLiteral(" "));
    first << m_locale.countryName(seller.address.country);
    QStringList second;
    auto labelled = [&](L label, const QString& value) {
        return value.isEmpty() ? QString() : m_locale.label(label) + QStringLiteral(": ") + value;
    };
    second << labelled(L::Email, clean(seller.email, S::kMaxShortFieldLength));
    second << labelled(L::Phone, clean(seller.phone, S::kMaxShortFieldLength));
    second << labelled(L::Website, clean(seller.website, S::kMaxShortFieldLength));
    QStringList third;
    third << labelled(L::VatId, clean(seller.vatId, S::kMaxShortFieldLength));
    third << labelled(L::TaxNumber, clean(seller.taxNumber, S::kMaxShortFieldLength));
    const QString iban = domain::Iban::isValid(seller.iban)
                             ? domain::Iban::parse(seller.iban)->formatted()
                             : clean(seller.iban, S::kMaxShortFieldLength);
    third << labelled(L::Iban, iban);
    third << labelled(L::Bic, clean(seller.bic, S::kMaxShortFieldLength));
    for (QStringList* column : {&first, &second, &third}) {
        column->removeAll(QString());
        m_footerColumns.append(TextBlock(column->join(u'\n'), m_footerFont, width, m_device, 4));
    }
}

void InvoiceComposer::paginate() {
    int page = 0;
    qreal y = m_firstTableTop + m_headerHeight;
    for (Row& row : m_rows) {
        if (y + row.height > m_bodyBottom &&
            y > (page == 0 ? m_firstTableTop : m_nextTableTop) + m_headerHeight + 0.5) {
            ++page;
            y = m_nextTableTop + m_headerHeight;
        }
        row.page = page;
        row.y = y;
        y += row.height;
    }

    // The closing section stays together on the last page when it fits on
    // one; otherwise it flows atom by atom.
    qreal closing = 0;
    for (const Atom& a : m_atoms)
        closing += a.gapBefore + a.height;
    bool freshPage = false;
    if (y + closing > m_bodyBottom && m_nextTableTop + closing <= m_bodyBottom) {
        ++page;
        y = m_nextTableTop;
        freshPage = true;
    }
    for (Atom& a : m_atoms) {
        qreal gap = freshPage ? 0 : a.gapBefore;
        if (y + gap + a.height > m_bodyBottom && !freshPage) {
            ++page;
            y = m_nextTableTop;
            gap = 0;
        }
        a.page = page;
        a.y = y + gap;
        y = a.y + a.height;
        freshPage = false;
    }
    m_pageCount = page + 1;
}

void InvoiceComposer::paint(QPainter* painter, QPagedPaintDevice* device) const {
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    qsizetype nextRow = 0;
    qsizetype nextAtom = 0;
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            device->newPage();
        if (page == 0)
            paintFirstPageHeader(painter);
        else
            paintContinuationHeader(painter);
        const bool hasRows = nextRow < m_rows.size() && m_rows[nextRow].page == page;
        if (page == 0 || hasRows)
            paintTableHeader(painter, page == 0 ? m_firstTableTop : m_nextTableTop);
        while (nextRow < m_rows.size() && m_rows[nextRow].page == page)
            paintRow(painter, m_rows[nextRow++]);
        while (nextAtom < m_atoms.size() && m_atoms[nextAtom].page == page)
            paintAtom(painter, m_atoms[nextAtom++]);
        paintFooter(painter, page);
    }
}

void InvoiceComposer::paintRule(QPainter* painter, qreal x1, qreal x2, qreal y, qreal widthPt,
                                const QColor& color) const {
    QPen pen(color);
    pen.setWidthF(widthPt * kDpi / 72.0);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(QPointF(x1, y), QPointF(x2, y));
}

void InvoiceComposer::paintFirstPageHeader(QPainter* painter) const {
    m_sellerName.draw(painter, QPointF(m_left, m_top), kInk);
    m_sellerDetails.draw(painter, QPointF(m_left, m_top + m_sellerName.height() + mm(1.5)), kMuted);
    if (!m_logoRect.isNull())
        painter->drawImage(m_logoRect, m_content.logo);

    m_returnLine.draw(painter, QPointF(m_left, m_addressTop), kMuted);
    paintRule(painter, m_left, m_left + std::min(mm(85), m_returnLine.naturalWidth()),
              m_addressTop + m_returnLine.height() + mm(0.4), 0.4, kRule);
    m_buyerBlock.draw(painter, QPointF(m_left, m_addressTop + m_returnLine.height() + mm(2)), kInk);

    qreal y = m_addressTop;
    for (const KeyValue& kv : m_meta) {
        // Align the smaller key's baseline-ish with the value's first line.
        kv.key.draw(painter, QPointF(m_metaX, y + mm(0.3)), kMuted);
        kv.value.draw(painter, QPointF(m_metaX + m_metaKeyWidth, y), kInk);
        y += kv.height;
    }

    m_title.draw(painter, QPointF(m_left, m_titleTop), kInk);
    if (!m_subtitle.isEmpty())
        m_subtitle.draw(painter, QPointF(m_left, m_titleTop + m_title.height() + mm(1)), kInk);
}

void InvoiceComposer::paintContinuationHeader(QPainter* painter) const {
    m_runningHeader.draw(painter, QPointF(m_left, m_top), kMuted);
    paintRule(painter, m_left, m_right, m_top + m_runningHeader.height() + mm(1.5), 0.4, kRule);
}

void InvoiceComposer::paintTableHeader(QPainter* painter, qreal y) const {
    painter->fillRect(QRectF(m_left, y, m_contentWidth, m_headerHeight), kHeaderFill);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns[i];
        if (c.width <= 0)
            continue;
        const TextBlock& cell = m_headerCells[i];
        cell.draw(painter, QPointF(c.x + m_cellPadX, y + (m_headerHeight - cell.height()) / 2),
                  kInk);
    }
    paintRule(painter, m_left, m_right, y + m_headerHeight, 0.6, kMuted);
}

void InvoiceComposer::paintRow(QPainter* painter, const Row& row) const {
    const qreal top = row.y + m_cellPadY;
    auto at = [&](int col, const TextBlock& block) {
        const Column& c = m_columns[col];
        if (c.width > 0)
            block.draw(painter, QPointF(c.x + m_cellPadX, top), kInk);
    };
    at(0, row.position);
    at(1, row.description);
    if (!row.detail.isEmpty())
        row.detail.draw(
            painter, QPointF(m_columns[1].x + m_cellPadX, top + row.description.height() + mm(0.5)),
            kMuted);
    at(2, row.quantity);
    at(3, row.unit);
    at(4, row.unitPrice);
    at(5, row.taxRate);
    at(6, row.amount);
    paintRule(painter, m_left, m_right, row.y + row.height, 0.25, kRule);
}

void InvoiceComposer::paintAtom(QPainter* painter, const Atom& atom) const {
    switch (atom.kind) {
    case AtomKind::Totals:
        paintTotals(painter, atom.y);
        break;
    case AtomKind::Note:
        m_notices[atom.index].draw(painter, QPointF(m_left, atom.y), kMuted);
        break;
    case AtomKind::Payment:
        paintPayment(painter, atom.y);
        break;
    case AtomKind::Notes:
        m_notesHeading.draw(painter, QPointF(m_left, atom.y), kInk);
        m_notes.draw(painter, QPointF(m_left, atom.y + m_notesHeading.height() + mm(1)), kInk);
        break;
    }
}

void InvoiceComposer::paintTotals(QPainter* painter, qreal y) const {
    const qreal x = m_right - m_totalsWidth;
    for (const TotalRow& r : m_totals) {
        if (r.ruleAbove)
            paintRule(painter, x, m_right, y, r.strong ? 0.6 : 0.3, kMuted);
        const qreal pad = r.strong ? mm(1.1) : mm(0.7);
        r.label.draw(painter, QPointF(x, y + pad), kInk);
        r.amount.draw(painter, QPointF(x + m_totalsLabelWidth, y + pad), kInk);
        y += r.height;
    }
}

void InvoiceComposer::paintPayment(QPainter* painter, qreal y) const {
    const qreal top = y;
    m_paymentHeading.draw(painter, QPointF(m_left, y), kInk);
    y += m_paymentHeading.height() + mm(1);
    if (!m_paymentText.isEmpty()) {
        m_paymentText.draw(painter, QPointF(m_left, y), kInk);
        y += m_paymentText.height() + mm(1);
    }
    for (const KeyValue& kv : m_paymentDetails) {
        kv.key.draw(painter, QPointF(m_left, y), kMuted);
        kv.value.draw(painter, QPointF(m_left + mm(30), y), kInk);
        y += kv.height;
    }
    if (!m_paymentTerms.isEmpty())
        m_paymentTerms.draw(painter, QPointF(m_left, y + mm(1)), kInk);
    if (m_content.paymentCode) {
        const QPointF qrTopLeft(m_right - m_qrSize, top);
        paintQrCode(painter, qrTopLeft, m_qrSize);
        m_qrCaption.draw(painter, QPointF(qrTopLeft.x(), top + m_qrSize + mm(1)), kMuted);
    }
}

void InvoiceComposer::paintQrCode(QPainter* painter, QPointF topLeft, qreal size) const {
    const QrCode& code = *m_content.paymentCode;
    const int quiet = 4;
    const qreal module = size / (code.size() + 2 * quiet);
    const qreal overlap = module * 0.02; // no hairline seams between touching modules
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y))
                ++x;
            path.addRect(QRectF(topLeft.x() + (quiet + start) * module - overlap,
                                topLeft.y() + (quiet + y) * module - overlap,
                                (x - start) * module + 2 * overlap, module + 2 * overlap));
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillPath(path, QColor(Qt::black));
    painter->restore();
}

void InvoiceComposer::paintFooter(QPainter* painter, int page) const {
    paintRule(painter, m_left, m_right, m_footerTop, 0.4, kRule);
    const qreal columnWidth = m_contentWidth / 3;
    for (qsizetype i = 0; i < m_footerColumns.size(); ++i)
        m_footerColumns[i].draw(
            painter, QPointF(m_left + static_cast<qreal>(i) * columnWidth, m_footerTop + mm(1.8)),
            kMuted);
    const TextBlock label(m_locale.label(L::Page).arg(page + 1).arg(m_pageCount), m_footerFont,
                          m_contentWidth, m_device, 1, Qt::AlignRight);
    label.draw(painter, QPointF(m_left, m_pageHeight - mm(10)), kMuted);
}

} // namespace quittance::pdf
