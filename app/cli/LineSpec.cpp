#include "LineSpec.h"

#include "OptionReader.h"

#include <QStringList>

namespace quittance::cli {

using domain::ErrorCode;

namespace {

QString lineField(qsizetype index, const QString& member = {}) {
    const QString base = QStringLiteral("lines[%1]").arg(index);
    return member.isEmpty() ? base : base + QLatin1Char('.') + member;
}

// Prefixes the message with the line's number as the user counts it.
domain::Error located(domain::Error error, qsizetype index) {
    error.message = QStringLiteral("Line %1: %2").arg(index + 1).arg(error.message);
    return error;
}

} // namespace

domain::Result<domain::DocumentLine> LineSpec::parse(QStringView text, qsizetype index) {
    QStringList fields{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            if (i + 1 >= text.size())
                return domain::fail(
                    ErrorCode::InvalidInput,
                    QStringLiteral(
                        "Line %1 ends with a lone backslash; write a backslash as \"\\\\\".")
                        .arg(index + 1),
                    lineField(index));
            fields.last().append(text[++i]);
        } else if (c == u'|') {
            fields.append(QString());
        } else {
            fields.last().append(c);
        }
    }
    if (fields.size() != kFields)
        return domain::fail(ErrorCode::InvalidInput,
                            QStringLiteral("Line %1 has %2 field(s) but needs %3: %4 "
                                           "(for example \"Design work|10|HUR|85.00|S|19\"; "
                                           "write a | inside the description as \\|).")
                                .arg(index + 1)
                                .arg(fields.size())
                                .arg(kFields)
                                .arg(format()),
                            lineField(index));
    for (QString& field : fields)
        field = field.trimmed();

    domain::DocumentLine line;
    line.description = fields[0];
    auto quantity = domain::Decimal::parse(fields[1], lineField(index, QStringLiteral("quantity")));
    if (!quantity)
        return std::unexpected(located(quantity.error(), index));
    line.quantity = *quantity;
    line.unitCode = fields[2];
    auto price = domain::Decimal::parse(fields[3], lineField(index, QStringLiteral("unitPrice")));
    if (!price)
        return std::unexpected(located(price.error(), index));
    line.unitPrice = *price;
    auto category =
        domain::parseTaxCategory(fields[4], lineField(index, QStringLiteral("taxCategory")));
    if (!category)
        return std::unexpected(located(category.error(), index));
    line.taxCategory = *category;
    auto rate = domain::Decimal::parse(fields[5], lineField(index, QStringLiteral("taxRate")));
    if (!rate)
        return std::unexpected(located(rate.error(), index));
    line.taxRate = *rate;
    return line;
}

domain::Result<LineSpec::ProductRef> LineSpec::parseProduct(QStringView text, qsizetype index) {
    const qsizetype colon = text.indexOf(u':');
    const QStringView idText = colon < 0 ? text : text.left(colon);
    auto id = OptionReader::parseId(idText, lineField(index, QStringLiteral("productId")));
    if (!id)
        return std::unexpected(located(id.error(), index));
    ProductRef ref{*id, domain::Decimal::fromScaled(domain::Decimal::kScale)};
    if (colon >= 0) {
        auto quantity = domain::Decimal::parse(text.mid(colon + 1).trimmed(),
                                               lineField(index, QStringLiteral("quantity")));
        if (!quantity)
            return std::unexpected(located(quantity.error(), index));
        ref.quantity = *quantity;
    }
    return ref;
}

domain::DocumentLine LineSpec::fromProduct(const domain::Product& product,
                                           domain::Decimal quantity) {
    domain::DocumentLine line;
    line.description = product.name;
    line.quantity = quantity;
    line.unitCode = product.unitCode;
    line.unitPrice = product.unitPrice;
    line.taxCategory = product.taxCategory;
    line.taxRate = product.taxRate;
    line.productUuid = product.uuid;
    return line;
}

} // namespace quittance::cli
