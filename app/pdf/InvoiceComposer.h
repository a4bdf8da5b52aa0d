#pragma once

#include "DocumentLocale.h"
#include "QrCode.h"
#include "TextBlock.h"
#include "domain/BusinessProfile.h"
#include "domain/Client.h"
#include "domain/Document.h"
#include "domain/DocumentTotals.h"
#include "domain/Money.h"

#include <QImage>
#include <QList>
#include <QSizeF>

#include <optional>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace quittance::pdf {

// The page layout of one document, computed in full before anything is drawn
// (so "Page x of y" is known and no row is split), then painted page by page.
// Internal to InvoicePdfRenderer, which checks the input first: the
// composer trusts that the totals belong to the document, that the seller and
// buyer are resolved and that amounts share the document currency.
class InvoiceComposer {
public:
    struct Content {
        const domain::Document* document = nullptr;
        const domain::DocumentTotals* totals = nullptr;
        const domain::BusinessProfile* seller = nullptr;
        const domain::Client* buyer = nullptr;
        domain::Money amountPaid;     // zero if none
        domain::Money amountCredited; // zero if none
        domain::Money amountDue;      // totals.amountDue - paid - credited
        QImage logo;                  // null for none, flattened onto white
        std::optional<QrCode> paymentCode;
    };

    // `pageSizeMm` is the paper size; `device` provides the metrics (the
    // QPdfWriter the composer will later paint on, at kDpi).
    InvoiceComposer(const Content& content, QSizeF pageSizeMm, QPaintDevice* device,
                    const QString& fontFamily);

    static constexpr int kDpi = 720;

    int pageCount() const { return m_pageCount; }
    void paint(QPainter* painter, QPagedPaintDevice* device) const;

private:
    struct Row {
        TextBlock position;
        TextBlock description;
        TextBlock detail; // line allowance / charge
        TextBlock quantity;
        TextBlock unit;
        TextBlock unitPrice;
        TextBlock taxRate;
        TextBlock amount;
        qreal height = 0;
        int page = 0;
        qreal y = 0;
    };
    struct Column {
        qreal x = 0;
        qreal width = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct TotalRow {
        TextBlock label;
        TextBlock amount;
        qreal height = 0;
        bool strong = false;
        bool ruleAbove = false;
    };
    enum class AtomKind {
        Totals,
        Note,
        Payment,
        Notes,
    };
    struct Atom {
        AtomKind kind = AtomKind::Note;
        int index = 0; // into m_notices for notes
        qreal height = 0;
        qreal gapBefore = 0;
        int page = 0;
        qreal y = 0;
    };
    struct KeyValue {
        TextBlock key;
        TextBlock value;
        qreal height = 0;
    };

    qreal mm(qreal millimetres) const { return millimetres * kDpi / 25.4; }
    QFont font(qreal points, bool bold = false) const;
    QString clean(const QString& text, qsizetype maxLength) const;

    void buildFonts();
    void buildFirstPageHeader();
    void buildTable();
    void buildClosing();
    void buildFooter();
    void paginate();

    void paintFirstPageHeader(QPainter* painter) const;
    void paintContinuationHeader(QPainter* painter) const;
    void paintTableHeader(QPainter* painter, qreal y) const;
    void paintRow(QPainter* painter, const Row& row) const;
    void paintAtom(QPainter* painter, const Atom& atom) const;
    void paintTotals(QPainter* painter, qreal y) const;
    void paintPayment(QPainter* painter, qreal y) const;
    void paintFooter(QPainter* painter, int page) const;
    void paintRule(QPainter* painter, qreal x1, qreal x2, qreal y, qreal widthPt,
                   const QColor& color) const;
    void paintQrCode(QPainter* painter, QPointF topLeft, qreal size) const;

    const Content& m_content;
    DocumentLocale m_locale;
    QPaintDevice* m_device;
    QString m_family;

    // Geometry, device units.
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_top = 0;
    qreal m_bodyBottom = 0;
    qreal m_contentWidth = 0;

    QFont m_body;
    QFont m_bodyBold;
    QFont m_small;
    QFont m_footerFont;
    QFont m_headerFont;

    // First page header.
    TextBlock m_sellerName;
    TextBlock m_sellerDetails;
    QRectF m_logoRect;
    TextBlock m_returnLine;
    TextBlock m_buyerBlock;
    qreal m_addressTop = 0;
    QList<KeyValue> m_meta;
    qreal m_metaX = 0;
    qreal m_metaKeyWidth = 0;
    TextBlock m_title;
    TextBlock m_subtitle;
    qreal m_titleTop = 0;
    qreal m_firstTableTop = 0;
    // Later pages.
    TextBlock m_runningHeader;
    qreal m_nextTableTop = 0;

    // Table.
    QList<Column> m_columns; // position, description, qty, unit, price, tax, amount
    bool m_showTaxColumn = true;
    QList<TextBlock> m_headerCells;
    qreal m_headerHeight = 0;
    QList<Row> m_rows;
    qreal m_cellPadX = 0;
    qreal m_cellPadY = 0;

    // Closing section.
    QList<TotalRow> m_totals;
    qreal m_totalsWidth = 0;
    qreal m_totalsLabelWidth = 0;
    QList<TextBlock> m_notices; // exemption reasons and legal notice
    TextBlock m_paymentHeading;
    TextBlock m_paymentText;
    QList<KeyValue> m_paymentDetails;
    TextBlock m_paymentTerms;
    TextBlock m_qrCaption;
    qreal m_qrSize = 0;
    qreal m_paymentTextWidth = 0;
    TextBlock m_notesHeading;
    TextBlock m_notes;
    QList<Atom> m_atoms;

    // Footer.
    QList<TextBlock> m_footerColumns;
    qreal m_footerTop = 0;

    int m_pageCount = 1;
    bool m_hasPayment = false;
};

} // namespace quittance::pdf
