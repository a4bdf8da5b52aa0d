#include "CommandLine.h"

namespace quittance::cli {

namespace {

const QSet<QString>& valueOptions() {
    static const QSet<QString> options = {
        // Global and vault
        QStringLiteral("vault"),
        QStringLiteral("passphrase-file"),
        QStringLiteral("new-passphrase-file"),
        QStringLiteral("recovery-key-file"),
        QStringLiteral("kdf"),
        // Lists
        QStringLiteral("after"),
        QStringLiteral("limit"),
        QStringLiteral("offset"),
        QStringLiteral("action"),
        QStringLiteral("prefix"),
        QStringLiteral("sort"),
        QStringLiteral("status"),
        QStringLiteral("type"),
        QStringLiteral("from"),
        QStringLiteral("to"),
        QStringLiteral("today"),
        QStringLiteral("by"),
        // Records from JSON, output files
        QStringLiteral("file"),
        QStringLiteral("out"),
        QStringLiteral("out-dir"),
        QStringLiteral("to"),
        QStringLiteral("folder"),
        QStringLiteral("keep"),
        QStringLiteral("page-size"),
        // Profile, clients, products
        QStringLiteral("name"),
        QStringLiteral("contact"),
        QStringLiteral("address-line"),
        QStringLiteral("postal-code"),
        QStringLiteral("city"),
        QStringLiteral("country"),
        QStringLiteral("vat-id"),
        QStringLiteral("tax-number"),
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("website"),
        QStringLiteral("iban"),
        QStringLiteral("bic"),
        QStringLiteral("currency"),
        QStringLiteral("terms"),
        QStringLiteral("small-business"),
        QStringLiteral("language"),
        QStringLiteral("notes"),
        QStringLiteral("description"),
        QStringLiteral("unit"),
        QStringLiteral("price"),
        QStringLiteral("tax-category"),
        QStringLiteral("tax-rate"),
        // Numbering
        QStringLiteral("pattern"),
        QStringLiteral("reset"),
        // Documents
        QStringLiteral("client"),
        QStringLiteral("issue-date"),
        QStringLiteral("due-date"),
        QStringLiteral("buyer-reference"),
        QStringLiteral("po"),
        QStringLiteral("terms-text"),
        QStringLiteral("line"),
        QStringLiteral("product"),
        // Payments
        QStringLiteral("amount"),
        QStringLiteral("date"),
        QStringLiteral("method"),
        QStringLiteral("reference"),
        // Sync
        QStringLiteral("server"),
        QStringLiteral("api-key-file"),
        QStringLiteral("pin"),
        QStringLiteral("ca-file"),
    };
    return options;
}

const QSet<QString>& flagOptions() {
    static const QSet<QString> options = {QStringLiteral("json"),
                                          QStringLiteral("verbose"),
                                          QStringLiteral("help"),
                                          QStringLiteral("all"),
                                          QStringLiteral("overdue"),
                                          QStringLiteral("no-qr"),
                                          QStringLiteral("remove"),
                                          QStringLiteral("force"),
                                          QStringLiteral("yes"),
                                          QStringLiteral("store-in-vault"),
                                          QStringLiteral("insecure-loopback"),
                                          QStringLiteral("no-test")};
    return options;
}

} // namespace

bool CommandLine::isRepeatable(const QString& name) {
    return name == QStringLiteral("line") || name == QStringLiteral("product") ||
           name == QStringLiteral("address-line");
}

QStringList CommandLine::optionNames() const {
    QStringList names = values.keys();
    for (const QString& name : flags)
        names.append(name);
    return names;
}

domain::Result<CommandLine> CommandLine::parse(const QStringList& arguments) {
    constexpr qsizetype kMaxArguments = 256;
    constexpr qsizetype kMaxArgumentLength = 4096;
    if (arguments.size() > kMaxArguments)
        return domain::fail(domain::ErrorCode::InvalidInput, QStringLiteral("Too many arguments."));
    CommandLine line;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg.size() > kMaxArgumentLength)
            return domain::fail(domain::ErrorCode::InvalidInput,
                                QStringLiteral("An argument is too long."));
        if (optionsEnded) {
            line.words.append(arg);
            continue;
        }
        if (arg == QStringLiteral("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QStringLiteral("-h")) {
            line.flags.insert(QStringLiteral("help"));
            continue;
        }
        if (!arg.startsWith(QStringLiteral("--"))) {
            line.words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flagOptions().contains(name) && !inlineValue) {
            line.flags.insert(name);
        } else if (valueOptions().contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return domain::fail(domain::ErrorCode::InvalidInput,
                                        QStringLiteral("Option --%1 needs a value.").arg(name),
                                        name);
                value = arguments[++i];
            }
            if (line.values.contains(name) && !isRepeatable(name))
                return domain::fail(domain::ErrorCode::InvalidInput,
                                    QStringLiteral("Option --%1 is given twice.").arg(name), name);
            line.values[name].append(value);
            line.ordered.append({name, value});
        } else {
            return domain::fail(domain::ErrorCode::InvalidInput,
                                QStringLiteral("Unknown option --%1.").arg(name.left(64)),
                                name.left(64));
        }
    }
    return line;
}

} // namespace quittance::cli
