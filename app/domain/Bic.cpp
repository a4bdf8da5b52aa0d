#include "Bic.h"

#include "CountryCode.h"

namespace quittance::domain {

namespace {

bool isLetter(QChar c) {
    return c >= u'A' && c <= u'Z';
}

bool isAlnum(QChar c) {
    return isLetter(c) || (c >= u'0' && c <= u'9');
}

} // namespace

Bic::Bic(QString value)
    : m_value(std::move(value)) {}

Result<Bic> Bic::parse(QStringView text, const QString& field) {
    if (text.size() > 32)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The BIC is too long."), field);
    QString compact;
    for (const QChar c : text) {
        if (c != u' ')
            compact += c.toUpper();
    }
    if (compact.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("A BIC is required."), field);
    const auto malformed = [&]() {
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A BIC has 8 or 11 characters, like DEUTDEFF or "
                                   "DEUTDEFF500."),
                    field);
    };
    if (compact.size() != 8 && compact.size() != 11)
        return malformed();
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const bool ok = i < 6 ? isLetter(compact[i]) : isAlnum(compact[i]);
        if (!ok)
            return malformed();
    }
    if (!CountryCode::isKnown(QStringView(compact).mid(4, 2)))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The BIC does not contain a known country code."), field);
    return Bic(compact);
}

bool Bic::isValid(QStringView text) {
    return parse(text).has_value();
}

} // namespace quittance::domain
