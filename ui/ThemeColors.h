#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace quittance::ui {

// Colours with a meaning (errors and overdue in red, success in green)
// derived from the palette in use, so they stay readable on light and dark
// themes: the hue is fixed, the lightness is chosen for a WCAG contrast of at
// least 4.5:1 against the background the text is drawn on.
class ThemeColors {
public:
    enum class Meaning { Normal, Error, Success };
    static constexpr double kMinContrast = 4.5;

    // Text colour for `meaning` on `role`'s colour (Window for labels, Base
    // for item views). Normal is the palette's own text colour.
    static QColor color(Meaning meaning, const QPalette& palette,
                        QPalette::ColorRole role = QPalette::Window);
    static QColor error(const QPalette& palette, QPalette::ColorRole role = QPalette::Window) {
        return color(Meaning::Error, palette, role);
    }
    // WCAG 2 contrast ratio of two opaque colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

    // Gives `widget`'s text the colour of `meaning` and keeps it so when the
    // palette changes (a theme switch while the window is open); Normal
    // returns it to the inherited palette.
    static void mark(QWidget* widget, Meaning meaning);
    static void markAsError(QWidget* widget, bool error = true) {
        mark(widget, error ? Meaning::Error : Meaning::Normal);
    }
};

} // namespace quittance::ui
