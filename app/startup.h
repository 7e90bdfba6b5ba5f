#pragma once

// What the window shows first: the view the command line describes (filters,
// search, grouping, period, deep links, an ictimeline: link), or else the
// view the user left last time. Unknown slugs or ids are status-bar messages
// and log lines, never fatal: the app still opens.

namespace ict::app {

class MainWindow;
struct Options;

void applyStartOptions(MainWindow &window, const Options &options, bool restoreLastView);

} // namespace ict::app
