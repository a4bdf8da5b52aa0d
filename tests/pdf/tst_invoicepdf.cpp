// The rendered invoice, judged by independent readers: poppler's pdftotext,
// pdfinfo, pdfimages and pdftoppm, qpdf, and zbarimg for the payment code.

#include "PdfFixture.h"
#include "PdfTools.h"
#include "TestHelpers.h"
#include "pdf/InvoicePdfRenderer.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace quittance;
using domain::DocumentLanguage;
using pdf::InvoicePdfRenderer;

namespace {

const QStringList kInjections = {
    QStringLiteral("<img src=\"file:///etc/passwd\">"),
    QStringLiteral("<a href=\"https://evil.example\">x</a>"),
    QStringLiteral("<b>bold</b>"),
    QStringLiteral("%PDF-1.7"),
    QStringLiteral(")/JS(app.alert(1))"),
};

const QStringList kForbiddenNames = {
    QStringLiteral("URI"),          QStringLiteral("Launch"),     QStringLiteral("JS"),
    QStringLiteral("JavaScript"),   QStringLiteral("OpenAction"), QStringLiteral("AA"),
    QStringLiteral("EmbeddedFile"), QStringLiteral("AcroForm"),
};

// The PDF with every stream's data replaced by a marker: the object
// structure (dictionaries, names, strings) that a reader acts on.
QByteArray withoutStreamData(const QByteArray& pdf) {
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype start = pdf.indexOf("stream", pos);
        if (start < 0)
            break;
        if (start >= 3 && pdf.mid(start - 3, 3) == "end") { // "endstream"
            out += pdf.mid(pos, start + 6 - pos);
            pos = start + 6;
            continue;
        }
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        out += pdf.mid(pos, start + 6 - pos);
        out += "\n[data]\n";
        pos = end;
    }
    out += pdf.mid(pos);
    return out;
}

} // namespace

class TestInvoicePdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    InvoicePdfRenderer m_renderer;

    QString write(const QByteArray& pdf) {
        const QString path = m_dir.filePath(QStringLiteral("doc%1.pdf").arg(++m_counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            qFatal("cannot write test PDF");
        return path;
    }

    QByteArray render(const InvoicePdfRenderer::Input& input,
                      const InvoicePdfRenderer::Options& options = {}) {
        const auto result = m_renderer.render(input, options);
        if (!result)
            qFatal("render failed: %s", qPrintable(result.error().message));
        return *result;
    }

    QString text(const QString& path, int page = 0, bool layout = false) {
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
        const auto run = test::runTool(QStringLiteral("pdftotext"), args);
        if (run.exitCode != 0)
            qFatal("pdftotext failed: %s", run.err.constData());
        return QString::fromUtf8(run.out);
    }

    QMap<QString, QString> info(const QString& path) {
        const auto run = test::runTool(QStringLiteral("pdfinfo"), {path});
        QMap<QString, QString> fields;
        for (const QString& line : QString::fromUtf8(run.out).split(u'\n')) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
        }
        return fields;
    }

    int imageCount(const QString& path) {
        const auto run =
            test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
        // Two header lines, then one line per image.
        return static_cast<int>(QString::fromUtf8(run.out).trimmed().split(u'\n').size()) - 2;
    }

    struct WordBox {
        int page = 0;
        QString text;
        QRectF box; // points
    };

    // Word boxes from pdftotext -bbox.
    QList<WordBox> wordBoxes(const QString& path) {
        const auto run = test::runTool(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        QList<WordBox> words;
        int page = 0;
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                           "yMax=\"([\\d.]+)\">([^<]*)</word>"));
        for (const QString& line : QString::fromUtf8(run.out).split(u'\n')) {
            if (line.contains(QStringLiteral("<page ")))
                ++page;
            const auto m = word.match(line);
            if (m.hasMatch())
                words.append({page, m.captured(5),
                              QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                     QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
        }
        return words;
    }

    static void assertNoOverlap(const QList<WordBox>& words) {
        for (qsizetype i = 0; i < words.size(); ++i) {
            for (qsizetype j = i + 1; j < words.size(); ++j) {
                if (words[i].page != words[j].page)
                    continue;
                // Shrink by half a point: touching boxes are fine.
                const QRectF a = words[i].box.adjusted(0.5, 0.5, -0.5, -0.5);
                const QRectF b = words[j].box.adjusted(0.5, 0.5, -0.5, -0.5);
                QVERIFY2(!a.intersects(b),
                         qPrintable(words[i].text + QStringLiteral(" overlaps ") + words[j].text));
            }
        }
    }

    QByteArray uncompressed(const QString& path) {
        const QString out = path + QStringLiteral(".qdf");
        const auto run = test::runTool(
            QStringLiteral("qpdf"),
            {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, out});
        if (run.exitCode != 0)
            qFatal("qpdf --qdf failed: %s", run.err.constData());
        QFile file(out);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdftotext", "pdfinfo", "pdfimages", "pdftoppm", "qpdf"})
            QVERIFY2(test::hasTool(QString::fromLatin1(tool)),
                     "poppler-utils and qpdf are needed (scripts/setup installs them)");
    }

    void englishInvoiceContent() {
        const QString path = write(render(test::pdfInput(test::pdfInvoice())));
        const QString t = text(path);
        for (const char* expected : {"Invoice RE-2026-001",
                                     "Anna Muster Design",
                                     "Beispiel GmbH",
                                     "Marktplatz 5",
                                     "80331 München",
                                     "Invoice no.",
                                     "15 March 2026",
                                     "Due date",
                                     "29 March 2026",
                                     "Your reference",
                                     "PO-4711",
                                     "Description",
                                     "Qty",
                                     "Unit price",
                                     "Corporate design",
                                     "hour",
                                     "85.00",
                                     "850.00",
                                     "Net total",
                                     "970.00",
                                     "VAT 19% on 850.00",
                                     "161.50",
                                     "VAT 7% on 120.00",
                                     "8.40",
                                     "Total",
                                     "1,139.90",
                                     "Amount due",
                                     "Payment",
                                     "IBAN",
                                     "DE89 3704 0044 0532 0130 00",
                                     "COBADEFFXXX",
                                     "Payable within 14 days without deduction.",
                                     "Thank you for your business!",
                                     "VAT ID: DE123456789",
                                     "Page 1 of 1"})
            QVERIFY2(t.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!t.contains(QStringLiteral("1.139,90")));
    }

    void germanInvoiceContent() {
        const QString path =
            write(render(test::pdfInput(test::pdfInvoice(DocumentLanguage::German))));
        const QString t = text(path);
        for (const char* expected : {"Rechnung RE-2026-001",
                                     "Rechnungsnr.",
                                     "15.03.2026",
                                     "Fällig am",
                                     "29.03.2026",
                                     "Beschreibung",
                                     "Menge",
                                     "Einzelpreis",
                                     "Stunde",
                                     "85,00",
                                     "850,00",
                                     "Summe netto",
                                     "970,00",
                                     "19 % auf 850,00",
                                     "161,50",
                                     "8,40",
                                     "Gesamtbetrag",
                                     "1.139,90",
                                     "Zahlbetrag",
                                     "Bitte überweisen Sie",
                                     "USt-IdNr.: DE123456789",
                                     "Seite 1 von 1"})
            QVERIFY2(t.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!t.contains(QStringLiteral("1,139.90")));
        QVERIFY(!t.contains(QStringLiteral("March")));
    }

    void groupsLargeNumbers() {
        auto d = test::pdfInvoice();
        d.lines = {test::pdfLine(QStringLiteral("Annual retainer"), "1", "1234567.5")};
        const QString en = text(write(render(test::pdfInput(d))));
        QVERIFY(en.contains(QStringLiteral("1,234,567.50")));
        d.language = DocumentLanguage::German;
        const QString de = text(write(render(test::pdfInput(d))));
        QVERIFY(de.contains(QStringLiteral("1.234.567,50")));
    }

    void currencyExponents() {
        auto d = test::pdfInvoice();
        d.currency = test::pdfCurrency("JPY");
        d.lines = {test::pdfLine(QStringLiteral("Workshop"), "3", "12500")};
        // 37,500 net + 19 % = 7,125 VAT, 44,625 total, no minor digits.
        const QString jpy = text(write(render(test::pdfInput(d))));
        QVERIFY(jpy.contains(QStringLiteral("37,500")));
        QVERIFY(jpy.contains(QStringLiteral("7,125")));
        QVERIFY(jpy.contains(QStringLiteral("44,625")));
        QVERIFY(jpy.contains(QStringLiteral("Amount (JPY)")));
        QVERIFY(!jpy.contains(QStringLiteral("37,500.")));
        d.currency = test::pdfCurrency("KWD");
        d.language = DocumentLanguage::German;
        d.lines = {test::pdfLine(QStringLiteral("Workshop"), "2", "1000.125")};
        // 2,000.250 net, 380.048 VAT (380.0475 rounded half away from zero).
        const QString kwd = text(write(render(test::pdfInput(d))));
        QVERIFY(kwd.contains(QStringLiteral("2.000,250")));
        QVERIFY(kwd.contains(QStringLiteral("380,048")));
        QVERIFY(kwd.contains(QStringLiteral("2.380,298")));
    }

    void emptyDraftRenders() {
        auto d = test::pdfInvoice();
        d.number.clear();
        d.lines.clear();
        d.notes.clear();
        const QString path = write(render(test::pdfInput(d)));
        QCOMPARE(info(path).value(QStringLiteral("Pages")), QStringLiteral("1"));
        const QString t = text(path);
        QVERIFY(t.contains(QStringLiteral("Invoice (draft)")));
        QVERIFY(t.contains(QStringLiteral("Description")));
        QVERIFY(t.contains(QStringLiteral("Net total")));
        QVERIFY(!t.contains(QStringLiteral("Scan to pay"))); // nothing to pay
    }

    void structureIsValid() {
        const QString path = write(render(test::pdfInput(test::pdfInvoice(), test::pdfLogoPng())));
        const auto check = test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("No syntax or stream encoding errors found"));
        QVERIFY2(check.err.isEmpty(), check.err.constData());
        QCOMPARE(info(path).value(QStringLiteral("PDF version")), QStringLiteral("1.4"));
    }

    void metadata() {
        const QByteArray pdf = render(test::pdfInput(test::pdfInvoice()));
        const auto fields = info(write(pdf));
        QCOMPARE(fields.value(QStringLiteral("Title")), QStringLiteral("Invoice RE-2026-001"));
        QCOMPARE(fields.value(QStringLiteral("Creator")), QStringLiteral("Quittance"));
        QCOMPARE(fields.value(QStringLiteral("Producer")), QStringLiteral("Quittance"));
        QVERIFY(!fields.contains(QStringLiteral("Author")));
        QCOMPARE(fields.value(QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY(fields.value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
        QVERIFY(!pdf.contains("Qt 6"));
        QVERIFY(!pdf.contains(QByteArrayView("\0Q\0t\0 \0006", 8)));
        // PDF/A-1b identification and the same facts in XMP.
        QVERIFY(pdf.contains("<pdfaid:part>1</pdfaid:part>"));
        QVERIFY(pdf.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        QVERIFY(pdf.contains("<pdf:Producer>Quittance</pdf:Producer>"));
        QVERIFY(pdf.contains("<xmp:CreatorTool>Quittance</xmp:CreatorTool>"));
        QVERIFY(pdf.contains("<xmp:CreateDate>2026-03-15T00:00:00Z</xmp:CreateDate>"));
        QVERIFY(pdf.contains("/CreationDate (D:20260315000000Z)"));
        QVERIFY(pdf.contains("/OutputIntents"));

        auto german = test::pdfInvoice(DocumentLanguage::German);
        german.type = domain::DocumentType::CreditNote;
        german.number = QStringLiteral("RK-7");
        german.correctedInvoiceNumber = QStringLiteral("RE-6");
        QCOMPARE(info(write(render(test::pdfInput(german)))).value(QStringLiteral("Title")),
                 QStringLiteral("Rechnungskorrektur RK-7"));
    }

    void revealsNothingAboutTheMachine() {
        auto input = test::pdfInput(test::pdfInvoice(), test::pdfLogoPng());
        const QByteArray pdf = render(input);
        const QString path = write(pdf);
        const QByteArray qdf = uncompressed(path);
        QList<QByteArray> secrets;
        const QByteArray user = qgetenv("USER");
        if (user.size() >= 3)
            secrets << user;
        const QByteArray host = QSysInfo::machineHostName().toUtf8();
        if (host.size() >= 3)
            secrets << host;
        secrets << QDir::tempPath().toUtf8() << m_dir.path().toUtf8() << QDir::homePath().toUtf8()
                << QByteArrayLiteral("/usr/share/fonts") << QByteArrayLiteral("DejaVuSans.ttf");
        // Font programs are binary; look in everything else.
        const QByteArray structure = withoutStreamData(pdf);
        const QByteArray qdfStructure = withoutStreamData(qdf);
        for (const QByteArray& secret : secrets) {
            if (secret == "/" || secret.isEmpty())
                continue;
            QVERIFY2(!structure.contains(secret), secret.constData());
            QVERIFY2(!qdfStructure.contains(secret), secret.constData());
        }
        const QString t = text(path);
        for (const QByteArray& secret : secrets)
            QVERIFY2(!t.contains(QString::fromUtf8(secret)), secret.constData());
    }

    void forbiddenKeysAbsent() {
        auto d = test::pdfInvoice();
        d.notes = kInjections.join(u'\n');
        d.lines.append(test::pdfLine(kInjections.join(u' '), "1", "1"));
        const QByteArray pdf = render(test::pdfInput(d, test::pdfLogoPng()));
        const QString path = write(pdf);
        const QByteArray qdf = uncompressed(path);
        for (const QString& name : kForbiddenNames) {
            const QRegularExpression key(QStringLiteral("/%1(?![A-Za-z0-9])").arg(name));
            QVERIFY2(!key.match(QString::fromLatin1(withoutStreamData(pdf))).hasMatch(),
                     qPrintable(name));
            QVERIFY2(!key.match(QString::fromLatin1(withoutStreamData(qdf))).hasMatch(),
                     qPrintable(name));
        }
        // Annotations, if the writer lists any, are empty.
        const QRegularExpression annots(QStringLiteral("/Annots\\s*\\[\\s*[^\\]\\s]"));
        QVERIFY(!annots.match(QString::fromLatin1(withoutStreamData(qdf))).hasMatch());
        const auto fields = info(path);
        QCOMPARE(fields.value(QStringLiteral("JavaScript")), QStringLiteral("no"));
        QCOMPARE(fields.value(QStringLiteral("Form")), QStringLiteral("none"));
    }

    void injectionStringsAreLiteralText() {
        auto d = test::pdfInvoice();
        auto buyer = test::pdfBuyer();
        buyer.name = kInjections[0];
        buyer.contactPerson = kInjections[1];
        d.buyerSnapshot = buyer;
        d.buyerReference = kInjections[2];
        d.lines = {test::pdfLine(kInjections[3], "1", "10"),
                   test::pdfLine(kInjections[4], "1", "20")};
        d.notes = kInjections.join(u'\n');
        const QString path = write(render(test::pdfInput(d)));
        const QString t = text(path);
        for (const QString& s : kInjections) {
            QVERIFY2(t.contains(s), qPrintable(s));
            QVERIFY2(t.count(s) >= 2, qPrintable(s)); // the field and the notes
        }
        QCOMPARE(imageCount(path), 0);
        QCOMPARE(info(path).value(QStringLiteral("Pages")), QStringLiteral("1"));
    }

    void controlAndBidiCharactersRemoved() {
        auto d = test::pdfInvoice();
        d.lines = {test::pdfLine(QStringLiteral("Fee\u202E 00.001 \u202Cend"), "1", "10"),
                   test::pdfLine(QStringLiteral("Zero\u200Bwidth\u200D\uFEFFjoined"), "1", "10"),
                   test::pdfLine(QStringLiteral("Iso\u2066late\u2069 \u200Fmark\u200E"), "1", "10"),
                   test::pdfLine(QStringLiteral("Bell\u0007 esc\u001b[31m red"), "1", "10")};
        const QString t = text(write(render(test::pdfInput(d))));
        QVERIFY(t.contains(QStringLiteral("Fee 00.001 end")));
        QVERIFY(t.contains(QStringLiteral("Zerowidthjoined")));
        QVERIFY(t.contains(QStringLiteral("Isolate mark")));
        QVERIFY(t.contains(QStringLiteral("Bell esc[31m red")));
        for (const char16_t c : {u'\u202E', u'\u202C', u'\u2066', u'\u2069', u'\u200B', u'\u200D',
                                 u'\uFEFF', u'\u200F', u'\u200E', u'\u0007', u'\u001b'})
            QVERIFY2(!t.contains(QChar(c)), qPrintable(QString::number(c, 16)));
    }

    void longFieldsAreCappedAndStayInTheirBlocks() {
        auto d = test::pdfInvoice();
        auto buyer = test::pdfBuyer();
        buyer.name = QString(5000, u'N');
        buyer.billingAddress.lines = {QString(3000, u'S') + QStringLiteral(" street")};
        d.buyerSnapshot = buyer;
        d.lines = {test::pdfLine(QString(20000, u'W'), "1", "10"),
                   test::pdfLine(QStringLiteral("word ").repeated(3000), "1", "10"),
                   test::pdfLine(QStringLiteral("line\n").repeated(500), "1", "10")};
        d.notes = QStringLiteral("note ").repeated(5000);
        d.paymentTermsText = QStringLiteral("terms\n").repeated(300);
        const auto input = test::pdfInput(d);
        const auto summary = m_renderer.summarize(input, {});
        QVERIFY_RESULT(summary);
        // Two capped 16-line rows fill page 1; the third row and the closing
        // blocks go to page 2.
        QCOMPARE(summary->pageCount, 2);
        const QString path = write(render(input));
        QCOMPARE(info(path).value(QStringLiteral("Pages")), QStringLiteral("2"));
        const QString t = text(path);
        QVERIFY(t.contains(QChar(0x2026)));
        QVERIFY(!t.contains(QString(121, u'N')));
        QVERIFY(t.contains(QStringLiteral("Net total")));
        QVERIFY(t.contains(QStringLiteral("30.00")));
        // Row 3 (twelve capped lines of "line") moved whole to page 2.
        QVERIFY(!text(path, 1).contains(QStringLiteral("line")));
        QCOMPARE(text(path, 2).count(QStringLiteral("line")), 12);

        // Every word stays in its box: the buyer's name and street inside
        // the 85 mm address window, the descriptions inside their column, and
        // no two words on a page overlap.
        const auto words = wordBoxes(path);
        constexpr double kPt = 72.0 / 25.4;
        for (const WordBox& w : words) {
            if (w.text.startsWith(QStringLiteral("NNN")) ||
                w.text.startsWith(QStringLiteral("SSS")))
                QVERIFY2(w.box.right() <= (20 + 85) * kPt, qPrintable(w.text));
            if (w.text.startsWith(QStringLiteral("WWW")))
                QVERIFY2(w.box.right() <= (20 + 10.5 + 64.5) * kPt, qPrintable(w.text));
        }
        assertNoOverlap(words);
    }

    void regularInvoiceHasNoOverlappingText() {
        const QString path = write(render(test::pdfInput(test::pdfInvoice(), test::pdfLogoPng())));
        const auto words = wordBoxes(path);
        QVERIFY(words.size() > 100);
        assertNoOverlap(words);
        const QString de = write(
            render(test::pdfInput(test::pdfInvoice(DocumentLanguage::German), test::pdfLogoPng())));
        assertNoOverlap(wordBoxes(de));
    }

    void fourHundredLines() {
        auto d = test::pdfInvoice();
        d.lines.clear();
        for (int i = 1; i <= 400; ++i)
            d.lines.append(
                test::pdfLine(QStringLiteral("Item %1").arg(i, 3, 10, QChar(u'0')), "1", "10"));
        const QString path = write(render(test::pdfInput(d)));
        // Layout, from the constants in InvoiceComposer and DejaVu Sans'
        // line spacing of 1.164 em: a single-line row is 9 pt x 1.164 =
        // 3.70 mm plus 2 x 1.3 mm padding = 6.30 mm; the body ends 29 mm above
        // the bottom edge, at 268 mm. Later pages: 15 mm margin + running
        // header 3.29 mm + 5 mm + table header 6.49 mm = rows from 29.77 mm,
        // (268 - 29.77) / 6.30 = 37.8 -> 37 rows. Page 1: address block at
        // 50 mm, return line 2.67 + 2 + four 10 pt lines 16.43 = 71.1 mm,
        // beside it five facts of 4.50 mm = 72.5 mm; + 10 mm to the title,
        // 17 pt title 6.98 mm + 6 mm + table header 6.49 mm = rows from
        // 101.95 mm, (268 - 101.95) / 6.30 = 26.4 -> 26 rows. 26 + 10 x 37 =
        // 396, so rows 397..400 and the totals land on page 12.
        QCOMPARE(info(path).value(QStringLiteral("Pages")), QStringLiteral("12"));
        QMap<int, int> seen;
        for (int page = 1; page <= 12; ++page) {
            const QString t = text(path, page);
            QVERIFY2(t.contains(QStringLiteral("Page %1 of 12").arg(page)), qPrintable(t));
            QVERIFY2(t.contains(QStringLiteral("Description")), "table header repeated");
            QVERIFY2(t.contains(QStringLiteral("Unit price")), "table header repeated");
            const bool last = page == 12;
            QCOMPARE(t.contains(QStringLiteral("Net total")), last);
            QCOMPARE(t.contains(QStringLiteral("Amount due")), last);
            const QRegularExpression item(QStringLiteral("Item (\\d{3})"));
            auto it = item.globalMatch(t);
            int first = 0;
            int lastItem = 0;
            while (it.hasNext()) {
                const int n = it.next().captured(1).toInt();
                seen[n] += 1;
                if (first == 0)
                    first = n;
                lastItem = n;
            }
            const int expectedFirst = page == 1 ? 1 : 27 + (page - 2) * 37;
            const int expectedLast = page == 1 ? 26 : std::min(400, 26 + (page - 1) * 37);
            QCOMPARE(first, expectedFirst);
            QCOMPARE(lastItem, expectedLast);
        }
        QCOMPARE(seen.size(), 400);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QCOMPARE(it.value(), 1);
        // 400 x 10.00 = 4,000.00 net, 760.00 VAT, 4,760.00 total.
        const QString last = text(path, 12);
        QVERIFY(last.contains(QStringLiteral("4,000.00")));
        QVERIFY(last.contains(QStringLiteral("760.00")));
        QVERIFY(last.contains(QStringLiteral("4,760.00")));
    }

    void totalsMoveToANewPageWhenTheyDoNotFit() {
        // Page 1 takes rows 1..26, page 2 rows 27..60 (34 x 6.30 mm from 29.77
        // mm = 243.9 mm); the closing blocks (about 85 mm) do not fit into
        // the 24 mm left, so they go to page 3 together.
        auto d = test::pdfInvoice();
        d.lines.clear();
        for (int i = 1; i <= 60; ++i)
            d.lines.append(test::pdfLine(QStringLiteral("Row %1").arg(i), "1", "1"));
        const QString path = write(render(test::pdfInput(d)));
        const int pages = info(path).value(QStringLiteral("Pages")).toInt();
        QCOMPARE(pages, 3);
        QVERIFY(text(path, 2).contains(QStringLiteral("Row 60")));
        QVERIFY(!text(path, 2).contains(QStringLiteral("Net total")));
        const QString last = text(path, 3);
        QVERIFY(last.contains(QStringLiteral("Net total")));
        QVERIFY(last.contains(QStringLiteral("Payment")));
        QVERIFY(!last.contains(QStringLiteral("Unit price"))); // no empty table header
    }

    void scriptsRender() {
        auto d = test::pdfInvoice();
        d.lines = {test::pdfLine(QStringLiteral("Μετάφραση κειμένου"), "1", "10"),
                   test::pdfLine(QStringLiteral("Перевод текста"), "1", "10"),
                   test::pdfLine(QStringLiteral("תרגום לעברית"), "1", "10"),
                   test::pdfLine(QStringLiteral("ترجمة"), "1", "10")};
        const QString t = text(write(render(test::pdfInput(d))));
        QVERIFY(t.contains(QStringLiteral("Μετάφραση κειμένου")));
        QVERIFY(t.contains(QStringLiteral("Перевод текста")));
        QVERIFY(t.contains(QStringLiteral("תרגום לעברית")));
        // Arabic comes back in presentation forms; compatibility-normalised
        // it is the text that was written.
        QVERIFY(t.normalized(QString::NormalizationForm_KC).contains(QStringLiteral("ترجمة")));
    }

    void creditNoteNamesTheInvoice() {
        auto d = test::pdfInvoice();
        d.type = domain::DocumentType::CreditNote;
        d.number = QStringLiteral("CN-2026-004");
        d.correctedInvoiceNumber = QStringLiteral("RE-2026-001");
        const QString path = write(render(test::pdfInput(d)));
        const QString t = text(path);
        QVERIFY(t.contains(QStringLiteral("Credit note CN-2026-004")));
        QVERIFY(t.contains(QStringLiteral("This credit note corrects invoice RE-2026-001.")));
        QVERIFY(t.contains(QStringLiteral("Corrects invoice")));
        QVERIFY(t.contains(QStringLiteral("Total credit")));
        QVERIFY(!t.contains(QStringLiteral("Scan to pay")));
        QVERIFY(!t.contains(QStringLiteral("Please transfer")));
    }

    void quoteHasNoPayment() {
        auto d = test::pdfInvoice(DocumentLanguage::German);
        d.type = domain::DocumentType::Quote;
        d.number = QStringLiteral("AN-12");
        const QString t = text(write(render(test::pdfInput(d))));
        QVERIFY(t.contains(QStringLiteral("Angebot AN-12")));
        QVERIFY(t.contains(QStringLiteral("Gültig bis")));
        QVERIFY(!t.contains(QStringLiteral("Zahlbetrag")));
        QVERIFY(!t.contains(QStringLiteral("Scannen")));
    }

    void paymentsAndAmountDue() {
        auto d = test::pdfInvoice();
        d.prepaidAmount = test::pdfMoney("100.00");
        auto input = test::pdfInput(d);
        input.amountPaid = test::pdfMoney("500.00");
        input.amountCredited = test::pdfMoney("39.90");
        const QString t = text(write(render(input)));
        // 1,139.90 - 100.00 - 500.00 - 39.90 = 500.00
        QVERIFY(t.contains(QStringLiteral("Prepaid")));
        QVERIFY(t.contains(QStringLiteral("-100.00")));
        QVERIFY(t.contains(QStringLiteral("Amount paid")));
        QVERIFY(t.contains(QStringLiteral("-500.00")));
        QVERIFY(t.contains(QStringLiteral("Credited")));
        QVERIFY(t.contains(QStringLiteral("-39.90")));
        QVERIFY(t.contains(QStringLiteral("Please transfer 500.00")));

        input.amountPaid = test::pdfMoney("5.00", "USD");
        QVERIFY_ERROR(m_renderer.render(input, {}), domain::ErrorCode::InvalidInput);
    }

    void smallBusinessNotice() {
        auto d = test::pdfInvoice(DocumentLanguage::German);
        d.sellerSnapshot->smallBusinessExemption = true;
        const QString t = text(write(render(test::pdfInput(d))));
        QVERIFY(t.contains(QStringLiteral("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.")));
        QVERIFY(!t.contains(QStringLiteral("USt. 19")));
        QVERIFY(t.contains(QStringLiteral("970,00")));
    }

    void exemptionReasonPrinted() {
        auto d = test::pdfInvoice();
        auto buyer = test::pdfBuyer();
        buyer.billingAddress.country = QStringLiteral("AT");
        buyer.vatId = QStringLiteral("ATU12345678");
        d.buyerSnapshot = buyer;
        d.lines = {test::pdfLine(QStringLiteral("Consulting"), "2", "100", "0", "HUR",
                                 domain::TaxCategory::ReverseCharge)};
        const QString t = text(write(render(test::pdfInput(d))));
        QVERIFY(t.contains(QStringLiteral("VAT 0% (reverse charge) on 200.00")));
        QVERIFY(t.contains(QStringLiteral("Reverse charge: Reverse charge")));
        QVERIFY(t.contains(QStringLiteral("AUSTRIA")));
    }

    void imagesOnlyTheLogo() {
        const QString without = write(render(test::pdfInput(test::pdfInvoice())));
        QCOMPARE(imageCount(without), 0);
        const QString with = write(render(test::pdfInput(test::pdfInvoice(), test::pdfLogoPng())));
        QCOMPARE(imageCount(with), 1);
        // A logo that is not a sanitized image is refused, not drawn.
        auto bad = test::pdfInput(test::pdfInvoice(), QByteArrayLiteral("GIF89a...."));
        QVERIFY_ERROR(m_renderer.render(bad, {}), domain::ErrorCode::InvalidInput);
    }

    void paymentCodeOnlyForEurWithIban() {
        const auto summary = [&](const domain::Document& d) {
            return m_renderer.summarize(test::pdfInput(d), {})->paymentQr;
        };
        auto d = test::pdfInvoice();
        QVERIFY(summary(d));
        QVERIFY(text(write(render(test::pdfInput(d)))).contains(QStringLiteral("Scan to pay")));

        auto usd = d;
        usd.currency = test::pdfCurrency("USD");
        QVERIFY(!summary(usd));
        QVERIFY(!text(write(render(test::pdfInput(usd)))).contains(QStringLiteral("Scan to pay")));

        auto noIban = d;
        noIban.sellerSnapshot->iban.clear();
        QVERIFY(!summary(noIban));
        const QString t = text(write(render(test::pdfInput(noIban))));
        QVERIFY(!t.contains(QStringLiteral("Scan to pay")));
        QVERIFY(!t.contains(QStringLiteral("IBAN")));

        auto quote = d;
        quote.type = domain::DocumentType::Quote;
        QVERIFY(!summary(quote));

        auto paid = test::pdfInput(d);
        paid.amountPaid = test::pdfMoney("1139.90");
        QVERIFY(!m_renderer.summarize(paid, {})->paymentQr);

        InvoicePdfRenderer::Options off;
        off.paymentQr = false;
        QVERIFY(!m_renderer.summarize(test::pdfInput(d), off)->paymentQr);
    }

    void paymentCodeScans() {
        if (!test::hasTool(QStringLiteral("zbarimg")))
            QSKIP("zbarimg (zbar-tools) not installed");
        const QString path = write(render(test::pdfInput(test::pdfInvoice())));
        const QString prefix = m_dir.filePath(QStringLiteral("qr"));
        QCOMPARE(test::runTool(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), path, prefix})
                     .exitCode,
                 0);
        const auto scan =
            test::runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                      prefix + QStringLiteral(".png")});
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(QString::fromUtf8(scan.out).trimmed(),
                 QStringLiteral("BCD\n002\n1\nSCT\nCOBADEFFXXX\nAnna Muster Design\n"
                                "DE89370400440532013000\nEUR1139.90\n\n\nRE-2026-001"));
    }

    void letterSize() {
        InvoicePdfRenderer::Options letter;
        letter.pageSize = InvoicePdfRenderer::PageSize::Letter;
        const QString path = write(render(test::pdfInput(test::pdfInvoice()), letter));
        QVERIFY(
            info(path).value(QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    }

    void draftsUseTheGivenSellerAndBuyer() {
        auto d = test::pdfInvoice();
        d.number.clear();
        d.status = domain::DocumentStatus::Draft;
        d.sellerSnapshot.reset();
        d.buyerSnapshot.reset();
        auto input = test::pdfInput(d);
        QVERIFY_ERROR(m_renderer.render(input, {}), domain::ErrorCode::InvalidInput);
        input.seller = test::pdfSeller();
        QVERIFY_ERROR(m_renderer.render(input, {}), domain::ErrorCode::InvalidInput);
        input.buyer = test::pdfBuyer();
        const QString path = write(render(input));
        const QString t = text(path);
        QVERIFY(t.contains(QStringLiteral("Invoice (draft)")));
        QVERIFY(t.contains(QStringLiteral("Beispiel GmbH")));
        QCOMPARE(info(path).value(QStringLiteral("Title")), QStringLiteral("Invoice (draft)"));
    }

    void refusesTotalsOfAnotherDocument() {
        auto input = test::pdfInput(test::pdfInvoice());
        input.totals.lineNetAmounts.removeLast();
        QVERIFY_ERROR(m_renderer.render(input, {}), domain::ErrorCode::InvalidInput);
    }

    void sameInputSameBytes() {
        const auto input = test::pdfInput(test::pdfInvoice(), test::pdfLogoPng());
        QCOMPARE(render(input), render(input));
    }

    void writesToDevice() {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const auto input = test::pdfInput(test::pdfInvoice());
        QVERIFY_RESULT(m_renderer.render(input, {}, &buffer));
        QCOMPARE(bytes, render(input));
        QBuffer closed;
        QVERIFY_ERROR(m_renderer.render(input, {}, &closed), domain::ErrorCode::Io);
    }

    void pagesRasterise() {
        const QString path = write(render(test::pdfInput(test::pdfInvoice(), test::pdfLogoPng())));
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QCOMPARE(test::runTool(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                QStringLiteral("-singlefile"), path, prefix})
                     .exitCode,
                 0);
        const QImage page(prefix + QStringLiteral(".png"));
        QCOMPARE(page.size(), QSize(331, 468)); // A4 at 40 dpi
        // Ink at the top left (seller name), paper in the middle of the margin.
        int dark = 0;
        for (int y = 20; y < 40; ++y)
            for (int x = 30; x < 120; ++x)
                dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY(dark > 20);
        QCOMPARE(qGray(page.pixel(5, 234)), 255);
    }
};

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
