#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace quittance::pdf {

// The document information a Quittance PDF carries, and nothing more: the
// title, Creator and Producer "Quittance", and one creation time (the
// caller picks it; the renderer uses the issue date, so nothing tells when or
// where the file was made). xmpPacket() is the PDF/A-1b metadata stream
// (pdfaid part 1, conformance B) given to QPdfWriter; apply() replaces the
// Info dictionary QPdfWriter wrote (whose Producer names Qt) with the same
// facts, sets a file identifier derived from the content instead of a random
// one, and rewrites the classic cross-reference table and startxref for the
// changed length. No user name, host name or path is ever written.
class PdfMetadata {
public:
    static constexpr QLatin1StringView kCreator{"Quittance"};
    static constexpr QLatin1StringView kProducer{"Quittance"};

    PdfMetadata(QString title, QDateTime creationTime);

    const QString& title() const { return m_title; }
    QByteArray xmpPacket() const;
    QByteArray infoDictionary() const;
    domain::Result<QByteArray> apply(const QByteArray& pdf) const;

private:
    QString m_title;
    QDateTime m_creationTime; // UTC, whole seconds
};

} // namespace quittance::pdf
