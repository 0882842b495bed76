#pragma once

#include <QList>
#include <QSize>
#include <QSizeF>

namespace td::ui {

// How big the pages are shown: to the width of the view, whole in the view, or at a factor
// where 1.0 is the printed size on the screen (100%).
struct Zoom
{
    enum class Mode
    {
        FitWidth,
        FitPage,
        Factor
    };

    Mode mode = Mode::FitWidth;
    double factor = 1.0; // for Mode::Factor

    static constexpr double minimum = 0.1;
    static constexpr double maximum = 8.0;

    // The next step in or out from the scale shown now (in 25% steps near 100%).
    static double stepIn(double factor);
    static double stepOut(double factor);

    // Pixels per point. largestPage: the widest and the tallest page size in points;
    // viewport: the room for the pages in pixels; screenDpi: the logical dots per inch.
    double scale(QSizeF largestPage, QSize viewport, double screenDpi) const;

    friend bool operator==(const Zoom&, const Zoom&) = default;
};

} // namespace td::ui
