#include "JsonParser.h"

#include "JsonPath.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <array>

namespace quittance::domain {

namespace {

// One open container while scanning; the path of the current position is
// rebuilt from these only when an error needs it.
struct Frame {
    // Duplicate keys are found by a linear search while an object is small
    // (every real one) and by a hash set beyond that, so neither common
    // objects pay for hashing nor hostile ones with 100 000 keys go quadratic.
    static constexpr qsizetype kLinearKeys = 16;

    bool isObject = false;
    bool hasKey = false;    // objects: `key` names the member being read
    QString key;            // objects
    qsizetype index = -1;   // arrays: the element being read
    bool inElement = false; // arrays: `index` names the element being read
    QList<QString> keys;    // objects: keys seen so far, while few
    QSet<QString> keySet;   // objects: keys seen so far, once many

    void reset(bool object) {
        isObject = object;
        hasKey = false;
        key.clear();
        index = -1;
        inElement = false;
        keys.clear();
        keySet.clear();
    }

    // False when `k` was seen before in this object.
    bool insertKey(const QString& k) {
        if (keySet.isEmpty()) {
            if (keys.contains(k))
                return false;
            keys.append(k);
            if (keys.size() > kLinearKeys) {
                keySet = QSet<QString>(keys.cbegin(), keys.cend());
                keys.clear();
            }
            return true;
        }
        if (keySet.contains(k))
            return false;
        keySet.insert(k);
        return true;
    }
};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A recursive-descent validator; recursion is bounded by kMaxDepth.
class Scanner {
public:
    explicit Scanner(QByteArrayView data)
        : m_data(data) {}

    Status scanDocument() {
        skipWhitespace();
        if (atEnd())
            return fail(ErrorCode::InvalidInput, QStringLiteral("The JSON body is empty."));
        if (peek() != '{') {
            const char c = peek();
            if (c == '[' || c == '"' || c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n')
                return fail(ErrorCode::InvalidInput,
                            QStringLiteral("The JSON body must be an object ({…}) at the top "
                                           "level."));
            return syntaxError(QStringLiteral("it does not start with “{”"));
        }
        if (auto ok = scanObject(1); !ok)
            return ok;
        skipWhitespace();
        if (!atEnd())
            return syntaxError(QStringLiteral("unexpected data after the top-level object"));
        return {};
    }

private:
    bool atEnd() const { return m_pos >= m_data.size(); }
    char peek() const { return m_data[m_pos]; }
    uchar peekByte() const { return static_cast<uchar>(m_data[m_pos]); }

    void skipWhitespace() {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // Callers have checked the depth (enter()), so there is always room.
    void push(bool object) {
        Q_ASSERT(m_depth < JsonParser::kMaxDepth);
        m_frames[static_cast<size_t>(m_depth++)].reset(object);
    }
    Frame& top() { return m_frames[static_cast<size_t>(m_depth - 1)]; }

    QString path() const {
        QString out;
        for (int level = 0; level < m_depth; ++level) {
            const Frame& frame = m_frames[static_cast<size_t>(level)];
            if (frame.isObject) {
                if (frame.hasKey)
                    out = JsonPath::member(out, frame.key);
            } else if (frame.inElement) {
                out = JsonPath::element(out, frame.index);
            }
        }
        return out;
    }

    std::unexpected<Error> pathError(const QString& message) const {
        return fail(ErrorCode::InvalidInput, message, path());
    }

    std::unexpected<Error> syntaxError(const QString& what) const {
        qsizetype line = 1;
        qsizetype column = 1;
        const qsizetype end = std::min(m_pos, m_data.size());
        for (qsizetype i = 0; i < end; ++i) {
            if (m_data[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<uchar>(m_data[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        return pathError(QStringLiteral("The body is not valid JSON: %1 (line %2, column %3).")
                             .arg(what)
                             .arg(line)
                             .arg(column));
    }

    Status expect(char c, const QString& what) {
        if (atEnd() || peek() != c)
            return syntaxError(atEnd() ? QStringLiteral("it ends where %1 was expected").arg(what)
                                       : QStringLiteral("%1 expected").arg(what));
        ++m_pos;
        return {};
    }

    Status enter(int depth) const {
        if (depth > JsonParser::kMaxDepth)
            return pathError(QStringLiteral("The JSON is nested more than %1 levels deep.")
                                 .arg(JsonParser::kMaxDepth));
        return {};
    }

    Status scanValue(int depth) {
        if (atEnd())
            return syntaxError(QStringLiteral("it ends where a value was expected"));
        const char c = peek();
        switch (c) {
        case '{':
            return scanObject(depth);
        case '[':
            return scanArray(depth);
        case '"':
            return scanString(nullptr);
        case 't':
            return scanLiteral("true");
        case 'f':
            return scanLiteral("false");
        case 'n':
            return scanLiteral("null");
        default:
            if (c == '-' || isDigit(c))
                return scanNumber();
            return syntaxError(QStringLiteral("a value was expected"));
        }
    }

    Status scanObject(int depth) {
        if (auto ok = enter(depth); !ok)
            return ok;
        ++m_pos; // '{'
        push(true);
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            --m_depth;
            return {};
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != '"')
                return syntaxError(QStringLiteral("a quoted key was expected"));
            top().hasKey = false;
            QString key;
            if (auto ok = scanString(&key); !ok)
                return ok;
            Frame& frame = top();
            frame.key = key;
            frame.hasKey = true;
            if (!frame.insertKey(key))
                return pathError(QStringLiteral("The key “%1” appears more than once in the "
                                                "same object.")
                                     .arg(JsonPath::displayKey(key)));
            skipWhitespace();
            if (auto ok = expect(':', QStringLiteral("“:”")); !ok)
                return ok;
            skipWhitespace();
            if (auto ok = scanValue(depth + 1); !ok)
                return ok;
            // What follows a member belongs to the object, not to the member.
            top().hasKey = false;
            skipWhitespace();
            if (atEnd())
                return syntaxError(QStringLiteral("it ends inside an object"));
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (auto ok = expect('}', QStringLiteral("“,” or “}”")); !ok)
                return ok;
            break;
        }
        --m_depth;
        return {};
    }

    Status scanArray(int depth) {
        if (auto ok = enter(depth); !ok)
            return ok;
        ++m_pos; // '['
        push(false);
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            --m_depth;
            return {};
        }
        for (;;) {
            ++top().index;
            top().inElement = true;
            skipWhitespace();
            if (auto ok = scanValue(depth + 1); !ok)
                return ok;
            top().inElement = false;
            skipWhitespace();
            if (atEnd())
                return syntaxError(QStringLiteral("it ends inside an array"));
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (auto ok = expect(']', QStringLiteral("“,” or “]”")); !ok)
                return ok;
            break;
        }
        --m_depth;
        return {};
    }

    Status scanLiteral(const char* word) {
        for (const char* w = word; *w; ++w) {
            if (atEnd() || peek() != *w)
                return syntaxError(QStringLiteral("a value was expected"));
            ++m_pos;
        }
        return {};
    }

    Status scanNumber() {
        if (peek() == '-')
            ++m_pos;
        if (atEnd() || !isDigit(peek()))
            return syntaxError(QStringLiteral("malformed number"));
        if (peek() == '0') {
            ++m_pos;
        } else {
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        if (!atEnd() && peek() == '.') {
            ++m_pos;
            if (atEnd() || !isDigit(peek()))
                return syntaxError(QStringLiteral("malformed number"));
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (atEnd() || !isDigit(peek()))
                return syntaxError(QStringLiteral("malformed number"));
            while (!atEnd() && isDigit(peek()))
                ++m_pos;
        }
        return {};
    }

    // Reads four hex digits after "\u".
    Status readHex4(char32_t* out) {
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            if (atEnd())
                return syntaxError(QStringLiteral("it ends inside a string"));
            const int digit = hexValue(peek());
            if (digit < 0)
                return syntaxError(QStringLiteral("malformed \\u escape"));
            value = value * 16 + static_cast<char32_t>(digit);
            ++m_pos;
        }
        *out = value;
        return {};
    }

    std::unexpected<Error> nulError() const {
        return pathError(QStringLiteral("The text contains a NUL character."));
    }

    std::unexpected<Error> utf8Error() const {
        return pathError(QStringLiteral("The text is not valid UTF-8."));
    }

    // Validates one string; with `out`, also decodes it (keys only: values are
    // decoded by Qt afterwards).
    Status scanString(QString* out) {
        ++m_pos; // opening quote
        // Keys without escapes (all real ones) are converted in one go at
        // the end; after the first escape they are decoded as they go.
        const qsizetype start = m_pos;
        bool decoding = false;
        for (;;) {
            if (atEnd())
                return syntaxError(QStringLiteral("it ends inside a string"));
            const uchar b = peekByte();
            if (b == '"') {
                if (out && !decoding)
                    *out = QString::fromUtf8(m_data.sliced(start, m_pos - start));
                ++m_pos;
                return {};
            }
            if (b == '\\') {
                if (out && !decoding) {
                    *out = QString::fromUtf8(m_data.sliced(start, m_pos - start));
                    decoding = true;
                }
                ++m_pos;
                if (atEnd())
                    return syntaxError(QStringLiteral("it ends inside a string"));
                const char e = peek();
                ++m_pos;
                char16_t simple = 0;
                switch (e) {
                case '"':
                    simple = u'"';
                    break;
                case '\\':
                    simple = u'\\';
                    break;
                case '/':
                    simple = u'/';
                    break;
                case 'b':
                    simple = u'\b';
                    break;
                case 'f':
                    simple = u'\f';
                    break;
                case 'n':
                    simple = u'\n';
                    break;
                case 'r':
                    simple = u'\r';
                    break;
                case 't':
                    simple = u'\t';
                    break;
                case 'u': {
                    char32_t unit = 0;
                    if (auto ok = readHex4(&unit); !ok)
                        return ok;
                    if (unit == 0)
                        return nulError();
                    if (unit >= 0xDC00 && unit <= 0xDFFF)
                        return pathError(QStringLiteral("The text contains an unpaired UTF-16 "
                                                        "surrogate escape."));
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        if (m_data.size() - m_pos < 2 || m_data[m_pos] != '\\' ||
                            m_data[m_pos + 1] != 'u')
                            return pathError(QStringLiteral("The text contains an unpaired "
                                                            "UTF-16 surrogate escape."));
                        m_pos += 2;
                        char32_t low = 0;
                        if (auto ok = readHex4(&low); !ok)
                            return ok;
                        if (low < 0xDC00 || low > 0xDFFF)
                            return pathError(QStringLiteral("The text contains an unpaired "
                                                            "UTF-16 surrogate escape."));
                        if (out && decoding) {
                            *out += QChar(static_cast<char16_t>(unit));
                            *out += QChar(static_cast<char16_t>(low));
                        }
                    } else if (out && decoding) {
                        *out += QChar(static_cast<char16_t>(unit));
                    }
                    continue;
                }
                default:
                    return syntaxError(QStringLiteral("unknown escape sequence"));
                }
                if (out && decoding)
                    *out += QChar(simple);
                continue;
            }
            if (b == 0)
                return nulError();
            if (b < 0x20)
                return syntaxError(QStringLiteral("a control character in a string must be "
                                                  "escaped"));
            if (b < 0x80) {
                if (out && decoding)
                    *out += QChar(static_cast<char16_t>(b));
                ++m_pos;
                continue;
            }
            // Multi-byte UTF-8, Unicode 15 table 3-7 (well-formed sequences).
            int length = 0;
            uchar low = 0x80;
            uchar high = 0xBF;
            char32_t codePoint = 0;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                codePoint = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                codePoint = b & 0x0F;
                if (b == 0xE0)
                    low = 0xA0;
                else if (b == 0xED)
                    high = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                codePoint = b & 0x07;
                if (b == 0xF0)
                    low = 0x90;
                else if (b == 0xF4)
                    high = 0x8F;
            } else {
                return utf8Error();
            }
            if (m_data.size() - m_pos < length)
                return utf8Error();
            for (int i = 1; i < length; ++i) {
                const auto c = static_cast<uchar>(m_data[m_pos + i]);
                const uchar min = i == 1 ? low : uchar{0x80};
                const uchar max = i == 1 ? high : uchar{0xBF};
                if (c < min || c > max)
                    return utf8Error();
                codePoint = (codePoint << 6) | (c & 0x3Fu);
            }
            m_pos += length;
            if (out && decoding) {
                *out += QString::fromUcs4(&codePoint, 1);
            }
        }
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    // One frame per open container; reused, so scanning allocates only for keys.
    std::array<Frame, JsonParser::kMaxDepth> m_frames;
    int m_depth = 0;
};

} // namespace

Result<QJsonObject> JsonParser::parseObject(QByteArrayView bytes, qsizetype maxBytes) {
    if (bytes.size() > maxBytes)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The JSON body is larger than %1 bytes.").arg(maxBytes));
    if (bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        bytes = bytes.sliced(3);
    Scanner scanner(bytes);
    if (auto ok = scanner.scanDocument(); !ok)
        return std::unexpected(ok.error());

    // The scan proved the text well-formed, so Qt's parser only builds values;
    // a refusal here would be a disagreement between the two (for example a
    // number beyond the range of a double) and is reported as input error.
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The body is not valid JSON: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    return document.object();
}

} // namespace quittance::domain
