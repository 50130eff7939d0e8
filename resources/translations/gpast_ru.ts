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
        <location filename="../../app/ui/overview/dashboard_page.py" line="111" />
        <source>{indicator}: {actual} of {target}</source>
        <translation>{indicator}: {actual} из {target}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="89" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="97" />
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="102" />
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="90" />
        <source>Backups are made of SQLite files only.</source>
        <translation>Резервные копии делаются только для файлов SQLite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="103" />
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="117" />
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="137" />
        <source>Written by a newer version</source>
        <translation>Записано более новой версией</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="138" />
        <source>{name} was written by a newer version of GPAST Coordinator. Please update the program to open it; the file was not changed.</source>
        <translation>Файл {name} записан более новой версией GPAST Coordinator. Обновите программу, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="146" />
        <source>{name} is damaged or not a GPAST Coordinator database; it was not changed.

{problems}</source>
        <translation>{name} повреждён или не является базой данных GPAST Coordinator; файл не изменён.

{problems}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="152" />
        <source>Database damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="161" />
        <source>Restore the backup of {when}</source>
        <translation>Восстановить копию от {when}</translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="25" />
        <source>Send to coordinator</source>
        <translation>Отправить координатору</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="47" />
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="35" />
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="36" />
        <source>{path}

{counts}

Carry the file to the other workstation and choose File &gt; Receive from workstation… there.</source>
        <translation>{path}

{counts}

Перенесите файл на другое рабочее место и выберите там Файл &gt; Получить с рабочего места…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="43" />
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="58" />
        <source>Receive from workstation</source>
        <translation>Получить с рабочего места</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="69" />
        <source>Receive this bundle?</source>
        <translation>Принять этот пакет?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="75" />
        <source>Receiving the bundle…</source>
        <translation>Приём пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="108" />
        <source>Reading the bundle…</source>
        <translation>Чтение пакета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="109" />
        <source>Not received</source>
        <translation>Не получено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="117" />
        <source>Accept this workstation?</source>
        <translation>Принять это рабочее место?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="118" />
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
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="162" />
        <source>It would add {added}, change {updated} and delete {deleted} records; {n} conflicts. Nothing has been changed yet.</source>
        <translation>Будет добавлено записей: {added}, изменено: {updated}, удалено: {deleted}; конфликтов: {n}. Пока ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="176" />
        <source>{kind}: {added} added, {updated} changed, {deleted} deleted</source>
        <translation>{kind}: добавлено {added}, изменено {updated}, удалено {deleted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="187" />
        <source>Conflicts (both versions are kept):</source>
        <translation>Конфликты (сохраняются обе версии):</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="197" />
        <source>{n} attendance rows go with the deleted sessions and people.</source>
        <translation>Вместе с удаляемыми мероприятиями и людьми удаляется отметок посещаемости: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="82" />
        <source>Bundle received</source>
        <translation>Пакет получен</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="83" />
        <source>Added {added}, updated {updated}, unchanged {unchanged}, deleted {deleted}, conflicts {n}.</source>
        <translation>Добавлено {added}, обновлено {updated}, без изменений {unchanged}, удалено {deleted}, конфликтов {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/bundle_dialogs.py" line="99" />
        <source>Both versions of each conflict are kept in the audit trail.</source>
        <translation>Обе версии каждого конфликта сохранены в журнале изменений.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="148" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="149" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="156" />
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="229" />
        <source>Progress {year}</source>
        <translation>Результаты {year} года</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="249" />
        <source>All areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="250" />
        <source>Each record counted once</source>
        <translation>Каждая запись учитывается один раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="268" />
        <source>A record linked to several focus areas counts in each area's card and once in “All areas”. Participants trained: people present or late on at least one day of a session, counted once per session.</source>
        <translation>Запись, связанная с несколькими направлениями, учитывается в карточке каждого направления и один раз во «Всех направлениях». Обучено участников: люди, присутствовавшие или опоздавшие хотя бы в один день занятия, по одному разу на занятие.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="106" />
        <source>Has a date</source>
        <translation>Указана дата</translation>
    </message>
</context>
<context>
    <name>DeletedRecords</name>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="32" />
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="37" />
        <source>A deleted record keeps its content and its attendance until restored.</source>
        <translation>Удалённая запись хранит своё содержимое и посещаемость, пока её не восстановят.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="46" />
        <source>Deleted at</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="47" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="48" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="49" />
        <source>Attendance rows</source>
        <translation>Отметок посещаемости</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="59" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="94" />
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="98" />
        <source>{record} is back, with {n} attendance rows.</source>
        <translation>Запись «{record}» восстановлена, отметок посещаемости: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="102" />
        <source>{n} attendance rows were not restored: their session or person is gone, or the day is no longer one of the session's.</source>
        <translation>Не восстановлено отметок посещаемости: {n} — их мероприятия или человека больше нет, или этого дня больше нет в мероприятии.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/deleted_dialog.py" line="108" />
        <source>Restored</source>
        <translation>Восстановлено</translation>
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
    <name>HistoryWidget</name>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="12" />
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="13" />
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="14" />
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="15" />
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="16" />
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="17" />
        <source>anonymised</source>
        <translation>обезличено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="18" />
        <source>conflict from another workstation</source>
        <translation>конфликт с другим рабочим местом</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="34" />
        <source>History of changes</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="41" />
        <source>{when} — {who}: {action}</source>
        <translation>{when} — {who}: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/history_widget.py" line="54" />
        <source>No changes recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="47" />
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="52" />
        <source>Kind of records</source>
        <translation>Вид записей</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="54" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="55" />
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="61" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="63" />
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="70" />
        <source>The first rows as they will be read</source>
        <translation>Первые строки в том виде, как они будут прочитаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="74" />
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="78" />
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="86" />
        <source>First rows as they will be read:</source>
        <translation>Первые строки в том виде, как они будут прочитаны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="88" />
        <source>Problems:</source>
        <translation>Ошибки:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="100" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="117" />
        <source>Choose a .csv or .xlsx file.</source>
        <translation>Выберите файл .csv или .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="119" />
        <source>Reading…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="158" />
        <source>CSV file; encoding {encoding}; delimiter: {delimiter}; {rows} rows</source>
        <translation>Файл CSV; кодировка {encoding}; разделитель: {delimiter}; строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="162" />
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="163" />
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="164" />
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="170" />
        <source>Excel workbook; {rows} rows</source>
        <translation>Книга Excel; строк: {rows}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="172" />
        <source>row</source>
        <translation>строка</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="126" />
        <location filename="../../app/ui/transfer/import_dialog.py" line="183" />
        <location filename="../../app/ui/transfer/import_dialog.py" line="191" />
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="185" />
        <source>No problems. {summary}</source>
        <translation>Ошибок нет. {summary}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="197" />
        <source>… and more: fix these first.</source>
        <translation>… и другие: сначала исправьте эти.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="207" />
        <source>{rows} rows read: {added} records would be added, {updated} updated, {unchanged} left unchanged.</source>
        <translation>Прочитано строк: {rows}; будет добавлено записей: {added}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="212" />
        <source>{rows} rows read: {added} records added, {updated} updated, {unchanged} left unchanged.</source>
        <translation>Прочитано строк: {rows}; добавлено записей: {added}, обновлено: {updated}, без изменений: {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="219" />
        <source>New people in the registry: {n}.</source>
        <translation>Новых людей в реестре: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="226" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="226" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="245" />
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="254" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="255" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="290" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="306" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="298" />
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="299" />
        <source>{count} rows written to {path}</source>
        <translation>Записано строк: {count} в {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/import_dialog.py" line="322" />
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="29" />
        <source>Legislative acts adopted</source>
        <translation>Принято нормативных актов</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="30" />
        <source>Trainings held</source>
        <translation>Проведено обучений</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="31" />
        <source>Training hours</source>
        <translation>Часов обучения</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="32" />
        <source>Participants trained</source>
        <translation>Обучено участников</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="33" />
        <source>People trained</source>
        <translation>Обучено человек</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="34" />
        <source>Women trained (participations)</source>
        <translation>Из них женщин (участий)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="35" />
        <source>Men trained (participations)</source>
        <translation>Из них мужчин (участий)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="36" />
        <source>Campaigns launched</source>
        <translation>Начато кампаний</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/dashboard_page.py" line="37" />
        <source>Campaign reach</source>
        <translation>Охват кампаний</translation>
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
        <location filename="../../app/ui/labels.py" line="56" />
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <source>Amendment</source>
        <translation>Поправка</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <source>Decree</source>
        <translation>Указ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <source>Regulation</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60" />
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61" />
        <source>Treaty</source>
        <translation>Международный договор</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="62" />
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63" />
        <source>Submitted</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="64" />
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="65" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66" />
        <source>Repealed</source>
        <translation>Утратил силу</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="71" />
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72" />
        <source>Late</source>
        <translation>Опоздал</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73" />
        <source>Excused</source>
        <translation>По уважительной причине</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74" />
        <source>Absent</source>
        <translation>Отсутствовал</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75" />
        <source>Gender</source>
        <translation>Гендер</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="76" />
        <source>Age (children and youth)</source>
        <translation>Возраст (дети и молодёжь)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="77" />
        <source>Migration</source>
        <translation>Миграция</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>TV</source>
        <translation>ТВ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Radio</source>
        <translation>Радио</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Print</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Outdoor</source>
        <translation>Наружная реклама</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83" />
        <source>Schools</source>
        <translation>Школы</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84" />
        <source>Hotline</source>
        <translation>Горячая линия</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85" />
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="86" />
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="87" />
        <source>Prosecutors</source>
        <translation>Прокуроры</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="88" />
        <source>Judges</source>
        <translation>Судьи</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89" />
        <source>Border guards</source>
        <translation>Пограничники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Labour inspectors</source>
        <translation>Инспекторы труда</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <source>Social workers</source>
        <translation>Социальные работники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>NGOs</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Health workers</source>
        <translation>Медицинские работники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Teachers</source>
        <translation>Учителя</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Consular staff</source>
        <translation>Консульские сотрудники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96" />
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97" />
        <source>Hybrid</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="101" />
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102" />
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103" />
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="104" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105" />
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106" />
        <source>Targets</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="110" />
        <source>Criminalisation of trafficking</source>
        <translation>Криминализация торговли людьми</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="111" />
        <source>Countering demand</source>
        <translation>Противодействие спросу</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="112" />
        <source>Protection and reintegration of victims</source>
        <translation>Защита и реинтеграция жертв</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="113" />
        <source>Eradicating root causes</source>
        <translation>Устранение коренных причин</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="114" />
        <source>National capacity-building</source>
        <translation>Укрепление национального потенциала</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="136" />
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="51" />
        <source>Pages</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="67" />
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="68" />
        <source>Legislation</source>
        <translation>Законодательство</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="69" />
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="70" />
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="71" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="72" />
        <source>Targets</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="73" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="83" />
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="186" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="187" />
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="190" />
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="195" />
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="196" />
        <source>&amp;Export current list…</source>
        <translation>&amp;Экспорт текущего списка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="197" />
        <source>Download &amp;template…</source>
        <translation>Скачать &amp;шаблон…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="199" />
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="200" />
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="201" />
        <source>Export audit &amp;trail…</source>
        <translation>Экспорт &amp;журнала изменений…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="202" />
        <source>&amp;Deleted records…</source>
        <translation>&amp;Удалённые записи…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="204" />
        <source>&amp;Send to coordinator…</source>
        <translation>&amp;Отправить координатору…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="205" />
        <source>Recei&amp;ve from workstation…</source>
        <translation>&amp;Получить с рабочего места…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="206" />
        <source>Accepted &amp;workstations…</source>
        <translation>Принятые &amp;рабочие места…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="209" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="211" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="213" />
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="215" />
        <source>&amp;Edit record</source>
        <translation>&amp;Изменить запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="216" />
        <source>&amp;Duplicate record</source>
        <translation>&amp;Копировать запись</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="218" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="219" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="229" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="231" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="232" />
        <source>&amp;About GPAST Coordinator</source>
        <translation>&amp;О программе GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="269" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="269" />
        <source>Open a list page first (e.g. Trainings).</source>
        <translation>Сначала откройте список (например, «Обучение»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="282" />
        <source>Download template</source>
        <translation>Скачать шаблон</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="282" />
        <source>Template for:</source>
        <translation>Шаблон для:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="330" />
        <source>Export audit trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="335" />
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="335" />
        <source>{n} entries written</source>
        <translation>Записано записей: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="350" />
        <source>About GPAST Coordinator</source>
        <translation>О программе GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="352" />
        <source>&lt;h3&gt;GPAST Coordinator {version}&lt;/h3&gt;&lt;p&gt;Log legislation, training sessions and awareness campaigns against the five focus areas of the Global Partnership against Slavery and Trafficking in Human Beings, and print progress reports.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;&lt;p&gt;The program works offline and never opens a network connection. Fonts: PT Sans (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GPAST Coordinator {version}&lt;/h3&gt;&lt;p&gt;Учёт законодательства, обучения и информационных кампаний по пяти направлениям Глобального партнёрства против рабства и торговли людьми и печать отчётов о ходе работы.&lt;/p&gt;&lt;p&gt;База данных: {db}&lt;/p&gt;&lt;p&gt;Программа работает без сети и никогда не устанавливает сетевых соединений. Шрифты: PT Sans (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="363" />
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="368" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="375" />
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="27" />
        <source>&amp;Merge duplicates…</source>
        <translation>&amp;Объединить дубликаты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="28" />
        <source>Select the two records of the same person</source>
        <translation>Выберите две записи одного и того же человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="29" />
        <source>Anon&amp;ymise…</source>
        <translation>Обе&amp;зличить…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="34" />
        <source>Training history</source>
        <translation>История обучения</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="36" />
        <source>Training history of the selected person</source>
        <translation>История обучения выбранного человека</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="81" />
        <source>Not registered for any training session.</source>
        <translation>Не записан ни на одно занятие.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="91" />
        <source>Merge duplicates</source>
        <translation>Объединение дубликатов</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="94" />
        <source>Which record should be kept? The other one's attendance moves to it (where both have a day, the better status is kept), its empty fields are filled in, and the other record is removed.</source>
        <translation>Какую запись оставить? Посещаемость другой записи переносится в неё (если у обеих есть один и тот же день, сохраняется лучший статус), её пустые поля заполняются, а другая запись удаляется.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="100" />
        <location filename="../../app/ui/attendance/participants_page.py" line="106" />
        <source>Keep {name} ({org})</source>
        <translation>Оставить {name} ({org})</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="120" />
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="132" />
        <source>Anonymise</source>
        <translation>Обезличить</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/participants_page.py" line="134" />
        <source>Clear this person's name, birth year, position, country, email and phone? Sex and organisation stay so that the statistics do not change. This cannot be undone.</source>
        <translation>Удалить ФИО, год рождения, должность, страну, эл. почту и телефон этого человека? Пол и организация сохраняются, чтобы статистика не изменилась. Отменить это нельзя.</translation>
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
    <name>RecordEditor</name>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="89" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="90" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="98" />
        <source>&amp;Details</source>
        <translation>&amp;Сведения</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="100" />
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="120" />
        <source>New legislative act</source>
        <translation>Новый нормативный акт</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="120" />
        <source>Edit legislative act</source>
        <translation>Изменение нормативного акта</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="121" />
        <source>New training session</source>
        <translation>Новое обучение</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="121" />
        <source>Edit training session</source>
        <translation>Изменение обучения</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="122" />
        <source>New awareness campaign</source>
        <translation>Новая информационная кампания</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="122" />
        <source>Edit awareness campaign</source>
        <translation>Изменение информационной кампании</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="123" />
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="123" />
        <source>Edit participant</source>
        <translation>Изменение участника</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="162" />
        <source>Save is disabled: {field} — {message}</source>
        <translation>Сохранить нельзя: {field} — {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="188" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="197" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/record_editor.py" line="198" />
        <source>Discard the changes you made?</source>
        <translation>Отменить внесённые изменения?</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="49" />
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="51" />
        <source>Search {kind}</source>
        <translation>Поиск: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="53" />
        <source>Focus area filter</source>
        <translation>Фильтр по направлению</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="55" />
        <source>Year filter</source>
        <translation>Фильтр по году</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="57" />
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="71" />
        <source>&amp;Area:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="72" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="109" />
        <source>&amp;New</source>
        <translation>Созд&amp;ать</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="111" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="112" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="66" />
        <source>F&amp;ind:</source>
        <translation>На&amp;йти:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="73" />
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="110" />
        <source>Edi&amp;t</source>
        <comment>button: edit the selected record</comment>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="123" />
        <source>Attendan&amp;ce…</source>
        <translation>Посе&amp;щаемость…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="137" />
        <location filename="../../app/ui/records/list_page.py" line="306" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="164" />
        <source>All areas</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="172" />
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="175" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/list_page.py" line="210" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="276" />
        <source>Not duplicated</source>
        <translation>Не скопировано</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="298" />
        <source>Delete “{name}”?</source>
        <translation>Удалить «{name}»?</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="301" />
        <source>Its {n} attendance records (people's presence per day) are deleted too.</source>
        <translation>Вместе с ней удаляются записи посещаемости ({n}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="303" />
        <source>This cannot be undone.</source>
        <translation>Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/list_page.py" line="316" />
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="73" />
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="74" />
        <source>This year</source>
        <translation>Текущий год</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="75" />
        <source>Last quarter</source>
        <translation>Прошлый квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="76" />
        <source>This quarter</source>
        <translation>Текущий квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="77" />
        <source>Custom period</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="80" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="83" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="83" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="94" />
        <source>Report language</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="96" />
        <source>Focus areas in the report</source>
        <translation>Направления в отчёте</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="98" />
        <source>&amp;Generate</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="99" />
        <source>&amp;Save as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="100" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="101" />
        <source>&amp;Open in viewer</source>
        <translation>&amp;Открыть в программе просмотра</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="116" />
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="120" />
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="122" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="124" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="157" />
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="205" />
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="205" />
        <source>'To' is before 'From'.</source>
        <translation>Дата «по» раньше даты «с».</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="211" />
        <source>Making the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="232" />
        <source>{pages} pages</source>
        <translation>Страниц: {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview/reports_page.py" line="244" />
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="32" />
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="34" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="39" />
        <source> (kept before a restore)</source>
        <translation> (сохранена перед восстановлением)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="46" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="48" />
        <source>Other &amp;file…</source>
        <translation>Другой &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="55" />
        <source>Backups of {name}, newest first:</source>
        <translation>Резервные копии {name}, сначала новые:</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="61" />
        <source>The current database is kept in the backups folder before it is replaced.</source>
        <translation>Перед заменой текущая база данных сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/backup_dialogs.py" line="71" />
        <source>Restore from</source>
        <translation>Восстановить из</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="159" />
        <source>Attendance — {code} {title}</source>
        <translation>Посещаемость — {code} {title}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="165" />
        <source>Attendance: people by days</source>
        <translation>Посещаемость: участники по дням</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="169" />
        <source>Find a person in the registry…</source>
        <translation>Найти человека в реестре…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="170" />
        <source>Find a person to add</source>
        <translation>Найти человека для добавления</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="173" />
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="180" />
        <source>&amp;Add selected</source>
        <translation>&amp;Добавить выбранного</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="182" />
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="184" />
        <source>&amp;Remove from roster</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="186" />
        <source>All &amp;present (this day)</source>
        <translation>Все &amp;присутствовали (этот день)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="188" />
        <source>&amp;Sign-in sheets…</source>
        <translation>&amp;Листы регистрации…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="190" />
        <source>&amp;Certificates…</source>
        <translation>&amp;Сертификаты…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="196" />
        <source>Keys: P present · L late · E excused · A absent · Space cycles. Select several cells to set them at once.</source>
        <translation>Клавиши: P присутствовал · L опоздал · E по уважительной причине · A отсутствовал · Пробел переключает. Выделите несколько ячеек, чтобы изменить их сразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="264" />
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="266" />
        <source>{name} ({org}) is already in the registry. Add that person instead of creating a new record?</source>
        <translation>{name} ({org}) уже есть в реестре. Добавить этого человека вместо создания новой записи?</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="293" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="295" />
        <source>Remove {names} from this session's roster (their attendance on every day goes)?</source>
        <translation>Убрать {names} из списка этого занятия (посещаемость за все дни будет удалена)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="320" />
        <source>{registered} registered; {attended} attended ({sexes}). Attendance per day: {rates}</source>
        <translation>Записано: {registered}; посетили: {attended} ({sexes}). Посещаемость по дням: {rates}</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="329" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="76" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/ui/attendance/roster_dialog.py" line="78" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="25" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="30" />
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="31" />
        <source>Coordinating &amp;body:</source>
        <translation>Координирующий &amp;орган:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="32" />
        <source>Country &amp;role (origin, transit, destination):</source>
        <translation>&amp;Роль страны (происхождение, транзит, назначение):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="33" />
        <source>Your &amp;name (for the audit trail):</source>
        <translation>Ваше &amp;имя (для журнала изменений):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="43" />
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="47" />
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="48" />
        <source>Interface &amp;language (after a restart):</source>
        <translation>&amp;Язык интерфейса (после перезапуска):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="66" />
        <location filename="../../app/ui/shell/settings_dialog.py" line="69" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>TagListEditor</name>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="168" />
        <source>Type and press Enter to add</source>
        <translation>Введите и нажмите Enter, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/field_widgets.py" line="212" />
        <location filename="../../app/ui/records/field_widgets.py" line="213" />
        <source>Remove {item}</source>
        <translation>Убрать {item}</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="38" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="43" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="46" />
        <source>Targets: focus areas by indicators</source>
        <translation>Целевые показатели: направления и показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="47" />
        <source>&amp;Save targets</source>
        <translation>&amp;Сохранить показатели</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="107" />
        <source>{area}, {indicator}: {problem}</source>
        <translation>{area}, {indicator}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/targets_page.py" line="112" />
        <location filename="../../app/ui/records/targets_page.py" line="118" />
        <source>Targets not saved</source>
        <translation>Показатели не сохранены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/targets_page.py" line="121" />
        <source>%n target(s) changed</source>
        <translation>
            <numerusform>изменён %n показатель</numerusform>
            <numerusform>изменено %n показателя</numerusform>
            <numerusform>изменено %n показателей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workstations</name>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="29" />
        <source>Accepted workstations</source>
        <translation>Принятые рабочие места</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="37" />
        <source>This workstation's key fingerprint: {fingerprint}</source>
        <translation>Отпечаток ключа этого рабочего места: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="45" />
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="46" />
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="47" />
        <source>Accepted at (UTC)</source>
        <translation>Принято (UTC)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="56" />
        <source>Re&amp;voke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="81" />
        <source>Revoke this workstation?</source>
        <translation>Отозвать это рабочее место?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer/workstations_dialog.py" line="82" />
        <source>Bundles from '{name}' ({fingerprint}) will be refused until it is accepted again.</source>
        <translation>Пакеты с «{name}» ({fingerprint}) будут отклоняться, пока его не примут снова.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../app/cli.py" line="99" />
        <source>unexpected error: {what} (details in {file})</source>
        <translation>непредвиденная ошибка: {what} (подробности в {file})</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="92" />
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
        <location filename="../../app/commands/attendance_documents.py" line="36" />
        <location filename="../../app/commands/report.py" line="31" />
        <location filename="../../app/files.py" line="29" />
        <location filename="../../app/services/exchange/bundles.py" line="174" />
        <location filename="../../app/storage/backups.py" line="72" />
        <source>{file}: cannot be written ({why})</source>
        <translation>{file}: не удаётся записать ({why})</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="27" />
        <source>backup and restore work on SQLite files; use the server's own tools</source>
        <translation>резервное копирование и восстановление работают только с файлами SQLite; используйте средства сервера</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="44" />
        <location filename="../../app/services/exchange/bundles.py" line="229" />
        <location filename="../../app/storage/integrity.py" line="48" />
        <source>{file}: no such file</source>
        <translation>{file}: файл не найден</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="37" />
        <source>the database is damaged or not ours; it was not changed. Restore the latest good backup.</source>
        <translation>база данных повреждена или чужая; она не изменена. Восстановите последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="60" />
        <source>cannot connect: {why}</source>
        <translation>не удаётся подключиться: {why}</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="86" />
        <source>{why}</source>
        <translation>{why}</translation>
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
        <location filename="../../app/files.py" line="28" />
        <location filename="../../app/storage/backups.py" line="67" />
        <source>{file}: not enough space on the disk; nothing was written</source>
        <translation>{file}: на диске не хватает места; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/participants.py" line="66" />
        <source>choose two different people to merge</source>
        <translation>выберите двух разных людей для объединения</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/participants.py" line="71" />
        <source>a participant to merge does not exist</source>
        <translation>участник для объединения больше не существует</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/participants.py" line="117" />
        <location filename="../../app/services/attendance/recording.py" line="62" />
        <location filename="../../app/services/attendance/recording.py" line="64" />
        <location filename="../../app/services/attendance/roster.py" line="24" />
        <location filename="../../app/services/attendance/roster.py" line="106" />
        <location filename="../../app/services/records/editing.py" line="108" />
        <location filename="../../app/services/records/targets.py" line="72" />
        <source>{what} {n} does not exist</source>
        <translation>запись № {n} больше не существует</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/recording.py" line="40" />
        <source>attendance is recorded on {days}, outside the new dates; change or remove it first</source>
        <translation>на {days} отмечена посещаемость вне новых дат; сначала измените или удалите её</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/recording.py" line="53" />
        <location filename="../../app/services/attendance/roster.py" line="79" />
        <location filename="../../app/services/records/fields.py" line="166" />
        <source>'{value}' is not one of: {choices}</source>
        <translation>«{value}» — недопустимое значение; допустимы: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/recording.py" line="68" />
        <location filename="../../app/services/exchange/merge.py" line="237" />
        <location filename="../../app/services/spreadsheets/attendance_import.py" line="171" />
        <source>{value} is not a day of {what} ({start} – {end})</source>
        <translation>{value} — не день обучения {what} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/roster.py" line="32" />
        <location filename="../../app/services/spreadsheets/attendance_import.py" line="166" />
        <source>no training session with the code '{value}'</source>
        <translation>нет обучения с кодом «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/services/attendance/roster.py" line="97" />
        <source>{value} is not a day of {what}</source>
        <translation>{value} — не день обучения {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="42" />
        <source>{what} {uuid}: {problem}</source>
        <translation>{what} {uuid}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="58" />
        <source>{part}: '{value}' is not a record identifier (UUID); nothing was imported</source>
        <translation>{part}: «{value}» — не идентификатор записи (UUID); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="106" />
        <source>is not a list of edit counters</source>
        <translation>не список счётчиков правок</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="114" />
        <location filename="../../app/services/exchange/bundle_checks.py" line="207" />
        <location filename="../../app/services/exchange/merge.py" line="362" />
        <source>{part}: not as this program writes a bundle ({why}); nothing was imported</source>
        <translation>{part}: записано не так, как эта программа пишет пакеты; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="83" />
        <source>{value} is in the future (is a clock wrong?)</source>
        <translation>{value} — в будущем (неверно установлены часы?)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="75" />
        <source>'{value}' is not a time</source>
        <translation>«{value}» — не дата и время</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="134" />
        <source>appears twice in the bundle</source>
        <translation>встречается в пакете дважды</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="177" />
        <location filename="../../app/services/records/fields.py" line="190" />
        <location filename="../../app/services/records/targets.py" line="25" />
        <location filename="../../app/services/spreadsheets/importing.py" line="278" />
        <source>unknown focus area '{value}'</source>
        <translation>неизвестное направление «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_checks.py" line="195" />
        <source>unknown table '{value}'</source>
        <translation>неизвестная таблица «{value}»</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="26" />
        <source>{what}: {label} (kept the newer version: theirs)</source>
        <translation>{what}: {label} (сохранена более новая версия — с другого рабочего места)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="26" />
        <source>{what}: {label} (kept the newer version: ours)</source>
        <translation>{what}: {label} (сохранена более новая версия — здешняя)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="37" />
        <source>{what}: {label} was changed here after the other workstation last saw it (kept ours; theirs is in the audit trail)</source>
        <translation>{what}: {label} изменено здесь после того, как другое рабочее место видело эту запись в последний раз (оставлена наша версия; их версия — в журнале изменений)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="47" />
        <source>{what}: {label} was deleted here but changed there since; it is back</source>
        <translation>{what}: {label} удалено здесь, но с тех пор изменено там; запись возвращена</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="56" />
        <source>{what}: {label} (their dates leave out attendance on {days}; kept ours)</source>
        <translation>{what}: {label} (их даты не включают дни с отметками посещаемости: {days}; оставлена наша версия)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundle_format.py" line="66" />
        <source>{what}: {uuid} was deleted there but edited here later (kept)</source>
        <translation>{what}: {uuid} удалена там, но позже изменена здесь (сохранена)</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundles.py" line="185" />
        <source>{file}: not a complete GPAST bundle (damaged or truncated: {why}); nothing was imported</source>
        <translation>{file}: неполный пакет GPAST (повреждён или обрезан); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundles.py" line="248" />
        <source>{file}: made by a newer version of GPAST Coordinator (program {program}, schema {schema}); update this program first</source>
        <translation>{file}: создан более новой версией GPAST Coordinator (программа {program}, схема {schema}); сначала обновите программу</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundles.py" line="256" />
        <source>{file}: the contents do not match the checksum (changed or damaged after it was made); nothing was imported</source>
        <translation>{file}: содержимое не совпадает с контрольной суммой (изменено или повреждено); ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundles.py" line="197" />
        <source>{file}: {part} is not UTF-8 text; nothing was imported</source>
        <translation>{file}: {part} — не текст в UTF-8; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundles.py" line="201" />
        <source>{file}: {part} is nested too deeply; nothing was imported</source>
        <translation>{file}: в {part} слишком глубокая вложенность; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/bundles.py" line="217" />
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
        <location filename="../../app/services/exchange/merge.py" line="71" />
        <source>{what} {uuid}: the code '{code}' belongs to another record here ({title}) whose values differ; change one of the codes; nothing was imported</source>
        <translation>{what} {uuid}: код «{code}» здесь принадлежит другой записи ({title}) с другими значениями; измените один из кодов; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../app/services/exchange/merge.py" line="227" />
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
        <location filename="../../app/services/exchange/trust.py" line="60" />
        <source>no accepted workstation has the key {fingerprint}</source>
        <translation>нет принятого рабочего места с ключом {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../app/services/maintenance/demo.py" line="138" />
        <source>{file}: the database already has records; demo data goes into an empty database only</source>
        <translation>{file}: в базе данных уже есть записи; демонстрационные данные добавляются только в пустую базу</translation>
    </message>
    <message>
        <location filename="../../app/services/records/editing.py" line="86" />
        <source>'{value}' is already used by another {what}</source>
        <translation>«{value}» уже используется в другой записи</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="42" />
        <source>contains a control character ({code}), which cannot be stored; remove it</source>
        <translation>содержит управляющий символ ({code}), который нельзя сохранить; удалите его</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="84" />
        <source>at most {n} items</source>
        <translation>не более {n} элементов</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="111" />
        <source>{value} is outside 1900–2199</source>
        <translation>{value} вне диапазона 1900–2199</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="117" />
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="128" />
        <location filename="../../app/services/records/fields.py" line="126" />
        <source>'{value}' is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="130" />
        <source>'{value}' must be a whole number</source>
        <translation>«{value}» должно быть целым числом</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="134" />
        <source>must be at least {n}</source>
        <translation>должно быть не меньше {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="136" />
        <source>must be at most {n}</source>
        <translation>должно быть не больше {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="87" />
        <source>an item is longer than {n} characters</source>
        <translation>элемент длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="133" />
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="144" />
        <location filename="../../app/services/records/targets.py" line="22" />
        <location filename="../../app/services/spreadsheets/importing.py" line="275" />
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="152" />
        <location filename="../../app/services/settings.py" line="26" />
        <source>is longer than {n} characters</source>
        <translation>длиннее {n} символов</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="177" />
        <source>unknown aspect '{value}' (use {choices})</source>
        <translation>неизвестный аспект «{value}» (допустимы: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="194" />
        <source>at least one focus area is required</source>
        <translation>нужно выбрать хотя бы одно направление</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="221" />
        <source>must not be before the start date</source>
        <translation>не может быть раньше даты начала</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="227" />
        <source>is required for adopted legislation</source>
        <translation>обязательна для принятого акта</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="230" />
        <source>must not be before the adoption date</source>
        <translation>не может быть раньше даты принятия</translation>
    </message>
    <message>
        <location filename="../../app/services/records/fields.py" line="107" />
        <source>'{value}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>«{value}» — не дата (используйте ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../app/services/recycle_bin/restoring.py" line="54" />
        <source>no deleted record {uuid} can be brought back</source>
        <translation>нет удалённой записи {uuid}, которую можно вернуть</translation>
    </message>
    <message>
        <location filename="../../app/services/recycle_bin/restoring.py" line="57" />
        <source>{uuid} is {what}: bring back the record it belonged to instead</source>
        <translation>{uuid} — это {what}: верните запись, к которой это относилось</translation>
    </message>
    <message>
        <location filename="../../app/services/recycle_bin/restoring.py" line="63" />
        <source>{uuid} is not deleted: it is back already</source>
        <translation>{uuid} не удалена: запись уже возвращена</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/indicators.py" line="151" />
        <source>must not be before 'from'</source>
        <translation>не может быть раньше начала периода</translation>
    </message>
    <message>
        <location filename="../../app/services/reporting/report_data.py" line="146" />
        <source>unknown focus area '{value}' (use {choices})</source>
        <translation>неизвестное направление «{value}» (допустимы: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="24" />
        <source>is not a setting</source>
        <translation>не является настройкой</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/attendance_import.py" line="225" />
        <source>the same person, training and day as row {n}</source>
        <translation>тот же человек, обучение и день, что в строке {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/exporting.py" line="145" />
        <source>{file}: choose a file name ending in .csv or .xlsx</source>
        <translation>{file}: выберите имя файла с окончанием .csv или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="140" />
        <source>import cancelled; nothing was changed</source>
        <translation>импорт отменён; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="54" />
        <source>unknown column (the columns are: {choices})</source>
        <translation>неизвестный столбец (допустимые столбцы: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="61" />
        <source>required column is missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="209" />
        <source>the same {what} as row {n}</source>
        <translation>то же значение ({what}), что в строке {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="287" />
        <source>the same year, area and indicator as row {n}</source>
        <translation>тот же год, направление и показатель, что в строке {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/importing.py" line="57" />
        <source>the column appears twice</source>
        <translation>столбец встречается дважды</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="172" />
        <source>{file}: not a readable .xlsx workbook ({why})</source>
        <translation>{file}: книга .xlsx не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="64" />
        <source>{file}: the file says it is UTF-8 but is not; save it again as CSV UTF-8</source>
        <translation>{file}: файл помечен как UTF-8, но это не так; сохраните его заново как CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="71" />
        <source>{file}: the text encoding cannot be recognised; save the file as CSV UTF-8</source>
        <translation>{file}: не удалось определить кодировку; сохраните файл как CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="112" />
        <source>{file}: not a CSV or .xlsx spreadsheet</source>
        <translation>{file}: не таблица CSV или .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="125" />
        <location filename="../../app/services/spreadsheets/reader.py" line="195" />
        <source>{file}: the file is empty</source>
        <translation>{file}: файл пуст</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="199" />
        <source>{file}: not a readable .xlsx workbook</source>
        <translation>{file}: книга .xlsx не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="102" />
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}: файл CSV не читается</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="155" />
        <source>{file}: the first sheet is empty</source>
        <translation>{file}: первый лист пуст</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/reader.py" line="191" />
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: не удаётся прочитать ({why})</translation>
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
        <location filename="../../app/services/spreadsheets/templates.py" line="84" />
        <source>{file}: choose a file name ending in .xlsx or .csv</source>
        <translation>{file}: выберите имя файла с окончанием .xlsx или .csv</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="138" />
        <source>{file}: the database is busy (another GPAST Coordinator window or command is writing to it); try again in a moment</source>
        <translation>{file}: база данных занята (в неё пишет другое окно или команда GPAST Coordinator); повторите через минуту</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="90" />
        <source>{file}: is on read-only media and was written by another version of the program (schema {schema}); copy it to a folder you can write to, then open it</source>
        <translation>{file}: находится на носителе только для чтения и записан другой версией программы (схема {schema}); скопируйте его в папку с правом записи и откройте оттуда</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="164" />
        <source>{file}: is read-only (read-only media, or a folder you cannot write to): it can be read, printed, exported and backed up elsewhere, but not changed</source>
        <translation>{file}: только для чтения (носитель только для чтения или папка без права записи): его можно читать, печатать, выгружать и копировать в другое место, но не изменять</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="84" />
        <location filename="../../app/services/unit_of_work.py" line="114" />
        <source>{file}: not a GPAST Coordinator database, or damaged ({why}); it was not changed</source>
        <translation>{file}: не база данных GPAST Coordinator или повреждена; файл не изменён</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="102" />
        <location filename="../../app/storage/integrity.py" line="118" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="106" />
        <location filename="../../app/storage/integrity.py" line="60" />
        <source>{file}: cannot be opened: {why}</source>
        <translation>{file}: не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="110" />
        <source>{file}: cannot be created ({why})</source>
        <translation>{file}: не удаётся создать ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/unit_of_work.py" line="180" />
        <source>{file}: not enough space on the disk; nothing was changed</source>
        <translation>{file}: на диске не хватает места; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="59" />
        <source>{file}: no such database</source>
        <translation>{file}: база данных не найдена</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="128" />
        <source>{problems}; {file} was not changed</source>
        <translation>{problems}; файл {file} не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="70" />
        <source>{file}: cannot be backed up ({why})</source>
        <translation>{file}: не удаётся сделать резервную копию</translation>
    </message>
    <message>
        <location filename="../../app/storage/backups.py" line="150" />
        <source>{file}: is in use; close other GPAST windows and try again ({why})</source>
        <translation>{file}: используется; закройте другие окна GPAST и повторите</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="54" />
        <source>{file}: not a SQLite database (the file header is wrong)</source>
        <translation>{file}: не база данных SQLite (неверный заголовок файла)</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="83" />
        <source>{file}: table {table}, row {n} refers to a missing {what} record</source>
        <translation>{file}: таблица {table}, строка {n} ссылается на отсутствующую запись ({what})</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="94" />
        <source>{file}: not a GPAST Coordinator database</source>
        <translation>{file}: не база данных GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="101" />
        <source>{file}: written by a newer version of the program (schema {schema})</source>
        <translation>{file}: записана более новой версией программы (схема {schema})</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="111" />
        <source>{file}: tables missing: {what}</source>
        <translation>{file}: нет таблиц: {what}</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="137" />
        <source>{file}: training session {code} has attendance on {days}, outside its dates</source>
        <translation>{file}: у обучения {code} отмечена посещаемость на {days}, вне его дат</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="65" />
        <source>{file}: damaged: {why}</source>
        <translation>{file}: база данных повреждена</translation>
    </message>
    <message>
        <location filename="../../app/storage/integrity.py" line="77" />
        <source>{file}: integrity: {why}</source>
        <translation>{file}: целостность: {why}</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="63" />
        <source>this SQLite file is not a GPAST Coordinator database; it was not changed</source>
        <translation>этот файл SQLite — не база данных GPAST Coordinator; он не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="67" />
        <source>this file holds what GPAST Coordinator never makes ({problems}); it was not opened and not changed</source>
        <translation>в файле есть то, чего GPAST Coordinator никогда не создаёт ({problems}); он не открыт и не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="59" />
        <source>not a GPAST Coordinator database, or damaged ({why}); it was not changed</source>
        <translation>не база данных GPAST Coordinator или повреждена; файл не изменён</translation>
    </message>
    <message>
        <location filename="../../app/storage/migrate.py" line="89" />
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli.py" line="39" />
        <source>GPAST Coordinator: log legislation, trainings and awareness campaigns against the five GPAST focus areas and print progress reports. Without a command, opens the desktop window.</source>
        <translation>GPAST Coordinator: учёт законодательства, обучения и информационных кампаний по пяти направлениям GPAST и печать отчётов. Без команды открывает окно программы.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="48" />
        <source>SQLite file path or SQLAlchemy URL (default: $GPAST_DB, else a file in the user's data folder)</source>
        <translation>путь к файлу SQLite или URL SQLAlchemy (по умолчанию $GPAST_DB, иначе файл в папке данных пользователя)</translation>
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
        <location filename="../../app/commands/attendance_documents.py" line="46" />
        <source>{out}: {days} sign-in sheet(s), {people} people</source>
        <translation>{out}: листов регистрации: {days}, человек: {people}</translation>
    </message>
    <message>
        <location filename="../../app/commands/attendance_documents.py" line="60" />
        <source>{out}: {n} certificate(s)</source>
        <translation>{out}: сертификатов: {n}</translation>
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
        <location filename="../../app/commands/backups.py" line="35" />
        <source>{path}: backup written</source>
        <translation>{path}: резервная копия записана</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="50" />
        <source>; the previous database was kept as {aside}</source>
        <translation>; прежняя база данных сохранена как {aside}</translation>
    </message>
    <message>
        <location filename="../../app/commands/backups.py" line="51" />
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
        <location filename="../../app/commands/bundles.py" line="48" />
        <source>{file}: would add {added}, change {updated} and delete {deleted} records; {conflicts} conflicts; nothing was changed</source>
        <translation>{file}: будет добавлено записей: {added}, изменено: {updated}, удалено: {deleted}; конфликтов: {conflicts}; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="68" />
        <source>{file}: {added} added, {updated} updated, {unchanged} unchanged, {deleted} deleted, {conflicts} conflicts</source>
        <translation>{file}: добавлено {added}, обновлено {updated}, без изменений {unchanged}, удалено {deleted}, конфликтов {conflicts}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="82" />
        <source>{n} attendance rows go with the deleted sessions and people</source>
        <translation>вместе с удаляемыми мероприятиями и людьми удаляется отметок посещаемости: {n}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="87" />
        <source>conflict: {what}</source>
        <translation>конфликт: {what}</translation>
    </message>
    <message>
        <location filename="../../app/commands/bundles.py" line="62" />
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
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <location filename="../../app/commands/indicators.py" line="50" />
        <source>GPAST indicators {start} – {end}</source>
        <translation>Показатели GPAST {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="13" />
        <source>check the database (integrity, foreign keys, schema); never writes</source>
        <translation>проверить базу данных (целостность, внешние ключи, схема); ничего не записывает</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="16" />
        <source>fill an empty database with realistic sample data</source>
        <translation>заполнить пустую базу данных примерами</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="44" />
        <source>{path}: ok (schema {revision}; {counts})</source>
        <translation>{path}: в порядке (схема {revision}; {counts})</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="77" />
        <source>{path}: added {summary}</source>
        <translation>{path}: добавлено {summary}</translation>
    </message>
    <message>
        <location filename="../../app/commands/maintenance.py" line="31" />
        <source>{path}: no such file</source>
        <translation>{path}: такого файла нет</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="9" />
        <source>write the PDF progress report for a period</source>
        <translation>записать PDF-отчёт о ходе работы за период</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="13" />
        <source>only these focus areas</source>
        <translation>только эти направления</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="14" />
        <source>the report's language</source>
        <translation>язык отчёта</translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="35" />
        <source>{out}: progress report {start} – {end} written</source>
        <translation>{out}: отчёт за {start} – {end} записан</translation>
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
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="114" />
        <source>Sign-in sheet {code} · {title}</source>
        <translation>Лист регистрации {code} · {title}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="158" />
        <source>Certificate of participation</source>
        <translation>Сертификат участника</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="161" />
        <source>This is to certify that</source>
        <translation>Настоящим удостоверяется, что</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="168" />
        <source>took part in the training</source>
        <translation>принял(а) участие в обучении</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="190" />
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="191" />
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="81" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="81" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="81" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="81" />
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="138" />
        <source>Certificates {code}</source>
        <translation>Сертификаты {code}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="53" />
        <source>Sign-in sheet {code}</source>
        <translation>Лист регистрации {code}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="71" />
        <source>Location: {location}    Organiser: {organiser}    Session: {dates}</source>
        <translation>Место: {location}    Организатор: {organiser}    Даты: {dates}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="145" />
        <source>{code}: nobody was present or late on any day, so there are no certificates.</source>
        <translation>{code}: никто не присутствовал ни в один день, поэтому сертификатов нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="174" />
        <source> · {hours} hours</source>
        <translation> · {hours} ч</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="196" />
        <source>Certificate No. {number}</source>
        <translation>Сертификат № {number}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="185" />
        <source>Organised by {organiser}</source>
        <translation>Организатор: {organiser}</translation>
    </message>
    <message>
        <location filename="../../app/reports/attendance_documents.py" line="66" />
        <source>day {n} of {days}</source>
        <translation>день {n} из {days}</translation>
    </message>
    <message>
        <location filename="../../app/reports/pdf_common.py" line="51" />
        <source>Page {page} of {total}</source>
        <translation>Страница {page} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="56" />
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="57" />
        <source>Submitted</source>
        <translation>Внесён</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="58" />
        <location filename="../../app/reports/progress_report.py" line="323" />
        <source>Adopted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="59" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="60" />
        <source>Repealed</source>
        <translation>Утратил силу</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="63" />
        <source>law</source>
        <translation>закон</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="64" />
        <source>amendment</source>
        <translation>поправка</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="65" />
        <source>decree</source>
        <translation>указ</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="66" />
        <source>regulation</source>
        <translation>постановление</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="67" />
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="68" />
        <source>treaty</source>
        <translation>договор</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="42" />
        <location filename="../../app/reports/report_graphics.py" line="18" />
        <location filename="../../app/reports/report_text.py" line="95" />
        <source>Legislative acts adopted</source>
        <translation>Принято нормативных актов</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="43" />
        <location filename="../../app/reports/progress_report.py" line="327" />
        <location filename="../../app/reports/report_graphics.py" line="19" />
        <source>Trainings held</source>
        <translation>Проведено обучений</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="44" />
        <location filename="../../app/reports/progress_report.py" line="287" />
        <location filename="../../app/reports/report_graphics.py" line="20" />
        <location filename="../../app/reports/report_text.py" line="105" />
        <source>Participants trained</source>
        <translation>Обучено участников</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="45" />
        <source>of whom women</source>
        <translation>из них женщин</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="46" />
        <location filename="../../app/reports/progress_report.py" line="346" />
        <location filename="../../app/reports/report_graphics.py" line="21" />
        <source>Campaigns launched</source>
        <translation>Начато кампаний</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="47" />
        <source>Campaign reach</source>
        <translation>Охват кампаний</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="50" />
        <source>of whom men</source>
        <translation>из них мужчин</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="51" />
        <source>Training hours</source>
        <translation>Часов обучения</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="52" />
        <source>People trained (each once)</source>
        <translation>Обучено человек (каждый один раз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="311" />
        <source>Legislation adopted</source>
        <translation>Принятые нормативные акты</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="115" />
        <source>GPAST progress report</source>
        <translation>Отчёт о ходе работы GPAST</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="147" />
        <source>GPAST progress report {period} · made {made}</source>
        <translation>Отчёт о ходе работы GPAST {period} · составлен {made}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="162" />
        <source>Progress report on countering trafficking in human beings</source>
        <translation>Отчёт о ходе работы по противодействию торговле людьми</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="165" />
        <source>Global Partnership against Slavery and Trafficking in Human Beings in the 21st century (GPAST)</source>
        <translation>Глобальное партнёрство против рабства и торговли людьми в XXI веке (GPAST)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="191" />
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="219" />
        <source>A record linked to several focus areas counts in each area row and once in the total, so the area rows may add up to more than the total. Participants trained counts each (session, person) pair where the person was present or late on at least one day.</source>
        <translation>Запись, связанная с несколькими направлениями, учитывается в строке каждого направления и один раз в итоге, поэтому сумма строк может быть больше итога. «Обучено участников» — пары «обучение, человек», где человек присутствовал или опоздал хотя бы в один день.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="280" />
        <source>Participants by sex</source>
        <translation>Участники по полу</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="366" />
        <location filename="../../app/reports/report_text.py" line="136" />
        <source>Legislation in the pipeline</source>
        <translation>Нормативные акты в разработке</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="388" />
        <source>How the figures are counted</source>
        <translation>Как считаются показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="127" />
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="192" />
        <source>Focus area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="266" />
        <source>previous: {period}</source>
        <translation>предыдущий: {period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="323" />
        <location filename="../../app/reports/progress_report.py" line="341" />
        <location filename="../../app/reports/progress_report.py" line="358" />
        <location filename="../../app/reports/progress_report.py" line="380" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="323" />
        <location filename="../../app/reports/progress_report.py" line="380" />
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="323" />
        <location filename="../../app/reports/progress_report.py" line="380" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="341" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="341" />
        <location filename="../../app/reports/progress_report.py" line="358" />
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="341" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="341" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="341" />
        <location filename="../../app/reports/progress_report.py" line="284" />
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="358" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="358" />
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="368" />
        <source>No legislation is in draft or submitted.</source>
        <translation>Нет нормативных актов в статусе проекта.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="380" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="175" />
        <source>Period: {period}</source>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="179" />
        <source>Focus areas: {areas}</source>
        <translation>Направления: {areas}</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="183" />
        <source>Made on {date} with GPAST Coordinator</source>
        <translation>Составлен {date} в программе GPAST Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="201" />
        <source>Total (each record once)</source>
        <translation>Итого (каждая запись один раз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="254" />
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="254" />
        <source>Figure</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="254" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="254" />
        <source>Progress</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="273" />
        <source>This period and the previous one</source>
        <translation>Этот период и предыдущий</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="285" />
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="286" />
        <source>Other or not stated</source>
        <translation>Другой или не указан</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="288" />
        <source>People (each once)</source>
        <translation>Человек (каждый один раз)</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="309" />
        <source>None in this period.</source>
        <translation>За период нет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="133" />
        <source>Nothing was recorded for this period: no legislation adopted, no training session started and no campaign launched between {start} and {end}.</source>
        <translation>За этот период ничего не записано: с {start} по {end} не принято ни одного нормативного акта, не начато ни одного обучения и ни одной кампании.</translation>
    </message>
    <message>
        <location filename="../../app/reports/progress_report.py" line="237" />
        <source>Against the {year} targets (1 January – {end})</source>
        <translation>Выполнение целевых показателей {year} года (1 января – {end})</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="53" />
        <source>Criminalisation of trafficking</source>
        <translation>Криминализация торговли людьми</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="54" />
        <source>Countering demand</source>
        <translation>Противодействие спросу</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="55" />
        <source>Protection and reintegration of victims</source>
        <translation>Защита и реинтеграция жертв</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="56" />
        <source>Eradicating root causes</source>
        <translation>Устранение коренных причин</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="57" />
        <source>National capacity-building</source>
        <translation>Укрепление национального потенциала</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="60" />
        <source>Legal bans on trafficking and on the forced labour of minors, sexual slavery and trade in human organs; tighter responsibility for activities conducive to trafficking; prosecution of traffickers.</source>
        <translation>Правовые запреты торговли людьми, принудительного труда несовершеннолетних, сексуального рабства и торговли органами человека; усиление ответственности за деятельность, способствующую торговле людьми; уголовное преследование торговцев людьми.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="65" />
        <source>Countering and curtailing the demand for trafficked victims and the commercial activities that foster it.</source>
        <translation>Противодействие и сокращение спроса на жертв торговли людьми и коммерческой деятельности, которая его поощряет.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="69" />
        <source>The status and protection of victims, shelters, referral and reintegration, with policies targeting women, children and other groups.</source>
        <translation>Статус и защита жертв, приюты, перенаправление и реинтеграция; меры, направленные на женщин, детей и другие группы.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="73" />
        <source>The social and economic causes of trafficking: poverty, unemployment, lack of equal opportunity; information on travelling and working abroad.</source>
        <translation>Социальные и экономические причины торговли людьми: бедность, безработица, отсутствие равных возможностей; информирование о поездках и работе за рубежом.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="77" />
        <source>Special law-enforcement units and the training of police, prosecutors, judges, border guards and social workers to suppress trafficking and related criminal networks.</source>
        <translation>Специальные подразделения правоохранительных органов и обучение сотрудников полиции, прокуроров, судей, пограничников и социальных работников.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="88" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="89" />
        <source>Both the first and the last day of the period are included. The previous period used for comparison has the same number of days and ends the day before.</source>
        <translation>Первый и последний день периода включаются. Предыдущий период для сравнения имеет то же число дней и заканчивается накануне.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="96" />
        <source>Legislation whose adoption date falls in the period.</source>
        <translation>Нормативные акты, дата принятия которых приходится на период.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="99" />
        <source>Trainings held and training hours</source>
        <translation>Проведённые обучения и часы обучения</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="100" />
        <source>Training sessions whose start date falls in the period, and the sum of their hours.</source>
        <translation>Обучения, дата начала которых приходится на период, и сумма их часов.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="106" />
        <source>For those sessions, the pairs of session and person where the person was present or late on at least one day. A person at two sessions counts twice; 'people trained' counts each person once. Excused and absent never count. 'Of whom women' counts the pairs whose person is recorded as female; men likewise; other and not stated make up the rest.</source>
        <translation>Для этих обучений — пары «обучение, человек», где человек присутствовал или опоздал хотя бы в один день. Человек на двух обучениях учитывается дважды; «обучено человек» учитывает каждого один раз. Отсутствие, в том числе по уважительной причине, не учитывается. «Из них женщин» — пары, где пол человека указан как женский; мужчин — аналогично; остальное — другой или не указанный пол.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="115" />
        <source>Campaigns launched and reach</source>
        <translation>Начатые кампании и охват</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="116" />
        <source>Awareness campaigns whose start date falls in the period, and the sum of their estimated reach (people).</source>
        <translation>Информационные кампании, дата начала которых приходится на период, и сумма их оценочного охвата (человек).</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="122" />
        <source>Focus areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="123" />
        <source>A record counts in every focus area it is linked to, so the area rows may add up to more than the Total row, which counts each record once.</source>
        <translation>Запись учитывается в каждом направлении, с которым она связана, поэтому сумма строк направлений может быть больше строки «Итого», где каждая запись учитывается один раз.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="129" />
        <source>Targets</source>
        <translation>Целевые показатели</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="130" />
        <source>Progress compares the actual figure for the target's calendar year, from 1 January up to the report's last day, with the national action plan's target.</source>
        <translation>Выполнение — это фактическое значение за календарный год показателя, с 1 января по последний день отчёта, по сравнению с целевым значением национального плана действий.</translation>
    </message>
    <message>
        <location filename="../../app/reports/report_text.py" line="137" />
        <source>Legislation whose status is draft or submitted when the report is made.</source>
        <translation>Нормативные акты со статусом «проект» или «внесён» на момент составления отчёта.</translation>
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
        <location filename="../../app/services/spreadsheets/templates.py" line="29" />
        <source>a day of the session; empty: every day of the session</source>
        <translation>день занятия; пусто — все дни занятия</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="30" />
        <source>the code of an existing training session</source>
        <translation>код существующего обучения</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="31" />
        <source>one focus area: slug or English name</source>
        <translation>одно направление: slug или английское название</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="34" />
        <source>GPAST Coordinator: how to fill this sheet</source>
        <translation>GPAST Coordinator: как заполнять этот лист</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="35" />
        <source>One record a row under the header. Columns marked * are required. Do not rename or add columns: an unknown column stops the import.</source>
        <translation>Одна запись в строке под заголовком. Столбцы со * обязательны. Не переименовывайте и не добавляйте столбцы: неизвестный столбец останавливает импорт.</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="39" />
        <source>The import is all or nothing: if any row has a problem, nothing is imported and every problem is listed by row and column. Importing the same file twice changes nothing the second time.</source>
        <translation>Импорт выполняется целиком или не выполняется: если в какой-либо строке есть ошибка, ничего не импортируется, а все ошибки перечисляются по строкам и столбцам. Повторный импорт того же файла ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="45" />
        <source>Instructions</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="44" />
        <source>column</source>
        <translation>столбец</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="44" />
        <source>what to enter</source>
        <translation>что вводить</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="75" />
        <source>optional; {what}</source>
        <translation>необязательно; {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="70" />
        <source>one of: {choices}</source>
        <translation>одно из: {choices}</translation>
    </message>
    <message>
        <location filename="../../app/services/spreadsheets/templates.py" line="74" />
        <source>required; {what}</source>
        <translation>обязательно; {what}</translation>
    </message>
</context>
</TS>