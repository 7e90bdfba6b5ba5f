#include "core/exporter.h"
#include "core/timelinedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace ict::core;
using ::testing::HasSubstr;

namespace {

QJsonObject exported()
{
    auto db = TimelineDatabase::open(ICT_CURATED_DB);
    EXPECT_TRUE(db.ok());
    auto json = exportDatabase(*db, ExportFormat::Json);
    EXPECT_TRUE(json.ok());
    return QJsonDocument::fromJson(QByteArray::fromStdString(*json)).object();
}

QJsonObject byId(const QJsonArray &list, const char *id)
{
    for (const auto &v : list) {
        if (v.toObject().value(u"id").toString() == QLatin1String(id)) {
            return v.toObject();
        }
    }
    ADD_FAILURE() << "no record " << id;
    return {};
}

} // namespace

TEST(Exporter, JsonHasThePublicEnvelope)
{
    const QJsonObject root = exported();
    EXPECT_EQ(root.value(u"format").toString(), QStringLiteral("ictimeline-export"));
    EXPECT_EQ(root.value(u"version").toInt(), 1);
    EXPECT_FALSE(root.value(u"data_version").toString().isEmpty());
    EXPECT_GE(root.value(u"events").toArray().size(), 70);
    EXPECT_GE(root.value(u"passages").toArray().size(), 30);
    EXPECT_EQ(root.value(u"sources").toArray().size(), 2);
}

TEST(Exporter, JsonCarriesTheKeyDatesAndVotes)
{
    const QJsonObject root = exported();
    const QJsonArray events = root.value(u"events").toArray();
    EXPECT_EQ(byId(events, "unga-res-53-70").value(u"start").toString(), QStringLiteral("1998-12-04"));
    EXPECT_EQ(byId(events, "unga-res-73-27").value(u"start").toString(), QStringLiteral("2018-12-05"));
    const QJsonObject res = byId(events, "unga-res-74-247");
    EXPECT_EQ(res.value(u"start").toString(), QStringLiteral("2019-12-27"));
    EXPECT_TRUE(res.value(u"end").isNull());
    bool foundPlenary = false;
    for (const auto &v : res.value(u"votes").toArray()) {
        const QJsonObject vote = v.toObject();
        if (vote.value(u"stage").toString() == QStringLiteral("plenary")) {
            foundPlenary = true;
            EXPECT_EQ(vote.value(u"in_favour").toInt(), 79);
            EXPECT_EQ(vote.value(u"against").toInt(), 60);
            EXPECT_EQ(vote.value(u"abstaining").toInt(), 33);
        }
    }
    EXPECT_TRUE(foundPlenary);
}

TEST(Exporter, EveryExportedPassageMatchesItsSourceBetweenItsOffsets)
{
    auto db = TimelineDatabase::open(ICT_CURATED_DB);
    ASSERT_TRUE(db.ok());
    const QJsonObject root = exported();
    for (const auto &v : root.value(u"passages").toArray()) {
        const QJsonObject p = v.toObject();
        auto source = db->source(p.value(u"source").toString().toStdString());
        ASSERT_TRUE(source.ok());
        const QList<uint> cps = QString::fromStdString(source->text).toUcs4();
        const auto start = p.value(u"start").toInteger();
        const auto end = p.value(u"end").toInteger();
        const QString slice =
            QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.data()) + start, static_cast<qsizetype>(end - start));
        EXPECT_EQ(slice, p.value(u"exact").toString()) << p.value(u"id").toString().toStdString();
        EXPECT_FALSE(p.value(u"events").toArray().isEmpty());
    }
}

TEST(Exporter, CsvHasOneRowPerEventAndQuotesCommas)
{
    auto db = TimelineDatabase::open(ICT_CURATED_DB);
    ASSERT_TRUE(db.ok());
    auto csv = exportDatabase(*db, ExportFormat::Csv);
    ASSERT_TRUE(csv.ok());
    const auto rows = static_cast<std::size_t>(std::count(csv->begin(), csv->end(), '\n'));
    EXPECT_EQ(rows, db->dataset().size() + 1);
    EXPECT_THAT(*csv, HasSubstr("unga-res-74-247,2019-12-27,,"));
    EXPECT_THAT(*csv, HasSubstr(",79,60,33,false,"));
}
