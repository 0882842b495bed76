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
</TS>
