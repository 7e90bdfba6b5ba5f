#pragma once

// What the user is looking at, as one value: the filters, the search, the
// visible period, the lane grouping and the selection. It can be captured,
// saved under a name, reopened, restored at the next start, and shared as a
// command line or an ictimeline: link.

#include "views/viewstore.h"

#include <QObject>

#include <optional>

class QMenu;
class QWidget;

namespace ict::app {

class FilterController;
class Navigator;
class SearchPanel;

class CurrentView : public QObject {
    Q_OBJECT
public:
    CurrentView(QWidget *window, FilterController *filters, SearchPanel *search, Navigator *navigator,
                QString storePath = ViewStore::defaultPath());

    SavedView capture(const QString &name = {}) const;
    // Applies a view; false with a message when part of it does not fit the
    // database (an unknown forum slug, say). What does fit is applied.
    bool apply(const SavedView &view, QString *error);

    ViewStore &store() { return m_store; }
    // Reads the store; false with a message when the file was damaged.
    bool loadStore(QString *error);
    void restoreLast();
    void saveLast();
    QMenu *createMenu(QWidget *parent);

public slots:
    void saveAs();
    void copyLink();
    void renameView();
    void deleteView();

signals:
    void message(const QString &text);

private:
    void rebuildMenu();
    // Asks which saved view to act on; nullopt when there is none or the user cancels.
    std::optional<QString> pickView(const QString &title);
    bool writeStore();

    QWidget *m_window = nullptr;
    FilterController *m_filters = nullptr;
    SearchPanel *m_search = nullptr;
    Navigator *m_navigator = nullptr;
    ViewStore m_store;
    QMenu *m_openMenu = nullptr;
};

} // namespace ict::app
