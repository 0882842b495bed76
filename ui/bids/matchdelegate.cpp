#include "matchdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace td::ui {

MatchDelegate::MatchDelegate(int matchStartRole, int matchLengthRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_startRole(matchStartRole)
    , m_lengthRole(matchLengthRole)
{}

void MatchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QVariant start = index.data(m_startRole);
    const QVariant length = index.data(m_lengthRole);
    if (!start.isValid() || !length.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The style draws the background, selection and focus; the text is drawn here.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(3, 0, -3, 0); // the margin the style gives its own text

    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    QTextLayout::FormatRange bold;
    bold.start = start.toInt();
    bold.length = length.toInt();
    bold.format.setFontWeight(QFont::Bold);
    layout.setFormats({bold});
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;

    painter->save();
    painter->setClipRect(area);
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled
            ? (opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive)
            : QPalette::Disabled;
    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = area.top() + (area.height() - line.height()) / 2;
    layout.draw(painter, QPointF(area.left(), top));
    painter->restore();
}

} // namespace td::ui
