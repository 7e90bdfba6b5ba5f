#include "app/mainwindow.h"

#include "app/emptystate.h"
#include "app/filters/filterchips.h"
#include "app/filters/filtercontroller.h"
#include "app/filters/filterpanel.h"
#include "app/navigator.h"
#include "app/search/searchpanel.h"
#include "app/timeline/timelineview.h"
#include "app/views/currentview.h"
#include "app/timeline/timelinepanel.h"
#include "core/timelinedatabase.h"
#include "core/version.h"

#include <spdlog/spdlog.h>

#include <QAction>
#include <QDockWidget>
#include <QVBoxLayout>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>
#include <limits>
#include <optional>

namespace ict::app {

namespace {

// Long enough to read a path and a reason; the log and, at start-up, the
// empty state keep the message after it fades.
constexpr int kErrorMessageMs = 15'000;
constexpr QSize kDefaultWindowSize{1280, 800};
constexpr double kMaxDefaultScreenShare = 0.9;

QSettings windowSettings()
{
    return QSettings(QStringLiteral("ICTimeline"), QStringLiteral("ICTimeline"));
}

constexpr QLatin1String kGeometryKey("mainWindow/geometry");
constexpr QLatin1String kStateKey("mainWindow/state");
constexpr QLatin1String kStatusBarKey("mainWindow/statusBarVisible");

QString applicationName()
{
    return QString::fromUtf8(core::kApplicationName);
}

int eventCount(const core::TimelineDatabase &database)
{
    return static_cast<int>(std::min<std::size_t>(database.dataset().size(), std::numeric_limits<int>::max()));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(m_stack))
    , m_panel(new TimelinePanel(m_stack))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(applicationName());

    // The chips sit above the timeline; they hide themselves when no filter
    // is active.
    m_timeline = new QWidget(m_stack);
    m_timeline->setObjectName(QStringLiteral("timelinePage"));
    auto *pageLayout = new QVBoxLayout(m_timeline);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    m_panel->setParent(m_timeline);

    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->insertWidget(EmptyPage, m_emptyState);
    m_stack->insertWidget(TimelinePage, m_timeline);
    setCentralWidget(m_stack);

    m_summary->setObjectName(QStringLiteral("statusSummary"));
    // Permanent, so the summary stays in view beside messages and menu hints
    // instead of being hidden behind them.
    statusBar()->addPermanentWidget(m_summary);

    m_navigator = new Navigator(this, m_panel);
    connect(m_navigator, &Navigator::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kErrorMessageMs); });
    createResearchTools();
    pageLayout->addWidget(m_chips);
    pageLayout->addWidget(m_panel, 1);
    createActions();
    createMenus();
    connect(m_emptyState, &EmptyState::openRequested, this, &MainWindow::chooseDatabase);

    updateSummary();
    showEmptyState(tr("Open a database to see its timeline."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createResearchTools()
{
    m_filters = new FilterController(m_panel, this);
    m_chips = new FilterChips(m_filters, m_timeline);
    m_filterPanel = new FilterPanel(m_filters);
    auto *filterDock = new QDockWidget(tr("Filters"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(m_filterPanel);
    // Forum names are long ("UNGA First Committee (Disarmament and ...)"):
    // narrower than this, every entry is cut to a few letters.
    filterDock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);
    connect(m_filters, &FilterController::changed, this, &MainWindow::updateSummary);
    connect(m_filterPanel, &FilterPanel::visiblePeriodRequested, this, [this] {
        const auto &scale = m_navigator->view()->scale();
        m_filterPanel->setPeriod(scale.startDay(), scale.endDay());
    });

    m_search = new SearchPanel;
    auto *searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock = searchDock;
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    searchDock->setMinimumWidth(300);
    addDockWidget(Qt::LeftDockWidgetArea, searchDock);
    tabifyDockWidget(filterDock, searchDock);
    filterDock->raise();
    resizeDocks({filterDock}, {300}, Qt::Horizontal);
    connect(m_search, &SearchPanel::eventChosen, m_navigator->view(), &TimelineView::selectEvent);
    connect(m_search, &SearchPanel::passageChosen, m_navigator, &Navigator::openPassage);
    connect(m_search, &SearchPanel::sourceChosen, m_navigator, &Navigator::openSource);

    auto *find = new QAction(tr("&Find…"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this, searchDock] {
        searchDock->show();
        searchDock->raise();
        m_search->focusBox();
    });
    auto *next = new QAction(tr("Find &Next"), this);
    next->setObjectName(QStringLiteral("actionFindNext"));
    next->setShortcuts(QKeySequence::FindNext);
    connect(next, &QAction::triggered, m_search, &SearchPanel::nextResult);
    auto *previous = new QAction(tr("Find &Previous"), this);
    previous->setObjectName(QStringLiteral("actionFindPrevious"));
    previous->setShortcuts(QKeySequence::FindPrevious);
    connect(previous, &QAction::triggered, m_search, &SearchPanel::previousResult);
    QMenu *searchMenu = new QMenu(tr("&Search"), this);
    searchMenu->setObjectName(QStringLiteral("menuSearch"));
    searchMenu->addActions({find, next, previous});
    searchMenu->addSeparator();
    searchMenu->addAction(filterDock->toggleViewAction());
    searchMenu->addAction(searchDock->toggleViewAction());
    m_searchMenu = searchMenu;

    m_dimAction = new QAction(tr("&Dim Events That Do Not Match"), this);
    m_dimAction->setObjectName(QStringLiteral("actionDimFiltered"));
    m_dimAction->setCheckable(true);
    m_dimAction->setStatusTip(tr("Show filtered-out events faded instead of hiding them"));
    connect(m_dimAction, &QAction::toggled, this, [this](bool dim) {
        m_filters->setMode(dim ? core::timeline::FilterMode::Dim : core::timeline::FilterMode::Hide);
    });
    connect(m_filters, &FilterController::changed, this,
            [this] { m_dimAction->setChecked(m_filters->mode() == core::timeline::FilterMode::Dim); });

    m_currentView = new CurrentView(this, m_filters, m_search, m_navigator);
    connect(m_currentView, &CurrentView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kErrorMessageMs); });
}

void MainWindow::showSearch()
{
    m_searchDock->show();
    m_searchDock->raise();
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_openAction->setShortcuts(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an ICTimeline database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Some platform themes (Windows, and Qt's offscreen platform) bind
    // nothing to QKeySequence::Quit; Ctrl+Q is what users of this app expect.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quitAction->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)}
                                                  : quitKeys);
    m_quitAction->setStatusTip(tr("Quit ICTimeline"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close); // through closeEvent: saves the layout

    m_fullScreenAction = new QAction(tr("&Full Screen"), this);
    m_fullScreenAction->setObjectName(QStringLiteral("actionFullScreen"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreenAction->setStatusTip(tr("Use the whole screen for the timeline"));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        if (on) {
            showFullScreen();
        } else {
            showNormal();
        }
    });

    m_statusBarAction = new QAction(tr("Show &Status Bar"), this);
    m_statusBarAction->setObjectName(QStringLiteral("actionShowStatusBar"));
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QWidget::setVisible);

    m_aboutAction = new QAction(tr("&About ICTimeline"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    m_navigator->addViewActions(view);
    view->addAction(m_dimAction);
    view->addSeparator();
    view->addAction(m_fullScreenAction);
    view->addAction(m_statusBarAction);

    menuBar()->addMenu(m_searchMenu);
    menuBar()->addMenu(m_navigator->createGoMenu());
    menuBar()->addMenu(m_currentView->createMenu(this));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

bool MainWindow::openDatabase(const QString &path)
{
    return load(path, false);
}

namespace {

// A million events take about half a second to open, with the event loop
// blocked: the wait cursor says the window has not hung. Restored on every
// path, and before any message box.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

bool MainWindow::load(const QString &path, bool interactive)
{
    const QFileInfo file(path);
    const QString absolutePath = file.absoluteFilePath();
    std::optional<WaitCursor> waiting(std::in_place);
    // SQLite takes file names in UTF-8, whatever the locale.
    auto opened = core::TimelineDatabase::open(absolutePath.toStdString());
    if (!opened) {
        waiting.reset();
        const core::Error &error = opened.error();
        spdlog::warn("Cannot open database {}: {}", absolutePath.toStdString(), error.message);
        m_lastError = openFailure(error.code, QDir::toNativeSeparators(absolutePath));
        // Core's message names the file too; shown where it adds what the
        // sentence cannot (which table is missing, which row is bad).
        const bool sentenceSaysAll =
            error.code == core::ErrorCode::FileNotFound || error.code == core::ErrorCode::NotADatabase;
        const QString details = sentenceSaysAll ? QString() : QString::fromStdString(error.message);
        statusBar()->showMessage(openFailure(error.code, file.fileName()), kErrorMessageMs);
        if (m_database == nullptr) {
            showEmptyState(m_lastError, details);
        }
        if (interactive) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Open Database"), m_lastError, QMessageBox::Ok, this);
            box.setInformativeText(details);
            box.exec();
        }
        return false;
    }

    // The views read the old dataset until they are told otherwise: detach
    // them before the database that owns the dataset goes away.
    m_search->setDatabase(nullptr);
    m_filters->setDatabase(nullptr);
    m_navigator->setDatabase(nullptr);
    m_database = std::make_unique<core::TimelineDatabase>(std::move(opened).value());
    m_lastError.clear();
    m_navigator->setDatabase(m_database.get());
    m_filters->setDatabase(m_database.get());
    m_search->setDatabase(m_database.get());
    waiting.reset();

    spdlog::info("Opened {} ({} events, data {})", m_database->path(), m_database->dataset().size(),
                 m_database->meta().dataVersion);
    setWindowTitle(tr("%1 — %2").arg(applicationName(), file.fileName()));
    statusBar()->clearMessage();
    updateSummary();
    m_stack->setCurrentIndex(TimelinePage);
    m_timeline->setFocus();
    emit databaseChanged();
    return true;
}

QString MainWindow::openFailure(core::ErrorCode code, const QString &file)
{
    // Core's messages are English and technical; these are what a user reads
    // first, in their language.
    switch (code) {
    case core::ErrorCode::FileNotFound:
        return tr("%1 does not exist.").arg(file);
    case core::ErrorCode::NotADatabase:
        return tr("%1 is not an ICTimeline database.").arg(file);
    case core::ErrorCode::SchemaTooNew:
        return tr("%1 was made by a newer version of ICTimeline; please update ICTimeline.").arg(file);
    case core::ErrorCode::SchemaInvalid:
        return tr("%1 is not a complete ICTimeline database.").arg(file);
    case core::ErrorCode::InvalidData:
        return tr("%1 contains data that ICTimeline cannot read.").arg(file);
    case core::ErrorCode::InvalidArgument:
    case core::ErrorCode::Io:
    case core::ErrorCode::Sqlite:
        break;
    }
    return tr("%1 could not be read.").arg(file);
}

const core::TimelineDatabase *MainWindow::database() const
{
    return m_database.get();
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_stack->currentIndex() == TimelinePage ? TimelinePage : EmptyPage;
}

void MainWindow::setLogFile(const QString &path, const QString &problem)
{
    m_logFilePath = path;
    m_logProblem = problem;
}

void MainWindow::showEmptyState(const QString &reason, const QString &details)
{
    m_emptyState->setReason(reason, details);
    m_stack->setCurrentIndex(EmptyPage);
}

void MainWindow::updateSummary()
{
    if (m_database == nullptr) {
        m_summary->setText(tr("No database loaded"));
        m_summary->setToolTip({});
        return;
    }
    const QString fileName = QFileInfo(QString::fromStdString(m_database->path())).fileName();
    QString dataVersion = QString::fromStdString(m_database->meta().dataVersion);
    if (dataVersion.isEmpty()) {
        dataVersion = tr("unknown");
    }
    QString text = tr("%Ln event(s) · %1 · data %2", "status bar", eventCount(*m_database)).arg(fileName, dataVersion);
    if (!m_filters->state().isEmpty()) {
        text = tr("%1 of %2", "status bar: shown of all").arg(m_filters->passingCount()).arg(text);
    }
    m_summary->setText(text);
    m_summary->setToolTip(QDir::toNativeSeparators(QString::fromStdString(m_database->path())));
}

void MainWindow::chooseDatabase()
{
    QString directory;
    if (m_database != nullptr) {
        directory = QFileInfo(QString::fromStdString(m_database->path())).absolutePath();
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), directory,
                                                      tr("ICTimeline databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        load(path, true);
    }
}

QString MainWindow::aboutText() const
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right: 12px\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };

    QString rows;
    if (m_database != nullptr) {
        const QString dataVersion = QString::fromStdString(m_database->meta().dataVersion);
        rows += row(tr("Database:"), QDir::toNativeSeparators(QString::fromStdString(m_database->path())));
        rows += row(tr("Data version:"), dataVersion.isEmpty() ? tr("unknown") : dataVersion);
        rows += row(tr("Events:"), QLocale().toString(eventCount(*m_database)));
    } else {
        rows += row(tr("Database:"), tr("none loaded"));
    }
    rows += row(tr("Log file:"), m_logFilePath.isEmpty()
                                     ? tr("none, logging to stderr only (%1)").arg(m_logProblem)
                                     : QDir::toNativeSeparators(m_logFilePath));

    const QString title = tr("%1 %2").arg(applicationName(), QString::fromUtf8(core::kVersion));
    const QString blurb = tr("A zoomable timeline of ICT-security diplomacy: UN resolutions, working groups and "
                             "the cybercrime convention, each event linked to its sources.");
    return QStringLiteral("<h3>%1</h3><p>%2</p><table>%3</table>")
        .arg(title.toHtmlEscaped(), blurb.toHtmlEscaped(), rows);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ICTimeline"), aboutText());
}

void MainWindow::restoreWindowState()
{
    QSettings settings = windowSettings();
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        QSize size = kDefaultWindowSize;
        if (const QScreen *screen = this->screen()) {
            const QSize available = screen->availableSize();
            size = size.boundedTo(QSize(static_cast<int>(available.width() * kMaxDefaultScreenShare),
                                        static_cast<int>(available.height() * kMaxDefaultScreenShare)));
        }
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_statusBarAction->setChecked(settings.value(kStatusBarKey, true).toBool());
    m_persistWindowState = true;
}

void MainWindow::changeEvent(QEvent *event)
{
    // The window manager can leave full screen on its own (a key of its own,
    // a double click); the menu's check mark follows the window, not the reverse.
    if (event->type() == QEvent::WindowStateChange) {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistWindowState) {
        m_currentView->saveLast();
        QSettings settings = windowSettings();
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
        settings.setValue(kStatusBarKey, m_statusBarAction->isChecked());
    }
    event->accept();
}

} // namespace ict::app
