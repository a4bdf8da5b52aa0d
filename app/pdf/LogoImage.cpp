#include "LogoImage.h"

#include "domain/BusinessProfile.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>
#include <QtEndian>

#include <cstring>

namespace quittance::pdf {

using domain::ErrorCode;
using domain::fail;

namespace {

const QString kField = QStringLiteral("logo");

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kPngSignatureSize = 8;

enum class Kind {
    Png,
    Jpeg,
};

bool hasPngSignature(const QByteArray& data) {
    return data.size() >= kPngSignatureSize &&
           std::memcmp(data.constData(), kPngSignature, kPngSignatureSize) == 0;
}

bool hasJpegSignature(const QByteArray& data) {
    return data.size() >= 3 && static_cast<unsigned char>(data[0]) == 0xFF &&
           static_cast<unsigned char>(data[1]) == 0xD8 &&
           static_cast<unsigned char>(data[2]) == 0xFF;
}

// Walks the chunk list: every length must stay inside the data and IEND must
// come. libpng checks the CRCs of what it decodes.
bool pngComplete(const QByteArray& data) {
    qsizetype pos = kPngSignatureSize;
    while (pos + 12 <= data.size()) {
        const quint32 length =
            qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(data.constData() + pos));
        if (length > 0x7fffffffu)
            return false;
        const QByteArray type = data.mid(pos + 4, 4);
        const qsizetype next = pos + 12 + static_cast<qsizetype>(length);
        if (next > data.size())
            return false;
        if (type == "IEND")
            return true;
        pos = next;
    }
    return false;
}

// libjpeg "decodes" a truncated file by padding it with grey; insist on the
// end-of-image marker.
bool jpegComplete(const QByteArray& data) {
    const qsizetype eoi = data.lastIndexOf(QByteArrayView("\xFF\xD9", 2));
    return eoi >= 3;
}

domain::Status checkHeader(const QByteArray& data, Kind& kind) {
    if (data.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("The logo file is empty."), kField);
    if (data.size() > LogoImage::kMaxInputBytes)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The logo is larger than 2 MiB."),
                    kField);
    if (hasPngSignature(data))
        kind = Kind::Png;
    else if (hasJpegSignature(data))
        kind = Kind::Jpeg;
    else
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The logo must be a PNG or JPEG image."), kField);
    const bool complete = kind == Kind::Png ? pngComplete(data) : jpegComplete(data);
    if (!complete)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The logo image is damaged or incomplete."), kField);
    return {};
}

} // namespace

domain::Result<QImage> LogoImage::decode(const QByteArray& data) {
    Kind kind = Kind::Png;
    if (auto header = checkHeader(data, kind); !header)
        return std::unexpected(header.error());

    QByteArray copy = data; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer,
                        kind == Kind::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(false);
    const QSize declared = reader.size(); // from the header, nothing decompressed yet
    if (!declared.isValid() || declared.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The logo image is damaged or incomplete."), kField);
    if (declared.width() > kMaxSide || declared.height() > kMaxSide)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The logo must be at most 4096 pixels wide and high."), kField);
    QImage image;
    if (!reader.read(&image) || image.isNull() || image.size() != declared)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The logo image is damaged or incomplete."), kField);
    return image;
}

domain::Result<QByteArray> LogoImage::sanitize(const QByteArray& data) {
    auto decoded = decode(data);
    if (!decoded)
        return std::unexpected(decoded.error());
    QImage source = std::move(*decoded);
    if (source.colorSpace().isValid() && source.colorSpace() != QColorSpace::SRgb)
        source.convertToColorSpace(QColorSpace::SRgb);
    const QImage::Format format =
        source.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    source = source.convertToFormat(format);

    QSize target = source.size();
    if (target.width() > kMaxStoredSide || target.height() > kMaxStoredSide)
        target.scale(kMaxStoredSide, kMaxStoredSide, Qt::KeepAspectRatio);
    target = target.expandedTo(QSize(1, 1)); // 4096 x 2 scales to 1024 x 0.5

    for (;;) {
        const QImage scaled =
            (target == source.size()
                 ? source
                 : source.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation))
                .convertToFormat(format);
        // Copy the pixels into a fresh image: QImage carries text keys, DPI
        // and the colour space along through conversions.
        QImage clean(scaled.size(), format);
        for (int y = 0; y < scaled.height(); ++y)
            std::memcpy(clean.scanLine(y), scaled.constScanLine(y),
                        static_cast<size_t>(clean.bytesPerLine()));
        QByteArray png;
        QBuffer out(&png);
        out.open(QIODevice::WriteOnly);
        QImageWriter writer(&out, QByteArrayLiteral("png"));
        if (!writer.write(clean))
            return fail(ErrorCode::Internal, QStringLiteral("The logo could not be re-encoded."),
                        kField);
        if (png.size() <= domain::BusinessProfile::kMaxLogoBytes)
            return png;
        if (target.width() <= 64 || target.height() <= 64)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The logo is too detailed to store within 1 MiB."), kField);
        target = QSize(target.width() * 3 / 4, target.height() * 3 / 4).expandedTo(QSize(1, 1));
    }
}

} // namespace quittance::pdf
