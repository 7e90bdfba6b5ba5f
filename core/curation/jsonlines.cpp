#include "core/curation/jsonlines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <fstream>

namespace ict::core::curation {

std::string Diagnostic::toString() const
{
    std::string s = where.file;
    if (where.line > 0) {
        s += ':';
        s += std::to_string(where.line);
    }
    s += ": ";
    s += message;
    return s;
}

std::vector<JsonLine> readJsonLines(const std::filesystem::path &root, const std::string &relative,
                                    Diagnostics &diagnostics)
{
    std::vector<JsonLine> lines;
    std::ifstream in(root / relative, std::ios::binary);
    if (!in) {
        diagnostics.push_back({{relative, 0}, "cannot read file"});
        return lines;
    }
    std::string text;
    int number = 0;
    while (std::getline(in, text)) {
        ++number;
        if (!text.empty() && text.back() == '\r') {
            text.pop_back();
        }
        const auto first = text.find_first_not_of(" \t");
        if (first == std::string::npos || text.compare(first, 2, "//") == 0) {
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
        if (error.error != QJsonParseError::NoError) {
            diagnostics.push_back({{relative, number},
                                   "invalid JSON at column " + std::to_string(error.offset + 1) + ": "
                                       + error.errorString().toStdString()});
            continue;
        }
        if (!doc.isObject()) {
            diagnostics.push_back({{relative, number}, "expected one JSON object per line"});
            continue;
        }
        lines.push_back({{relative, number}, doc.object()});
    }
    return lines;
}

FieldReader::FieldReader(const JsonLine &line, std::string what, Diagnostics &diagnostics)
    : m_line(line)
    , m_what(std::move(what))
    , m_diagnostics(diagnostics)
{
}

void FieldReader::error(std::string message)
{
    m_diagnostics.push_back({m_line.where, m_what.empty() ? std::move(message) : m_what + ": " + message});
}

std::optional<std::string> FieldReader::stringIn(const QJsonObject &object, const char *key)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (!v.isString()) {
        return std::nullopt;
    }
    return v.toString().toStdString();
}

std::string FieldReader::requiredString(const char *key)
{
    const QJsonValue v = m_line.object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        error(std::string("missing field '") + key + "'");
        return {};
    }
    if (!v.isString()) {
        error(std::string("field '") + key + "' must be a string");
        return {};
    }
    std::string s = v.toString().toStdString();
    if (s.empty()) {
        error(std::string("field '") + key + "' is empty");
    }
    return s;
}

std::optional<std::string> FieldReader::optionalString(const char *key)
{
    const QJsonValue v = m_line.object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    if (!v.isString()) {
        error(std::string("field '") + key + "' must be a string or null");
        return std::nullopt;
    }
    return v.toString().toStdString();
}

bool FieldReader::optionalBool(const char *key, bool fallback)
{
    const QJsonValue v = m_line.object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    if (!v.isBool()) {
        error(std::string("field '") + key + "' must be true or false");
        return fallback;
    }
    return v.toBool();
}

std::vector<std::string> FieldReader::stringList(const char *key)
{
    std::vector<std::string> out;
    const QJsonValue v = m_line.object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return out;
    }
    if (!v.isArray()) {
        error(std::string("field '") + key + "' must be a list of strings");
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            error(std::string("field '") + key + "' must be a list of strings");
            continue;
        }
        out.push_back(item.toString().toStdString());
    }
    return out;
}

std::optional<std::int64_t> FieldReader::optionalCount(const QJsonObject &object, const char *key,
                                                       std::string_view context)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d)) {
        error(std::string("vote count '") + key + "' must be a whole number or null (" + std::string(context) + ")");
        return std::nullopt;
    }
    const auto n = static_cast<std::int64_t>(d);
    if (n < 0) {
        error("negative vote count " + std::to_string(n) + " (" + key + ", " + std::string(context) + ")");
        return std::nullopt;
    }
    return n;
}

std::vector<QJsonObject> FieldReader::objectList(const char *key)
{
    std::vector<QJsonObject> out;
    const QJsonValue v = m_line.object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return out;
    }
    if (!v.isArray()) {
        error(std::string("field '") + key + "' must be a list of objects");
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            error(std::string("field '") + key + "' must be a list of objects");
            continue;
        }
        out.push_back(item.toObject());
    }
    return out;
}

void FieldReader::rejectUnknownKeys(const QJsonObject &object, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool found = false;
        for (const char *k : known) {
            if (it.key() == QLatin1String(k)) {
                found = true;
                break;
            }
        }
        if (!found) {
            error("unknown field '" + it.key().toStdString() + "'");
        }
    }
}

} // namespace ict::core::curation
