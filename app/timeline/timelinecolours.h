#pragma once

// Colours of the timeline. Forums are coloured by family (the General
// Assembly, the expert groups, the working groups, the cybercrime track, ...)
// from the Okabe–Ito set, which stays distinguishable for the common forms of
// colour blindness; eight families are as many as the eye can tell apart, and
// each lane is labelled anyway. Light and dark variants keep contrast against
// either background.

#include "core/dataset.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <vector>

namespace ict::app {

struct ColourFamily {
    QString name;
    QColor colour;
};

class TimelineColours {
public:
    void setDataset(const core::Dataset *dataset, bool dark);
    // Colour of a forum (by index) for bars and markers.
    QColor forumColour(int forum) const;
    // The families in use, for the legend.
    const std::vector<ColourFamily> &families() const { return m_families; }

    static bool isDark(const QPalette &palette);

private:
    std::vector<int> m_familyOfForum;
    std::vector<ColourFamily> m_families;
    bool m_dark = false;
};

} // namespace ict::app
