// The Russian translation: that it is complete and well-formed (parsed from
// the .ts itself), that the .qm compiled into the resources says the same,
// that the app picks it for a Russian locale, and what a Russian reader sees
// in the menus, the status bar, the details pane and a copied citation.
// Every test puts the English UI back, so the other tests stay English.

#include "app/evidence/detailspane.h"
#include "app/mainwindow.h"
#include "app/navigator.h"
#include "app/translations.h"
#include "core/datetext.h"
#include "core/timelinedatabase.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>
#include <vector>

namespace ict::app {
namespace {

using ::testing::HasSubstr;

const QString kRussianQm = QStringLiteral(":/i18n/ictimeline_ru.qm");

std::string str(const QString &text)
{
    return text.toStdString();
}

// The source file, found from this test's own path (CMake compiles sources by
// absolute path), so the test reads what translators edit, not a copy.
QString russianTsPath()
{
    return QFileInfo(QStringLiteral(__FILE__))
        .absoluteDir()
        .absoluteFilePath(QStringLiteral("../../app/translations/ictimeline_ru.ts"));
}

// Russian plural forms in the order Qt's numerusform entries use them:
// one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 111–114).
int russianForm(int n)
{
    if (n % 10 == 1 && n % 100 != 11) {
        return 0;
    }
    if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
        return 1;
    }
    return 2;
}

QString tr(const char *context, const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate(context, text, comment, n);
}

// Installs the Russian translation (and, if asked, a Russian default locale
// for dates) for one test, and removes both again.
class RussianUi {
public:
    explicit RussianUi(bool russianLocale = true)
    {
        m_loaded = m_translator.load(kRussianQm);
        if (m_loaded) {
            QCoreApplication::installTranslator(&m_translator);
        }
        if (russianLocale) {
            QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        }
    }
    ~RussianUi()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previousLocale);
    }
    RussianUi(const RussianUi &) = delete;
    RussianUi &operator=(const RussianUi &) = delete;

    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    QLocale m_previousLocale; // the default locale when the test started
    bool m_loaded = false;
};

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type; // the translation's type attribute: "unfinished", "vanished", … or empty
    bool numerus = false;
    QString translation;
    QStringList forms;
};

struct TsFile {
    QString language;
    std::vector<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"comment") {
                message.comment = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!message.numerus) {
                    message.translation = xml.readElementText();
                }
            } else if (name == u"numerusform") {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages.push_back(message);
        }
    }
    if (xml.hasError()) {
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    }
    return ts;
}

// %1…%99, %L1, %n and %Ln, sorted: a translation may reorder them, not drop or add any.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:n|[0-9]{1,2})"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    return found;
}

// The accelerator characters of a menu text: each '&' not doubled marks the next one.
QList<QChar> mnemonics(const QString &text)
{
    QList<QChar> found;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
            } else {
                found << text[i + 1].toLower();
            }
        }
    }
    return found;
}

TEST(Translation, RussianTsIsCompleteAndKeepsPlaceholdersAndAccelerators)
{
    const TsFile ts = readTs(russianTsPath());
    ASSERT_TRUE(ts.error.isEmpty()) << str(ts.error);
    EXPECT_EQ(str(ts.language), "ru_RU");
    ASSERT_GT(ts.messages.size(), 100U);

    for (const TsMessage &m : ts.messages) {
        const std::string where = str(m.context + QStringLiteral(" / ") + m.source);
        EXPECT_TRUE(m.type.isEmpty()) << where << " is " << str(m.type);
        const QStringList texts = m.numerus ? m.forms : QStringList {m.translation};
        if (m.numerus) {
            EXPECT_EQ(m.forms.size(), 3) << where << ": Russian has three plural forms";
        }
        for (const QString &t : texts) {
            EXPECT_FALSE(t.trimmed().isEmpty()) << where;
            EXPECT_EQ(placeholders(t), placeholders(m.source)) << where << " -> " << str(t);
            EXPECT_EQ(mnemonics(t).size(), mnemonics(m.source).size()) << where << " -> " << str(t);
            EXPECT_EQ(t.count(u'<'), m.source.count(u'<')) << where << " -> " << str(t);
            EXPECT_EQ(t.endsWith(u'…'), m.source.endsWith(u'…')) << where << " -> " << str(t);
        }
    }
}

TEST(Translation, CompiledRussianTranslationMatchesTheTsFile)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(kRussianQm)) << "missing from the resources: " << str(kRussianQm);
    EXPECT_EQ(str(translator.language()), "ru_RU");

    const TsFile ts = readTs(russianTsPath());
    ASSERT_TRUE(ts.error.isEmpty()) << str(ts.error);
    for (const TsMessage &m : ts.messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        const std::string where = str(m.context + QStringLiteral(" / ") + m.source);
        if (m.numerus) {
            ASSERT_EQ(m.forms.size(), 3) << where;
            for (int n : {1, 2, 5}) {
                EXPECT_EQ(str(translator.translate(context.constData(), source.constData(), disambiguation, n)),
                    str(m.forms[russianForm(n)]))
                    << where << " n=" << n;
            }
        } else {
            EXPECT_EQ(
                str(translator.translate(context.constData(), source.constData(), disambiguation)), str(m.translation))
                << where;
        }
    }
}

TEST(Translation, TranslatesMenusButtonsAndCoreTexts)
{
    RussianUi russian(false);
    ASSERT_TRUE(russian.loaded());

    EXPECT_EQ(str(tr("ict::app::MainWindow", "&File")), "&Файл");
    EXPECT_EQ(str(tr("ict::app::MainWindow", "&Help")), "&Справка");
    EXPECT_EQ(str(tr("ict::app::Navigator", "&Go")), "&Переход");
    EXPECT_EQ(str(tr("ict::app::DetailsPane", "Copy citation")), "Копировать ссылку");
    EXPECT_EQ(str(tr("ict::app::DetailsPane", "Abstaining")), "Воздержались");
    EXPECT_EQ(str(tr("ict::app::Evidence", "First Committee")), "Первый комитет");
    EXPECT_EQ(str(tr("ict::app::Evidence", "Resolution adopted")), "Принятие резолюции");
    EXPECT_EQ(str(tr("ict::app::Timeline", "General Assembly")), "Генеральная Ассамблея");
    // The core and the evidence labels translate through their own tr()
    // helpers, in contexts lupdate does not see: a wrong context in the .ts
    // would leave these English.
    EXPECT_EQ(str(tr("ict::core::DateText", "about %1")), "около %1");
    EXPECT_EQ(str(tr("ict::core::DateText", "from %1")), "с %1");
    EXPECT_EQ(str(tr("ict::core::DateText", "%1 (uncertain)")), "%1 (предположительно)");
    EXPECT_EQ(str(tr("ict::core::CitationText", "UN General Assembly resolution %1")),
        "Резолюция %1 Генеральной Ассамблеи ООН");
    EXPECT_EQ(str(tr("CommandLine", "Show this help and exit.")), "Показать эту справку и выйти.");
}

TEST(Translation, RussianPluralsUseAllThreeForms)
{
    RussianUi russian(false);
    ASSERT_TRUE(russian.loaded());

    const auto status = [](int n) {
        return str(tr("ict::app::MainWindow", "%Ln event(s) · %1 · data %2", "status bar", n)
                       .arg(QStringLiteral("db.sqlite"), QStringLiteral("v1")));
    };
    EXPECT_EQ(status(1), "1 событие · db.sqlite · версия данных v1");
    EXPECT_EQ(status(2), "2 события · db.sqlite · версия данных v1");
    EXPECT_EQ(status(5), "5 событий · db.sqlite · версия данных v1");
    EXPECT_EQ(status(11), "11 событий · db.sqlite · версия данных v1");
    EXPECT_EQ(status(21), "21 событие · db.sqlite · версия данных v1");
    EXPECT_EQ(status(24), "24 события · db.sqlite · версия данных v1");

    const auto cluster
        = [](int n) { return str(tr("ict::app::TimelineView", "%n events here — click to zoom in", nullptr, n)); };
    EXPECT_EQ(cluster(2), "Здесь 2 события — щёлкните, чтобы увеличить");
    EXPECT_EQ(cluster(5), "Здесь 5 событий — щёлкните, чтобы увеличить");
    EXPECT_EQ(cluster(31), "Здесь 31 событие — щёлкните, чтобы увеличить");
}

TEST(Translation, DatesReadAsRussian)
{
    RussianUi russian;
    ASSERT_TRUE(russian.loaded());
    const QLocale ru(QLocale::Russian, QLocale::Russia);

    EXPECT_EQ(str(core::describeDates("1998-12-04", {}, ru)), "4 декабря 1998");
    EXPECT_EQ(str(core::describeDates("2023~", {}, ru)), "около 2023");
    EXPECT_EQ(str(core::describeDates("2019-12-12?", {}, ru)), "12 декабря 2019 (предположительно)");
    EXPECT_EQ(str(core::describeDates("2019-06-03", "2019-06-04", ru)), "3–4 июня 2019");
    EXPECT_EQ(str(core::describeDates("2024-07-29", "2024-08-09", ru)), "29 июля – 9 августа 2024");
    EXPECT_EQ(str(core::describeDates("2025-10-25", "..", ru)), "с 25 октября 2025");
}

TEST(Translation, InstallTranslationsPicksRussianForARussianLocale)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QList<QTranslator *> before = app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    const QLocale previous;
    const QString fileBefore = tr("ict::app::MainWindow", "&File"); // English, unless the tests run in Russian
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));

    const QStringList loaded = installTranslations();
    const QString file = tr("ict::app::MainWindow", "&File");

    // Back to what the other tests expect: drop what this call installed (deleting a translator removes it).
    for (QTranslator *t : app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        if (!before.contains(t)) {
            delete t;
        }
    }
    QLocale::setDefault(previous);

    EXPECT_TRUE(loaded.contains(QStringLiteral("ictimeline_ru"))) << str(loaded.join(u", "));
    EXPECT_EQ(str(file), "&Файл");
    EXPECT_EQ(str(tr("ict::app::MainWindow", "&File")), str(fileBefore));
}

TEST(Translation, MainWindowMenusAreRussianWithUniqueAccelerators)
{
    RussianUi russian;
    ASSERT_TRUE(russian.loaded());
    MainWindow window;

    QStringList titles;
    for (QAction *action : window.menuBar()->actions()) {
        titles << action->text();
    }
    EXPECT_EQ(titles,
        (QStringList {
            QStringLiteral("&Файл"), QStringLiteral("&Вид"), QStringLiteral("По&иск"), QStringLiteral("&Переход"),
            QStringLiteral("Ви&ды"), QStringLiteral("&Справка")}));

    // Names that stay as they are; anything else in Latin letters is English left over.
    static const QRegularExpression kept(QStringLiteral("ICTimeline|Qt"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    const auto checkUnique = [](const QString &menuName, const QList<QAction *> &actions) {
        QSet<QChar> seen;
        for (const QAction *a : actions) {
            if (a->isSeparator() || a->text().isEmpty()) {
                continue;
            }
            const QList<QChar> keys = mnemonics(a->text());
            EXPECT_LE(keys.size(), 1) << str(menuName) << ": " << str(a->text());
            for (QChar k : keys) {
                EXPECT_FALSE(seen.contains(k)) << str(menuName) << ": accelerator '" << str(QString(k))
                                               << "' used twice, again in " << str(a->text());
                seen.insert(k);
            }
            QString rest = a->text();
            rest.remove(kept);
            EXPECT_FALSE(rest.contains(latin)) << str(menuName) << ": untranslated " << str(a->text());
        }
    };
    checkUnique(QStringLiteral("menu bar"), window.menuBar()->actions());
    int menus = 0;
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->actions().isEmpty()) {
            continue;
        }
        ++menus;
        checkUnique(menu->objectName().isEmpty() ? menu->title() : menu->objectName(), menu->actions());
    }
    EXPECT_GE(menus, 5); // File, View, Group Lanes By, Go, Help
}

TEST(Translation, RussianDetailsStatusBarAndCitation)
{
    RussianUi russian;
    ASSERT_TRUE(russian.loaded());
    MainWindow window;
    window.resize(1600, 900);
    ASSERT_TRUE(window.openDatabase(QStringLiteral(ICT_CURATED_DB))) << str(window.lastError());
    QCoreApplication::processEvents();

    const auto *summary = window.findChild<QLabel *>(QStringLiteral("statusSummary"));
    ASSERT_NE(summary, nullptr);
    const int events = static_cast<int>(window.database()->dataset().size());
    const char *const noun[] = {"событие", "события", "событий"};
    EXPECT_THAT(str(summary->text()),
        HasSubstr(str(QString::number(events) + u' ' + QString::fromUtf8(noun[russianForm(events)]) + u' ')));
    EXPECT_THAT(str(summary->text()), HasSubstr("версия данных"));

    Navigator &nav = *window.navigator();
    ASSERT_TRUE(nav.selectEventBySlug(QStringLiteral("unga-res-74-247")));
    std::string text = str(nav.details()->plainText());
    EXPECT_THAT(text, HasSubstr("27 декабря 2019"));
    EXPECT_THAT(text, HasSubstr("Принятие резолюции"));
    EXPECT_THAT(text, HasSubstr("Результаты голосования"));
    EXPECT_THAT(text, ::testing::ContainsRegex("Этап\\s*За\\s*Против\\s*Воздержались"));
    EXPECT_THAT(text, ::testing::ContainsRegex("Пленарное заседание[^0-9]*79[^0-9]+60[^0-9]+33"));
    EXPECT_THAT(text, HasSubstr("УТВЕРЖДЕНИЕ"));
    EXPECT_THAT(text, HasSubstr("Что говорят источники"));

    ASSERT_TRUE(nav.selectEventBySlug(QStringLiteral("unga-res-53-70")));
    text = str(nav.details()->plainText());
    EXPECT_THAT(text, HasSubstr("принято без голосования"));
    EXPECT_THAT(text, HasSubstr("Sergey Lavrov (авторство приписывается)"));
    nav.details()->copyCitation();
    EXPECT_EQ(str(QApplication::clipboard()->text()),
        "Резолюция 53/70 Генеральной Ассамблеи ООН, A/RES/53/70, 4 декабря 1998");
}

// A Russian label is a third longer than its English one. The filters dock
// must still fit its default width: a horizontal scroll bar there hides the
// lists' own scroll bars and the date fields' buttons.
TEST(Translation, TheFiltersDockFitsItsWidthInEnglishAndRussian)
{
    for (const bool inRussian : {false, true}) {
        std::optional<RussianUi> russian;
        if (inRussian) {
            russian.emplace();
            ASSERT_TRUE(russian->loaded());
        }
        MainWindow window;
        window.resize(1600, 900);
        window.show();
        ASSERT_TRUE(window.openDatabase(QStringLiteral(ICT_CURATED_DB)));
        QCoreApplication::processEvents();
        auto *panel = window.findChild<QWidget *>(QStringLiteral("filterPanel"));
        ASSERT_NE(panel, nullptr);
        auto *scroll = panel->findChild<QScrollArea *>();
        ASSERT_NE(scroll, nullptr);
        EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0)
            << (inRussian ? "Russian" : "English") << ": the content needs "
            << scroll->widget()->minimumSizeHint().width() << " px in a viewport of " << scroll->viewport()->width();
    }
}

} // namespace
} // namespace ict::app
