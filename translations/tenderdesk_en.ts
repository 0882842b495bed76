<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accelerators</name>
    <message>
        <source>The built-in accelerator catalog is missing from this build. Reinstall TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 follows entry %2: entries were deleted or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: an entry was inserted, deleted or changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitive negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitive consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central SOE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local SOE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo market holds between 1 and 10,000,000 tenders; %1 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %1 tenders; a demo market is only loaded into an empty database. Choose a new file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo market was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo market catalog is missing from this build. Reinstall TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo market catalog is incomplete. Reinstall TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database refused a statement: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the changes (%1); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database did not return the id of a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid names lot %1, but tender %2 has %3 lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award of tender %1 names no bid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character &apos;%1&apos; cannot appear in a unified social credit code (I, O, S, V, Z and lowercase letters are not used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character is wrong: expected &apos;%1&apos;. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tenders, bids and market analysis for generative AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer the demo market on an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td</name>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation>
            <numerusform>%n bid</numerusform>
            <numerusform>%n bids</numerusform>
        </translation>
    </message>
    <message>
        <source>No organisation named &apos;%1&apos; is in the database. Give the buyer as an object with its name, short name and unified social credit code to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender file must name its &apos;buyer&apos;: a name, or an object with name, shortName and uscc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer in the tender file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender file is not valid JSON (%1 at byte %2). Fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender file must give its &apos;category&apos;, one of %1: its template fills what the file leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender was not created; fix the file first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template for %1 is missing from this build. Reinstall TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Clarification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Bid deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Minimum domestic accelerator share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Excluded accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload and service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Contracted output tokens per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Concurrent users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Time to first token, p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Time per output token, p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tender a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the buyer that publishes the tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget ceiling must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget ceiling needs an ISO 4217 currency code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one lot: bids are made per lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two lots have the number %1; number them 1, 2, 3...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 needs a positive budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is budgeted in %2 but the tender in %3; use one currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lots&apos; budgets add up to %1, more than the ceiling of %2. Lower a lot&apos;s budget or raise the ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the evaluation criteria and their weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of &apos;%1&apos; must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion &apos;%1&apos; appears twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria need a price criterion: the comprehensive scoring method scores every bid&apos;s price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price weight is %1%; policy expects %2-%3% for services. Check the reason is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the publication date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clarification deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the bid deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the bid opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clarification deadline must come after publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clarification deadline must come before the bid deadline, so that answers reach bidders in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bid deadline must come after publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids cannot be opened before the bid deadline; set the opening at or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bid period is %1 days; the law expects at least %2 days for %3. Move the bid deadline later unless an exception applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum domestic accelerator share must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum domestic accelerator share is %1%; public data centres must use more than 50% domestic chips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the contracted tokens per year: without it no bid&apos;s cost-to-serve can be estimated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::Database</name>
    <message>
        <source>The Qt SQL driver %1 is missing. Install libqt6sql6-sqlite and libqt6sql6-psql (installer/setup.sh does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another place with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the path or address, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TenderDesk database (it could not be read as one). Choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. Choose another file with --database; TenderDesk has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer TenderDesk (schema version %2; this TenderDesk knows up to %3). Update TenderDesk to open it. The database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TenderListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli</name>
    <message numerus="yes">
        <source>%n tender(s)</source>
        <translation>
            <numerusform>%n tender</numerusform>
            <numerusform>%n tenders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries checked.</source>
        <translation>
            <numerusform>Audit log intact: %n entry checked.</numerusform>
            <numerusform>Audit log intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has been tampered with: %n problem(s) found.</source>
        <translation>
            <numerusform>The audit log has been tampered with: %n problem found.</numerusform>
            <numerusform>The audit log has been tampered with: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command does not take --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo market: %1 of %2 tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo market written to %1: %2 tenders, %3 bids, %4 awards, %5 organisations (seed %6, %7 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &apos;%1&apos;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one tender: tenders show REFERENCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tender has the reference &apos;%1&apos;. `tenderdesk-cli tenders list` shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tender file: tender create --from FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tenderdesk-cli [--database PATH|URL] COMMAND

Commands:
  init                         create or upgrade the database
  demo [--seed N] [--tenders N]
                               fill an empty database with a demo market
  tenders list [--json] [--search TEXT] [--status CODE] [--category CODE]
               [--year YYYY] [--limit N]
                               list tenders by reference
  tenders show REFERENCE [--json]
                               one tender with its lots, criteria and bids
  tender create --from FILE.json
                               create a draft tender (its category&apos;s template
                               fills what the file leaves out); prints its
                               reference
  audit verify                 check the hash chain of the audit log
  version                      print the version

The database is an SQLite file (default: the application data folder) or a
PostgreSQL server: --database postgresql://user@host:port/database.
TENDERDESK_DATABASE sets it for every command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of demo tenders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender category code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenderdesk-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::json</name>
    <message>
        <source>In the tender file, &apos;%1&apos; must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time with its offset, such as 2025-03-03T09:00:00+08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with a title and a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with a code and a weight from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount such as {&quot;amount&quot;: &quot;1200000.00&quot;, &quot;currency&quot;: &quot;CNY&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IANA time zone such as Asia/Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::lifecycle</name>
    <message>
        <source>The tender cannot be published yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bid deadline (%1) has already passed; set a later one before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the tender is unsuccessful; the reason is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the valid bids first: a tender is unsuccessful only with too few of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender has %1 valid bids; it can be declared unsuccessful only with fewer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender is %1: nothing follows that status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tender cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendering starts at publication, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bid deadline is %1; bids are accepted until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids are opened together at the opening time, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the tender is cancelled; the reason is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::DemoLoader</name>
    <message>
        <source>Writing the demo market: %1 tenders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendors will prepare their bids here: price and its breakdown, the model offered, the accelerators it runs on and the bid documents, then seal the bid to the tender&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement staff will open sealed bids here, check compliance with the hardware rules, run the evaluation panel&apos;s scoring, review abnormally low prices and record the award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers will benchmark each vendor&apos;s on-premises model through its OpenAI-compatible endpoint here (speed and accuracy) and see the cost-to-serve it implies against the bid price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts will study the whole market here: who wins, at what price, on which accelerators, who wins below cost, and export reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenders in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo market loaded: %1 tenders, %2 bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo market…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no tenders yet. Load a demo market of 931 generative-AI tenders published by central SOEs in 2024, with their bids and awards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo market is only loaded into an empty database. Start TenderDesk with --database NEW-FILE to try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TenderDesk %1&lt;/h3&gt;&lt;p&gt;Tenders, bids and market analysis for state-owned enterprises buying generative AI.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo market is still being written. Cancel it first, or wait until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tender(s) moved on as their deadlines passed.</source>
        <translation>
            <numerusform>%n tender moved on as its deadline passed.</numerusform>
            <numerusform>%n tenders moved on as their deadlines passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::PlannedWorkspace</name>
    <message>
        <source>This workspace is not built yet: it arrives in a later version of TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::TenderDetailView</name>
    <message>
        <source>Select a tender to see its lots, criteria and weights, hardware rules, timeline and bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation criteria and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum domestic accelerator share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload and service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted output tokens per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first token, p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per output token, p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of lot budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::TenderFilterBar</name>
    <message>
        <source>Search titles and descriptions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::TendersWorkspace</name>
    <message>
        <source>Load the demo market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no tenders yet. Load the demo market to explore TenderDesk, or create tenders in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tender matches these filters. Clear the search or choose other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tender no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
