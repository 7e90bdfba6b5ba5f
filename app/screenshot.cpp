#include "app/screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace ict::app {

class Screenshot {
    Q_DECLARE_TR_FUNCTIONS(Screenshot)
};

bool saveScreenshot(QWidget &window, const QString &path, QSize size, QString *error)
{
    window.resize(size);
    window.show();
    // Two rounds: the first delivers show and resize, which post the layout
    // requests that the second carries out.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();

    QImage image = window.grab().toImage();
    // A scaled screen (QT_SCALE_FACTOR, HiDPI) grabs more device pixels than
    // asked for; the promise is an image of exactly `size`.
    if (image.size() != size) {
        image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    image.setDevicePixelRatio(1.0);

    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error != nullptr) {
            *error = Screenshot::tr("Cannot save the screenshot to %1: %2")
                         .arg(QDir::toNativeSeparators(path), writer.errorString());
        }
        return false;
    }
    return true;
}

} // namespace ict::app
