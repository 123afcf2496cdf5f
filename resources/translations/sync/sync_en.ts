<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <source>Sync details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync history could not be read; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruled value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received rows waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overruled values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made here is sent or waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No received row waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that another change overruled (the change that reached the centre later wins), newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overruled values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Central database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host (empty: this computer only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with these settings (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings could not be read; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coaching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made here by another user: this desk&apos;s centre login may not send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another person&apos;s record at the centre: this login may not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk&apos;s centre login (%1) may not change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for %1 %2 (field %3), which this desk cannot read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows since %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 row since %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 change: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 received row waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received rows wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row received from the centre waits for a record this desk cannot read yet; it is kept and tried again at every sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows received from the centre wait for a record this desk cannot read yet; they are kept and tried again at every sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here that the centre will never take from this desk&apos;s login are kept aside and not sent again (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk now works as %1 (%2), the user of its centre login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central database settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive changes now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the sync details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>no keyring available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
