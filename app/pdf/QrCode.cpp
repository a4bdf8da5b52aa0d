#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace quittance::pdf {

using domain::ErrorCode;
using domain::fail;

domain::Result<QrCode> QrCode::encode(const QByteArray& data, ErrorCorrection level) {
    if (data.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A QR code needs data to encode."));
    QRecLevel ecc = QR_ECLEVEL_M;
    switch (level) {
    case ErrorCorrection::Low:
        ecc = QR_ECLEVEL_L;
        break;
    case ErrorCorrection::Medium:
        ecc = QR_ECLEVEL_M;
        break;
    case ErrorCorrection::Quartile:
        ecc = QR_ECLEVEL_Q;
        break;
    case ErrorCorrection::High:
        ecc = QR_ECLEVEL_H;
        break;
    }
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()),
                          reinterpret_cast<const unsigned char*>(data.constData()), 0, ecc),
        &QRcode_free);
    if (!code)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The data does not fit into a QR code."));
    QrCode result;
    result.m_size = code->width;
    const qsizetype count = static_cast<qsizetype>(code->width) * code->width;
    result.m_modules.resize(count);
    for (qsizetype i = 0; i < count; ++i)
        result.m_modules[i] = static_cast<char>(code->data[i] & 1);
    return result;
}

} // namespace quittance::pdf
