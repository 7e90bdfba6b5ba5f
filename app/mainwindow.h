#pragma once

// The app shell: menus, status bar, and a central stack that shows either the
// empty state or the timeline. It owns the open TimelineDatabase; widgets that
// show its data read it through database() when databaseChanged() fires, so
// the timeline can replace the placeholder list without touching this class.

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace ict::core {
class TimelineDatabase;
enum class ErrorCode;
}

namespace ict::app {

class EmptyState;
class CurrentView;
class FilterChips;
class FilterController;
class FilterPanel;
class Navigator;
class SearchPanel;
class TimelinePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum Page { EmptyPage = 0, TimelinePage = 1 };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` without a dialog (start-up, tests, later: deep links). On
    // failure the previous database stays loaded, the status bar and the log
    // say why, and the empty state shows the reason if nothing is loaded.
    bool openDatabase(const QString &path);

    // nullptr until a database has been opened.
    const core::TimelineDatabase *database() const;
    // The message of the last failed open; empty after a successful one.
    QString lastError() const { return m_lastError; }

    QWidget *centralTimeline() const { return m_timeline; }
    TimelinePanel *timelinePanel() const { return m_panel; }
    Navigator *navigator() const { return m_navigator; }
    FilterController *filters() const { return m_filters; }
    FilterPanel *filterPanel() const { return m_filterPanel; }
    FilterChips *filterChips() const { return m_chips; }
    SearchPanel *searchPanel() const { return m_search; }
    CurrentView *currentView() const { return m_currentView; }
    // Brings the search dock to the front (after a search from the command line).
    void showSearch();
    Page currentPage() const;

    // Shown in the About dialog; empty path: stderr only, for `problem`.
    void setLogFile(const QString &path, const QString &problem = {});

    // Geometry and dock/toolbar state from QSettings; from then on they are
    // saved on close. Not called in --screenshot mode, which must always
    // render at a fixed size and must not overwrite the user's layout.
    void restoreWindowState();

    // The About dialog's text (rich text), public so tests can read it.
    QString aboutText() const;

public slots:
    // File → Open database…: a file dialog, then a warning dialog on failure.
    void chooseDatabase();
    void showAbout();

signals:
    // A different database is loaded; database() is the new one.
    void databaseChanged();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool load(const QString &path, bool interactive);
    static QString openFailure(core::ErrorCode code, const QString &file);
    void createActions();
    void createResearchTools(); // filters, search and views
    void createMenus();
    void updateSummary();
    void showEmptyState(const QString &reason, const QString &details = {});

    std::unique_ptr<core::TimelineDatabase> m_database;
    QString m_lastError;
    QString m_logFilePath;
    QString m_logProblem;
    bool m_persistWindowState = false;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_emptyState = nullptr;
    QWidget *m_timeline = nullptr;
    TimelinePanel *m_panel = nullptr;
    Navigator *m_navigator = nullptr;
    FilterController *m_filters = nullptr;
    FilterPanel *m_filterPanel = nullptr;
    FilterChips *m_chips = nullptr;
    SearchPanel *m_search = nullptr;
    CurrentView *m_currentView = nullptr;
    QAction *m_dimAction = nullptr;
    QMenu *m_searchMenu = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QLabel *m_summary = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace ict::app
