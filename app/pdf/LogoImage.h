#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QImage>

namespace quittance::pdf {

// The gatekeeper for the seller's logo, the only picture a document carries
// besides the payment code. sanitize() accepts a PNG or JPEG (recognised by
// its signature AND decoded by the matching decoder, never by guessing) of at
// most kMaxInputBytes and kMaxSide pixels per side, where the size is read
// from the header before anything is decompressed; the image must be complete
// (PNG up to IEND, JPEG up to its end marker). The result is a fresh PNG
// re-encoded from the pixels only: no text chunks, EXIF, colour profile or
// timestamps survive, and it is scaled down until it fits kMaxStoredSide and
// domain::BusinessProfile::kMaxLogoBytes. Anything else is refused as
// InvalidInput (field "logo") with a message naming the rule broken.
class LogoImage {
public:
    static constexpr qsizetype kMaxInputBytes = 2 * 1024 * 1024;
    static constexpr int kMaxSide = 4096;
    static constexpr int kMaxStoredSide = 1024;

    static domain::Result<QByteArray> sanitize(const QByteArray& data);
    // The same checks, returning the decoded pixels (used when drawing).
    static domain::Result<QImage> decode(const QByteArray& data);
};

} // namespace quittance::pdf
