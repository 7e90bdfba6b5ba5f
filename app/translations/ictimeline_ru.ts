<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>ICTimeline: a zoomable timeline of ICT-security diplomacy, linked to its sources.</source>
        <translation>ICTimeline: масштабируемая хронологическая шкала дипломатии по вопросам безопасности в сфере использования ИКТ со ссылками на источники.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Open this database (default: the bundled database).</source>
        <translation>Открыть указанную базу данных (по умолчанию — базу данных, поставляемую с программой).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Render the main window at 1600x900 into this PNG file and exit.</source>
        <translation>Сохранить изображение главного окна размером 1600x900 в указанный PNG-файл и выйти.</translation>
    </message>
    <message>
        <source>Log at this level and above: %1 (default: info).</source>
        <translation>Записывать в журнал сообщения этого уровня и выше: %1 (по умолчанию: info).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>уровень</translation>
    </message>
    <message>
        <source>Select this event at start.</source>
        <translation>При запуске выбрать указанное событие.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>Open the source reader at this passage.</source>
        <translation>При запуске открыть источник на указанном фрагменте.</translation>
    </message>
    <message>
        <source>Show this period at start, as an EDTF date or interval (e.g. 2019, 2024-07-29/2024-08-04).</source>
        <translation>При запуске показать указанный период — дату или интервал в формате EDTF (например, 2019, 2024-07-29/2024-08-04).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>Для --db нужно указать путь.</translation>
    </message>
    <message>
        <source>--screenshot needs a path.</source>
        <translation>Для --screenshot нужно указать путь.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; expected one of: %2.</source>
        <translation>Неизвестный уровень журнала «%1»; допустимые значения: %2.</translation>
    </message>
    <message>
        <source>--view: %1</source>
        <translation>--view: %1</translation>
    </message>
    <message>
        <source>--view needs a period with both ends known.</source>
        <translation>Для --view нужен период с известными началом и концом.</translation>
    </message>
    <message>
        <source>Show only these forums, comma-separated slugs (a group includes its members), e.g. unga-c1,un-oewg-2019.</source>
        <translation>Показывать только эти форумы: идентификаторы через запятую (группа включает входящие в неё форумы), например unga-c1,un-oewg-2019.</translation>
    </message>
    <message>
        <source>slugs</source>
        <translation>идентификаторы</translation>
    </message>
    <message>
        <source>Show only these topics, comma-separated slugs, e.g. norms.</source>
        <translation>Показывать только эти темы: идентификаторы через запятую, например norms.</translation>
    </message>
    <message>
        <source>With several topics: any (default) or all of them.</source>
        <translation>Если тем несколько: any — любая из них (по умолчанию), all — все.</translation>
    </message>
    <message>
        <source>any|all</source>
        <translation>any|all</translation>
    </message>
    <message>
        <source>Show only events on or after this date (EDTF, e.g. 2015).</source>
        <translation>Показывать только события не ранее этой даты (EDTF, например 2015).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Show only events on or before this date (EDTF, e.g. 2021).</source>
        <translation>Показывать только события не позднее этой даты (EDTF, например 2021).</translation>
    </message>
    <message>
        <source>Show only these kinds of event.</source>
        <translation>Показывать только события этих типов.</translation>
    </message>
    <message>
        <source>Show only events with these actors, e.g. RUS,USA.</source>
        <translation>Показывать только события с этими участниками, например RUS,USA.</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>коды</translation>
    </message>
    <message>
        <source>Show only events with this verification status.</source>
        <translation>Показывать только события с этим статусом проверки.</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>статусы</translation>
    </message>
    <message>
        <source>Search for this at start.</source>
        <translation>Выполнить этот поиск при запуске.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>Group the timeline&apos;s lanes by forum (default), topic or kind.</source>
        <translation>Группировать дорожки шкалы по форуму (по умолчанию), теме или типу события.</translation>
    </message>
    <message>
        <source>forum|topic|kind</source>
        <translation>forum|topic|kind</translation>
    </message>
    <message>
        <source>Open a view shared as an ictimeline: link.</source>
        <translation>Открыть вид, переданный ссылкой ictimeline:.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>--group takes forum, topic or kind, not &quot;%1&quot;.</source>
        <translation>--group принимает forum, topic или kind, а не «%1».</translation>
    </message>
    <message>
        <source>--match takes any or all, not &quot;%1&quot;.</source>
        <translation>--match принимает any или all, а не «%1».</translation>
    </message>
</context>
<context>
    <name>Logging</name>
    <message>
        <source>no writable application data directory</source>
        <translation>нет каталога данных приложения, доступного для записи</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>не удаётся создать каталог %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the link: %1</source>
        <translation>Не удаётся открыть ссылку: %1</translation>
    </message>
    <message>
        <source>The link did not fully apply: %1</source>
        <translation>Ссылка применена не полностью: %1</translation>
    </message>
    <message>
        <source>Filters not applied: %1</source>
        <translation>Фильтры не применены: %1</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Cannot save the screenshot to %1: %2</source>
        <translation>Не удаётся сохранить снимок экрана в %1: %2</translation>
    </message>
</context>
<context>
    <name>ict::app::CurrentView</name>
    <message>
        <source>V&amp;iews</source>
        <translation>Ви&amp;ды</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Сохранить текущий вид…</translation>
    </message>
    <message>
        <source>&amp;Open View</source>
        <translation>&amp;Открыть вид</translation>
    </message>
    <message>
        <source>&amp;Rename View…</source>
        <translation>&amp;Переименовать вид…</translation>
    </message>
    <message>
        <source>&amp;Delete View…</source>
        <translation>&amp;Удалить вид…</translation>
    </message>
    <message>
        <source>&amp;Copy Link to This View</source>
        <translation>&amp;Копировать ссылку на этот вид</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Нет сохранённых видов</translation>
    </message>
    <message>
        <source>The view “%1” did not fully apply: %2</source>
        <translation>Вид «%1» применён не полностью: %2</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <source>Replace the view “%1”?</source>
        <translation>Заменить вид «%1»?</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Вид «%1» сохранён.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Переименование вида</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удаление вида</translation>
    </message>
    <message>
        <source>Copied a link to this view.</source>
        <translation>Ссылка на этот вид скопирована.</translation>
    </message>
</context>
<context>
    <name>ict::app::DetailsPane</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Copy a formatted reference to the primary document</source>
        <translation>Копировать оформленную ссылку на первичный документ</translation>
    </message>
    <message>
        <source>Select an event on the timeline to see its dates, votes, documents and the source passages that speak of it.</source>
        <translation>Выберите событие на шкале, чтобы увидеть его даты, результаты голосования, документы и фрагменты источников, в которых о нём говорится.</translation>
    </message>
    <message>
        <source>Cannot read this event: %1</source>
        <translation>Не удаётся прочитать это событие: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Результаты голосования</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>In favour</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <source>adopted without a vote</source>
        <translation>принято без голосования</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копировать</translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation>Что говорят источники</translation>
    </message>
    <message>
        <source>No source passage is linked to this event.</source>
        <translation>С этим событием не связан ни один фрагмент источника.</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Связанные события</translation>
    </message>
</context>
<context>
    <name>ict::app::EmptyState</name>
    <message>
        <source>No timeline data is loaded</source>
        <translation>Данные хронологии не загружены</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Открыть базу данных…</translation>
    </message>
</context>
<context>
    <name>ict::app::Evidence</name>
    <message>
        <source>First Committee</source>
        <translation>Первый комитет</translation>
    </message>
    <message>
        <source>Third Committee</source>
        <translation>Третий комитет</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>подтверждает</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>упоминает</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>оспаривает</translation>
    </message>
    <message>
        <source>record</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>по сообщениям</translation>
    </message>
    <message>
        <source>curators&apos; summary</source>
        <translation>резюме составителей</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>частично проверено</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>An opinion piece: its passages are the author&apos;s claims or stated positions, not verified facts.</source>
        <translation>Авторская статья: её фрагменты — утверждения или заявленные позиции автора, а не проверенные факты.</translation>
    </message>
    <message>
        <source>Resolution adopted</source>
        <translation>Принятие резолюции</translation>
    </message>
    <message>
        <source>Draft tabled</source>
        <translation>Внесение проекта</translation>
    </message>
    <message>
        <source>Committee vote</source>
        <translation>Голосование в комитете</translation>
    </message>
    <message>
        <source>Report adopted</source>
        <translation>Принятие доклада</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Treaty adopted</source>
        <translation>Принятие договора</translation>
    </message>
    <message>
        <source>Treaty opened for signature</source>
        <translation>Открытие договора для подписания</translation>
    </message>
    <message>
        <source>Treaty in force</source>
        <translation>Вступление договора в силу</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ict::app::FilterChips</name>
    <message>
        <source>%1: click to remove this filter</source>
        <translation>%1: нажмите, чтобы убрать этот фильтр</translation>
    </message>
    <message>
        <source>Forum: %1</source>
        <translation>Форум: %1</translation>
    </message>
    <message>
        <source>Topic (all): %1</source>
        <translation>Тема (все): %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Участник: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Сбросить всё</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 из %2 событий</translation>
    </message>
</context>
<context>
    <name>ict::app::FilterPanel</name>
    <message>
        <source>Forums</source>
        <translation>Форумы</translation>
    </message>
    <message>
        <source>A checked group includes every forum below it</source>
        <translation>Отмеченная группа включает все форумы под ней</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>any of the checked topics</source>
        <translation>любая из отмеченных тем</translation>
    </message>
    <message>
        <source>all of the checked topics</source>
        <translation>все отмеченные темы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Use the visible period</source>
        <translation>Взять видимый период</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>In any role: sponsor, co-sponsor, chair, author, or a State that voted against.</source>
        <translation>В любой роли: автор или соавтор проекта, председатель, автор текста или государство, голосовавшее против.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation>проверено частично</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
</context>
<context>
    <name>ict::app::MainWindow</name>
    <message>
        <source>Open a database to see its timeline.</source>
        <translation>Откройте базу данных, чтобы увидеть её хронологию.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open an ICTimeline database file</source>
        <translation>Открыть файл базы данных ICTimeline</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Quit ICTimeline</source>
        <translation>Выйти из ICTimeline</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Полно&amp;экранный режим</translation>
    </message>
    <message>
        <source>Use the whole screen for the timeline</source>
        <translation>Развернуть хронологию на весь экран</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>&amp;Строка состояния</translation>
    </message>
    <message>
        <source>&amp;About ICTimeline</source>
        <translation>&amp;О программе ICTimeline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not an ICTimeline database.</source>
        <translation>Файл %1 не является базой данных ICTimeline.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of ICTimeline; please update ICTimeline.</source>
        <translation>Файл %1 создан более новой версией ICTimeline; обновите ICTimeline.</translation>
    </message>
    <message>
        <source>%1 is not a complete ICTimeline database.</source>
        <translation>Файл %1 — неполная база данных ICTimeline.</translation>
    </message>
    <message>
        <source>%1 contains data that ICTimeline cannot read.</source>
        <translation>Файл %1 содержит данные, которые ICTimeline не может прочитать.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Не удалось прочитать файл %1.</translation>
    </message>
    <message>
        <source>No database loaded</source>
        <translation>База данных не загружена</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) · %1 · data %2</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln событие · %1 · версия данных %2</numerusform>
            <numerusform>%Ln события · %1 · версия данных %2</numerusform>
            <numerusform>%Ln событий · %1 · версия данных %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>ICTimeline databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных ICTimeline (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>Data version:</source>
        <translation>Версия данных:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Событий:</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>не загружена</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <source>none, logging to stderr only (%1)</source>
        <translation>нет, журнал выводится только в stderr (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A zoomable timeline of ICT-security diplomacy: UN resolutions, working groups and the cybercrime convention, each event linked to its sources.</source>
        <translation>Масштабируемая хронологическая шкала дипломатии по вопросам безопасности в сфере использования ИКТ: резолюции ООН, рабочие группы и конвенция против киберпреступности; каждое событие связано со своими источниками.</translation>
    </message>
    <message>
        <source>About ICTimeline</source>
        <translation>О программе ICTimeline</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>По&amp;иск</translation>
    </message>
    <message>
        <source>&amp;Dim Events That Do Not Match</source>
        <translation>&amp;Затенять события, не подходящие под фильтры</translation>
    </message>
    <message>
        <source>Show filtered-out events faded instead of hiding them</source>
        <translation>Показывать отфильтрованные события бледными, а не скрывать их</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>status bar: shown of all</comment>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>ict::app::Navigator</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back to the previous event or passage</source>
        <translation>Вернуться к предыдущему событию или фрагменту</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Уме&amp;ньшить</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Показать &amp;весь период</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>&amp;Масштаб по выделенному</translation>
    </message>
    <message>
        <source>Pan &amp;Left</source>
        <translation>Сдвинуть в&amp;лево</translation>
    </message>
    <message>
        <source>Pan &amp;Right</source>
        <translation>Сдвинуть вп&amp;раво</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Сл&amp;едующее событие</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Предыдущее событие</translation>
    </message>
    <message>
        <source>&amp;Open Details</source>
        <translation>&amp;Открыть подробности</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Сн&amp;ять выделение</translation>
    </message>
    <message>
        <source>&amp;Group Lanes By</source>
        <translation>&amp;Группировка дорожек</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>По &amp;форуму</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>По &amp;теме</translation>
    </message>
    <message>
        <source>Event &amp;Kind</source>
        <translation>По т&amp;ипу события</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>That passage could not be opened.</source>
        <translation>Не удалось открыть этот фрагмент.</translation>
    </message>
    <message>
        <source>This passage is linked to no event.</source>
        <translation>Этот фрагмент не связан ни с одним событием.</translation>
    </message>
    <message>
        <source>This passage is linked to: %1</source>
        <translation>Связанные с фрагментом события: %1</translation>
    </message>
    <message>
        <source>Unknown event “%1”.</source>
        <translation>Неизвестное событие «%1».</translation>
    </message>
    <message>
        <source>Unknown passage “%1”.</source>
        <translation>Неизвестный фрагмент «%1».</translation>
    </message>
    <message>
        <source>That source could not be opened.</source>
        <translation>Не удалось открыть этот источник.</translation>
    </message>
</context>
<context>
    <name>ict::app::OverviewStrip</name>
    <message>
        <source>Overview of the whole period: click or drag to move the view</source>
        <translation>Обзор всего периода: щёлкните или перетащите, чтобы переместить область просмотра</translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>Обзор хронологии</translation>
    </message>
</context>
<context>
    <name>ict::app::SearchPanel</name>
    <message>
        <source>Search events, passages and sources</source>
        <translation>Поиск по событиям, фрагментам и источникам</translation>
    </message>
    <message>
        <source>Words must all match; &quot;a phrase&quot; in quotes; budap* for a prefix; OR; -word to exclude</source>
        <translation>Должны совпасть все слова; «фразу» — в кавычках &quot;…&quot;; budap* — по началу слова; OR; -слово — исключить</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Введите запрос.</translation>
    </message>
    <message>
        <source>Search is not available for this database.</source>
        <translation>Поиск недоступен для этой базы данных.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Passage in %1</source>
        <translation>Фрагмент из: %1</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Cannot search for this: %1</source>
        <translation>Такой запрос невозможен: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>%1 events, %2 passages, %3 sources</source>
        <translation>событий: %1, фрагментов: %2, источников: %3</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>СОБЫТИЕ</translation>
    </message>
    <message>
        <source>PASSAGE</source>
        <translation>ФРАГМЕНТ</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
    </message>
</context>
<context>
    <name>ict::app::SourceReader</name>
    <message>
        <source>Copy quote with citation</source>
        <translation>Копировать цитату со ссылкой</translation>
    </message>
    <message>
        <source>Open a passage from the details of an event to read it in its source.</source>
        <translation>Откройте фрагмент в подробностях события, чтобы прочитать его в источнике.</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Жанр: %1</translation>
    </message>
    <message>
        <source>An opinion piece: its passages are the author&apos;s claims or stated positions, not verified facts.</source>
        <translation>Авторская статья: её фрагменты — утверждения или заявленные позиции автора, а не проверенные факты.</translation>
    </message>
    <message>
        <source>The passage you opened</source>
        <translation>Открытый вами фрагмент</translation>
    </message>
    <message>
        <source>A linked passage: click to see its events</source>
        <translation>Связанный фрагмент: щёлкните, чтобы увидеть его события</translation>
    </message>
</context>
<context>
    <name>ict::app::Timeline</name>
    <message>
        <source>General Assembly</source>
        <translation>Генеральная Ассамблея</translation>
    </message>
    <message>
        <source>Expert groups (GGE)</source>
        <translation>Группы экспертов (ГПЭ)</translation>
    </message>
    <message>
        <source>Working groups and successors</source>
        <translation>Рабочие группы и их преемники</translation>
    </message>
    <message>
        <source>Cybercrime treaties</source>
        <translation>Договоры о киберпреступности</translation>
    </message>
    <message>
        <source>Regional organisations</source>
        <translation>Региональные организации</translation>
    </message>
    <message>
        <source>Internet governance</source>
        <translation>Управление интернетом</translation>
    </message>
    <message>
        <source>Opinion and press</source>
        <translation>Мнения и СМИ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
</context>
<context>
    <name>ict::app::TimelineLegend</name>
    <message>
        <source>exact day</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>approximate or uncertain</source>
        <translation>приблизительно или предположительно</translation>
    </message>
    <message>
        <source>month or year only</source>
        <translation>только месяц или год</translation>
    </message>
    <message>
        <source>folded events (count)</source>
        <translation>свёрнутые события (число)</translation>
    </message>
</context>
<context>
    <name>ict::app::TimelineView</name>
    <message>
        <source>No events to show</source>
        <translation>Нет событий для показа</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>%n events here — click to zoom in</source>
        <translation>
            <numerusform>Здесь %n событие — щёлкните, чтобы увеличить</numerusform>
            <numerusform>Здесь %n события — щёлкните, чтобы увеличить</numerusform>
            <numerusform>Здесь %n событий — щёлкните, чтобы увеличить</numerusform>
        </translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Без темы</translation>
    </message>
</context>
<context>
    <name>ict::core::CitationText</name>
    <message>
        <source>UN General Assembly resolution %1</source>
        <translation>Резолюция %1 Генеральной Ассамблеи ООН</translation>
    </message>
    <message>
        <source>UN Human Rights Council resolution %1</source>
        <translation>Резолюция %1 Совета ООН по правам человека</translation>
    </message>
    <message>
        <source>UN document</source>
        <translation>Документ ООН</translation>
    </message>
    <message>
        <source>%1 (attributed)</source>
        <translation>%1 (авторство приписывается)</translation>
    </message>
    <message>
        <source>%1 (title reconstructed)</source>
        <translation>%1 (название восстановлено)</translation>
    </message>
</context>
<context>
    <name>ict::core::DateText</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>about %1 (uncertain)</source>
        <translation>около %1 (предположительно)</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (предположительно)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>unknown start – %1</source>
        <translation>начало неизвестно – %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>%1 – unknown end</source>
        <translation>%1 – окончание неизвестно</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
</TS>
