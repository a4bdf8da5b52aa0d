#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>

namespace quittance::pdf {

// A QR code symbol as a square matrix of dark and light modules, encoded by
// libqrencode from bytes (8-bit mode) at a given error correction level. The
// matrix excludes the quiet zone; whoever draws it leaves four light modules
// around it.
class QrCode {
public:
    enum class ErrorCorrection {
        Low,
        Medium,
        Quartile,
        High,
    };

    static domain::Result<QrCode> encode(const QByteArray& data, ErrorCorrection level);

    int size() const { return m_size; }
    bool isDark(int x, int y) const {
        return m_modules.at(static_cast<qsizetype>(y) * m_size + x) != 0;
    }

private:
    QrCode() = default;

    int m_size = 0;
    QByteArray m_modules; // row-major, 1 = dark
};

} // namespace quittance::pdf
