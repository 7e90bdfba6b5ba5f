#pragma once

// Saved views: named sets of filters, search, visible period, lane grouping
// and selection, kept in the user's own data (never in the curated
// database) as one JSON file. Writes go through QSaveFile, which writes a
// temporary file and renames it over the old one, so a crash mid-write
// leaves the previous file whole. A file that does not parse is moved aside
// (never silently overwritten) and the app starts with defaults.

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ict::app {

struct SavedView {
    QString name;
    QString filter;        // core::filter::toQuery: "forums=unga-c1&topics=norms&from=2015"
    QString search;        // the search box
    int grouping = 0;      // core::timeline::Grouping
    bool dim = false;      // dim instead of hide the events that do not match
    double firstDay = 0.0; // the visible period; firstDay == lastDay: fit all
    double lastDay = 0.0;
    QString selection;     // an event's slug, or empty

    friend bool operator==(const SavedView &, const SavedView &) = default;

    // ictimeline:?forums=unga-c1&topics=norms&search=budapest&view=2015/2021&group=topic&select=…
    QUrl toUrl() const;
    static std::optional<SavedView> fromUrl(const QUrl &url, QString *error);
    // The same view as a command line a colleague can paste into a terminal.
    QString toCommandLine() const;
};

class ViewStore {
public:
    explicit ViewStore(QString path);
    static QString defaultPath(); // <app data>/views.json

    const QString &path() const { return m_path; }

    // A missing file is an empty store, not an error. A damaged file is
    // renamed to <path>.damaged-<time> and reported in `error`.
    bool load(QString *error);
    bool save(QString *error) const;

    QList<SavedView> views;
    std::optional<SavedView> last; // restored at start

    SavedView *find(const QString &name);
    bool remove(const QString &name);

private:
    QString m_path;
};

} // namespace ict::app
