#include "views/viewstore.h"

#include "core/civildate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

#include <cmath>

namespace ict::app {

namespace {

constexpr auto kFormat = "ictimeline-views";
constexpr int kVersion = 1;

const char *const kGroupingNames[] = {"forum", "topic", "kind"};

QJsonObject toJson(const SavedView &v)
{
    QJsonObject o;
    o[u"name"] = v.name;
    o[u"filter"] = v.filter;
    o[u"search"] = v.search;
    o[u"grouping"] = QString::fromLatin1(kGroupingNames[std::clamp(v.grouping, 0, 2)]);
    o[u"dim"] = v.dim;
    o[u"first_day"] = v.firstDay;
    o[u"last_day"] = v.lastDay;
    o[u"selection"] = v.selection;
    return o;
}

int groupingFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(kGroupingNames[i])) {
            return i;
        }
    }
    return -1;
}

std::optional<SavedView> fromJson(const QJsonObject &o)
{
    SavedView v;
    v.name = o.value(u"name").toString();
    v.filter = o.value(u"filter").toString();
    v.search = o.value(u"search").toString();
    v.grouping = groupingFromName(o.value(u"grouping").toString(QStringLiteral("forum")));
    v.dim = o.value(u"dim").toBool(false);
    v.firstDay = o.value(u"first_day").toDouble(0.0);
    v.lastDay = o.value(u"last_day").toDouble(0.0);
    v.selection = o.value(u"selection").toString();
    if (v.grouping < 0 || !std::isfinite(v.firstDay) || !std::isfinite(v.lastDay) || v.lastDay < v.firstDay) {
        return std::nullopt;
    }
    return v;
}

QString dayText(double day)
{
    const auto c = core::civilFromDays(static_cast<core::DayNumber>(std::floor(day)));
    return QStringLiteral("%1-%2-%3")
        .arg(c.year, 4, 10, QLatin1Char('0'))
        .arg(c.month, 2, 10, QLatin1Char('0'))
        .arg(c.day, 2, 10, QLatin1Char('0'));
}

QString periodText(const SavedView &v)
{
    // The period as an EDTF interval of whole days, as --view takes it.
    return dayText(v.firstDay) + u'/' + dayText(std::ceil(v.lastDay) - 1);
}

QString shellQuote(const QString &s)
{
    static const QString safe = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,/:=");
    bool plain = !s.isEmpty();
    for (QChar c : s) {
        plain = plain && safe.contains(c);
    }
    if (plain) {
        return s;
    }
    QString quoted = s;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QUrl SavedView::toUrl() const
{
    QUrlQuery query(filter);
    if (!search.isEmpty()) {
        query.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(search)));
    }
    if (lastDay > firstDay) {
        query.addQueryItem(QStringLiteral("view"), periodText(*this));
    }
    if (grouping != 0) {
        query.addQueryItem(QStringLiteral("group"), QString::fromLatin1(kGroupingNames[grouping]));
    }
    if (dim) {
        query.addQueryItem(QStringLiteral("dim"), QStringLiteral("1"));
    }
    if (!selection.isEmpty()) {
        query.addQueryItem(QStringLiteral("select"), selection);
    }
    QUrl url;
    url.setScheme(QStringLiteral("ictimeline"));
    url.setQuery(query);
    return url;
}

std::optional<SavedView> SavedView::fromUrl(const QUrl &url, QString *error)
{
    if (url.scheme() != u"ictimeline") {
        if (error) {
            *error = QStringLiteral("not an ictimeline: link: %1").arg(url.toString());
        }
        return std::nullopt;
    }
    QUrlQuery query(url);
    SavedView v;
    v.search = QUrl::fromPercentEncoding(query.queryItemValue(QStringLiteral("search")).toLatin1());
    v.selection = query.queryItemValue(QStringLiteral("select"));
    v.dim = query.queryItemValue(QStringLiteral("dim")) == u"1";
    if (query.hasQueryItem(QStringLiteral("group"))) {
        v.grouping = groupingFromName(query.queryItemValue(QStringLiteral("group")));
        if (v.grouping < 0) {
            if (error) {
                *error = QStringLiteral("unknown grouping \"%1\" in the link").arg(query.queryItemValue(QStringLiteral("group")));
            }
            return std::nullopt;
        }
    }
    if (query.hasQueryItem(QStringLiteral("view"))) {
        // Parsed by the caller's EDTF reader would be nicer; the link only
        // ever carries whole days "YYYY-MM-DD/YYYY-MM-DD" that toUrl wrote.
        const QStringList ends = query.queryItemValue(QStringLiteral("view")).split(u'/');
        const auto day = [](const QString &text) -> std::optional<double> {
            const QStringList p = text.split(u'-');
            bool ok[3] = {false, false, false};
            if (p.size() != 3) {
                return std::nullopt;
            }
            const int y = p[0].toInt(&ok[0]);
            const int m = p[1].toInt(&ok[1]);
            const int d = p[2].toInt(&ok[2]);
            if (!ok[0] || !ok[1] || !ok[2] || m < 1 || m > 12 || d < 1 || d > core::daysInMonth(y, m)) {
                return std::nullopt;
            }
            return static_cast<double>(core::daysFromCivil(y, m, d));
        };
        const auto first = ends.size() == 2 ? day(ends[0]) : std::nullopt;
        const auto last = ends.size() == 2 ? day(ends[1]) : std::nullopt;
        if (!first || !last || *last < *first) {
            if (error) {
                *error = QStringLiteral("the period \"%1\" in the link is not valid").arg(query.queryItemValue(QStringLiteral("view")));
            }
            return std::nullopt;
        }
        v.firstDay = *first;
        v.lastDay = *last + 1.0;
    }
    for (const char *own : {"search", "select", "dim", "group", "view"}) {
        query.removeAllQueryItems(QString::fromLatin1(own));
    }
    v.filter = query.toString(QUrl::FullyDecoded);
    return v;
}

QString SavedView::toCommandLine() const
{
    QStringList args{QStringLiteral("ictimeline")};
    const QUrlQuery query(filter);
    // The filter keys are the command-line options, singular: forums -> --forum.
    const std::pair<const char *, const char *> options[] = {
        {"forums", "--forum"}, {"topics", "--topic"},   {"match", "--match"},   {"from", "--from"},
        {"to", "--to"},        {"kinds", "--kind"},     {"actors", "--actor"}, {"statuses", "--status"}};
    for (const auto &[key, option] : options) {
        const QString value = query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        if (!value.isEmpty()) {
            args << QString::fromLatin1(option) << shellQuote(value);
        }
    }
    if (!search.isEmpty()) {
        args << QStringLiteral("--search") << shellQuote(search);
    }
    if (lastDay > firstDay) {
        args << QStringLiteral("--view") << periodText(*this);
    }
    if (grouping != 0) {
        args << QStringLiteral("--group") << QString::fromLatin1(kGroupingNames[grouping]);
    }
    if (!selection.isEmpty()) {
        args << QStringLiteral("--event") << shellQuote(selection);
    }
    return args.join(u' ');
}

ViewStore::ViewStore(QString path)
    : m_path(std::move(path))
{
}

QString ViewStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/views.json");
}

SavedView *ViewStore::find(const QString &name)
{
    for (SavedView &v : views) {
        if (v.name == name) {
            return &v;
        }
    }
    return nullptr;
}

bool ViewStore::remove(const QString &name)
{
    for (qsizetype i = 0; i < views.size(); ++i) {
        if (views[i].name == name) {
            views.removeAt(i);
            return true;
        }
    }
    return false;
}

bool ViewStore::load(QString *error)
{
    views.clear();
    last.reset();
    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        }
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    QString problem;
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError) {
        problem = QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
    } else if (root.value(u"format").toString() != QLatin1String(kFormat)) {
        problem = QStringLiteral("it is not a views file");
    } else if (root.value(u"version").toInt() > kVersion) {
        problem = QStringLiteral("it was written by a newer version of ICTimeline");
    }
    std::vector<SavedView> read;
    if (problem.isEmpty()) {
        for (const QJsonValue &value : root.value(u"views").toArray()) {
            auto v = fromJson(value.toObject());
            if (!v || v->name.isEmpty()) {
                problem = QStringLiteral("a saved view is incomplete");
                break;
            }
            read.push_back(*v);
        }
    }
    if (!problem.isEmpty()) {
        // Keep the damaged file for the user (it may hold views worth
        // recovering by hand) and start clean.
        const QString aside = m_path + QStringLiteral(".damaged-")
                              + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(m_path, aside);
        if (error) {
            *error = QStringLiteral("The saved views file %1 is damaged (%2). It was moved to %3; starting with "
                                    "defaults.")
                         .arg(QDir::toNativeSeparators(m_path), problem, QDir::toNativeSeparators(aside));
        }
        return false;
    }
    views = QList<SavedView>(read.begin(), read.end());
    if (root.contains(u"last")) {
        last = fromJson(root.value(u"last").toObject());
    }
    return true;
}

bool ViewStore::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject root;
    root[u"format"] = QString::fromLatin1(kFormat);
    root[u"version"] = kVersion;
    QJsonArray list;
    for (const SavedView &v : views) {
        list.append(toJson(v));
    }
    root[u"views"] = list;
    if (last) {
        root[u"last"] = toJson(*last);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        }
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace ict::app
