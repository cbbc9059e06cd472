<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>godwit::rehearsal::RehearsalSnapshot</name>
        <message numerus="yes">
            <source>restarted %n times because another process is writing the original</source>
            <translation>
                <numerusform>restarted %n times because another process is writing the original</numerusform>
                <numerusform>restarted %n times because another process is writing the original</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::DiagramWidget</name>
        <message numerus="yes">
            <source>Laying out %n table(s)…</source>
            <translation>
                <numerusform>Laying out %n table…</numerusform>
                <numerusform>Laying out %n tables…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::DiffView</name>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::MainStatusBar</name>
        <message numerus="yes">
            <source>%n table</source>
            <translation>
                <numerusform>%n table</numerusform>
                <numerusform>%n table</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tables</source>
            <translation>
                <numerusform>%n tables</numerusform>
                <numerusform>%n tables</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::PreferencesDialog</name>
        <message numerus="yes">
            <source>%n working copies take %1 in %2.</source>
            <translation>
                <numerusform>%n working copy takes %1 in %2.</numerusform>
                <numerusform>%n working copies take %1 in %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::QueryDialog</name>
        <message numerus="yes">
            <source>One statement per query: this text has %n statement(s).</source>
            <translation>
                <numerusform>One statement per query: this text has %n statement.</numerusform>
                <numerusform>One statement per query: this text has %n statements.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::QueryPanel</name>
        <message numerus="yes">
            <source>%n query</source>
            <translation>
                <numerusform>%n query</numerusform>
                <numerusform>%n query</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n queries</source>
            <translation>
                <numerusform>%n queries</numerusform>
                <numerusform>%n queries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::QueryPlanView</name>
        <message numerus="yes">
            <source>%1 ms median of %n run(s); %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</source>
            <translation>
                <numerusform>%1 ms median of %n run; %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</numerusform>
                <numerusform>%1 ms median of %n runs; %2 rows, %3 VM steps, %4 full-scan steps, %5 sorts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::QueryWorkbench</name>
        <message numerus="yes">
            <source>Added to the migration plan (%n index(es) requested): %1</source>
            <translation>
                <numerusform>Added to the migration plan (%n index requested): %1</numerusform>
                <numerusform>Added to the migration plan (%n indexes requested): %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::RehearsalView</name>
        <message numerus="yes">
            <source>Rehearse %n step(s) on a copy of %1</source>
            <translation>
                <numerusform>Rehearse %n step on a copy of %1</numerusform>
                <numerusform>Rehearse %n steps on a copy of %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copying the database: %p% · restarted %n time(s): another process is writing the original</source>
            <translation>
                <numerusform>Copying the database: %p% · restarted once: another process is writing the original</numerusform>
                <numerusform>Copying the database: %p% · restarted %n times: another process is writing the original</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::SchemaTreeModel</name>
        <message numerus="yes">
            <source>%n column</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n column</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns</source>
            <translation>
                <numerusform>%n columns</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::SqlEditorPane</name>
        <message numerus="yes">
            <source>%n replaced</source>
            <translation>
                <numerusform>%n replaced</numerusform>
                <numerusform>%n replaced</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>godwit::widgets::TableCardModel</name>
        <message numerus="yes">
            <source>View %1: %n column</source>
            <translation>
                <numerusform>View %1: %n column</numerusform>
                <numerusform>View %1: %n column</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>View %1: %n columns</source>
            <translation>
                <numerusform>View %1: %n columns</numerusform>
                <numerusform>View %1: %n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Table %1: %n column</source>
            <translation>
                <numerusform>Table %1: %n column</numerusform>
                <numerusform>Table %1: %n column</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Table %1: %n columns</source>
            <translation>
                <numerusform>Table %1: %n columns</numerusform>
                <numerusform>Table %1: %n columns</numerusform>
            </translation>
        </message>
    </context>
</TS>
