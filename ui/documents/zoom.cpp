#include "zoom.h"

#include "pagelayout.h"

#include <algorithm>
#include <array>

namespace td::ui {

namespace {
constexpr std::array steps{0.1,  0.25, 0.33, 0.5, 0.67, 0.75, 1.0,
                           1.25, 1.5,  2.0,  3.0, 4.0,  6.0,  8.0};
} // namespace

double Zoom::stepIn(double factor)
{
    for (const double step : steps)
        if (step > factor * 1.01)
            return step;
    return maximum;
}

double Zoom::stepOut(double factor)
{
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        if (*it < factor * 0.99)
            return *it;
    return minimum;
}

double Zoom::scale(QSizeF largestPage, QSize viewport, double screenDpi) const
{
    if (mode == Mode::Factor || largestPage.isEmpty())
        return std::clamp(factor, minimum, maximum) * screenDpi / 72.0;
    const double room = 2.0 * PageLayout::gap;
    const double byWidth = std::max(1.0, viewport.width() - room) / largestPage.width();
    const double byHeight = std::max(1.0, viewport.height() - room) / largestPage.height();
    const double fitted = mode == Mode::FitWidth ? byWidth : std::min(byWidth, byHeight);
    return std::clamp(fitted, minimum * screenDpi / 72.0, maximum * screenDpi / 72.0);
}

} // namespace td::ui
