#pragma once

// An ICTimeline database file, opened read-only: the curated database the
// app ships, or one made by `ictimeline-db synth`. open() checks the schema
// and loads every event into a Dataset; the details of one event, its
// passages and their sources are read on demand with prepared statements.
// Every failure is an Error a person can act on; nothing here throws.

#include "core/dataset.h"
#include "core/evidence.h"
#include "core/result.h"

#include <memory>
#include <string>
#include <vector>

namespace ict::core {

class TimelineDatabase {
public:
    // Errors: FileNotFound, NotADatabase, SchemaTooNew, SchemaInvalid (a
    // required table is missing), InvalidData (a row with an invalid date,
    // named by its slug).
    static Result<TimelineDatabase> open(const std::string &path);

    TimelineDatabase(TimelineDatabase &&) noexcept;
    TimelineDatabase &operator=(TimelineDatabase &&) noexcept;
    ~TimelineDatabase();

    const std::string &path() const;
    const DatabaseMeta &meta() const;
    const Dataset &dataset() const;

    Result<EventDetails> details(EventIndex event) const;
    // The passages linked to an event, in source order, with their relation.
    Result<std::vector<PassageInfo>> passagesOf(EventIndex event) const;
    Result<PassageInfo> passage(std::string_view slug) const;
    Result<PassageInfo> passageById(std::int64_t id) const;
    // The events a passage is linked to, in time order.
    Result<std::vector<EventIndex>> eventsOf(std::int64_t passageId) const;
    // Every passage of a source, in text order (for marking them in the reader).
    Result<std::vector<PassageInfo>> passagesOfSource(std::int64_t sourceId) const;
    Result<SourceInfo> source(std::int64_t sourceId) const;
    Result<std::vector<std::int64_t>> sourceIds() const;
    Result<SourceInfo> source(std::string_view slug) const;

private:
    struct Impl;
    explicit TimelineDatabase(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace ict::core
