// Writes the sample documents used to look at the layout and to make
// docs/sample-invoice.png:
//   pdf_sample OUTDIR   -> OUTDIR/invoice-en.pdf, invoice-de.pdf, credit-note-de.pdf,
//                          long-invoice.pdf, letter-invoice.pdf
// then e.g. `pdftoppm -r 80 -png OUTDIR/invoice-de.pdf page`.

#include "PdfFixture.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>

using namespace quittance;

namespace {

bool write(const QString& path, const pdf::InvoicePdfRenderer::Input& input,
           const pdf::InvoicePdfRenderer::Options& options = {}) {
    const auto bytes = pdf::InvoicePdfRenderer().render(input, options);
    if (!bytes) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(bytes.error().message));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: pdf_sample OUTDIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const QByteArray logo = test::pdfLogoPng();
    bool ok = true;

    ok &= write(dir.filePath(QStringLiteral("invoice-en.pdf")),
                test::pdfInput(test::pdfInvoice(domain::DocumentLanguage::English), logo));
    ok &= write(dir.filePath(QStringLiteral("invoice-de.pdf")),
                test::pdfInput(test::pdfInvoice(domain::DocumentLanguage::German), logo));

    domain::Document credit = test::pdfInvoice(domain::DocumentLanguage::German);
    credit.type = domain::DocumentType::CreditNote;
    credit.number = QStringLiteral("RK-2026-001");
    credit.correctedInvoiceNumber = QStringLiteral("RE-2026-001");
    credit.lines.removeLast();
    credit.notes.clear();
    ok &= write(dir.filePath(QStringLiteral("credit-note-de.pdf")), test::pdfInput(credit, logo));

    domain::Document mixed = test::pdfInvoice();
    mixed.lines.append(
        test::pdfLine(QStringLiteral("Μετάφραση κειμένου (Greek translation)"), "2.5", "60"));
    mixed.lines.append(
        test::pdfLine(QStringLiteral("Перевод текста на русский язык"), "1", "150.5", "19", "DAY"));
    mixed.lines.append(
        test::pdfLine(QStringLiteral("תרגום לעברית — Hebrew translation"), "3", "45.25"));
    mixed.lines.append(test::pdfLine(QStringLiteral("ترجمة إلى العربية"), "1", "80"));
    pdf::InvoicePdfRenderer::Options letter;
    letter.pageSize = pdf::InvoicePdfRenderer::PageSize::Letter;
    ok &= write(dir.filePath(QStringLiteral("letter-invoice.pdf")), test::pdfInput(mixed, logo),
                letter);

    domain::Document longInvoice = test::pdfInvoice();
    longInvoice.lines.clear();
    for (int i = 1; i <= 400; ++i)
        longInvoice.lines.append(
            test::pdfLine(QStringLiteral("Item %1").arg(i, 3, 10, QChar(u'0')), "1", "10"));
    ok &= write(dir.filePath(QStringLiteral("long-invoice.pdf")), test::pdfInput(longInvoice));
    return ok ? 0 : 1;
}
