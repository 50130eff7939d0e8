<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="106" />
        <source>The database could not be opened:

{problem}</source>
        <translation>Не удалось открыть базу данных:

{problem}</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="119" />
        <source>(year before: {n})</source>
        <translation>(годом ранее: {n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="133" />
        <source>{indicator}: {actual} of {target}</source>
        <translation>{indicator}: {actual} из {target}</translation>
    </message>
</context>
<context>
    <name>AttendanceLetters</name>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="34" />
        <source>P</source>
        <comment>present</comment>
        <translation>П</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="35" />
        <source>L</source>
        <comment>late</comment>
        <translation>О</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="36" />
        <source>E</source>
        <comment>excused</comment>
        <translation>У</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="37" />
        <source>A</source>
        <comment>absent</comment>
        <translation>Н</translation>
    </message>
</context>
<context>
    <name>AttendanceMenu</name>
    <message>
        <location filename="../../app/ui/attendance/scan_menu.py" line="12" />
        <source>&amp;Attendance</source>
        <translation>Посещае&amp;мость</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_menu.py" line="13" />
        <source>&amp;Read signed sheets…</source>
        <translation>&amp;Прочитать подписанные листы…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="19" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="90" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="98" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="103" />
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="91" />
        <source>Backups are made of SQLite files only.</source>
        <translation>Резервные копии делаются только для файлов SQLite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="22" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="104" />
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="39" />
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="42" />
        <source>Restore from</source>
        <translation>Восстановить из</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="44" />
        <source>PostgreSQL backups (*.dump)</source>
        <translation>Резервные копии PostgreSQL (*.dump)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="48" />
        <source>Replace everything in {server} with the backup {file}? The current data is kept as a backup first.</source>
        <translation>Заменить все данные в {server} резервной копией {file}? Текущие данные сначала сохраняются в резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="61" />
        <source>Restored from {file}; the previous data was kept as {aside}</source>
        <translation>Восстановлено из {file}; прежние данные сохранены в {aside}</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="65" />
        <source>The backup's older schema ({schema}) was upgraded to this program's.</source>
        <translation>Более старая схема копии ({schema}) обновлена до схемы этой программы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="72" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="118" />
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/server_backup.py" line="80" />
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="138" />
        <source>Written by a newer version</source>
        <translation>Записано более новой версией</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="139" />
        <source>{name} was written by a newer version of GPAST Coordinator. Please update the program to open it; the file was not changed.</source>
        <translation>Файл {name} записан более новой версией GPAST Coordinator. Обновите программу, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="147" />
        <source>{name} is damaged or not a GPAST Coordinator database; it was not changed.

{problems}</source>
        <translation>{name} повреждён или не является базой данных GPAST Coordinator; файл не изменён.

{problems}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="153" />
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="162" />
        <source>Restore the backup of {when}</source>
        <translation>Восстановить копию от {when}</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="45" />
        <source>Receive this bundle?</source>
        <translation>Принять этот пакет?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="54" />
        <source>Records changed on both workstations: ours is kept unless you tick “Take theirs”. Both versions stay in the audit trail.</source>
        <translation>Записи, изменённые на обоих рабочих местах: сохраняется наша версия, если не отметить «Взять их версию». Обе версии остаются в журнале изменений.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="65" />
        <source>Take theirs? Record / field</source>
        <translation>Взять их версию? Запись / поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="66" />
        <source>Here (ours)</source>
        <translation>Здесь (наша)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="67" />
        <source>Theirs</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="81" />
        <source>edited here</source>
        <translation>изменена здесь</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="82" />
        <source>deleted there</source>
        <translation>удалена там</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_preview.py" line="96" />
        <source>Receive</source>
        <translation>Принять</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="30" />
        <source>Send to coordinator</source>
        <translation>Отправить координатору</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="52" />
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="40" />
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="23" />
        <source>GPAST bundles (*.gpast);;All files (*)</source>
        <translation>Пакеты GPAST (*.gpast);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="41" />
        <source>{path}

{counts}

Carry the file to the other workstation and choose File &gt; Receive from workstation… there.</source>
        <translation>{path}

{counts}

Перенесите файл на другое рабочее место и выберите там Файл &gt; Получить с рабочего места…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="48" />
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="64" />
        <source>Receive from workstation</source>
        <translation>Получить с рабочего места</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="87" />
        <source>Receive this bundle?</source>
        <translation>Принять этот пакет?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="95" />
        <source>Receiving the bundle…</source>
        <translation>Приём пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="128" />
        <source>Reading the bundle…</source>
        <translation>Чтение пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="129" />
        <source>Not received</source>
        <translation>Не получено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="137" />
        <source>Accept this workstation?</source>
        <translation>Принять это рабочее место?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="138" />
        <source>This bundle was made by the workstation '{name}', which is not accepted here.

Its key's fingerprint:
{fingerprint}

Accept it only if this is the fingerprint that workstation shows (ask its user). Accept bundles from it?</source>
        <translation>Этот пакет сделан на рабочем месте «{name}», которое здесь не принято.

Отпечаток его ключа:
{fingerprint}

Принимайте, только если это тот отпечаток, который показывает то рабочее место (спросите его пользователя). Принимать пакеты с него?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="177" />
        <source>It would add {added}, change {updated} and delete {deleted} records; {n} conflicts. Nothing has been changed yet.</source>
        <translation>Будет добавлено записей: {added}, изменено: {updated}, удалено: {deleted}; конфликтов: {n}. Пока ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="191" />
        <source>{kind}: {added} added, {updated} changed, {deleted} deleted</source>
        <translation>{kind}: добавлено {added}, изменено {updated}, удалено {deleted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="202" />
        <source>Conflicts (both versions are kept):</source>
        <translation>Конфликты (сохраняются обе версии):</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="220" />
        <source>{n} attendance rows go with the deleted sessions and people.</source>
        <translation>Вместе с удаляемыми мероприятиями и людьми удаляется отметок посещаемости: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="102" />
        <source>Bundle received</source>
        <translation>Пакет получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="103" />
        <source>Added {added}, updated {updated}, unchanged {unchanged}, deleted {deleted}, conflicts {n}.</source>
        <translation>Добавлено {added}, обновлено {updated}, без изменений {unchanged}, удалено {deleted}, конфликтов {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="119" />
        <source>Both versions of each conflict are kept in the audit trail.</source>
        <translation>Обе версии каждого конфликта сохранены в журнале изменений.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="23" />
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="25" />
        <source>%n training session(s)</source>
        <translation>
            <numerusform>%n учебное мероприятие</numerusform>
            <numerusform>%n учебных мероприятия</numerusform>
            <numerusform>%n учебных мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="27" />
        <source>%n legislative act(s)</source>
        <translation>
            <numerusform>%n нормативный акт</numerusform>
            <numerusform>%n нормативных акта</numerusform>
            <numerusform>%n нормативных актов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="29" />
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n кампания</numerusform>
            <numerusform>%n кампании</numerusform>
            <numerusform>%n кампаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="31" />
        <source>%n attendance row(s)</source>
        <translation>
            <numerusform>%n отметка посещаемости</numerusform>
            <numerusform>%n отметки посещаемости</numerusform>
            <numerusform>%n отметок посещаемости</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="33" />
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n целевой показатель</numerusform>
            <numerusform>%n целевых показателя</numerusform>
            <numerusform>%n целевых показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer/bundle_counts.py" line="35" />
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>%n удалённая запись</numerusform>
            <numerusform>%n удалённые записи</numerusform>
            <numerusform>%n удалённых записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateCheckDialog</name>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="32" />
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Проверить сертификат…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="42" />
        <source>Check a certificate</source>
        <translation>Проверка сертификата</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="47" />
        <source>Paste the code printed on the certificate (it starts with GPC1:), or choose a PDF of certificates or a photo or scan of a printed one.</source>
        <translation>Вставьте код, напечатанный на сертификате (он начинается с GPC1:), или выберите PDF с сертификатами либо фотографию или скан напечатанного сертификата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="59" />
        <source>optional: as the issuer publishes it</source>
        <translation>необязательно: как его публикует выдавшая организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="60" />
        <source>Issuer's key &amp;fingerprint:</source>
        <translation>&amp;Отпечаток ключа организации:</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="67" />
        <source>C&amp;heck</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="69" />
        <source>Choose &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="92" />
        <source>Paste a code first, or choose a file.</source>
        <translation>Сначала вставьте код или выберите файл.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="99" />
        <source>Choose a certificate</source>
        <translation>Выбор сертификата</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="101" />
        <source>Certificates (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Сертификаты (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="115" />
        <source>No certificate code found in this file.</source>
        <translation>В этом файле не найден код сертификата.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="128" />
        <source>Genuine: signed with the key {fingerprint}.</source>
        <translation>Подлинный: подписан ключом {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="133" />
        <source>Not confirmed: {why}.</source>
        <translation>Не подтверждён: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/certificate_check_dialog.py" line="136" />
        <source>Not genuine: {why}.</source>
        <translation>Не подлинный: {why}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="170" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="171" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="178" />
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="255" />
        <source>Progress {year}</source>
        <translation>Результаты {year} года</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="274" />
        <source>All areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="275" />
        <source>Each record counted once</source>
        <translation>Каждая запись учитывается один раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="293" />
        <source>A record linked to several focus areas counts in each area's card and once in “All areas”. Participants trained: people present or late on at least one day of a session, counted once per session.</source>
        <translation>Запись, связанная с несколькими направлениями, учитывается в карточке каждого направления и один раз во «Всех направлениях». Обучено участников: люди, присутствовавшие или опоздавшие хотя бы в один день занятия, по одному разу на занятие.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="180" />
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="186" />
        <location filename="../../app/ui/records/field_widgets.py" line="187" />
        <source>Choose from a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
</context>
<context>
    <name>DeletedRecords</name>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="31" />
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="36" />
        <source>A deleted record keeps its content and its attendance until restored.</source>
        <translation>Удалённая запись хранит своё содержимое и посещаемость, пока её не восстановят.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="45" />
        <source>Deleted at</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="46" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="47" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="48" />
        <source>Attendance rows</source>
        <translation>Отметок посещаемости</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="53" />
        <source>Nothing has been deleted. A record you delete (Del on a list page) waits here until you restore it.</source>
        <translation>Удалённых записей нет. Удалённая запись (Del на странице списка) ждёт здесь, пока вы её не восстановите.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="63" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="91" />
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="99" />
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="103" />
        <source>{record} is back, with {n} attendance rows.</source>
        <translation>Запись «{record}» восстановлена, отметок посещаемости: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="107" />
        <source>{n} attendance rows were not restored: their session or person is gone, or the day is no longer one of the session's.</source>
        <translation>Не восстановлено отметок посещаемости: {n} — их мероприятия или человека больше нет, или этого дня больше нет в мероприятии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="113" />
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="70" />
        <source>This is the demo database: sample records to look around. Your own database is unchanged; File &gt; Open database… returns to it.</source>
        <translation>Это демонстрационная база: примеры записей, чтобы осмотреться. Ваша база данных не изменена; Файл &gt; Открыть базу данных… возвращает к ней.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../app/ui/shell/error_dialog.py" line="19" />
        <source>GPAST Coordinator</source>
        <translation>GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/error_dialog.py" line="27" />
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/error_dialog.py" line="29" />
        <source>The program met an unexpected problem: {problem}

Your data is safe: the last change was either saved whole or not at all. The details were written to {path}.</source>
        <translation>Программа столкнулась с непредвиденной ошибкой: {problem}

Ваши данные в сохранности: последнее изменение либо сохранено целиком, либо не сохранено совсем. Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/error_dialog.py" line="37" />
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="29" />
        <source>en</source>
        <comment>the code of this translation's language: ru in the Russian one</comment>
        <translation>ru</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="42" />
        <source>Manual — GPAST Coordinator</source>
        <translation>Руководство — GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="69" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="70" />
        <source>&amp;Manual</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="73" />
        <source>&amp;Getting started</source>
        <translation>&amp;Начало работы</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="78" />
        <source>&amp;About GPAST Coordinator</source>
        <translation>&amp;О программе GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="156" />
        <source>About GPAST Coordinator</source>
        <translation>О программе GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/help_menu.py" line="157" />
        <source>&lt;h3&gt;GPAST Coordinator {version}&lt;/h3&gt;&lt;p&gt;Log legislation, training sessions and awareness campaigns against the five focus areas of the Global Partnership against Slavery and Trafficking in Human Beings, and print progress reports.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;&lt;p&gt;The program opens no network connection except to a database server you name. Fonts: PT Sans (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPAST Coordinator {version}&lt;/h3&gt;&lt;p&gt;Учёт законодательства, обучения и информационных кампаний по пяти направлениям Глобального партнёрства против рабства и торговли людьми и печать отчётов о ходе работы.&lt;/p&gt;&lt;p&gt;База данных: {db}&lt;/p&gt;&lt;p&gt;Программа не устанавливает сетевых соединений, кроме соединения с указанным вами сервером базы данных. Шрифты: PT Sans (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="13" />
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="14" />
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="15" />
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="16" />
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="17" />
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="18" />
        <source>anonymised</source>
        <translation>обезличено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="19" />
        <source>conflict from another workstation</source>
        <translation>конфликт с другим рабочим местом</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="41" />
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="47" />
        <source>{when} — {who}: {action}</source>
        <translation>{when} — {who}: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="63" />
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="51" />
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="56" />
        <source>Kind of records</source>
        <translation>Вид записей</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="58" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="59" />
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="65" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="67" />
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="74" />
        <source>The first rows as they will be read</source>
        <translation>Первые строки в том виде, как они будут прочитаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="78" />
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="82" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="90" />
        <source>First rows as they will be read:</source>
        <translation>Первые строки в том виде, как они будут прочитаны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="92" />
        <source>Problems:</source>
        <translation>Ошибки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="104" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="121" />
        <source>Choose a .csv or .xlsx file.</source>
        <translation>Выберите файл .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="123" />
        <source>Reading…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="162" />
        <source>CSV file; encoding {encoding}; delimiter: {delimiter}; {rows} rows</source>
        <translation>Файл CSV; кодировка {encoding}; разделитель: {delimiter}; строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="166" />
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="167" />
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="168" />
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="175" />
        <source>Excel workbook; {rows} rows</source>
        <translation>Книга Excel; строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="178" />
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="130" />
        <location filename="../../app/ui/transfer/import_dialog.py" line="189" />
        <location filename="../../app/ui/transfer/import_dialog.py" line="197" />
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="40" />
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.xls *.ods *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="191" />
        <source>No problems. {summary}</source>
        <translation>Ошибок нет. {summary}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="203" />
        <source>… and more: fix these first.</source>
        <translation>… и другие: сначала исправьте эти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="213" />
        <source>{rows} rows read: {added} records would be added, {updated} updated, {unchanged} left unchanged.</source>
        <translation>Прочитано строк: {rows}; будет добавлено записей: {added}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="218" />
        <source>{rows} rows read: {added} records added, {updated} updated, {unchanged} left unchanged.</source>
        <translation>Прочитано строк: {rows}; добавлено записей: {added}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="228" />
        <source>New people in the registry: {n}.</source>
        <translation>Новых людей в реестре: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="237" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="237" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="256" />
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="265" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="266" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="290" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="304" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="320" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="312" />
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="313" />
        <source>{count} rows written to {path}</source>
        <translation>Записано строк: {count} в {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="336" />
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="31" />
        <source>Legislative acts adopted</source>
        <translation>Принято нормативных актов</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="32" />
        <source>Trainings held</source>
        <translation>Проведено обучений</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="33" />
        <source>Training hours</source>
        <translation>Часов обучения</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="34" />
        <source>Participants trained</source>
        <translation>Обучено участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="35" />
        <source>People trained</source>
        <translation>Обучено человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="36" />
        <source>Women trained (participations)</source>
        <translation>Из них женщин (участий)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="37" />
        <source>Men trained (participations)</source>
        <translation>Из них мужчин (участий)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="38" />
        <source>Campaigns launched</source>
        <translation>Начато кампаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="39" />
        <source>Campaign reach</source>
        <translation>Охват кампаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="40" />
        <source>Victims identified</source>
        <translation>Выявлено жертв</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="41" />
        <source>Victims assisted</source>
        <translation>Жертвам оказана помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="42" />
        <source>Victims referred</source>
        <translation>Жертвы направлены в службы помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="43" />
        <source>Victims repatriated</source>
        <translation>Жертвы репатриированы</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="44" />
        <source>Investigations</source>
        <translation>Расследования</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="45" />
        <source>Persons prosecuted</source>
        <translation>Лица, привлечённые к уголовной ответственности</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="46" />
        <source>Persons convicted</source>
        <translation>Осуждённые лица</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="19" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="20" />
        <source>Reference number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>In force on</source>
        <translation>Дата вступления в силу</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="25" />
        <source>Issuing authority</source>
        <translation>Принявший орган</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="26" />
        <source>Focus areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="27" />
        <source>Aspects</source>
        <translation>Аспекты</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28" />
        <source>International instruments</source>
        <translation>Международные документы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32" />
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35" />
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37" />
        <source>Audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38" />
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43" />
        <source>Estimated reach (people)</source>
        <translation>Оценочный охват (человек)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44" />
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50" />
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51" />
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Form of exploitation</source>
        <translation>Форма эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64" />
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>Amendment</source>
        <translation>Поправка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Decree</source>
        <translation>Указ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Regulation</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Treaty</source>
        <translation>Международный договор</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71" />
        <source>Submitted</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72" />
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74" />
        <source>Repealed</source>
        <translation>Утратил силу</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75" />
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Present</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Late</source>
        <translation>Опоздание</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Excused</source>
        <translation>Уважительная причина</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Absent</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83" />
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84" />
        <source>Age (children and youth)</source>
        <translation>Возраст (дети и молодёжь)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85" />
        <source>Migration</source>
        <translation>Миграция</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="86" />
        <source>TV</source>
        <translation>ТВ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87" />
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Print</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Outdoor</source>
        <translation>Наружная реклама</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Prosecutors</source>
        <translation>Прокуроры</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>Judges</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Border guards</source>
        <translation>Пограничники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98" />
        <source>Labour inspectors</source>
        <translation>Инспекторы труда</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="99" />
        <source>Social workers</source>
        <translation>Социальные работники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="100" />
        <source>NGOs</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101" />
        <source>Health workers</source>
        <translation>Медицинские работники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102" />
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103" />
        <source>Consular staff</source>
        <translation>Консульские сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="104" />
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105" />
        <source>Hybrid</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106" />
        <source>Victims identified</source>
        <translation>Выявлено жертв</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="107" />
        <source>Victims assisted</source>
        <translation>Жертвам оказана помощь</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="108" />
        <source>Victims referred</source>
        <translation>Жертвы направлены в службы помощи</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="109" />
        <source>Victims repatriated</source>
        <translation>Жертвы репатриированы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="110" />
        <source>Investigations</source>
        <translation>Расследования</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="111" />
        <source>Persons prosecuted</source>
        <translation>Лица, привлечённые к уголовной ответственности</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="112" />
        <source>Persons convicted</source>
        <translation>Осуждённые лица</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="113" />
        <source>Population</source>
        <translation>Численность населения</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="114" />
        <source>Child (under 18)</source>
        <translation>Ребёнок (до 18 лет)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="115" />
        <source>Adult</source>
        <translation>Взрослый</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="116" />
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="117" />
        <source>Sexual exploitation</source>
        <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="118" />
        <source>Forced labour</source>
        <translation>Принудительный труд</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="119" />
        <source>Forced criminal activities</source>
        <translation>Принуждение к преступной деятельности</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="120" />
        <source>Forced begging</source>
        <translation>Принуждение к попрошайничеству</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="121" />
        <source>Organ removal</source>
        <translation>Изъятие органов</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="122" />
        <source>Forced marriage</source>
        <translation>Принудительный брак</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="123" />
        <source>Palermo Protocol</source>
        <translation>Палермский протокол</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124" />
        <source>Council of Europe Convention</source>
        <translation>Конвенция Совета Европы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125" />
        <source>ILO C29</source>
        <translation>Конвенция МОТ № 29</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="126" />
        <source>ILO C182</source>
        <translation>Конвенция МОТ № 182</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127" />
        <source>ILO P29</source>
        <translation>Протокол МОТ № 29</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="128" />
        <source>CEDAW</source>
        <translation>КЛДЖ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="129" />
        <source>Convention on the Rights of the Child</source>
        <translation>Конвенция о правах ребёнка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="132" />
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="133" />
        <source>Transit</source>
        <translation>Транзит</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="134" />
        <source>Destination</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="138" />
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="139" />
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="140" />
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="141" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="142" />
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="143" />
        <source>Targets</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="144" />
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="148" />
        <source>Criminalisation of trafficking</source>
        <translation>Криминализация торговли людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="149" />
        <source>Countering demand</source>
        <translation>Противодействие спросу</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="150" />
        <source>Protection and reintegration of victims</source>
        <translation>Защита и реинтеграция жертв</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="151" />
        <source>Eradicating root causes</source>
        <translation>Устранение коренных причин</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="152" />
        <source>National capacity-building</source>
        <translation>Укрепление национального потенциала</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="174" />
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="42" />
        <source>GPAST databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных GPAST (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="63" />
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="79" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="80" />
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="81" />
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="82" />
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="83" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="84" />
        <source>Targets</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="85" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="99" />
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="223" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="224" />
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="227" />
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="231" />
        <source>Connect to &amp;server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="234" />
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="235" />
        <source>&amp;Export current list…</source>
        <translation>&amp;Экспорт текущего списка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="236" />
        <source>Download &amp;template…</source>
        <translation>Скачать &amp;шаблон…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="238" />
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="239" />
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="240" />
        <source>Export audit &amp;trail…</source>
        <translation>Экспорт &amp;журнала изменений…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="241" />
        <source>&amp;Deleted records…</source>
        <translation>&amp;Удалённые записи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="243" />
        <source>&amp;Send to coordinator…</source>
        <translation>&amp;Отправить координатору…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="244" />
        <source>Recei&amp;ve from workstation…</source>
        <translation>&amp;Получить с рабочего места…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="245" />
        <source>Accepted &amp;workstations…</source>
        <translation>Принятые &amp;рабочие места…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="248" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="250" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="252" />
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="254" />
        <source>&amp;Edit record</source>
        <translation>&amp;Изменить запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="255" />
        <source>&amp;Duplicate record</source>
        <translation>&amp;Копировать запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="257" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="258" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="268" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="49" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="50" />
        <source>Open a list page first (e.g. Trainings).</source>
        <translation>Сначала откройте список (например, «Обучение»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="66" />
        <source>Download template</source>
        <translation>Скачать шаблон</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="67" />
        <source>Template for:</source>
        <translation>Шаблон для:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="129" />
        <source>Export audit trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="137" />
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/transfer_actions.py" line="138" />
        <source>{n} entries written</source>
        <translation>Записано записей: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="306" />
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="316" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="322" />
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/permissions.py" line="108" />
        <source>Signed in as {login} ({role})</source>
        <translation>Вход: {login} ({role})</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="48" />
        <source>Merge duplicates</source>
        <translation>Объединение дубликатов</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="58" />
        <source>These two records may be the same person. Choose the record to keep: the other one's attendance moves to it (where both have a day, the better status is kept), its empty details are filled in from the other, and the other record is removed. Fields that differ are highlighted.</source>
        <translation>Эти две записи, возможно, об одном человеке. Выберите запись, которая останется: посещаемость другой переходит к ней (если у обеих есть один и тот же день, остаётся лучшая отметка), её пустые сведения заполняются из другой, а другая запись удаляется. Различающиеся поля выделены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="68" />
        <source>The two records field by field</source>
        <translation>Две записи по полям</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="73" />
        <source>Record 1</source>
        <translation>Запись 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="74" />
        <source>Record 2</source>
        <translation>Запись 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="75" />
        <source>After merging</source>
        <translation>После объединения</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="79" />
        <source>Attendance days recorded</source>
        <translation>Отмеченных дней посещения</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="98" />
        <source>Keep record &amp;{n}: {name}</source>
        <translation>Оставить запись &amp;{n}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="106" />
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/merge_dialog.py" line="137" />
        <source>up to {n}</source>
        <translation>до {n}</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="30" />
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Объединить дубликаты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="31" />
        <source>Select the two records of the same person</source>
        <translation>Выберите две записи одного и того же человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="32" />
        <source>Anon&amp;ymise…</source>
        <translation>Обе&amp;зличить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="37" />
        <source>Training history</source>
        <translation>История обучения</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="39" />
        <source>Training history of the selected person</source>
        <translation>История обучения выбранного человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="55" />
        <source>Nobody here yet. People come in with a training's attendance (Trainings, then Attendance…) or an attendance spreadsheet (File &gt; Import); New (Ctrl+N) adds one person.</source>
        <translation>Пока никого нет. Люди появляются здесь с посещаемостью обучения (Обучение, затем Посещаемость…) или из таблицы посещаемости (Файл &gt; Импорт); Создать (Ctrl+N) добавляет одного человека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="89" />
        <source>Not registered for any training session.</source>
        <translation>Не записан ни на одно занятие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="105" />
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="108" />
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="120" />
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="122" />
        <source>Clear this person's name, birth year, position, country, email and phone? Sex and organisation stay so that the statistics do not change. This cannot be undone.</source>
        <translation>Удалить ФИО, год рождения, должность, страну, эл. почту и телефон этого человека? Пол и организация сохраняются, чтобы статистика не изменилась. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="133" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="136" />
        <source>Not anonymised</source>
        <translation>Не обезличено</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="17" />
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="18" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="19" />
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="22" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="15" />
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="16" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="21" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../app/ui/shell/qt_texts.py" line="20" />
        <source>Page &amp;Set:</source>
        <translation>&amp;Набор страниц:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../app/ui/shell/read_only_banner.py" line="22" />
        <source>This database is read-only (read-only media, or a folder you cannot write to): you can look, print, export and back it up elsewhere, but not change it.</source>
        <translation>Эта база данных только для чтения (носитель только для чтения или папка без права записи): её можно просматривать, печатать, выгружать и копировать в другое место, но не изменять.</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="35" />
        <source>Re&amp;cent databases</source>
        <translation>По&amp;следние базы данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="66" />
        <source>&amp;{n} {name} (not found)</source>
        <translation>&amp;{n} {name} (не найдена)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="71" />
        <source>{path} is no longer there (moved or deleted)</source>
        <translation>{path} больше нет на месте (перемещена или удалена)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="83" />
        <source>No databases opened yet</source>
        <translation>Базы данных ещё не открывались</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="89" />
        <source>&amp;Remove missing</source>
        <translation>&amp;Убрать отсутствующие</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="100" />
        <source>Recent databases</source>
        <translation>Последние базы данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/recent_databases.py" line="101" />
        <source>{path} is no longer there (moved or deleted); it is taken off the list.</source>
        <translation>{path} больше нет на месте (перемещена или удалена); она убрана из списка.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="92" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="93" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="101" />
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="103" />
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="129" />
        <source>New legislative act</source>
        <translation>Новый нормативный акт</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="129" />
        <source>Edit legislative act</source>
        <translation>Изменение нормативного акта</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="130" />
        <source>New training session</source>
        <translation>Новое обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="130" />
        <source>Edit training session</source>
        <translation>Изменение обучения</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="131" />
        <source>New awareness campaign</source>
        <translation>Новая информационная кампания</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="131" />
        <source>Edit awareness campaign</source>
        <translation>Изменение информационной кампании</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="132" />
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="132" />
        <source>Edit participant</source>
        <translation>Изменение участника</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="175" />
        <source>Save is disabled: {field} — {message}</source>
        <translation>Сохранить нельзя: {field} — {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="190" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="217" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="52" />
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="54" />
        <source>Search {kind}</source>
        <translation>Поиск: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="56" />
        <source>Focus area filter</source>
        <translation>Фильтр по направлению</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="58" />
        <source>Year filter</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="60" />
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="75" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="118" />
        <source>&amp;New</source>
        <translation>Созд&amp;ать</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="120" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="121" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="69" />
        <source>F&amp;ind:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="74" />
        <source>A&amp;rea:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="76" />
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="96" />
        <source>Clea&amp;r filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="97" />
        <source>Show every record again</source>
        <translation>Снова показать все записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="119" />
        <source>Edi&amp;t</source>
        <comment>button: edit the selected record</comment>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="132" />
        <source>Attendan&amp;ce…</source>
        <translation>Посе&amp;щаемость…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="58" />
        <location filename="../../app/ui/records/list_page.py" line="151" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="178" />
        <source>All areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="186" />
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="189" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/list_page.py" line="234" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="238" />
        <source>Nothing matches these filters. Clear filters (Alt+R) shows every record.</source>
        <translation>Под эти фильтры ничего не подходит. «Сбросить фильтры» (Alt+Б) снова покажет все записи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="247" />
        <source>Nothing here yet. Press New (Ctrl+N) to add the first record, or import a spreadsheet with File &gt; Import (File &gt; Download template gives one to fill).</source>
        <translation>Здесь пока ничего нет. Нажмите «Создать» (Ctrl+N), чтобы добавить первую запись, или загрузите таблицу через Файл &gt; Импорт (Файл &gt; Скачать шаблон даёт таблицу для заполнения).</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="314" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="317" />
        <source>Not duplicated</source>
        <translation>Не скопировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="38" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="49" />
        <source>Delete “{name}”?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="51" />
        <source>Its {n} attendance records (people's presence per day) are deleted too.</source>
        <translation>Вместе с ней удаляются записи посещаемости ({n}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="55" />
        <source>This cannot be undone.</source>
        <translation>Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="68" />
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/deleting.py" line="46" />
        <location filename="../../app/ui/records/deleting.py" line="77" />
        <location filename="../../app/ui/records/deleting.py" line="83" />
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="64" />
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="65" />
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="66" />
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="67" />
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="68" />
        <source>Custom period</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="71" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="76" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="76" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="89" />
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="90" />
        <source>For p&amp;ublication (small counts as &lt;5)</source>
        <translation>Для п&amp;убликации (малые числа как &lt;5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="92" />
        <source>Figures from 1 to 4 print as &lt;5; the threshold is in Settings.</source>
        <translation>Показатели от 1 до 4 печатаются как &lt;5; порог задаётся в настройках.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="95" />
        <source>Focus areas in the report</source>
        <translation>Направления в отчёте</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="97" />
        <source>&amp;Generate</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="98" />
        <source>&amp;Save as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="99" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="100" />
        <source>&amp;Open in viewer</source>
        <translation>&amp;Открыть в программе просмотра</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="101" />
        <source>Reporting pac&amp;k…</source>
        <translation>Пакет &amp;отчётности…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="104" />
        <source>The statistics tables the UN, Council of Europe and donor questionnaires ask for, a column per year of the period (.xlsx), or the narrative annex by prevention, protection, prosecution and partnership (.docx)</source>
        <translation>Статистические таблицы для вопросников ООН, Совета Европы и доноров, по столбцу на каждый год периода (.xlsx), или текстовое приложение по разделам «предупреждение», «защита», «уголовное преследование» и «партнёрство» (.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="124" />
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="128" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="130" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="132" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="168" />
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="213" />
        <source>Start of the period</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="214" />
        <source>End of the period</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="219" />
        <source>{end}: a date is needed (DD.MM.YYYY).</source>
        <translation>{end}: нужна дата (ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="221" />
        <source>{end}: “{text}” is not a date (DD.MM.YYYY).</source>
        <translation>{end}: «{text}» — не дата (ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="245" />
        <location filename="../../app/ui/overview/reports_page.py" line="270" />
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="226" />
        <source>'To' is before 'From'.</source>
        <translation>Дата «по» раньше даты «с».</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="252" />
        <source>Making the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="277" />
        <source>Save the reporting pack</source>
        <translation>Сохранить пакет отчётности</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="279" />
        <source>Statistics tables (*.xlsx);;Narrative annex (*.docx)</source>
        <translation>Статистические таблицы (*.xlsx);;Текстовое приложение (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="287" />
        <source>Making the reporting pack…</source>
        <translation>Создание пакета отчётности…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="305" />
        <source>Reporting pack written: {path}</source>
        <translation>Пакет отчётности записан: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="315" />
        <source>{pages} pages</source>
        <translation>Страниц: {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="329" />
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="33" />
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="35" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="40" />
        <source> (kept before a restore)</source>
        <translation> (сохранена перед восстановлением)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="47" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="49" />
        <source>Other &amp;file…</source>
        <translation>Другой &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="56" />
        <source>Backups of {name}, newest first:</source>
        <translation>Резервные копии {name}, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="62" />
        <source>The current database is kept in the backups folder before it is replaced.</source>
        <translation>Перед заменой текущая база данных сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="72" />
        <source>Restore from</source>
        <translation>Восстановить из</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="58" />
        <source>Attendance — {code} {title}</source>
        <translation>Посещаемость — {code} {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="64" />
        <source>Attendance: people by days</source>
        <translation>Посещаемость: участники по дням</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="68" />
        <source>Find a person in the registry…</source>
        <translation>Найти человека в реестре…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="69" />
        <source>Find a person to add</source>
        <translation>Найти человека для добавления</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="72" />
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="79" />
        <source>&amp;Add selected</source>
        <translation>&amp;Добавить выбранного</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="81" />
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="83" />
        <source>&amp;Remove from roster</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="85" />
        <source>All &amp;present (this day)</source>
        <translation>Все &amp;присутствовали (этот день)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="87" />
        <source>&amp;Sign-in sheets…</source>
        <translation>&amp;Листы регистрации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="89" />
        <source>&amp;Certificates…</source>
        <translation>&amp;Сертификаты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="91" />
        <source>Print sign-in s&amp;heets…</source>
        <translation>Печать листов р&amp;егистрации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="93" />
        <source>Print cer&amp;tificates…</source>
        <translation>Печать се&amp;ртификатов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="99" />
        <source>Keys: {present} present · {late} late · {excused} excused · {absent} absent · Space cycles. Select several cells to set them at once.</source>
        <translation>Клавиши: {present} — присутствовал · {late} — опоздал · {excused} — уважительная причина · {absent} — не был · Пробел переключает. Выделите несколько ячеек, чтобы изменить их сразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="114" />
        <source>Nobody is registered yet: type part of a name or organisation in the box below to find people in the registry, or press New person…. An attendance spreadsheet (File &gt; Import) registers many at once.</source>
        <translation>Пока никто не зарегистрирован: введите часть имени или организации в поле ниже, чтобы найти людей в реестре, или нажмите «Новый человек…». Таблица посещаемости (Файл &gt; Импорт) регистрирует сразу многих.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="154" />
        <location filename="../../app/ui/attendance/roster_dialog.py" line="232" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="161" />
        <source>Not added</source>
        <translation>Не добавлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="188" />
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="190" />
        <source>{name} ({org}) is already in the registry. Add that person instead of creating a new record?</source>
        <translation>{name} ({org}) уже есть в реестре. Добавить этого человека вместо создания новой записи?</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="217" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="219" />
        <source>Remove {names} from this session's roster (their attendance on every day goes)?</source>
        <translation>Убрать {names} из списка этого занятия (посещаемость за все дни будет удалена)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="234" />
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="255" />
        <source>{registered} registered; {attended} attended ({sexes}). Attendance per day: {rates}</source>
        <translation>Записано: {registered}; посетили: {attended} ({sexes}). Посещаемость по дням: {rates}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="283" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="87" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="89" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="125" />
        <source>Saving attendance…</source>
        <translation>Сохранение посещаемости…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_grid.py" line="134" />
        <source>Attendance not saved</source>
        <translation>Посещаемость не сохранена</translation>
    </message>
</context>
<context>
    <name>SavedFiles</name>
    <message>
        <location filename="../../app/ui/shell/saved_files.py" line="67" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/saved_files.py" line="69" />
        <source>Saved as {name} in {folder}.</source>
        <translation>Сохранено как {name} в папке {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/saved_files.py" line="74" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/saved_files.py" line="77" />
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
</context>
<context>
    <name>ScanReview</name>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="64" />
        <source>Reading the signed sheets…</source>
        <translation>Чтение подписанных листов…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="75" />
        <source>Read signed sheets</source>
        <translation>Чтение подписанных листов</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="80" />
        <source>{file} page {page}</source>
        <translation>{file}, стр. {page}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="87" />
        <source>Not read:</source>
        <translation>Не прочитано:</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="94" />
        <source>Signed boxes are proposed as present; yellow boxes are uncertain: look at the box below and press Space to change a cell. Statuses already recorded are kept.</source>
        <translation>Подписанные поля предлагаются как «присутствовал»; жёлтые поля — сомнительные: посмотрите на поле внизу и нажмите Пробел, чтобы изменить ячейку. Уже записанные статусы сохраняются.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="115" />
        <source>&amp;Save statuses</source>
        <translation>&amp;Сохранить статусы</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="184" />
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="185" />
        <source>uncertain: look at the box</source>
        <translation>сомнительно: посмотрите на поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="186" />
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="233" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="236" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="238" />
        <source>Recorded present: {n}. Kept as recorded: {kept}.</source>
        <translation>Отмечено присутствие: {n}. Оставлено как было: {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="251" />
        <source>Walk-in rows written by hand: type them in</source>
        <translation>Строки, вписанные от руки: введите их</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="32" />
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="33" />
        <source>Coordinating &amp;body:</source>
        <translation>Координирующий &amp;орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="34" />
        <source>Country's &amp;role:</source>
        <translation>&amp;Роль страны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="35" />
        <source>Your &amp;name (for the audit trail):</source>
        <translation>Ваше &amp;имя (для журнала изменений):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="37" />
        <source>Documents for &amp;publication print figures below this as &lt;N (default 5):</source>
        <translation>Документы для &amp;публикации печатают показатели меньше этого числа как &lt;N (по умолчанию 5):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="52" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="56" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="57" />
        <source>Interface &amp;language (after a restart):</source>
        <translation>&amp;Язык интерфейса (после перезапуска):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="72" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="77" />
        <location filename="../../app/ui/shell/settings_dialog.py" line="80" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="38" />
        <source>Connect to server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="52" />
        <source>Remember the password (in my .pgpass file)</source>
        <translation>Запомнить пароль (в моём файле .pgpass)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="56" />
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="57" />
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="58" />
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="59" />
        <source>&amp;Login:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="60" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="65" />
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="66" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="77" />
        <source>Enter the server and the database.</source>
        <translation>Укажите сервер и базу данных.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server/sign_in_dialog.py" line="80" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="55" />
        <source>{who} saved this record at {when} UTC after the list showed it (changed: {fields}), so it was not deleted. Reload the list to see it as saved, then delete it again if you still mean to.</source>
        <translation>{who} сохранил(а) эту запись {when} UTC, уже после того как список её показал (изменено: {fields}), поэтому она не удалена. Загрузите список заново, чтобы увидеть сохранённую запись, и удалите её ещё раз, если всё же нужно.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="61" />
        <source>{who} saved targets of this year at {when} UTC while you were typing yours (changed: {fields}); your targets were not saved. Reload to see theirs, then type yours again.</source>
        <translation>{who} сохранил(а) целевые показатели этого года {when} UTC, пока вы вводили свои (изменено: {fields}); ваши показатели не сохранены. Загрузите заново, чтобы увидеть сохранённые, и введите свои ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="67" />
        <source>{who} saved this figure at {when} UTC while you were typing yours (changed: {fields}); your figure was not saved. Reload to see theirs, then type yours again.</source>
        <translation>{who} сохранил(а) это значение {when} UTC, пока вы вводили своё (изменено: {fields}); ваше значение не сохранено. Загрузите заново, чтобы увидеть сохранённое, и введите своё ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="120" />
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="129" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="143" />
        <source>Show the record as saved now; your changes are dropped</source>
        <translation>Показать запись такой, какой она сохранена; ваши изменения будут отброшены</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="147" />
        <source>&amp;Keep my changes</source>
        <translation>&amp;Оставить мои изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="148" />
        <source>Save what you typed over it; what they changed and you did not stays theirs</source>
        <translation>Сохранить введённое вами поверх; то, что изменили они, а вы нет, останется их</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="49" />
        <source>{who} saved this record at {when} UTC while you were editing it (changed: {fields}); your changes were not saved. Reload it, compare it with yours, or keep your changes and save them over it.</source>
        <translation>{who} сохранил(а) эту запись {when} UTC, пока вы её редактировали (изменено: {fields}); ваши изменения не сохранены. Загрузите её заново, сравните со своими или оставьте свои изменения и сохраните их поверх.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="130" />
        <source>Saved by {who}</source>
        <translation>Сохранено: {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="131" />
        <source>Yours (not saved)</source>
        <translation>Ваше (не сохранено)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="152" />
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="156" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/stale_edit.py" line="142" />
        <location filename="../../app/ui/records/stale_edit.py" line="208" />
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="44" />
        <source>Total (stated)</source>
        <translation>Итого (указано)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="45" />
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="46" />
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="47" />
        <source>Age unknown</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="48" />
        <source>Other forms</source>
        <translation>Другие формы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="49" />
        <source>Form unknown</source>
        <translation>Форма неизвестна</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="75" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="80" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="86" />
        <source>Source: the agency that supplied the figures</source>
        <translation>Источник: ведомство, предоставившее показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="89" />
        <source>agency, e.g. Ministry of Interior</source>
        <translation>ведомство, например МВД</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="90" />
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="92" />
        <source>&amp;History of the figure</source>
        <translation>&amp;История показателя</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="101" />
        <source>Figures: indicators by breakdown</source>
        <translation>Показатели по разбивкам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/country_grid.py" line="33" />
        <source>Figures by citizenship</source>
        <translation>Показатели по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="114" />
        <source>No figures for this year yet. Type the agency under Source, then each figure in its cell (it is saved as you leave the cell; Ctrl+V pastes a block from Excel), or import the statistics template with File &gt; Import.</source>
        <translation>За этот год данных пока нет. Укажите ведомство в поле «Источник», затем введите каждую цифру в её ячейку (она сохраняется, когда вы покидаете ячейку; Ctrl+V вставляет блок из Excel), или импортируйте шаблон статистики: Файл &gt; Импорт.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="125" />
        <source>By citizenship (type an ISO code such as BY):</source>
        <translation>По гражданству (введите код ISO, например BY):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/statistics/statistics_page.py" line="190" />
        <source>%n figure(s) broken down by two columns at once (imported) are kept as they are; they are not summed into totals.</source>
        <translation>
            <numerusform>%n показатель с разбивкой сразу по двум столбцам (из импорта) сохранён как есть; в итоги он не суммируется.</numerusform>
            <numerusform>%n показателя с разбивкой сразу по двум столбцам (из импорта) сохранены как есть; в итоги они не суммируются.</numerusform>
            <numerusform>%n показателей с разбивкой сразу по двум столбцам (из импорта) сохранены как есть; в итоги они не суммируются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/country_grid.py" line="62" />
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/country_grid.py" line="79" />
        <source>{country} already has a row</source>
        <translation>для {country} строка уже есть</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="268" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="279" />
        <source>Figure not saved</source>
        <translation>Показатель не сохранён</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="285" />
        <source>{indicator}: {problem}</source>
        <translation>{indicator}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="333" />
        <source>Choose a cell with a figure to see its history.</source>
        <translation>Выберите ячейку с показателем, чтобы увидеть его историю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/statistics_page.py" line="336" />
        <source>History of the figure</source>
        <translation>История показателя</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="270" />
        <source>Type and press Enter to add</source>
        <translation>Введите и нажмите Enter, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="313" />
        <location filename="../../app/ui/records/field_widgets.py" line="314" />
        <source>Remove {item}</source>
        <translation>Убрать {item}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="49" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="54" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="57" />
        <source>Targets: focus areas by indicators</source>
        <translation>Целевые показатели: направления и показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="58" />
        <source>&amp;Save targets</source>
        <translation>&amp;Сохранить показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="137" />
        <source>Type the year's target of each indicator in its cell (the national action plan), then Save targets. The dashboard and the report measure progress against them.</source>
        <translation>Введите цель года по каждому показателю в его ячейку (национальный план действий) и нажмите «Сохранить показатели». Обзор и отчёт сравнивают с ними достигнутое.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="121" />
        <source>Save the targets you changed for {year}?</source>
        <translation>Сохранить изменённые цели на {year} год?</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="145" />
        <source>The year's target of each indicator (the national action plan); the dashboard and the report measure progress against them. {why}</source>
        <translation>Целевые показатели года по каждому индикатору (национальный план действий); панель и отчёт измеряют продвижение относительно них. {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="198" />
        <source>{area}, {indicator}: {problem}</source>
        <translation>{area}, {indicator}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="203" />
        <location filename="../../app/ui/records/targets_page.py" line="219" />
        <location filename="../../app/ui/records/targets_page.py" line="229" />
        <source>Targets not saved</source>
        <translation>Показатели не сохранены</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="215" />
        <source>Saving targets…</source>
        <translation>Сохранение целевых показателей…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/targets_page.py" line="233" />
        <source>%n target(s) changed</source>
        <translation>
            <numerusform>изменён %n показатель</numerusform>
            <numerusform>изменено %n показателя</numerusform>
            <numerusform>изменено %n показателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="22" />
        <source>stated</source>
        <translation>указанный итог</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="23" />
        <source>sum by sex</source>
        <translation>сумма по полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="24" />
        <source>sum by age group</source>
        <translation>сумма по возрастным группам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="25" />
        <source>sum by form of exploitation</source>
        <translation>сумма по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="26" />
        <source>sum by citizenship</source>
        <translation>сумма по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="29" />
        <source>by sex</source>
        <translation>по полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="30" />
        <source>by age group</source>
        <translation>по возрастным группам</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="31" />
        <source>by form of exploitation</source>
        <translation>по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="32" />
        <source>by citizenship</source>
        <translation>по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="44" />
        <source>Totals by the counting rules</source>
        <translation>Итоги по правилам подсчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="49" />
        <source>Stated totals that disagree with a breakdown</source>
        <translation>Указанные итоги, не совпадающие с разбивкой</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="52" />
        <source>Totals (sources are never added together):</source>
        <translation>Итоги (показатели разных источников не складываются):</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="55" />
        <source>Stated totals that disagree with their breakdown:</source>
        <translation>Указанные итоги, не совпадающие со своей разбивкой:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="59" />
        <source>(no source)</source>
        <translation>(источник не указан)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="63" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="64" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="65" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="66" />
        <source>Counted as</source>
        <translation>Как подсчитано</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="67" />
        <source>Other sources</source>
        <translation>Другие источники</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="93" />
        <source>SDG 16.2.2, victims identified per 100,000 of population: {value}</source>
        <translation>ЦУР 16.2.2, выявлено жертв на 100 000 населения: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="96" />
        <source>not known (needs victims identified and population)</source>
        <translation>неизвестно (нужны число выявленных жертв и численность населения)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="102" />
        <source>{indicator} ({source}): stated {stated}, {breakdown} {sum}</source>
        <translation>{indicator} ({source}): указано {stated}, {breakdown} {sum}</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/totals_panel.py" line="111" />
        <source>No stated total disagrees with its breakdown.</source>
        <translation>Все указанные итоги совпадают со своими разбивками.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../app/ui/shell/unsaved.py" line="24" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unsaved.py" line="25" />
        <source>Save the changes you made?</source>
        <translation>Сохранить внесённые изменения?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unsaved.py" line="27" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unsaved.py" line="31" />
        <source>&amp;Don't save</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unsaved.py" line="36" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="270" />
        <source>{file} page {page}, row {row}</source>
        <translation>{file}, стр. {page}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="286" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="287" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="288" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="290" />
        <source>Add as present</source>
        <translation>Добавить как присутствовавшего</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="303" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="312" />
        <source>Walk-in</source>
        <translation>Не из списка</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="315" />
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="95" />
        <source>&lt;h2&gt;Welcome to GPAST Coordinator&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в GPAST Coordinator&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="219" />
        <source>This database has no records yet. Start in any order; this page stays reachable under Help &gt; Getting started, and Help &gt; Manual (F1) explains every task.</source>
        <translation>В этой базе данных пока нет записей. Начните с чего угодно; эта страница всегда доступна в меню Справка &gt; Начало работы, а Справка &gt; Руководство (F1) объясняет все задачи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="110" />
        <source>1. Your country (printed on the cover of every report)</source>
        <translation>1. Ваша страна (печатается на обложке каждого отчёта)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="118" />
        <source>&amp;Country:</source>
        <translation>Стр&amp;ана:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="119" />
        <source>Coordinating &amp;body:</source>
        <translation>Координирующий &amp;орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="120" />
        <source>Country's &amp;role:</source>
        <translation>&amp;Роль страны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="126" />
        <source>&amp;Save</source>
        <translation>Сохрани&amp;ть</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="142" />
        <source>2. Add a first record</source>
        <translation>2. Добавьте первую запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="146" />
        <source>New &amp;legislation…</source>
        <translation>Новый &amp;нормативный акт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="147" />
        <source>New &amp;training…</source>
        <translation>Новое обу&amp;чение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="148" />
        <source>New ca&amp;mpaign…</source>
        <translation>Новая &amp;кампания…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="161" />
        <source>3. Bring in records you keep in Excel</source>
        <translation>3. Перенесите записи, которые вы ведёте в Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="165" />
        <source>Download a template, fill it in Excel or LibreOffice (one record a row), then import it: every problem is shown before anything is changed.</source>
        <translation>Скачайте шаблон, заполните его в Excel или LibreOffice (по записи в строке) и импортируйте: все ошибки будут показаны до того, как что-либо изменится.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="173" />
        <source>&amp;Download a template…</source>
        <translation>Скачать &amp;шаблон…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="176" />
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Импортировать таблицу…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="186" />
        <source>4. Look around first</source>
        <translation>4. Сначала осмотритесь</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="190" />
        <source>The demo is a separate database with five years of sample records. Your database is not changed: File &gt; Open database… takes you back to it.</source>
        <translation>Демонстрационная база — отдельная база данных с примерами записей за пять лет. Ваша база данных не меняется: Файл &gt; Открыть базу данных… возвращает к ней.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="198" />
        <source>&amp;Open the demo database</source>
        <translation>Открыть &amp;демонстрационную базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="214" />
        <source>The first steps, in any order. This page stays reachable under Help &gt; Getting started, and Help &gt; Manual (F1) explains every task.</source>
        <translation>Первые шаги, в любом порядке. Эта страница всегда доступна в меню Справка &gt; Начало работы, а Справка &gt; Руководство (F1) объясняет все задачи.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="242" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="247" />
        <source>Saved: the report's cover will show it.</source>
        <translation>Сохранено: это будет на обложке отчёта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/welcome_page.py" line="270" />
        <source>Preparing the demo database…</source>
        <translation>Подготовка демонстрационной базы…</translation>
    </message>
</context>
<context>
    <name>Workstations</name>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="30" />
        <source>Accepted workstations</source>
        <translation>Принятые рабочие места</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="38" />
        <source>This workstation's key fingerprint: {fingerprint}</source>
        <translation>Отпечаток ключа этого рабочего места: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="46" />
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="47" />
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="48" />
        <source>Accepted at (UTC)</source>
        <translation>Принято (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="52" />
        <source>Re&amp;voke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="69" />
        <source>Revoke this workstation?</source>
        <translation>Отозвать это рабочее место?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="70" />
        <source>Bundles from '{name}' ({fingerprint}) will be refused until it is accepted again.</source>
        <translation>Пакеты с «{name}» ({fingerprint}) будут отклоняться, пока его не примут снова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="80" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/attendance/scan_review.py" line="60" />
        <source>Scans of signed sign-in sheets</source>
        <translation>Сканы подписанных листов регистрации</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../app/cli.py" line="105" />
        <source>unexpected error: {what} (details in {file})</source>
        <translation>непредвиденная ошибка: {what} (подробности в {file})</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="98" />
        <source>interrupted; nothing was changed</source>
        <translation>прервано; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/commands/__init__.py" line="16" />
        <source>is not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <location filename="../../app/commands/__init__.py" line="31" />
        <source>{file}: choose a file name ending in .pdf</source>
        <translation>{file}: выберите имя файла с окончанием .pdf</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="48" />
        <location filename="../../app/services/exchange/bundle_reading.py" line="74" />
        <location filename="../../app/storage/integrity.py" line="49" />
        <source>{file}: no such file</source>
        <translation>{file}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="31" />
        <source>the database is damaged or not ours; it was not changed. Restore the latest good backup.</source>
        <translation>база данных повреждена или чужая; она не изменена. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/commands/reporting_pack.py" line="34" />
        <source>{file}: choose a file name ending in .xlsx or .docx</source>
        <translation>{file}: выберите имя файла с окончанием .xlsx или .docx</translation>
    </message>
    <message>
        <location filename="../../app/commands/server.py" line="29" />
        <source>{file}: server commands work on a PostgreSQL server (--db postgresql://HOST/DATABASE); a SQLite file needs none of them</source>
        <translation>{file}: серверные команды работают с сервером PostgreSQL (--db postgresql://СЕРВЕР/БАЗА); файлу SQLite они не нужны</translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="39" />
        <source>the two passwords differ; nothing was changed</source>
        <translation>два пароля не совпадают; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="86" />
        <source>{why}</source>
        <translation>{why}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="177" />
        <source>viewer</source>
        <translation>читатель</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="178" />
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="179" />
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="180" />
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="181" />
        <source>no GPAST role</source>
        <translation>нет роли GPAST</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="186" />
        <source>{action} needs the {needed} role; {login} has the role: {role}. Nothing was changed; ask an admin for the role</source>
        <translation>{action}: нужна роль «{needed}»; у {login} роль: {role}. Ничего не изменено; попросите роль у администратора</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="73" />
        <source>No such file or directory</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="75" />
        <source>Permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="77" />
        <source>No space left on device</source>
        <translation>на диске нет места</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="79" />
        <source>Read-only file system</source>
        <translation>диск только для чтения</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="81" />
        <source>Is a directory</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="83" />
        <source>Not a directory</source>
        <translation>это не папка</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="85" />
        <source>File exists</source>
        <translation>такой файл уже есть</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="29" />
        <location filename="../../app/services/exchange/bundles.py" line="190" />
        <location filename="../../app/storage/backups.py" line="55" />
        <source>{file}: cannot be written ({why})</source>
        <translation>{file}: не удаётся записать ({why})</translation>
    </message>
    <message>
        <location filename="../../app/files.py" line="28" />
        <location filename="../../app/storage/backups.py" line="50" />
        <location filename="../../app/storage/server_backups.py" line="102" />
        <source>{file}: not enough space on the disk; nothing was written</source>
        <translation>{file}: на диске не хватает места; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="39" />
        <source>Adding and changing records</source>
        <translation>Добавление и изменение записей</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="40" />
        <source>Recording attendance</source>
        <translation>Отметка посещаемости</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="41" />
        <source>Importing spreadsheets</source>
        <translation>Импорт таблиц</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="42" />
        <source>Deleting records</source>
        <translation>Удаление записей</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="43" />
        <source>Merging and anonymising people</source>
        <translation>Объединение и обезличивание участников</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="44" />
        <source>Bringing back deleted records</source>
        <translation>Восстановление удалённых записей</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="45" />
        <source>Setting targets</source>
        <translation>Задание целевых показателей</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="46" />
        <source>Changing settings</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="47" />
        <source>Sending and receiving bundles</source>
        <translation>Отправка и приём пакетов</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="49" />
        <source>Filling in demo data</source>
        <translation>Заполнение демонстрационными данными</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="50" />
        <source>Backing up and restoring</source>
        <translation>Резервное копирование и восстановление</translation>
    </message>
    <message>
        <location filename="../../app/services/access.py" line="51" />
        <source>Managing logins</source>
        <translation>Управление учётными записями</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_codes.py" line="182" />
        <source>the signature matches, but it was made with the key {fingerprint}, which is not this installation's: the certificate is genuine if that is the issuer's key (its fingerprint is published by the issuer); check both at once with --key "{fingerprint}"</source>
        <translation>подпись верна, но сделана ключом {fingerprint}, который не принадлежит этой установке: сертификат подлинный, если это ключ выдавшей его организации (она публикует отпечаток своего ключа); проверить и то и другое сразу: --key "{fingerprint}"</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_codes.py" line="167" />
        <source>the signature does not match what the code says: it was changed or mistyped</source>
        <translation>подпись не соответствует содержанию кода: он изменён или набран с ошибкой</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_codes.py" line="174" />
        <source>it was signed with the key {fingerprint}, not with the key {expected}</source>
        <translation>он подписан ключом {fingerprint}, а не ключом {expected}</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_codes.py" line="149" />
        <source>this is not a certificate code (it does not start with GPC1:)</source>
        <translation>это не код сертификата (он не начинается с GPC1:)</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_codes.py" line="156" />
        <source>the code is damaged or mistyped (it is too short)</source>
        <translation>код повреждён или набран с ошибкой (он слишком короткий)</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_codes.py" line="154" />
        <source>the code is damaged or mistyped (letters that cannot be read)</source>
        <translation>код повреждён или набран с ошибкой (в нём недопустимые знаки)</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="40" />
        <source>{file}: not a PDF, PNG or JPEG file (nor a certificate code)</source>
        <translation>{file}: это не файл PDF, PNG или JPEG (и не код сертификата)</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="30" />
        <source>{file}: too big to be a certificate ({size} MB; at most {limit} MB)</source>
        <translation>{file}: слишком большой для сертификата ({size} МБ; не более {limit} МБ)</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="28" />
        <location filename="../../app/services/scanning/page_images.py" line="42" />
        <location filename="../../app/services/spreadsheets/limits.py" line="48" />
        <location filename="../../app/services/spreadsheets/limits.py" line="44" />
        <location filename="../../app/services/spreadsheets/reader.py" line="40" />
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: не удаётся прочитать ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="60" />
        <source>{file}: too big to be a certificate ({pixels} megapixels; at most {limit})</source>
        <translation>{file}: слишком большой для сертификата ({pixels} мегапикселей; не более {limit})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="68" />
        <location filename="../../app/services/scanning/page_images.py" line="113" />
        <source>{file}: not a readable image ({why})</source>
        <translation>{file}: изображение не читается ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="79" />
        <location filename="../../app/services/scanning/page_images.py" line="72" />
        <source>{file}: not a readable PDF ({why})</source>
        <translation>{file}: PDF не читается ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/certificate_files.py" line="82" />
        <source>{file}: too many pages to be certificates ({pages}; at most {limit})</source>
        <translation>{file}: слишком много страниц для сертификатов ({pages}; не более {limit})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/participants.py" line="72" />
        <source>choose two different people to merge</source>
        <translation>выберите двух разных людей для объединения</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/participants.py" line="77" />
        <source>a participant to merge does not exist</source>
        <translation>участник для объединения больше не существует</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/participants.py" line="124" />
        <location filename="../../app/services/attendance/recording.py" line="65" />
        <location filename="../../app/services/attendance/recording.py" line="67" />
        <location filename="../../app/services/attendance/roster.py" line="28" />
        <location filename="../../app/services/attendance/roster.py" line="114" />
        <location filename="../../app/services/records/editing.py" line="119" />
        <location filename="../../app/services/records/targets.py" line="175" />
        <source>{what} {n} does not exist</source>
        <translation>запись № {n} больше не существует</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/recording.py" line="41" />
        <source>attendance is recorded on {days}, outside the new dates; change or remove it first</source>
        <translation>на {days} отмечена посещаемость вне новых дат; сначала измените или удалите её</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/recording.py" line="55" />
        <location filename="../../app/services/attendance/roster.py" line="87" />
        <location filename="../../app/services/maintenance/logins.py" line="36" />
        <location filename="../../app/services/records/fields.py" line="178" />
        <source>'{value}' is not one of: {choices}</source>
        <translation>«{value}» — недопустимое значение; допустимы: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/recording.py" line="71" />
        <location filename="../../app/services/exchange/row_merges.py" line="122" />
        <location filename="../../app/services/spreadsheets/attendance_slots.py" line="71" />
        <source>{value} is not a day of {what} ({start} – {end})</source>
        <translation>{value} — не день обучения {what} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/roster.py" line="36" />
        <location filename="../../app/services/spreadsheets/attendance_slots.py" line="66" />
        <source>no training session with the code '{value}'</source>
        <translation>нет обучения с кодом «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/roster.py" line="105" />
        <source>{value} is not a day of {what}</source>
        <translation>{value} — не день обучения {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="44" />
        <source>{what} {uuid}: {problem}</source>
        <translation>{what} {uuid}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="56" />
        <source>{part}: '{value}' is not a record identifier (UUID); nothing was imported</source>
        <translation>{part}: «{value}» — не идентификатор записи (UUID); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="219" />
        <location filename="../../app/services/exchange/merge.py" line="264" />
        <source>{part}: not as this program writes a bundle ({why}); nothing was imported</source>
        <translation>{part}: записано не так, как эта программа пишет пакеты; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="104" />
        <source>is not a list of edit counters</source>
        <translation>не список счётчиков правок</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="81" />
        <source>{value} is in the future (is a clock wrong?)</source>
        <translation>{value} — в будущем (неверно установлены часы?)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="119" />
        <source>appears twice in the bundle</source>
        <translation>встречается в пакете дважды</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="132" />
        <source>'apart' must be true or false</source>
        <translation>&apos;apart&apos; должно быть true или false</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="195" />
        <location filename="../../app/services/records/fields.py" line="202" />
        <location filename="../../app/services/records/targets.py" line="89" />
        <location filename="../../app/services/spreadsheets/importing.py" line="281" />
        <source>unknown focus area '{value}'</source>
        <translation>неизвестное направление «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="211" />
        <source>unknown table '{value}'</source>
        <translation>неизвестная таблица «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="73" />
        <source>'{value}' is not a time</source>
        <translation>«{value}» — не дата и время</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="27" />
        <source>{what}: {label} (kept the newer version: theirs)</source>
        <translation>{what}: {label} (сохранена более новая версия — с другого рабочего места)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="27" />
        <source>{what}: {label} (kept the newer version: ours)</source>
        <translation>{what}: {label} (сохранена более новая версия — здешняя)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="38" />
        <location filename="../../app/services/exchange/row_merges.py" line="67" />
        <source>{what}: {label} was changed here after the other workstation last saw it (kept ours; theirs is in the audit trail)</source>
        <translation>{what}: {label} изменено здесь после того, как другое рабочее место видело эту запись в последний раз (оставлена наша версия; их версия — в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="48" />
        <source>{what}: {label} was deleted here but changed there since; it is back</source>
        <translation>{what}: {label} удалено здесь, но с тех пор изменено там; запись возвращена</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="57" />
        <source>{what}: {label} (their dates leave out attendance on {days}; kept ours)</source>
        <translation>{what}: {label} (их даты не включают дни с отметками посещаемости: {days}; оставлена наша версия)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="67" />
        <source>{what}: {uuid} was deleted there but edited here later (kept)</source>
        <translation>{what}: {uuid} удалена там, но позже изменена здесь (сохранена)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="74" />
        <source>{what}: {label} was changed on both workstations (took theirs, as chosen; ours is in the audit trail)</source>
        <translation>{what}: {label} изменена на обоих рабочих местах (взята их версия, как выбрано; наша — в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="84" />
        <source>{what}: {uuid} was deleted there but edited here (deleted, as chosen; it is in Deleted records)</source>
        <translation>{what}: {uuid} удалена там, но изменена здесь (удалена, как выбрано; она в «Удалённых записях»)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="34" />
        <source>{file}: not a complete GPAST bundle (damaged or truncated: {why}); nothing was imported</source>
        <translation>{file}: неполный пакет GPAST (повреждён или обрезан); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="42" />
        <source>{file}: {part} is not UTF-8 text; nothing was imported</source>
        <translation>{file}: {part} — не текст в UTF-8; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="48" />
        <source>{file}: {part} is nested too deeply; nothing was imported</source>
        <translation>{file}: в {part} слишком глубокая вложенность; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="292" />
        <source>{file}: the contents do not match the checksum (changed or damaged after it was made); nothing was imported</source>
        <translation>{file}: содержимое не совпадает с контрольной суммой (изменено или повреждено); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="67" />
        <source>{file}: not a regular file (a device, pipe or socket); choose a bundle file</source>
        <translation>{file}: не обычный файл (устройство, канал или сокет); выберите файл пакета</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="115" />
        <source>{file}: made by a newer version of GPAST Coordinator (program {program}, schema {schema}); update this program first</source>
        <translation>{file}: создан более новой версией GPAST Coordinator (программа {program}, схема {schema}); сначала обновите программу</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="166" />
        <source>{file}: a record of data.json is larger than a record may be ({n} MB); nothing was imported</source>
        <translation>{file}: запись в data.json больше допустимого для записи размера ({n} МБ); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_reading.py" line="94" />
        <source>{file}: {part} is larger than a bundle may be ({n} MB); nothing was imported</source>
        <translation>{file}: {part} больше допустимого для пакета размера ({n} МБ); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/identity.py" line="107" />
        <source>{file}: this workstation's signing key cannot be read or made ({why})</source>
        <translation>{file}: ключ подписи этого рабочего места не удаётся прочитать или создать ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/identity.py" line="113" />
        <source>{file}: this workstation's signing key is damaged ({why})</source>
        <translation>{file}: ключ подписи этого рабочего места повреждён ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/merge.py" line="75" />
        <source>{what} {uuid}: the code '{code}' belongs to another record here ({title}) whose values differ; change one of the codes; nothing was imported</source>
        <translation>{what} {uuid}: код «{code}» здесь принадлежит другой записи ({title}) с другими значениями; измените один из кодов; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/row_merges.py" line="112" />
        <source>attendance {uuid}: its training or person is neither in the bundle nor in this database; nothing was imported</source>
        <translation>посещаемость {uuid}: её обучения или человека нет ни в пакете, ни в этой базе данных; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/signing.py" line="66" />
        <source>{file}: made by workstation '{name}' (key {fingerprint}), which is not accepted here; if that is the workstation you expect, receive it again with --trust</source>
        <translation>{file}: сделан на рабочем месте «{name}» (ключ {fingerprint}), которое здесь не принято; если это ожидаемое рабочее место, примите пакет снова с --trust</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/signing.py" line="57" />
        <source>{file}: the signature does not match (the bundle was changed after it was signed, or not signed by the workstation it names); nothing was imported</source>
        <translation>{file}: подпись не совпадает (пакет изменён после подписи или подписан не тем рабочим местом, которое в нём названо); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/trust.py" line="64" />
        <source>no accepted workstation has the key {fingerprint}</source>
        <translation>нет принятого рабочего места с ключом {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/demo.py" line="169" />
        <source>{file}: the database already has records; demo data goes into an empty database only</source>
        <translation>{file}: в базе данных уже есть записи; демонстрационные данные добавляются только в пустую базу</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/logins.py" line="17" />
        <source>{file}: is a SQLite file; logins and roles belong to a shared server (--db postgresql://HOST/DB)</source>
        <translation>{file}: это файл SQLite; учётные записи и роли бывают только на общем сервере (--db postgresql://HOST/DB)</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/logins.py" line="29" />
        <source>'{value}' is not a login name: small Latin letters, digits, '_', '.' and '-', up to 63, not starting with a digit</source>
        <translation>«{value}» — не имя учётной записи: строчные латинские буквы, цифры, «_», «.» и «-», до 63 знаков, не с цифры</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/logins.py" line="40" />
        <location filename="../../app/services/records/fields.py" line="145" />
        <location filename="../../app/services/records/targets.py" line="86" />
        <location filename="../../app/services/spreadsheets/importing.py" line="278" />
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/services/records/editing.py" line="178" />
        <source>This {what} was saved by {who} at {when} UTC while you were editing it (changed: {fields}); your changes were not saved. Reload it, or compare and save again</source>
        <translation>Эту запись сохранил(а) {who} {when} UTC, пока вы её редактировали (изменено: {fields}); ваши изменения не сохранены. Загрузите её заново или сравните и сохраните ещё раз</translation>
    </message>
    <message>
        <location filename="../../app/services/records/editing.py" line="95" />
        <source>'{value}' is already used by another {what}</source>
        <translation>«{value}» уже используется в другой записи</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="43" />
        <source>contains a control character ({code}), which cannot be stored; remove it</source>
        <translation>содержит управляющий символ ({code}), который нельзя сохранить; удалите его</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="85" />
        <source>at most {n} items</source>
        <translation>не более {n} элементов</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="112" />
        <source>{value} is outside 1900–2199</source>
        <translation>{value} вне диапазона 1900–2199</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="118" />
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="129" />
        <location filename="../../app/services/records/fields.py" line="127" />
        <source>'{value}' is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="131" />
        <source>'{value}' must be a whole number</source>
        <translation>«{value}» должно быть целым числом</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="135" />
        <source>must be at least {n}</source>
        <translation>должно быть не меньше {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="137" />
        <source>must be at most {n}</source>
        <translation>должно быть не больше {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="88" />
        <source>an item is longer than {n} characters</source>
        <translation>элемент длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="134" />
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="153" />
        <location filename="../../app/services/settings.py" line="31" />
        <source>is longer than {n} characters</source>
        <translation>длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="165" />
        <source>'{value}' is not an ISO 3166-1 country code (such as BY or UA) nor unknown</source>
        <translation>«{value}» — не код страны ISO 3166-1 (например, BY или UA) и не unknown</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="189" />
        <source>unknown aspect '{value}' (use {choices})</source>
        <translation>неизвестный аспект «{value}» (допустимы: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="206" />
        <source>at least one focus area is required</source>
        <translation>нужно выбрать хотя бы одно направление</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="233" />
        <source>must not be before the start date</source>
        <translation>не может быть раньше даты начала</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="239" />
        <source>is required for adopted legislation</source>
        <translation>обязательна для принятого акта</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="242" />
        <source>must not be before the adoption date</source>
        <translation>не может быть раньше даты принятия</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="108" />
        <source>'{value}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>«{value}» — не дата (используйте ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../app/services/recycle_bin/restoring.py" line="57" />
        <source>no deleted record {uuid} can be brought back</source>
        <translation>нет удалённой записи {uuid}, которую можно вернуть</translation>
    </message>
    <message>
        <location filename="../../app/services/recycle_bin/restoring.py" line="60" />
        <source>{uuid} is {what}: bring back the record it belonged to instead</source>
        <translation>{uuid} — это {what}: верните запись, к которой это относилось</translation>
    </message>
    <message>
        <location filename="../../app/services/recycle_bin/restoring.py" line="66" />
        <source>{uuid} is not deleted: it is back already</source>
        <translation>{uuid} не удалена: запись уже возвращена</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/indicators.py" line="188" />
        <source>must not be before 'from'</source>
        <translation>не может быть раньше начала периода</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/report_data.py" line="169" />
        <source>unknown focus area '{value}' (use {choices})</source>
        <translation>неизвестное направление «{value}» (допустимы: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="46" />
        <source>{file}: {size} MB is too large for a scan (at most {limit} MB)</source>
        <translation>{file}: {size} МБ — слишком большой файл для скана (не более {limit} МБ)</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="115" />
        <source>{file}: {width} × {height} pixels is too large for a scan (at most {limit} megapixels)</source>
        <translation>{file}: {width} × {height} пикселей — слишком большое изображение для скана (не более {limit} мегапикселей)</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="131" />
        <source>{file}: not a readable image</source>
        <translation>{file}: изображение не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="59" />
        <source>{file}: not a PDF, PNG, JPEG or TIFF file</source>
        <translation>{file}: это не файл PDF, PNG, JPEG или TIFF</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="75" />
        <source>{file}: {n} pages are too many for one scan (at most {limit})</source>
        <translation>{file}: {n} страниц — слишком много для одного скана (не более {limit})</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="107" />
        <source>{file}: too large for a scan (at most {limit} megapixels)</source>
        <translation>{file}: слишком большое изображение для скана (не более {limit} мегапикселей)</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/page_images.py" line="85" />
        <location filename="../../app/services/scanning/scans.py" line="98" />
        <source>the page is too large</source>
        <translation>страница слишком большая</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/reading.py" line="32" />
        <source>a blank page</source>
        <translation>пустая страница</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/reading.py" line="33" />
        <source>not a sign-in sheet (no code found)</source>
        <translation>это не лист регистрации (код не найден)</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/reading.py" line="34" />
        <source>not a sign-in sheet (its code is not one of ours)</source>
        <translation>это не лист регистрации (код не от этой программы)</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/reading.py" line="35" />
        <source>the sheet's QR code cannot be read</source>
        <translation>QR-код листа не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/reading.py" line="36" />
        <source>the sheet's corner squares cannot be found (is the whole sheet on the page?)</source>
        <translation>не найдены угловые квадраты листа (весь ли лист попал на страницу?)</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/reading.py" line="37" />
        <source>too blurred to judge the signature boxes</source>
        <translation>слишком размыто, чтобы судить о полях для подписи</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/scans.py" line="117" />
        <source>a sign-in sheet of another database ({id})</source>
        <translation>лист регистрации из другой базы данных ({id})</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/scans.py" line="126" />
        <source>the sheet's session is no longer in this database</source>
        <translation>мероприятия этого листа больше нет в базе данных</translation>
    </message>
    <message>
        <location filename="../../app/services/scanning/scans.py" line="134" />
        <source>{day} is no longer a day of {code}</source>
        <translation>{day} больше не является днём мероприятия {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/server_access.py" line="85" />
        <source>{where}: restored from {file} (the data before it were kept as {aside}); its older schema ({schema}) was not upgraded ({why}); an administrator upgrades it with: gpast --db URL server migrate</source>
        <translation>{where}: восстановлено из {file} (прежние данные сохранены в {aside}); более старая схема копии ({schema}) не обновлена ({why}); администратор обновляет её командой: gpast --db URL server migrate</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="47" />
        <source>must be a whole number from {low} to {high}</source>
        <translation>должно быть целым числом от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="29" />
        <source>is not a setting</source>
        <translation>не является настройкой</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/attendance_slots.py" line="136" />
        <source>the same person, training and day as row {n}</source>
        <translation>тот же человек, обучение и день, что в строке {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="92" />
        <source>{file}: line {row} is longer than {n} characters</source>
        <translation>{file}: строка {row} длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="44" />
        <source>{file}: the file says it is UTF-8 but is not; save it again as CSV UTF-8</source>
        <translation>{file}: файл помечен как UTF-8, но это не так; сохраните его заново как CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="52" />
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="113" />
        <source>{file}: the text encoding cannot be recognised; save the file as CSV UTF-8</source>
        <translation>{file}: не удалось определить кодировку; сохраните файл как CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="102" />
        <source>{file}: not a CSV or .xlsx spreadsheet</source>
        <translation>{file}: не таблица CSV или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="127" />
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="142" />
        <location filename="../../app/services/spreadsheets/reader.py" line="44" />
        <source>{file}: the file is empty</source>
        <translation>{file}: файл пуст</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/csv_reader.py" line="144" />
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}: файл CSV не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/exporting.py" line="97" />
        <source>{file}: choose a file name ending in .csv or .xlsx</source>
        <translation>{file}: выберите имя файла с окончанием .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="141" />
        <source>import cancelled; nothing was changed</source>
        <translation>импорт отменён; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="56" />
        <source>unknown column (the columns are: {choices})</source>
        <translation>неизвестный столбец (допустимые столбцы: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="63" />
        <source>required column is missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="212" />
        <source>the same {what} as row {n}</source>
        <translation>то же значение ({what}), что в строке {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="290" />
        <source>the same year, area and indicator as row {n}</source>
        <translation>тот же год, направление и показатель, что в строке {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="59" />
        <source>the column appears twice</source>
        <translation>столбец встречается дважды</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/limits.py" line="60" />
        <source>{file}: the file is {size} MB; files over {limit} MB are not read</source>
        <translation>{file}: размер файла {size} МБ; файлы больше {limit} МБ не читаются</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/limits.py" line="69" />
        <source>{file}: more than {n} rows; split the file into smaller ones</source>
        <translation>{file}: больше {n} строк; разделите файл на части поменьше</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/limits.py" line="75" />
        <source>{file}: row {row}, column {column}: a cell is longer than {n} characters</source>
        <translation>{file}: строка {row}, столбец {column}: ячейка длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/limits.py" line="52" />
        <source>{file}: not a regular file (a device, pipe or socket); choose a spreadsheet file</source>
        <translation>{file}: не обычный файл (устройство, канал или сокет); выберите файл таблицы</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="51" />
        <source>{file}: not a readable .xlsx workbook</source>
        <translation>{file}: книга .xlsx не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/rules.py" line="86" />
        <source>{file}: {n} problem(s) (and more; only the first ones are listed); nothing was imported, the database is unchanged</source>
        <translation>{file}: ошибок: {n} (и другие; показаны только первые); ничего не импортировано, база данных не изменена</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/rules.py" line="86" />
        <source>{file}: {n} problem(s); nothing was imported, the database is unchanged</source>
        <translation>{file}: ошибок: {n}; ничего не импортировано, база данных не изменена</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/rules.py" line="36" />
        <source>row {row}, column {column}: {message}</source>
        <translation>строка {row}, столбец {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/rules.py" line="43" />
        <source>row {row}: {message}</source>
        <translation>строка {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/rules.py" line="45" />
        <source>column {column}: {message}</source>
        <translation>столбец {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/statistics_import.py" line="39" />
        <source>the same figure as row {row} with another value ({value})</source>
        <translation>тот же показатель, что в строке {row}, с другим значением ({value})</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="89" />
        <source>{file}: choose a file name ending in .xlsx or .csv</source>
        <translation>{file}: выберите имя файла с окончанием .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/workbook_reader.py" line="94" />
        <location filename="../../app/services/spreadsheets/workbook_reader.py" line="57" />
        <source>{file}: the first sheet is empty</source>
        <translation>{file}: первый лист пуст</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/workbook_reader.py" line="101" />
        <source>{file}: row 1 of the first sheet is empty; the column names (the header) must be in row 1, the records below it</source>
        <translation>{file}: строка 1 первого листа пуста; названия столбцов (заголовок) должны быть в строке 1, записи — под ней</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/workbook_reader.py" line="68" />
        <source>{file}: not a readable .xls or .ods workbook ({why})</source>
        <translation>{file}: книга .xls или .ods не читается ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/workbook_reader.py" line="65" />
        <location filename="../../app/services/spreadsheets/xlsx_scan.py" line="148" />
        <source>{file}: not a readable .xlsx workbook ({why})</source>
        <translation>{file}: книга .xlsx не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/xlsx_scan.py" line="113" />
        <source>{file}: the first sheet reaches cell {cell}, more than {n} cells; delete what is beyond the table, or split it</source>
        <translation>{file}: первый лист доходит до ячейки {cell}, это больше {n} ячеек; удалите всё, что за пределами таблицы, или разделите её</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/xlsx_scan.py" line="139" />
        <source>{file}: the first sheet inflates to more than {n} MB; it is not read</source>
        <translation>{file}: первый лист в распакованном виде больше {n} МБ; он не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/xlsx_scan.py" line="217" />
        <source>{file}: cell {cell} holds a formula without a stored result; open the file in Excel or LibreOffice, save it there, and import it again</source>
        <translation>{file}: в ячейке {cell} формула без сохранённого значения; откройте файл в Excel или LibreOffice, сохраните его там и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../app/services/statistics/figures.py" line="111" />
        <source>figure {id} does not exist</source>
        <translation>показатель {id} не существует</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="229" />
        <source>{file}: the database is busy (another GPAST Coordinator window or command is writing to it); try again in a moment</source>
        <translation>{file}: база данных занята (в неё пишет другое окно или команда GPAST Coordinator); повторите через минуту</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="124" />
        <source>{file}: is on read-only media and was written by another version of the program (schema {schema}); copy it to a folder you can write to, then open it</source>
        <translation>{file}: находится на носителе только для чтения и записан другой версией программы (схема {schema}); скопируйте его в папку с правом записи и откройте оттуда</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="276" />
        <source>{file}: is read-only (read-only media, or a folder you cannot write to): it can be read, printed, exported and backed up elsewhere, but not changed</source>
        <translation>{file}: только для чтения (носитель только для чтения или папка без права записи): его можно читать, печатать, выгружать и копировать в другое место, но не изменять</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="118" />
        <location filename="../../app/services/unit_of_work.py" line="151" />
        <source>{file}: not a GPAST Coordinator database, or damaged ({why}); it was not changed</source>
        <translation>{file}: не база данных GPAST Coordinator или повреждена; файл не изменён</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="190" />
        <location filename="../../app/services/unit_of_work.py" line="143" />
        <location filename="../../app/storage/integrity.py" line="61" />
        <source>{file}: cannot be opened: {why}</source>
        <translation>{file}: не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="222" />
        <source>This change</source>
        <translation>Это изменение</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="139" />
        <location filename="../../app/storage/integrity.py" line="119" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="147" />
        <source>{file}: cannot be created ({why})</source>
        <translation>{file}: не удаётся создать ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="257" />
        <source>Reading this</source>
        <translation>Чтение этих данных</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="297" />
        <source>{file}: not enough space on the disk; nothing was changed</source>
        <translation>{file}: на диске не хватает места; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="42" />
        <source>{file}: no such database</source>
        <translation>{file}: база данных не найдена</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="111" />
        <source>{problems}; {file} was not changed</source>
        <translation>{problems}; файл {file} не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="53" />
        <location filename="../../app/storage/server_backups.py" line="105" />
        <source>{file}: cannot be backed up ({why})</source>
        <translation>{file}: не удаётся сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="133" />
        <source>{file}: is in use; close other GPAST windows and try again ({why})</source>
        <translation>{file}: используется; закройте другие окна GPAST и повторите</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="62" />
        <source>{file}: another person is changing the same data on the server and did not finish within {seconds} s; nothing was changed; try again in a moment</source>
        <translation>{file}: другой пользователь изменяет те же данные на сервере и не закончил за {seconds} с; ничего не изменено; повторите через минуту</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="69" />
        <source>{file}: this change and another person's work on the server waited for each other, and the server stopped this one; nothing was changed; try again in a moment</source>
        <translation>{file}: это изменение и работа другого пользователя на сервере ждали друг друга, и сервер остановил это изменение; ничего не изменено; повторите через минуту</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="75" />
        <source>{file}: the server did not finish within {seconds} s; nothing was changed; try again, or ask the server's administrator</source>
        <translation>{file}: сервер не выполнил запрос за {seconds} с; ничего не изменено; повторите или обратитесь к администратору сервера</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="85" />
        <source>{file}: the server refused the sign-in (wrong login or password, or no access to this database)</source>
        <translation>{file}: сервер отказал во входе (неверные имя пользователя или пароль либо нет доступа к этой базе данных)</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="91" />
        <source>{file}: the server has no such database</source>
        <translation>{file}: на сервере нет такой базы данных</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="106" />
        <source>{file}: cannot reach the server ({why}); check the address and the network, or ask the server's administrator</source>
        <translation>{file}: не удаётся связаться с сервером ({why}); проверьте адрес и сеть или обратитесь к администратору сервера</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="94" />
        <source>{file}: the server did not answer within {seconds} s; check the address and the network, or ask the server's administrator</source>
        <translation>{file}: сервер не ответил за {seconds} с; проверьте адрес и сеть или обратитесь к администратору сервера</translation>
    </message>
    <message>
        <location filename="../../app/storage/connections.py" line="101" />
        <source>{file}: the server asks for a password; sign in with File &gt; Connect to server…, or put it in your .pgpass file</source>
        <translation>{file}: сервер требует пароль; войдите через «Файл &gt; Подключиться к серверу…» или сохраните пароль в файле .pgpass</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="55" />
        <source>{file}: not a SQLite database (the file header is wrong)</source>
        <translation>{file}: не база данных SQLite (неверный заголовок файла)</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="84" />
        <source>{file}: table {table}, row {n} refers to a missing {what} record</source>
        <translation>{file}: таблица {table}, строка {n} ссылается на отсутствующую запись ({what})</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="95" />
        <location filename="../../app/storage/server_check.py" line="56" />
        <source>{file}: not a GPAST Coordinator database</source>
        <translation>{file}: не база данных GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="102" />
        <location filename="../../app/storage/server_check.py" line="61" />
        <source>{file}: written by a newer version of the program (schema {schema})</source>
        <translation>{file}: записана более новой версией программы (схема {schema})</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="112" />
        <location filename="../../app/storage/server_check.py" line="99" />
        <source>{file}: tables missing: {what}</source>
        <translation>{file}: нет таблиц: {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="138" />
        <location filename="../../app/storage/server_check.py" line="195" />
        <source>{file}: training session {code} has attendance on {days}, outside its dates</source>
        <translation>{file}: у обучения {code} отмечена посещаемость на {days}, вне его дат</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="66" />
        <source>{file}: damaged: {why}</source>
        <translation>{file}: база данных повреждена</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="78" />
        <source>{file}: integrity: {why}</source>
        <translation>{file}: целостность: {why}</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="64" />
        <source>this SQLite file is not a GPAST Coordinator database; it was not changed</source>
        <translation>этот файл SQLite — не база данных GPAST Coordinator; он не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="68" />
        <source>this file holds what GPAST Coordinator never makes ({problems}); it was not opened and not changed</source>
        <translation>в файле есть то, чего GPAST Coordinator никогда не создаёт ({problems}); он не открыт и не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="60" />
        <source>not a GPAST Coordinator database, or damaged ({why}); it was not changed</source>
        <translation>не база данных GPAST Coordinator или повреждена; файл не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="90" />
        <source>the database was written by a newer version of GPAST Coordinator (schema {schema}); please update the program</source>
        <translation>база данных записана более новой версией GPAST Coordinator (схема {schema}); обновите программу</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="131" />
        <source>unexpected view {name}</source>
        <translation>лишнее представление (view) {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="141" />
        <source>view {name} is missing</source>
        <translation>нет представления (view) {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="149" />
        <source>view {name} is defined differently</source>
        <translation>представление (view) {name} определено иначе</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="126" />
        <source>unexpected table {name}</source>
        <translation>лишняя таблица {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="128" />
        <source>unexpected index {name}</source>
        <translation>лишний индекс {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="130" />
        <source>unexpected trigger {name}</source>
        <translation>лишний триггер {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="136" />
        <source>table {name} is missing</source>
        <translation>нет таблицы {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="138" />
        <source>index {name} is missing</source>
        <translation>нет индекса {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="140" />
        <source>trigger {name} is missing</source>
        <translation>нет триггера {name}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="146" />
        <source>index {name} is defined differently</source>
        <translation>индекс {name} определён иначе</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="148" />
        <source>trigger {name} is defined differently</source>
        <translation>триггер {name} определён иначе</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="77" />
        <source>the schema version is recorded {n} times</source>
        <translation>версия схемы записана {n} раз(а)</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="92" />
        <source>table {table}: unexpected column {column}</source>
        <translation>таблица {table}: лишний столбец {column}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="96" />
        <source>table {table}: column {column} is missing</source>
        <translation>таблица {table}: нет столбца {column}</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="109" />
        <source>table {table}: its constraints differ from this version's</source>
        <translation>таблица {table}: её ограничения отличаются от ограничений этой версии</translation>
    </message>
    <message>
        <location filename="../../app/storage/schema_check.py" line="101" />
        <source>table {table}: column {column} is defined differently</source>
        <translation>таблица {table}: столбец {column} определён иначе</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="150" />
        <source>{where}: the schema could not be upgraded ({why}); nothing was changed</source>
        <translation>{where}: не удалось обновить схему ({why}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="51" />
        <source>{where}: this database holds tables of another application ({tables}); GPAST Coordinator needs a database of its own; nothing was changed</source>
        <translation>{where}: в этой базе данных есть таблицы другого приложения ({tables}); GPAST Coordinator нужна своя база данных; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="67" />
        <source>{where}: the server has no GPAST Coordinator tables yet; an administrator creates them with: gpast --db URL server migrate</source>
        <translation>{where}: на сервере ещё нет таблиц GPAST Coordinator; администратор создаёт их командой: gpast --db URL server migrate</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="73" />
        <location filename="../../app/storage/server.py" line="111" />
        <source>{where}: the server's schema ({schema}) was made by a newer version of GPAST Coordinator; update the program on this computer; nothing was changed</source>
        <translation>{where}: схема на сервере ({schema}) создана более новой версией GPAST Coordinator; обновите программу на этом компьютере; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="80" />
        <source>{where}: the server's schema ({schema}) is older than this program's ({head}); an administrator upgrades it with: gpast --db URL server migrate; nothing was changed</source>
        <translation>{where}: схема на сервере ({schema}) старее, чем у этой программы ({head}); администратор обновляет её командой: gpast --db URL server migrate; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="135" />
        <source>{where}: only an administrator can create or upgrade the schema (a login that may create tables in the database and roles on the server: CREATEROLE); nothing was changed</source>
        <translation>{where}: создать или обновить схему может только администратор (учётная запись, которой можно создавать таблицы в базе данных и роли на сервере: CREATEROLE); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/server.py" line="142" />
        <source>{where}: another `server migrate` is still running; nothing was changed; try again when it has finished</source>
        <translation>{where}: ещё выполняется другая команда `server migrate`; ничего не изменено; повторите, когда она завершится</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_backups.py" line="46" />
        <source>PostgreSQL's {program} was not found; install the PostgreSQL client programs (Debian and Ubuntu: postgresql-client), or set GPAST_PG_BIN to their folder</source>
        <translation>Программа PostgreSQL {program} не найдена; установите клиентские программы PostgreSQL (Debian и Ubuntu: postgresql-client) или укажите их папку в GPAST_PG_BIN</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_backups.py" line="121" />
        <source>{file}: not a GPAST Coordinator server backup (made by gpast backup on a server)</source>
        <translation>{file}: это не резервная копия сервера GPAST Coordinator (её делает gpast backup на сервере)</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_backups.py" line="197" />
        <source>{file}: written by a newer version of the program (schema {schema}); {where} was not changed</source>
        <translation>{file}: записан более новой версией программы (схема {schema}); {where} не изменена</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_backups.py" line="207" />
        <source>{where}: the backup could not be restored ({why}); nothing was changed</source>
        <translation>{where}: не удалось восстановить резервную копию ({why}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="50" />
        <source>{file}: tables of another application: {what}</source>
        <translation>{file}: таблицы другого приложения: {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="71" />
        <source>{file}: schema {schema} is older than this program's ({head}); an administrator upgrades it with: gpast --db URL server migrate</source>
        <translation>{file}: схема {schema} старее, чем у этой программы ({head}); администратор обновляет её командой: gpast --db URL server migrate</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="146" />
        <source>{file}: constraint {what} was never checked against the rows</source>
        <translation>{file}: ограничение {what} не было проверено на имеющихся строках</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="39" />
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="135" />
        <source>{file}: primary key missing: {what}</source>
        <translation>{file}: нет первичного ключа: {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="108" />
        <source>{file}: column {what} is missing</source>
        <translation>{file}: нет столбца {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="126" />
        <source>{file}: foreign key missing: {what}</source>
        <translation>{file}: нет внешнего ключа: {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="131" />
        <source>{file}: unique constraint missing: {what}</source>
        <translation>{file}: нет ограничения уникальности: {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/server_check.py" line="171" />
        <source>{file}: table {table}: {n} rows refer to a missing {what} record</source>
        <translation>{file}: таблица {table}: строк со ссылкой на отсутствующую запись {what}: {n}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli.py" line="45" />
        <source>GPAST Coordinator: log legislation, trainings and awareness campaigns against the five GPAST focus areas and print progress reports. Without a command, opens the desktop window.</source>
        <translation>GPAST Coordinator: учёт законодательства, обучения и информационных кампаний по пяти направлениям GPAST и печать отчётов. Без команды открывает окно программы.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="54" />
        <source>SQLite file path or SQLAlchemy URL (default: $GPAST_DB, else a file in the user's data folder)</source>
        <translation>путь к файлу SQLite или URL SQLAlchemy (по умолчанию $GPAST_DB, иначе файл в папке данных пользователя)</translation>
    </message>
    <message>
        <location filename="../../app/commands/__init__.py" line="44" />
        <source>for publication: small counts as &lt;5 (the threshold is a setting)</source>
        <translation>для публикации: малые числа как &lt;5 (порог задаётся в настройках)</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="10" />
        <source>sign-in sheets for a training session, one per day</source>
        <translation>листы регистрации обучения, по одному на день</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="11" />
        <source>certificates for everyone present or late on a day</source>
        <translation>сертификаты всем, кто присутствовал или опоздал хотя бы в один день</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="14" />
        <source>the training session's code</source>
        <translation>код обучения</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="17" />
        <source>the document's language</source>
        <translation>язык документа</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="41" />
        <source>{out}: {days} sign-in sheet(s), {people} people</source>
        <translation>{out}: листов регистрации: {days}, человек: {people}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="57" />
        <source>{out}: {n} certificate(s)</source>
        <translation>{out}: сертификатов: {n}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="29" />
        <source>not signed (uncertain: look at the box)</source>
        <translation>не подписано (не уверено: посмотрите на поле)</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="28" />
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="28" />
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="13" />
        <source>read signed sign-in sheets from scans or photos (PDF, PNG, JPEG, TIFF)</source>
        <translation>прочитать подписанные листы регистрации со сканов или фотографий (PDF, PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="19" />
        <source>record present for every signed row (without it nothing is changed)</source>
        <translation>отметить «присутствовал» для каждой подписанной строки (без этого ничего не меняется)</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="64" />
        <source>nothing was recorded: some pages could not be read</source>
        <translation>ничего не записано: некоторые страницы не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="72" />
        <source>recorded present: {n}</source>
        <translation>отмечено присутствие: {n}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="34" />
        <source>{file} page {page}: {code} «{title}», day {n} of {days} ({day}), sheet {sheet}</source>
        <translation>{file}, стр. {page}: {code} «{title}», день {n} из {days} ({day}), лист {sheet}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="59" />
        <source>{file} page {page}</source>
        <translation>{file}, стр. {page}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="76" />
        <source>kept: {code} {name}, {day}: {status}</source>
        <translation>оставлено: {code} {name}, {day}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_scan.py" line="52" />
        <source>walk-in: {file} page {page}, row {row}: type it in</source>
        <translation>не из списка: {file}, стр. {page}, строка {row}: введите вручную</translation>
    </message>
    <message>
        <location filename="../../app/commands/audit.py" line="11" />
        <source>the audit trail as CSV: when, who, what kind of record, its uuid, and each field from what to what</source>
        <translation>журнал изменений в CSV: когда, кто, вид записи, её uuid и каждое поле — с какого значения на какое</translation>
    </message>
    <message>
        <location filename="../../app/commands/audit.py" line="17" />
        <source>only changes from this day on</source>
        <translation>только изменения начиная с этого дня</translation>
    </message>
    <message>
        <location filename="../../app/commands/audit.py" line="27" />
        <source>{n} changes written to {file}</source>
        <translation>{n} изменений записано в {file}</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="12" />
        <source>copy the database into its backups folder</source>
        <translation>скопировать базу данных в папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="13" />
        <source>write the copy here instead</source>
        <translation>записать копию сюда</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="16" />
        <source>replace the database with a checked backup (the current one is kept)</source>
        <translation>заменить базу данных проверенной резервной копией (текущая сохраняется)</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="68" />
        <location filename="../../app/commands/backups.py" line="58" />
        <source>; the previous database was kept as {aside}</source>
        <translation>; прежняя база данных сохранена как {aside}</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="41" />
        <source>{path}: backup written</source>
        <translation>{path}: резервная копия записана</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="70" />
        <source>; the backup's older schema ({schema}) was upgraded to this program's</source>
        <translation>; более старая схема копии ({schema}) обновлена до схемы этой программы</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="59" />
        <location filename="../../app/commands/backups.py" line="73" />
        <source>{path}: restored from {source}</source>
        <translation>{path}: восстановлена из {source}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="9" />
        <source>exchange records with another workstation</source>
        <translation>обмен записями с другим рабочим местом</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="11" />
        <source>write the records (and deletions) to one file</source>
        <translation>записать записи (и удаления) в один файл</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="13" />
        <source>only what changed on or after DATE</source>
        <translation>только изменённое начиная с DATE</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="15" />
        <source>merge a bundle from another workstation</source>
        <translation>объединить пакет с другого рабочего места</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="20" />
        <source>print what would be added, changed and deleted, and the conflicts; change nothing</source>
        <translation>показать, что будет добавлено, изменено и удалено, и конфликты; ничего не менять</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="25" />
        <source>accept the workstation that made the bundle (check its key's fingerprint first)</source>
        <translation>принять рабочее место, сделавшее пакет (сначала сверьте отпечаток его ключа)</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="37" />
        <source>{file}: written ({counts})</source>
        <translation>{file}: записано ({counts})</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="71" />
        <source>{file}: would add {added}, change {updated} and delete {deleted} records; {conflicts} conflicts; nothing was changed</source>
        <translation>{file}: будет добавлено записей: {added}, изменено: {updated}, удалено: {deleted}; конфликтов: {conflicts}; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="91" />
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged, {deleted} deleted, {conflicts} conflicts</source>
        <translation>{file}: добавлено {added}, обновлено {updated}, без изменений {unchanged}, удалено {deleted}, конфликтов {conflicts}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="105" />
        <source>{n} attendance rows go with the deleted sessions and people</source>
        <translation>вместе с удаляемыми мероприятиями и людьми удаляется отметок посещаемости: {n}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="110" />
        <source>conflict: {what}</source>
        <translation>конфликт: {what}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="85" />
        <source>  {kind}: {added} added, {updated} changed, {deleted} deleted</source>
        <translation>  {kind}: добавлено {added}, изменено {updated}, удалено {deleted}</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="9" />
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="10" />
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="11" />
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="12" />
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="13" />
        <source>show program's version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="14" />
        <source>the following arguments are required: %s</source>
        <translation>не заданы обязательные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="15" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (допустимы: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="16" />
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="17" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/commands/cli_text.py" line="18" />
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleted.py" line="9" />
        <source>list deleted records, or bring one back</source>
        <translation>список удалённых записей или возврат одной из них</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleted.py" line="12" />
        <source>bring a deleted record back, with its attendance</source>
        <translation>вернуть удалённую запись вместе с её посещаемостью</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleted.py" line="23" />
        <source>No deleted records.</source>
        <translation>Удалённых записей нет.</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleted.py" line="43" />
        <source>{uuid}: {kind} '{label}' restored with {n} attendance rows</source>
        <translation>{uuid}: {kind} «{label}» восстановлено, отметок посещаемости: {n}</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleted.py" line="26" />
        <source>{uuid}  {when}  {kind}  {label}  ({n} attendance rows)</source>
        <translation>{uuid}  {when}  {kind}  {label}  (отметок посещаемости: {n})</translation>
    </message>
    <message>
        <location filename="../../app/commands/deleted.py" line="49" />
        <source>{n} attendance rows were not restored (their session or person is gone, or the day is no longer one of the session's)</source>
        <translation>не восстановлено отметок посещаемости: {n} (их мероприятия или человека больше нет, или этого дня больше нет в мероприятии)</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="11" />
        <source>Legislative acts adopted</source>
        <translation>Принято нормативных актов</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="12" />
        <source>Trainings held</source>
        <translation>Проведено обучений</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="13" />
        <source>Training hours</source>
        <translation>Часов обучения</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="14" />
        <source>Participations</source>
        <translation>Участий</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="15" />
        <source>People trained</source>
        <translation>Обучено человек</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="16" />
        <source>  of which women</source>
        <translation>  из них женщин</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="17" />
        <source>  of which men</source>
        <translation>  из них мужчин</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="18" />
        <source>Campaigns launched</source>
        <translation>Начато кампаний</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="19" />
        <source>Campaign reach</source>
        <translation>Охват кампаний</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="39" />
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="59" />
        <source>A record linked to several focus areas counts in each area and once in the total.</source>
        <translation>Запись, связанная с несколькими направлениями, учитывается в каждом и один раз в итоге.</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="24" />
        <source>the counting rules' figures for a period</source>
        <translation>показатели за период по правилам подсчёта</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="25" />
        <source>first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="26" />
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="27" />
        <location filename="../../app/commands/statistics.py" line="41" />
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="50" />
        <source>GPAST indicators {start} – {end}</source>
        <translation>Показатели GPAST {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="10" />
        <source>check the database (integrity, foreign keys, schema); never writes</source>
        <translation>проверить базу данных (целостность, внешние ключи, схема); ничего не записывает</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="13" />
        <source>fill an empty database with realistic sample data</source>
        <translation>заполнить пустую базу данных примерами</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="39" />
        <source>{path}: ok (schema {revision}; {counts})</source>
        <translation>{path}: в порядке (схема {revision}; {counts})</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="53" />
        <source>{path}: added {summary}</source>
        <translation>{path}: добавлено {summary}</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="25" />
        <source>{path}: no such file</source>
        <translation>{path}: такого файла нет</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="9" />
        <source>write the PDF progress report for a period</source>
        <translation>записать PDF-отчёт о ходе работы за период</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="10" />
        <source>the report's language</source>
        <translation>язык отчёта</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="11" />
        <source>only these focus areas</source>
        <translation>только эти направления</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="28" />
        <source>{out}: progress report {start} – {end} written</source>
        <translation>{out}: отчёт за {start} – {end} записан</translation>
    </message>
    <message>
        <location filename="../../app/commands/reporting_pack.py" line="13" />
        <source>the international reporting pack: the statistics tables (.xlsx) or the narrative annex (.docx)</source>
        <translation>международный пакет отчётности: статистические таблицы (.xlsx) или текстовое приложение (.docx)</translation>
    </message>
    <message>
        <location filename="../../app/commands/reporting_pack.py" line="18" />
        <source>the pack's language</source>
        <translation>язык пакета</translation>
    </message>
    <message>
        <location filename="../../app/commands/reporting_pack.py" line="55" />
        <source>{out}: reporting pack {start} – {end} written</source>
        <translation>{out}: пакет отчётности за {start} – {end} записан</translation>
    </message>
    <message>
        <location filename="../../app/commands/server.py" line="12" />
        <source>a shared PostgreSQL server: logins and roles</source>
        <translation>общий сервер PostgreSQL: учётные записи и роли</translation>
    </message>
    <message>
        <location filename="../../app/commands/server.py" line="15" />
        <source>create or upgrade the server's schema (admin; never on SQLite files)</source>
        <translation>создать или обновить схему на сервере (администратор; не для файлов SQLite)</translation>
    </message>
    <message>
        <location filename="../../app/commands/server.py" line="46" />
        <source>{where}: the schema is up to date ({schema})</source>
        <translation>{where}: схема в актуальном состоянии ({schema})</translation>
    </message>
    <message>
        <location filename="../../app/commands/server.py" line="50" />
        <source>{where}: the schema was created ({schema})</source>
        <translation>{where}: схема создана ({schema})</translation>
    </message>
    <message>
        <location filename="../../app/commands/server.py" line="54" />
        <source>{where}: the schema was upgraded from {before} to {after}</source>
        <translation>{where}: схема обновлена с {before} до {after}</translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="37" />
        <source>Password for the new login: </source>
        <translation>Пароль новой учётной записи: </translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="50" />
        <source>{login}: login added with the role {role}</source>
        <translation>{login}: учётная запись добавлена, роль {role}</translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="52" />
        <source>{login}: now has the role {role} (password changed)</source>
        <translation>{login}: теперь роль {role} (пароль изменён)</translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="17" />
        <source>(admin) add a login with its role, or give an existing one this role; the password is read from standard input, or asked twice</source>
        <translation>(администратор) добавить учётную запись с ролью или дать существующей эту роль; пароль читается со стандартного ввода или запрашивается дважды</translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="25" />
        <source>the logins and their roles</source>
        <translation>учётные записи и их роли</translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="38" />
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <location filename="../../app/commands/server_users.py" line="64" />
        <source>No logins have a GPAST role yet.</source>
        <translation>Пока ни у одной учётной записи нет роли GPAST.</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="34" />
        <source>{file}: {rows} rows read; {added} would be added, {updated} updated, {unchanged} left unchanged; nothing was changed (dry run)</source>
        <translation>{file}: прочитано строк: {rows}; будет добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}; ничего не изменено (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="39" />
        <source>{file}: {rows} rows read; {added} added, {updated} updated, {unchanged} left unchanged</source>
        <translation>{file}: прочитано строк: {rows}; добавлено: {added}, обновлено: {updated}, без изменений: {unchanged}</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="10" />
        <source>import a .csv or .xlsx file (all or nothing)</source>
        <translation>импортировать файл .csv или .xlsx (целиком или никак)</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="14" />
        <source>report what would change; change nothing</source>
        <translation>показать, что изменится; ничего не менять</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="17" />
        <source>export a kind to .csv or .xlsx</source>
        <translation>экспортировать вид записей в .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="21" />
        <source>write an empty template (.xlsx or .csv)</source>
        <translation>записать пустой шаблон (.xlsx или .csv)</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="24" />
        <source>column names' language</source>
        <translation>язык названий столбцов</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="50" />
        <source>; {n} new people in the registry</source>
        <translation>; новых людей в реестре: {n}</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="61" />
        <source>{file}: {count} {kind} rows written</source>
        <translation>{file}: записано строк ({kind}): {count}</translation>
    </message>
    <message>
        <location filename="../../app/commands/spreadsheets.py" line="70" />
        <source>{file}: template for {kind} written</source>
        <translation>{file}: шаблон ({kind}) записан</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="12" />
        <source>Victims identified</source>
        <translation>Выявлено жертв</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="13" />
        <source>Victims assisted</source>
        <translation>Жертвам оказана помощь</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="14" />
        <source>Victims referred</source>
        <translation>Жертвы направлены в службы помощи</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="15" />
        <source>Victims repatriated</source>
        <translation>Жертвы репатриированы</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="16" />
        <source>Investigations</source>
        <translation>Расследования</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="17" />
        <source>Persons prosecuted</source>
        <translation>Лица, привлечённые к уголовной ответственности</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="18" />
        <source>Persons convicted</source>
        <translation>Осуждённые лица</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="19" />
        <source>Population</source>
        <translation>Численность населения</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="22" />
        <source>stated</source>
        <translation>указанный итог</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="23" />
        <source>sum by sex</source>
        <translation>сумма по полу</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="24" />
        <source>sum by age group</source>
        <translation>сумма по возрастным группам</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="25" />
        <source>sum by form of exploitation</source>
        <translation>сумма по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="26" />
        <source>sum by citizenship</source>
        <translation>сумма по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="29" />
        <source>by sex</source>
        <translation>по полу</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="30" />
        <source>by age group</source>
        <translation>по возрастным группам</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="31" />
        <source>by form of exploitation</source>
        <translation>по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="32" />
        <source>by citizenship</source>
        <translation>по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="60" />
        <source>(no source)</source>
        <translation>(источник не указан)</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="70" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="70" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="70" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="70" />
        <source>Counted as</source>
        <translation>Как подсчитано</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="70" />
        <source>Other sources</source>
        <translation>Другие источники</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="87" />
        <source>not known (needs victims identified and population)</source>
        <translation>неизвестно (нужны число выявленных жертв и численность населения)</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="108" />
        <source>Figures from different sources are never added together: each indicator's total is the largest source's, the others are shown beside it.</source>
        <translation>Показатели разных источников никогда не складываются: итог показателя — наибольший из источников, остальные приведены рядом.</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="38" />
        <source>a year's figures from other agencies, with their disagreements</source>
        <translation>показатели других ведомств за год и расхождения между ними</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="40" />
        <source>the year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="68" />
        <source>No figures for this year.</source>
        <translation>За этот год показателей нет.</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="94" />
        <source>Stated totals that disagree with their breakdown:</source>
        <translation>Указанные итоги, не совпадающие со своей разбивкой:</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="66" />
        <source>Statistics from other agencies, {year}</source>
        <translation>Статистика других ведомств, {year} год</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="90" />
        <source>SDG 16.2.2, victims identified per 100,000 of population: {value}</source>
        <translation>ЦУР 16.2.2, выявлено жертв на 100 000 населения: {value}</translation>
    </message>
    <message>
        <location filename="../../app/commands/statistics.py" line="98" />
        <source>{indicator} ({source}): stated {stated}, {breakdown} {sum}</source>
        <translation>{indicator} ({source}): указано {stated}, {breakdown} {sum}</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="90" />
        <source>It certifies:</source>
        <translation>Он удостоверяет:</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="90" />
        <source>It says (not confirmed):</source>
        <translation>В нём сказано (не подтверждено):</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="13" />
        <source>check that a certificate is genuine and print what it certifies</source>
        <translation>проверить подлинность сертификата и показать, что он удостоверяет</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="18" />
        <source>the code printed on a certificate, or a PDF, PNG or JPEG of certificates</source>
        <translation>код, напечатанный на сертификате, или PDF, PNG или JPEG с сертификатами</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="23" />
        <source>the fingerprint of the issuer's key, as the issuer publishes it</source>
        <translation>отпечаток ключа выдавшей организации, как она его публикует</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="36" />
        <source>the code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="66" />
        <source>this installation's key</source>
        <translation>ключом этой установки</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="68" />
        <source>the key you gave with --key</source>
        <translation>ключом, указанным в --key</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="45" />
        <source>{file}: no certificate code found (no readable QR code)</source>
        <translation>{file}: код сертификата не найден (нет читаемого QR-кода)</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="71" />
        <source>GENUINE: signed with {whose} ({fingerprint}).</source>
        <translation>ПОДЛИННЫЙ: подписан {whose} ({fingerprint}).</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="41" />
        <source>{what}: neither a certificate code (GPC1:…) nor a file</source>
        <translation>{what}: это не код сертификата (GPC1:…) и не файл</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="53" />
        <source>Certificate {n} of {total} in {file}:</source>
        <translation>Сертификат {n} из {total} в {file}:</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="76" />
        <source>NOT CONFIRMED: {why}.</source>
        <translation>НЕ ПОДТВЕРЖДЁН: {why}.</translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="78" />
        <source>NOT GENUINE: {why}.</source>
        <translation>НЕ ПОДЛИННЫЙ: {why}.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="126" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="126" />
        <location filename="../../app/reports/certificate_summary.py" line="17" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="126" />
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="126" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="126" />
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="45" />
        <source>Sign-in sheet {code} · {title}</source>
        <translation>Лист регистрации {code} · {title}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="79" />
        <source>Sign-in sheet — day {n} of {days}</source>
        <translation>Лист регистрации — день {n} из {days}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="89" />
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="90" />
        <location filename="../../app/reports/certificates.py" line="116" />
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="91" />
        <location filename="../../app/reports/certificate_summary.py" line="18" />
        <source>Session</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="92" />
        <source>Trainer's signature</source>
        <translation>Подпись тренера</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="175" />
        <source>Not on the list? Write your name, sex and organisation in an empty row and sign.</source>
        <translation>Нет в списке? Впишите ФИО, пол и организацию в пустую строку и распишитесь.</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="185" />
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="185" />
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="47" />
        <source>Sign-in sheet {code}</source>
        <translation>Лист регистрации {code}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="82" />
        <source>sheet {page} of {pages}</source>
        <translation>лист {page} из {pages}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificate_summary.py" line="16" />
        <source>Certificate No.</source>
        <translation>Сертификат №</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificate_summary.py" line="19" />
        <source>Session dates</source>
        <translation>Даты мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificate_summary.py" line="20" />
        <source>Days attended</source>
        <translation>Дни участия</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificate_summary.py" line="21" />
        <source>Hours attended</source>
        <translation>Часы участия</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificate_summary.py" line="22" />
        <source>Issued by</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="28" />
        <source>took part in the training (she)</source>
        <translation>приняла участие в обучении</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="87" />
        <source>Certificate of participation</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="117" />
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="126" />
        <source>This certificate is awarded to</source>
        <translation>Сертификат выдан:</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="126" />
        <source>for taking part in the training</source>
        <translation>за участие в обучении</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="123" />
        <location filename="../../app/reports/certificates.py" line="125" />
        <source>This is to certify that</source>
        <translation>Настоящим удостоверяется, что</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="125" />
        <source>took part in the training</source>
        <translation>принял участие в обучении</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="132" />
        <source>Days attended: {days}</source>
        <translation>Дни участия: {days}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="148" />
        <source>{dates} ({n} of {total})</source>
        <translation>{dates} ({n} из {total})</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="171" />
        <source>Certificate No. {number}</source>
        <translation>Сертификат № {number}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="55" />
        <source>Certificates {code}</source>
        <translation>Сертификаты {code}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="134" />
        <source> · hours: {hours}</source>
        <translation> · часов: {hours}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="172" />
        <source>Issued by {issuer}</source>
        <translation>Выдан: {issuer}</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="177" />
        <source>Signed with the key {fingerprint}. Check: gpast verify FILE-OR-CODE</source>
        <translation>Подписан ключом {fingerprint}. Проверка: gpast verify ФАЙЛ-ИЛИ-КОД</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="62" />
        <source>{code}: nobody was present or late on any day, so there are no certificates.</source>
        <translation>{code}: никто не присутствовал ни в один день, поэтому сертификатов нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/certificates.py" line="111" />
        <source>Organised by {organiser}</source>
        <translation>Организатор: {organiser}</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="19" />
        <source>Prevention</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="20" />
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="21" />
        <source>Prosecution</source>
        <translation>Уголовное преследование</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="22" />
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="25" />
        <source>Focus areas: eradicating root causes; countering demand.</source>
        <translation>Направления: устранение коренных причин; противодействие спросу.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="26" />
        <source>Focus area: protection and reintegration of victims.</source>
        <translation>Направление: защита и реинтеграция жертв.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="27" />
        <source>Focus area: criminalisation of trafficking.</source>
        <translation>Направление: криминализация торговли людьми.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="28" />
        <source>Focus area: national capacity-building.</source>
        <translation>Направление: укрепление национального потенциала.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="35" />
        <location filename="../../app/reports/report_vocabulary.py" line="27" />
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="36" />
        <location filename="../../app/reports/report_vocabulary.py" line="28" />
        <source>Submitted</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="37" />
        <location filename="../../app/reports/narrative_annex.py" line="112" />
        <location filename="../../app/reports/progress_sections.py" line="131" />
        <location filename="../../app/reports/report_vocabulary.py" line="29" />
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="38" />
        <location filename="../../app/reports/report_vocabulary.py" line="30" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="39" />
        <location filename="../../app/reports/report_vocabulary.py" line="31" />
        <source>Repealed</source>
        <translation>Утратил силу</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="86" />
        <source>Narrative annex on countering trafficking in human beings</source>
        <translation>Текстовое приложение о противодействии торговле людьми</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="99" />
        <source>A record linked to several focus areas is listed under each of their pillars. Figures from other agencies are aggregate; each comes from the source named.</source>
        <translation>Запись, связанная с несколькими направлениями, приводится в каждом из соответствующих разделов. Показатели других ведомств — сводные; каждый взят из указанного источника.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="93" />
        <location filename="../../app/reports/report_statistics.py" line="62" />
        <location filename="../../app/reports/reporting_pack.py" line="153" />
        <source>For publication: figures from 1 to {n} are shown as &lt;{threshold} (small counts can identify people); no person is named.</source>
        <translation>Для публикации: показатели от 1 до {n} приведены как &lt;{threshold} (по малым числам можно узнать людей); никто не назван по имени.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="108" />
        <source>Legislation adopted ({n})</source>
        <translation>Принятые нормативные акты ({n})</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="112" />
        <location filename="../../app/reports/narrative_annex.py" line="124" />
        <location filename="../../app/reports/narrative_annex.py" line="137" />
        <location filename="../../app/reports/progress_report.py" line="248" />
        <location filename="../../app/reports/progress_sections.py" line="131" />
        <location filename="../../app/reports/progress_sections.py" line="149" />
        <location filename="../../app/reports/progress_sections.py" line="166" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="112" />
        <location filename="../../app/reports/progress_report.py" line="248" />
        <location filename="../../app/reports/progress_sections.py" line="131" />
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="112" />
        <location filename="../../app/reports/progress_report.py" line="248" />
        <location filename="../../app/reports/progress_sections.py" line="131" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="112" />
        <source>Instruments</source>
        <translation>Международные документы</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="120" />
        <source>Trainings held ({n})</source>
        <translation>Проведённые обучения ({n})</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="124" />
        <location filename="../../app/reports/progress_sections.py" line="149" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="124" />
        <location filename="../../app/reports/narrative_annex.py" line="137" />
        <location filename="../../app/reports/progress_sections.py" line="149" />
        <location filename="../../app/reports/progress_sections.py" line="166" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="124" />
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="124" />
        <location filename="../../app/reports/progress_sections.py" line="149" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="125" />
        <location filename="../../app/reports/progress_sections.py" line="178" />
        <location filename="../../app/reports/progress_sections.py" line="149" />
        <location filename="../../app/reports/reporting_pack.py" line="50" />
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="125" />
        <location filename="../../app/reports/progress_sections.py" line="179" />
        <location filename="../../app/reports/reporting_pack.py" line="51" />
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="133" />
        <source>Campaigns launched ({n})</source>
        <translation>Начатые кампании ({n})</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="137" />
        <location filename="../../app/reports/progress_sections.py" line="166" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="137" />
        <location filename="../../app/reports/progress_sections.py" line="166" />
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="148" />
        <location filename="../../app/reports/reporting_pack.py" line="168" />
        <source>No figures for this period.</source>
        <translation>За этот период показателей нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="152" />
        <location filename="../../app/reports/progress_sections.py" line="77" />
        <location filename="../../app/reports/report_statistics.py" line="102" />
        <location filename="../../app/reports/reporting_pack.py" line="160" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="152" />
        <location filename="../../app/reports/reporting_pack.py" line="160" />
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="152" />
        <location filename="../../app/reports/report_statistics.py" line="105" />
        <location filename="../../app/reports/reporting_pack.py" line="161" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="89" />
        <location filename="../../app/reports/progress_report.py" line="157" />
        <source>Period: {period}</source>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/narrative_annex.py" line="156" />
        <location filename="../../app/reports/report_statistics.py" line="84" />
        <location filename="../../app/reports/reporting_pack.py" line="86" />
        <location filename="../../app/reports/reporting_pack.py" line="97" />
        <location filename="../../app/reports/reporting_pack.py" line="89" />
        <source>(no source)</source>
        <translation>(источник не указан)</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_common.py" line="53" />
        <source>Page {page} of {total}</source>
        <translation>Страница {page} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="92" />
        <source>GPAST progress report</source>
        <translation>Отчёт о ходе работы GPAST</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="127" />
        <source>GPAST progress report {period} · made {made}</source>
        <translation>Отчёт о ходе работы GPAST {period} · составлен {made}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="144" />
        <source>Progress report on countering trafficking in human beings</source>
        <translation>Отчёт о ходе работы по противодействию торговле людьми</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="147" />
        <source>Global Partnership against Slavery and Trafficking in Human Beings in the 21st century (GPAST)</source>
        <translation>Глобальное партнёрство против рабства и торговли людьми в XXI веке (GPAST)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="184" />
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="212" />
        <source>A record linked to several focus areas counts in each area row and once in the total, so the area rows may add up to more than the total. Participants trained counts each (session, person) pair where the person was present or late on at least one day.</source>
        <translation>Запись, связанная с несколькими направлениями, учитывается в строке каждого направления и один раз в итоге, поэтому сумма строк может быть больше итога. «Обучено участников» — пары «обучение, человек», где человек присутствовал или опоздал хотя бы в один день.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="234" />
        <location filename="../../app/reports/report_text.py" line="197" />
        <source>Legislation in the pipeline</source>
        <translation>Нормативные акты в разработке</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="256" />
        <source>How the figures are counted</source>
        <translation>Как считаются показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="104" />
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="185" />
        <source>Focus area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="236" />
        <source>No legislation is in draft or submitted.</source>
        <translation>Нет нормативных актов в статусе проекта.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="248" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="161" />
        <source>Focus areas: {areas}</source>
        <translation>Направления: {areas}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="165" />
        <source>Made on {date} with GPAST Coordinator</source>
        <translation>Составлен {date} в программе GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="194" />
        <source>Total (each record once)</source>
        <translation>Итого (каждая запись один раз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="110" />
        <source>Nothing was recorded for this period: no legislation adopted, no training session started and no campaign launched between {start} and {end}.</source>
        <translation>За этот период ничего не записано: с {start} по {end} не принято ни одного нормативного акта, не начато ни одного обучения и ни одной кампании.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="142" />
        <source>Country's role: {role}</source>
        <translation>Роль страны: {role}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="226" />
        <source>The focus areas compared</source>
        <translation>Сравнение направлений</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="135" />
        <source>Legislation adopted</source>
        <translation>Принятые нормативные акты</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="154" />
        <location filename="../../app/reports/report_graphics.py" line="20" />
        <location filename="../../app/reports/report_graphics.py" line="86" />
        <location filename="../../app/reports/report_vocabulary.py" line="11" />
        <source>Trainings held</source>
        <translation>Проведено обучений</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="171" />
        <location filename="../../app/reports/report_graphics.py" line="22" />
        <location filename="../../app/reports/report_graphics.py" line="87" />
        <location filename="../../app/reports/report_vocabulary.py" line="14" />
        <source>Campaigns launched</source>
        <translation>Начато кампаний</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="180" />
        <source>Other or not stated</source>
        <translation>Другой или не указан</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="181" />
        <location filename="../../app/reports/report_graphics.py" line="21" />
        <location filename="../../app/reports/report_text.py" line="166" />
        <location filename="../../app/reports/report_vocabulary.py" line="12" />
        <source>Participants trained</source>
        <translation>Обучено участников</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="182" />
        <source>People (each once)</source>
        <translation>Человек (каждый один раз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="89" />
        <source>previous: {period}</source>
        <translation>предыдущий: {period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="149" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="77" />
        <source>Figure</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="77" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="77" />
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="196" />
        <source>Participants by sex</source>
        <translation>Участники по полу</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="46" />
        <source>Nothing recorded in this area between {start} and {end}: no legislation adopted, no training session started and no campaign launched.</source>
        <translation>С {start} по {end} по этому направлению ничего не записано: не принято ни одного нормативного акта, не начато ни одного обучения и не запущено ни одной кампании.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="59" />
        <source>Against the {year} targets ({period})</source>
        <translation>Выполнение целевых показателей {year} года ({period})</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="97" />
        <source>This period and the previous one</source>
        <translation>Этот период и предыдущий</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_sections.py" line="114" />
        <source>None in this period.</source>
        <translation>За период нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_graphics.py" line="19" />
        <location filename="../../app/reports/report_graphics.py" line="85" />
        <location filename="../../app/reports/report_text.py" line="156" />
        <location filename="../../app/reports/report_vocabulary.py" line="10" />
        <source>Legislative acts adopted</source>
        <translation>Принято нормативных актов</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_graphics.py" line="123" />
        <source>{n} trained</source>
        <translation>обучено: {n}</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="19" />
        <location filename="../../app/reports/reporting_pack.py" line="31" />
        <source>Victims identified</source>
        <translation>Выявлено жертв</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="20" />
        <location filename="../../app/reports/reporting_pack.py" line="32" />
        <source>Victims assisted</source>
        <translation>Жертвам оказана помощь</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="21" />
        <location filename="../../app/reports/reporting_pack.py" line="33" />
        <source>Victims referred</source>
        <translation>Жертвы направлены в службы помощи</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="22" />
        <location filename="../../app/reports/reporting_pack.py" line="34" />
        <source>Victims repatriated</source>
        <translation>Жертвы репатриированы</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="23" />
        <location filename="../../app/reports/reporting_pack.py" line="35" />
        <source>Investigations</source>
        <translation>Расследования</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="24" />
        <location filename="../../app/reports/reporting_pack.py" line="36" />
        <source>Persons prosecuted</source>
        <translation>Лица, привлечённые к уголовной ответственности</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="25" />
        <location filename="../../app/reports/reporting_pack.py" line="37" />
        <source>Persons convicted</source>
        <translation>Осуждённые лица</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="26" />
        <source>Population</source>
        <translation>Численность населения</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="29" />
        <location filename="../../app/reports/reporting_pack.py" line="63" />
        <source>by sex</source>
        <translation>по полу</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="30" />
        <location filename="../../app/reports/reporting_pack.py" line="64" />
        <source>by age group</source>
        <translation>по возрастным группам</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="31" />
        <location filename="../../app/reports/reporting_pack.py" line="65" />
        <source>by form of exploitation</source>
        <translation>по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="32" />
        <location filename="../../app/reports/reporting_pack.py" line="66" />
        <source>by citizenship</source>
        <translation>по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="35" />
        <source>women and girls</source>
        <translation>женщины и девочки</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="36" />
        <source>men and boys</source>
        <translation>мужчины и мальчики</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="37" />
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="38" />
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="39" />
        <source>children</source>
        <translation>дети</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="40" />
        <source>adults</source>
        <translation>взрослые</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="41" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="42" />
        <source>sexual exploitation</source>
        <translation>сексуальная эксплуатация</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="43" />
        <source>forced labour</source>
        <translation>принудительный труд</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="44" />
        <source>forced criminal activities</source>
        <translation>принуждение к преступной деятельности</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="45" />
        <source>forced begging</source>
        <translation>принуждение к попрошайничеству</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="46" />
        <source>organ removal</source>
        <translation>изъятие органов</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="47" />
        <source>forced marriage</source>
        <translation>принудительный брак</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="106" />
        <source>Other sources</source>
        <translation>Другие источники</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="153" />
        <source>Stated totals that disagree with their breakdown:</source>
        <translation>Указанные итоги, не совпадающие со своей разбивкой:</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="94" />
        <source>Figures from other agencies, {year}</source>
        <translation>Показатели других ведомств, {year} год</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="97" />
        <source>No figures from other agencies for {year}.</source>
        <translation>Показателей других ведомств за {year} год нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="145" />
        <source>SDG indicator 16.2.2, victims identified per 100,000 of population: {value}</source>
        <translation>Показатель ЦУР 16.2.2, выявлено жертв на 100 000 населения: {value}</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_statistics.py" line="158" />
        <source>{indicator} ({source}): stated {stated}, {breakdown} {sum}</source>
        <translation>{indicator} ({source}): указано {stated}, {breakdown} {sum}</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="79" />
        <source>TV</source>
        <translation>ТВ</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="80" />
        <source>radio</source>
        <translation>радио</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="81" />
        <source>print</source>
        <translation>печать</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="82" />
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="83" />
        <source>outdoor</source>
        <translation>наружная реклама</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="84" />
        <source>schools</source>
        <translation>школы</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="85" />
        <source>hotline</source>
        <translation>горячая линия</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="86" />
        <source>events</source>
        <translation>мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="87" />
        <source>police</source>
        <translation>полиция</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="88" />
        <source>prosecutors</source>
        <translation>прокуроры</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="89" />
        <source>judges</source>
        <translation>судьи</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="90" />
        <source>border guards</source>
        <translation>пограничники</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="91" />
        <source>labour inspectors</source>
        <translation>трудовые инспекторы</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="92" />
        <source>social workers</source>
        <translation>социальные работники</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="93" />
        <source>NGOs</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="94" />
        <source>health workers</source>
        <translation>медицинские работники</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="95" />
        <source>teachers</source>
        <translation>учителя</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="96" />
        <source>consular staff</source>
        <translation>консульские работники</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="97" />
        <source>Palermo Protocol</source>
        <translation>Палермский протокол</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="98" />
        <source>Council of Europe Convention</source>
        <translation>Конвенция Совета Европы</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="99" />
        <source>ILO C29</source>
        <translation>Конвенция МОТ № 29</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="100" />
        <source>ILO C182</source>
        <translation>Конвенция МОТ № 182</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="101" />
        <source>ILO P29</source>
        <translation>Протокол МОТ № 29</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="102" />
        <source>CEDAW</source>
        <translation>КЛДЖ</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="103" />
        <source>Convention on the Rights of the Child</source>
        <translation>Конвенция о правах ребёнка</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="104" />
        <source>in-person</source>
        <translation>очно</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="105" />
        <source>hybrid</source>
        <translation>смешанный формат</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="106" />
        <source>origin</source>
        <translation>происхождение</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="107" />
        <source>transit</source>
        <translation>транзит</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="108" />
        <source>destination</source>
        <translation>назначение</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="114" />
        <source>Criminalisation of trafficking</source>
        <translation>Криминализация торговли людьми</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="115" />
        <source>Countering demand</source>
        <translation>Противодействие спросу</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="116" />
        <source>Protection and reintegration of victims</source>
        <translation>Защита и реинтеграция жертв</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="117" />
        <source>Eradicating root causes</source>
        <translation>Устранение коренных причин</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="118" />
        <source>National capacity-building</source>
        <translation>Укрепление национального потенциала</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="121" />
        <source>Legal bans on trafficking and on the forced labour of minors, sexual slavery and trade in human organs; tighter responsibility for activities conducive to trafficking; prosecution of traffickers.</source>
        <translation>Правовые запреты торговли людьми, принудительного труда несовершеннолетних, сексуального рабства и торговли органами человека; усиление ответственности за деятельность, способствующую торговле людьми; уголовное преследование торговцев людьми.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="126" />
        <source>Countering and curtailing the demand for trafficked victims and the commercial activities that foster it.</source>
        <translation>Противодействие и сокращение спроса на жертв торговли людьми и коммерческой деятельности, которая его поощряет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="130" />
        <source>The status and protection of victims, shelters, referral and reintegration, with policies targeting women, children and other groups.</source>
        <translation>Статус и защита жертв, приюты, перенаправление и реинтеграция; меры, направленные на женщин, детей и другие группы.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="134" />
        <source>The social and economic causes of trafficking: poverty, unemployment, lack of equal opportunity; information on travelling and working abroad.</source>
        <translation>Социальные и экономические причины торговли людьми: бедность, безработица, отсутствие равных возможностей; информирование о поездках и работе за рубежом.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="138" />
        <source>Special law-enforcement units and the training of police, prosecutors, judges, border guards and social workers to suppress trafficking and related criminal networks.</source>
        <translation>Специальные подразделения правоохранительных органов и обучение сотрудников полиции, прокуроров, судей, пограничников и социальных работников.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="149" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="150" />
        <source>Both the first and the last day of the period are included. The previous period used for comparison has the same number of days and ends the day before.</source>
        <translation>Первый и последний день периода включаются. Предыдущий период для сравнения имеет то же число дней и заканчивается накануне.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="157" />
        <source>Legislation whose adoption date falls in the period.</source>
        <translation>Нормативные акты, дата принятия которых приходится на период.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="160" />
        <source>Trainings held and training hours</source>
        <translation>Проведённые обучения и часы обучения</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="161" />
        <source>Training sessions whose start date falls in the period, and the sum of their hours.</source>
        <translation>Обучения, дата начала которых приходится на период, и сумма их часов.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="167" />
        <source>For those sessions, the pairs of session and person where the person was present or late on at least one day. A person at two sessions counts twice; 'people trained' counts each person once. Excused and absent never count. 'Of whom women' counts the pairs whose person is recorded as female; men likewise; other and not stated make up the rest.</source>
        <translation>Для этих обучений — пары «обучение, человек», где человек присутствовал или опоздал хотя бы в один день. Человек на двух обучениях учитывается дважды; «обучено человек» учитывает каждого один раз. Отсутствие, в том числе по уважительной причине, не учитывается. «Из них женщин» — пары, где пол человека указан как женский; мужчин — аналогично; остальное — другой или не указанный пол.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="176" />
        <source>Campaigns launched and reach</source>
        <translation>Начатые кампании и охват</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="177" />
        <source>Awareness campaigns whose start date falls in the period, and the sum of their estimated reach (people).</source>
        <translation>Информационные кампании, дата начала которых приходится на период, и сумма их оценочного охвата (человек).</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="183" />
        <source>Focus areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="184" />
        <source>A record counts in every focus area it is linked to, so the area rows may add up to more than the Total row, which counts each record once.</source>
        <translation>Запись учитывается в каждом направлении, с которым она связана, поэтому сумма строк направлений может быть больше строки «Итого», где каждая запись учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="190" />
        <source>Targets</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="191" />
        <source>Progress compares the actual figure for the target's calendar year, from 1 January up to the report's last day, with the national action plan's target.</source>
        <translation>Выполнение — это фактическое значение за календарный год показателя, с 1 января по последний день отчёта, по сравнению с целевым значением национального плана действий.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="198" />
        <source>Legislation whose status is draft or submitted when the report is made.</source>
        <translation>Нормативные акты со статусом «проект» или «внесён» на момент составления отчёта.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="201" />
        <source>Figures from other agencies</source>
        <translation>Показатели других ведомств</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="202" />
        <source>Yearly aggregate figures supplied by the police, prosecutors, courts, social services and NGOs, for the calendar year of the report's last day, beside the year before; no victim is ever named. A figure with no breakdown is a stated total. An indicator's total is the stated total when there is one; otherwise the sum of the figures broken down by sex alone, else by age group alone, else by form of exploitation alone, else by citizenship alone, so nothing is counted twice. Figures from different sources are never added together, as agencies often count the same people: the largest source's total is printed, the others beside it. A stated total that disagrees with a breakdown of it is listed. Victims belong to Protection, investigations, prosecutions and convictions to Criminalisation.</source>
        <translation>Годовые сводные показатели, предоставленные полицией, прокуратурой, судами, социальными службами и НКО, за календарный год последнего дня отчёта и рядом — за предыдущий год; жертвы никогда не называются. Показатель без разбивки — это указанный итог. Итог показателя — указанный итог, если он есть; иначе сумма показателей с разбивкой только по полу, иначе только по возрастным группам, иначе только по формам эксплуатации, иначе только по гражданству, поэтому ничто не учитывается дважды. Показатели разных источников никогда не складываются, так как ведомства часто учитывают одних и тех же людей: печатается итог наибольшего источника, остальные — рядом. Указанный итог, не совпадающий со своей разбивкой, приводится в списке. Жертвы относятся к направлению «Защита», расследования, уголовное преследование и осуждения — к направлению «Криминализация».</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="216" />
        <source>SDG indicator 16.2.2</source>
        <translation>Показатель ЦУР 16.2.2</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="217" />
        <source>Victims identified per 100,000 of population, from the figures above; shown when the population of the year is known.</source>
        <translation>Число выявленных жертв на 100 000 населения по приведённым выше показателям; приводится, когда известна численность населения за год.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="34" />
        <source>law</source>
        <translation>закон</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="35" />
        <source>amendment</source>
        <translation>поправка</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="36" />
        <source>decree</source>
        <translation>указ</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="37" />
        <source>regulation</source>
        <translation>постановление</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="38" />
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="39" />
        <source>treaty</source>
        <translation>договор</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="13" />
        <source>of whom women</source>
        <translation>из них женщин</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="15" />
        <source>Campaign reach</source>
        <translation>Охват кампаний</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="21" />
        <source>of whom men</source>
        <translation>из них мужчин</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="22" />
        <source>Training hours</source>
        <translation>Часов обучения</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_vocabulary.py" line="23" />
        <source>People trained (each once)</source>
        <translation>Обучено человек (каждый один раз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="19" />
        <source>Victims by sex and age</source>
        <translation>Жертвы по полу и возрасту</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="20" />
        <location filename="../../app/reports/reporting_pack.py" line="26" />
        <source>Victims by citizenship</source>
        <translation>Жертвы по гражданству</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="21" />
        <source>Victims by exploitation</source>
        <translation>Жертвы по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="22" />
        <source>Prosecuted and convicted</source>
        <translation>Преследование и осуждение</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="25" />
        <source>Victims by sex and age group</source>
        <translation>Жертвы по полу и возрастным группам</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="27" />
        <source>Victims by form of exploitation</source>
        <translation>Жертвы по формам эксплуатации</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="28" />
        <source>Investigations, persons prosecuted and persons convicted, by sex</source>
        <translation>Расследования, лица, привлечённые к уголовной ответственности, и осуждённые лица, по полу</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="40" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="41" />
        <source>Female</source>
        <translation>Женский пол</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="42" />
        <source>Male</source>
        <translation>Мужской пол</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="43" />
        <source>Other sex</source>
        <translation>Другой пол</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="44" />
        <source>Sex not stated</source>
        <translation>Пол не указан</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="45" />
        <source>Children (under 18)</source>
        <translation>Дети (до 18 лет)</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="46" />
        <source>Adults</source>
        <translation>Взрослые</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="47" />
        <source>Age unknown</source>
        <translation>Возраст неизвестен</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="48" />
        <source>Girls</source>
        <translation>Девочки</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="49" />
        <source>Boys</source>
        <translation>Мальчики</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="52" />
        <source>Sexual exploitation</source>
        <translation>Сексуальная эксплуатация</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="53" />
        <source>Forced labour</source>
        <translation>Принудительный труд</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="54" />
        <source>Forced criminal activities</source>
        <translation>Принуждение к преступной деятельности</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="55" />
        <source>Forced begging</source>
        <translation>Принуждение к попрошайничеству</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="56" />
        <source>Organ removal</source>
        <translation>Изъятие органов</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="57" />
        <source>Forced marriage</source>
        <translation>Принудительный брак</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="58" />
        <source>Other forms</source>
        <translation>Другие формы</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="59" />
        <source>Form unknown</source>
        <translation>Форма неизвестна</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="60" />
        <source>Citizenship unknown</source>
        <translation>Гражданство неизвестно</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="161" />
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="94" />
        <source>{year}: stated {stated} ({source}), {breakdown} {sum}</source>
        <translation>{year}: указано {stated} ({source}), {breakdown} {sum}</translation>
    </message>
    <message>
        <location filename="../../app/reports/reporting_pack.py" line="144" />
        <source>Aggregate figures supplied by other agencies; each comes from the source named, figures from different sources are never added together.</source>
        <translation>Сводные показатели, предоставленные другими ведомствами; каждый взят из указанного источника, показатели разных источников никогда не складываются.</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="16" />
        <source>a date: YYYY-MM-DD or DD.MM.YYYY (or a date cell)</source>
        <translation>дата: ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (или ячейка с датой)</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="17" />
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="18" />
        <source>a number; a decimal comma is fine (6,5)</source>
        <translation>число; можно с десятичной запятой (6,5)</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="19" />
        <source>a list: separate items with ;</source>
        <translation>список: элементы через ;</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="20" />
        <source>focus areas by slug or English name, separated by ; (criminalisation; demand; protection; root-causes; capacity)</source>
        <translation>направления (slug или английское название) через ; (criminalisation; demand; protection; root-causes; capacity)</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="24" />
        <source>aspects, separated by ; (gender; age; migration)</source>
        <translation>аспекты через ; (gender; age; migration)</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="25" />
        <location filename="../../app/services/spreadsheets/templates.py" line="26" />
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="27" />
        <source>an ISO 3166-1 country code (BY, UA, …) or unknown; empty: all</source>
        <translation>код страны ISO 3166-1 (BY, UA, …) или unknown; пусто — все</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="30" />
        <source>a day of the session; empty: every day of the session</source>
        <translation>день занятия; пусто — все дни занятия</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="31" />
        <source>the code of an existing training session</source>
        <translation>код существующего обучения</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="32" />
        <source>one focus area: slug or English name</source>
        <translation>одно направление: slug или английское название</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="33" />
        <source>the agency that supplied the figure</source>
        <translation>ведомство, предоставившее показатель</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="36" />
        <source>GPAST Coordinator: how to fill this sheet</source>
        <translation>GPAST Coordinator: как заполнять этот лист</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="37" />
        <source>One record a row under the header. Columns marked * are required. Do not rename or add columns: an unknown column stops the import.</source>
        <translation>Одна запись в строке под заголовком. Столбцы со * обязательны. Не переименовывайте и не добавляйте столбцы: неизвестный столбец останавливает импорт.</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="41" />
        <source>The import is all or nothing: if any row has a problem, nothing is imported and every problem is listed by row and column. Importing the same file twice changes nothing the second time.</source>
        <translation>Импорт выполняется целиком или не выполняется: если в какой-либо строке есть ошибка, ничего не импортируется, а все ошибки перечисляются по строкам и столбцам. Повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="47" />
        <source>Instructions</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="46" />
        <source>column</source>
        <translation>столбец</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="46" />
        <source>what to enter</source>
        <translation>что вводить</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="77" />
        <source>optional; {what}</source>
        <translation>необязательно; {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="72" />
        <source>one of: {choices}</source>
        <translation>одно из: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="76" />
        <source>required; {what}</source>
        <translation>обязательно; {what}</translation>
    </message>
</context>
</TS>