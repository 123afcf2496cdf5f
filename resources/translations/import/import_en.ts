<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import departed customers (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import departed customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file exported from your CRM or billing system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
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
        <source>Choose the file (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for national phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil (+55, R$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugal (+351, €)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel leaves the database as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel or close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the customer code or the name: one of them is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingWidget</name>
    <message>
        <source>Column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview: red rejects the row, yellow warns (point at a cell to read why):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryWidget</name>
    <message>
        <source>&amp;Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save errors CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows to fix and import again (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 inserted, %3 updated, %4 unchanged, %5 rejected.
Warnings: %6 without revenue, %7 without departure date, %8 phones not recognised (kept as typed). New reasons to review: %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
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
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by (front-line rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a column for the customer code or the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %2 have the same name &apos;%1&apos;: rename all but one, or choose one by its letter (--map %3=%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: no header row was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;%1&apos; (sheets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a CSV text file or an XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has neither a customer code nor a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no monthly revenue: reports show it as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no departure date: reports show it as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number not recognised, kept as typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount of money: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative amount is not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is too large: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (use dd/mm/yyyy): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is too long (at most %2 characters): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds a formula without a saved value: open the file in Excel, save it and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds a NUL or undecodable byte: correct it and import the row again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more than %2 columns, the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is longer than %2 characters, the most an import reads in one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 holds more than %2 characters, the most an import reads in one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file goes on past row %2 (row %1), the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than %2 cells (at row %1), the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook holds more than %2 shared texts, the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 unpacks to more than %2 MB, the most an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to %1 MB, more than the %2 MB an import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook declares XML entities or a document type (%1), refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged and cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
