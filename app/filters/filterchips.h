#pragma once

// The active filters as removable chips above the timeline ("Forum: First
// Committee ×", "From 2015"), with "Clear all" and the count of events shown.
// Hidden when no filter is active, so an unfiltered timeline keeps its room.
// Chips that do not fit one line wrap onto the next.

#include <QWidget>

class QLabel;

namespace ict::app {

class FilterController;
class FlowLayout;

class FilterChips : public QWidget {
    Q_OBJECT
public:
    explicit FilterChips(FilterController *controller, QWidget *parent = nullptr);
    QStringList chipTexts() const;

private:
    void rebuild();

    FilterController *m_controller = nullptr;
    FlowLayout *m_chips = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace ict::app
