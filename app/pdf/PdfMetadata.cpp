#include "PdfMetadata.h"

#include <QCryptographicHash>
#include <QList>
#include <QRegularExpression>

namespace quittance::pdf {

using domain::ErrorCode;
using domain::fail;

namespace {

// XML text with everything outside a conservative ASCII set written as a
// character reference, so no title can form markup or PDF syntax.
QByteArray xmlText(const QString& text) {
    QByteArray out;
    for (const char32_t c : text.toUcs4()) {
        const bool plain = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
                           (c >= U'0' && c <= U'9') || c == U' ' || c == U'-' || c == U'.' ||
                           c == U'_' || c == U',';
        if (plain)
            out += static_cast<char>(c);
        else
            out += "&#x" + QByteArray::number(static_cast<uint>(c), 16).toUpper() + ';';
    }
    return out;
}

// A PDF text string as UTF-16BE hex with a byte order mark: no escaping
// questions for any title.
QByteArray pdfHexText(const QString& text) {
    QByteArray out = "<FEFF";
    for (const QChar ch : text) {
        const ushort u = ch.unicode();
        out += QByteArray::number(u, 16).toUpper().rightJustified(4, '0');
    }
    out += '>';
    return out;
}

domain::Error damaged(const char* what) {
    return domain::Error{ErrorCode::Internal,
                         QStringLiteral("The PDF writer produced an unexpected file (%1).")
                             .arg(QLatin1StringView(what)),
                         {}};
}

} // namespace

PdfMetadata::PdfMetadata(QString title, QDateTime creationTime)
    : m_title(std::move(title))
    , m_creationTime(creationTime.toUTC()) {
    const QTime t = m_creationTime.time();
    m_creationTime.setTime(QTime(t.hour(), t.minute(), t.second()));
}

QByteArray PdfMetadata::xmpPacket() const {
    const QByteArray date = m_creationTime.toString(Qt::ISODate).toLatin1(); // ...Z
    const QByteArray tool = QByteArray(kCreator.data(), kCreator.size());
    const QByteArray producer = QByteArray(kProducer.data(), kProducer.size());
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlText(m_title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    x += "   <xmp:CreatorTool>" + tool + "</xmp:CreatorTool>\n";
    x += "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
    x += "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    x += "   <pdf:Producer>" + producer + "</pdf:Producer>\n";
    x += "  </rdf:Description>\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
    x += "   <pdfaid:part>1</pdfaid:part>\n";
    x += "   <pdfaid:conformance>B</pdfaid:conformance>\n";
    x += "  </rdf:Description>\n";
    x += " </rdf:RDF>\n";
    x += "</x:xmpmeta>\n";
    x += "<?xpacket end=\"r\"?>";
    return x;
}

QByteArray PdfMetadata::infoDictionary() const {
    const QByteArray date =
        "D:" + m_creationTime.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
    QByteArray d = "<<\n";
    d += "/Title " + pdfHexText(m_title) + '\n';
    d += "/Creator (" + QByteArray(kCreator.data(), kCreator.size()) + ")\n";
    d += "/Producer (" + QByteArray(kProducer.data(), kProducer.size()) + ")\n";
    d += "/CreationDate (" + date + ")\n";
    d += "/ModDate (" + date + ")\n";
    d += ">>";
    return d;
}

domain::Result<QByteArray> PdfMetadata::apply(const QByteArray& pdf) const {
    // startxref -> the one classic xref table QPdfWriter writes.
    const qsizetype startxrefPos = pdf.lastIndexOf("startxref");
    if (startxrefPos < 0)
        return std::unexpected(damaged("no startxref"));
    bool ok = false;
    const qsizetype xrefOffset =
        pdf.mid(startxrefPos + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefOffset <= 0 || xrefOffset >= startxrefPos ||
        !pdf.mid(xrefOffset).startsWith("xref"))
        return std::unexpected(damaged("no classic xref table"));
    const qsizetype trailerPos = pdf.indexOf("trailer", xrefOffset);
    if (trailerPos < 0 || trailerPos > startxrefPos)
        return std::unexpected(damaged("no trailer"));

    // Subsections: "first count" lines, each followed by count 20-byte entries.
    struct Entry {
        qsizetype at; // position of the entry inside the table text
        qint64 object;
        qint64 offset;
        bool inUse;
    };
    QList<Entry> entries;
    const QByteArray table = pdf.mid(xrefOffset, trailerPos - xrefOffset);
    qsizetype pos = table.indexOf('\n') + 1;
    while (pos > 0 && pos < table.size()) {
        const qsizetype eol = table.indexOf('\n', pos);
        if (eol < 0)
            break;
        const QList<QByteArray> head = table.mid(pos, eol - pos).trimmed().split(' ');
        if (head.size() != 2)
            return std::unexpected(damaged("bad xref subsection"));
        const qint64 first = head[0].toLongLong(&ok);
        const qint64 count = ok ? head[1].toLongLong(&ok) : 0;
        if (!ok || first < 0 || count < 0)
            return std::unexpected(damaged("bad xref subsection"));
        pos = eol + 1;
        for (qint64 i = 0; i < count; ++i, pos += 20) {
            if (pos + 20 > table.size())
                return std::unexpected(damaged("short xref table"));
            const qint64 offset = table.mid(pos, 10).toLongLong(&ok);
            if (!ok)
                return std::unexpected(damaged("bad xref entry"));
            entries.append({pos, first + i, offset, table.at(pos + 17) == 'n'});
        }
    }

    const QByteArray trailer = pdf.mid(trailerPos, startxrefPos - trailerPos);
    static const QRegularExpression infoRef(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const auto infoMatch = infoRef.match(QString::fromLatin1(trailer));
    if (!infoMatch.hasMatch())
        return std::unexpected(damaged("no Info dictionary"));
    const qint64 infoObject = infoMatch.captured(1).toLongLong();
    qsizetype infoOffset = -1;
    for (const Entry& e : entries) {
        if (e.object == infoObject && e.inUse)
            infoOffset = static_cast<qsizetype>(e.offset);
    }
    const QByteArray objectHeader = QByteArray::number(infoObject) + " 0 obj";
    if (infoOffset <= 0 || !pdf.mid(infoOffset).startsWith(objectHeader))
        return std::unexpected(damaged("Info object not found"));
    const qsizetype infoEnd = pdf.indexOf("endobj", infoOffset);
    if (infoEnd < 0 || infoEnd > xrefOffset)
        return std::unexpected(damaged("Info object not closed"));
    const QByteArray replacement = objectHeader + '\n' + infoDictionary() + "\nendobj";
    const qsizetype oldLength = infoEnd + 6 - infoOffset;
    const qsizetype delta = replacement.size() - oldLength;

    QByteArray out;
    out.reserve(pdf.size() + delta + 64);
    out += QByteArrayView(pdf).first(infoOffset);
    out += replacement;
    out += QByteArrayView(pdf).sliced(infoEnd + 6, xrefOffset - (infoEnd + 6));

    QByteArray newTable = table;
    for (const Entry& e : entries) {
        if (e.inUse && e.offset > infoOffset) {
            const QByteArray moved = QByteArray::number(e.offset + delta).rightJustified(10, '0');
            if (moved.size() != 10)
                return std::unexpected(damaged("offset overflow"));
            newTable.replace(e.at, 10, moved);
        }
    }
    const qsizetype newXrefOffset = out.size();
    out += newTable;

    // A file identifier that depends only on the content, so the same
    // document renders to the same bytes.
    const QByteArray id =
        QCryptographicHash::hash(out, QCryptographicHash::Sha256).left(16).toHex().toUpper();
    static const QRegularExpression idArray(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"));
    QString newTrailer = QString::fromLatin1(trailer);
    const QString idText = QStringLiteral("/ID [<%1> <%1>]").arg(QString::fromLatin1(id));
    if (newTrailer.contains(idArray))
        newTrailer.replace(idArray, idText);
    else
        newTrailer.replace(newTrailer.lastIndexOf(QStringLiteral(">>")), 2,
                           idText + QStringLiteral("\n>>"));
    out += newTrailer.toLatin1();
    out += "startxref\n" + QByteArray::number(newXrefOffset) + "\n%%EOF\n";
    return out;
}

} // namespace quittance::pdf
