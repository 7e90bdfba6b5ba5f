#include "app/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ict::app {

QStringList installTranslations()
{
    QStringList loaded;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        loaded << QFileInfo(qt->filePath()).baseName();
    } else {
        delete qt;
    }

    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(QLocale(), QStringLiteral("ictimeline"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || app->load(QStringLiteral("ictimeline_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        loaded << QFileInfo(app->filePath()).baseName();
    } else {
        delete app;
    }
    return loaded;
}

} // namespace ict::app
