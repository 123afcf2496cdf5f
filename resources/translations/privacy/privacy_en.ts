<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DailyPurge</name>
    <message>
        <source>Retention: personal data of %1 customers and the notes of %2 calls erased; %3 old backups removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what is held about this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data subject&apos;s request, e.g. LGPD-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was already erased: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing removes, on this desk now, and at the centre and on every other desk at their next sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name, code, phone, e-mail and notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s own words, read-back and step notes in %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of %1 promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes of %1 call-backs, %2 care reviews and %3 health indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coaching notes about their calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept under the pseudonym %1: reasons, revenue, dates and outcomes, so every report&apos;s totals stay the same. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Customer: export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; see the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about this customer, as a JSON file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase &amp;personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data on request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased: the customer is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no customer has this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request reference is longer than 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retention period must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
