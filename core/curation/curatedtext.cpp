#include "core/curation/curatedtext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QString>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace ict::core::curation {

namespace fs = std::filesystem;

std::optional<std::u32string> codePointsFromUtf8(std::string_view utf8)
{
    const QString s = QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    // QString replaces invalid sequences with U+FFFD; a round trip that does
    // not give the same bytes means the input was not valid UTF-8.
    if (s.toUtf8() != QByteArrayView(utf8.data(), static_cast<qsizetype>(utf8.size()))) {
        return std::nullopt;
    }
    const QList<uint> ucs4 = s.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

std::string utf8FromCodePoints(std::u32string_view codePoints)
{
    return QString::fromUcs4(codePoints.data(), static_cast<qsizetype>(codePoints.size())).toUtf8().toStdString();
}

namespace {

std::optional<std::string> readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return std::move(ss).str();
}

// Files in `dir` ending in .jsonl, by name, relative to root.
std::vector<std::string> jsonlFilesIn(const fs::path &root, const std::string &dir, Diagnostics &diagnostics)
{
    std::vector<std::string> files;
    std::error_code ec;
    if (!fs::is_directory(root / dir, ec)) {
        diagnostics.push_back({{dir, 0}, "missing directory"});
        return files;
    }
    for (const auto &entry : fs::directory_iterator(root / dir, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".jsonl") {
            files.push_back(dir + "/" + entry.path().filename().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string idOf(const JsonLine &line)
{
    return FieldReader::stringIn(line.object, "id").value_or("?");
}

void readForums(const fs::path &root, CuratedData &data, Diagnostics &d)
{
    for (const JsonLine &line : readJsonLines(root, "forums.jsonl", d)) {
        FieldReader r(line, "forum '" + idOf(line) + "'", d);
        r.rejectUnknownKeys(line.object, {"id", "name", "parent", "symbol_prefix"});
        data.forums.push_back(
            {line.where, r.requiredString("id"), r.requiredString("name"), r.optionalString("parent"),
             r.optionalString("symbol_prefix")});
    }
}

void readTopics(const fs::path &root, CuratedData &data, Diagnostics &d)
{
    for (const JsonLine &line : readJsonLines(root, "topics.jsonl", d)) {
        FieldReader r(line, "topic '" + idOf(line) + "'", d);
        r.rejectUnknownKeys(line.object, {"id", "name"});
        data.topics.push_back({line.where, r.requiredString("id"), r.requiredString("name")});
    }
}

void readActors(const fs::path &root, CuratedData &data, Diagnostics &d)
{
    for (const JsonLine &line : readJsonLines(root, "actors.jsonl", d)) {
        FieldReader r(line, "actor '" + idOf(line) + "'", d);
        r.rejectUnknownKeys(line.object, {"id", "name", "type"});
        data.actors.push_back({line.where, r.requiredString("id"), r.requiredString("name"), r.requiredString("type")});
    }
}

void readSources(const fs::path &root, CuratedData &data, Diagnostics &d)
{
    for (const JsonLine &line : readJsonLines(root, "sources.jsonl", d)) {
        FieldReader r(line, "source '" + idOf(line) + "'", d);
        r.rejectUnknownKeys(line.object, {"id", "kind", "title", "title_reconstructed", "author", "author_attributed",
                                          "outlet", "date", "url", "symbol", "language", "genre", "file", "sha256",
                                          "attribution"});
        SourceRecord s;
        s.where = line.where;
        s.id = r.requiredString("id");
        s.kind = r.requiredString("kind");
        s.title = r.requiredString("title");
        s.titleReconstructed = r.optionalBool("title_reconstructed", false);
        s.author = r.optionalString("author");
        s.authorAttributed = r.optionalBool("author_attributed", false);
        s.outlet = r.optionalString("outlet");
        s.date = r.optionalString("date");
        s.url = r.optionalString("url");
        s.symbol = r.optionalString("symbol");
        s.language = r.optionalString("language");
        s.genre = r.optionalString("genre");
        s.attribution = r.optionalString("attribution");
        s.file = r.requiredString("file");
        s.sha256 = r.requiredString("sha256");
        if (!s.file.empty()) {
            if (auto text = readFile(root / s.file)) {
                s.text = std::move(*text);
                if (auto cps = codePointsFromUtf8(s.text)) {
                    s.codePoints = std::move(*cps);
                } else {
                    r.error("file '" + s.file + "' is not valid UTF-8");
                }
            } else {
                r.error("cannot read file '" + s.file + "'");
            }
        }
        data.sources.push_back(std::move(s));
    }
}

void readEvents(const fs::path &root, CuratedData &data, Diagnostics &d)
{
    for (const std::string &file : jsonlFilesIn(root, "events", d)) {
        for (const JsonLine &line : readJsonLines(root, file, d)) {
            FieldReader r(line, "event '" + idOf(line) + "'", d);
            r.rejectUnknownKeys(line.object, {"id", "title", "summary", "start", "end", "kind", "forum", "topics",
                                              "actors", "citations", "votes", "related", "status", "note"});
            EventRecord e;
            e.where = line.where;
            e.id = r.requiredString("id");
            e.title = r.requiredString("title");
            e.summary = r.requiredString("summary");
            e.start = r.requiredString("start");
            e.end = r.optionalString("end");
            e.kind = r.requiredString("kind");
            e.forum = r.optionalString("forum").value_or(std::string());
            e.topics = r.stringList("topics");
            for (const QJsonObject &o : r.objectList("actors")) {
                r.rejectUnknownKeys(o, {"actor", "role"});
                e.actors.push_back({FieldReader::stringIn(o, "actor").value_or(std::string()),
                                    FieldReader::stringIn(o, "role").value_or(std::string())});
            }
            for (const QJsonObject &o : r.objectList("citations")) {
                r.rejectUnknownKeys(o, {"symbol", "url", "source", "lang", "pinpoint"});
                e.citations.push_back({FieldReader::stringIn(o, "symbol"), FieldReader::stringIn(o, "url"),
                                       FieldReader::stringIn(o, "source"), FieldReader::stringIn(o, "lang"),
                                       FieldReader::stringIn(o, "pinpoint")});
            }
            for (const QJsonObject &o : r.objectList("votes")) {
                r.rejectUnknownKeys(o, {"stage", "in_favour", "against", "abstaining", "without_vote", "document"});
                VoteRecord v;
                v.stage = FieldReader::stringIn(o, "stage").value_or(std::string());
                v.inFavour = r.optionalCount(o, "in_favour", v.stage);
                v.against = r.optionalCount(o, "against", v.stage);
                v.abstaining = r.optionalCount(o, "abstaining", v.stage);
                v.withoutVote = o.value(QLatin1String("without_vote")).toBool(false);
                v.document = FieldReader::stringIn(o, "document");
                e.votes.push_back(std::move(v));
            }
            e.related = r.stringList("related");
            e.status = r.requiredString("status");
            e.note = r.optionalString("note");
            data.events.push_back(std::move(e));
        }
    }
}

void readPassages(const fs::path &root, CuratedData &data, Diagnostics &d)
{
    for (const std::string &file : jsonlFilesIn(root, "passages", d)) {
        for (const JsonLine &line : readJsonLines(root, file, d)) {
            FieldReader r(line, "passage '" + idOf(line) + "'", d);
            r.rejectUnknownKeys(line.object, {"id", "source", "exact", "label", "status", "note", "links"});
            PassageRecord p;
            p.where = line.where;
            p.id = r.requiredString("id");
            p.source = r.requiredString("source");
            p.exact = r.requiredString("exact");
            p.label = r.requiredString("label");
            p.status = r.requiredString("status");
            p.note = r.optionalString("note");
            for (const QJsonObject &o : r.objectList("links")) {
                r.rejectUnknownKeys(o, {"event", "relation"});
                p.links.push_back({FieldReader::stringIn(o, "event").value_or(std::string()),
                                   FieldReader::stringIn(o, "relation").value_or(std::string())});
            }
            data.passages.push_back(std::move(p));
        }
    }
}

// A hash over every input file, in a fixed order: the data version changes
// exactly when the data does, with nothing for a curator to bump by hand.
std::string hashInputs(const fs::path &root)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto &entry : fs::recursive_directory_iterator(root, ec)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".jsonl" || ext == ".txt" || ext == ".sql")) {
            files.push_back(fs::relative(entry.path(), root, ec));
        }
    }
    std::sort(files.begin(), files.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const fs::path &f : files) {
        hash.addData(QByteArray::fromStdString(f.generic_string()));
        if (auto content = readFile(root / f)) {
            hash.addData(QByteArray::fromStdString(*content));
        }
    }
    return hash.result().toHex().toStdString();
}

} // namespace

CuratedData readCuratedDirectory(const fs::path &root, Diagnostics &diagnostics)
{
    CuratedData data;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        diagnostics.push_back({{root.string(), 0}, "not a directory"});
        return data;
    }
    readForums(root, data, diagnostics);
    readTopics(root, data, diagnostics);
    readActors(root, data, diagnostics);
    readSources(root, data, diagnostics);
    readEvents(root, data, diagnostics);
    readPassages(root, data, diagnostics);
    data.contentHash = hashInputs(root);
    return data;
}

} // namespace ict::core::curation
