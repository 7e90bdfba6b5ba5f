#pragma once

// --screenshot: the window rendered into a PNG with no display, for `make run`
// on a headless machine, for docs and for a test that looks at real pixels.

#include <QSize>
#include <QString>

class QWidget;

namespace ict::app {

inline constexpr QSize kScreenshotSize{1600, 900};

// Resizes and shows `window`, lets it lay out, grabs it and saves a PNG.
// On failure returns false and puts the reason in *error.
bool saveScreenshot(QWidget &window, const QString &path, QSize size, QString *error);

} // namespace ict::app
