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
    <name>td::BidOpening</name>
    <message numerus="yes">
        <source>Only %n valid bid(s) were opened, fewer than the %1 that this procurement method needs: tender %2 may fail. Declare it unsuccessful if the evaluation confirms it.</source>
        <translation>
            <numerusform>Only %n valid bid was opened, fewer than the %1 that this procurement method needs: tender %2 may fail. Declare it unsuccessful if the evaluation confirms it.</numerusform>
            <numerusform>Only %n valid bids were opened, fewer than the %1 that this procurement method needs: tender %2 may fail. Declare it unsuccessful if the evaluation confirms it.</numerusform>
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
        <source>The package %1 holds more than %n files, more than a package may hold. Ask the sender to split it.</source>
        <translation>
            <numerusform>The package %1 holds more than %n file, more than a package may hold. Ask the sender to split it.</numerusform>
            <numerusform>The package %1 holds more than %n files, more than a package may hold. Ask the sender to split it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::bidjson</name>
    <message numerus="yes">
        <source>The bid file has %n problem(s); fix them and try again: %1</source>
        <translation>
            <numerusform>The bid file has %n problem; fix it and try again: %1</numerusform>
            <numerusform>The bid file has %n problems; fix them and try again: %1</numerusform>
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
    <message numerus="yes">
        <source>No bids of %1 have been opened yet: %n bid(s) still sealed. Open them after the bid deadline with `tenderdesk-cli tender open %1 --passphrase-file FILE`, then look again.</source>
        <translation>
            <numerusform>No bids of %1 have been opened yet: %n bid still sealed. Open it after the bid deadline with `tenderdesk-cli tender open %1 --passphrase-file FILE`, then look again.</numerusform>
            <numerusform>No bids of %1 have been opened yet: %n bids still sealed. Open them after the bid deadline with `tenderdesk-cli tender open %1 --passphrase-file FILE`, then look again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No collusion signals between the %n opened bid(s) of %1.</source>
        <translation>
            <numerusform>No collusion signals: %1 has %n opened bid, nothing to compare it with.</numerusform>
            <numerusform>No collusion signals between the %n opened bids of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collusion signals for %1: %n signal(s) between %2 opened bid(s).</source>
        <translation>
            <numerusform>Collusion signals for %1: %n signal between %2 opened bids.</numerusform>
            <numerusform>Collusion signals for %1: %n signals between %2 opened bids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received bid(s) are still sealed and not compared.</source>
        <translation>
            <numerusform>%n received bid is still sealed and not compared.</numerusform>
            <numerusform>%n received bids are still sealed and not compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bid package(s)</source>
        <translation>
            <numerusform>%n bid package</numerusform>
            <numerusform>%n bid packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s).</source>
        <translation>
            <numerusform>%n hit.</numerusform>
            <numerusform>%n hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The explanation of bid %1 is recorded with %n attachment(s).</source>
        <translation>
            <numerusform>The explanation of bid %1 is recorded with %n attachment.</numerusform>
            <numerusform>The explanation of bid %1 is recorded with %n attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n red flag(s).</source>
        <translation>
            <numerusform>%n red flag.</numerusform>
            <numerusform>%n red flags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %3 releases; tenders %4 created, %5 updated; bids %6 created, %7 updated; awards %8 created, %9 updated; organisations %10 created, %11 matched; %n warning(s).</source>
        <translation><numerusform>%1 (%2): %3 releases; tenders %4 created, %5 updated; bids %6 created, %7 updated; awards %8 created, %9 updated; organisations %10 created, %11 matched; %n warning.</numerusform><numerusform>%1 (%2): %3 releases; tenders %4 created, %5 updated; bids %6 created, %7 updated; awards %8 created, %9 updated; organisations %10 created, %11 matched; %n warnings.</numerusform></translation>
    </message>
</context>
<context>
    <name>td::collusion</name>
    <message numerus="yes">
        <source>%n bidders submitted the very same file (SHA-256 %1).</source>
        <translation>
            <numerusform>%n bidder submitted the very same file (SHA-256 %1).</numerusform>
            <numerusform>%n bidders submitted the very same file (SHA-256 %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bidders sealed their bid packages on the same computer.</source>
        <translation>
            <numerusform>%n bidder sealed its bid packages on the same computer.</numerusform>
            <numerusform>%n bidders sealed their bid packages on the same computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bidders name the same project manager, %1.</source>
        <translation>
            <numerusform>%n bidder names the project manager %1.</numerusform>
            <numerusform>%n bidders name the same project manager, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bidders paid their bid security from the same account, %1.</source>
        <translation>
            <numerusform>%n bidder paid its bid security from the account %1.</numerusform>
            <numerusform>%n bidders paid their bid security from the same account, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents of %n bidders carry the same PDF metadata: %1.</source>
        <translation>
            <numerusform>Documents of %n bidder carry the same PDF metadata: %1.</numerusform>
            <numerusform>Documents of %n bidders carry the same PDF metadata: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bidders in lot %1 bid exactly the same price, %2.</source>
        <translation>
            <numerusform>%n bidder in lot %1 bid the price %2.</numerusform>
            <numerusform>%n bidders in lot %1 bid exactly the same price, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids in lot %1 are evenly spaced, about %2 apart.</source>
        <translation>
            <numerusform>%n bid in lot %1 is evenly spaced, about %2 apart.</numerusform>
            <numerusform>%n bids in lot %1 are evenly spaced, about %2 apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared passage(s) found; the longest:</source>
        <translation>
            <numerusform>%n shared passage found:</numerusform>
            <numerusform>%n shared passages found; the longest:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ocds::ReleaseParser</name>
    <message numerus="yes">
        <source>The record has no compiledRelease: its %n release(s) are merged field by field, newest last.</source>
        <translation><numerusform>The record has no compiledRelease: its %n release is merged field by field, newest last.</numerusform><numerusform>The record has no compiledRelease: its %n releases are merged field by field, newest last.</numerusform></translation>
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
    <name>td::ui::ComplianceModel</name>
    <message numerus="yes">
        <source>Disqualified (%n failed check(s))</source>
        <translation>
            <numerusform>Disqualified (%n failed check)</numerusform>
            <numerusform>Disqualified (%n failed checks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CompliancePage</name>
    <message numerus="yes">
        <source>Confirm the review for the panel? %n bid(s) will be disqualified with their reasons; the others go on to scoring.</source>
        <translation>
            <numerusform>Confirm the review for the panel? %n bid will be disqualified with their reasons; the others go on to scoring.</numerusform>
            <numerusform>Confirm the review for the panel? %n bids will be disqualified with their reasons; the others go on to scoring.</numerusform>
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
    <name>td::ui::DocumentSearchView</name>
    <message numerus="yes">
        <source>Type words to find them in the text and metadata (author, creator tool, title…) of the documents of the %n opened bid(s).</source>
        <translation>
            <numerusform>Type words to find them in the text and metadata (author, creator tool, title…) of the documents of the opened bid.</numerusform>
            <numerusform>Type words to find them in the text and metadata (author, creator tool, title…) of the documents of the %n opened bids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) mention “%1”. Double-click one to read it in its document.</source>
        <translation>
            <numerusform>One place mentions “%1”. Double-click it to read it in its document.</numerusform>
            <numerusform>%n places mention “%1”. Double-click one to read it in its document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::EvaluationWorkspace</name>
    <message numerus="yes">
        <source>%n low price(s) to decide</source>
        <translation>
            <numerusform>%n low price to decide</numerusform>
            <numerusform>%n low prices to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>awarded (%n lot(s))</source>
        <translation>
            <numerusform>awarded (%n lot)</numerusform>
            <numerusform>awarded (%n lots)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::LowPricePage</name>
    <message numerus="yes">
        <source>%n flagged bid(s); %1 await the panel&apos;s decision.</source>
        <translation>
            <numerusform>%n flagged bid; %1 awaits the panel&apos;s decision.</numerusform>
            <numerusform>%n flagged bids; %1 await the panel&apos;s decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n rule(s) fired · %2</source>
        <translation>
            <numerusform>%1
%n rule fired · %2</numerusform>
            <numerusform>%1
%n rules fired · %2</numerusform>
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
    <name>td::ui::MarketWorkspace</name>
    <message numerus="yes">
        <source>%1 · %2: %n tender(s)</source>
        <translation>
            <numerusform>%1 · %2: %n tender</numerusform>
            <numerusform>%1 · %2: %n tenders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::OcdsImportRunner</name>
    <message numerus="yes">
        <source>%1: %2 tenders created, %3 updated; %4 bids, %5 awards, %6 new organisations; %n warning(s).</source>
        <translation><numerusform>%1: %2 tenders created, %3 updated; %4 bids, %5 awards, %6 new organisations; %n warning.</numerusform><numerusform>%1: %2 tenders created, %3 updated; %4 bids, %5 awards, %6 new organisations; %n warnings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled.</source>
        <translation><numerusform>%n file not imported: the import was cancelled.</numerusform><numerusform>%n files not imported: the import was cancelled.</numerusform></translation>
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
    <name>td::ui::PanelPage</name>
    <message numerus="yes">
        <source>Every sheet is in (%n): each evaluator&apos;s scores, and the panel&apos;s score of each criterion.</source>
        <translation>
            <numerusform>Every sheet is in (%n): each evaluator&apos;s scores, and the panel&apos;s score of each criterion.</numerusform>
            <numerusform>Every sheet is in (%n): each evaluator&apos;s scores, and the panel&apos;s score of each criterion.</numerusform>
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
    <name>td::ui::RankingPage</name>
    <message numerus="yes">
        <source>• %n flagged bid(s) await the panel&apos;s decision on the explanation: %1.</source>
        <translation>
            <numerusform>• %n flagged bid awaits the panel&apos;s decision on the explanation: %1.</numerusform>
            <numerusform>• %n flagged bids await the panel&apos;s decision on the explanation: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n bid(s) have no score yet: the panel has no members.</source>
        <translation>
            <numerusform>• %n bid has no score yet: the panel has no members.</numerusform>
            <numerusform>• %n bids have no score yet: the panel has no members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n bid(s) wait for the panel&apos;s scores (%1 of %2 sheets in).</source>
        <translation>
            <numerusform>• %n bid waits for the panel&apos;s scores (%1 of %2 sheets in).</numerusform>
            <numerusform>• %n bids wait for the panel&apos;s scores (%1 of %2 sheets in).</numerusform>
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
