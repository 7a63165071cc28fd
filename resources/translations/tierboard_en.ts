<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved: the database does not answer. Your change was not written; try again when the connection is back.</source>
        <translation>Not saved: the database does not answer. Your change was not written; try again when the connection is back.</translation>
    </message>
</context>
<context>
    <name>BoardItemModel</name>
    <message>
        <source>Assignee: %s</source>
        <translation>Assignee: %s</translation>
    </message>
    <message>
        <source>Owner: %s</source>
        <translation>Owner: %s</translation>
    </message>
    <message>
        <source>Lost: %s</source>
        <translation>Lost: %s</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Chose a cheaper offer</source>
        <translation>Chose a cheaper offer</translation>
    </message>
    <message>
        <source>Budget frozen</source>
        <translation>Budget frozen</translation>
    </message>
    <message>
        <source>No answer after the quote</source>
        <translation>No answer after the quote</translation>
    </message>
    <message>
        <source>Deadline too tight</source>
        <translation>Deadline too tight</translation>
    </message>
    <message>
        <source>Did it themselves</source>
        <translation>Did it themselves</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Mark lost</translation>
    </message>
    <message numerus="yes">
        <source>Why was it lost? (%n deal(s))</source>
        <translation>
            <numerusform>Why was it lost? (%n deal)</numerusform>
            <numerusform>Why was it lost? (%n deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who takes it?</source>
        <translation>Who takes it?</translation>
    </message>
    <message>
        <source>Tier 1 is production: who does the work?</source>
        <translation>Tier 1 is production: who does the work?</translation>
    </message>
    <message>
        <source>No deals yet — Ctrl+N makes one, File → Import… brings them from another CRM</source>
        <translation>No deals yet — Ctrl+N makes one, File → Import… brings them from another CRM</translation>
    </message>
    <message>
        <source>Search title or client</source>
        <translation>Search title or client</translation>
    </message>
    <message>
        <source>Drag a card onto a column of the board to bring it back.</source>
        <translation>Drag a card onto a column of the board to bring it back.</translation>
    </message>
    <message>
        <source>Filter by title or client  (Ctrl+F)</source>
        <translation>Filter by title or client  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Only deals I own or work on</source>
        <translation>Only deals I own or work on</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>A new deal in Incoming (Ctrl+N)</source>
        <translation>A new deal in Incoming (Ctrl+N)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nothing matches the filter</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)  ·  %s  ·  %s effort</source>
        <translation>
            <numerusform>%n deal  ·  %s  ·  %s effort</numerusform>
            <numerusform>%n deals  ·  %s  ·  %s effort</numerusform>
        </translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Archive — %s</source>
        <translation>Archive — %s</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Any assignee</translation>
    </message>
    <message>
        <source>%s effort · weighted %s</source>
        <translation>%s effort · weighted %s</translation>
    </message>
    <message>
        <source>%s effort</source>
        <translation>%s effort</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %s, %s effort, weighted %s</source>
        <translation>
            <numerusform>%n deal, %s, %s effort, weighted %s</numerusform>
            <numerusform>%n deals, %s, %s effort, weighted %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lose %n deal(s)</source>
        <translation>
            <numerusform>Lose %n deal</numerusform>
            <numerusform>Lose %n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%s — done by %s</source>
        <translation>%s — done by %s</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>weighted %s</source>
        <translation>weighted %s</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n deal(s) to %s</source>
        <translation>
            <numerusform>Assign %n deal to %s</numerusform>
            <numerusform>Assign %n deals to %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Delete %n deal</numerusform>
            <numerusform>Delete %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete %n deal(s)</source>
        <translation>
            <numerusform>Complete %n deal</numerusform>
            <numerusform>Complete %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revive %n deal(s)</source>
        <translation>
            <numerusform>Revive %n deal</numerusform>
            <numerusform>Revive %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reorder %n deal(s)</source>
        <translation>
            <numerusform>Reorder %n deal</numerusform>
            <numerusform>Reorder %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n deal(s) to %s</source>
        <translation>
            <numerusform>Move %n deal to %s</numerusform>
            <numerusform>Move %n deals to %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Would finish</source>
        <translation>Would finish</translation>
    </message>
    <message>
        <source>Free from</source>
        <translation>Free from</translation>
    </message>
    <message>
        <source>After the due date %s</source>
        <translation>After the due date %s</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%s old</source>
        <translation>%s old</translation>
    </message>
    <message>
        <source>waiting %s</source>
        <translation>waiting %s</translation>
    </message>
    <message>
        <source>due %s · %s old</source>
        <translation>due %s · %s old</translation>
    </message>
    <message>
        <source>due %s</source>
        <translation>due %s</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>Changed by somebody else</source>
        <translation>Changed by somebody else</translation>
    </message>
    <message>
        <source>this deal</source>
        <translation>this deal</translation>
    </message>
    <message>
        <source>Somebody else saved a change to “%s” while you were working on it, so your change was not saved. Their version is now in the database.</source>
        <translation>Somebody else saved a change to “%s” while you were working on it, so your change was not saved. Their version is now in the database.</translation>
    </message>
    <message>
        <source>Somebody else changed the same deal at the same moment, so your change was not saved. Reload to see their version, then make your change again.</source>
        <translation>Somebody else changed the same deal at the same moment, so your change was not saved. Reload to see their version, then make your change again.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Theirs (saved)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Reload their version</translation>
    </message>
    <message>
        <source>&amp;Keep my screen as it is</source>
        <translation>&amp;Keep my screen as it is</translation>
    </message>
    <message>
        <source>Reloading shows their version; make your change again on it.</source>
        <translation>Reloading shows their version; make your change again on it.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>The database does not answer — retrying…</source>
        <translation>The database does not answer — retrying…</translation>
    </message>
    <message>
        <source>What is on screen stays readable. Changes are refused until the connection returns; nothing half-done is saved.</source>
        <translation>What is on screen stays readable. Changes are refused until the connection returns; nothing half-done is saved.</translation>
    </message>
    <message>
        <source>The database does not answer — trying again now…</source>
        <translation>The database does not answer — trying again now…</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to database</source>
        <translation>Connect to database</translation>
    </message>
    <message>
        <source>A file on this computer (one person)</source>
        <translation>A file on this computer (one person)</translation>
    </message>
    <message>
        <source>A PostgreSQL server (a team working together)</source>
        <translation>A PostgreSQL server (a team working together)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL mode:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Tierboard database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Tierboard database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Connecting to %s…</translation>
    </message>
    <message>
        <source>Tierboard</source>
        <translation>Tierboard</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Connect to another database…</source>
        <translation>&amp;Connect to another database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%s — unexpected error</source>
        <translation>%s — unexpected error</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong that Tierboard did not expect.&lt;/b&gt;&lt;br&gt;The action you were doing may not have finished; what was saved before it is safe. You can go on working.</source>
        <translation>&lt;b&gt;Something went wrong that Tierboard did not expect.&lt;/b&gt;&lt;br&gt;The action you were doing may not have finished; what was saved before it is safe. You can go on working.</translation>
    </message>
    <message>
        <source>What happened: %s</source>
        <translation>What happened: %s</translation>
    </message>
    <message>
        <source>The details are also in the log file:&lt;br&gt;%s</source>
        <translation>The details are also in the log file:&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Effort, hours</source>
        <translation>Effort, hours</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Finished on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Why it was lost</translation>
    </message>
    <message>
        <source>Type a name: a new client is added</source>
        <translation>Type a name: a new client is added</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Tier: %s</source>
        <translation>Tier: %s</translation>
    </message>
    <message>
        <source>2026-12-31 or 31.12.2026</source>
        <translation>2026-12-31 or 31.12.2026</translation>
    </message>
    <message>
        <source>Edit “%s”</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop cards here to mark them %s; click to open the archive</source>
        <translation>Drop cards here to mark them %s; click to open the archive</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows that would not import are listed with their line and the reason.</source>
        <translation>Nothing is written yet. Rows that would not import are listed with their line and the reason.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 of %2 rows would be imported; %3 would not.</source>
        <translation>%1 of %2 rows would be imported; %3 would not.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>Nothing was imported: %s</translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message>
        <source>Estimate the effort</source>
        <translation>Estimate the effort</translation>
    </message>
    <message>
        <source>The load chart needs hours. Where a row gives none, the effort can be estimated as amount ÷ hourly rate.</source>
        <translation>The load chart needs hours. Where a row gives none, the effort can be estimated as amount ÷ hourly rate.</translation>
    </message>
    <message>
        <source>do not estimate</source>
        <translation>do not estimate</translation>
    </message>
    <message>
        <source>Hourly rate:</source>
        <translation>Hourly rate:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give no hours in the effort column.</source>
        <translation>
            <numerusform>%n row gives no hours in the effort column.</numerusform>
            <numerusform>%n rows give no hours in the effort column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has no effort column: all %n row(s) need an estimate.</source>
        <translation>
            <numerusform>The file has no effort column: %n row needs an estimate.</numerusform>
            <numerusform>The file has no effort column: all %n rows need an estimate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export deals</source>
        <translation>Export deals</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</translation>
    </message>
    <message>
        <source>%1 deals exported to %2</source>
        <translation>%1 deals exported to %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file exported from another CRM or kept as a spreadsheet.</source>
        <translation>A CSV or Excel (.xlsx) file exported from another CRM or kept as a spreadsheet.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Path of a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Detect from the file's columns</source>
        <translation>Detect from the file's columns</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Import deals</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FirmSettingsDialog</name>
    <message>
        <source>Firm settings</source>
        <translation>Firm settings</translation>
    </message>
    <message>
        <source>These settings are shared by everybody who works in this database.</source>
        <translation>These settings are shared by everybody who works in this database.</translation>
    </message>
    <message>
        <source>Chance to win, by tier</source>
        <translation>Chance to win, by tier</translation>
    </message>
    <message>
        <source>Deadlines and planning</source>
        <translation>Deadlines and planning</translation>
    </message>
    <message>
        <source>Answer incoming within:</source>
        <translation>Answer incoming within:</translation>
    </message>
    <message>
        <source>A new request shows as late after this many working hours</source>
        <translation>A new request shows as late after this many working hours</translation>
    </message>
    <message>
        <source>Working day starts at:</source>
        <translation>Working day starts at:</translation>
    </message>
    <message>
        <source>Working day ends at:</source>
        <translation>Working day ends at:</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Default currency:</translation>
    </message>
    <message>
        <source>The currency of a new deal; a three-letter code such as RUB</source>
        <translation>The currency of a new deal; a three-letter code such as RUB</translation>
    </message>
    <message>
        <source>Forecast horizon:</source>
        <translation>Forecast horizon:</translation>
    </message>
    <message>
        <source>Focus advisor looks ahead:</source>
        <translation>Focus advisor looks ahead:</translation>
    </message>
    <message>
        <source>Hiring advice</source>
        <translation>Hiring advice</translation>
    </message>
    <message>
        <source>Load above capacity by:</source>
        <translation>Load above capacity by:</translation>
    </message>
    <message>
        <source>For at least:</source>
        <translation>For at least:</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>Name, such as New Year</source>
        <translation>Name, such as New Year</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Weighted amounts count a deal in this tier at this share</source>
        <translation>Weighted amounts count a deal in this tier at this share</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>For deals without a close date: this many days from today</source>
        <translation>For deals without a close date: this many days from today</translation>
    </message>
    <message>
        <source>Tier %s:</source>
        <translation>Tier %s:</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>Expected close, tier %s:</source>
        <translation>Expected close, tier %s:</translation>
    </message>
    <message>
        <source>weeks in a row</source>
        <translation>weeks in a row</translation>
    </message>
    <message>
        <source>Saved when you press OK</source>
        <translation>Saved when you press OK</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s is already a holiday</source>
        <translation>%s is already a holiday</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>0.9</source>
        <translation>0.9</translation>
    </message>
    <message>
        <source>0.5</source>
        <translation>0.5</translation>
    </message>
    <message>
        <source>0.1</source>
        <translation>0.1</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Load %</source>
        <translation>Load %</translation>
    </message>
    <message>
        <source>Committed revenue</source>
        <translation>Committed revenue</translation>
    </message>
    <message>
        <source>Weighted revenue</source>
        <translation>Weighted revenue</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Look for orders · tier 1 fills %(share)s</source>
        <translation>Look for orders · tier 1 fills %(share)s</translation>
    </message>
    <message>
        <source>Produce · tier 1 needs %(share)s of capacity</source>
        <translation>Produce · tier 1 needs %(share)s of capacity</translation>
    </message>
    <message>
        <source>Produce, push 0.9 · tier 1 fills %(share)s</source>
        <translation>Produce, push 0.9 · tier 1 fills %(share)s</translation>
    </message>
    <message>
        <source>Nobody has working hours</source>
        <translation>Nobody has working hours</translation>
    </message>
    <message>
        <source>%(name)s · done by %(finish)s</source>
        <translation>%(name)s · done by %(finish)s</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Nobody free</translation>
    </message>
    <message>
        <source>%(name)s · free from %(finish)s</source>
        <translation>%(name)s · free from %(finish)s</translation>
    </message>
    <message>
        <source>Nobody free within the horizon</source>
        <translation>Nobody free within the horizon</translation>
    </message>
    <message>
        <source>%(revenue_low)s – %(revenue_high)s</source>
        <translation>%(revenue_low)s – %(revenue_high)s</translation>
    </message>
    <message>
        <source>Hire · %(weeks)s weeks over capacity</source>
        <translation>Hire · %(weeks)s weeks over capacity</translation>
    </message>
    <message>
        <source>Idle capacity · %(spare)s a week free</source>
        <translation>Idle capacity · %(spare)s a week free</translation>
    </message>
    <message>
        <source>No need to hire</source>
        <translation>No need to hire</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Observed probabilities</source>
        <translation>Observed probabilities</translation>
    </message>
    <message>
        <source>Weigh each tier by the share of its deals the firm actually won, instead of the nominal 0.9, 0.5 and 0.1</source>
        <translation>Weigh each tier by the share of its deals the firm actually won, instead of the nominal 0.9, 0.5 and 0.1</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Make the forecast as if today were a past day, and compare it with what happened</source>
        <translation>Make the forecast as if today were a past day, and compare it with what happened</translation>
    </message>
    <message>
        <source>Chart: hours</source>
        <translation>Chart: hours</translation>
    </message>
    <message>
        <source>Chart: revenue</source>
        <translation>Chart: revenue</translation>
    </message>
    <message>
        <source>Chart PNG…</source>
        <translation>Chart PNG…</translation>
    </message>
    <message>
        <source>Chart PDF…</source>
        <translation>Chart PDF…</translation>
    </message>
    <message>
        <source>Table CSV…</source>
        <translation>Table CSV…</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon:</translation>
    </message>
    <message>
        <source>Tier 1 (committed)</source>
        <translation>Tier 1 (committed)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Learned probabilities</source>
        <translation>Learned probabilities</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Look back</translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation>Computing the forecast…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %s</source>
        <translation>The forecast could not be computed: %s</translation>
    </message>
    <message>
        <source>week of %s</source>
        <translation>week of %s</translation>
    </message>
    <message>
        <source>mixed currencies (%s) added as they are, shown in %s</source>
        <translation>mixed currencies (%s) added as they are, shown in %s</translation>
    </message>
    <message>
        <source>observed shares</source>
        <translation>observed shares</translation>
    </message>
    <message>
        <source>nominal probabilities</source>
        <translation>nominal probabilities</translation>
    </message>
    <message>
        <source>As of %s, with %s (%s)</source>
        <translation>As of %s, with %s (%s)</translation>
    </message>
    <message>
        <source>From today, %s, with %s (%s)</source>
        <translation>From today, %s, with %s (%s)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Median days to won</source>
        <translation>Median days to won</translation>
    </message>
    <message>
        <source>(too few)</source>
        <translation>(too few)</translation>
    </message>
    <message>
        <source>Carousels: %s of %s lost deals came back, a median of %s days after the loss; %s of them were then won. A lost deal later won counts as won from the tier it was revived into.</source>
        <translation>Carousels: %s of %s lost deals came back, a median of %s days after the loss; %s of them were then won. A lost deal later won counts as won from the tier it was revived into.</translation>
    </message>
    <message>
        <source>Tick “As of” and pick a past day to set the forecast made that day beside what was actually won and worked afterwards.</source>
        <translation>Tick “As of” and pick a past day to set the forecast made that day beside what was actually won and worked afterwards.</translation>
    </message>
    <message>
        <source>Tier then</source>
        <translation>Tier then</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected (nominal)</source>
        <translation>Expected (nominal)</translation>
    </message>
    <message>
        <source>Expected (observed)</source>
        <translation>Expected (observed)</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Won amount</translation>
    </message>
    <message>
        <source>The forecast of %s beside what happened until %s. Expected from the pipeline: %s (nominal) or %s (observed); actually won: %s, and %s more from %s deals that arrived later. Hours: forecast %s (nominal) or %s (observed); worked about %s.</source>
        <translation>The forecast of %s beside what happened until %s. Expected from the pipeline: %s (nominal) or %s (observed); actually won: %s, and %s more from %s deals that arrived later. Hours: forecast %s (nominal) or %s (observed); worked about %s.</translation>
    </message>
    <message>
        <source>Tierboard forecast</source>
        <translation>Tierboard forecast</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Save the table</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>Check how the file was read</source>
        <translation>Check how the file was read</translation>
    </message>
    <message>
        <source>Detected from the file; change a choice if the preview looks wrong.</source>
        <translation>Detected from the file; change a choice if the preview looks wrong.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma (1 234,50)</source>
        <translation>Numbers use a decimal comma (1 234,50)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>no date columns mapped yet</source>
        <translation>no date columns mapped yet</translation>
    </message>
    <message>
        <source>Guessed per column (%s)</source>
        <translation>Guessed per column (%s)</translation>
    </message>
    <message>
        <source>All dates like %s</source>
        <translation>All dates like %s</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Assignee: %s</source>
        <translation>Assignee: %s</translation>
    </message>
    <message>
        <source>beyond the horizon</source>
        <translation>beyond the horizon</translation>
    </message>
    <message>
        <source>Planned: %s</source>
        <translation>Planned: %s</translation>
    </message>
    <message>
        <source>Likely (tier 0.9): %s weighted</source>
        <translation>Likely (tier 0.9): %s weighted</translation>
    </message>
    <message>
        <source>Effort: %s</source>
        <translation>Effort: %s</translation>
    </message>
    <message>
        <source>Fixed dates</source>
        <translation>Fixed dates</translation>
    </message>
    <message>
        <source>Due: %s</source>
        <translation>Due: %s</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>late by %n day</numerusform>
            <numerusform>late by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Week of %s</source>
        <translation>Week of %s</translation>
    </message>
    <message>
        <source>Booked %s of %s</source>
        <translation>Booked %s of %s</translation>
    </message>
    <message>
        <source>Over capacity: %s</source>
        <translation>Over capacity: %s</translation>
    </message>
    <message>
        <source>Free: %s</source>
        <translation>Free: %s</translation>
    </message>
    <message>
        <source>Likely (0.9, weighted): %s</source>
        <translation>Likely (0.9, weighted): %s</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import deals</source>
        <translation>Import deals</translation>
    </message>
    <message>
        <source>Id in the file</source>
        <translation>Id in the file</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status (won/lost/open)</source>
        <translation>Status (won/lost/open)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Planned finish</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Effort, hours</source>
        <translation>Effort, hours</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Tierboard id</source>
        <translation>Tierboard id</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The database server %s does not answer: %s</source>
        <translation>The database server %s does not answer: %s</translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Free from</source>
        <translation>Free from</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Hours booked / capacity in the week of %s (this week: from today)</source>
        <translation>Hours booked / capacity in the week of %s (this week: from today)</translation>
    </message>
    <message>
        <source>%s: %s a week</source>
        <translation>%s: %s a week</translation>
    </message>
    <message>
        <source>The first working day after all committed work</source>
        <translation>The first working day after all committed work</translation>
    </message>
    <message>
        <source>Not working this week</source>
        <translation>Not working this week</translation>
    </message>
    <message>
        <source>Booked %s of %s</source>
        <translation>Booked %s of %s</translation>
    </message>
    <message>
        <source>Over capacity: +%s%s</source>
        <translation>Over capacity: +%s%s</translation>
    </message>
    <message>
        <source>Free: %s</source>
        <translation>Free: %s</translation>
    </message>
    <message>
        <source>Likely (0.9, weighted): %s</source>
        <translation>Likely (0.9, weighted): %s</translation>
    </message>
</context>
<context>
    <name>LoadView</name>
    <message>
        <source>Show likely load (0.9)</source>
        <translation>Show likely load (0.9)</translation>
    </message>
    <message>
        <source>Deals in tier 0.9 with an assignee, weighted by the probability, laid after the committed work</source>
        <translation>Deals in tier 0.9 with an assignee, weighted by the probability, laid after the committed work</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Show more days (Ctrl+wheel zooms too)</source>
        <translation>Show more days (Ctrl+wheel zooms too)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Show fewer days</source>
        <translation>Show fewer days</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>An open deal nobody is assigned to yet</source>
        <translation>An open deal nobody is assigned to yet</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Hours booked / capacity, per week</source>
        <translation>Hours booked / capacity, per week</translation>
    </message>
    <message>
        <source>Who takes it</source>
        <translation>Who takes it</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>fixed dates</source>
        <translation>fixed dates</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>likely</translation>
    </message>
    <message>
        <source>time off, holiday</source>
        <translation>time off, holiday</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>not working</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>over capacity</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals in production</source>
        <translation>
            <numerusform>%n deal in production</numerusform>
            <numerusform>%n deals in production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n over capacity</numerusform>
            <numerusform>%n over capacity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) of people no longer active: reassign them</source>
        <translation>
            <numerusform>%n deal of people no longer active: reassign them</numerusform>
            <numerusform>%n deals of people no longer active: reassign them</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick an unassigned deal…</source>
        <translation>Pick an unassigned deal…</translation>
    </message>
    <message>
        <source>Pick a deal to see who could finish it first, given their queue and calendar.</source>
        <translation>Pick a deal to see who could finish it first, given their queue and calendar.</translation>
    </message>
    <message>
        <source>, due %s</source>
        <translation>, due %s</translation>
    </message>
    <message>
        <source>Effort %s%s. Earliest finish first:</source>
        <translation>Effort %s%s. Earliest finish first:</translation>
    </message>
    <message>
        <source>Assign to %s</source>
        <translation>Assign to %s</translation>
    </message>
    <message>
        <source>Give “%s” to %s</source>
        <translation>Give “%s” to %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Forecast</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Export view to &amp;PDF…</source>
        <translation>Export view to &amp;PDF…</translation>
    </message>
    <message>
        <source>Export view to P&amp;NG…</source>
        <translation>Export view to P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Export &amp;deals…</source>
        <translation>Export &amp;deals…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;About Tierboard</source>
        <translation>&amp;About Tierboard</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;New deal…</translation>
    </message>
    <message>
        <source>&amp;Filter the board</source>
        <translation>&amp;Filter the board</translation>
    </message>
    <message>
        <source>Board as &amp;columns</source>
        <translation>Board as &amp;columns</translation>
    </message>
    <message>
        <source>Board as one &amp;list</source>
        <translation>Board as one &amp;list</translation>
    </message>
    <message>
        <source>F&amp;irm</source>
        <translation>F&amp;irm</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>Firm &amp;settings…</source>
        <translation>Firm &amp;settings…</translation>
    </message>
    <message>
        <source>This view is not available in this build.</source>
        <translation>This view is not available in this build.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <source>Could not write %s: check the folder and its permissions</source>
        <translation>Could not write %s: check the folder and its permissions</translation>
    </message>
    <message>
        <source>Export to PNG</source>
        <translation>Export to PNG</translation>
    </message>
    <message>
        <source>Not done — %s: %s</source>
        <translation>Not done — %s: %s</translation>
    </message>
    <message>
        <source>Not done — %s</source>
        <translation>Not done — %s</translation>
    </message>
    <message>
        <source>The log is in %s</source>
        <translation>The log is in %s</translation>
    </message>
    <message>
        <source>About Tierboard</source>
        <translation>About Tierboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierboard&lt;/b&gt; %s&lt;br&gt;Deals from first contact to delivered work.&lt;br&gt;&lt;br&gt;Database: %s</source>
        <translation>&lt;b&gt;Tierboard&lt;/b&gt; %s&lt;br&gt;Deals from first contact to delivered work.&lt;br&gt;&lt;br&gt;Database: %s</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <source>Which column of the file holds each field of a deal. Fields left out stay empty.</source>
        <translation>Which column of the file holds each field of a deal. Fields left out stay empty.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>System language (%s)</translation>
    </message>
    <message>
        <source>The new language is used the next time Tierboard starts.</source>
        <translation>The new language is used the next time Tierboard starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Map the stages to tiers</source>
        <translation>Map the stages to tiers</translation>
    </message>
    <message>
        <source>Each stage name of the file goes to a tier. “By probability” takes the tier nearest to the row's probability.</source>
        <translation>Each stage name of the file goes to a tier. “By probability” takes the tier nearest to the row's probability.</translation>
    </message>
    <message>
        <source>to Done (the work is finished)</source>
        <translation>to Done (the work is finished)</translation>
    </message>
    <message>
        <source>to 1, in production (the work is still to do)</source>
        <translation>to 1, in production (the work is still to do)</translation>
    </message>
    <message>
        <source>Won deals go</source>
        <translation>Won deals go</translation>
    </message>
    <message>
        <source>— choose a tier —</source>
        <translation>— choose a tier —</translation>
    </message>
    <message numerus="yes">
        <source>%s (%n rows):</source>
        <translation>
            <numerusform>%s (%n row):</numerusform>
            <numerusform>%s (%n rows):</numerusform>
        </translation>
    </message>
    <message>
        <source>No stage column is mapped: every row needs a tier, so go back and map one.</source>
        <translation>No stage column is mapped: every row needs a tier, so go back and map one.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>%1 deals created, %2 updated.</source>
        <translation>%1 deals created, %2 updated.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The changes to %s are not saved. Drop them?</source>
        <translation>The changes to %s are not saved. Drop them?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Hours a week</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;New employee</source>
        <translation>&amp;New employee</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>Designer, engineer, manager…</source>
        <translation>Designer, engineer, manager…</translation>
    </message>
    <message>
        <source>The colour of this person's bars in the load chart</source>
        <translation>The colour of this person's bars in the load chart</translation>
    </message>
    <message>
        <source>Works here now</source>
        <translation>Works here now</translation>
    </message>
    <message>
        <source>People who left stay in the history but get no new work and no capacity</source>
        <translation>People who left stay in the history but get no new work and no capacity</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Time off</translation>
    </message>
    <message>
        <source>Vacation, sick leave…</source>
        <translation>Vacation, sick leave…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved yet: press Save.</source>
        <translation>Not saved yet: press Save.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Colour of %s</source>
        <translation>Colour of %s</translation>
    </message>
    <message>
        <source>%s a week</source>
        <translation>%s a week</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>the new employee</source>
        <translation>the new employee</translation>
    </message>
</context>
<context>
    <name>advisor</name>
    <message>
        <source>Answer Incoming first: %(count)s waiting, the oldest for %(age)s</source>
        <translation>Answer Incoming first: %(count)s waiting, the oldest for %(age)s</translation>
    </message>
    <message>
        <source>All calm: nothing waits in Incoming and tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks).</source>
        <translation>All calm: nothing waits in Incoming and tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks).</translation>
    </message>
    <message>
        <source>, %(overdue)s past the answer deadline</source>
        <translation>, %(overdue)s past the answer deadline</translation>
    </message>
    <message>
        <source>Nobody has working hours in the next %(weeks)s weeks: add people or their hours in Firm → Team…</source>
        <translation>Nobody has working hours in the next %(weeks)s weeks: add people or their hours in Firm → Team…</translation>
    </message>
    <message>
        <source>Tier 1 holds %(hours)s of work against %(capacity)s of team capacity in the next %(weeks)s weeks: deliver what is won; going down to 0.9 is pointless now.</source>
        <translation>Tier 1 holds %(hours)s of work against %(capacity)s of team capacity in the next %(weeks)s weeks: deliver what is won; going down to 0.9 is pointless now.</translation>
    </message>
    <message>
        <source>Tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks): push 0.9 — %(count)s deals worth %(amount)s.</source>
        <translation>Tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks): push 0.9 — %(count)s deals worth %(amount)s.</translation>
    </message>
    <message>
        <source>Tier 1 is under control and 0.9 is empty: work on %(tier)s — %(count)s deals worth %(amount)s.</source>
        <translation>Tier 1 is under control and 0.9 is empty: work on %(tier)s — %(count)s deals worth %(amount)s.</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>1 · In production</source>
        <translation>1 · In production</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Look for orders now: work already won (tier 1, %(committed)s) fills only %(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s).</source>
        <translation>Look for orders now: work already won (tier 1, %(committed)s) fills only %(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s).</translation>
    </message>
    <message>
        <source>Produce, and don't go down the tiers: tier 1 holds %(committed)s of work, more than the team's capacity over the next %(weeks)s weeks (%(capacity)s, %(share)s).</source>
        <translation>Produce, and don't go down the tiers: tier 1 holds %(committed)s of work, more than the team's capacity over the next %(weeks)s weeks (%(capacity)s, %(share)s).</translation>
    </message>
    <message>
        <source>Keep producing and push 0.9: work already won (tier 1, %(committed)s) fills %(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s).</source>
        <translation>Keep producing and push 0.9: work already won (tier 1, %(committed)s) fills %(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s).</translation>
    </message>
    <message>
        <source>Nobody has working hours in the next %(weeks)s weeks: add people or their hours in Firm → Team…</source>
        <translation>Nobody has working hours in the next %(weeks)s weeks: add people or their hours in Firm → Team…</translation>
    </message>
    <message>
        <source>Nobody can take a new order: there is no active employee.</source>
        <translation>Nobody can take a new order: there is no active employee.</translation>
    </message>
    <message>
        <source>None of the %(team)s active employees could finish a typical order (%(effort)s) within the schedule's horizon.</source>
        <translation>None of the %(team)s active employees could finish a typical order (%(effort)s) within the schedule's horizon.</translation>
    </message>
    <message>
        <source>No open deal gives an effort, so a typical order cannot be sized: %(name)s is free first, from %(finish)s.</source>
        <translation>No open deal gives an effort, so a typical order cannot be sized: %(name)s is free first, from %(finish)s.</translation>
    </message>
    <message>
        <source>The next order goes to %(name)s, who would finish a typical one (%(effort)s, the median of %(open)s open deals) by %(finish)s.</source>
        <translation>The next order goes to %(name)s, who would finish a typical one (%(effort)s, the median of %(open)s open deals) by %(finish)s.</translation>
    </message>
    <message>
        <source>Then: %(others)s.</source>
        <translation>Then: %(others)s.</translation>
    </message>
    <message>
        <source>Expected volume: revenue %(revenue_low)s (tier 1 only) to %(revenue_high)s (every deal weighted); work %(hours_low)s to %(hours_high)s.</source>
        <translation>Expected volume: revenue %(revenue_low)s (tier 1 only) to %(revenue_high)s (every deal weighted); work %(hours_low)s to %(hours_high)s.</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>By month:</translation>
    </message>
    <message>
        <source>%(count)s tier-1 deals (%(amount)s) are past their due date: their revenue is counted when the schedule finishes their work, not on the date they were due.</source>
        <translation>%(count)s tier-1 deals (%(amount)s) are past their due date: their revenue is counted when the schedule finishes their work, not on the date they were due.</translation>
    </message>
    <message>
        <source>%(tier)s: %(count)s deals, %(revenue)s, %(hours)s</source>
        <translation>%(tier)s: %(count)s deals, %(revenue)s, %(hours)s</translation>
    </message>
    <message>
        <source>Not counted, as it falls after %(last)s (weighted): %(parts)s.</source>
        <translation>Not counted, as it falls after %(last)s (weighted): %(parts)s.</translation>
    </message>
    <message>
        <source>Mixed currencies: amounts in %(codes)s are added as they are, without conversion, and written in %(currency)s.</source>
        <translation>Mixed currencies: amounts in %(codes)s are added as they are, without conversion, and written in %(currency)s.</translation>
    </message>
    <message>
        <source>the week of %(first)s</source>
        <translation>the week of %(first)s</translation>
    </message>
    <message>
        <source>the %(count)s weeks of %(first)s–%(last)s</source>
        <translation>the %(count)s weeks of %(first)s–%(last)s</translation>
    </message>
    <message>
        <source>Consider hiring: the expected load exceeds capacity by more than %(threshold)s in %(over)s (%(excess)s a week over on average).</source>
        <translation>Consider hiring: the expected load exceeds capacity by more than %(threshold)s in %(over)s (%(excess)s a week over on average).</translation>
    </message>
    <message>
        <source>Capacity sits idle: even with every deal weighted in, %(spare)s a week stay free in %(idle)s.</source>
        <translation>Capacity sits idle: even with every deal weighted in, %(spare)s a week stay free in %(idle)s.</translation>
    </message>
    <message>
        <source>No need to hire: the expected load stays within %(threshold)s of capacity, never %(in_a_row)s weeks in a row above it.</source>
        <translation>No need to hire: the expected load stays within %(threshold)s of capacity, never %(in_a_row)s weeks in a row above it.</translation>
    </message>
    <message>
        <source>Sales or production?</source>
        <translation>Sales or production?</translation>
    </message>
    <message>
        <source>Who takes the next order?</source>
        <translation>Who takes the next order?</translation>
    </message>
    <message>
        <source>What volume can we expect?</source>
        <translation>What volume can we expect?</translation>
    </message>
    <message>
        <source>Do we need to hire?</source>
        <translation>Do we need to hire?</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>&amp;Connect to database…</translation>
    </message>
    <message>
        <source>Do not warn again for this file</source>
        <translation>Do not warn again for this file</translation>
    </message>
    <message>
        <source>The database is empty. Fill it with a demo firm (8 people, 300 deals) to try Tierboard? You can start empty instead and import your own deals.</source>
        <translation>The database is empty. Fill it with a demo firm (8 people, 300 deals) to try Tierboard? You can start empty instead and import your own deals.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>Nobody of them — I only look</source>
        <translation>Nobody of them — I only look</translation>
    </message>
    <message>
        <source>Tierboard records who moves and changes deals. Who are you?
(You work as “%s”; you are asked only once.)</source>
        <translation>Tierboard records who moves and changes deals. Who are you?
(You work as “%s”; you are asked only once.)</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
</context>
</TS>
