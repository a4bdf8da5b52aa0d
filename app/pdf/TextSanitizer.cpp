#include "TextSanitizer.h"

#include <QChar>
#include <QStringList>

namespace quittance::pdf {

namespace {

const QChar kEllipsis(0x2026);

bool isLineBreak(char32_t c) {
    return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C ||
           c == 0x85;
}

bool isBlankSpace(char32_t c) {
    return c == U'\t' || (c != U'\n' && QChar::isSpace(c));
}

// Removes what must never be drawn and maps line breaks to '\n' (or a space).
QString strip(QStringView text, bool keepNewlines) {
    QString out;
    out.reserve(text.size());
    int marks = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && text[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
                ++i;
            } else {
                continue; // unpaired
            }
        } else if (QChar::isLowSurrogate(c)) {
            continue; // unpaired
        }
        if (c == U'\r' && i + 1 < n && text[i + 1] == u'\n')
            continue; // CR LF -> LF
        if (isLineBreak(c)) {
            out += keepNewlines ? QChar(u'\n') : QChar(u' ');
            marks = 0;
            continue;
        }
        if (c == U'\t') {
            out += u' ';
            marks = 0;
            continue;
        }
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Other_Surrogate || QChar::isNonCharacter(c))
            continue;
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Mark_SpacingCombining) {
            if (++marks > TextSanitizer::kMaxCombiningMarks)
                continue;
        } else {
            marks = 0;
        }
        if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out;
}

QString trimmedLine(const QString& line) {
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && isBlankSpace(line[begin].unicode()))
        ++begin;
    while (end > begin && isBlankSpace(line[end - 1].unicode()))
        --end;
    return line.mid(begin, end - begin);
}

// Cuts to at most maxLength code units (keeping surrogate pairs whole) and
// marks the cut.
QString capped(QString text, qsizetype maxLength) {
    if (text.size() <= maxLength)
        return text;
    qsizetype keep = maxLength > 0 ? maxLength - 1 : 0;
    if (keep > 0 && text[keep - 1].isHighSurrogate())
        --keep;
    text.truncate(keep);
    while (!text.isEmpty() && isBlankSpace(text.back().unicode()))
        text.chop(1);
    text += kEllipsis;
    return text;
}

} // namespace

QString TextSanitizer::singleLine(QStringView text, qsizetype maxLength) {
    const QString stripped = strip(text, false);
    // Collapse runs of spaces: a wall of blanks can push text out of sight.
    QString out;
    out.reserve(stripped.size());
    bool lastSpace = false;
    for (const QChar ch : stripped) {
        const bool space = isBlankSpace(ch.unicode());
        if (space && lastSpace)
            continue;
        out += space ? QChar(u' ') : ch;
        lastSpace = space;
    }
    return capped(trimmedLine(out), maxLength);
}

QString TextSanitizer::multiLine(QStringView text, qsizetype maxLength, qsizetype maxLines) {
    const QStringList lines = strip(text, true).split(u'\n');
    QStringList kept;
    bool lastBlank = true; // drops leading blank lines
    bool cut = false;
    for (const QString& raw : lines) {
        const QString line = trimmedLine(raw);
        const bool blank = line.isEmpty();
        if (blank && lastBlank)
            continue;
        if (kept.size() >= maxLines) {
            cut = true;
            break;
        }
        kept << line;
        lastBlank = blank;
    }
    while (!kept.isEmpty() && kept.back().isEmpty())
        kept.removeLast();
    QString joined = kept.join(u'\n');
    if (cut && joined.size() < maxLength) {
        if (!joined.isEmpty() && joined.back() != kEllipsis)
            joined += kEllipsis;
        return joined;
    }
    return capped(joined, maxLength);
}

} // namespace quittance::pdf
