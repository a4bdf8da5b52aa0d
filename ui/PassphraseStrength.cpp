#include "ui/PassphraseStrength.h"

#include <QCoreApplication>
#include <QSet>

#include <array>

namespace quittance::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("quittance::ui::PassphraseStrength", text);
}

// Lower-cased, with digits and separators stripped before comparison, so
// "Password123!" and "pass-word" are caught too.
constexpr std::array kCommon = {
    "password", "passwort", "qwerty",   "qwertz",           "letmein",      "welcome",
    "admin",    "iloveyou", "monkey",   "dragon",           "football",     "baseball",
    "sunshine", "princess", "master",   "shadow",           "superman",     "trustno",
    "abc",      "abcdef",   "hallo",    "passwordpassword", "changeme",     "secret",
    "geheim",   "test",     "login",    "qwertyuiop",       "asdfghjkl",    "zxcvbnm",
    "starwars", "whatever", "freedom",  "michael",          "jennifer",     "hunter",
    "batman",   "computer", "internet", "default",          "ichliebedich",
};

QString skeleton(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

bool isSequence(const QString& text) {
    if (text.size() < 3)
        return false;
    int up = 0;
    int down = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const int d = text.at(i).unicode() - text.at(i - 1).unicode();
        up += d == 1 ? 1 : 0;
        down += d == -1 ? 1 : 0;
    }
    const auto steps = static_cast<int>(text.size() - 1);
    return up == steps || down == steps;
}

} // namespace

PassphraseStrength::Verdict PassphraseStrength::evaluate(const QString& passphrase) {
    Verdict v;
    const QString trimmed = passphrase.trimmed();
    if (trimmed.size() < kMinLength) {
        v.reason = tr("Too short: use at least %1 characters (a few unrelated words work well).")
                       .arg(kMinLength);
        v.score = trimmed.size() >= 8 ? 1 : 0;
        return v;
    }
    const QString letters = skeleton(trimmed);
    for (const char* common : kCommon) {
        const QString word = QString::fromLatin1(common);
        if (letters == word || (letters.size() <= word.size() + 2 && letters.startsWith(word))) {
            v.reason = tr("Too common: this is one of the most used passwords.");
            v.score = 0;
            return v;
        }
    }
    QSet<QChar> distinct;
    for (const QChar c : trimmed)
        distinct.insert(c.toLower());
    if (distinct.size() < 5) {
        v.reason = tr("Too little variety: it repeats the same few characters.");
        v.score = 1;
        return v;
    }
    if (isSequence(trimmed)) {
        v.reason = tr("Too predictable: it is a simple sequence.");
        v.score = 1;
        return v;
    }
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : trimmed) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const bool longEnough = trimmed.size() >= 20;
    if (classes < 2 && !longEnough) {
        v.reason = tr("Too little variety: mix in other kinds of characters or make it longer "
                      "(20 or more characters).");
        v.score = 1;
        return v;
    }
    v.acceptable = true;
    v.score = 2 + (classes >= 3 ? 1 : 0) + (trimmed.size() >= 20 ? 1 : 0);
    v.score = std::min(v.score, 4);
    v.reason = v.score >= 4 ? tr("Strong passphrase.") : tr("Acceptable; longer is stronger.");
    return v;
}

} // namespace quittance::ui
