#pragma once

#include <QString>

namespace quittance::ui {

// A local, offline judgement of a new passphrase: refuses short (< 12
// characters), very common and low-variety passphrases and says why. No
// dictionary download: a small built-in list of the most common passwords.
class PassphraseStrength {
public:
    static constexpr int kMinLength = 12;

    struct Verdict {
        bool acceptable = false;
        int score = 0;  // 0..4 for the strength bar
        QString reason; // why it is refused, or a hint when acceptable
    };

    static Verdict evaluate(const QString& passphrase);
};

} // namespace quittance::ui
