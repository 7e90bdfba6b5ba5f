#include "core/eventloader.h"

#include "core/edtf.h"
#include "core/sqlite.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

namespace ict::core::loader {

namespace {

DayNumber today()
{
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return now.time_since_epoch().count();
}

std::uint8_t flagsOf(const Edtf &d)
{
    std::uint8_t f = 0;
    if (d.isInterval) {
        f |= DateFlag::Interval;
    }
    if (d.startKind == EndKind::Date) {
        if (d.start.approximate) {
            f |= DateFlag::StartApproximate;
        }
        if (d.start.uncertain) {
            f |= DateFlag::StartUncertain;
        }
        if (d.start.precision != DatePrecision::Day || d.start.unspecifiedDigits) {
            f |= DateFlag::ImpreciseStart;
        }
    }
    if (d.endKind != EndKind::Date) {
        f |= DateFlag::OpenEnd;
    } else if (d.isInterval) {
        if (d.end.approximate) {
            f |= DateFlag::EndApproximate;
        }
        if (d.end.uncertain) {
            f |= DateFlag::EndUncertain;
        }
        if (d.end.precision != DatePrecision::Day || d.end.unspecifiedDigits) {
            f |= DateFlag::ImpreciseEnd;
        }
    }
    return f;
}

// What the loader does with one event row once it is read: parse its dates,
// check the order, map kind, status and forum, append it to the Dataset.
class EventBuilder {
public:
    EventBuilder(Dataset &dataset, const std::string &path, std::vector<std::int64_t> forumIndexById)
        : m_dataset(dataset)
        , m_path(path)
        , m_forumIndexById(std::move(forumIndexById))
        , m_today(today())
    {
    }

    struct Row {
        std::int64_t rowId = 0;
        std::string_view slug, title, startText, endText;
        bool endIsNull = true;
        std::optional<EventKind> kind;
        std::optional<Verification> status;
        std::int64_t forumId = 0;
    };

    Result<void> add(const Row &row)
    {
        Dataset::EventRecord r;
        r.rowId = row.rowId;
        r.slug = row.slug;
        r.title = row.title;
        r.startText = row.startText;
        r.endText = row.endText;
        auto dates = row.endIsNull ? parseEdtf(r.startText) : parseEdtfInterval(r.startText, r.endText);
        if (!dates) {
            return makeError(ErrorCode::InvalidData, m_path + ": event '" + std::string(r.slug)
                                                         + "' has an invalid date: " + dates.error().message);
        }
        r.flags = flagsOf(*dates);
        // An unknown start is drawn from its end; an open or unknown end up to today.
        r.start = dates->startKind == EndKind::Date ? dates->start.earliest : dates->end.earliest;
        r.end = dates->endKind == EndKind::Date ? dates->end.latest : std::max(r.start, m_today);
        if (r.start < m_previousStart) {
            return makeError(ErrorCode::InvalidData, m_path + ": event '" + std::string(r.slug)
                                                         + "': its stored day bounds do not match its dates");
        }
        m_previousStart = r.start;
        const auto forumId = row.forumId;
        if (!row.kind || !row.status || forumId < 0 || static_cast<std::size_t>(forumId) >= m_forumIndexById.size()
            || m_forumIndexById[static_cast<std::size_t>(forumId)] < 0) {
            return makeError(ErrorCode::InvalidData,
                             m_path + ": event '" + std::string(r.slug) + "' has an unknown kind, status or forum");
        }
        r.kind = *row.kind;
        r.status = *row.status;
        r.forum = static_cast<std::uint16_t>(m_forumIndexById[static_cast<std::size_t>(forumId)]);
        m_dataset.append(r);
        return {};
    }

private:
    Dataset &m_dataset;
    const std::string &m_path;
    std::vector<std::int64_t> m_forumIndexById;
    DayNumber m_today;
    DayNumber m_previousStart = kMinDay;
};

// Event rows as SQLite returned them, copied out of its buffers so that a
// second thread can build the Dataset from them while SQLite reads on.
struct RowBatch {
    static constexpr std::size_t kRows = 4096;
    struct Row {
        std::int64_t rowId = 0;
        std::int64_t forumId = 0;
        std::uint32_t textEnd[4] = {}; // where slug, title, start and end end in `text`
        bool endIsNull = true;
        std::optional<EventKind> kind;
        std::optional<Verification> status;
    };
    std::vector<Row> rows;
    std::string text;

    void clear()
    {
        rows.clear();
        text.clear();
    }
    EventBuilder::Row at(std::size_t i) const
    {
        const Row &r = rows[i];
        const std::string_view all(text);
        const std::uint32_t begin = i == 0 ? 0 : rows[i - 1].textEnd[3];
        EventBuilder::Row out;
        out.rowId = r.rowId;
        out.slug = all.substr(begin, r.textEnd[0] - begin);
        out.title = all.substr(r.textEnd[0], r.textEnd[1] - r.textEnd[0]);
        out.startText = all.substr(r.textEnd[1], r.textEnd[2] - r.textEnd[1]);
        out.endText = all.substr(r.textEnd[2], r.textEnd[3] - r.textEnd[2]);
        out.endIsNull = r.endIsNull;
        out.kind = r.kind;
        out.status = r.status;
        out.forumId = r.forumId;
        return out;
    }
};

// Full batches from the reading thread to the building one, empty ones
// back; a few in flight, reused, so the copies stay in warm memory.
class BatchQueue {
public:
    // A batch to fill, or nullptr once the builder gave up.
    std::unique_ptr<RowBatch> empty()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || !m_free.empty() || m_allocated < kInFlight; });
        if (m_aborted) {
            return nullptr;
        }
        if (!m_free.empty()) {
            auto batch = std::move(m_free.back());
            m_free.pop_back();
            return batch;
        }
        ++m_allocated;
        auto batch = std::make_unique<RowBatch>();
        batch->rows.reserve(RowBatch::kRows);
        return batch;
    }
    void push(std::unique_ptr<RowBatch> batch)
    {
        update([&] { m_full.push_back(std::move(batch)); });
    }
    // No more batches (also on every early return of the reader).
    void close()
    {
        update([this] { m_closed = true; });
    }
    // The next full batch; nullptr when closed and drained, or aborted.
    std::unique_ptr<RowBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_aborted || m_closed || !m_full.empty(); });
        if (m_aborted || m_full.empty()) {
            return nullptr;
        }
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        return batch;
    }
    void recycle(std::unique_ptr<RowBatch> batch)
    {
        batch->clear();
        update([&] { m_free.push_back(std::move(batch)); });
    }
    // Either side failed: the other stops at its next batch.
    void abort()
    {
        update([this] { m_aborted = true; });
    }

private:
    // Changes the state under the lock, then wakes both sides (outside it,
    // so a woken thread does not block on the mutex at once).
    template <typename Change> void update(Change change)
    {
        {
            const std::lock_guard lock(m_mutex);
            change();
        }
        m_changed.notify_all();
    }

    static constexpr int kInFlight = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_full;
    std::vector<std::unique_ptr<RowBatch>> m_free;
    int m_allocated = 0;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace

Result<void> loadEvents(sql::Database &db, const std::string &path, std::int64_t count, bool pipelined,
                        Dataset &dataset)
{
    // The text's size is left to an estimate (Dataset::reserve): summing
    // length() over the rows read every title twice and took a sixth of the
    // load at a million events.
    dataset.reserve(static_cast<std::size_t>(count), 0);

    // Forum ids are dense (1..n in file order) in databases we build; map
    // them through a table so any id scheme works.
    std::vector<std::int64_t> forumIndexById;
    {
        auto ids = db.prepare("SELECT id FROM forum ORDER BY id");
        if (!ids) {
            return ids.error();
        }
        std::uint16_t index = 0;
        ICT_TRY(ids->forEach([&](const sql::Statement &row) {
            const auto id = row.int64(0);
            if (id >= 0 && id < 1'000'000) {
                if (forumIndexById.size() <= static_cast<std::size_t>(id)) {
                    forumIndexById.resize(static_cast<std::size_t>(id) + 1, -1);
                }
                forumIndexById[static_cast<std::size_t>(id)] = index;
            }
            ++index;
        }));
    }
    EventBuilder builder(dataset, path, std::move(forumIndexById));

    auto stmt = db.prepare("SELECT id, slug, title, start_edtf, end_edtf, kind, forum_id, status FROM event "
                           "ORDER BY start_earliest, end_latest, id");
    if (!stmt) {
        return stmt.error();
    }
    const auto read = [&stmt]() {
        EventBuilder::Row row;
        row.rowId = stmt->int64(0);
        row.slug = stmt->text(1);
        row.title = stmt->text(2);
        row.startText = stmt->text(3);
        row.endText = stmt->text(4);
        row.endIsNull = stmt->isNull(4);
        row.kind = eventKindFromSlug(stmt->text(5));
        row.forumId = stmt->int64(6);
        row.status = verificationFromSlug(stmt->text(7));
        return row;
    };

    if (!pipelined) {
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                return {};
            }
            ICT_TRY(builder.add(read()));
        }
    }

    // Two threads: this one steps SQLite and copies each row into a batch;
    // the builder parses the dates and appends to the Dataset, whose first
    // writes to a fresh 200 MB are the slowest part of a load after SQLite's
    // own. SQLite's reading alone then sets the pace.
    BatchQueue queue;
    auto built = std::async(std::launch::async, [&queue, &builder]() -> Result<void> {
        try {
            while (auto batch = queue.pop()) {
                for (std::size_t i = 0; i < batch->rows.size(); ++i) {
                    if (auto added = builder.add(batch->at(i)); !added) {
                        queue.abort();
                        return added;
                    }
                }
                queue.recycle(std::move(batch));
            }
            return {};
        } catch (...) {
            // Out of memory, most likely: the reader must not wait for a
            // batch that will never come back; get() rethrows.
            queue.abort();
            throw;
        }
    });
    // Whatever happens below, the builder is told to stop before `built`
    // waits for it.
    struct Finish {
        BatchQueue &queue;
        ~Finish() { queue.close(); }
    } finish{queue};

    std::unique_ptr<RowBatch> batch;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            queue.abort();
            return row.error();
        }
        if (!*row) {
            break;
        }
        if (!batch && !(batch = queue.empty())) {
            break; // the builder failed: its error is returned below
        }
        const EventBuilder::Row r = read();
        RowBatch::Row copy;
        copy.rowId = r.rowId;
        copy.forumId = r.forumId;
        copy.endIsNull = r.endIsNull;
        copy.kind = r.kind;
        copy.status = r.status;
        std::uint32_t k = 0;
        for (const std::string_view text : {r.slug, r.title, r.startText, r.endText}) {
            batch->text.append(text);
            copy.textEnd[k++] = static_cast<std::uint32_t>(batch->text.size());
        }
        batch->rows.push_back(copy);
        if (batch->rows.size() == RowBatch::kRows) {
            queue.push(std::move(batch));
        }
    }
    if (batch && !batch->rows.empty()) {
        queue.push(std::move(batch));
    }
    queue.close();
    return built.get();
}

} // namespace ict::core::loader
