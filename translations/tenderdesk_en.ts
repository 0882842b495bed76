<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>td</name>
    <message numerus="yes">
        <source>%n bid(s)</source>
        <translation>
            <numerusform>%n bid</numerusform>
            <numerusform>%n bids</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CostModel</name>
    <message numerus="yes">
        <source>%n accelerator(s), as declared</source>
        <translation>
            <numerusform>%n accelerator, as declared</numerusform>
            <numerusform>%n accelerators, as declared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::HtmlPdfPrinter</name>
    <message numerus="yes">
        <source>Printing the document to PDF took longer than %n second(s) and was stopped. Try again when the computer is less busy.</source>
        <translation>
            <numerusform>Printing the document to PDF took longer than %n second and was stopped. Try again when the computer is less busy.</numerusform>
            <numerusform>Printing the document to PDF took longer than %n seconds and was stopped. Try again when the computer is less busy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SealingKeys</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long. Choose a longer passphrase and try again.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character long. Choose a longer passphrase and try again.</numerusform>
            <numerusform>The passphrase must be at least %n characters long. Choose a longer passphrase and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ZipArchive</name>
    <message numerus="yes">
        <source>The package %1 holds more than %n files, more than a tender package may hold. Ask the sender to split it.</source>
        <translation>
            <numerusform>The package %1 holds more than %n file, more than a tender package may hold. Ask the sender to split it.</numerusform>
            <numerusform>The package %1 holds more than %n files, more than a tender package may hold. Ask the sender to split it.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Tender %1 has no question number %2; it has %n question(s).</source>
        <translation>
            <numerusform>Tender %1 has no question number %2; it has %n question.</numerusform>
            <numerusform>Tender %1 has no question number %2; it has %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  usage differs from the streamed chunks in %n request(s)</source>
        <translation>
            <numerusform>  usage differs from the streamed chunks in %n request</numerusform>
            <numerusform>  usage differs from the streamed chunks in %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every anchor matches the log: %n checked.</source>
        <translation>
            <numerusform>Every anchor matches the log: %n checked.</numerusform>
            <numerusform>Every anchor matches the log: %n checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every release has its audit entry: %n checked.</source>
        <translation>
            <numerusform>Every release has its audit entry: %n checked.</numerusform>
            <numerusform>Every release has its audit entry: %n checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BenchmarkForm</name>
    <message numerus="yes">
        <source>The server serves %n model(s).</source>
        <translation>
            <numerusform>The server serves %n model.</numerusform>
            <numerusform>The server serves %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::BuyerDesk</name>
    <message numerus="yes">
        <source>The bids were opened: %n bid(s) unsealed.</source>
        <translation>
            <numerusform>The bids were opened: %n bid unsealed.</numerusform>
            <numerusform>The bids were opened: %n bids unsealed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid bid(s) opened.</source>
        <translation>
            <numerusform>%n valid bid opened.</numerusform>
            <numerusform>%n valid bids opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CatalogCells</name>
    <message numerus="yes">
        <source>%1 must be a number of zero or more with at most %n decimal(s).</source>
        <translation>
            <numerusform>%1 must be a number of zero or more with at most %n decimal.</numerusform>
            <numerusform>%1 must be a number of zero or more with at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CollusionView</name>
    <message numerus="yes">
        <source>No collusion signals between the %n opened bid(s).</source>
        <translation>
            <numerusform>No collusion signals between the %n opened bid.</numerusform>
            <numerusform>No collusion signals between the %n opened bids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) between the opened bids. Each is evidence for the panel to weigh under Article 40, not a finding.</source>
        <translation>
            <numerusform>%n signal between the opened bids. Each is evidence for the panel to weigh under Article 40, not a finding.</numerusform>
            <numerusform>%n signals between the opened bids. Each is evidence for the panel to weigh under Article 40, not a finding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CostPanel</name>
    <message numerus="yes">
        <source>Bound by capacity: %n replica(s) of the declared deployment reserved for the contract cost %1, more than the contracted volume&apos;s %2.</source>
        <translation>
            <numerusform>Bound by capacity: %n replica of the declared deployment reserved for the contract costs %1, more than the contracted volume&apos;s %2.</numerusform>
            <numerusform>Bound by capacity: %n replicas of the declared deployment reserved for the contract cost %1, more than the contracted volume&apos;s %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bound by volume: the contracted tokens cost %1, more than the %n replica(s) reserved for the peak (%2).</source>
        <translation>
            <numerusform>Bound by volume: the contracted tokens cost %1, more than the %n replica reserved for the peak (%2).</numerusform>
            <numerusform>Bound by volume: the contracted tokens cost %1, more than the %n replicas reserved for the peak (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n tender(s) moved on as their deadlines passed.</source>
        <translation>
            <numerusform>%n tender moved on as its deadline passed.</numerusform>
            <numerusform>%n tenders moved on as their deadlines passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OpenedBidsModel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::PassphraseDialog</name>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::RunSummaryView</name>
    <message numerus="yes">
        <source>, %n counted request(s)</source>
        <translation>
            <numerusform>, %n counted request</numerusform>
            <numerusform>, %n counted requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n warm-up request(s)</source>
        <translation>
            <numerusform> after %n warm-up request</numerusform>
            <numerusform> after %n warm-up requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) reported another token count than they streamed</source>
        <translation>
            <numerusform>%n request reported another token count than it streamed</numerusform>
            <numerusform>%n requests reported another token count than they streamed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::TenderEditor</name>
    <message numerus="yes">
        <source>Can be published; %n warning(s) to consider.</source>
        <translation>
            <numerusform>Can be published; %n warning to consider.</numerusform>
            <numerusform>Can be published; %n warnings to consider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before publication.</source>
        <translation>
            <numerusform>%n error to fix before publication.</numerusform>
            <numerusform>%n errors to fix before publication.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::VendorIdentityDialog</name>
    <message numerus="yes">
        <source>%n of 18 characters.</source>
        <translation>
            <numerusform>%n of 18 characters.</numerusform>
            <numerusform>%n of 18 characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>
