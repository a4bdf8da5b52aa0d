#include "JsonDocumentCodec.h"

#include "DocumentCalculator.h"
#include "JsonBusinessProfileCodec.h"
#include "JsonClientCodec.h"
#include "JsonObjectReader.h"
#include "JsonObjectWriter.h"
#include "JsonParser.h"
#include "JsonPath.h"
#include "JsonScalar.h"

#include <QJsonArray>

#include <utility>

namespace quittance::domain {

using Presence = JsonObjectReader::Presence;

namespace {

// At most one group per line and per allowance or charge.
constexpr qsizetype kMaxBreakdownGroups = 2 * Document::kMaxLines;

QString quotedPath(const QString& field) {
    return QStringLiteral("“%1”").arg(field);
}

QString quotedText(const QString& text) {
    if (text.size() > 60)
        return QStringLiteral("“%1…”").arg(text.left(60));
    return QStringLiteral("“%1”").arg(text);
}

// ---------------------------------------------------------------- totals

struct ComputedTotals {
    DocumentTotals totals;
    Money paid;        // sum of the payments
    Money outstanding; // amount due - paid
};

// The totals and their JSON names, in the order they are checked.
constexpr QStringView kTotalAmountKeys[] = {
    u"lineNetTotal", u"allowanceTotal", u"chargeTotal", u"taxBasisTotal", u"taxTotal",
    u"grandTotal",   u"prepaidAmount",  u"amountDue",   u"paidAmount",    u"outstanding",
};

const Money& computedAmount(const ComputedTotals& computed, QStringView key) {
    const DocumentTotals& t = computed.totals;
    const std::pair<QStringView, const Money*> table[] = {
        {u"lineNetTotal", &t.lineNetTotal},   {u"allowanceTotal", &t.allowanceTotal},
        {u"chargeTotal", &t.chargeTotal},     {u"taxBasisTotal", &t.taxBasisTotal},
        {u"taxTotal", &t.taxTotal},           {u"grandTotal", &t.grandTotal},
        {u"prepaidAmount", &t.prepaidAmount}, {u"amountDue", &t.amountDue},
        {u"paidAmount", &computed.paid},      {u"outstanding", &computed.outstanding},
    };
    for (const auto& [name, money] : table) {
        if (name == key)
            return *money;
    }
    Q_ASSERT(false);
    return t.grandTotal;
}

// The calculator names its totals by member name; in JSON they live in
// `totals`. Input fields ("lines[2]") map like validation errors.
Error calculatorError(Error error, const QString& path) {
    const QString totalsPath = JsonPath::member(path, u"totals");
    QString field;
    for (const QStringView key : kTotalAmountKeys) {
        if (key != u"prepaidAmount" && error.field == key)
            field = JsonPath::member(totalsPath, key);
    }
    if (error.field == u"taxableAmount" || error.field == u"taxAmount")
        field = JsonPath::member(totalsPath, u"taxBreakdown");
    error.field = field.isEmpty() ? JsonPath::fromEntityField(path, error.field) : field;
    return error;
}

Result<ComputedTotals> compute(const Document& document) {
    auto totals = DocumentCalculator::calculate(document, {document.usesSmallBusinessExemption()});
    if (!totals)
        return std::unexpected(totals.error());
    ComputedTotals computed{*totals, Money::fromMinorUnits(0, document.currency), Money()};
    for (qsizetype i = 0; i < document.payments.size(); ++i) {
        auto sum = computed.paid.add(document.payments[i].amount,
                                     QStringLiteral("payments[%1].amount").arg(i));
        if (!sum)
            return std::unexpected(sum.error());
        computed.paid = *sum;
    }
    auto outstanding = totals->amountDue.subtract(computed.paid, QStringLiteral("outstanding"));
    if (!outstanding)
        return std::unexpected(outstanding.error());
    computed.outstanding = *outstanding;
    return computed;
}

QJsonObject encodeComputed(const ComputedTotals& computed) {
    const DocumentTotals& totals = computed.totals;
    QJsonObject object;
    QJsonArray nets;
    for (const Money& net : totals.lineNetAmounts)
        nets.append(net.toString());
    object.insert(u"lineNetAmounts", nets);
    for (const QStringView key : kTotalAmountKeys)
        object.insert(key, computedAmount(computed, key).toString());
    QJsonArray groups;
    for (const TaxBreakdown& group : totals.breakdown) {
        QJsonObject entry;
        entry.insert(u"category", taxCategoryCode(group.category));
        entry.insert(u"rate", group.ratePercent.toString());
        entry.insert(u"taxableAmount", group.taxableAmount.toString());
        entry.insert(u"taxAmount", group.taxAmount.toString());
        JsonObjectWriter::text(entry, u"exemptionReason", group.exemptionReason);
        JsonObjectWriter::text(entry, u"exemptionReasonCode", group.exemptionReasonCode);
        groups.append(entry);
    }
    object.insert(u"taxBreakdown", groups);
    object.insert(u"smallBusinessExemption", totals.smallBusinessExemption);
    JsonObjectWriter::text(object, u"legalNotice", totals.legalNotice);
    return object;
}

struct StatedGroup {
    TaxCategory category = TaxCategory::StandardRate;
    Decimal rate;
    std::optional<Money> taxableAmount;
    std::optional<Money> taxAmount;
    std::optional<QString> exemptionReason;
    std::optional<QString> exemptionReasonCode;
};

// What an input's `totals` claims; absent members claim nothing.
struct StatedTotals {
    QString path;
    std::optional<QList<Money>> lineNetAmounts;
    QList<std::pair<QStringView, Money>> amounts;
    std::optional<QList<StatedGroup>> breakdown;
    std::optional<bool> smallBusinessExemption;
    std::optional<QString> legalNotice;
};

std::optional<Money> moneyElement(JsonObjectReader& reader, const QJsonValue& value,
                                  const QString& field, const Currency& currency) {
    if (!value.isString()) {
        reader.fail(QStringLiteral("%1 must be an amount written as a string, not %2.")
                        .arg(quotedPath(field), JsonObjectReader::typeName(value)),
                    field);
        return std::nullopt;
    }
    return reader.take(Money::parse(value.toString(), currency, field));
}

std::optional<StatedTotals> readTotals(JsonObjectReader& parent, const Currency& currency) {
    const auto object = parent.object(u"totals", Presence::Optional);
    if (!object)
        return std::nullopt;
    JsonObjectReader reader(*object, parent.fieldPath(u"totals"));
    reader.allowOnly({u"lineNetAmounts", u"lineNetTotal", u"allowanceTotal", u"chargeTotal",
                      u"taxBasisTotal", u"taxTotal", u"grandTotal", u"prepaidAmount", u"amountDue",
                      u"paidAmount", u"outstanding", u"taxBreakdown", u"smallBusinessExemption",
                      u"legalNotice"});
    StatedTotals stated;
    stated.path = reader.path();
    if (const auto nets =
            reader.array(u"lineNetAmounts", Document::kMaxLines, Presence::Optional)) {
        QList<Money> amounts;
        for (qsizetype i = 0; i < nets->size() && reader.ok(); ++i) {
            const QString field = JsonPath::element(reader.fieldPath(u"lineNetAmounts"), i);
            if (const auto amount = moneyElement(reader, nets->at(i), field, currency))
                amounts.append(*amount);
        }
        stated.lineNetAmounts = amounts;
    }
    for (const QStringView key : kTotalAmountKeys) {
        if (const auto amount = reader.money(key, currency, Presence::Optional))
            stated.amounts.append({key, *amount});
    }
    if (const auto groups =
            reader.array(u"taxBreakdown", kMaxBreakdownGroups, Presence::Optional)) {
        QList<StatedGroup> list;
        for (qsizetype i = 0; i < groups->size() && reader.ok(); ++i) {
            const QString field = JsonPath::element(reader.fieldPath(u"taxBreakdown"), i);
            const QJsonValue item = groups->at(i);
            if (!item.isObject()) {
                reader.fail(QStringLiteral("%1 must be an object, not %2.")
                                .arg(quotedPath(field), JsonObjectReader::typeName(item)),
                            field);
                break;
            }
            JsonObjectReader entry(item.toObject(), field);
            entry.allowOnly({u"category", u"rate", u"taxableAmount", u"taxAmount",
                             u"exemptionReason", u"exemptionReasonCode"});
            StatedGroup group;
            group.category = entry.code(u"category", Presence::Required, &parseTaxCategory)
                                 .value_or(TaxCategory::StandardRate);
            group.rate = entry.decimal(u"rate", Presence::Required).value_or(Decimal());
            group.taxableAmount = entry.money(u"taxableAmount", currency, Presence::Optional);
            group.taxAmount = entry.money(u"taxAmount", currency, Presence::Optional);
            group.exemptionReason = entry.string(u"exemptionReason", Presence::Optional);
            group.exemptionReasonCode = entry.string(u"exemptionReasonCode", Presence::Optional);
            if (auto ok = entry.status(); !ok)
                reader.fail(ok.error());
            list.append(group);
        }
        stated.breakdown = list;
    }
    stated.smallBusinessExemption = reader.boolean(u"smallBusinessExemption", Presence::Optional);
    stated.legalNotice = reader.string(u"legalNotice", Presence::Optional);
    if (auto ok = reader.status(); !ok)
        parent.fail(ok.error());
    return stated;
}

std::unexpected<Error> mismatch(const QString& field, const QString& stated,
                                const QString& computed) {
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("%1 states %2, but the document computes to %3.")
                    .arg(quotedPath(field), stated, computed),
                field);
}

Status checkTotals(const StatedTotals& stated, const ComputedTotals& computed) {
    const DocumentTotals& totals = computed.totals;
    const auto field = [&](QStringView key) { return JsonPath::member(stated.path, key); };
    if (stated.lineNetAmounts) {
        const QList<Money>& claimed = *stated.lineNetAmounts;
        if (claimed.size() != totals.lineNetAmounts.size())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1 lists %2 line amounts, but the document has %3 lines.")
                            .arg(quotedPath(field(u"lineNetAmounts")))
                            .arg(claimed.size())
                            .arg(totals.lineNetAmounts.size()),
                        field(u"lineNetAmounts"));
        for (qsizetype i = 0; i < claimed.size(); ++i) {
            if (claimed[i] != totals.lineNetAmounts[i])
                return mismatch(JsonPath::element(field(u"lineNetAmounts"), i),
                                claimed[i].toString(), totals.lineNetAmounts[i].toString());
        }
    }
    for (const auto& [key, claimed] : stated.amounts) {
        const Money& actual = computedAmount(computed, key);
        if (claimed != actual)
            return mismatch(field(key), claimed.toString(), actual.toString());
    }
    if (stated.breakdown) {
        const QList<StatedGroup>& claimed = *stated.breakdown;
        const QString listField = field(u"taxBreakdown");
        if (claimed.size() != totals.breakdown.size())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("%1 lists %2 VAT groups, but the document has %3.")
                            .arg(quotedPath(listField))
                            .arg(claimed.size())
                            .arg(totals.breakdown.size()),
                        listField);
        for (qsizetype i = 0; i < claimed.size(); ++i) {
            const StatedGroup& group = claimed[i];
            const TaxBreakdown& actual = totals.breakdown[i];
            const QString entry = JsonPath::element(listField, i);
            if (group.category != actual.category)
                return mismatch(JsonPath::member(entry, u"category"),
                                taxCategoryCode(group.category), taxCategoryCode(actual.category));
            if (group.rate != actual.ratePercent)
                return mismatch(JsonPath::member(entry, u"rate"), group.rate.toString(),
                                actual.ratePercent.toString());
            if (group.taxableAmount && *group.taxableAmount != actual.taxableAmount)
                return mismatch(JsonPath::member(entry, u"taxableAmount"),
                                group.taxableAmount->toString(), actual.taxableAmount.toString());
            if (group.taxAmount && *group.taxAmount != actual.taxAmount)
                return mismatch(JsonPath::member(entry, u"taxAmount"), group.taxAmount->toString(),
                                actual.taxAmount.toString());
            if (group.exemptionReason && *group.exemptionReason != actual.exemptionReason)
                return mismatch(JsonPath::member(entry, u"exemptionReason"),
                                quotedText(*group.exemptionReason),
                                quotedText(actual.exemptionReason));
            if (group.exemptionReasonCode &&
                *group.exemptionReasonCode != actual.exemptionReasonCode)
                return mismatch(JsonPath::member(entry, u"exemptionReasonCode"),
                                quotedText(*group.exemptionReasonCode),
                                quotedText(actual.exemptionReasonCode));
        }
    }
    const auto yesNo = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    if (stated.smallBusinessExemption &&
        *stated.smallBusinessExemption != totals.smallBusinessExemption)
        return mismatch(field(u"smallBusinessExemption"), yesNo(*stated.smallBusinessExemption),
                        yesNo(totals.smallBusinessExemption));
    if (stated.legalNotice && *stated.legalNotice != totals.legalNotice)
        return mismatch(field(u"legalNotice"), quotedText(*stated.legalNotice),
                        quotedText(totals.legalNotice));
    return {};
}

// ---------------------------------------------------------------- parts

Result<AllowanceCharge::Kind> parseKind(QStringView code, const QString& field) {
    if (code == u"allowance")
        return AllowanceCharge::Kind::Allowance;
    if (code == u"charge")
        return AllowanceCharge::Kind::Charge;
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("The kind must be “allowance” or “charge”."), field);
}

QJsonObject encodeLine(const DocumentLine& line) {
    QJsonObject object;
    object.insert(u"description", line.description);
    object.insert(u"quantity", line.quantity.toString());
    object.insert(u"unitCode", line.unitCode);
    object.insert(u"unitPrice", line.unitPrice.toString());
    object.insert(u"baseQuantity", line.baseQuantity.toString());
    object.insert(u"taxCategory", taxCategoryCode(line.taxCategory));
    object.insert(u"taxRate", line.taxRate.toString());
    if (line.allowance)
        object.insert(u"allowance", line.allowance->toString());
    if (line.charge)
        object.insert(u"charge", line.charge->toString());
    JsonObjectWriter::uuid(object, u"productId", line.productUuid);
    return object;
}

Result<DocumentLine> decodeLine(const QJsonObject& object, const QString& path,
                                const Currency& currency) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"description", u"quantity", u"unitCode", u"unitPrice", u"baseQuantity",
                      u"taxCategory", u"taxRate", u"allowance", u"charge", u"productId"});
    DocumentLine line;
    line.description = reader.string(u"description", Presence::Required).value_or(QString());
    line.quantity = reader.decimal(u"quantity", Presence::Required).value_or(Decimal());
    line.unitCode = reader.string(u"unitCode", Presence::Optional).value_or(line.unitCode);
    line.unitPrice = reader.decimal(u"unitPrice", Presence::Required).value_or(Decimal());
    line.baseQuantity =
        reader.decimal(u"baseQuantity", Presence::Optional).value_or(line.baseQuantity);
    line.taxCategory = reader.code(u"taxCategory", Presence::Required, &parseTaxCategory)
                           .value_or(TaxCategory::StandardRate);
    line.taxRate = reader.decimal(u"taxRate", Presence::Required).value_or(Decimal());
    line.allowance = reader.money(u"allowance", currency, Presence::Optional);
    line.charge = reader.money(u"charge", currency, Presence::Optional);
    line.productUuid = reader.uuid(u"productId", Presence::Optional).value_or(QUuid());
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    return line;
}

QJsonObject encodeAllowanceCharge(const AllowanceCharge& item) {
    QJsonObject object;
    object.insert(u"kind",
                  item.isCharge() ? QStringLiteral("charge") : QStringLiteral("allowance"));
    object.insert(u"amount", item.amount.toString());
    object.insert(u"reason", item.reason);
    object.insert(u"taxCategory", taxCategoryCode(item.taxCategory));
    object.insert(u"taxRate", item.taxRate.toString());
    return object;
}

Result<AllowanceCharge> decodeAllowanceCharge(const QJsonObject& object, const QString& path,
                                              const Currency& currency) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"kind", u"amount", u"reason", u"taxCategory", u"taxRate"});
    AllowanceCharge item;
    item.kind = reader.code(u"kind", Presence::Required, &parseKind)
                    .value_or(AllowanceCharge::Kind::Allowance);
    item.amount = reader.money(u"amount", currency, Presence::Required).value_or(Money());
    item.reason = reader.string(u"reason", Presence::Required).value_or(QString());
    item.taxCategory = reader.code(u"taxCategory", Presence::Required, &parseTaxCategory)
                           .value_or(TaxCategory::StandardRate);
    item.taxRate = reader.decimal(u"taxRate", Presence::Required).value_or(Decimal());
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    return item;
}

QJsonObject encodePayment(const Payment& payment) {
    QJsonObject object;
    JsonObjectWriter::date(object, u"date", payment.date);
    object.insert(u"amount", payment.amount.toString());
    JsonObjectWriter::text(object, u"method", payment.method);
    JsonObjectWriter::text(object, u"reference", payment.reference);
    return object;
}

Result<Payment> decodePayment(const QJsonObject& object, const QString& path,
                              const Currency& currency) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"date", u"amount", u"method", u"reference"});
    Payment payment;
    payment.date = reader.date(u"date", Presence::Required).value_or(QDate());
    payment.amount = reader.money(u"amount", currency, Presence::Required).value_or(Money());
    payment.method = reader.string(u"method", Presence::Optional).value_or(QString());
    payment.reference = reader.string(u"reference", Presence::Optional).value_or(QString());
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());
    return payment;
}

// Decodes the array `key` of objects with `decode(object, path)`.
template <typename T, typename Decode>
QList<T> readObjects(JsonObjectReader& reader, QStringView key, qsizetype maxItems, Decode decode) {
    QList<T> out;
    const auto items = reader.array(key, maxItems, Presence::Optional);
    if (!items)
        return out;
    out.reserve(items->size());
    for (qsizetype i = 0; i < items->size() && reader.ok(); ++i) {
        const QString path = JsonPath::element(reader.fieldPath(key), i);
        const QJsonValue item = items->at(i);
        if (!item.isObject()) {
            reader.fail(QStringLiteral("%1 must be an object, not %2.")
                            .arg(quotedPath(path), JsonObjectReader::typeName(item)),
                        path);
            break;
        }
        if (auto value = reader.take(decode(item.toObject(), path)))
            out.append(std::move(*value));
    }
    return out;
}

QMap<TaxCategory, QString> readExemptionReasons(JsonObjectReader& parent) {
    QMap<TaxCategory, QString> reasons;
    const auto object = parent.object(u"exemptionReasons", Presence::Optional);
    if (!object)
        return reasons;
    JsonObjectReader reader(*object, parent.fieldPath(u"exemptionReasons"));
    for (auto it = object->constBegin(); it != object->constEnd() && reader.ok(); ++it) {
        const QString key = it.key();
        const auto category = reader.take(parseTaxCategory(key, reader.fieldPath(key)));
        const auto text = reader.string(key, Presence::Required);
        if (category && text)
            reasons.insert(*category, *text);
    }
    if (auto ok = reader.status(); !ok)
        parent.fail(ok.error());
    return reasons;
}

} // namespace

Result<QJsonObject> JsonDocumentCodec::encodeTotals(const Document& document) {
    auto computed = compute(document);
    if (!computed)
        return std::unexpected(calculatorError(computed.error(), {}));
    return encodeComputed(*computed);
}

Result<QJsonObject> JsonDocumentCodec::encode(const Document& document,
                                              const JsonRecordMeta& meta) {
    auto totals = encodeTotals(document);
    if (!totals)
        return std::unexpected(totals.error());
    QJsonObject object;
    JsonObjectWriter::uuid(object, u"id", document.uuid);
    JsonObjectWriter::text(object, u"number", document.number);
    object.insert(u"type", documentTypeCode(document.type));
    object.insert(u"status", documentStatusCode(document.status));
    JsonObjectWriter::date(object, u"issueDate", document.issueDate);
    JsonObjectWriter::date(object, u"dueDate", document.dueDate);
    object.insert(u"currency", document.currency.code());
    object.insert(u"language", documentLanguageCode(document.language));
    JsonObjectWriter::text(object, u"buyerReference", document.buyerReference);
    JsonObjectWriter::text(object, u"purchaseOrderNumber", document.purchaseOrderNumber);
    JsonObjectWriter::uuid(object, u"clientId", document.clientUuid);

    QJsonArray lines;
    for (const DocumentLine& line : document.lines)
        lines.append(encodeLine(line));
    object.insert(u"lines", lines);
    QJsonArray items;
    for (const AllowanceCharge& item : document.allowancesCharges)
        items.append(encodeAllowanceCharge(item));
    object.insert(u"allowancesCharges", items);
    QJsonObject reasons;
    for (auto it = document.exemptionReasons.cbegin(); it != document.exemptionReasons.cend(); ++it)
        reasons.insert(taxCategoryCode(it.key()), it.value());
    object.insert(u"exemptionReasons", reasons);

    JsonObjectWriter::text(object, u"notes", document.notes);
    JsonObjectWriter::text(object, u"paymentTermsText", document.paymentTermsText);
    JsonObjectWriter::uuid(object, u"correctedInvoiceId", document.correctedInvoiceUuid);
    JsonObjectWriter::text(object, u"correctedInvoiceNumber", document.correctedInvoiceNumber);
    if (document.prepaidAmount)
        object.insert(u"prepaidAmount", document.prepaidAmount->toString());
    QJsonArray payments;
    for (const Payment& payment : document.payments)
        payments.append(encodePayment(payment));
    object.insert(u"payments", payments);
    if (document.sellerSnapshot)
        object.insert(u"sellerSnapshot",
                      JsonBusinessProfileCodec::encode(*document.sellerSnapshot));
    if (document.buyerSnapshot)
        object.insert(u"buyerSnapshot", JsonClientCodec::encode(*document.buyerSnapshot));
    object.insert(u"totals", *totals);
    JsonObjectWriter::meta(object, meta);
    return object;
}

Result<JsonRecord<Document>> JsonDocumentCodec::decode(const QJsonObject& object,
                                                       const QString& path) {
    JsonObjectReader reader(object, path);
    reader.allowOnly({u"id",
                      u"number",
                      u"type",
                      u"status",
                      u"issueDate",
                      u"dueDate",
                      u"currency",
                      u"language",
                      u"buyerReference",
                      u"purchaseOrderNumber",
                      u"clientId",
                      u"lines",
                      u"allowancesCharges",
                      u"exemptionReasons",
                      u"notes",
                      u"paymentTermsText",
                      u"correctedInvoiceId",
                      u"correctedInvoiceNumber",
                      u"prepaidAmount",
                      u"payments",
                      u"sellerSnapshot",
                      u"buyerSnapshot",
                      u"totals",
                      u"version",
                      u"updatedAt"});
    JsonRecord<Document> record;
    Document& document = record.value;
    document.uuid = reader.uuid(u"id", Presence::Required).value_or(QUuid());
    document.number = reader.string(u"number", Presence::Optional).value_or(QString());
    document.type = reader.code(u"type", Presence::Required, &parseDocumentType)
                        .value_or(DocumentType::Invoice);
    document.status = reader.code(u"status", Presence::Required, &parseDocumentStatus)
                          .value_or(DocumentStatus::Draft);
    document.issueDate = reader.date(u"issueDate", Presence::Optional).value_or(QDate());
    document.dueDate = reader.date(u"dueDate", Presence::Optional).value_or(QDate());
    document.currency = reader.currency(u"currency", Presence::Required).value_or(Currency());
    document.language = reader.code(u"language", Presence::Optional, &parseDocumentLanguage)
                            .value_or(DocumentLanguage::English);
    document.buyerReference =
        reader.string(u"buyerReference", Presence::Optional).value_or(QString());
    document.purchaseOrderNumber =
        reader.string(u"purchaseOrderNumber", Presence::Optional).value_or(QString());
    document.clientUuid = reader.uuid(u"clientId", Presence::Optional).value_or(QUuid());

    const Currency currency = document.currency;
    document.lines =
        readObjects<DocumentLine>(reader, u"lines", Document::kMaxLines,
                                  [&](const QJsonObject& item, const QString& itemPath) {
                                      return decodeLine(item, itemPath, currency);
                                  });
    document.allowancesCharges =
        readObjects<AllowanceCharge>(reader, u"allowancesCharges", Document::kMaxLines,
                                     [&](const QJsonObject& item, const QString& itemPath) {
                                         return decodeAllowanceCharge(item, itemPath, currency);
                                     });
    document.exemptionReasons = readExemptionReasons(reader);
    document.notes = reader.string(u"notes", Presence::Optional).value_or(QString());
    document.paymentTermsText =
        reader.string(u"paymentTermsText", Presence::Optional).value_or(QString());
    document.correctedInvoiceUuid =
        reader.uuid(u"correctedInvoiceId", Presence::Optional).value_or(QUuid());
    document.correctedInvoiceNumber =
        reader.string(u"correctedInvoiceNumber", Presence::Optional).value_or(QString());
    document.prepaidAmount = reader.money(u"prepaidAmount", currency, Presence::Optional);
    document.payments = readObjects<Payment>(reader, u"payments", kMaxPayments,
                                             [&](const QJsonObject& item, const QString& itemPath) {
                                                 return decodePayment(item, itemPath, currency);
                                             });
    if (const auto seller = reader.object(u"sellerSnapshot", Presence::Optional))
        document.sellerSnapshot = reader.take(
            JsonBusinessProfileCodec::decode(*seller, reader.fieldPath(u"sellerSnapshot")));
    if (const auto buyer = reader.object(u"buyerSnapshot", Presence::Optional)) {
        // A snapshot is frozen data, not a synced record: no metadata.
        const QString buyerPath = reader.fieldPath(u"buyerSnapshot");
        for (const QStringView key : {QStringView(u"updatedAt"), QStringView(u"version")}) {
            if (buyer->contains(key))
                reader.fail(QStringLiteral("%1 is not a known field.")
                                .arg(quotedPath(JsonPath::member(buyerPath, key))),
                            JsonPath::member(buyerPath, key));
        }
        if (reader.ok()) {
            if (auto client = reader.take(JsonClientCodec::decode(*buyer, buyerPath)))
                document.buyerSnapshot = client->value;
        }
    }
    const std::optional<StatedTotals> stated = readTotals(reader, currency);
    record.meta = reader.meta();
    if (auto ok = reader.status(); !ok)
        return std::unexpected(ok.error());

    if (auto ok = document.validate(); !ok) {
        Error error = ok.error();
        error.field = JsonPath::fromEntityField(path, error.field);
        return std::unexpected(error);
    }
    // Computed even when no totals are stated: a decoded document can always
    // be encoded again.
    auto computed = compute(document);
    if (!computed)
        return std::unexpected(calculatorError(computed.error(), path));
    if (stated) {
        if (auto ok = checkTotals(*stated, *computed); !ok)
            return std::unexpected(ok.error());
    }
    return record;
}

Result<JsonRecord<Document>> JsonDocumentCodec::decode(QByteArrayView json) {
    auto object = JsonParser::parseObject(json, JsonParser::kMaxRecordBytes);
    if (!object)
        return std::unexpected(object.error());
    return decode(*object);
}

} // namespace quittance::domain
