#pragma once

#include "domain/Error.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace quittance::cli {

// The parsed command line: command words, `--name value` options and
// `--flag` switches. Only declared options are accepted; anything else is a
// usage error naming the option. Most options may be given once; the
// repeatable ones (--line, --product, --address-line) keep every value in
// order, and `ordered` keeps all option values in command-line order (so
// --line and --product lines interleave as written). A bare `--` ends the
// options: every later argument is a word.
struct CommandLine {
    QStringList words;
    QMap<QString, QStringList> values;
    QSet<QString> flags;
    QList<std::pair<QString, QString>> ordered;

    static domain::Result<CommandLine> parse(const QStringList& arguments);
    static bool isRepeatable(const QString& name);

    // The (first) value of an option, or `fallback` when it is absent.
    QString value(const QString& name, const QString& fallback = {}) const {
        const auto it = values.constFind(name);
        return it == values.cend() || it->isEmpty() ? fallback : it->first();
    }
    QStringList all(const QString& name) const { return values.value(name); }
    bool has(const QString& name) const { return flags.contains(name) || values.contains(name); }
    bool flag(const QString& name) const { return flags.contains(name); }
    // Every option and flag given, by name.
    QStringList optionNames() const;
};

} // namespace quittance::cli
