#include "timeline/timelinecolours.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <string_view>

namespace ict::app {

namespace {

struct Family {
    const char *name;
    QColor light; // on a light background
    QColor dark;  // on a dark background
    std::array<std::string_view, 6> roots;
};

// Okabe & Ito (2008), "Color Universal Design"; dark-mode variants are the
// same hues, lighter.
const Family kFamilies[] = {
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "General Assembly"), QColor(0x00, 0x72, 0xB2), QColor(0x56, 0xB4, 0xE9),
     {"unga"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Expert groups (GGE)"), QColor(0xD5, 0x5E, 0x00),
     QColor(0xF0, 0x8A, 0x3C), {"un-gge"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Working groups and successors"), QColor(0x00, 0x9E, 0x73),
     QColor(0x3C, 0xC8, 0x9C), {"un-oewg-2019", "un-oewg-2021", "un-global-mechanism-ict", "un-poa-ict"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Cybercrime treaties"), QColor(0xCC, 0x79, 0xA7),
     QColor(0xE6, 0x9F, 0xC8), {"un-ahc-cybercrime", "un-cybercrime-convention", "coe-budapest"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Regional organisations"), QColor(0x6A, 0x4C, 0x93),
     QColor(0xB0, 0x9C, 0xE0), {"sco", "osce", "nato"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Internet governance"), QColor(0x8A, 0x7A, 0x00),
     QColor(0xE6, 0xD2, 0x4A), {"itu", "igf"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Opinion and press"), QColor(0x99, 0x33, 0x00),
     QColor(0xE0, 0x7B, 0x5A), {"press"}},
    {QT_TRANSLATE_NOOP("ict::app::Timeline", "Other"), QColor(0x66, 0x66, 0x66), QColor(0xA8, 0xA8, 0xA8),
     {"paris-call", "bilateral", "other"}},
};
constexpr int kOtherFamily = 7;

} // namespace

bool TimelineColours::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

void TimelineColours::setDataset(const core::Dataset *dataset, bool dark)
{
    m_familyOfForum.clear();
    m_families.clear();
    std::vector<bool> used(std::size(kFamilies), false);
    if (dataset) {
        const auto &forums = dataset->forumList();
        for (std::size_t f = 0; f < forums.size(); ++f) {
            // Walk up to the root, checking each level: a child like
            // "unga-c1" belongs to the family of its parent "unga".
            int family = -1;
            for (int g = static_cast<int>(f); g >= 0 && family < 0; g = forums[static_cast<std::size_t>(g)].parent) {
                for (std::size_t k = 0; k < std::size(kFamilies) && family < 0; ++k) {
                    for (auto root : kFamilies[k].roots) {
                        if (!root.empty() && forums[static_cast<std::size_t>(g)].slug == root) {
                            family = static_cast<int>(k);
                        }
                    }
                }
            }
            if (family < 0) {
                // Unknown forums (synthetic data, new additions) spread over
                // the families rather than all turning grey.
                family = static_cast<int>(f % (std::size(kFamilies) - 1));
            }
            m_familyOfForum.push_back(family);
        }
        for (auto f : dataset->forums()) {
            if (f < m_familyOfForum.size()) {
                used[static_cast<std::size_t>(m_familyOfForum[f])] = true;
            }
            if (std::all_of(used.begin(), used.end(), [](bool u) { return u; })) {
                break;
            }
        }
    }
    for (std::size_t k = 0; k < std::size(kFamilies); ++k) {
        if (used[k]) {
            m_families.push_back({QCoreApplication::translate("ict::app::Timeline", kFamilies[k].name),
                                  dark ? kFamilies[k].dark : kFamilies[k].light});
        }
    }
    m_dark = dark;
}

QColor TimelineColours::forumColour(int forum) const
{
    const int family = forum >= 0 && static_cast<std::size_t>(forum) < m_familyOfForum.size()
                           ? m_familyOfForum[static_cast<std::size_t>(forum)]
                           : kOtherFamily;
    const Family &f = kFamilies[family];
    return m_dark ? f.dark : f.light;
}

} // namespace ict::app
