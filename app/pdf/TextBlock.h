#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace quittance::pdf {

// Plain text laid out once into a fixed width and then drawn: never rich
// text. Each paragraph ('\n' separates them) gets its own bidi base direction
// from its first strong character, so Hebrew or Arabic reads right to left
// while the block stays aligned as asked. Lines wrap at word boundaries, or
// anywhere when a word is wider than the block; beyond `maxLines` (0 = no
// limit) the text is cut and the last line elided with "…", so a block never
// grows past what its caller reserved.
class TextBlock {
public:
    TextBlock() = default;
    TextBlock(const QString& text, const QFont& font, qreal width, QPaintDevice* device,
              int maxLines = 0, Qt::Alignment alignment = Qt::AlignLeft);

    qreal height() const { return m_height; }
    qreal width() const { return m_width; }
    int lineCount() const { return static_cast<int>(m_lines.size()); }
    bool isEmpty() const { return m_lines.isEmpty(); }
    // Advance of the widest line.
    qreal naturalWidth() const { return m_naturalWidth; }

    void draw(QPainter* painter, QPointF topLeft, const QColor& color) const;

private:
    struct Line {
        int layout;
        int line;
        qreal y;
    };

    std::shared_ptr<QList<std::shared_ptr<QTextLayout>>> m_layouts;
    QList<Line> m_lines;
    QFont m_font;
    qreal m_height = 0;
    qreal m_width = 0;
    qreal m_naturalWidth = 0;
};

} // namespace quittance::pdf
