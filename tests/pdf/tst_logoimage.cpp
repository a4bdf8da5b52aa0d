#include "TestHelpers.h"
#include "domain/BusinessProfile.h"
#include "pdf/LogoImage.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QtEndian>

using namespace quittance;
using pdf::LogoImage;

namespace {

QByteArray encode(const QImage& image, const char* format, int quality = -1) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        qFatal("could not encode test image");
    return bytes;
}

QImage picture(int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(QColor(0x1f, 0x4e, 0x79));
    QPainter p(&image);
    p.fillRect(QRect(0, 0, width / 2, height / 2), QColor(0xe0, 0x8a, 0x1e));
    p.end();
    return image;
}

// PNG chunk types present in a file.
QList<QByteArray> pngChunks(const QByteArray& png) {
    QList<QByteArray> types;
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const auto length =
            qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(png.constData() + pos));
        types << png.mid(pos + 4, 4);
        pos += 12 + static_cast<qsizetype>(length);
    }
    return types;
}

quint32 crc32(const QByteArray& data) {
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= static_cast<uchar>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
    }
    return ~crc;
}

// A genuine small PNG whose header claims width x height: a decompression
// bomb's calling card.
QByteArray pngClaiming(quint32 width, quint32 height) {
    QByteArray png = encode(picture(8, 8), "PNG");
    // Signature (8), IHDR length (4), "IHDR" (4), width, height at 16 and 20.
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    qToBigEndian(crc32(png.mid(12, 17)), png.data() + 29);
    return png;
}

void expectRefusal(const QByteArray& data, const QString& message) {
    const auto result = LogoImage::sanitize(data);
    QVERIFY(!result);
    QCOMPARE(result.error().code, domain::ErrorCode::InvalidInput);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().field, QStringLiteral("logo"));
}

const QString kNotImage = QStringLiteral("The logo must be a PNG or JPEG image.");
const QString kDamaged = QStringLiteral("The logo image is damaged or incomplete.");

} // namespace

class TestLogoImage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsPngAndDropsMetadata() {
        QImage image = picture(200, 100);
        image.setText(QStringLiteral("Author"), QStringLiteral("Secret Person"));
        image.setText(QStringLiteral("Comment"), QStringLiteral("/home/anna/logo.png"));
        const QByteArray input = encode(image, "PNG");
        QVERIFY(input.contains("Secret Person"));

        const auto result = LogoImage::sanitize(input);
        QVERIFY_RESULT(result);
        QVERIFY(result->startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(!result->contains("Secret Person"));
        QVERIFY(!result->contains("/home/anna"));
        for (const QByteArray& type : pngChunks(*result))
            QVERIFY2(type == "IHDR" || type == "IDAT" || type == "IEND" || type == "PLTE" ||
                         type == "tRNS" || type == "pHYs" || type == "sBIT",
                     type.constData());
        const QImage decoded = QImage::fromData(*result, "PNG");
        QCOMPARE(decoded.size(), QSize(200, 100));
        QCOMPARE(decoded.pixelColor(150, 80), QColor(0x1f, 0x4e, 0x79));
        QCOMPARE(decoded.pixelColor(10, 10), QColor(0xe0, 0x8a, 0x1e));
    }

    void acceptsJpegAsPng() {
        QImage image = picture(300, 200).convertToFormat(QImage::Format_RGB32);
        image.setText(QStringLiteral("Description"), QStringLiteral("Secret Comment"));
        const QByteArray input = encode(image, "JPEG", 90);
        QVERIFY(input.startsWith("\xFF\xD8\xFF"));
        const auto result = LogoImage::sanitize(input);
        QVERIFY_RESULT(result);
        QVERIFY(result->startsWith("\x89PNG"));
        QVERIFY(!result->contains("Secret Comment"));
        QCOMPARE(QImage::fromData(*result, "PNG").size(), QSize(300, 200));
    }

    void largeLogoScaledToStore() {
        const auto result = LogoImage::sanitize(encode(picture(2000, 500), "PNG"));
        QVERIFY_RESULT(result);
        QCOMPARE(QImage::fromData(*result, "PNG").size(), QSize(1024, 256));
        QVERIFY(result->size() <= domain::BusinessProfile::kMaxLogoBytes);
    }

    void sideLimitIsInclusive() {
        QVERIFY_RESULT(LogoImage::sanitize(encode(picture(4096, 2), "PNG")));
        expectRefusal(encode(picture(4097, 2), "PNG"),
                      QStringLiteral("The logo must be at most 4096 pixels wide and high."));
        expectRefusal(encode(picture(2, 4097), "PNG"),
                      QStringLiteral("The logo must be at most 4096 pixels wide and high."));
    }

    void refusesDecompressionBombByHeader() {
        const QByteArray bomb = pngClaiming(30000, 30000);
        QVERIFY(bomb.size() < 1000);
        expectRefusal(bomb, QStringLiteral("The logo must be at most 4096 pixels wide and high."));
    }

    void refusesOtherFormats() {
        // A 1x1 GIF.
        const QByteArray gif = QByteArray::fromHex(
            "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401"
            "003b");
        expectRefusal(gif, kNotImage);
        expectRefusal(encode(picture(20, 20), "BMP"), kNotImage);
        expectRefusal(QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" "
                                        "height=\"10\"><a href=\"https://evil.example\"/></svg>"),
                      kNotImage);
        expectRefusal(QByteArrayLiteral("%PDF-1.7\n1 0 obj << /JS (app.alert(1)) >> endobj"),
                      kNotImage);
        expectRefusal(QByteArray(64, '\0'), kNotImage);
        expectRefusal({}, QStringLiteral("The logo file is empty."));
    }

    void refusesTruncated() {
        const QByteArray png = encode(picture(300, 300), "PNG");
        expectRefusal(png.left(png.size() / 2), kDamaged);
        expectRefusal(png.left(png.size() - 12), kDamaged); // IEND missing
        const QByteArray jpeg = encode(picture(300, 300), "JPEG", 90);
        expectRefusal(jpeg.left(jpeg.size() / 2), kDamaged);
    }

    void refusesWrongMagic() {
        // A PNG signature in front of JPEG data, and a JPEG marker in front of PNG data.
        const QByteArray jpeg = encode(picture(40, 40), "JPEG", 90);
        expectRefusal(QByteArrayLiteral("\x89PNG\r\n\x1a\n") + jpeg, kDamaged);
        const QByteArray png = encode(picture(40, 40), "PNG");
        expectRefusal(QByteArrayLiteral("\xFF\xD8\xFF") + png + QByteArrayLiteral("\xFF\xD9"),
                      kDamaged);
        // A PNG whose chunks are fine but whose image data is garbage.
        QByteArray corrupt = png;
        const qsizetype idat = corrupt.indexOf("IDAT");
        for (qsizetype i = idat + 4; i < idat + 24 && i < corrupt.size() - 16; ++i)
            corrupt[i] = static_cast<char>(0x5a);
        expectRefusal(corrupt, kDamaged);
    }

    void refusesOversizedFile() {
        QByteArray big = encode(picture(16, 16), "PNG");
        big.append(QByteArray(LogoImage::kMaxInputBytes, 'x'));
        expectRefusal(big, QStringLiteral("The logo is larger than 2 MiB."));
        QCOMPARE(LogoImage::kMaxInputBytes, 2 * 1024 * 1024);
    }
};

QTEST_MAIN(TestLogoImage)
#include "tst_logoimage.moc"
