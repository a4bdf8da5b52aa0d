#include "CommandLine.h"

namespace quittance::cli {

namespace {

const QSet<QString>& valueOptions() {
    static const QSet<QString> options = {
        QStringLiteral("vault"),
        QStringLiteral("passphrase-file"),
        QStringLiteral("new-passphrase-file"),
        QStringLiteral("recovery-key-file"),
        QStringLiteral("kdf"),
        QStringLiteral("after"),
        QStringLiteral("limit"),
        QStringLiteral("action"),
    };
    return options;
}

const QSet<QString>& flagOptions() {
    static const QSet<QString> options = {QStringLiteral("json"), QStringLiteral("verbose"),
                                          QStringLiteral("help")};
    return options;
}

} // namespace

domain::Result<CommandLine> CommandLine::parse(const QStringList& arguments) {
    constexpr qsizetype kMaxArguments = 256;
    constexpr qsizetype kMaxArgumentLength = 4096;
    if (arguments.size() > kMaxArguments)
        return domain::fail(domain::ErrorCode::InvalidInput, QStringLiteral("Too many arguments."));
    CommandLine line;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg.size() > kMaxArgumentLength)
            return domain::fail(domain::ErrorCode::InvalidInput,
                                QStringLiteral("An argument is too long."));
        if (arg == QStringLiteral("-h")) {
            line.flags.insert(QStringLiteral("help"));
            continue;
        }
        if (!arg.startsWith(QStringLiteral("--")) || arg == QStringLiteral("--")) {
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
            if (line.values.contains(name))
                return domain::fail(domain::ErrorCode::InvalidInput,
                                    QStringLiteral("Option --%1 is given twice.").arg(name), name);
            line.values.insert(name, value);
        } else {
            return domain::fail(domain::ErrorCode::InvalidInput,
                                QStringLiteral("Unknown option --%1.").arg(name.left(64)),
                                name.left(64));
        }
    }
    return line;
}

} // namespace quittance::cli
