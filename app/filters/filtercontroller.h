#pragma once

// The one place filters live: it holds the FilterState, recomputes the pass
// mask and the facet counts in one pass over the event columns whenever the
// state changes (core/filter/eventfilter.h), and hands the mask to the
// timeline and the overview. The panel, the chips and the status bar only
// show what it tells them.

#include "core/filter/eventfilter.h"
#include "core/timeline/lanes.h"

#include <QObject>

#include <vector>

namespace ict::core {
class TimelineDatabase;
}

namespace ict::app {

class TimelinePanel;

class FilterController : public QObject {
    Q_OBJECT
public:
    explicit FilterController(TimelinePanel *panel, QObject *parent = nullptr);

    void setDatabase(const core::TimelineDatabase *db);
    const core::TimelineDatabase *database() const { return m_db; }
    const core::filter::FacetData &facets() const { return m_facets; }
    const core::filter::FilterState &state() const { return m_state; }
    const core::filter::FacetCounts &counts() const { return m_counts; }
    std::span<const std::uint8_t> passMask() const { return m_pass; }
    std::size_t passingCount() const { return m_counts.passing; }
    std::size_t totalCount() const;
    core::timeline::FilterMode mode() const { return m_mode; }

    // From the command line or a saved view: resolves slugs; false (and an
    // error message) when one is unknown.
    bool applyArguments(const core::filter::FilterArguments &arguments, QString *error);
    bool applyQuery(const QString &query, QString *error);
    QString query() const;

public slots:
    void setState(const ict::core::filter::FilterState &state);
    void clear();
    void setMode(ict::core::timeline::FilterMode mode);

signals:
    void changed(); // state, mask and counts are new

private:
    void recompute();

    TimelinePanel *m_panel = nullptr;
    const core::TimelineDatabase *m_db = nullptr;
    core::filter::FacetData m_facets;
    core::filter::FilterState m_state;
    core::filter::FacetCounts m_counts;
    // The counts with no filter at all, a property of the database: taken
    // once in setDatabase, so "Clear all" costs no pass over the events
    // (20 ms at a million, two thirds of clearing).
    core::filter::FacetCounts m_unfilteredCounts;
    std::vector<std::uint8_t> m_pass;
    core::timeline::FilterMode m_mode = core::timeline::FilterMode::Hide;
};

} // namespace ict::app
