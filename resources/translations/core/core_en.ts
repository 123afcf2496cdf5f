<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>startup</source>
        <comment>%1 is not a Recovery Desk database. It was left untouched.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <comment>%1 belongs to another program. It was left untouched.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <comment>%1 was written by a newer version of Recovery Desk. Update the app; the file was left untouched.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <comment>%1 is locked by another program. Close it and try again.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <comment>%1 is read-only. Choose a data folder you can write to.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <comment>The disk holding %1 is full.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startup</source>
        <comment>%1 cannot be used: it may be damaged.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recovery Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
