#pragma once

#include <QString>
#include <QStringView>

namespace quittance::pdf {

// Turns user-entered text into something safe to draw as plain text on a
// document the client will see. Guarantees for the result:
// - no C0/C1 control character except '\n' in multi-line mode (tabs, CR and
//   the Unicode line/paragraph separators become a space or '\n'); no '\n'
//   at all in single-line mode;
// - no Unicode format character (general category Cf): this removes the bidi
//   embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069),
//   the marks U+200E/U+200F/U+061C, the zero-width U+200B..U+200D, U+2060,
//   U+FEFF and the invisible tag characters, so no field can reorder or hide
//   what is drawn next to it;
// - no unpaired surrogate or noncharacter, and at most kMaxCombiningMarks
//   combining marks on one base character (no glyph towers over other blocks);
// - at most `maxLength` characters (UTF-16 code units, never splitting a
//   surrogate pair) and, for multi-line text, at most `maxLines` lines; text
//   cut short ends with "…".
// Leading and trailing whitespace is trimmed; runs of blank lines collapse to
// one. The renderer passes every user string through here before drawing.
class TextSanitizer {
public:
    static constexpr int kMaxCombiningMarks = 4;

    // Field limits, in characters, used by the invoice renderer.
    static constexpr qsizetype kMaxNameLength = 120;        // seller, buyer, contact
    static constexpr qsizetype kMaxAddressLineLength = 100; // street lines, city
    static constexpr qsizetype kMaxShortFieldLength = 80;   // ids, email, phone, references
    static constexpr qsizetype kMaxDescriptionLength = 1000;
    static constexpr qsizetype kMaxDescriptionLines = 12;
    static constexpr qsizetype kMaxNotesLength = 2000;
    static constexpr qsizetype kMaxNotesLines = 20;
    static constexpr qsizetype kMaxTermsLength = 500;
    static constexpr qsizetype kMaxTermsLines = 6;
    static constexpr qsizetype kMaxReasonLength = 300; // exemption reasons, allowance reasons

    static QString singleLine(QStringView text, qsizetype maxLength);
    static QString multiLine(QStringView text, qsizetype maxLength, qsizetype maxLines);
};

} // namespace quittance::pdf
