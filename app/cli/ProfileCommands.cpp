#include "ProfileCommands.h"

#include "InputFile.h"
#include "OptionReader.h"
#include "domain/Iban.h"
#include "domain/JsonBusinessProfileCodec.h"
#include "services/ProfileService.h"

#include <QJsonArray>

namespace quittance::cli {

using domain::BusinessProfile;
using domain::DocumentType;
using domain::ErrorCode;

namespace {

// The options `profile set` takes besides --file.
constexpr QStringView kProfileFields[] = {
    u"name",   u"address-line", u"postal-code", u"city",  u"country",
    u"vat-id", u"tax-number",   u"email",       u"phone", u"website",
    u"iban",   u"bic",          u"currency",    u"terms", u"small-business",
};

void applyOptions(OptionReader& options, BusinessProfile& profile) {
    options.text(u"name", profile.legalName);
    options.textList(u"address-line", profile.address.lines);
    options.text(u"postal-code", profile.address.postalCode);
    options.text(u"city", profile.address.city);
    options.text(u"country", profile.address.country);
    options.text(u"vat-id", profile.vatId);
    options.text(u"tax-number", profile.taxNumber);
    options.text(u"email", profile.email);
    options.text(u"phone", profile.phone);
    options.text(u"website", profile.website);
    options.text(u"iban", profile.iban);
    options.text(u"bic", profile.bic);
    options.currency(u"currency", profile.defaultCurrency);
    options.integer(u"terms", profile.defaultPaymentTermsDays);
    options.yesNo(u"small-business", profile.smallBusinessExemption);
}

QString orNone(const QString& text) {
    return text.isEmpty() ? QStringLiteral("-") : text;
}

const DocumentType kTypes[] = {DocumentType::Invoice, DocumentType::CreditNote,
                               DocumentType::Quote};

} // namespace

ExitCode ProfileCommands::profile() {
    const QString action = m_cx.line().words.value(1);
    if (action == QStringLiteral("show"))
        return showProfile();
    if (action == QStringLiteral("set"))
        return setProfile();
    if (action == QStringLiteral("logo"))
        return setLogo();
    return m_cx.unknownSubcommand(QStringLiteral("profile"), QStringLiteral("show, set, logo"));
}

ExitCode ProfileCommands::numbering() {
    const QString action = m_cx.line().words.value(1);
    if (action == QStringLiteral("show"))
        return showNumbering();
    if (action == QStringLiteral("set"))
        return setNumbering();
    if (action == QStringLiteral("device"))
        return setDevice();
    return m_cx.unknownSubcommand(QStringLiteral("numbering"), QStringLiteral("show, set, device"));
}

ExitCode ProfileCommands::showProfile() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {}); code != ExitCode::Success)
        return code;
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    auto stored = services::ProfileService(m_cx.vault()).profile();
    if (!stored)
        return m_cx.fail(stored.error());
    if (!*stored)
        return m_cx.fail({ErrorCode::NotFound,
                          QStringLiteral("No business profile is set yet; create one with "
                                         "'quittance-cli profile set'."),
                          {}});
    const BusinessProfile& p = **stored;
    if (m_cx.json()) {
        m_cx.printJson(domain::JsonBusinessProfileCodec::encode(p));
        return ExitCode::Success;
    }
    QTextStream& out = m_cx.out();
    const auto row = [&](const QString& label, const QString& value) {
        out << (label + QLatin1Char(':')).leftJustified(17) << value << '\n';
    };
    row(QStringLiteral("Name"), p.legalName);
    QStringList address = p.address.lines;
    address << QStringLiteral("%1 %2").arg(p.address.postalCode, p.address.city).trimmed()
            << p.address.country;
    row(QStringLiteral("Address"), address.join(QStringLiteral("\n") + QString(17, u' ')));
    row(QStringLiteral("VAT ID"), orNone(p.vatId));
    row(QStringLiteral("Tax number"), orNone(p.taxNumber));
    row(QStringLiteral("Email"), orNone(p.email));
    row(QStringLiteral("Phone"), orNone(p.phone));
    row(QStringLiteral("Website"), orNone(p.website));
    const auto iban = domain::Iban::parse(p.iban);
    row(QStringLiteral("IBAN"), iban ? iban->formatted() : orNone(p.iban));
    row(QStringLiteral("BIC"), orNone(p.bic));
    row(QStringLiteral("Currency"), p.defaultCurrency.code());
    row(QStringLiteral("Payment terms"), QStringLiteral("%1 days").arg(p.defaultPaymentTermsDays));
    row(QStringLiteral("Small business"), p.smallBusinessExemption
                                              ? QStringLiteral("yes (§ 19 UStG, no VAT charged)")
                                              : QStringLiteral("no"));
    row(QStringLiteral("Logo"),
        p.logo.isEmpty() ? QStringLiteral("none") : QStringLiteral("%1 bytes").arg(p.logo.size()));
    return ExitCode::Success;
}

ExitCode ProfileCommands::setProfile() {
    if (const ExitCode code = m_cx.checkArguments(
            2, 2,
            {u"file", u"name", u"address-line", u"postal-code", u"city", u"country", u"vat-id",
             u"tax-number", u"email", u"phone", u"website", u"iban", u"bic", u"currency", u"terms",
             u"small-business"});
        code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    const bool fromFile = line.has(QStringLiteral("file"));
    bool anyField = false;
    for (const QStringView field : kProfileFields)
        anyField = anyField || line.has(field.toString());
    if (fromFile && anyField)
        return m_cx.usage(QStringLiteral("'profile set' takes either --file or field options, "
                                         "not both."));
    if (!fromFile && !anyField)
        return m_cx.usage(QStringLiteral("'profile set' needs --file FILE or at least one field "
                                         "option (--name, --iban, ...)."));

    std::optional<BusinessProfile> fromJson;
    if (fromFile) {
        auto object =
            InputFile::readRecord(line.value(QStringLiteral("file")), QStringLiteral("file"));
        if (!object)
            return m_cx.fail(object.error());
        auto decoded = domain::JsonBusinessProfileCodec::decode(*object);
        if (!decoded)
            return m_cx.fail(decoded.error());
        fromJson = *decoded;
    } else {
        // Syntax first, so a mistyped flag costs no unlock.
        BusinessProfile scratch;
        OptionReader options(line);
        applyOptions(options, scratch);
        if (auto ok = options.status(); !ok)
            return m_cx.fail(ok.error());
    }

    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::ProfileService service(m_cx.vault());
    auto stored = service.profile();
    if (!stored)
        return m_cx.fail(stored.error());
    BusinessProfile profile = stored->value_or(BusinessProfile{});
    if (fromJson) {
        // The JSON format carries no logo: keep the one already set.
        const QByteArray logo = profile.logo;
        profile = *fromJson;
        profile.logo = logo;
    } else {
        OptionReader options(line);
        applyOptions(options, profile);
        if (auto ok = options.status(); !ok)
            return m_cx.fail(ok.error());
    }
    auto saved = service.setProfile(profile);
    if (!saved)
        return m_cx.fail(saved.error());
    if (m_cx.json())
        m_cx.printJson(domain::JsonBusinessProfileCodec::encode(*saved));
    else
        m_cx.out() << QStringLiteral("Business profile saved.\n");
    return ExitCode::Success;
}

ExitCode ProfileCommands::showNumbering() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"type", u"today"});
        code != ExitCode::Success)
        return code;
    QList<DocumentType> types(std::begin(kTypes), std::end(kTypes));
    if (m_cx.line().has(QStringLiteral("type"))) {
        auto type = domain::parseDocumentType(m_cx.line().value(QStringLiteral("type")),
                                              QStringLiteral("type"));
        if (!type)
            return m_cx.fail(type.error());
        types = {*type};
    }
    QDate today = QDate::currentDate();
    OptionReader options(m_cx.line());
    options.date(u"today", today);
    if (auto ok = options.status(); !ok)
        return m_cx.fail(ok.error());
    if (!today.isValid())
        today = QDate::currentDate();
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::ProfileService service(m_cx.vault());
    QJsonArray array;
    QString device;
    for (const DocumentType type : types) {
        auto numbering = service.numbering(type);
        if (!numbering)
            return m_cx.fail(numbering.error());
        auto next = service.previewNextNumber(type, today);
        if (!next)
            return m_cx.fail(next.error());
        device = numbering->device;
        if (m_cx.json()) {
            array.append(QJsonObject{{QStringLiteral("type"), domain::documentTypeCode(type)},
                                     {QStringLiteral("pattern"), numbering->pattern},
                                     {QStringLiteral("reset"), numbering->reset},
                                     {QStringLiteral("nextNumber"), *next}});
        } else {
            m_cx.out() << domain::documentTypeCode(type).leftJustified(12)
                       << numbering->pattern.leftJustified(24) << numbering->reset.leftJustified(9)
                       << QStringLiteral("next: ") << *next << '\n';
        }
    }
    if (m_cx.json())
        m_cx.printJson(
            QJsonObject{{QStringLiteral("device"), device}, {QStringLiteral("types"), array}});
    else
        m_cx.out() << QStringLiteral("Device token: %1\n").arg(orNone(device));
    return ExitCode::Success;
}

ExitCode ProfileCommands::setNumbering() {
    if (const ExitCode code = m_cx.checkArguments(2, 2, {u"type", u"pattern", u"reset"});
        code != ExitCode::Success)
        return code;
    const CommandLine& line = m_cx.line();
    if (!line.has(QStringLiteral("type")))
        return m_cx.fail({ErrorCode::InvalidInput,
                          QStringLiteral("'numbering set' needs --type invoice|credit_note|quote."),
                          QStringLiteral("type")});
    auto type =
        domain::parseDocumentType(line.value(QStringLiteral("type")), QStringLiteral("type"));
    if (!type)
        return m_cx.fail(type.error());
    if (!line.has(QStringLiteral("pattern")) && !line.has(QStringLiteral("reset")))
        return m_cx.usage(QStringLiteral("'numbering set' needs --pattern P and/or --reset "
                                         "never|yearly|monthly."));
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::ProfileService service(m_cx.vault());
    auto current = service.numbering(*type);
    if (!current)
        return m_cx.fail(current.error());
    const QString pattern = line.value(QStringLiteral("pattern"), current->pattern);
    const QString reset = line.value(QStringLiteral("reset"), current->reset);
    if (auto ok = service.setNumbering(*type, pattern, reset); !ok)
        return m_cx.fail(ok.error());
    if (m_cx.json())
        m_cx.printJson(QJsonObject{{QStringLiteral("type"), domain::documentTypeCode(*type)},
                                   {QStringLiteral("pattern"), pattern},
                                   {QStringLiteral("reset"), reset}});
    else
        m_cx.out() << QStringLiteral("Numbering for %1: %2 (reset %3).\n")
                          .arg(domain::documentTypeCode(*type), pattern, reset);
    return ExitCode::Success;
}

ExitCode ProfileCommands::setDevice() {
    if (const ExitCode code = m_cx.checkArguments(3, 3, {}); code != ExitCode::Success)
        return code;
    const QString token = m_cx.line().words.value(2);
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    if (auto ok = services::ProfileService(m_cx.vault()).setDeviceToken(token); !ok)
        return m_cx.fail(ok.error());
    if (m_cx.json())
        m_cx.printJson(QJsonObject{{QStringLiteral("device"), token}});
    else
        m_cx.out() << QStringLiteral("Device token set to %1.\n").arg(token);
    return ExitCode::Success;
}

ExitCode ProfileCommands::setLogo() {
    const bool remove = m_cx.line().flag(QStringLiteral("remove"));
    if (const ExitCode code = m_cx.checkArguments(remove ? 2 : 3, remove ? 2 : 3, {u"remove"});
        code != ExitCode::Success)
        return code;
    QByteArray image;
    if (!remove) {
        // Read at most a little more than the logo limit; the service decides.
        auto bytes =
            InputFile::read(m_cx.line().words.value(2), 2 * 1024 * 1024, QStringLiteral("logo"));
        if (!bytes)
            return m_cx.fail(bytes.error());
        image = *bytes;
    }
    if (const ExitCode code = m_cx.unlock(); code != ExitCode::Success)
        return code;
    services::ProfileService profiles(m_cx.vault());
    auto updated = profiles.setLogo(image);
    if (!updated)
        return m_cx.fail(updated.error());
    if (!m_cx.json())
        m_cx.out()
            << (remove
                    ? QStringLiteral("Logo removed.\n")
                    : QStringLiteral("Logo stored (%1 bytes as PNG).\n").arg(updated->logo.size()));
    else
        m_cx.printJson(QJsonObject{{QStringLiteral("logoBytes"), updated->logo.size()}});
    return ExitCode::Success;
}

} // namespace quittance::cli
