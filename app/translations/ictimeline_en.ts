<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English needs a translation too, but only for plural forms: source texts
     say "%n event(s)" so that every language, English included, gets its
     own forms. Add a message here only when it has %n. -->
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ict::app::MainWindow</name>
    <message numerus="yes">
        <source>%Ln event(s) · %1 · data %2</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%Ln event · %1 · data %2</numerusform>
            <numerusform>%Ln events · %1 · data %2</numerusform>
        </translation>
    </message>
</context>
</TS>
