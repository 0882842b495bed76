#pragma once

class QWidget;

namespace td::ui {

// Lets the mouse wheel scroll the form past `widget` (a spin box or a combo box in a scrolling
// form) instead of changing its value, unless the person clicked or tabbed into it first: a
// declared figure must not change because the page was scrolled over it.
void scrollPastUnlessFocused(QWidget* widget);

} // namespace td::ui
