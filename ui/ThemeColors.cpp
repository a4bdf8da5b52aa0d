#include "ui/ThemeColors.h"

#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace quittance::ui {

namespace {

constexpr char kMeaningProperty[] = "quittanceTextMeaning";

double channel(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

ThemeColors::Meaning meaningOf(const QWidget* w) {
    return static_cast<ThemeColors::Meaning>(w->property(kMeaningProperty).toInt());
}

void applyColor(QWidget* w) {
    const QColor color = ThemeColors::color(meaningOf(w), w->palette());
    // Only the text roles are set; the rest keeps following the parent and
    // the application palette.
    QPalette p;
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    w->setPalette(p);
}

// Re-applies the colour after a palette change. Setting the palette itself
// sends PaletteChange too, hence the guard.
class ColorKeeper : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange && !m_applying && watched->isWidgetType()) {
            m_applying = true;
            applyColor(static_cast<QWidget*>(watched));
            m_applying = false;
        }
        return false;
    }

private:
    bool m_applying = false;
};

} // namespace

double ThemeColors::contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::color(Meaning meaning, const QPalette& palette, QPalette::ColorRole role) {
    const QColor background = palette.color(QPalette::Active, role);
    if (meaning == Meaning::Normal)
        return palette.color(QPalette::Active,
                             role == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    const int hue = meaning == Meaning::Error ? 2 : 125;
    const bool dark = luminance(background) < 0.18;
    // From a saturated mid tone towards black (light theme) or white (dark
    // theme) until the text reads well; the first hit keeps the most colour.
    QColor best;
    for (int step = 0; step <= 64; ++step) {
        const int lightness = std::clamp(dark ? 128 + step * 2 : 128 - step * 2, 0, 255);
        best = QColor::fromHsl(hue, 200, lightness);
        if (contrast(best, background) >= kMinContrast)
            break;
    }
    return best;
}

void ThemeColors::mark(QWidget* widget, Meaning meaning) {
    const Meaning before = meaningOf(widget);
    widget->setProperty(kMeaningProperty, static_cast<int>(meaning));
    auto* keeper = widget->findChild<ColorKeeper*>(QString(), Qt::FindDirectChildrenOnly);
    if (meaning == Meaning::Normal) {
        if (before != Meaning::Normal) {
            delete keeper;
            widget->setPalette(QPalette()); // inherit again
        }
        return;
    }
    if (!keeper)
        widget->installEventFilter(new ColorKeeper(widget));
    applyColor(widget);
}

} // namespace quittance::ui

#include "ThemeColors.moc"
