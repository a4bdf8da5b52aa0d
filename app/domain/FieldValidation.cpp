#include "FieldValidation.h"

#include <QRegularExpression>

namespace quittance::domain::fieldvalidation {

QString join(const QString& prefix, const QString& field) {
    if (prefix.isEmpty())
        return field;
    return prefix + u'.' + field;
}

Status required(const QString& value, const QString& field, const QString& label) {
    if (value.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is required.").arg(label), field);
    return {};
}

Status maxLength(const QString& value, qsizetype limit, const QString& field,
                 const QString& label) {
    if (value.size() > limit)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 is longer than %2 characters.").arg(label).arg(limit),
                    field);
    return {};
}

Status email(const QString& value, const QString& field) {
    if (value.isEmpty())
        return {};
    static const QRegularExpression kPattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    if (value.size() > 254 || !kPattern.match(value).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("“%1” is not an email address.").arg(value.left(64)), field);
    return {};
}

Status phone(const QString& value, const QString& field) {
    if (value.isEmpty())
        return {};
    int digits = 0;
    for (const QChar c : value) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (!QStringView(u" +-/().").contains(c))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("A phone number may contain only digits, spaces and + - / "
                                       "( ) ."),
                        field);
    }
    if (digits < 3 || digits > 20)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("A phone number has between 3 and 20 digits."), field);
    return {};
}

Status paymentTermsDays(int days, const QString& field) {
    if (days < 0 || days > kMaxPaymentTermsDays)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Payment terms must be between 0 and %1 days.")
                        .arg(kMaxPaymentTermsDays),
                    field);
    return {};
}

} // namespace quittance::domain::fieldvalidation
