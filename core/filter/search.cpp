#include "core/filter/search.h"

#include "core/sqlite.h"
#include "core/timelinedatabase.h"

#include <QChar>
#include <QList>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <optional>

namespace ict::core::filter {

// ---- Query translation -------------------------------------------------------------

namespace {

Error queryError(const char *message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// Control characters (a NUL included) separate words like spaces do, so none
// of them reaches FTS5.
bool isSeparator(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7f;
}

// Whether the tokenizer will find a token in `text`: unicode61 makes tokens
// of letters and digits (and private-use characters) and drops the rest. A
// "word" without any (e.g. "!!!" or "/") would be an empty FTS5 phrase, which
// FTS5 silently ignores in some positions and not in others; such words are
// dropped here instead, predictably.
bool hasTokens(std::string_view text)
{
    const QString s = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    for (const auto code : s.toUcs4()) {
        const auto c = static_cast<char32_t>(code);
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse) {
            return true;
        }
    }
    return false;
}

struct Term {
    std::string_view text; // without quotes and prefix stars
    bool prefix = false;
    bool negated = false;
};

enum class ItemKind : std::uint8_t { Term, Or, And, Not };

struct Item {
    ItemKind kind = ItemKind::Term;
    Term term;
};

struct Lexed {
    std::vector<Item> items;
    bool droppedWordless = false; // a word or phrase without letters or digits was dropped
};

Result<Lexed> lex(std::string_view q)
{
    Lexed out;
    std::size_t i = 0;
    const std::size_t n = q.size();
    while (i < n) {
        if (isSeparator(q[i])) {
            ++i;
            continue;
        }
        Term term;
        if (q[i] == '-') {
            if (i + 1 >= n || isSeparator(q[i + 1])) {
                return queryError("a minus sign needs a word right after it, as in -protocol");
            }
            term.negated = true;
            ++i;
        }
        if (q[i] == '"') {
            const std::size_t close = q.find('"', i + 1);
            if (close == std::string_view::npos) {
                return queryError("unbalanced quotes: a phrase needs a closing \"");
            }
            term.text = q.substr(i + 1, close - i - 1);
            i = close + 1;
            // "Budapest Conv"* : FTS5 allows a prefix on a phrase's last word.
            while (i < n && q[i] == '*') {
                term.prefix = true;
                ++i;
            }
        } else {
            const std::size_t start = i;
            while (i < n && !isSeparator(q[i]) && q[i] != '"') {
                ++i;
            }
            std::string_view word = q.substr(start, i - start);
            if (!term.negated) {
                // Operators only in capitals, as FTS5 and web search engines
                // have them: "or" and "not" stay words.
                if (word == "OR" || word == "AND" || word == "NOT") {
                    out.items.push_back({word == "OR" ? ItemKind::Or
                            : word == "AND"           ? ItemKind::And
                                                      : ItemKind::Not,
                        {}});
                    continue;
                }
            }
            while (!word.empty() && word.back() == '*') {
                word.remove_suffix(1);
                term.prefix = true;
            }
            term.text = word;
        }
        if (!hasTokens(term.text)) {
            out.droppedWordless = true;
            continue;
        }
        out.items.push_back({ItemKind::Term, term});
    }
    return out;
}

void appendString(std::string &out, const Term &t)
{
    // An FTS5 string: everything inside is text for the tokenizer; the only
    // special character is the quote itself, escaped by doubling.
    out += '"';
    for (char c : t.text) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    if (t.prefix) {
        out += '*';
    }
}

} // namespace

Result<std::string> translateQuery(std::string_view userQuery)
{
    auto lexed = lex(userQuery);
    if (!lexed) {
        return lexed.error();
    }
    if (lexed->items.empty()) {
        return queryError(lexed->droppedWordless ? "the query has no words" : "the query is empty");
    }

    // Groups of alternatives (OR), all required (AND); exclusions apart.
    std::vector<std::vector<Term>> groups;
    std::vector<Term> excluded;
    enum class Prev : std::uint8_t { Start, Positive, Negative, Or, And, Not } prev = Prev::Start;
    constexpr const char *kOrMessage = "OR needs a word on each side";
    constexpr const char *kAndMessage = "AND needs a word on each side";
    constexpr const char *kNotMessage = "NOT needs a word after it";
    for (const Item &item : lexed->items) {
        switch (item.kind) {
        case ItemKind::Term: {
            Term t = item.term;
            if (prev == Prev::Not) {
                if (t.negated) {
                    return queryError(kNotMessage);
                }
                t.negated = true;
            }
            if (t.negated) {
                if (prev == Prev::Or) {
                    return queryError(kOrMessage);
                }
                excluded.push_back(t);
                prev = Prev::Negative;
            } else {
                if (prev == Prev::Or) {
                    groups.back().push_back(t);
                } else {
                    groups.push_back({t});
                }
                prev = Prev::Positive;
            }
            break;
        }
        case ItemKind::Or:
            if (prev != Prev::Positive) {
                return queryError(kOrMessage);
            }
            prev = Prev::Or;
            break;
        case ItemKind::And:
            if (prev != Prev::Positive && prev != Prev::Negative) {
                return queryError(kAndMessage);
            }
            prev = Prev::And;
            break;
        case ItemKind::Not:
            if (prev == Prev::Or) {
                return queryError(kOrMessage);
            }
            if (prev == Prev::Not) {
                return queryError(kNotMessage);
            }
            prev = Prev::Not;
            break;
        }
    }
    if (prev == Prev::Or) {
        return queryError(kOrMessage);
    }
    if (prev == Prev::And) {
        return queryError(kAndMessage);
    }
    if (prev == Prev::Not) {
        return queryError(kNotMessage);
    }
    if (groups.empty()) {
        // FTS5's NOT is binary: there is nothing to subtract from.
        return queryError("the query only excludes words: add a word to look for");
    }

    // Fully parenthesized, so FTS5's precedence (NOT > AND > OR) never
    // decides anything.
    std::string fts;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (g > 0) {
            fts += " AND ";
        }
        fts += '(';
        for (std::size_t k = 0; k < groups[g].size(); ++k) {
            if (k > 0) {
                fts += " OR ";
            }
            appendString(fts, groups[g][k]);
        }
        fts += ')';
    }
    if (!excluded.empty()) {
        fts = '(' + fts + ") NOT (";
        for (std::size_t k = 0; k < excluded.size(); ++k) {
            if (k > 0) {
                fts += " OR ";
            }
            appendString(fts, excluded[k]);
        }
        fts += ')';
    }
    return fts;
}

QString snippetToHtml(std::string_view snippet)
{
    QString html = QString::fromUtf8(snippet.data(), static_cast<qsizetype>(snippet.size())).toHtmlEscaped();
    html.replace(QChar(static_cast<char16_t>(kSnippetOpen)), QStringLiteral("<b>"));
    html.replace(QChar(static_cast<char16_t>(kSnippetClose)), QStringLiteral("</b>"));
    return html;
}

// ---- SearchIndex ----------------------------------------------------------------------

namespace {

// How many matches of one kind are ranked with bm25. bm25 costs a pass over
// every match of every phrase (for its idf) plus about a microsecond per
// matching row, so "ORDER BY rank LIMIT" alone takes hundreds of
// milliseconds for a word found in a third of a million events. Above this
// many matches, the newest rankWindow matches (highest row ids) are ranked
// with ict_rank instead, which keeps a one-word search at a million events
// within a few milliseconds.
constexpr std::int64_t kDefaultRankWindow = 4000;

// bm25 without its idf factor: per column, a saturating function of the
// hits, normalized by the column's length against its average, times the
// column's weight (the function's arguments). It needs no pass over all
// matches, so ranking a window of matches costs only that window. Within a
// window the query is common by construction, so idf would differ little
// between its phrases anyway.
void ictRank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *out, int argc, sqlite3_value **argv)
{
    constexpr int kMaxColumns = 8;
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    struct Averages {
        double length[kMaxColumns];
    };
    auto *averages = static_cast<Averages *>(api->xGetAuxdata(fts, 0));
    const int columns = std::min(api->xColumnCount(fts), kMaxColumns);
    if (!averages) {
        averages = static_cast<Averages *>(sqlite3_malloc(sizeof(Averages)));
        if (!averages) {
            sqlite3_result_error_nomem(out);
            return;
        }
        sqlite3_int64 rows = 0;
        api->xRowCount(fts, &rows);
        for (int c = 0; c < kMaxColumns; ++c) {
            sqlite3_int64 total = 0;
            if (c < columns) {
                api->xColumnTotalSize(fts, c, &total);
            }
            averages->length[c] = rows > 0 && total > 0 ? static_cast<double>(total) / static_cast<double>(rows) : 1.0;
        }
        if (api->xSetAuxdata(fts, averages, sqlite3_free) != SQLITE_OK) {
            sqlite3_result_error_nomem(out);
            return;
        }
    }
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(out, "ict_rank: cannot read the matches", -1);
        return;
    }
    double hits[kMaxColumns] = {};
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column >= 0 && column < kMaxColumns) {
            hits[column] += 1.0;
        }
    }
    double score = 0.0;
    for (int c = 0; c < columns; ++c) {
        if (hits[c] == 0.0) {
            continue;
        }
        int length = 0;
        api->xColumnSize(fts, c, &length);
        const double weight = c < argc ? sqlite3_value_double(argv[c]) : 1.0;
        const double norm = 1.0 - b + b * static_cast<double>(length) / averages->length[c];
        score += weight * hits[c] * (k1 + 1.0) / (hits[c] + k1 * norm);
    }
    sqlite3_result_double(out, -score); // like bm25: lower is better
}

Result<void> registerRankFunction(sql::Database &db)
{
    // The documented way to reach FTS5's C API: pass a pointer to fts5(?1).
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (!api || api->iVersion < 2) {
        return makeError(ErrorCode::Sqlite, "this SQLite library has no full-text search (FTS5)");
    }
    if (api->xCreateFunction(api, "ict_rank", nullptr, &ictRank, nullptr) != SQLITE_OK) {
        return makeError(ErrorCode::Sqlite, "cannot register the search ranking function");
    }
    return {};
}

// The queries of one FTS5 table:
//  - probe: the rankWindow-th newest match, and whether there is one more;
//  - ranked: every match by bm25 (few matches);
//  - window: the matches from row id ?3 on, by ict_rank (many matches);
//  - title: the title a hit is listed under, by row id (none for events,
//    whose titles are in the Dataset).
// `ORDER BY rank LIMIT` lets FTS5 keep only the top rows while it scores, and
// snippet() then runs for the returned rows alone. `rank MATCH '...'` sets
// the ranking function and per-column weights for the query: a title match
// counts ten times a summary or text match.
struct TableSql {
    HitKind kind;
    std::string probe, ranked, window;
    const char *title = nullptr;
};

TableSql tableSql(HitKind kind, const char *table, const char *snippetColumn, int snippetTokens, const char *weights,
    const char *titleSql)
{
    const std::string t = table;
    const std::string columns = "SELECT rowid, snippet(" + t + ", " + snippetColumn + ", char(1), char(2), '…', "
        + std::to_string(snippetTokens) + "), rank FROM " + t + " WHERE " + t + " MATCH ?1 ";
    return TableSql {kind, "SELECT rowid FROM " + t + " WHERE " + t + " MATCH ?1 ORDER BY rowid DESC LIMIT 2 OFFSET ?2",
        columns + "AND rank MATCH 'bm25(" + weights + ")' ORDER BY rank LIMIT ?2",
        columns + "AND rank MATCH 'ict_rank(" + weights + ")' AND rowid >= ?3 ORDER BY rank LIMIT ?2", titleSql};
}

// Resets a statement when a search leaves it, on every path, so no read
// transaction stays open between searches.
class ResetOnExit {
public:
    explicit ResetOnExit(sql::Statement &s)
        : m_statement(s)
    {
    }
    ResetOnExit(const ResetOnExit &) = delete;
    ResetOnExit &operator=(const ResetOnExit &) = delete;
    ~ResetOnExit() { m_statement.reset(); }

private:
    sql::Statement &m_statement;
};

// translateQuery only emits valid FTS5, so an FTS5 error is not the user's
// doing; still, never show FTS5's own syntax messages as such.
Error searchError(Error e)
{
    if (e.message.find("fts5") != std::string::npos) {
        e.code = ErrorCode::InvalidArgument;
        e.message = "the search could not be run (" + e.message + ")";
    }
    return e;
}

} // namespace

struct SearchIndex::Impl {
    struct Table {
        HitKind kind;
        sql::Statement probe, ranked, window;
        std::optional<sql::Statement> title; // passages and sources: the source's title by row id
    };

    sql::Database db;
    const Dataset *dataset = nullptr;
    std::vector<Table> tables; // events, passages, sources: the order of the hits
    SearchSummary summary;
    std::int64_t rankWindow = kDefaultRankWindow;

    Impl(sql::Database d, const Dataset *ds)
        : db(std::move(d))
        , dataset(ds)
    {
    }

    Result<void> run(Table &table, const std::string &fts, std::int64_t limit, std::vector<SearchHit> &out,
        SearchSummary::Kind &summaryOut);
};

Result<void> SearchIndex::Impl::run(Table &table, const std::string &fts, std::int64_t limit,
    std::vector<SearchHit> &out, SearchSummary::Kind &summaryOut)
{
    // Probe: the rankWindow-th newest match, and whether more follow.
    std::optional<std::int64_t> windowStart;
    {
        ResetOnExit resetOnExit(table.probe);
        ICT_TRY(table.probe.bind(1, fts));
        ICT_TRY(table.probe.bind(2, rankWindow - 1));
        auto row = table.probe.step();
        if (!row) {
            return searchError(row.error());
        }
        if (*row) {
            const std::int64_t kth = table.probe.int64(0);
            auto more = table.probe.step();
            if (!more) {
                return searchError(more.error());
            }
            if (*more) {
                windowStart = kth;
            }
        }
    }
    summaryOut.rankedAll = !windowStart;

    sql::Statement &statement = windowStart ? table.window : table.ranked;
    ResetOnExit resetOnExit(statement);
    ICT_TRY(statement.bind(1, fts));
    ICT_TRY(statement.bind(2, limit));
    if (windowStart) {
        ICT_TRY(statement.bind(3, *windowStart));
    }
    while (true) {
        auto row = statement.step();
        if (!row) {
            return searchError(row.error());
        }
        if (!*row) {
            break;
        }
        SearchHit hit;
        hit.kind = table.kind;
        hit.id = statement.int64(0);
        if (table.kind == HitKind::Event) {
            const auto index = dataset->findByRowId(hit.id);
            if (!index) {
                continue; // not loaded (cannot happen for a consistent file)
            }
            hit.id = *index;
            hit.title = dataset->title(*index);
        } else if (table.title) {
            ResetOnExit resetTitle(*table.title);
            ICT_TRY(table.title->bind(1, hit.id));
            auto found = table.title->step();
            if (!found) {
                return searchError(found.error());
            }
            if (*found) {
                hit.title = table.title->text(0);
            }
        }
        hit.snippet = statement.text(1);
        hit.rank = statement.real(2);
        out.push_back(std::move(hit));
        ++summaryOut.hits;
    }
    return {};
}

Result<SearchIndex> SearchIndex::open(const std::string &path, const Dataset &dataset)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadOnly);
    if (!db) {
        return db.error();
    }
    for (const char *table : {"event_fts", "passage_fts", "source_fts"}) {
        if (!db->hasTable(table)) {
            return makeError(
                ErrorCode::SchemaInvalid, path + " has no search index (table '" + table + "' is missing)");
        }
    }
    ICT_TRY(registerRankFunction(*db));
    auto impl = std::make_unique<Impl>(std::move(*db), &dataset);
    const TableSql tables[] = {
        tableSql(HitKind::Event, "event_fts", "-1", 12, "10.0, 1.0", nullptr),
        tableSql(HitKind::Passage, "passage_fts", "0", 16, "1.0",
            "SELECT s.title FROM passage p JOIN source s ON s.id = p.source_id WHERE p.id = ?1"),
        tableSql(HitKind::Source, "source_fts", "-1", 16, "10.0, 1.0", "SELECT title FROM source WHERE id = ?1"),
    };
    for (const TableSql &t : tables) {
        auto probe = impl->db.prepare(t.probe);
        if (!probe) {
            return probe.error();
        }
        auto ranked = impl->db.prepare(t.ranked);
        if (!ranked) {
            return ranked.error();
        }
        auto window = impl->db.prepare(t.window);
        if (!window) {
            return window.error();
        }
        std::optional<sql::Statement> title;
        if (t.title) {
            auto prepared = impl->db.prepare(t.title);
            if (!prepared) {
                return prepared.error();
            }
            title = std::move(*prepared);
        }
        impl->tables.push_back(
            Impl::Table {t.kind, std::move(*probe), std::move(*ranked), std::move(*window), std::move(title)});
    }
    return SearchIndex(std::move(impl));
}

Result<SearchIndex> SearchIndex::open(const TimelineDatabase &db)
{
    return open(db.path(), db.dataset());
}

SearchIndex::SearchIndex(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}
SearchIndex::SearchIndex(SearchIndex &&) noexcept = default;
SearchIndex &SearchIndex::operator=(SearchIndex &&) noexcept = default;
SearchIndex::~SearchIndex() = default;

Result<std::vector<SearchHit>> SearchIndex::search(const std::string &userQuery, std::size_t limit)
{
    m_impl->summary = {};
    auto fts = translateQuery(userQuery);
    if (!fts) {
        return fts.error();
    }
    std::vector<SearchHit> hits;
    if (limit == 0) {
        return hits;
    }
    const auto cap = static_cast<std::int64_t>(
        std::min<std::size_t>(limit, static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())));
    SearchSummary summary;
    for (Impl::Table &table : m_impl->tables) {
        ICT_TRY(m_impl->run(table, *fts, cap, hits, summary.of(table.kind)));
    }
    m_impl->summary = summary;
    return hits;
}

const SearchSummary &SearchIndex::lastSummary() const
{
    return m_impl->summary;
}

std::int64_t SearchIndex::rankWindow() const
{
    return m_impl->rankWindow;
}

void SearchIndex::setRankWindow(std::int64_t matches)
{
    m_impl->rankWindow = std::max<std::int64_t>(1, matches);
}

} // namespace ict::core::filter
