<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>quittance::ui::AuditLogView</name>
    <message>
        <location filename="../AuditLogView.cpp" line="20"/>
        <source>Action prefix, e.g. document. or client.</source>
        <translation>Aktionspräfix, z. B. document. oder client.</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="22"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="24"/>
        <source>&amp;Verify integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="36"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="36"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="36"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="36"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="36"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="36"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="91"/>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../AuditLogView.cpp" line="96"/>
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>✔ Das Prüfprotokoll ist unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>✔ Das Prüfprotokoll ist unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="100"/>
        <source>✘ The audit log is damaged. First bad entry: #%1. %2</source>
        <translation>✘ Das Prüfprotokoll ist beschädigt. Erster fehlerhafter Eintrag: Nr. %1. %2</translation>
    </message>
</context>
<context>
    <name>quittance::ui::CatalogView</name>
    <message>
        <location filename="../CatalogView.cpp" line="35"/>
        <source>&amp;New client</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="35"/>
        <source>&amp;New product</source>
        <translation>&amp;Neues Produkt</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="39"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="40"/>
        <source>&amp;Archive / restore</source>
        <translation>&amp;Archivieren / wiederherstellen</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="41"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="47"/>
        <source>Filter clients</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="47"/>
        <source>Filter products</source>
        <translation>Produkte filtern</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="48"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="50"/>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="96"/>
        <location filename="../CatalogView.cpp" line="110"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="96"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="96"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="96"/>
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="96"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="101"/>
        <location filename="../CatalogView.cpp" line="117"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="110"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="110"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="110"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="110"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="160"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="168"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="188"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="198"/>
        <location filename="../CatalogView.cpp" line="205"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="199"/>
        <source>Delete this entry? Entries used on documents can only be archived.</source>
        <translation>Diesen Eintrag löschen? Einträge, die in Belegen verwendet werden, können nur archiviert werden.</translation>
    </message>
</context>
<context>
    <name>quittance::ui::ClientDialog</name>
    <message>
        <location filename="../ClientDialog.cpp" line="19"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="30"/>
        <source>C&amp;ontact person:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="34"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="36"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="38"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="41"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="43"/>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="45"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="47"/>
        <location filename="../ClientDialog.cpp" line="57"/>
        <source>(business default)</source>
        <translation>(Standard des Unternehmens)</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="50"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="52"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="53"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="59"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="60"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsbedingungen:</translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="64"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>quittance::ui::DashboardView</name>
    <message>
        <location filename="../DashboardView.cpp" line="22"/>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="22"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="22"/>
        <source>Revenue this month</source>
        <translation>Umsatz diesen Monat</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="23"/>
        <source>Revenue this year</source>
        <translation>Umsatz dieses Jahr</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="43"/>
        <source>&lt;b&gt;Latest documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neueste Dokumente&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="47"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="47"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="47"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="47"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="47"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="52"/>
        <source>Latest documents</source>
        <translation>Neueste Dokumente</translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="115"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentEditor</name>
    <message>
        <location filename="../DocumentEditor.cpp" line="89"/>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="99"/>
        <source>C&amp;lient:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="112"/>
        <source>D&amp;ue:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="118"/>
        <source>&amp;Issue date:</source>
        <translation>&amp;Rechnungsdatum:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="128"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="129"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="130"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="136"/>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="142"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="156"/>
        <source>Document lines</source>
        <translation>Belegpositionen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="161"/>
        <source>&amp;Add line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="171"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="172"/>
        <source>Add &amp;product</source>
        <translation>&amp;Produkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="176"/>
        <location filename="../DocumentEditor.cpp" line="177"/>
        <location filename="../DocumentEditor.cpp" line="638"/>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="181"/>
        <location filename="../DocumentEditor.cpp" line="182"/>
        <source>Move line up</source>
        <translation>Position nach oben</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="185"/>
        <location filename="../DocumentEditor.cpp" line="186"/>
        <source>Move line down</source>
        <translation>Position nach unten</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="199"/>
        <source>Allowances, charges and notes</source>
        <translation>Nachlässe, Zuschläge und Notizen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="204"/>
        <source>Allowances and charges</source>
        <translation>Nachlässe und Zuschläge</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="206"/>
        <source>Add allo&amp;wance…</source>
        <translation>&amp;Nachlass hinzufügen…</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="207"/>
        <source>Add c&amp;harge…</source>
        <translation>&amp;Zuschlag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="208"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="216"/>
        <source>Adjustments:</source>
        <translation>Anpassungen:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="219"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsbedingungen:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="226"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="231"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="255"/>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="264"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="268"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="273"/>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="278"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="280"/>
        <location filename="../DocumentEditor.cpp" line="584"/>
        <source>Iss&amp;ue…</source>
        <translation>A&amp;usstellen…</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="282"/>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="286"/>
        <source>Mark se&amp;nt</source>
        <translation>Als &amp;versendet markieren</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="288"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="314"/>
        <source>Remove adjustment</source>
        <translation>Nachlass/Zuschlag entfernen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="324"/>
        <source>Mark sent</source>
        <translation>Als versendet markieren</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="334"/>
        <source>Edit line</source>
        <translation>Position bearbeiten</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="348"/>
        <source>Change client</source>
        <translation>Kunde ändern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="351"/>
        <source>Change issue date</source>
        <translation>Rechnungsdatum ändern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="359"/>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="365"/>
        <source>Change currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="374"/>
        <source>Change language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="377"/>
        <source>Edit payment terms</source>
        <translation>Zahlungsbedingungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="384"/>
        <source>Edit notes</source>
        <translation>Anmerkungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="412"/>
        <source>New document</source>
        <translation>Neuer Beleg</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="432"/>
        <source>Open document</source>
        <translation>Beleg öffnen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="474"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="496"/>
        <source>Charge</source>
        <translation>Zuschlag</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="496"/>
        <source>Allowance</source>
        <translation>Nachlass</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="516"/>
        <source>&lt;i&gt;Totals cannot be computed yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Summen lassen sich noch nicht berechnen.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="534"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="536"/>
        <source>Allowances</source>
        <translation>Nachlässe</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="538"/>
        <source>Charges</source>
        <translation>Zuschläge</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="540"/>
        <source>Tax %1 %2 % on %3</source>
        <translation>USt %1 %2 % auf %3</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="545"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="547"/>
        <source>Prepaid</source>
        <translation>Vorausbezahlt</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="548"/>
        <source>Amount due</source>
        <translation>Zahlbetrag</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="583"/>
        <source>Mark &amp;sent…</source>
        <translation>Als &amp;versendet markieren…</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="594"/>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="596"/>
        <source>New line</source>
        <translation>Neue Position</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="618"/>
        <source>Choose a product from the list first.</source>
        <translation>Wählen Sie zuerst ein Produkt aus der Liste.</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="629"/>
        <source>Add product line</source>
        <translation>Produktposition hinzufügen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="649"/>
        <source>Move line</source>
        <translation>Position verschieben</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="664"/>
        <location filename="../DocumentEditor.cpp" line="712"/>
        <source>Add charge</source>
        <translation>Zuschlag hinzufügen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="664"/>
        <location filename="../DocumentEditor.cpp" line="712"/>
        <source>Add allowance</source>
        <translation>Nachlass hinzufügen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="675"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="676"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="677"/>
        <source>&amp;Tax category:</source>
        <translation>&amp;Steuerkategorie:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="678"/>
        <source>Ra&amp;te %:</source>
        <translation>Steuer&amp;satz %:</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="745"/>
        <source>Send quote</source>
        <translation>Angebot versenden</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="745"/>
        <source>Issue document</source>
        <translation>Dokument ausstellen</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="746"/>
        <source>Marking the quote as sent gives it the next number and freezes it: it can no longer be edited. Continue?</source>
        <translation>Wird das Angebot als versendet markiert, erhält es die nächste Nummer und wird festgeschrieben: Es kann danach nicht mehr bearbeitet werden. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="748"/>
        <source>Issuing gives the document the next number and makes it immutable: it can no longer be edited or deleted, only sent, paid or corrected with a credit note. Issue it now?</source>
        <translation>Beim Ausstellen erhält das Dokument die nächste Nummer und wird unveränderlich: Es kann nicht mehr bearbeitet oder gelöscht, nur noch versendet, bezahlt oder per Gutschrift korrigiert werden. Jetzt ausstellen?</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="777"/>
        <location filename="../DocumentEditor.cpp" line="782"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="777"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="797"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentListModel</name>
    <message>
        <location filename="../DocumentListModel.cpp" line="104"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="108"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="140"/>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="157"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="159"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="163"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="165"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="167"/>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="169"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="171"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentListView</name>
    <message>
        <location filename="../DocumentListView.cpp" line="48"/>
        <source>&amp;New quote</source>
        <translation>&amp;Neues Angebot</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="48"/>
        <source>&amp;New invoice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="53"/>
        <source>New credit note</source>
        <translation>Neue Gutschrift</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="62"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="63"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="64"/>
        <source>Mark &amp;sent</source>
        <translation>Als &amp;versendet markieren</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="65"/>
        <source>Record &amp;payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="68"/>
        <source>C&amp;redit note</source>
        <translation>&amp;Gutschrift</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="70"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="71"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="73"/>
        <location filename="../DocumentListView.cpp" line="353"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="77"/>
        <source>Export &amp;all shown…</source>
        <translation>&amp;Alle angezeigten exportieren…</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="84"/>
        <source>Search number, client, lines, notes…</source>
        <translation>Nummer, Kunde, Positionen, Notizen suchen…</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="86"/>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="87"/>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="91"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="92"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="102"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="107"/>
        <source>C&amp;lient:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="109"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="113"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="117"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="127"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="152"/>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="152"/>
        <source>Invoices and credit notes</source>
        <translation>Rechnungen und Gutschriften</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="175"/>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../DocumentListView.cpp" line="235"/>
        <location filename="../DocumentListView.cpp" line="362"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="290"/>
        <source>Issue document</source>
        <translation>Beleg ausstellen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="291"/>
        <source>Issuing gives the document the next number and makes it immutable. Issue it now?</source>
        <translation>Beim Ausstellen erhält der Beleg die nächste Nummer und kann danach nicht mehr geändert werden. Jetzt ausstellen?</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="302"/>
        <location filename="../DocumentListView.cpp" line="304"/>
        <location filename="../DocumentListView.cpp" line="327"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="311"/>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="313"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="314"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="315"/>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="316"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="348"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="348"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="354"/>
        <source>Delete this draft? This cannot be undone.</source>
        <translation>Diesen Entwurf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="359"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="369"/>
        <source>Export PDFs to folder</source>
        <translation>PDFs in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="380"/>
        <source>Exporting PDFs…</source>
        <translation>PDFs werden exportiert…</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="380"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="414"/>
        <location filename="../DocumentListView.cpp" line="418"/>
        <source>Export PDFs</source>
        <translation>PDFs exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../DocumentListView.cpp" line="420"/>
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Nach %n Datei abgebrochen.</numerusform>
            <numerusform>Nach %n Dateien abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../DocumentListView.cpp" line="421"/>
        <source>%n file(s) written, %1 failed.</source>
        <translation>
            <numerusform>%n Datei geschrieben, %1 fehlgeschlagen.</numerusform>
            <numerusform>%n Dateien geschrieben, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quittance::ui::FirstRunWizard</name>
    <message>
        <location filename="../FirstRunWizard.cpp" line="36"/>
        <source>Where to keep your vault</source>
        <translation>Wo Ihr Tresor liegen soll</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="37"/>
        <source>Quittance keeps all your business data in one encrypted vault folder on this computer.</source>
        <translation>Quittance speichert alle Geschäftsdaten in einem verschlüsselten Tresorordner auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="40"/>
        <source>&amp;Default location: %1</source>
        <translation>&amp;Standardort: %1</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="42"/>
        <source>&amp;Choose a folder:</source>
        <translation>Ordner &amp;wählen:</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="48"/>
        <location filename="../FirstRunWizard.cpp" line="67"/>
        <source>Vault folder</source>
        <translation>Tresorordner</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="50"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="79"/>
        <source>There is already a vault in this folder. Open it from the unlock window, or choose another folder.</source>
        <translation>In diesem Ordner liegt bereits ein Tresor. Öffnen Sie ihn im Entsperrfenster oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="96"/>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="97"/>
        <source>It encrypts the vault. Nobody can reset it: if you forget it, only the recovery key opens the vault.</source>
        <translation>Sie verschlüsselt den Tresor. Niemand kann sie zurücksetzen: Wenn Sie sie vergessen, öffnet nur noch der Wiederherstellungsschlüssel den Tresor.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="107"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="109"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="115"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="139"/>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="164"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="171"/>
        <source>Creating the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="183"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="185"/>
        <source>Copies the key; the clipboard is cleared after 30 seconds.</source>
        <translation>Kopiert den Schlüssel; die Zwischenablage wird nach 30 Sekunden geleert.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="186"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="191"/>
        <source>Write this key down or print it and keep it somewhere safe, away from this computer. It is shown only now. With it you can open the vault if you forget the passphrase.</source>
        <translation>Schreiben Sie diesen Schlüssel auf oder drucken Sie ihn aus und bewahren Sie ihn sicher und getrennt von diesem Computer auf. Er wird nur jetzt angezeigt. Mit ihm öffnen Sie den Tresor, falls Sie die Passphrase vergessen.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="214"/>
        <source>Creating the vault and tuning the key derivation to this computer…</source>
        <translation>Der Tresor wird angelegt und die Schlüsselableitung auf diesen Computer abgestimmt…</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="235"/>
        <source>The vault is ready.</source>
        <translation>Der Tresor ist bereit.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="258"/>
        <source>Quittance recovery key</source>
        <translation>Quittance-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="282"/>
        <source>Confirm the recovery key</source>
        <translation>Wiederherstellungsschlüssel bestätigen</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="283"/>
        <source>Type the last group of your recovery key (the four characters after the last dash).</source>
        <translation>Geben Sie die letzte Gruppe Ihres Wiederherstellungsschlüssels ein (die vier Zeichen nach dem letzten Bindestrich).</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="289"/>
        <source>&amp;Last group:</source>
        <translation>&amp;Letzte Gruppe:</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="300"/>
        <source>That is not the last group of the key.</source>
        <translation>Das ist nicht die letzte Gruppe des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="324"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="325"/>
        <source>Printed on every invoice. You can change it later in Settings.</source>
        <translation>Erscheint auf jeder Rechnung. Sie können es später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="355"/>
        <source>Welcome to Quittance</source>
        <translation>Willkommen bei Quittance</translation>
    </message>
</context>
<context>
    <name>quittance::ui::Format</name>
    <message>
        <location filename="../Format.cpp" line="41"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="43"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="45"/>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="47"/>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="49"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="51"/>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="53"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="55"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="57"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="65"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="67"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="69"/>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="78"/>
        <source>Standard rate (S)</source>
        <translation>Regelsatz (S)</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="80"/>
        <source>Zero rated (Z)</source>
        <translation>Nullsatz (Z)</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="82"/>
        <source>Exempt (E)</source>
        <translation>Steuerbefreit (E)</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="84"/>
        <source>Reverse charge (AE)</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers (AE)</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="86"/>
        <source>Intra-EU supply (K)</source>
        <translation>Innergemeinschaftliche Lieferung (K)</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="88"/>
        <source>Export (G)</source>
        <translation>Ausfuhr (G)</translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="90"/>
        <source>Outside scope (O)</source>
        <translation>Nicht steuerbar (O)</translation>
    </message>
</context>
<context>
    <name>quittance::ui::LineTableModel</name>
    <message>
        <location filename="../LineTableModel.cpp" line="85"/>
        <source>“%1” is not a number (use digits and a decimal point).</source>
        <translation>„%1“ ist keine Zahl (verwenden Sie Ziffern und einen Dezimalpunkt).</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="99"/>
        <source>Use one of the tax category codes S, Z, E, AE, K, G, O.</source>
        <translation>Verwenden Sie einen der Steuerkategorie-Codes S, Z, E, AE, K, G, O.</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="128"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="130"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="132"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="134"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="136"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="138"/>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="140"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
</context>
<context>
    <name>quittance::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="50"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="54"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="54"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="54"/>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="54"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="55"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="55"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="55"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="55"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="73"/>
        <source>Quittance is locked.</source>
        <translation>Quittance ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="88"/>
        <source>&amp;New invoice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="95"/>
        <source>&amp;Open vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="97"/>
        <source>&amp;Recent vaults</source>
        <translation>&amp;Zuletzt geöffnete Tresore</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="98"/>
        <source>New &amp;vault…</source>
        <translation>Neuer &amp;Tresor…</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="103"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="108"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Tresor sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="115"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="120"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="121"/>
        <source>&amp;About Quittance</source>
        <translation>&amp;Über Quittance</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="123"/>
        <source>About Quittance</source>
        <translation>Über Quittance</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="124"/>
        <source>Quittance %1 — encrypted offline invoicing for freelancers.</source>
        <translation>Quittance %1 – verschlüsselte Offline-Rechnungsstellung für Selbstständige.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="128"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="137"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="142"/>
        <source>Sync: off</source>
        <translation>Sync: aus</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="244"/>
        <source>Quittance — %1</source>
        <translation>Quittance — %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="246"/>
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="258"/>
        <source>Opened with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel geöffnet</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="259"/>
        <source>Set a new passphrase now in Settings &gt; Change passphrase.</source>
        <translation>Legen Sie jetzt unter Einstellungen &gt; Passphrase ändern eine neue Passphrase fest.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="272"/>
        <source>Quittance — Locked</source>
        <translation>Quittance — gesperrt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="273"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="328"/>
        <location filename="../MainWindow.cpp" line="332"/>
        <source>Open vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="333"/>
        <source>There is no Quittance vault in that folder.</source>
        <translation>In diesem Ordner gibt es keinen Quittance-Tresor.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="356"/>
        <source>Auto-lock off</source>
        <translation>Automatische Sperre aus</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="359"/>
        <source>Locks in %1:%2</source>
        <translation>Sperrt in %1:%2</translation>
    </message>
</context>
<context>
    <name>quittance::ui::PassphraseStrength</name>
    <message>
        <location filename="../PassphraseStrength.cpp" line="57"/>
        <source>Too short: use at least %1 characters (a few unrelated words work well).</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen (einige zusammenhanglose Wörter eignen sich gut).</translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="66"/>
        <source>Too common: this is one of the most used passwords.</source>
        <translation>Zu häufig: Dies ist eines der meistverwendeten Passwörter.</translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="75"/>
        <source>Too little variety: it repeats the same few characters.</source>
        <translation>Zu wenig Abwechslung: Es wiederholt dieselben wenigen Zeichen.</translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="80"/>
        <source>Too predictable: it is a simple sequence.</source>
        <translation>Zu vorhersehbar: Es ist eine einfache Folge.</translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="95"/>
        <source>Too little variety: mix in other kinds of characters or make it longer (20 or more characters).</source>
        <translation>Zu wenig Abwechslung: Mischen Sie andere Zeichenarten hinein oder machen Sie sie länger (20 Zeichen oder mehr).</translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="103"/>
        <source>Strong passphrase.</source>
        <translation>Starke Passphrase.</translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="103"/>
        <source>Acceptable; longer is stronger.</source>
        <translation>Ausreichend; länger ist stärker.</translation>
    </message>
</context>
<context>
    <name>quittance::ui::ProductDialog</name>
    <message>
        <location filename="../ProductDialog.cpp" line="18"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="29"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="31"/>
        <source>UN/ECE Rec 20 unit code: C62 piece, HUR hour, DAY day, KGM kilogram</source>
        <translation>Einheitencode nach UN/ECE Rec 20: C62 Stück, HUR Stunde, DAY Tag, KGM Kilogramm</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="32"/>
        <source>&amp;Unit code:</source>
        <translation>&amp;Einheitencode:</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="35"/>
        <source>Unit &amp;price (net):</source>
        <translation>Einzel&amp;preis (netto):</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="39"/>
        <source>Tax &amp;category:</source>
        <translation>Steuer&amp;kategorie:</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="41"/>
        <source>Tax &amp;rate %:</source>
        <translation>Steuer&amp;satz %:</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="72"/>
        <source>Unit price: %1</source>
        <translation>Einzelpreis: %1</translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="81"/>
        <source>Tax rate: %1</source>
        <translation>Steuersatz: %1</translation>
    </message>
</context>
<context>
    <name>quittance::ui::ProfileForm</name>
    <message>
        <location filename="../ProfileForm.cpp" line="36"/>
        <source>Business &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="40"/>
        <source>Street and number (up to three lines)</source>
        <translation>Straße und Hausnummer (bis zu drei Zeilen)</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="41"/>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="48"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="51"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="52"/>
        <source>Postal code, &amp;city:</source>
        <translation>PLZ, &amp;Ort:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="56"/>
        <source>Countr&amp;y (ISO code):</source>
        <translation>&amp;Land (ISO-Code):</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="59"/>
        <source>&amp;VAT ID:</source>
        <translation>&amp;USt-IdNr.:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="61"/>
        <source>Ta&amp;x number:</source>
        <translation>Steuer&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="63"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="66"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="68"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="72"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="76"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="77"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsbedingungen:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="78"/>
        <source>Small business (§ 19 UStG, no VAT charged)</source>
        <translation>Kleinunternehmer (§ 19 UStG, keine Umsatzsteuer ausgewiesen)</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="83"/>
        <location filename="../ProfileForm.cpp" line="129"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="85"/>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="86"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="90"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="109"/>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="109"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="115"/>
        <source>The logo must be a PNG or JPEG file of at most 1 MiB.</source>
        <translation>Das Logo muss eine PNG- oder JPEG-Datei von höchstens 1 MiB sein.</translation>
    </message>
</context>
<context>
    <name>quittance::ui::ReportsView</name>
    <message>
        <location filename="../ReportsView.cpp" line="61"/>
        <source>Period &amp;from:</source>
        <translation>Zeitraum &amp;von:</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="63"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="65"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="66"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="76"/>
        <location filename="../ReportsView.cpp" line="79"/>
        <location filename="../ReportsView.cpp" line="80"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="76"/>
        <source>Not due</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="76"/>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="76"/>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="77"/>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="77"/>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="77"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="79"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="79"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="79"/>
        <location filename="../ReportsView.cpp" line="80"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="79"/>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="79"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="80"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="80"/>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="80"/>
        <source>Taxable</source>
        <translation>Steuerpflichtig</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="81"/>
        <source>&amp;Aging (today)</source>
        <translation>&amp;Fälligkeiten (heute)</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="82"/>
        <source>Re&amp;venue</source>
        <translation>&amp;Umsatz</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="83"/>
        <source>Ta&amp;x summary</source>
        <translation>&amp;Steuerübersicht</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="156"/>
        <location filename="../ReportsView.cpp" line="162"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="157"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="162"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>quittance::ui::RevenueChart</name>
    <message>
        <location filename="../RevenueChart.cpp" line="13"/>
        <source>Revenue per month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <location filename="../RevenueChart.cpp" line="43"/>
        <source>Revenue, last 12 months (net%1)</source>
        <translation>Umsatz der letzten 12 Monate (netto%1)</translation>
    </message>
    <message>
        <location filename="../RevenueChart.cpp" line="47"/>
        <source>No revenue yet</source>
        <translation>Noch kein Umsatz</translation>
    </message>
</context>
<context>
    <name>quittance::ui::SettingsView</name>
    <message>
        <location filename="../SettingsView.cpp" line="45"/>
        <source>Business profile</source>
        <translation>Unternehmensprofil</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="49"/>
        <source>&amp;Save profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="59"/>
        <source>Numbering</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="61"/>
        <source>Invoices:</source>
        <translation>Rechnungen:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="61"/>
        <source>Credit notes:</source>
        <translation>Gutschriften:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="61"/>
        <source>Quotes:</source>
        <translation>Angebote:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="65"/>
        <source> numbering pattern</source>
        <translation> Nummernschema</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="67"/>
        <source>never reset</source>
        <translation>nie zurücksetzen</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="68"/>
        <source>reset yearly</source>
        <translation>jährlich zurücksetzen</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="69"/>
        <source>reset monthly</source>
        <translation>monatlich zurücksetzen</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="70"/>
        <source> numbering reset</source>
        <translation> Zurücksetzen der Nummerierung</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="82"/>
        <source>&lt;small&gt;Placeholders: {YYYY} {YY} {MM} {SEQ:4} {DEVICE}&lt;/small&gt;</source>
        <translation>&lt;small&gt;Platzhalter: {YYYY} {YY} {MM} {SEQ:4} {DEVICE}&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="85"/>
        <source>Save &amp;numbering</source>
        <translation>&amp;Nummerierung speichern</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="89"/>
        <source>Security and interface</source>
        <translation>Sicherheit und Oberfläche</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="93"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="94"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="96"/>
        <source>&amp;Auto-lock after idle:</source>
        <translation>&amp;Automatisch sperren nach:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="99"/>
        <source>Lock when the &amp;screen locks</source>
        <translation>Sperren, wenn der &amp;Bildschirm gesperrt wird</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="103"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="107"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="110"/>
        <source>&amp;Change passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="126"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="127"/>
        <source>The new language applies after a restart.</source>
        <translation>Die neue Sprache gilt nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="166"/>
        <source>Next: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nächste: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="177"/>
        <source>Example: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Beispiel: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="190"/>
        <location filename="../SettingsView.cpp" line="204"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="209"/>
        <location filename="../SettingsView.cpp" line="253"/>
        <location filename="../SettingsView.cpp" line="255"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="217"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="218"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="226"/>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="236"/>
        <source>Re-encrypting the vault key…</source>
        <translation>Tresorschlüssel wird neu verschlüsselt …</translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="255"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
</context>
<context>
    <name>quittance::ui::UnlockDialog</name>
    <message>
        <location filename="../UnlockDialog.cpp" line="25"/>
        <source>Unlock vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="27"/>
        <source>&lt;h2&gt;Quittance is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Quittance ist gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="30"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Tresor:</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="41"/>
        <source>&amp;Other…</source>
        <translation>&amp;Anderer…</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="42"/>
        <source>Open a vault in another folder</source>
        <translation>Tresor in einem anderen Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="49"/>
        <location filename="../UnlockDialog.cpp" line="84"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="56"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Stattdessen den &amp;Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="61"/>
        <source>Unlocking</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="72"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="75"/>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="84"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="107"/>
        <source>Open vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="111"/>
        <source>There is no Quittance vault in that folder.</source>
        <translation>In diesem Ordner gibt es keinen Quittance-Tresor.</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="129"/>
        <source>Choose a vault first.</source>
        <translation>Wählen Sie zuerst einen Tresor.</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="133"/>
        <source>Enter the recovery key.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="134"/>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="149"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="150"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout.</source>
        <translation>Falsche Passphrase. Prüfen Sie die Feststelltaste und das Tastaturlayout.</translation>
    </message>
</context>
</TS>
