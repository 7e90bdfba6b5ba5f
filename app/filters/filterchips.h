#pragma once

// The active filters as removable chips above the timeline ("Forum: First
// Committee ×", "From 2015"), with "Clear all" and the count of events shown.
// Hidden when no filter is active, so an unfiltered timeline keeps its room.

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace ict::app {

class FilterController;

class FilterChips : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(FilterController *controller, QWidget *parent = nullptr);
    QStringList chipTexts() const;

private:
    void rebuild();

    FilterController *m_controller = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace ict::app
