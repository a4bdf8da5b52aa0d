#include "OptionReader.h"

#include "domain/JsonScalar.h"

namespace quittance::cli {

using domain::ErrorCode;

namespace {

QString quoted(QStringView text) {
    if (text.size() > 40)
        return QStringLiteral("“%1…”").arg(text.left(40));
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

domain::Status OptionReader::status() const {
    if (m_error)
        return std::unexpected(*m_error);
    return {};
}

void OptionReader::fail(const domain::Error& error) {
    if (!m_error)
        m_error = error;
}

template <typename T>
std::optional<T> OptionReader::take(QStringView name, domain::Result<T> result) {
    if (!result) {
        domain::Error error = result.error();
        error.message = QStringLiteral("--%1: %2").arg(name, error.message);
        error.field = name.toString();
        fail(error);
        return std::nullopt;
    }
    return std::move(*result);
}

void OptionReader::text(QStringView name, QString& target) {
    if (ok() && has(name))
        target = value(name);
}

void OptionReader::textList(QStringView name, QStringList& target) {
    if (ok() && has(name))
        target = m_line.all(name.toString());
}

void OptionReader::date(QStringView name, QDate& target) {
    if (!ok() || !has(name))
        return;
    const QString text = value(name);
    if (text.isEmpty()) {
        target = QDate();
        return;
    }
    if (const auto parsed = take(name, parseDate(text, name.toString())))
        target = *parsed;
}

void OptionReader::decimal(QStringView name, domain::Decimal& target) {
    if (!ok() || !has(name))
        return;
    if (const auto parsed = take(name, domain::Decimal::parse(value(name), name.toString())))
        target = *parsed;
}

void OptionReader::integer(QStringView name, int& target) {
    if (!ok() || !has(name))
        return;
    if (const auto parsed = take(name, parseInteger(value(name), name.toString())))
        target = *parsed;
}

void OptionReader::optionalInteger(QStringView name, std::optional<int>& target) {
    if (!ok() || !has(name))
        return;
    const QString text = value(name);
    if (text.isEmpty()) {
        target.reset();
        return;
    }
    if (const auto parsed = take(name, parseInteger(text, name.toString())))
        target = *parsed;
}

void OptionReader::currency(QStringView name, domain::Currency& target) {
    if (!ok() || !has(name))
        return;
    if (const auto parsed = take(name, domain::Currency::fromCode(value(name), name.toString())))
        target = *parsed;
}

void OptionReader::optionalCurrency(QStringView name, std::optional<domain::Currency>& target) {
    if (!ok() || !has(name))
        return;
    if (value(name).isEmpty()) {
        target.reset();
        return;
    }
    if (const auto parsed = take(name, domain::Currency::fromCode(value(name), name.toString())))
        target = *parsed;
}

void OptionReader::language(QStringView name, domain::DocumentLanguage& target) {
    if (!ok() || !has(name))
        return;
    if (const auto parsed = take(name, domain::parseDocumentLanguage(value(name), name.toString())))
        target = *parsed;
}

void OptionReader::taxCategory(QStringView name, domain::TaxCategory& target) {
    if (!ok() || !has(name))
        return;
    if (const auto parsed = take(name, domain::parseTaxCategory(value(name), name.toString())))
        target = *parsed;
}

void OptionReader::yesNo(QStringView name, bool& target) {
    if (!ok() || !has(name))
        return;
    const QString text = value(name);
    if (text == QStringLiteral("yes"))
        target = true;
    else if (text == QStringLiteral("no"))
        target = false;
    else
        fail({ErrorCode::InvalidInput,
              QStringLiteral("--%1 must be “yes” or “no”, not %2.").arg(name, quoted(text)),
              name.toString()});
}

void OptionReader::id(QStringView name, QUuid& target) {
    if (!ok() || !has(name))
        return;
    const QString text = value(name);
    if (text.isEmpty()) {
        target = QUuid();
        return;
    }
    if (const auto parsed = take(name, parseId(text, name.toString())))
        target = *parsed;
}

std::optional<int> OptionReader::count(QStringView name, int min, int max) {
    if (!ok() || !has(name))
        return std::nullopt;
    const auto parsed = take(name, parseInteger(value(name), name.toString()));
    if (!parsed)
        return std::nullopt;
    if (*parsed < min || *parsed > max) {
        fail({ErrorCode::InvalidInput,
              QStringLiteral("--%1 must be between %2 and %3.").arg(name).arg(min).arg(max),
              name.toString()});
        return std::nullopt;
    }
    return parsed;
}

domain::Result<QUuid> OptionReader::parseId(QStringView text, const QString& field) {
    const QString lower = text.toString().toLower();
    auto uuid = domain::JsonScalar::parseUuid(lower, field);
    if (!uuid)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 is not a record id; ids are UUIDs such as "
                                           "“123e4567-e89b-42d3-a456-426614174000”.")
                                .arg(quoted(text)),
                            field);
    return uuid;
}

QString OptionReader::idText(const QUuid& uuid) {
    return uuid.toString(QUuid::WithoutBraces);
}

domain::Result<QDate> OptionReader::parseDate(QStringView text, const QString& field) {
    auto date = domain::JsonScalar::parseDate(text, field);
    if (!date)
        return domain::fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not a calendar date written as YYYY-MM-DD.").arg(quoted(text)),
            field);
    return date;
}

domain::Result<int> OptionReader::parseInteger(QStringView text, const QString& field) {
    bool wellFormed = !text.isEmpty() && text.size() <= 10;
    for (qsizetype i = 0; wellFormed && i < text.size(); ++i) {
        const QChar c = text[i];
        wellFormed = (c >= u'0' && c <= u'9') || (i == 0 && c == u'-' && text.size() > 1);
    }
    bool converted = false;
    const qint64 value = wellFormed ? text.toLongLong(&converted) : 0;
    if (!converted || value < -1'000'000'000 || value > 1'000'000'000)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("%1 is not a whole number.").arg(quoted(text)), field);
    return static_cast<int>(value);
}

} // namespace quittance::cli
