#pragma once

// Loads the app's translations (compiled into the binary) and Qt's own, for
// the user's locale. English is loaded when the locale has none, because the
// English plural forms ("1 event", "2 events") live in a translation too.

#include <QStringList>

namespace ict::app {

// Installs translators on the running application; returns the names of the
// translations loaded (e.g. "ictimeline_en"), for the log.
QStringList installTranslations();

} // namespace ict::app
