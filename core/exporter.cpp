#include "core/exporter.h"

#include "core/timelinedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <tuple>
#include <sstream>

namespace ict::core {

using namespace Qt::StringLiterals;

namespace {

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonValue optionalCount(const std::optional<std::int64_t> &v)
{
    return v ? QJsonValue(static_cast<qint64>(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const std::string &s)
{
    return s.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q(s));
}

QJsonObject sourceJson(const SourceInfo &s)
{
    QJsonObject o;
    o[u"id"] = q(s.slug);
    o[u"kind"] = q(s.kind);
    o[u"title"] = q(s.title);
    o[u"title_reconstructed"] = s.titleReconstructed;
    o[u"author"] = textOrNull(s.author);
    o[u"author_attributed"] = s.authorAttributed;
    o[u"outlet"] = textOrNull(s.outlet);
    o[u"date"] = textOrNull(s.date);
    o[u"url"] = textOrNull(s.url);
    o[u"symbol"] = textOrNull(s.symbol);
    o[u"language"] = textOrNull(s.language);
    o[u"sha256"] = q(s.sha256);
    return o;
}

QJsonObject eventJson(const EventDetails &d, const std::vector<PassageInfo> &passages)
{
    QJsonObject o;
    o[u"id"] = q(d.slug);
    o[u"title"] = q(d.title);
    o[u"summary"] = q(d.summary);
    o[u"start"] = q(d.startText);
    o[u"end"] = textOrNull(d.endText);
    o[u"kind"] = q(d.kind);
    o[u"forum"] = q(d.forumSlug);
    QJsonArray topics;
    for (const auto &t : d.topicSlugs) {
        topics.append(q(t));
    }
    o[u"topics"] = topics;
    QJsonArray actors;
    for (const auto &a : d.actors) {
        actors.append(QJsonObject{{u"actor"_s, q(a.code)}, {u"role"_s, q(a.role)}});
    }
    o[u"actors"] = actors;
    QJsonArray citations;
    for (const auto &c : d.citations) {
        QJsonObject co;
        co[u"symbol"] = textOrNull(c.symbol);
        co[u"url"] = q(c.link());
        co[u"source"] = textOrNull(c.sourceSlug);
        co[u"pinpoint"] = textOrNull(c.pinpoint);
        citations.append(co);
    }
    o[u"citations"] = citations;
    QJsonArray votes;
    for (const auto &v : d.votes) {
        QJsonObject vo;
        vo[u"stage"] = q(v.stage);
        vo[u"in_favour"] = optionalCount(v.inFavour);
        vo[u"against"] = optionalCount(v.against);
        vo[u"abstaining"] = optionalCount(v.abstaining);
        vo[u"without_vote"] = v.withoutVote;
        vo[u"document"] = textOrNull(v.document);
        votes.append(vo);
    }
    o[u"votes"] = votes;
    QJsonArray ids;
    for (const auto &p : passages) {
        ids.append(q(p.slug));
    }
    o[u"passages"] = ids;
    o[u"status"] = q(d.status);
    o[u"note"] = textOrNull(d.note);
    return o;
}

std::string csvField(std::string_view s)
{
    // RFC 4180: quote every field that holds a comma, a quote or a line break.
    if (s.find_first_of(",\"\n\r") == std::string_view::npos) {
        return std::string(s);
    }
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

std::string countText(const std::optional<std::int64_t> &v)
{
    return v ? std::to_string(*v) : std::string();
}

// Every event in time order with its details and linked passages: what both
// export formats are made of.
template <typename F>
Result<void> forEachEvent(const TimelineDatabase &db, F &&f)
{
    for (EventIndex i = 0; i < db.dataset().size(); ++i) {
        auto d = db.details(i);
        if (!d) {
            return d.error();
        }
        auto passages = db.passagesOf(i);
        if (!passages) {
            return passages.error();
        }
        f(*d, *passages);
    }
    return {};
}

} // namespace

Result<std::string> exportDatabase(const TimelineDatabase &db, ExportFormat format)
{
    if (format == ExportFormat::Csv) {
        std::ostringstream out;
        out << "id,start,end,title,kind,forum,topics,status,citations,plenary_in_favour,plenary_against,"
               "plenary_abstaining,plenary_without_vote,passages\r\n";
        ICT_TRY(forEachEvent(db, [&](const EventDetails &event, const std::vector<PassageInfo> &passages) {
            const EventDetails *d = &event;
            std::string topics, citations, passageIds;
            for (const auto &t : d->topicSlugs) {
                topics += (topics.empty() ? "" : ";") + t;
            }
            for (const auto &c : d->citations) {
                citations += (citations.empty() ? "" : ";") + (c.symbol.empty() ? c.link() : c.symbol);
            }
            for (const auto &p : passages) {
                passageIds += (passageIds.empty() ? "" : ";") + p.slug;
            }
            const Vote *plenary = nullptr;
            for (const auto &v : d->votes) {
                if (v.stage == "plenary") {
                    plenary = &v;
                }
            }
            out << csvField(d->slug) << ',' << csvField(d->startText) << ',' << csvField(d->endText) << ','
                << csvField(d->title) << ',' << d->kind << ',' << d->forumSlug << ',' << csvField(topics) << ','
                << d->status << ',' << csvField(citations) << ','
                << (plenary ? countText(plenary->inFavour) : "") << ','
                << (plenary ? countText(plenary->against) : "") << ','
                << (plenary ? countText(plenary->abstaining) : "") << ','
                << (plenary ? (plenary->withoutVote ? "true" : "false") : "") << ',' << csvField(passageIds)
                << "\r\n";
        }));
        return out.str();
    }

    QJsonObject root;
    root[u"format"] = u"ictimeline-export"_s;
    root[u"version"] = kExportFormatVersion;
    root[u"data_version"] = q(db.meta().dataVersion);

    QJsonArray events;
    std::map<std::int64_t, std::vector<std::string>> eventsOfPassage;
    std::map<std::int64_t, PassageInfo> passagesById;
    ICT_TRY(forEachEvent(db, [&](const EventDetails &d, const std::vector<PassageInfo> &passages) {
        for (const auto &p : passages) {
            eventsOfPassage[p.id].push_back(d.slug);
            passagesById.emplace(p.id, p);
        }
        events.append(eventJson(d, passages));
    }));

    QJsonArray sources;
    QJsonArray passages;
    // By source, then by position in the source: the order a reader meets them.
    std::vector<const PassageInfo *> ordered;
    ordered.reserve(passagesById.size());
    for (const auto &entry : passagesById) {
        ordered.push_back(&entry.second);
    }
    std::sort(ordered.begin(), ordered.end(), [](const PassageInfo *a, const PassageInfo *b) {
        return std::tie(a->sourceId, a->start) < std::tie(b->sourceId, b->start);
    });
    for (const PassageInfo *passage : ordered) {
        const PassageInfo &p = *passage;
        const std::int64_t id = p.id;
        QJsonObject o;
        o[u"id"] = q(p.slug);
        o[u"source"] = q(p.sourceSlug);
        o[u"start"] = static_cast<qint64>(p.start);
        o[u"end"] = static_cast<qint64>(p.end);
        o[u"exact"] = q(p.exact);
        o[u"prefix"] = q(p.prefix);
        o[u"suffix"] = q(p.suffix);
        o[u"label"] = q(p.label);
        o[u"status"] = q(p.status);
        o[u"note"] = textOrNull(p.note);
        QJsonArray linked;
        for (const auto &slug : eventsOfPassage[id]) {
            linked.append(q(slug));
        }
        o[u"events"] = linked;
        passages.append(o);
    }
    // Every source, including those no passage quotes (cited by events).
    auto ids = db.sourceIds();
    if (!ids) {
        return ids.error();
    }
    for (const std::int64_t sourceId : *ids) {
        auto source = db.source(sourceId);
        if (!source) {
            return source.error();
        }
        sources.append(sourceJson(*source));
    }
    root[u"sources"] = sources;
    root[u"events"] = events;
    root[u"passages"] = passages;
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

Result<std::string> describeStatistics(const TimelineDatabase &db)
{
    const Dataset &ds = db.dataset();
    std::map<int, std::size_t> perForum, perTopic;
    std::map<int, std::size_t> perYear;
    for (EventIndex i = 0; i < ds.size(); ++i) {
        ++perForum[ds.forums()[i]];
        for (int t = 0; t < 64; ++t) {
            if (ds.topicMasks()[i] & (TopicMask{1} << static_cast<unsigned>(t))) {
                ++perTopic[t];
            }
        }
        ++perYear[civilFromDays(ds.starts()[i]).year];
    }
    std::ostringstream out;
    out << "database: " << db.path() << "\n"
        << "data version: " << db.meta().dataVersion << "\n"
        << "events: " << ds.size() << "\n\nper forum:\n";
    for (const auto &[f, n] : perForum) {
        out << "  " << ds.forumList()[static_cast<std::size_t>(f)].slug << ": " << n << "\n";
    }
    out << "\nper topic (an event counts once for each of its topics):\n";
    for (const auto &[t, n] : perTopic) {
        out << "  " << ds.topicList()[static_cast<std::size_t>(t)].slug << ": " << n << "\n";
    }
    out << "\nper year (of the start date):\n";
    for (const auto &[y, n] : perYear) {
        out << "  " << y << ": " << n << "\n";
    }
    return out.str();
}

Result<std::string> describeEvent(const TimelineDatabase &db, const std::string &slug)
{
    const auto index = db.dataset().findBySlug(slug);
    if (!index) {
        return makeError(ErrorCode::InvalidArgument, "unknown event '" + slug + "'");
    }
    auto d = db.details(*index);
    if (!d) {
        return d.error();
    }
    auto passages = db.passagesOf(*index);
    if (!passages) {
        return passages.error();
    }
    std::ostringstream out;
    out << d->slug << "\n  " << d->title << "\n  date: " << d->startText;
    if (!d->endText.empty()) {
        out << " / " << d->endText;
    }
    out << "\n  kind: " << d->kind << "   forum: " << d->forumSlug << "   status: " << d->status << "\n  topics:";
    for (const auto &t : d->topicSlugs) {
        out << ' ' << t;
    }
    out << "\n  summary: " << d->summary << "\n";
    if (!d->note.empty()) {
        out << "  note: " << d->note << "\n";
    }
    for (const auto &a : d->actors) {
        out << "  actor: " << a.name << " (" << a.code << "), " << a.role << "\n";
    }
    for (const auto &c : d->citations) {
        out << "  citation: " << (c.symbol.empty() ? c.link() : c.symbol + "  " + c.link());
        if (!c.pinpoint.empty()) {
            out << "  [" << c.pinpoint << "]";
        }
        out << "\n";
    }
    for (const auto &v : d->votes) {
        out << "  vote (" << v.stage << "): ";
        if (v.withoutVote) {
            out << "adopted without a vote";
        } else {
            const auto n = [](const std::optional<std::int64_t> &x) { return x ? std::to_string(*x) : std::string("?"); };
            out << n(v.inFavour) << " in favour, " << n(v.against) << " against, " << n(v.abstaining) << " abstaining";
        }
        out << "\n";
    }
    for (const auto &p : *passages) {
        out << "  passage " << p.slug << " [" << p.label << ", " << p.relation << "] from " << p.sourceSlug << " @"
            << p.start << ".." << p.end << ":\n    \u201c" << p.exact << "\u201d\n";
    }
    return out.str();
}

} // namespace ict::core
