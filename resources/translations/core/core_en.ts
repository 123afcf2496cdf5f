<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recovery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win back departed customers: guided recovery calls, reasons, reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Show &amp;money in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added: the chart shows one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>Welcome to Recovery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new installation. Who is working here? You will be its supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a supervisor does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import departed customers (Ctrl+I)</source>
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
        <source>S&amp;witch user…</source>
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
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Recovery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: departed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: departed yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: departed %1 days ago (30 days or fewer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon: departed %1 days ago (31 to 90 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older: departed %1 days ago (more than 90 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue: search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: switch My queue / All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: call the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, phone or customer id (Ctrl+F; Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customers to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue or all departed customers (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click: call the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since departure: &lt;b&gt;&lt;span style=&quot;color:#c62828&quot;&gt;bold red&lt;/span&gt;&lt;/b&gt; = urgent (30 days or fewer), &lt;span style=&quot;color:#a15c00&quot;&gt;amber&lt;/span&gt; = soon (31 to 90 days), &lt;span style=&quot;color:#6b6b6b&quot;&gt;grey&lt;/span&gt; = older. Hover a number for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My queue is in priority order: the rescue cycle weighs the monthly revenue lost and how recently the customer left (Cycles → Priority weights). Click a column header to sort by it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskErrorReporter</name>
    <message>
        <source>Recovery Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Desk could not finish loading or saving some data in the background. What you see may be incomplete or out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPickDialog</name>
    <message>
        <source>Who is working here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name. The role decides what the app offers you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Recovery Desk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} belongs to another program. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Recovery Desk (schema {detail}). Update the app; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is read-only. Choose a data folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} records more than one schema version ({detail}): it is damaged. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Recovery Desk database. It was left untouched; move it away to start a new database there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be used: it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre refused the user name or password ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desk holds demo data, which never goes to a centre; sync a desk set up with real data instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre cannot be reached ({detail}); changes stay in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the centre is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre has no Recovery Desk schema yet: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the centre runs an older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre runs an older schema ({detail}); ask its owner to run &apos;recovery-desk central init&apos;. Changes stay in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: update Recovery Desk (the centre is newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre runs a newer schema ({detail}); update Recovery Desk. Changes stay in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: the centre refused a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre refused a change ({detail}): this desk&apos;s centre login may not write it. Ask the centre&apos;s owner to check the login&apos;s role; the change stays in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
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
<context>
    <name>teams</name>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp; Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works a queue of departed customers and runs the guided call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personally calls a handful of high-value departed customers each cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens rescue cycles, imports and assigns customers, edits the catalogues, reads the reports, and can add agents and executives later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>cycle status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>cycle status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>coaching note status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>coaching note status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <comment>coaching note status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: schedule a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
