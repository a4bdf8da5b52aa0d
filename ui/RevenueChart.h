#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace quittance::ui {

// A bar chart of revenue per month, drawn with QPainter in the palette's
// colours (so it follows light and dark themes). Values are minor units of
// one currency.
class RevenueChart : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString label; // "Mar"
        qint64 minor = 0;
    };

    explicit RevenueChart(QWidget* parent = nullptr);
    void setBars(const QList<Bar>& bars, const QString& currency);
    void clear();
    QSize sizeHint() const override { return {600, 220}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Bar> m_bars;
    QString m_currency;
};

} // namespace quittance::ui
