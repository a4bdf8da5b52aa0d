#include "TextBlock.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStringList>
#include <QTextLayout>
#include <QTextOption>

namespace quittance::pdf {

namespace {

std::shared_ptr<QTextLayout> layoutParagraph(const QString& text, const QFont& font,
                                             QPaintDevice* device, Qt::Alignment alignment,
                                             qreal width, bool wrap) {
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option(alignment | Qt::AlignAbsolute);
    option.setWrapMode(wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
    }
    layout->endLayout();
    return layout;
}

} // namespace

TextBlock::TextBlock(const QString& text, const QFont& font, qreal width, QPaintDevice* device,
                     int maxLines, Qt::Alignment alignment)
    : m_layouts(std::make_shared<QList<std::shared_ptr<QTextLayout>>>())
    , m_font(font)
    , m_width(width) {
    if (text.isEmpty())
        return;
    const QFontMetricsF metrics(font, device);
    const qreal spacing = metrics.lineSpacing();
    const QStringList paragraphs = text.split(u'\n');
    qreal y = 0;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString& paragraph = paragraphs[p];
        if (maxLines > 0 && m_lines.size() >= maxLines)
            break;
        if (paragraph.isEmpty()) {
            // A blank line between paragraphs keeps its height.
            y += spacing;
            continue;
        }
        auto layout = layoutParagraph(paragraph, font, device, alignment, width, true);
        const int available = maxLines > 0 ? maxLines - static_cast<int>(m_lines.size()) : 0;
        const bool moreAfter = p + 1 < paragraphs.size();
        if (maxLines > 0 &&
            (layout->lineCount() > available || (layout->lineCount() == available && moreAfter))) {
            // Keep what fits and elide the rest of this paragraph into the last line.
            const int keep = available;
            const int lastStart = layout->lineAt(keep - 1).textStart();
            const QString rest = paragraph.mid(lastStart) + QChar(0x2026);
            const QString elided = metrics.elidedText(rest, Qt::ElideRight, width);
            auto head = paragraph.left(lastStart);
            auto cut = layoutParagraph(head + elided, font, device, alignment, width, true);
            m_layouts->append(cut);
            const int layoutIndex = static_cast<int>(m_layouts->size() - 1);
            for (int i = 0; i < keep && i < cut->lineCount(); ++i) {
                m_lines.append({layoutIndex, i, y});
                m_naturalWidth = std::max(m_naturalWidth, cut->lineAt(i).naturalTextWidth());
                y += std::max(spacing, cut->lineAt(i).height());
            }
            break;
        }
        m_layouts->append(layout);
        const int layoutIndex = static_cast<int>(m_layouts->size() - 1);
        for (int i = 0; i < layout->lineCount(); ++i) {
            m_lines.append({layoutIndex, i, y});
            m_naturalWidth = std::max(m_naturalWidth, layout->lineAt(i).naturalTextWidth());
            y += std::max(spacing, layout->lineAt(i).height());
        }
    }
    m_height = y;
}

void TextBlock::draw(QPainter* painter, QPointF topLeft, const QColor& color) const {
    if (m_lines.isEmpty())
        return;
    painter->setPen(color);
    painter->setFont(m_font);
    for (const Line& l : m_lines) {
        const QTextLine line = m_layouts->at(l.layout)->lineAt(l.line);
        // Lines were laid out at y = 0 of their paragraph; place each one.
        line.draw(painter, QPointF(topLeft.x(), topLeft.y() + l.y - line.y()));
    }
}

} // namespace quittance::pdf
