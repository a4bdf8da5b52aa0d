#include "CatalogCommands.h"

#include "AmountText.h"
#include "InputFile.h"
#include "OptionReader.h"
#include "domain/JsonClientCodec.h"
#include "domain/JsonProductCodec.h"
#include "domain/JsonScalar.h"
#include "services/CatalogService.h"
#include "services/RecordMeta.h"

#include <QJsonArray>
#include <QUuid>

namespace quittance::cli {

using domain::Client;
using domain::ErrorCode;
using domain::Product;

namespace {

QString orNone(const QString& text) {
    return text.isEmpty() ? QStringLiteral("-") : text;
}

template <typename Entity>
struct Catalog;

template <>
struct Catalog<Client> {
    using Service = services::ClientService;
    static QString noun() { return QStringLiteral("client"); }
    static QList<QStringView> fields() {
        return {u"name",   u"contact", u"address-line", u"postal-code", u"city",  u"country",
                u"vat-id", u"email",   u"currency",     u"language",    u"terms", u"notes"};
    }
    static void apply(OptionReader& options, Client& client) {
        options.text(u"name", client.name);
        options.text(u"contact", client.contactPerson);
        options.textList(u"address-line", client.billingAddress.lines);
        options.text(u"postal-code", client.billingAddress.postalCode);
        options.text(u"city", client.billingAddress.city);
        options.text(u"country", client.billingAddress.country);
        options.text(u"vat-id", client.vatId);
        options.text(u"email", client.email);
        options.optionalCurrency(u"currency", client.defaultCurrency);
        options.language(u"language", client.language);
        options.optionalInteger(u"terms", client.paymentTermsDays);
        options.text(u"notes", client.notes);
    }
    static QJsonObject encode(const Client& client, const domain::JsonRecordMeta& meta) {
        return domain::JsonClientCodec::encode(client, meta);
    }
    static domain::Result<Client> decode(const QJsonObject& object) {
        auto record = domain::JsonClientCodec::decode(object);
        if (!record)
            return std::unexpected(record.error());
        return record->value;
    }
    static QString listLine(const Client& client) {
        const QString place = QStringLiteral("%1 %2")
                                  .arg(client.billingAddress.country, client.billingAddress.city)
                                  .trimmed();
        return QStringLiteral("%1  %2  %3%4")
            .arg(OptionReader::idText(client.uuid), client.name.left(40).leftJustified(40),
                 place.left(30), client.archived ? QStringLiteral("  (archived)") : QString());
    }
    static void print(QTextStream& out, const Client& c) {
        const auto row = [&](const QString& label, const QString& value) {
            out << (label + QLatin1Char(':')).leftJustified(16) << value << '\n';
        };
        row(QStringLiteral("Id"), OptionReader::idText(c.uuid));
        row(QStringLiteral("Name"), c.name);
        row(QStringLiteral("Contact"), orNone(c.contactPerson));
        QStringList address = c.billingAddress.lines;
        address << QStringLiteral("%1 %2")
                       .arg(c.billingAddress.postalCode, c.billingAddress.city)
                       .trimmed()
                << c.billingAddress.country;
        address.removeAll(QString());
        row(QStringLiteral("Address"), address.join(QStringLiteral("\n") + QString(16, u' ')));
        row(QStringLiteral("VAT ID"), orNone(c.vatId));
        row(QStringLiteral("Email"), orNone(c.email));
        row(QStringLiteral("Currency"),
            c.defaultCurrency ? c.defaultCurrency->code() : QStringLiteral("(profile default)"));
        row(QStringLiteral("Language"), domain::documentLanguageCode(c.language));
        row(QStringLiteral("Payment terms"),
            c.paymentTermsDays ? QStringLiteral("%1 days").arg(*c.paymentTermsDays)
                               : QStringLiteral("(profile default)"));
        row(QStringLiteral("Notes"), orNone(c.notes));
        row(QStringLiteral("Archived"), c.archived ? QStringLiteral("yes") : QStringLiteral("no"));
    }
};

template <>
struct Catalog<Product> {
    using Service = services::ProductService;
    static QString noun() { return QStringLiteral("product"); }
    static QList<QStringView> fields() {
        return {u"name", u"description", u"unit", u"price", u"tax-category", u"tax-rate"};
    }
    static void apply(OptionReader& options, Product& product) {
        options.text(u"name", product.name);
        options.text(u"description", product.description);
        options.text(u"unit", product.unitCode);
        options.decimal(u"price", product.unitPrice);
        options.taxCategory(u"tax-category", product.taxCategory);
        options.decimal(u"tax-rate", product.taxRate);
    }
    static QJsonObject encode(const Product& product, const domain::JsonRecordMeta& meta) {
        return domain::JsonProductCodec::encode(product, meta);
    }
    static domain::Result<Product> decode(const QJsonObject& object) {
        auto record = domain::JsonProductCodec::decode(object);
        if (!record)
            return std::unexpected(record.error());
        return record->value;
    }
    static QString rateText(const Product& p) {
        return QStringLiteral("%1 %2 %").arg(domain::taxCategoryCode(p.taxCategory),
                                             p.taxRate.toString());
    }
    static QString listLine(const Product& p) {
        return QStringLiteral("%1  %2  %3 %4  %5%6")
            .arg(OptionReader::idText(p.uuid), p.name.left(40).leftJustified(40),
                 p.unitPrice.toString(2).rightJustified(12), p.unitCode.leftJustified(4),
                 rateText(p), p.archived ? QStringLiteral("  (archived)") : QString());
    }
    static void print(QTextStream& out, const Product& p) {
        const auto row = [&](const QString& label, const QString& value) {
            out << (label + QLatin1Char(':')).leftJustified(16) << value << '\n';
        };
        row(QStringLiteral("Id"), OptionReader::idText(p.uuid));
        row(QStringLiteral("Name"), p.name);
        row(QStringLiteral("Description"), orNone(p.description));
        row(QStringLiteral("Unit"), p.unitCode);
        row(QStringLiteral("Unit price"), p.unitPrice.toString(2));
        row(QStringLiteral("VAT"), rateText(p));
        row(QStringLiteral("Archived"), p.archived ? QStringLiteral("yes") : QStringLiteral("no"));
    }
};

bool anyOf(const CommandLine& line, const QList<QStringView>& names) {
    for (const QStringView name : names) {
        if (line.has(name.toString()))
            return true;
    }
    return false;
}

} // namespace

ExitCode CatalogCommands::client() {
    return run<Client>(QStringLiteral("client"));
}

ExitCode CatalogCommands::product() {
    return run<Product>(QStringLiteral("product"));
}

template <typename Entity>
ExitCode CatalogCommands::run(const QString& group) {
    const QString action = m_cx.line().words.value(1);
    if (action == QStringLiteral("add"))
        return add<Entity>();
    if (action == QStringLiteral("edit"))
        return edit<Entity>();
    if (action == QStringLiteral("list"))
        return list<Entity>();
    if (action == QStringLiteral("show"))
        return show<Entity>();
    if (action == QStringLiteral("archive"))
        return archive<Entity>(true);
    if (action == QStringLiteral("unarchive"))
        return archive<Entity>(false);
    if (action == QStringLiteral("delete"))
        return remove<Entity>();
    return m_cx.unknownSubcommand(
        group, QStringLiteral("add, list, show, edit, archive, unarchive, delete"));
}

template <typename Entity>
ExitCode CatalogCommands::add() {
    using C = Catalog<Entity>;
    QList<QStringView> allowed = C::fields();
    allowed.append(u"file");
    if (const ExitCode code = m_cx.checkArguments(2, 2, allowed); code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    const bool fromFile = line.has(QStringLiteral("file"));
    if (fromFile && anyOf(line, C::fields()))
        return m_cx.usage(QStringLiteral("'%1 add' takes either --file or field options, not both.")
                              .arg(C::noun()));
    Entity entity;
    if (fromFile) {
        auto object =
            InputFile::readRecord(line.value(QStringLiteral("file")), QStringLiteral("file"));
        if (!object)
            return m_cx.fail(object.error());
        // A new record needs no id in its file; one is assigned.
        if (!object->contains(QStringLiteral("id")))
            object->insert(QStringLiteral("id"), OptionReader::idText(QUuid::createUuid()));
        auto decoded = C::decode(*object);
        if (!decoded)
            return m_cx.fail(decoded.error());
        entity = *decoded;
    } else {
        OptionReader options(line);
        C::apply(options, entity);
        if (auto ok = options.status(); !ok)
            return m_cx.fail(ok.error());
    }
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto added = typename C::Service(m_cx.vault()).add(entity);
    if (!added)
        return m_cx.fail(added.error());
    if (m_cx.json())
        m_cx.printJson(C::encode(*added, {}));
    else
        m_cx.out() << OptionReader::idText(added->uuid) << '\n';
    return ExitCode::Success;
}

template <typename Entity>
ExitCode CatalogCommands::edit() {
    using C = Catalog<Entity>;
    QList<QStringView> allowed = C::fields();
    allowed.append(u"file");
    if (const ExitCode code = m_cx.checkArguments(3, 3, allowed); code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    auto id = OptionReader::parseId(line.words.value(2), QStringLiteral("id"));
    if (!id)
        return m_cx.fail(id.error());
    const bool fromFile = line.has(QStringLiteral("file"));
    const bool fromOptions = anyOf(line, C::fields());
    if (fromFile == fromOptions)
        return m_cx.usage(
            QStringLiteral("'%1 edit' takes either --file or field options.").arg(C::noun()));
    std::optional<Entity> replacement;
    if (fromFile) {
        auto object =
            InputFile::readRecord(line.value(QStringLiteral("file")), QStringLiteral("file"));
        if (!object)
            return m_cx.fail(object.error());
        if (!object->contains(QStringLiteral("id")))
            object->insert(QStringLiteral("id"), OptionReader::idText(*id));
        auto decoded = C::decode(*object);
        if (!decoded)
            return m_cx.fail(decoded.error());
        if (decoded->uuid != *id)
            return m_cx.fail({ErrorCode::InvalidInput,
                              QStringLiteral("The file describes %1 %2, not %3.")
                                  .arg(C::noun(), OptionReader::idText(decoded->uuid),
                                       OptionReader::idText(*id)),
                              QStringLiteral("id")});
        replacement = *decoded;
    } else {
        Entity scratch;
        OptionReader options(line);
        C::apply(options, scratch);
        if (auto ok = options.status(); !ok)
            return m_cx.fail(ok.error());
    }
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    typename C::Service service(m_cx.vault());
    auto current = service.get(OptionReader::idText(*id));
    if (!current)
        return m_cx.fail(current.error());
    Entity entity = current->entity;
    if (replacement) {
        entity = *replacement;
    } else {
        OptionReader options(line);
        C::apply(options, entity);
        if (auto ok = options.status(); !ok)
            return m_cx.fail(ok.error());
    }
    auto updated = service.update(entity);
    if (!updated)
        return m_cx.fail(updated.error());
    if (m_cx.json())
        m_cx.printJson(C::encode(*updated, {}));
    else
        m_cx.out() << QStringLiteral("Updated %1 %2.\n").arg(C::noun(), OptionReader::idText(*id));
    return ExitCode::Success;
}

template <typename Entity>
ExitCode CatalogCommands::list() {
    using C = Catalog<Entity>;
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"all", u"prefix", u"limit", u"offset"});
        code != ExitCode::Success)
        return code;
    OptionReader options(m_cx.line());
    const int limit = options.count(u"limit", 1, 100000).value_or(1000);
    const int offset = options.count(u"offset", 0, 1'000'000'000).value_or(0);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto entries = typename C::Service(m_cx.vault())
                       .list(m_cx.line().flag(QStringLiteral("all")),
                             m_cx.line().value(QStringLiteral("prefix")), limit, offset);
    if (!entries)
        return m_cx.fail(entries.error());
    if (m_cx.json()) {
        QJsonArray array;
        for (const auto& entry : *entries)
            array.append(
                C::encode(entry.entity, services::RecordMeta::of(entry.version, entry.updatedAt)));
        m_cx.printJson(array);
        return ExitCode::Success;
    }
    for (const auto& entry : *entries)
        m_cx.out() << C::listLine(entry.entity) << '\n';
    return ExitCode::Success;
}

template <typename Entity>
ExitCode CatalogCommands::show() {
    using C = Catalog<Entity>;
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = OptionReader::parseId(m_cx.line().words.value(2), QStringLiteral("id"));
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto entry = typename C::Service(m_cx.vault()).get(OptionReader::idText(*id));
    if (!entry)
        return m_cx.fail(entry.error());
    if (m_cx.json())
        m_cx.printJson(
            C::encode(entry->entity, services::RecordMeta::of(entry->version, entry->updatedAt)));
    else
        C::print(m_cx.out(), entry->entity);
    return ExitCode::Success;
}

template <typename Entity>
ExitCode CatalogCommands::archive(bool archived) {
    using C = Catalog<Entity>;
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = OptionReader::parseId(m_cx.line().words.value(2), QStringLiteral("id"));
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    const QString idText = OptionReader::idText(*id);
    if (auto ok = typename C::Service(m_cx.vault()).setArchived(idText, archived); !ok)
        return m_cx.fail(ok.error());
    if (m_cx.json())
        m_cx.printJson(
            QJsonObject{{QStringLiteral("id"), idText}, {QStringLiteral("archived"), archived}});
    else
        m_cx.out() << QStringLiteral("%1 %2 %3.\n")
                          .arg(archived ? QStringLiteral("Archived") : QStringLiteral("Unarchived"),
                               C::noun(), idText);
    return ExitCode::Success;
}

template <typename Entity>
ExitCode CatalogCommands::remove() {
    using C = Catalog<Entity>;
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    auto id = OptionReader::parseId(m_cx.line().words.value(2), QStringLiteral("id"));
    if (!id)
        return m_cx.fail(id.error());
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    const QString idText = OptionReader::idText(*id);
    if (auto ok = typename C::Service(m_cx.vault()).remove(idText); !ok)
        return m_cx.fail(ok.error());
    if (m_cx.json())
        m_cx.printJson(
            QJsonObject{{QStringLiteral("id"), idText}, {QStringLiteral("deleted"), true}});
    else
        m_cx.out() << QStringLiteral("Deleted %1 %2.\n").arg(C::noun(), idText);
    return ExitCode::Success;
}

} // namespace quittance::cli
