#include "ui/RevenueChart.h"

#include "ui/Format.h"

#include <QPainter>
#include <QPainterPath>

namespace quittance::ui {

RevenueChart::RevenueChart(QWidget* parent)
    : QWidget(parent) {
    setMinimumHeight(180);
    setAccessibleName(tr("Revenue per month"));
}

void RevenueChart::setBars(const QList<Bar>& bars, const QString& currency) {
    m_bars = bars;
    m_currency = currency;
    QStringList description;
    for (const Bar& b : bars)
        description.append(b.label + QStringLiteral(": ") + Format::money(b.minor, currency));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
    update();
}

void RevenueChart::clear() {
    m_bars.clear();
    m_currency.clear();
    setAccessibleDescription({});
    update();
}

void RevenueChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF area = QRectF(rect()).adjusted(8, 24, -8, -22);
    p.setPen(pal.color(QPalette::WindowText));
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRectF(8, 2, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Revenue, last 12 months (net%1)")
                   .arg(m_currency.isEmpty() ? QString() : QStringLiteral(", ") + m_currency));
    p.setFont(font());
    if (m_bars.isEmpty()) {
        p.drawText(area, Qt::AlignCenter, tr("No revenue yet"));
        return;
    }
    qint64 max = 1;
    for (const Bar& b : std::as_const(m_bars))
        max = std::max(max, b.minor);
    const double slot = area.width() / static_cast<double>(m_bars.size());
    const double barWidth = slot * 0.62;
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    p.setPen(QPen(grid, 1));
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - area.height() * i / 4.0;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars.at(i);
        // Display only: the ratio of two amounts sets a bar height in pixels.
        const double h = area.height() * static_cast<double>(std::max<qint64>(0, b.minor)) /
                         static_cast<double>(max);
        const QRectF bar(area.left() + slot * i + (slot - barWidth) / 2, area.bottom() - h,
                         barWidth, h);
        QPainterPath path;
        path.addRoundedRect(bar, 3, 3);
        p.fillPath(path, pal.color(QPalette::Highlight));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(area.left() + slot * i, area.bottom() + 2, slot, 18), Qt::AlignCenter,
                   b.label);
    }
}

} // namespace quittance::ui
