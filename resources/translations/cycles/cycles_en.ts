<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssignmentsModel</name>
    <message>
        <source>Customer</source>
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
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag customers onto a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to drop customers on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent or executive to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleFormWidget</name>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departed within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue m&amp;inimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue ma&amp;ximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency &amp;of the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the revenue band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known reason &amp;categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude won &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude customers won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude do-not-ca&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude do-not-call customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not contacted in the last (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted in the last days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;venue weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency w&amp;eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The band keeps customers billed in this currency: amounts in different currencies are never compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers each rule keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers each rule keeps: could not be computed (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclePanel</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 · contacted %2 · reached %3 · won back %4 · recovery rate %5 · recovered monthly revenue %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>Ne&amp;w cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close c&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 customers: %2 to executives, %3 to agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the cycle “%1”? Its figures will be frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action failed; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartedModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with unknown revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartedPage</name>
    <message>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table for a spreadsheet (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed customers per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of lost revenue per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost monthly revenue and departed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers left, %2 of monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost monthly revenue and departed customers billed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost monthly revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>All departed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed recently enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the revenue band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chosen segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chosen regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a known reason of the chosen categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not already won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked do-not-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cycle needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cycle named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cycle named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle &apos;%1&apos; is closed: its figures are frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active person named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no active agent or executive to assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an active agent or executive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
