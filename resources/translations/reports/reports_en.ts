<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export reason log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonymise (no names, no verbatims; customers and agents hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the customers&apos; own words (verbatims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the verbatims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatims are free text and may identify people: the file is then not fully pseudonymised, and its column says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatims warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiltersWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyc&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;egion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
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
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Departure reasons (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of lost revenue: no known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of customers: no known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers billed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share of all lost revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share of all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pareto chart of departure reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3% of the total, cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate by cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference band (10–30%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate by cycle chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>(no known reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
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
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost if approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport reason log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reason log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reason log (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the reason log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers &amp;&amp; promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By n&amp;umber of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by number of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By c&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step times table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four expectations table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link: choose the file itself, links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is %2 bytes long; this folder allows at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not exported: the audit log could not record it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
