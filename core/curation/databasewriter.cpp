#include "core/curation/databasewriter.h"

#include "core/schema.h"
#include "core/sqlite.h"

#include <filesystem>
#include <map>

namespace ict::core::curation {

namespace fs = std::filesystem;

namespace {

Result<void> insertTaxonomy(sql::Database &db, const CuratedData &data, std::map<std::string, std::int64_t> &forumIds,
                            std::map<std::string, std::int64_t> &topicIds)
{
    auto forum = db.prepare("INSERT INTO forum (id, slug, name, parent_id, symbol_prefix) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!forum) {
        return forum.error();
    }
    std::int64_t id = 0;
    for (const ForumRecord &f : data.forums) {
        forumIds[f.id] = ++id;
        ICT_TRY(forum->bind(1, id));
        ICT_TRY(forum->bind(2, f.id));
        ICT_TRY(forum->bind(3, f.name));
        ICT_TRY(forum->bind(4, f.parent ? std::optional<std::int64_t>(forumIds.at(*f.parent)) : std::nullopt));
        ICT_TRY(forum->bind(5, f.symbolPrefix));
        ICT_TRY(forum->run());
    }
    auto topic = db.prepare("INSERT INTO topic (id, slug, name) VALUES (?1, ?2, ?3)");
    if (!topic) {
        return topic.error();
    }
    id = 0;
    for (const TopicRecord &t : data.topics) {
        topicIds[t.id] = ++id;
        ICT_TRY(topic->bind(1, id));
        ICT_TRY(topic->bind(2, t.id));
        ICT_TRY(topic->bind(3, t.name));
        ICT_TRY(topic->run());
    }
    auto actor = db.prepare("INSERT INTO actor (code, name, type) VALUES (?1, ?2, ?3)");
    if (!actor) {
        return actor.error();
    }
    for (const ActorRecord &a : data.actors) {
        ICT_TRY(actor->bind(1, a.id));
        ICT_TRY(actor->bind(2, a.name));
        ICT_TRY(actor->bind(3, a.type));
        ICT_TRY(actor->run());
    }
    return {};
}

Result<void> insertSources(sql::Database &db, const CuratedData &data, std::map<std::string, std::int64_t> &sourceIds)
{
    auto stmt = db.prepare(
        "INSERT INTO source (id, slug, kind, title, title_reconstructed, author, author_attributed, outlet, date_edtf, "
        "url, symbol, language, genre, text, sha256, attribution) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (!stmt) {
        return stmt.error();
    }
    std::int64_t id = 0;
    for (const SourceRecord &s : data.sources) {
        sourceIds[s.id] = ++id;
        ICT_TRY(stmt->bind(1, id));
        ICT_TRY(stmt->bind(2, s.id));
        ICT_TRY(stmt->bind(3, s.kind));
        ICT_TRY(stmt->bind(4, s.title));
        ICT_TRY(stmt->bind(5, std::int64_t{s.titleReconstructed}));
        ICT_TRY(stmt->bind(6, s.author));
        ICT_TRY(stmt->bind(7, std::int64_t{s.authorAttributed}));
        ICT_TRY(stmt->bind(8, s.outlet));
        ICT_TRY(stmt->bind(9, s.date));
        ICT_TRY(stmt->bind(10, s.url));
        ICT_TRY(stmt->bind(11, s.symbol));
        ICT_TRY(stmt->bind(12, s.language));
        ICT_TRY(stmt->bind(13, s.genre));
        ICT_TRY(stmt->bind(14, s.text));
        ICT_TRY(stmt->bind(15, s.sha256));
        ICT_TRY(stmt->bind(16, s.attribution));
        ICT_TRY(stmt->run());
    }
    return {};
}

struct EventStatements {
    sql::Statement event, topic, actor, citation, vote, relation;
};

Result<EventStatements> prepareEventStatements(sql::Database &db)
{
    auto event = db.prepare("INSERT INTO event (id, slug, title, summary, start_edtf, end_edtf, start_earliest, "
                            "start_latest, end_earliest, end_latest, kind, forum_id, status, note) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    auto topic = db.prepare("INSERT INTO event_topic (event_id, topic_id, position) VALUES (?1, ?2, ?3)");
    auto actor = db.prepare("INSERT INTO event_actor (event_id, actor_code, role) VALUES (?1, ?2, ?3)");
    auto citation = db.prepare("INSERT INTO citation (event_id, position, symbol, url, source_id, language, pinpoint) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto vote = db.prepare("INSERT INTO vote (event_id, stage, in_favour, against, abstaining, without_vote, document, "
                           "position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    auto relation = db.prepare("INSERT OR IGNORE INTO event_relation (event_id, related_id) VALUES (?1, ?2)");
    for (auto *r : {&event, &topic, &actor, &citation, &vote, &relation}) {
        if (!*r) {
            return r->error();
        }
    }
    return EventStatements{std::move(*event), std::move(*topic), std::move(*actor), std::move(*citation),
                           std::move(*vote), std::move(*relation)};
}

Result<void> insertEvents(sql::Database &db, const CuratedData &data, const std::map<std::string, std::int64_t> &forumIds,
                          const std::map<std::string, std::int64_t> &topicIds,
                          const std::map<std::string, std::int64_t> &sourceIds,
                          std::map<std::string, std::int64_t> &eventIds)
{
    auto prepared = prepareEventStatements(db);
    if (!prepared) {
        return prepared.error();
    }
    EventStatements &s = *prepared;
    std::int64_t id = 0;
    for (const EventRecord &e : data.events) {
        eventIds[e.id] = ++id;
    }
    for (const EventRecord &e : data.events) {
        const std::int64_t eid = eventIds.at(e.id);
        const Edtf &d = e.dates;
        ICT_TRY(s.event.bind(1, eid));
        ICT_TRY(s.event.bind(2, e.id));
        ICT_TRY(s.event.bind(3, e.title));
        ICT_TRY(s.event.bind(4, e.summary));
        ICT_TRY(s.event.bind(5, e.start));
        ICT_TRY(s.event.bind(6, e.end));
        ICT_TRY(s.event.bind(7, d.earliest()));
        ICT_TRY(s.event.bind(8, d.startKind == EndKind::Date ? d.start.latest : d.earliest()));
        ICT_TRY(s.event.bind(9, d.endKind == EndKind::Date ? d.end.earliest : d.latest()));
        ICT_TRY(s.event.bind(10, d.latest()));
        ICT_TRY(s.event.bind(11, e.kind));
        ICT_TRY(s.event.bind(12, forumIds.at(e.forum)));
        ICT_TRY(s.event.bind(13, e.status));
        ICT_TRY(s.event.bind(14, e.note));
        ICT_TRY(s.event.run());
        std::int64_t position = 0;
        for (const std::string &t : e.topics) {
            ICT_TRY(s.topic.bind(1, eid));
            ICT_TRY(s.topic.bind(2, topicIds.at(t)));
            ICT_TRY(s.topic.bind(3, position++));
            ICT_TRY(s.topic.run());
        }
        for (const ActorLink &a : e.actors) {
            ICT_TRY(s.actor.bind(1, eid));
            ICT_TRY(s.actor.bind(2, a.actor));
            ICT_TRY(s.actor.bind(3, a.role));
            ICT_TRY(s.actor.run());
        }
        position = 0;
        for (const CitationRecord &c : e.citations) {
            ICT_TRY(s.citation.bind(1, eid));
            ICT_TRY(s.citation.bind(2, position++));
            ICT_TRY(s.citation.bind(3, c.symbol));
            ICT_TRY(s.citation.bind(4, c.url));
            ICT_TRY(s.citation.bind(5, c.source ? std::optional<std::int64_t>(sourceIds.at(*c.source)) : std::nullopt));
            ICT_TRY(s.citation.bind(6, c.symbol ? std::optional<std::string>(c.language.value_or("en")) : c.language));
            ICT_TRY(s.citation.bind(7, c.pinpoint));
            ICT_TRY(s.citation.run());
        }
        position = 0;
        for (const VoteRecord &v : e.votes) {
            ICT_TRY(s.vote.bind(1, eid));
            ICT_TRY(s.vote.bind(2, v.stage));
            ICT_TRY(s.vote.bind(3, v.inFavour));
            ICT_TRY(s.vote.bind(4, v.against));
            ICT_TRY(s.vote.bind(5, v.abstaining));
            ICT_TRY(s.vote.bind(6, std::int64_t{v.withoutVote}));
            ICT_TRY(s.vote.bind(7, v.document));
            ICT_TRY(s.vote.bind(8, position++));
            ICT_TRY(s.vote.run());
        }
    }
    // Relations point forwards as well as backwards, so they go in once every
    // event exists (foreign keys are checked row by row).
    for (const EventRecord &e : data.events) {
        for (const std::string &r : e.related) {
            ICT_TRY(s.relation.bind(1, eventIds.at(e.id)));
            ICT_TRY(s.relation.bind(2, eventIds.at(r)));
            ICT_TRY(s.relation.run());
        }
    }
    return {};
}

Result<void> insertPassages(sql::Database &db, const CuratedData &data,
                            const std::map<std::string, std::int64_t> &sourceIds,
                            const std::map<std::string, std::int64_t> &eventIds)
{
    auto passage = db.prepare("INSERT INTO passage (id, slug, source_id, start_offset, end_offset, exact, prefix, "
                              "suffix, label, status, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    auto link = db.prepare("INSERT INTO event_passage (event_id, passage_id, relation) VALUES (?1, ?2, ?3)");
    if (!passage) {
        return passage.error();
    }
    if (!link) {
        return link.error();
    }
    std::int64_t id = 0;
    for (const PassageRecord &p : data.passages) {
        ++id;
        ICT_TRY(passage->bind(1, id));
        ICT_TRY(passage->bind(2, p.id));
        ICT_TRY(passage->bind(3, sourceIds.at(p.source)));
        ICT_TRY(passage->bind(4, p.start));
        ICT_TRY(passage->bind(5, p.end));
        ICT_TRY(passage->bind(6, p.exact));
        ICT_TRY(passage->bind(7, p.prefix));
        ICT_TRY(passage->bind(8, p.suffix));
        ICT_TRY(passage->bind(9, p.label));
        ICT_TRY(passage->bind(10, p.status));
        ICT_TRY(passage->bind(11, p.note));
        ICT_TRY(passage->run());
        for (const PassageLink &l : p.links) {
            ICT_TRY(link->bind(1, eventIds.at(l.event)));
            ICT_TRY(link->bind(2, id));
            ICT_TRY(link->bind(3, l.relation));
            ICT_TRY(link->run());
        }
    }
    return {};
}

Result<void> insertMeta(sql::Database &db, const CuratedData &data, const std::string &builtAt,
                        const std::string &generator)
{
    auto stmt = db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    const std::pair<const char *, std::string> rows[] = {
        {"schema_version", std::to_string(kSchemaVersion)},
        {"data_version", data.contentHash.substr(0, 12)},
        {"built_at", builtAt},
        {"generator", generator},
    };
    for (const auto &[key, value] : rows) {
        ICT_TRY(stmt->bind(1, std::string_view(key)));
        ICT_TRY(stmt->bind(2, value));
        ICT_TRY(stmt->run());
    }
    return {};
}

Result<void> writeInto(const std::string &path, const CuratedData &data, const std::string &builtAt,
                       const std::string &generator)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    if (!db) {
        return db.error();
    }
    // One transaction: fast, and all or nothing. The journal stays in memory
    // because the file is thrown away on any failure anyway.
    ICT_TRY(db->exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"));
    ICT_TRY(db->exec(kSchemaSql));
    ICT_TRY(db->exec("BEGIN"));
    std::map<std::string, std::int64_t> forumIds, topicIds, sourceIds, eventIds;
    ICT_TRY(insertTaxonomy(*db, data, forumIds, topicIds));
    ICT_TRY(insertSources(*db, data, sourceIds));
    ICT_TRY(insertEvents(*db, data, forumIds, topicIds, sourceIds, eventIds));
    ICT_TRY(insertPassages(*db, data, sourceIds, eventIds));
    ICT_TRY(insertMeta(*db, data, builtAt, generator));
    ICT_TRY(db->exec("INSERT INTO event_fts(event_fts) VALUES ('rebuild');"
                     "INSERT INTO passage_fts(passage_fts) VALUES ('rebuild');"
                     "INSERT INTO source_fts(source_fts) VALUES ('rebuild');"));
    ICT_TRY(db->exec("COMMIT"));
    auto violations = db->prepare("PRAGMA foreign_key_check");
    if (!violations) {
        return violations.error();
    }
    if (auto row = violations->step(); !row || *row) {
        return makeError(ErrorCode::InvalidData, "the built database has rows that refer to missing rows");
    }
    return {};
}

} // namespace

Result<void> writeDatabase(const CuratedData &data, const std::string &outPath, const std::string &builtAt,
                           const std::string &generator)
{
    const std::string tmp = outPath + ".tmp";
    std::error_code ec;
    fs::remove(tmp, ec);
    if (const fs::path parent = fs::path(outPath).parent_path(); !parent.empty()) {
        fs::create_directories(parent, ec);
    }
    Result<void> written;
    try {
        written = writeInto(tmp, data, builtAt, generator);
    } catch (const std::exception &e) {
        // Only data that skipped validate() can get here (an unknown slug
        // makes a map lookup throw); it must still leave no file behind.
        written = makeError(ErrorCode::InvalidData, std::string("cannot build the database: ") + e.what());
    }
    if (!written) {
        fs::remove(tmp, ec);
        return written.error();
    }
    fs::rename(tmp, outPath, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return makeError(ErrorCode::Io, "cannot move the new database into place at " + outPath + ": " + ec.message());
    }
    return {};
}

} // namespace ict::core::curation
