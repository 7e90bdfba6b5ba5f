#include "filters/filtercontroller.h"

#include "core/timelinedatabase.h"
#include "timeline/overviewstrip.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <spdlog/spdlog.h>

namespace ict::app {

using namespace core::filter;

FilterController::FilterController(TimelinePanel *panel, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
{
}

std::size_t FilterController::totalCount() const
{
    return m_db ? m_db->dataset().size() : 0;
}

void FilterController::setDatabase(const core::TimelineDatabase *db)
{
    m_db = db;
    m_state = {};
    m_pass.clear();
    m_counts = {};
    m_unfilteredCounts = {};
    m_facets = {};
    if (db) {
        auto facets = FacetData::load(*db);
        if (facets) {
            m_facets = std::move(*facets);
        } else {
            // Without actors the other facets still work; say why the actor
            // list is empty rather than failing the whole database.
            spdlog::warn("cannot read the actors of {}: {}", db->path(), facets.error().message);
        }
        m_unfilteredCounts = computeFacetCounts(db->dataset(), m_facets, FilterState {});
        recompute();
    }
}

void FilterController::setState(const FilterState &state)
{
    if (state == m_state && !m_pass.empty()) {
        return;
    }
    m_state = state;
    recompute();
}

void FilterController::clear()
{
    setState({});
}

void FilterController::setMode(core::timeline::FilterMode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    if (m_db) {
        m_panel->view()->setFilter(m_state.isEmpty() ? std::span<const std::uint8_t>() : m_pass, m_mode);
    }
    emit changed();
}

void FilterController::recompute()
{
    if (!m_db) {
        return;
    }
    if (m_state.isEmpty()) {
        m_counts = m_unfilteredCounts;
        m_pass.assign(m_db->dataset().size(), std::uint8_t {1});
    } else {
        m_counts = computePassMaskAndFacetCounts(m_db->dataset(), m_facets, m_state, m_pass);
    }
    // An empty state passes everything: give the views no mask at all, so
    // they take their fastest path.
    const std::span<const std::uint8_t> mask = m_state.isEmpty() ? std::span<const std::uint8_t>() : m_pass;
    m_panel->view()->setFilter(mask, m_mode);
    m_panel->overview()->setFilter(mask);
    emit changed();
}

bool FilterController::applyArguments(const FilterArguments &arguments, QString *error)
{
    if (!m_db) {
        return false;
    }
    auto state = fromArguments(arguments, m_db->dataset(), m_facets);
    if (!state) {
        if (error) {
            *error = QString::fromStdString(state.error().message);
        }
        return false;
    }
    setState(*state);
    return true;
}

bool FilterController::applyQuery(const QString &query, QString *error)
{
    if (!m_db) {
        return false;
    }
    auto state = fromQuery(query, m_db->dataset(), m_facets);
    if (!state) {
        if (error) {
            *error = QString::fromStdString(state.error().message);
        }
        return false;
    }
    setState(*state);
    return true;
}

QString FilterController::query() const
{
    return m_db ? toQuery(m_state, m_db->dataset(), m_facets) : QString();
}

} // namespace ict::app
