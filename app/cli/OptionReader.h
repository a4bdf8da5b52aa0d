#pragma once

#include "CommandLine.h"
#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/DocumentLanguage.h"
#include "domain/Error.h"
#include "domain/TaxCategory.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <optional>

namespace quittance::cli {

// Reads typed option values for the commands, strictly: each setter leaves
// its target alone when the option is absent and, when it is present,
// converts the text through the domain's own parser (Decimal, Currency, the
// enum codes) or refuses it. Errors are InvalidInput naming the option
// ("issue-date") and quoting the flag in the message. The first error
// sticks: later setters do nothing, so a command reads all its options and
// checks status() once. Where a field is optional, an empty value clears it
// (`--due-date ""`). Dates are ISO 8601 calendar dates (YYYY-MM-DD) only.
class OptionReader {
public:
    explicit OptionReader(const CommandLine& line)
        : m_line(line) {}

    bool ok() const { return !m_error.has_value(); }
    domain::Status status() const;
    void fail(const domain::Error& error);

    bool has(QStringView name) const { return m_line.has(name.toString()); }
    QString value(QStringView name) const { return m_line.value(name.toString()); }

    void text(QStringView name, QString& target);
    // A repeatable option's values, in order.
    void textList(QStringView name, QStringList& target);
    void date(QStringView name, QDate& target);
    void decimal(QStringView name, domain::Decimal& target);
    // A whole number written with digits only (and an optional leading '-').
    void integer(QStringView name, int& target);
    void optionalInteger(QStringView name, std::optional<int>& target);
    void currency(QStringView name, domain::Currency& target);
    void optionalCurrency(QStringView name, std::optional<domain::Currency>& target);
    void language(QStringView name, domain::DocumentLanguage& target);
    void taxCategory(QStringView name, domain::TaxCategory& target);
    // "yes" or "no".
    void yesNo(QStringView name, bool& target);
    // A record id; an empty value clears it.
    void id(QStringView name, QUuid& target);
    // A count in [min, max]; nullopt when absent or invalid.
    std::optional<int> count(QStringView name, int min, int max);

    // A record id as the services name records: canonical lower-case UUID
    // without braces; upper case is accepted. Errors name `field`.
    static domain::Result<QUuid> parseId(QStringView text, const QString& field);
    static QString idText(const QUuid& uuid);
    static domain::Result<QDate> parseDate(QStringView text, const QString& field);
    static domain::Result<int> parseInteger(QStringView text, const QString& field);

private:
    // Records the error of `result` with the option quoted, and returns its value.
    template <typename T>
    std::optional<T> take(QStringView name, domain::Result<T> result);

    const CommandLine& m_line;
    std::optional<domain::Error> m_error;
};

} // namespace quittance::cli
