#pragma once

#include "domain/Error.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace quittance::cli {

// The parsed command line: command words, `--name value` options and
// `--flag` switches. Only declared options are accepted; anything else is a
// usage error naming the option.
struct CommandLine {
    QStringList words;
    QMap<QString, QString> values;
    QSet<QString> flags;

    static domain::Result<CommandLine> parse(const QStringList& arguments);

    QString value(const QString& name, const QString& fallback = {}) const {
        return values.value(name, fallback);
    }
    bool has(const QString& name) const { return flags.contains(name) || values.contains(name); }
    bool flag(const QString& name) const { return flags.contains(name); }
};

} // namespace quittance::cli
