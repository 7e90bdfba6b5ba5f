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
    <name>Screenshot</name>
    <message>
        <source>Cannot save the screenshot to %1: %2</source>
        <translation>Не удаётся сохранить снимок экрана в %1: %2</translation>
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
