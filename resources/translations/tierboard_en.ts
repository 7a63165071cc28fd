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
    <name>DropZone</name>
    <message>
        <source>Drop cards here to mark them %s; click to open the archive</source>
        <translation>Drop cards here to mark them %s; click to open the archive</translation>
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
        <source>Export to PNG</source>
        <translation>Export to PNG</translation>
    </message>
    <message>
        <source>Not done — %s: %s</source>
        <translation>Not done — %s: %s</translation>
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
