#pragma once

#include "domain/Error.h"

#include <QString>

namespace quittance::pdf {

// The typeface every document uses: DejaVu Sans regular and bold from the
// Debian package fonts-dejavu-core, registered with the application font
// database from their files so the result does not depend on fontconfig's
// idea of a default. DejaVu covers Latin, Greek, Cyrillic, Hebrew and
// Arabic; QPdfWriter embeds the subset each document uses. Needs a
// QGuiApplication. Thread-safe; the files are registered once per process.
class PdfFonts {
public:
    // The registered family name, or an error naming the missing package.
    static domain::Result<QString> family();
};

} // namespace quittance::pdf
