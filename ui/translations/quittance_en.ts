<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>quittance::ui::AllowanceChargeModel</name>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="27"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="27"/>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../AllowanceChargeModel.cpp" line="64"/>
        <source>Enter the amount as a positive number with at most %n decimal(s), e.g. 25.00.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="93"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="95"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="97"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="99"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AllowanceChargeModel.cpp" line="101"/>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::AuditLogView</name>
    <message>
        <location filename="../AuditLogView.cpp" line="25"/>
        <source>Action prefix, e.g. document. or client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="27"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="29"/>
        <source>&amp;Verify integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="44"/>
        <source>Extract f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="46"/>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="48"/>
        <source>E&amp;xport extract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="63"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="63"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="63"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="63"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="63"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="63"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="80"/>
        <location filename="../AuditLogView.cpp" line="83"/>
        <location filename="../AuditLogView.cpp" line="93"/>
        <source>Export audit extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="81"/>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="87"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="94"/>
        <source>Audit extract written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="142"/>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../AuditLogView.cpp" line="147"/>
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../AuditLogView.cpp" line="151"/>
        <source>✘ The audit log is damaged. First bad entry: #%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::BackupDialog</name>
    <message>
        <location filename="../BackupDialog.cpp" line="32"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="32"/>
        <source>Verify backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="36"/>
        <source>Restores a backup into a new, empty folder as a vault of its own. Nothing existing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="38"/>
        <source>Checks that a backup is complete and untouched and that it opens, without keeping anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="45"/>
        <location filename="../BackupDialog.cpp" line="59"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="46"/>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="51"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="51"/>
        <source>Quittance backups (*.qbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="60"/>
        <source>Restore &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="65"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="71"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="74"/>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="80"/>
        <source>Open with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="84"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="85"/>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="96"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="96"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="127"/>
        <source>Choose an existing backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="135"/>
        <source>Choose the folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="140"/>
        <source>That folder already holds a vault. Choose a new, empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="148"/>
        <source>Enter the passphrase or the recovery key the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="152"/>
        <source>Restoring and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="153"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="177"/>
        <source>The backup of %1 was restored into %2 and its audit log verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="185"/>
        <source>Warning: this backup is older than the vault&apos;s last sync. The sync server witnessed audit entry %1; the backup ends at entry %2. Restoring it is a rollback: changes made after the backup (invoices issued, payments recorded, their numbers) are not in it, and sync will refuse to run from it. Keep the newer vault if you still have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="196"/>
        <source>Whether this backup is older than the vault&apos;s last sync could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupDialog.cpp" line="204"/>
        <source>The backup is intact: taken %1, its audit log verifies up to entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::BackupSettings</name>
    <message>
        <location filename="../BackupSettings.cpp" line="21"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="25"/>
        <source>Back up &amp;automatically on lock and on exit (once a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="31"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="36"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="44"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="45"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="52"/>
        <source>Save &amp;backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="66"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="99"/>
        <source>No automatic backup has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="101"/>
        <source>Last automatic backup failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="105"/>
        <source>Last automatic backup: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="121"/>
        <source>Choose the folder for the automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../BackupSettings.cpp" line="130"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::CatalogView</name>
    <message>
        <location filename="../CatalogView.cpp" line="39"/>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="39"/>
        <source>&amp;New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="44"/>
        <source>&amp;Archive / restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="45"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="47"/>
        <source>A&amp;nonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="49"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="56"/>
        <source>Filter clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="56"/>
        <source>Filter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="57"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="59"/>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="105"/>
        <location filename="../CatalogView.cpp" line="119"/>
        <location filename="../CatalogView.cpp" line="252"/>
        <location filename="../CatalogView.cpp" line="266"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="105"/>
        <location filename="../CatalogView.cpp" line="252"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="105"/>
        <location filename="../CatalogView.cpp" line="252"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="105"/>
        <location filename="../CatalogView.cpp" line="252"/>
        <source>VAT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="105"/>
        <location filename="../CatalogView.cpp" line="252"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="110"/>
        <location filename="../CatalogView.cpp" line="126"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="119"/>
        <location filename="../CatalogView.cpp" line="266"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="119"/>
        <location filename="../CatalogView.cpp" line="266"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="119"/>
        <location filename="../CatalogView.cpp" line="266"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="119"/>
        <location filename="../CatalogView.cpp" line="266"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="169"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="177"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="197"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="207"/>
        <location filename="../CatalogView.cpp" line="214"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="208"/>
        <source>Delete this entry? Entries used on documents can only be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="224"/>
        <source>Import clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="224"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="225"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="230"/>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="234"/>
        <source>The file is larger than the import limit of %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../CatalogView.cpp" line="275"/>
        <source>%n record(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="285"/>
        <location filename="../CatalogView.cpp" line="292"/>
        <source>Anonymise client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CatalogView.cpp" line="286"/>
        <source>Replace this client&apos;s name, address, contact details, VAT ID and notes with placeholders and archive it? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::ClientDialog</name>
    <message>
        <location filename="../ClientDialog.cpp" line="20"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="29"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="31"/>
        <source>C&amp;ontact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="35"/>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="37"/>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="39"/>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="42"/>
        <source>Countr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="44"/>
        <source>&amp;VAT ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="46"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="48"/>
        <location filename="../ClientDialog.cpp" line="58"/>
        <source>(business default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="51"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="53"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="54"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="55"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="60"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="61"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ClientDialog.cpp" line="65"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::CopyTableModel</name>
    <message>
        <location filename="../CopyTableModel.cpp" line="32"/>
        <source>“%1” is not a number (use digits and a decimal point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CopyTableModel.cpp" line="43"/>
        <source>Use one of the tax category codes S, Z, E, AE, K, G, O.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../CsvImportDialog.cpp" line="49"/>
        <source>%n record(s) will be created. Nothing is written until you choose Import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="53"/>
        <source>The file holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../CsvImportDialog.cpp" line="55"/>
        <source>%n row(s) have problems. Nothing will be imported: the import is all or nothing. Fix the rows listed below and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="60"/>
        <source>&amp;Records to create:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="70"/>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="71"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="71"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="71"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../CsvImportDialog.cpp" line="84"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::DashboardView</name>
    <message>
        <location filename="../DashboardView.cpp" line="27"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="27"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="27"/>
        <source>Revenue this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="28"/>
        <source>Revenue this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="54"/>
        <source>&lt;b&gt;Latest documents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="58"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="58"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="58"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="58"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="58"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="63"/>
        <source>Latest documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="194"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="210"/>
        <source>The figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DashboardView.cpp" line="239"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentActions</name>
    <message>
        <location filename="../DocumentActions.cpp" line="44"/>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="46"/>
        <source>Mark se&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="48"/>
        <source>Record &amp;payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="50"/>
        <source>C&amp;redit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="52"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="54"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="56"/>
        <location filename="../DocumentActions.cpp" line="178"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="84"/>
        <source>Send quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="84"/>
        <source>Issue document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="85"/>
        <source>Marking the quote as sent gives it the next number and freezes it: it can no longer be edited. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="87"/>
        <source>Issuing gives the document the next number and makes it immutable: it can no longer be edited or deleted, only sent, paid or corrected with a credit note. Issue it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="167"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentActions.cpp" line="179"/>
        <source>Delete this draft? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentEditor</name>
    <message>
        <location filename="../DocumentEditor.cpp" line="77"/>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="87"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="100"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="106"/>
        <source>&amp;Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="116"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="117"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="118"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="124"/>
        <source>Cu&amp;rrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="130"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="144"/>
        <source>Document lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="149"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="159"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="160"/>
        <source>Add &amp;product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="164"/>
        <location filename="../DocumentEditor.cpp" line="165"/>
        <location filename="../DocumentEditor.cpp" line="644"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="169"/>
        <location filename="../DocumentEditor.cpp" line="170"/>
        <source>Move line up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="173"/>
        <location filename="../DocumentEditor.cpp" line="174"/>
        <source>Move line down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="187"/>
        <source>Allowances, charges and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="204"/>
        <source>Allowances and charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="206"/>
        <source>Add allo&amp;wance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="208"/>
        <source>Add c&amp;harge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="676"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="676"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="210"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="219"/>
        <source>Adjustments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="222"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="229"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="234"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="258"/>
        <source>P&amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="267"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="271"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="276"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="281"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="283"/>
        <location filename="../DocumentEditor.cpp" line="590"/>
        <source>Iss&amp;ue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="296"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="323"/>
        <source>Remove adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="333"/>
        <source>Edit line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="345"/>
        <source>Edit adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="360"/>
        <source>Change client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="363"/>
        <source>Change issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="371"/>
        <source>Change due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="377"/>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="386"/>
        <source>Change language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="389"/>
        <source>Edit payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="396"/>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="424"/>
        <source>New document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="444"/>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="486"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="522"/>
        <source>&lt;i&gt;Totals cannot be computed yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="540"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="542"/>
        <source>Allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="544"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="546"/>
        <source>Tax %1 %2 % on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="551"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="553"/>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="554"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="589"/>
        <source>Mark &amp;sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="600"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="602"/>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="624"/>
        <source>Choose a product from the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="635"/>
        <source>Add product line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="655"/>
        <source>Move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="671"/>
        <source>Add charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="671"/>
        <source>Add allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentEditor.cpp" line="773"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentListModel</name>
    <message>
        <location filename="../DocumentListModel.cpp" line="106"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="110"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="142"/>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="159"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="161"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="163"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="165"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="167"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="169"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="171"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListModel.cpp" line="173"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::DocumentListView</name>
    <message>
        <location filename="../DocumentListView.cpp" line="46"/>
        <source>&amp;New quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="46"/>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="51"/>
        <source>New credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="60"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="78"/>
        <source>Export &amp;all shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="85"/>
        <source>Search number, client, lines, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="87"/>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="88"/>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="92"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="93"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="103"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="111"/>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="113"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="117"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="121"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="131"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="156"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="156"/>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="179"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../DocumentListView.cpp" line="239"/>
        <location filename="../DocumentListView.cpp" line="288"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="296"/>
        <source>Export PDFs to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="307"/>
        <source>Exporting PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="307"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../DocumentListView.cpp" line="341"/>
        <location filename="../DocumentListView.cpp" line="345"/>
        <source>Export PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../DocumentListView.cpp" line="347"/>
        <source>Cancelled after %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../DocumentListView.cpp" line="348"/>
        <source>%n file(s) written, %1 failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quittance::ui::EraseVaultDialog</name>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="22"/>
        <source>Erase vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="25"/>
        <source>&lt;p&gt;&lt;b&gt;This permanently deletes the vault in %1&lt;/b&gt;: its database with every client, product, invoice, quote and payment, its key file and the audit log, and its sync API key in the system keychain. It cannot be undone.&lt;/p&gt;&lt;p&gt;Backups and files you exported stay where they are: delete them yourself if they should go too. The server keeps what was synced to it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="35"/>
        <source>&amp;Passphrase of this vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="42"/>
        <source>I understand that the vault is &amp;deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="47"/>
        <source>Checking the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="57"/>
        <source>&amp;Erase vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="104"/>
        <source>The vault is locked or busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../EraseVaultDialog.cpp" line="118"/>
        <source>Wrong passphrase. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::ExportActions</name>
    <message>
        <location filename="../ExportActions.cpp" line="45"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="47"/>
        <source>All data as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="49"/>
        <source>&amp;CSV for the accountant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="64"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="76"/>
        <source>Export all data as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="80"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="88"/>
        <source>Exported %1 clients, %2 products and %3 documents to %4. The file is not encrypted: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="99"/>
        <source>Export CSV for the accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="111"/>
        <source>%1 already holds %2. Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ExportActions.cpp" line="119"/>
        <source>documents.csv, lines.csv, payments.csv and clients.csv were written to %1. The files are not encrypted: keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::FirstRunWizard</name>
    <message>
        <location filename="../FirstRunWizard.cpp" line="37"/>
        <source>Where to keep your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="38"/>
        <source>Quittance keeps all your business data in one encrypted vault folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="41"/>
        <source>&amp;Default location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="43"/>
        <source>&amp;Choose a folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="49"/>
        <location filename="../FirstRunWizard.cpp" line="68"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="51"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="80"/>
        <source>There is already a vault in this folder. Open it from the unlock window, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="97"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="98"/>
        <source>It encrypts the vault. Nobody can reset it: if you forget it, only the recovery key opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="108"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="110"/>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="116"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="140"/>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="165"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="173"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="186"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="188"/>
        <source>Copies the key; the clipboard is cleared after 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="189"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="194"/>
        <source>Write this key down or print it and keep it somewhere safe, away from this computer. It is shown only now. With it you can open the vault if you forget the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="217"/>
        <source>Creating the vault and tuning the key derivation to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="244"/>
        <source>The vault is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="280"/>
        <source>Quittance recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="306"/>
        <source>Confirm the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="307"/>
        <source>Type the last group of your recovery key (the four characters after the last dash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="313"/>
        <source>&amp;Last group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="324"/>
        <source>That is not the last group of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="348"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="349"/>
        <source>Printed on every invoice. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../FirstRunWizard.cpp" line="379"/>
        <source>Welcome to Quittance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::Format</name>
    <message>
        <location filename="../Format.cpp" line="42"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="44"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="46"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="48"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="50"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="52"/>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="54"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="56"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="58"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="66"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="68"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="70"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="79"/>
        <source>Standard rate (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="81"/>
        <source>Zero rated (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="83"/>
        <source>Exempt (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="85"/>
        <source>Reverse charge (AE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="87"/>
        <source>Intra-EU supply (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="89"/>
        <source>Export (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Format.cpp" line="91"/>
        <source>Outside scope (O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::LineTableModel</name>
    <message>
        <location filename="../LineTableModel.cpp" line="90"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="92"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="94"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="96"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="98"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="100"/>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../LineTableModel.cpp" line="102"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="56"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="60"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="60"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="60"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="60"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="61"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="61"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="61"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="61"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="79"/>
        <source>Quittance is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="93"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="94"/>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="101"/>
        <source>&amp;Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="103"/>
        <source>&amp;Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="104"/>
        <source>New &amp;vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="109"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="112"/>
        <source>&amp;Verify backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="114"/>
        <source>R&amp;estore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="116"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="120"/>
        <source>Sync with the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="124"/>
        <source>&amp;Erase vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="127"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="132"/>
        <source>Lock the vault (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="139"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="145"/>
        <source>&amp;About Quittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="147"/>
        <source>About Quittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="148"/>
        <source>Quittance %1 — encrypted offline invoicing for freelancers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="152"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="161"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="342"/>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="344"/>
        <source>Automatic backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="353"/>
        <location filename="../MainWindow.cpp" line="360"/>
        <location filename="../MainWindow.cpp" line="364"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="353"/>
        <source>Quittance backups (*.qbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="359"/>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="363"/>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="365"/>
        <source>The backup was written to %1. It opens only with the vault passphrase or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="382"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="383"/>
        <source>Open the restored vault now? The open vault is locked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="405"/>
        <source>Syncing with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="409"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="413"/>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="415"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="417"/>
        <source>The server refused the API key. Enter a new API key in Settings &gt; Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="420"/>
        <source>Synced: %1 sent, %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="422"/>
        <source>%n conflict copy(ies) made; see Settings &gt; Sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="454"/>
        <source>Erasing the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="455"/>
        <source>Erase vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="457"/>
        <source>The vault was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="470"/>
        <source>Sync: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="569"/>
        <source>Wait until the running operation has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="273"/>
        <source>Quittance — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="275"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="292"/>
        <source>Opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="293"/>
        <source>Set a new passphrase now in Settings &gt; Change passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="306"/>
        <source>Quittance — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="307"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="471"/>
        <source>Set up sync in Settings &gt; Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="478"/>
        <source>Sync: enter a new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="478"/>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="480"/>
        <source>Sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="482"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="487"/>
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="531"/>
        <location filename="../MainWindow.cpp" line="535"/>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="536"/>
        <source>There is no Quittance vault in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="559"/>
        <source>Auto-lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="562"/>
        <source>Locks in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::PassphraseStrength</name>
    <message>
        <location filename="../PassphraseStrength.cpp" line="57"/>
        <source>Too short: use at least %1 characters (a few unrelated words work well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="66"/>
        <source>Too common: this is one of the most used passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="75"/>
        <source>Too little variety: it repeats the same few characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="80"/>
        <source>Too predictable: it is a simple sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="95"/>
        <source>Too little variety: mix in other kinds of characters or make it longer (20 or more characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="103"/>
        <source>Strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PassphraseStrength.cpp" line="103"/>
        <source>Acceptable; longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::PaymentDialog</name>
    <message>
        <location filename="../PaymentDialog.cpp" line="20"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="22"/>
        <source>Still open: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="31"/>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="38"/>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="40"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="42"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="44"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="52"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="85"/>
        <source>Enter the amount as a number, e.g. 120.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../PaymentDialog.cpp" line="96"/>
        <source>The payment is larger than the %1 %2 still open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::ProductDialog</name>
    <message>
        <location filename="../ProductDialog.cpp" line="19"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="28"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="30"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="32"/>
        <source>UN/ECE Rec 20 unit code: C62 piece, HUR hour, DAY day, KGM kilogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="33"/>
        <source>&amp;Unit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="36"/>
        <source>Unit &amp;price (net):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="40"/>
        <source>Tax &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="42"/>
        <source>Tax &amp;rate %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="73"/>
        <source>Unit price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProductDialog.cpp" line="82"/>
        <source>Tax rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::ProfileForm</name>
    <message>
        <location filename="../ProfileForm.cpp" line="37"/>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="41"/>
        <source>Street and number (up to three lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="42"/>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="49"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="52"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="53"/>
        <source>Postal code, &amp;city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="57"/>
        <source>Countr&amp;y (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="60"/>
        <source>&amp;VAT ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="62"/>
        <source>Ta&amp;x number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="64"/>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="67"/>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="69"/>
        <source>&amp;BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="73"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="77"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="78"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="79"/>
        <source>Small business (§ 19 UStG, no VAT charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="84"/>
        <location filename="../ProfileForm.cpp" line="130"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="86"/>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="87"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="91"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="110"/>
        <source>Choose logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="110"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ProfileForm.cpp" line="116"/>
        <source>The logo must be a PNG or JPEG file of at most 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::ReportsView</name>
    <message>
        <location filename="../ReportsView.cpp" line="66"/>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="68"/>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="70"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="71"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="81"/>
        <location filename="../ReportsView.cpp" line="84"/>
        <location filename="../ReportsView.cpp" line="85"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="81"/>
        <source>Not due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="81"/>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="81"/>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="82"/>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="82"/>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="82"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="84"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="84"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="84"/>
        <location filename="../ReportsView.cpp" line="85"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="84"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="84"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="85"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="85"/>
        <source>Rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="85"/>
        <source>Taxable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="86"/>
        <source>&amp;Aging (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="87"/>
        <source>Re&amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="88"/>
        <source>Ta&amp;x summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="93"/>
        <location filename="../ReportsView.cpp" line="180"/>
        <source>Computing the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="187"/>
        <source>The reports could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="193"/>
        <source>Cancelled; the tables show the previous result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="251"/>
        <location filename="../ReportsView.cpp" line="257"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="252"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ReportsView.cpp" line="257"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::RevenueChart</name>
    <message>
        <location filename="../RevenueChart.cpp" line="13"/>
        <source>Revenue per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../RevenueChart.cpp" line="43"/>
        <source>Revenue, last 12 months (net%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../RevenueChart.cpp" line="47"/>
        <source>No revenue yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::SettingsView</name>
    <message>
        <location filename="../SettingsView.cpp" line="49"/>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="53"/>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="63"/>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="65"/>
        <source>Invoices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="65"/>
        <source>Credit notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="65"/>
        <source>Quotes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="70"/>
        <source> numbering pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="72"/>
        <source>never reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="73"/>
        <source>reset yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="74"/>
        <source>reset monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="75"/>
        <source> numbering reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="88"/>
        <source>&lt;small&gt;Placeholders: {YYYY} {YY} {MM} {SEQ:4} {DEVICE}&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="91"/>
        <source>Save &amp;numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="95"/>
        <source>New documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="98"/>
        <source>&lt;small&gt;Currency and payment days: see the business profile.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="104"/>
        <source>e.g. Payable within 14 days without deduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="105"/>
        <source>Payment &amp;terms text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="110"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="111"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="112"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="115"/>
        <source>&lt;small&gt;A client&apos;s own language takes precedence.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="119"/>
        <source>Save &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="124"/>
        <source>Security and interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="128"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="129"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="131"/>
        <source>&amp;Auto-lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="134"/>
        <source>Lock when the &amp;screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="138"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="142"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="145"/>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="166"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="167"/>
        <source>The new language applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="219"/>
        <source>Next: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="232"/>
        <source>Example: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="246"/>
        <location filename="../SettingsView.cpp" line="260"/>
        <location filename="../SettingsView.cpp" line="268"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="273"/>
        <location filename="../SettingsView.cpp" line="317"/>
        <location filename="../SettingsView.cpp" line="319"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="281"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="282"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="290"/>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="300"/>
        <source>Re-encrypting the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SettingsView.cpp" line="319"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::SyncSettings</name>
    <message>
        <location filename="../SyncSettings.cpp" line="39"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="43"/>
        <source>Se&amp;rver URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="46"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="49"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="55"/>
        <source>Keep the key &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="56"/>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="57"/>
        <source>Inside the encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="59"/>
        <source>Public-key &amp;pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="60"/>
        <source>optional: base64 SHA-256 of the server&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="63"/>
        <source>Trusted &amp;CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="64"/>
        <source>optional: PEM file of a self-hosted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="65"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="69"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="71"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="73"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="75"/>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="96"/>
        <source>Conflict copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="98"/>
        <source>Conflict copies made by sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="107"/>
        <source>Trusted CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="107"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="130"/>
        <source>An API key is stored in the system keychain. Enter a new one only to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="133"/>
        <source>An API key is stored inside the encrypted vault. Enter a new one only to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="135"/>
        <source>No API key is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="141"/>
        <source>Never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="142"/>
        <source>Last sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../SyncSettings.cpp" line="144"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="146"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="152"/>
        <source>%1 — %2 (copy %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="155"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="173"/>
        <source>Enter the server URL (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="195"/>
        <source>Enter the API key the server gave you (qk_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="202"/>
        <source>Checking the server and the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="210"/>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="211"/>
        <source>No system keychain (Secret Service) is available, so the API key cannot be kept there.

Keep the key inside the encrypted vault instead? It is then as safe as your invoices: readable only with the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="221"/>
        <source>No system keychain is available. Choose &quot;Inside the encrypted vault&quot; to keep the key there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="235"/>
        <source>Logged in; the API key is kept inside the encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="236"/>
        <source>Logged in; the API key is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="248"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="256"/>
        <source>The server answered and accepted the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="263"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="264"/>
        <source>Remove the stored API key? Sync stops until you log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../SyncSettings.cpp" line="273"/>
        <source>Logged out; the API key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::UnlockDialog</name>
    <message>
        <location filename="../UnlockDialog.cpp" line="25"/>
        <source>Unlock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="27"/>
        <source>&lt;h2&gt;Quittance is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="30"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="41"/>
        <source>&amp;Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="42"/>
        <source>Open a vault in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="49"/>
        <location filename="../UnlockDialog.cpp" line="85"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="56"/>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="61"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="72"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="75"/>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="85"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="108"/>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="112"/>
        <source>There is no Quittance vault in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="152"/>
        <source>Choose a vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="156"/>
        <source>Enter the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="157"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="175"/>
        <source>That recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../UnlockDialog.cpp" line="176"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>quittance::ui::VaultController</name>
    <message>
        <location filename="../VaultController.cpp" line="38"/>
        <location filename="../VaultController.cpp" line="171"/>
        <source>The vault is locked or busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
