#include "core/timelinedatabase.h"

#include "core/eventloader.h"
#include "core/schema.h"
#include "core/sqlite.h"

#include <spdlog/spdlog.h>

#include <future>
#include <optional>
#include <thread>

namespace ict::core {

std::string Citation::link() const
{
    if (!symbol.empty()) {
        return "https://docs.un.org/" + (language.empty() ? std::string("en") : language) + "/" + symbol;
    }
    return url;
}

namespace {

constexpr const char *kRequiredTables[] = {"meta",        "forum",        "topic",       "actor",
                                           "source",      "event",        "event_topic", "event_actor",
                                           "citation",    "vote",         "passage",     "event_passage",
                                           "event_relation"};

constexpr const char *kTopicsSql
    = "SELECT event_id, topic_id - (SELECT min(id) FROM topic), position FROM event_topic";

// The topics of every event, by row id: masks[r] and primary[r] belong to the
// event whose row id is firstRowId + r.
struct TopicsByRow {
    std::int64_t firstRowId = 0;
    std::vector<TopicMask> masks;
    std::vector<std::uint8_t> primary; // the topic at position 0 (0 when none, as Dataset's default)
};

// Reads event_topic on a connection of its own, so that it runs on the
// second core while the main connection reads the events (it took 15 % of a
// load at a million events when run after them). Returns nullopt when the
// row ids are too sparse for flat tables; the caller then reads the topics
// itself once the events are known.
Result<std::optional<TopicsByRow>> readTopicsByRow(const std::string &path, std::int64_t events)
{
    auto opened = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    if (!opened) {
        return opened.error();
    }
    sql::Database &db = *opened;
    auto first = db.scalarInt("SELECT coalesce(min(event_id), 0) FROM event_topic");
    auto last = db.scalarInt("SELECT coalesce(max(event_id), -1) FROM event_topic");
    if (!first || !last) {
        return !first ? first.error() : last.error();
    }
    TopicsByRow out;
    out.firstRowId = *first;
    if (*last < *first) {
        return std::optional<TopicsByRow>(std::move(out)); // no topics at all
    }
    const auto range = static_cast<std::uint64_t>(*last - *first) + 1;
    if (range > 4 * static_cast<std::uint64_t>(events) + 1024) {
        return std::optional<TopicsByRow>();
    }
    out.masks.assign(range, 0);
    out.primary.assign(range, 0);
    auto stmt = db.prepare(kTopicsSql);
    if (!stmt) {
        return stmt.error();
    }
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const std::int64_t offset = stmt->int64(0) - out.firstRowId;
        if (offset < 0 || static_cast<std::uint64_t>(offset) >= range) {
            continue; // only if the file changed between the two reads
        }
        const auto r = static_cast<std::size_t>(offset);
        const int topic = stmt->int32(1);
        // As Dataset::addTopic and setPrimaryTopic treat them.
        if (topic >= 0 && topic < 64) {
            out.masks[r] |= TopicMask{1} << static_cast<unsigned>(topic);
        }
        if (stmt->int64(2) == 0) {
            out.primary[r] = static_cast<std::uint8_t>(topic);
        }
    }
    return std::optional<TopicsByRow>(std::move(out));
}


} // namespace

struct TimelineDatabase::Impl {
    std::string path;
    sql::Database db;
    DatabaseMeta meta;
    Dataset dataset;

    explicit Impl(sql::Database d) : db(std::move(d)) {}

    Result<void> checkSchema();
    Result<void> loadMeta();
    Result<void> loadTaxonomy();
    Result<void> loadTopics();
    void applyTopics(const TopicsByRow &topics);
    Result<std::vector<PassageInfo>> passages(std::string_view where, std::int64_t key, bool withRelation) const;
};

Result<void> TimelineDatabase::Impl::checkSchema()
{
    auto version = db.scalarInt("PRAGMA user_version");
    if (!version) {
        return version.error();
    }
    if (*version > kSchemaVersion) {
        return makeError(ErrorCode::SchemaTooNew,
                         path + " was made by a newer version of ICTimeline (schema version " + std::to_string(*version)
                             + "; this version reads up to " + std::to_string(kSchemaVersion) + "). Update ICTimeline.");
    }
    if (*version == 0 && !db.hasTable("event")) {
        return makeError(ErrorCode::NotADatabase, path + " is an SQLite file but not an ICTimeline database");
    }
    for (const char *table : kRequiredTables) {
        if (!db.hasTable(table)) {
            return makeError(ErrorCode::SchemaInvalid,
                             path + " is not a complete ICTimeline database: required table '" + table + "' is missing");
        }
    }
    return {};
}

Result<void> TimelineDatabase::Impl::loadMeta()
{
    auto stmt = db.prepare("SELECT key, value FROM meta");
    if (!stmt) {
        return stmt.error();
    }
    meta.schemaVersion = kSchemaVersion;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const auto key = stmt->text(0);
        const std::string value(stmt->text(1));
        if (key == "data_version") {
            meta.dataVersion = value;
        } else if (key == "built_at") {
            meta.builtAt = value;
        } else if (key == "generator") {
            meta.generator = value;
        }
    }
    return {};
}

Result<void> TimelineDatabase::Impl::loadTaxonomy()
{
    std::vector<Forum> forums;
    std::vector<std::int64_t> forumIds;
    auto f = db.prepare("SELECT id, slug, name, parent_id, symbol_prefix FROM forum ORDER BY id");
    if (!f) {
        return f.error();
    }
    std::vector<std::int64_t> parentIds;
    while (true) {
        auto row = f->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        forumIds.push_back(f->int64(0));
        parentIds.push_back(f->isNull(3) ? -1 : f->int64(3));
        forums.push_back({std::string(f->text(1)), std::string(f->text(2)), -1, std::string(f->text(4))});
    }
    for (std::size_t i = 0; i < forums.size(); ++i) {
        for (std::size_t j = 0; j < forumIds.size(); ++j) {
            if (forumIds[j] == parentIds[i]) {
                forums[i].parent = static_cast<int>(j);
            }
        }
    }
    std::vector<Topic> topics;
    auto t = db.prepare("SELECT slug, name FROM topic ORDER BY id");
    if (!t) {
        return t.error();
    }
    while (true) {
        auto row = t->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        topics.push_back({std::string(t->text(0)), std::string(t->text(1))});
    }
    if (topics.size() > 64) {
        return makeError(ErrorCode::InvalidData, path + " has more than 64 topics, which this version cannot show");
    }
    dataset.setTaxonomy(std::move(forums), std::move(topics));
    return {};
}

Result<void> TimelineDatabase::Impl::loadTopics()
{
    // event_topic is keyed (event_id, topic_id), so its rows arrive grouped by
    // event in row-id order. When the events' row ids ascend in time order
    // (synthetic databases), the next row's event is the current one or the
    // one after it: a cursor finds it without a lookup table. Otherwise the
    // Dataset's row-id index (binary search) does.
    const auto rowIds = dataset.rowIds();
    EventIndex cursor = 0;
    const auto indexOf = [&](std::int64_t rowId) -> std::optional<EventIndex> {
        for (EventIndex i = cursor; i < rowIds.size() && i <= cursor + 1; ++i) {
            if (rowIds[i] == rowId) {
                cursor = i;
                return i;
            }
        }
        auto found = dataset.findByRowId(rowId);
        if (found) {
            cursor = *found;
        }
        return found;
    };
    auto stmt = db.prepare(kTopicsSql);
    if (!stmt) {
        return stmt.error();
    }
    // The primary topic is position 0.
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const auto i = indexOf(stmt->int64(0));
        if (!i) {
            continue;
        }
        const int topic = stmt->int32(1);
        dataset.addTopic(*i, topic);
        if (stmt->int64(2) == 0) {
            dataset.setPrimaryTopic(*i, topic);
        }
    }
    return {};
}

void TimelineDatabase::Impl::applyTopics(const TopicsByRow &topics)
{
    const auto rowIds = dataset.rowIds();
    for (EventIndex i = 0; i < rowIds.size(); ++i) {
        const std::int64_t r = rowIds[i] - topics.firstRowId;
        if (r >= 0 && static_cast<std::size_t>(r) < topics.masks.size()) {
            dataset.setTopics(i, topics.masks[static_cast<std::size_t>(r)], topics.primary[static_cast<std::size_t>(r)]);
        }
    }
}

Result<TimelineDatabase> TimelineDatabase::open(const std::string &path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    if (!db) {
        return db.error();
    }
    auto impl = std::make_unique<Impl>(std::move(*db));
    impl->path = path;
    ICT_TRY(impl->checkSchema());
    ICT_TRY(impl->loadMeta());
    ICT_TRY(impl->loadTaxonomy());
    auto count = impl->db.scalarInt("SELECT count(*) FROM event");
    if (!count) {
        return count.error();
    }
    if (*count < loader::kParallelFrom || std::thread::hardware_concurrency() < 2) {
        ICT_TRY(loader::loadEvents(impl->db, impl->path, *count, false, impl->dataset));
        impl->dataset.finish();
        ICT_TRY(impl->loadTopics());
    } else {
        // The topics load on another core while this thread loads the
        // events; the future's destructor waits for it on every return path.
        auto topics = std::async(std::launch::async, readTopicsByRow, path, *count);
        ICT_TRY(loader::loadEvents(impl->db, impl->path, *count, true, impl->dataset));
        impl->dataset.finish();
        auto byRow = topics.get();
        if (!byRow) {
            return byRow.error();
        }
        if (*byRow) {
            impl->applyTopics(**byRow);
        } else {
            ICT_TRY(impl->loadTopics()); // sparse row ids: look each event up
        }
    }
    spdlog::info("loaded {} events from {}", impl->dataset.size(), path);
    return TimelineDatabase(std::move(impl));
}

TimelineDatabase::TimelineDatabase(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TimelineDatabase::TimelineDatabase(TimelineDatabase &&) noexcept = default;
TimelineDatabase &TimelineDatabase::operator=(TimelineDatabase &&) noexcept = default;
TimelineDatabase::~TimelineDatabase() = default;

const std::string &TimelineDatabase::path() const { return m_impl->path; }
const DatabaseMeta &TimelineDatabase::meta() const { return m_impl->meta; }
const Dataset &TimelineDatabase::dataset() const { return m_impl->dataset; }

Result<EventDetails> TimelineDatabase::details(EventIndex event) const
{
    const Dataset &ds = m_impl->dataset;
    if (event >= ds.size()) {
        return makeError(ErrorCode::InvalidArgument, "no event at index " + std::to_string(event));
    }
    const std::int64_t id = ds.rowIds()[event];
    auto &db = m_impl->db;
    EventDetails d;
    d.index = event;
    {
        auto s = db.prepare("SELECT e.slug, e.title, e.summary, e.start_edtf, coalesce(e.end_edtf, ''), e.kind, "
                            "f.slug, f.name, e.status, coalesce(e.note, '') "
                            "FROM event e JOIN forum f ON f.id = e.forum_id WHERE e.id = ?1");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->bind(1, id));
        auto row = s->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return makeError(ErrorCode::InvalidData, "event row " + std::to_string(id) + " disappeared");
        }
        d.slug = s->text(0);
        d.title = s->text(1);
        d.summary = s->text(2);
        d.startText = s->text(3);
        d.endText = s->text(4);
        d.kind = s->text(5);
        d.forumSlug = s->text(6);
        d.forumName = s->text(7);
        d.status = s->text(8);
        d.note = s->text(9);
    }
    {
        auto s = db.prepare("SELECT t.slug FROM event_topic et JOIN topic t ON t.id = et.topic_id "
                            "WHERE et.event_id = ?1 ORDER BY et.position");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->bind(1, id));
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            d.topicSlugs.emplace_back(row.text(0));
        }));
    }
    {
        auto s = db.prepare("SELECT a.code, a.name, a.type, ea.role FROM event_actor ea "
                            "JOIN actor a ON a.code = ea.actor_code WHERE ea.event_id = ?1 ORDER BY ea.role, a.name");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->bind(1, id));
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            d.actors.push_back({std::string(row.text(0)), std::string(row.text(1)), std::string(row.text(2)),
                                std::string(row.text(3))});
        }));
    }
    {
        auto s = db.prepare("SELECT coalesce(c.symbol, ''), coalesce(c.url, ''), coalesce(src.slug, ''), "
                            "coalesce(c.language, ''), coalesce(c.pinpoint, '') FROM citation c "
                            "LEFT JOIN source src ON src.id = c.source_id WHERE c.event_id = ?1 ORDER BY c.position");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->bind(1, id));
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            d.citations.push_back({std::string(row.text(0)), std::string(row.text(1)), std::string(row.text(2)),
                                   std::string(row.text(3)), std::string(row.text(4))});
        }));
    }
    {
        auto s = db.prepare("SELECT stage, in_favour, against, abstaining, without_vote, coalesce(document, '') "
                            "FROM vote WHERE event_id = ?1 ORDER BY position");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->bind(1, id));
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            d.votes.push_back({std::string(row.text(0)), row.optionalInt64(1), row.optionalInt64(2),
                               row.optionalInt64(3), row.int64(4) != 0, std::string(row.text(5))});
        }));
    }
    {
        auto s = db.prepare("SELECT related_id FROM event_relation WHERE event_id = ?1 "
                            "UNION SELECT event_id FROM event_relation WHERE related_id = ?1");
        if (!s) {
            return s.error();
        }
        ICT_TRY(s->bind(1, id));
        ICT_TRY(s->forEach([&](const sql::Statement &row) {
            if (auto i = ds.findByRowId(row.int64(0))) {
                d.related.push_back(*i);
            }
        }));
        std::sort(d.related.begin(), d.related.end());
    }
    return d;
}

Result<std::vector<PassageInfo>> TimelineDatabase::Impl::passages(std::string_view where, std::int64_t key,
                                                                   bool withRelation) const
{
    std::string sqlText = "SELECT p.id, p.slug, p.source_id, s.slug, p.start_offset, p.end_offset, p.exact, p.prefix, "
                          "p.suffix, p.label, p.status, coalesce(p.note, ''), ";
    sqlText += withRelation ? "ep.relation FROM passage p JOIN event_passage ep ON ep.passage_id = p.id "
                            : "'' FROM passage p ";
    sqlText += "JOIN source s ON s.id = p.source_id WHERE ";
    sqlText += where;
    sqlText += " ORDER BY s.id, p.start_offset";
    auto s = const_cast<sql::Database &>(db).prepare(sqlText);
    if (!s) {
        return s.error();
    }
    ICT_TRY(s->bind(1, key));
    std::vector<PassageInfo> out;
    while (true) {
        auto row = s->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        PassageInfo p;
        p.id = s->int64(0);
        p.slug = s->text(1);
        p.sourceId = s->int64(2);
        p.sourceSlug = s->text(3);
        p.start = s->int64(4);
        p.end = s->int64(5);
        p.exact = s->text(6);
        p.prefix = s->text(7);
        p.suffix = s->text(8);
        p.label = s->text(9);
        p.status = s->text(10);
        p.note = s->text(11);
        p.relation = s->text(12);
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<PassageInfo>> TimelineDatabase::passagesOf(EventIndex event) const
{
    if (event >= m_impl->dataset.size()) {
        return makeError(ErrorCode::InvalidArgument, "no event at index " + std::to_string(event));
    }
    return m_impl->passages("ep.event_id = ?1", m_impl->dataset.rowIds()[event], true);
}

Result<PassageInfo> TimelineDatabase::passageById(std::int64_t id) const
{
    auto list = m_impl->passages("p.id = ?1", id, false);
    if (!list) {
        return list.error();
    }
    if (list->empty()) {
        return makeError(ErrorCode::InvalidArgument, "no passage with id " + std::to_string(id));
    }
    return std::move(list->front());
}

Result<PassageInfo> TimelineDatabase::passage(std::string_view slug) const
{
    auto s = m_impl->db.prepare("SELECT id FROM passage WHERE slug = ?1");
    if (!s) {
        return s.error();
    }
    ICT_TRY(s->bind(1, slug));
    auto row = s->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::InvalidArgument, "unknown passage '" + std::string(slug) + "'");
    }
    return passageById(s->int64(0));
}

Result<std::vector<EventIndex>> TimelineDatabase::eventsOf(std::int64_t passageId) const
{
    auto s = m_impl->db.prepare("SELECT event_id FROM event_passage WHERE passage_id = ?1");
    if (!s) {
        return s.error();
    }
    ICT_TRY(s->bind(1, passageId));
    std::vector<EventIndex> out;
    ICT_TRY(s->forEach([&](const sql::Statement &row) {
        if (auto i = m_impl->dataset.findByRowId(row.int64(0))) {
            out.push_back(*i);
        }
    }));
    std::sort(out.begin(), out.end()); // index order is time order
    return out;
}

Result<std::vector<PassageInfo>> TimelineDatabase::passagesOfSource(std::int64_t sourceId) const
{
    return m_impl->passages("p.source_id = ?1", sourceId, false);
}

namespace {

Result<SourceInfo> readSource(sql::Statement &s)
{
    auto row = s.step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::InvalidArgument, "unknown source");
    }
    SourceInfo i;
    i.id = s.int64(0);
    i.slug = s.text(1);
    i.kind = s.text(2);
    i.title = s.text(3);
    i.titleReconstructed = s.int64(4) != 0;
    i.author = s.text(5);
    i.authorAttributed = s.int64(6) != 0;
    i.outlet = s.text(7);
    i.date = s.text(8);
    i.url = s.text(9);
    i.symbol = s.text(10);
    i.language = s.text(11);
    i.genre = s.text(12);
    i.text = s.text(13);
    i.sha256 = s.text(14);
    i.attribution = s.text(15);
    return i;
}

constexpr const char *kSourceColumns =
    "SELECT id, slug, kind, title, title_reconstructed, coalesce(author, ''), author_attributed, coalesce(outlet, ''), "
    "coalesce(date_edtf, ''), coalesce(url, ''), coalesce(symbol, ''), coalesce(language, ''), coalesce(genre, ''), "
    "text, sha256, coalesce(attribution, '') FROM source ";

} // namespace

Result<SourceInfo> TimelineDatabase::source(std::int64_t sourceId) const
{
    auto s = m_impl->db.prepare(std::string(kSourceColumns) + "WHERE id = ?1");
    if (!s) {
        return s.error();
    }
    ICT_TRY(s->bind(1, sourceId));
    return readSource(*s);
}

Result<std::vector<std::int64_t>> TimelineDatabase::sourceIds() const
{
    auto s = m_impl->db.prepare("SELECT id FROM source ORDER BY id");
    if (!s) {
        return s.error();
    }
    std::vector<std::int64_t> ids;
    ICT_TRY(s->forEach([&](const sql::Statement &row) { ids.push_back(row.int64(0)); }));
    return ids;
}

Result<SourceInfo> TimelineDatabase::source(std::string_view slug) const
{
    auto s = m_impl->db.prepare(std::string(kSourceColumns) + "WHERE slug = ?1");
    if (!s) {
        return s.error();
    }
    ICT_TRY(s->bind(1, slug));
    auto r = readSource(*s);
    if (!r) {
        return makeError(ErrorCode::InvalidArgument, "unknown source '" + std::string(slug) + "'");
    }
    return r;
}

} // namespace ict::core
