<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved: the database does not answer. Your change was not written; try again when the connection is back.</source>
        <translation>Не сохранено: база данных не отвечает. Изменение не записано; повторите, когда связь восстановится.</translation>
    </message>
</context>
<context>
    <name>BoardItemModel</name>
    <message>
        <source>Assignee: %s</source>
        <translation>Исполнитель: %s</translation>
    </message>
    <message>
        <source>Owner: %s</source>
        <translation>Ответственный: %s</translation>
    </message>
    <message>
        <source>Lost: %s</source>
        <translation>Проиграна: %s</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Chose a cheaper offer</source>
        <translation>Выбрали более дешёвое предложение</translation>
    </message>
    <message>
        <source>Budget frozen</source>
        <translation>Бюджет заморожен</translation>
    </message>
    <message>
        <source>No answer after the quote</source>
        <translation>Нет ответа после коммерческого предложения</translation>
    </message>
    <message>
        <source>Deadline too tight</source>
        <translation>Слишком сжатые сроки</translation>
    </message>
    <message>
        <source>Did it themselves</source>
        <translation>Сделали сами</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Отметить проигранной</translation>
    </message>
    <message numerus="yes">
        <source>Why was it lost? (%n deal(s))</source>
        <translation>
            <numerusform>Почему проиграна? (%n сделка)</numerusform>
            <numerusform>Почему проиграны? (%n сделки)</numerusform>
            <numerusform>Почему проиграны? (%n сделок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Who takes it?</source>
        <translation>Кто возьмёт?</translation>
    </message>
    <message>
        <source>Tier 1 is production: who does the work?</source>
        <translation>Уровень 1 — это производство: кто будет выполнять работу?</translation>
    </message>
    <message>
        <source>No deals yet — Ctrl+N makes one, File → Import… brings them from another CRM</source>
        <translation>Сделок пока нет — Ctrl+N создаёт новую, Файл → Импорт… переносит их из другой CRM</translation>
    </message>
    <message>
        <source>Search title or client</source>
        <translation>Поиск по названию или клиенту</translation>
    </message>
    <message>
        <source>Drag a card onto a column of the board to bring it back.</source>
        <translation>Перетащите карточку в столбец доски, чтобы вернуть её.</translation>
    </message>
    <message>
        <source>Filter by title or client  (Ctrl+F)</source>
        <translation>Фильтр по названию или клиенту  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Only deals I own or work on</source>
        <translation>Только сделки, где я ответственный или исполнитель</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>A new deal in Incoming (Ctrl+N)</source>
        <translation>Новая сделка во входящих (Ctrl+N)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Ничего не подходит под фильтр</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)  ·  %s  ·  %s effort</source>
        <translation>
            <numerusform>%n сделка  ·  %s  ·  трудоёмкость %s</numerusform>
            <numerusform>%n сделки  ·  %s  ·  трудоёмкость %s</numerusform>
            <numerusform>%n сделок  ·  %s  ·  трудоёмкость %s</numerusform>
        </translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никому</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>Archive — %s</source>
        <translation>Архив — %s</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>%s effort · weighted %s</source>
        <translation>трудоёмкость %s · взвешенно %s</translation>
    </message>
    <message>
        <source>%s effort</source>
        <translation>трудоёмкость %s</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), %s, %s effort, weighted %s</source>
        <translation>
            <numerusform>%n сделка, %s, трудоёмкость %s, взвешенно %s</numerusform>
            <numerusform>%n сделки, %s, трудоёмкость %s, взвешенно %s</numerusform>
            <numerusform>%n сделок, %s, трудоёмкость %s, взвешенно %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lose %n deal(s)</source>
        <translation>
            <numerusform>Проиграть %n сделку</numerusform>
            <numerusform>Проиграть %n сделки</numerusform>
            <numerusform>Проиграть %n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>%s — done by %s</source>
        <translation>%s — закончит к %s</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
    <message>
        <source>weighted %s</source>
        <translation>взвешенно %s</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n deal(s) to %s</source>
        <translation>
            <numerusform>Назначить %n сделку: %s</numerusform>
            <numerusform>Назначить %n сделки: %s</numerusform>
            <numerusform>Назначить %n сделок: %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s)</source>
        <translation>
            <numerusform>Удалить %n сделку</numerusform>
            <numerusform>Удалить %n сделки</numerusform>
            <numerusform>Удалить %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete %n deal(s)</source>
        <translation>
            <numerusform>Завершить %n сделку</numerusform>
            <numerusform>Завершить %n сделки</numerusform>
            <numerusform>Завершить %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revive %n deal(s)</source>
        <translation>
            <numerusform>Вернуть %n сделку</numerusform>
            <numerusform>Вернуть %n сделки</numerusform>
            <numerusform>Вернуть %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reorder %n deal(s)</source>
        <translation>
            <numerusform>Изменить порядок: %n сделка</numerusform>
            <numerusform>Изменить порядок: %n сделки</numerusform>
            <numerusform>Изменить порядок: %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n deal(s) to %s</source>
        <translation>
            <numerusform>Переместить %n сделку → %s</numerusform>
            <numerusform>Переместить %n сделки → %s</numerusform>
            <numerusform>Переместить %n сделок → %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Would finish</source>
        <translation>Завершит</translation>
    </message>
    <message>
        <source>Free from</source>
        <translation>Свободен с</translation>
    </message>
    <message>
        <source>After the due date %s</source>
        <translation>После срока %s</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%s old</source>
        <translation>возраст %s</translation>
    </message>
    <message>
        <source>waiting %s</source>
        <translation>ждёт %s</translation>
    </message>
    <message>
        <source>due %s · %s old</source>
        <translation>срок %s · возр. %s</translation>
    </message>
    <message>
        <source>due %s</source>
        <translation>срок %s</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Трудоёмкость</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Changed by somebody else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>this deal</source>
        <translation>эта сделка</translation>
    </message>
    <message>
        <source>Somebody else saved a change to “%s” while you were working on it, so your change was not saved. Their version is now in the database.</source>
        <translation>Другой пользователь сохранил изменение в сделке «%s», пока вы с ней работали, поэтому ваше изменение не сохранено. В базе данных теперь его версия.</translation>
    </message>
    <message>
        <source>Somebody else changed the same deal at the same moment, so your change was not saved. Reload to see their version, then make your change again.</source>
        <translation>Другой пользователь изменил эту же сделку в тот же момент, поэтому ваше изменение не сохранено. Обновите данные, чтобы увидеть его версию, и внесите изменение снова.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Их версия (сохранена)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ваша версия (не сохранена)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Загрузить их версию</translation>
    </message>
    <message>
        <source>&amp;Keep my screen as it is</source>
        <translation>&amp;Оставить экран как есть</translation>
    </message>
    <message>
        <source>Reloading shows their version; make your change again on it.</source>
        <translation>После обновления будет показана их версия; внесите изменение снова поверх неё.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>The database does not answer — retrying…</source>
        <translation>База данных не отвечает — повторная попытка…</translation>
    </message>
    <message>
        <source>What is on screen stays readable. Changes are refused until the connection returns; nothing half-done is saved.</source>
        <translation>Данные на экране остаются доступны для просмотра. Изменения не принимаются, пока связь не восстановится; ничего не сохраняется наполовину.</translation>
    </message>
    <message>
        <source>The database does not answer — trying again now…</source>
        <translation>База данных не отвечает — пробуем снова…</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to database</source>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>A file on this computer (one person)</source>
        <translation>Файл на этом компьютере (один пользователь)</translation>
    </message>
    <message>
        <source>A PostgreSQL server (a team working together)</source>
        <translation>Сервер PostgreSQL (совместная работа команды)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Хранить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Режим &amp;SSL:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Tierboard database (*.sqlite3 *.db);;All files (*)</source>
        <translation>База данных Tierboard (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Подключение к %s…</translation>
    </message>
    <message>
        <source>Tierboard</source>
        <translation>Tierboard</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Connect to another database…</source>
        <translation>&amp;Подключиться к другой базе данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%s — unexpected error</source>
        <translation>%s — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong that Tierboard did not expect.&lt;/b&gt;&lt;br&gt;The action you were doing may not have finished; what was saved before it is safe. You can go on working.</source>
        <translation>&lt;b&gt;Произошла ошибка, которой Tierboard не ожидал.&lt;/b&gt;&lt;br&gt;Действие, которое вы выполняли, могло не завершиться; всё, что было сохранено до него, в сохранности. Можно продолжать работу.</translation>
    </message>
    <message>
        <source>What happened: %s</source>
        <translation>Что произошло: %s</translation>
    </message>
    <message>
        <source>The details are also in the log file:&lt;br&gt;%s</source>
        <translation>Подробности записаны также в журнал:&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Effort, hours</source>
        <translation>Трудоёмкость, ч</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Finished on</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>Почему проиграна</translation>
    </message>
    <message>
        <source>Type a name: a new client is added</source>
        <translation>Введите название: будет добавлен новый клиент</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— никто —</translation>
    </message>
    <message>
        <source>Tier: %s</source>
        <translation>Уровень: %s</translation>
    </message>
    <message>
        <source>2026-12-31 or 31.12.2026</source>
        <translation>31.12.2026 или 2026-12-31</translation>
    </message>
    <message>
        <source>Edit “%s”</source>
        <translation>Изменить «%s»</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop cards here to mark them %s; click to open the archive</source>
        <translation>Перетащите сюда карточки, чтобы перевести их в «%s»; щёлкните, чтобы открыть архив</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Dry run</source>
        <translation>Пробный прогон</translation>
    </message>
    <message>
        <source>Nothing is written yet. Rows that would not import are listed with their line and the reason.</source>
        <translation>Пока ничего не записано. Строки, которые не будут импортированы, перечислены с номером строки и причиной.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>%1 of %2 rows would be imported; %3 would not.</source>
        <translation>Будет импортировано строк: %1 из %2; не будет: %3.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported: %s</source>
        <translation>Ничего не импортировано: %s</translation>
    </message>
</context>
<context>
    <name>EffortPage</name>
    <message>
        <source>Estimate the effort</source>
        <translation>Оценка трудоёмкости</translation>
    </message>
    <message>
        <source>The load chart needs hours. Where a row gives none, the effort can be estimated as amount ÷ hourly rate.</source>
        <translation>Графику загрузки нужны часы. Где в строке их нет, трудоёмкость можно оценить как сумму ÷ часовую ставку.</translation>
    </message>
    <message>
        <source>do not estimate</source>
        <translation>не оценивать</translation>
    </message>
    <message>
        <source>Hourly rate:</source>
        <translation>Часовая ставка:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) give no hours in the effort column.</source>
        <translation>
            <numerusform>В %n строке нет часов в столбце трудоёмкости.</numerusform>
            <numerusform>В %n строках нет часов в столбце трудоёмкости.</numerusform>
            <numerusform>В %n строках нет часов в столбце трудоёмкости.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has no effort column: all %n row(s) need an estimate.</source>
        <translation>
            <numerusform>В файле нет столбца трудоёмкости: оценка нужна для %n строки.</numerusform>
            <numerusform>В файле нет столбца трудоёмкости: оценка нужна для всех %n строк.</numerusform>
            <numerusform>В файле нет столбца трудоёмкости: оценка нужна для всех %n строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export deals</source>
        <translation>Экспорт сделок</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, через запятую (*.csv)</translation>
    </message>
    <message>
        <source>%1 deals exported to %2</source>
        <translation>Выгружено сделок: %1 — в %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file exported from another CRM or kept as a spreadsheet.</source>
        <translation>Файл CSV или Excel (.xlsx), выгруженный из другой CRM или ведущийся как таблица.</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Путь к файлу .csv или .xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Detect from the file's columns</source>
        <translation>Определить по столбцам файла</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Импорт сделок</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Таблицы (*.csv *.tsv *.txt *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>FirmSettingsDialog</name>
    <message>
        <source>Firm settings</source>
        <translation>Настройки фирмы</translation>
    </message>
    <message>
        <source>These settings are shared by everybody who works in this database.</source>
        <translation>Эти настройки общие для всех, кто работает с этой базой данных.</translation>
    </message>
    <message>
        <source>Chance to win, by tier</source>
        <translation>Вероятность выигрыша по уровням</translation>
    </message>
    <message>
        <source>Deadlines and planning</source>
        <translation>Сроки и планирование</translation>
    </message>
    <message>
        <source>Answer incoming within:</source>
        <translation>Отвечать на входящие в течение:</translation>
    </message>
    <message>
        <source>A new request shows as late after this many working hours</source>
        <translation>Новый запрос считается просроченным через столько рабочих часов</translation>
    </message>
    <message>
        <source>Working day starts at:</source>
        <translation>Рабочий день начинается в:</translation>
    </message>
    <message>
        <source>Working day ends at:</source>
        <translation>Рабочий день заканчивается в:</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>The currency of a new deal; a three-letter code such as RUB</source>
        <translation>Валюта новой сделки; трёхбуквенный код, например RUB</translation>
    </message>
    <message>
        <source>Forecast horizon:</source>
        <translation>Горизонт прогноза:</translation>
    </message>
    <message>
        <source>Focus advisor looks ahead:</source>
        <translation>Советник смотрит вперёд на:</translation>
    </message>
    <message>
        <source>Hiring advice</source>
        <translation>Совет о найме</translation>
    </message>
    <message>
        <source>Load above capacity by:</source>
        <translation>Загрузка выше мощности на:</translation>
    </message>
    <message>
        <source>For at least:</source>
        <translation>Не менее:</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Праздничные дни</translation>
    </message>
    <message>
        <source>Name, such as New Year</source>
        <translation>Название, например Новый год</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Weighted amounts count a deal in this tier at this share</source>
        <translation>Во взвешенных суммах сделка этого уровня учитывается с этой долей</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>рабочих часов</translation>
    </message>
    <message>
        <source>For deals without a close date: this many days from today</source>
        <translation>Для сделок без даты закрытия: столько дней от сегодняшнего дня</translation>
    </message>
    <message>
        <source>Tier %s:</source>
        <translation>Уровень %s:</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>Expected close, tier %s:</source>
        <translation>Ожидаемое закрытие, уровень %s:</translation>
    </message>
    <message>
        <source>weeks in a row</source>
        <translation>нед. подряд</translation>
    </message>
    <message>
        <source>Saved when you press OK</source>
        <translation>Сохраняется при нажатии OK</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>%s is already a holiday</source>
        <translation>%s уже отмечен как праздник</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
</context>
<context>
    <name>ForecastTableModel</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Tier 1</source>
        <translation>Уровень 1</translation>
    </message>
    <message>
        <source>0.9</source>
        <translation>0.9</translation>
    </message>
    <message>
        <source>0.5</source>
        <translation>0.5</translation>
    </message>
    <message>
        <source>0.1</source>
        <translation>0.1</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Load %</source>
        <translation>Загрузка, %</translation>
    </message>
    <message>
        <source>Committed revenue</source>
        <translation>Гарантированная выручка</translation>
    </message>
    <message>
        <source>Weighted revenue</source>
        <translation>Взвешенная выручка</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <source>Look for orders · tier 1 fills %(share)s</source>
        <translation>Ищите заказы · уровень 1 заполняет %(share)s</translation>
    </message>
    <message>
        <source>Produce · tier 1 needs %(share)s of capacity</source>
        <translation>Производите · уровню 1 нужно %(share)s мощности</translation>
    </message>
    <message>
        <source>Produce, push 0.9 · tier 1 fills %(share)s</source>
        <translation>Производите и дожимайте 0.9 · уровень 1 заполняет %(share)s</translation>
    </message>
    <message>
        <source>Nobody has working hours</source>
        <translation>Ни у кого нет рабочих часов</translation>
    </message>
    <message>
        <source>%(name)s · done by %(finish)s</source>
        <translation>%(name)s · закончит к %(finish)s</translation>
    </message>
    <message>
        <source>Nobody free</source>
        <translation>Никто не свободен</translation>
    </message>
    <message>
        <source>%(name)s · free from %(finish)s</source>
        <translation>%(name)s · свободен с %(finish)s</translation>
    </message>
    <message>
        <source>Nobody free within the horizon</source>
        <translation>В пределах горизонта никто не свободен</translation>
    </message>
    <message>
        <source>%(revenue_low)s – %(revenue_high)s</source>
        <translation>%(revenue_low)s – %(revenue_high)s</translation>
    </message>
    <message>
        <source>Hire · %(weeks)s weeks over capacity</source>
        <translation>Нанимайте · %(weeks)s нед. сверх мощности</translation>
    </message>
    <message>
        <source>Idle capacity · %(spare)s a week free</source>
        <translation>Простой · свободно %(spare)s в неделю</translation>
    </message>
    <message>
        <source>No need to hire</source>
        <translation>Нанимать не нужно</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>Observed probabilities</source>
        <translation>Наблюдаемые вероятности</translation>
    </message>
    <message>
        <source>Weigh each tier by the share of its deals the firm actually won, instead of the nominal 0.9, 0.5 and 0.1</source>
        <translation>Взвешивать каждый уровень долей его сделок, которые фирма действительно выиграла, вместо номинальных 0.9, 0.5 и 0.1</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Make the forecast as if today were a past day, and compare it with what happened</source>
        <translation>Построить прогноз так, как если бы сегодня был прошедший день, и сравнить его с тем, что произошло</translation>
    </message>
    <message>
        <source>Chart: hours</source>
        <translation>График: часы</translation>
    </message>
    <message>
        <source>Chart: revenue</source>
        <translation>График: выручка</translation>
    </message>
    <message>
        <source>Chart PNG…</source>
        <translation>График в PNG…</translation>
    </message>
    <message>
        <source>Chart PDF…</source>
        <translation>График в PDF…</translation>
    </message>
    <message>
        <source>Table CSV…</source>
        <translation>Таблица в CSV…</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Горизонт:</translation>
    </message>
    <message>
        <source>Tier 1 (committed)</source>
        <translation>Уровень 1 (в работе)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мощность</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Learned probabilities</source>
        <translation>Вероятности по истории</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Ретроспектива</translation>
    </message>
    <message>
        <source>Computing the forecast…</source>
        <translation>Расчёт прогноза…</translation>
    </message>
    <message>
        <source>The forecast could not be computed: %s</source>
        <translation>Не удалось рассчитать прогноз: %s</translation>
    </message>
    <message>
        <source>week of %s</source>
        <translation>неделя с %s</translation>
    </message>
    <message>
        <source>mixed currencies (%s) added as they are, shown in %s</source>
        <translation>разные валюты (%s) сложены без пересчёта, показаны в %s</translation>
    </message>
    <message>
        <source>observed shares</source>
        <translation>наблюдаемым долям</translation>
    </message>
    <message>
        <source>nominal probabilities</source>
        <translation>номинальным вероятностям</translation>
    </message>
    <message>
        <source>As of %s, with %s (%s)</source>
        <translation>На %s, по %s (%s)</translation>
    </message>
    <message>
        <source>From today, %s, with %s (%s)</source>
        <translation>С сегодняшнего дня, %s, по %s (%s)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Номинальная</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдаемая</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ещё открыто</translation>
    </message>
    <message>
        <source>Median days to won</source>
        <translation>Медиана дней до выигрыша</translation>
    </message>
    <message>
        <source>(too few)</source>
        <translation>(слишком мало)</translation>
    </message>
    <message>
        <source>Carousels: %s of %s lost deals came back, a median of %s days after the loss; %s of them were then won. A lost deal later won counts as won from the tier it was revived into.</source>
        <translation>Возвраты: %s из %s проигранных сделок вернулись, медиана — %s дн. после проигрыша; %s из них затем выиграны. Проигранная сделка, выигранная позже, считается выигранной с того уровня, на который её вернули.</translation>
    </message>
    <message>
        <source>Tick “As of” and pick a past day to set the forecast made that day beside what was actually won and worked afterwards.</source>
        <translation>Отметьте «На дату» и выберите прошедший день, чтобы сравнить прогноз того дня с тем, что было затем фактически выиграно и отработано.</translation>
    </message>
    <message>
        <source>Tier then</source>
        <translation>Уровень тогда</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Expected (nominal)</source>
        <translation>Ожидалось (номинально)</translation>
    </message>
    <message>
        <source>Expected (observed)</source>
        <translation>Ожидалось (по наблюдениям)</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Выигранная сумма</translation>
    </message>
    <message>
        <source>The forecast of %s beside what happened until %s. Expected from the pipeline: %s (nominal) or %s (observed); actually won: %s, and %s more from %s deals that arrived later. Hours: forecast %s (nominal) or %s (observed); worked about %s.</source>
        <translation>Прогноз на %s в сравнении с тем, что произошло до %s. Ожидалось из воронки: %s (номинально) или %s (по наблюдениям); фактически выиграно: %s, и ещё %s из %s сделок, поступивших позже. Часы: прогноз %s (номинально) или %s (по наблюдениям); отработано около %s.</translation>
    </message>
    <message>
        <source>Tierboard forecast</source>
        <translation>Прогноз Tierboard</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Сохранить таблицу</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <source>Check how the file was read</source>
        <translation>Проверьте, как прочитан файл</translation>
    </message>
    <message>
        <source>Detected from the file; change a choice if the preview looks wrong.</source>
        <translation>Определено по файлу; измените выбор, если предпросмотр выглядит неправильно.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma (1 234,50)</source>
        <translation>Числа с десятичной запятой (1 234,50)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>no date columns mapped yet</source>
        <translation>столбцы дат ещё не сопоставлены</translation>
    </message>
    <message>
        <source>Guessed per column (%s)</source>
        <translation>Определяется по каждому столбцу (%s)</translation>
    </message>
    <message>
        <source>All dates like %s</source>
        <translation>Все даты в виде %s</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Assignee: %s</source>
        <translation>Исполнитель: %s</translation>
    </message>
    <message>
        <source>beyond the horizon</source>
        <translation>за горизонтом</translation>
    </message>
    <message>
        <source>Planned: %s</source>
        <translation>План: %s</translation>
    </message>
    <message>
        <source>Likely (tier 0.9): %s weighted</source>
        <translation>Вероятно (уровень 0.9): %s с учётом вероятности</translation>
    </message>
    <message>
        <source>Effort: %s</source>
        <translation>Трудоёмкость: %s</translation>
    </message>
    <message>
        <source>Fixed dates</source>
        <translation>Фиксированные даты</translation>
    </message>
    <message>
        <source>Due: %s</source>
        <translation>Срок: %s</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>опоздание на %n день</numerusform>
            <numerusform>опоздание на %n дня</numerusform>
            <numerusform>опоздание на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Week of %s</source>
        <translation>Неделя с %s</translation>
    </message>
    <message>
        <source>Booked %s of %s</source>
        <translation>Занято %s из %s</translation>
    </message>
    <message>
        <source>Over capacity: %s</source>
        <translation>Сверх мощности: %s</translation>
    </message>
    <message>
        <source>Free: %s</source>
        <translation>Свободно: %s</translation>
    </message>
    <message>
        <source>Likely (0.9, weighted): %s</source>
        <translation>Вероятно (0.9, взвешенно): %s</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import deals</source>
        <translation>Импорт сделок</translation>
    </message>
    <message>
        <source>Id in the file</source>
        <translation>Идентификатор в файле</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Status (won/lost/open)</source>
        <translation>Статус (выиграна/проиграна/открыта)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Effort, hours</source>
        <translation>Трудоёмкость, ч</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Tierboard id</source>
        <translation>Идентификатор Tierboard</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The database server %s does not answer: %s</source>
        <translation>Сервер базы данных %s не отвечает: %s</translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Free from</source>
        <translation>Свободен с</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Hours booked / capacity in the week of %s (this week: from today)</source>
        <translation>Занятые часы / мощность на неделе с %s (эта неделя — с сегодняшнего дня)</translation>
    </message>
    <message>
        <source>%s: %s a week</source>
        <translation>%s: %s в неделю</translation>
    </message>
    <message>
        <source>The first working day after all committed work</source>
        <translation>Первый рабочий день после всей работы, взятой в производство</translation>
    </message>
    <message>
        <source>Not working this week</source>
        <translation>Не работает на этой неделе</translation>
    </message>
    <message>
        <source>Booked %s of %s</source>
        <translation>Занято %s из %s</translation>
    </message>
    <message>
        <source>Over capacity: +%s%s</source>
        <translation>Сверх мощности: +%s%s</translation>
    </message>
    <message>
        <source>Free: %s</source>
        <translation>Свободно: %s</translation>
    </message>
    <message>
        <source>Likely (0.9, weighted): %s</source>
        <translation>Вероятно (0.9, взвешенно): %s</translation>
    </message>
</context>
<context>
    <name>LoadView</name>
    <message>
        <source>Show likely load (0.9)</source>
        <translation>Показать вероятную загрузку (0.9)</translation>
    </message>
    <message>
        <source>Deals in tier 0.9 with an assignee, weighted by the probability, laid after the committed work</source>
        <translation>Сделки уровня 0.9 с исполнителем, взвешенные по вероятности и размещённые после работы в производстве</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Show more days (Ctrl+wheel zooms too)</source>
        <translation>Показать больше дней (также Ctrl+колесо мыши)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Show fewer days</source>
        <translation>Показать меньше дней</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>An open deal nobody is assigned to yet</source>
        <translation>Открытая сделка, у которой ещё нет исполнителя</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Hours booked / capacity, per week</source>
        <translation>Занятые часы / мощность по неделям</translation>
    </message>
    <message>
        <source>Who takes it</source>
        <translation>Кто возьмёт</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>fixed dates</source>
        <translation>фиксированные даты</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>вероятные</translation>
    </message>
    <message>
        <source>time off, holiday</source>
        <translation>отпуск, праздник</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>нерабочее время</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>перегрузка</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deals in production</source>
        <translation>
            <numerusform>%n сделка в работе</numerusform>
            <numerusform>%n сделки в работе</numerusform>
            <numerusform>%n сделок в работе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n просрочена</numerusform>
            <numerusform>%n просрочены</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n с перегрузкой</numerusform>
            <numerusform>%n с перегрузкой</numerusform>
            <numerusform>%n с перегрузкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) of people no longer active: reassign them</source>
        <translation>
            <numerusform>%n сделка у тех, кто больше не работает: передайте её</numerusform>
            <numerusform>%n сделки у тех, кто больше не работает: передайте их</numerusform>
            <numerusform>%n сделок у тех, кто больше не работает: передайте их</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick an unassigned deal…</source>
        <translation>Выберите сделку без исполнителя…</translation>
    </message>
    <message>
        <source>Pick a deal to see who could finish it first, given their queue and calendar.</source>
        <translation>Выберите сделку, чтобы увидеть, кто закончит её раньше всех с учётом очереди и календаря.</translation>
    </message>
    <message>
        <source>, due %s</source>
        <translation>, срок %s</translation>
    </message>
    <message>
        <source>Effort %s%s. Earliest finish first:</source>
        <translation>Трудоёмкость %s%s. Сначала те, кто закончит раньше:</translation>
    </message>
    <message>
        <source>Assign to %s</source>
        <translation>Назначить: %s</translation>
    </message>
    <message>
        <source>Give “%s” to %s</source>
        <translation>Передать «%s» сотруднику %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузка</translation>
    </message>
    <message>
        <source>&amp;Forecast</source>
        <translation>&amp;Прогноз</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Export view to &amp;PDF…</source>
        <translation>Экспорт вида в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export view to P&amp;NG…</source>
        <translation>Экспорт вида в P&amp;NG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Export &amp;deals…</source>
        <translation>Экспорт &amp;сделок…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>&amp;About Tierboard</source>
        <translation>&amp;О программе Tierboard</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Новая сделка…</translation>
    </message>
    <message>
        <source>&amp;Filter the board</source>
        <translation>&amp;Фильтр доски</translation>
    </message>
    <message>
        <source>Board as &amp;columns</source>
        <translation>Доска &amp;столбцами</translation>
    </message>
    <message>
        <source>Board as one &amp;list</source>
        <translation>Доска одним с&amp;писком</translation>
    </message>
    <message>
        <source>F&amp;irm</source>
        <translation>Фи&amp;рма</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Команда…</translation>
    </message>
    <message>
        <source>Firm &amp;settings…</source>
        <translation>&amp;Настройки фирмы…</translation>
    </message>
    <message>
        <source>This view is not available in this build.</source>
        <translation>Этот вид недоступен в данной сборке.</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Сохранено: %s</translation>
    </message>
    <message>
        <source>Could not write %s: check the folder and its permissions</source>
        <translation>Не удалось записать %s: проверьте папку и права на неё</translation>
    </message>
    <message>
        <source>Export to PNG</source>
        <translation>Экспорт в PNG</translation>
    </message>
    <message>
        <source>Not done — %s: %s</source>
        <translation>Не выполнено — %s: %s</translation>
    </message>
    <message>
        <source>Not done — %s</source>
        <translation>Не выполнено — %s</translation>
    </message>
    <message>
        <source>The log is in %s</source>
        <translation>Журнал находится в папке %s</translation>
    </message>
    <message>
        <source>About Tierboard</source>
        <translation>О программе Tierboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierboard&lt;/b&gt; %s&lt;br&gt;Deals from first contact to delivered work.&lt;br&gt;&lt;br&gt;Database: %s</source>
        <translation>&lt;b&gt;Tierboard&lt;/b&gt; %s&lt;br&gt;Сделки от первого контакта до сданной работы.&lt;br&gt;&lt;br&gt;База данных: %s</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Which column of the file holds each field of a deal. Fields left out stay empty.</source>
        <translation>Какой столбец файла содержит каждое поле сделки. Несопоставленные поля останутся пустыми.</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>System language (%s)</source>
        <translation>Язык системы (%s)</translation>
    </message>
    <message>
        <source>The new language is used the next time Tierboard starts.</source>
        <translation>Новый язык будет применён при следующем запуске Tierboard.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Map the stages to tiers</source>
        <translation>Сопоставьте стадии уровням</translation>
    </message>
    <message>
        <source>Each stage name of the file goes to a tier. “By probability” takes the tier nearest to the row's probability.</source>
        <translation>Каждая стадия из файла переходит на свой уровень. «По вероятности» выбирает уровень, ближайший к вероятности в строке.</translation>
    </message>
    <message>
        <source>to Done (the work is finished)</source>
        <translation>в «Выполненные» (работа закончена)</translation>
    </message>
    <message>
        <source>to 1, in production (the work is still to do)</source>
        <translation>на 1, в работу (работу ещё предстоит сделать)</translation>
    </message>
    <message>
        <source>Won deals go</source>
        <translation>Выигранные сделки идут</translation>
    </message>
    <message>
        <source>— choose a tier —</source>
        <translation>— выберите уровень —</translation>
    </message>
    <message numerus="yes">
        <source>%s (%n rows):</source>
        <translation>
            <numerusform>%s (%n строка):</numerusform>
            <numerusform>%s (%n строки):</numerusform>
            <numerusform>%s (%n строк):</numerusform>
        </translation>
    </message>
    <message>
        <source>No stage column is mapped: every row needs a tier, so go back and map one.</source>
        <translation>Столбец стадии не сопоставлен: каждой строке нужен уровень — вернитесь назад и сопоставьте его.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>%1 deals created, %2 updated.</source>
        <translation>Создано сделок: %1, обновлено: %2.</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The changes to %s are not saved. Drop them?</source>
        <translation>Изменения в карточке «%s» не сохранены. Отбросить их?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Часов в неделю</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>&amp;New employee</source>
        <translation>&amp;Новый сотрудник</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Designer, engineer, manager…</source>
        <translation>Дизайнер, инженер, менеджер…</translation>
    </message>
    <message>
        <source>The colour of this person's bars in the load chart</source>
        <translation>Цвет полос этого сотрудника на графике загрузки</translation>
    </message>
    <message>
        <source>Works here now</source>
        <translation>Сейчас работает в фирме</translation>
    </message>
    <message>
        <source>People who left stay in the history but get no new work and no capacity</source>
        <translation>Ушедшие сотрудники остаются в истории, но не получают новой работы и не дают мощности</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <source>Vacation, sick leave…</source>
        <translation>Отпуск, больничный…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved yet: press Save.</source>
        <translation>Ещё не сохранено: нажмите «Сохранить».</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Colour of %s</source>
        <translation>Цвет: %s</translation>
    </message>
    <message>
        <source>%s a week</source>
        <translation>%s в неделю</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>the new employee</source>
        <translation>новый сотрудник</translation>
    </message>
</context>
<context>
    <name>advisor</name>
    <message>
        <source>Answer Incoming first: %(count)s waiting, the oldest for %(age)s</source>
        <translation>Сначала ответьте на входящие: ждут %(count)s, самая давняя — %(age)s</translation>
    </message>
    <message>
        <source>All calm: nothing waits in Incoming and tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks).</source>
        <translation>Всё спокойно: во входящих ничего не ждёт, уровень 1 под контролем (%(hours)s из %(capacity)s за %(weeks)s нед.).</translation>
    </message>
    <message>
        <source>, %(overdue)s past the answer deadline</source>
        <translation>, у %(overdue)s истёк срок ответа</translation>
    </message>
    <message>
        <source>Nobody has working hours in the next %(weeks)s weeks: add people or their hours in Firm → Team…</source>
        <translation>Ни у кого нет рабочих часов на ближайшие %(weeks)s нед.: добавьте сотрудников или их часы в меню Фирма → Команда…</translation>
    </message>
    <message>
        <source>Tier 1 holds %(hours)s of work against %(capacity)s of team capacity in the next %(weeks)s weeks: deliver what is won; going down to 0.9 is pointless now.</source>
        <translation>На уровне 1 работы на %(hours)s при мощности команды %(capacity)s на ближайшие %(weeks)s нед.: выполняйте выигранное; спускаться к 0.9 сейчас бессмысленно.</translation>
    </message>
    <message>
        <source>Tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks): push 0.9 — %(count)s deals worth %(amount)s.</source>
        <translation>Уровень 1 под контролем (%(hours)s из %(capacity)s за %(weeks)s нед.): дожимайте 0.9 — сделок: %(count)s на %(amount)s.</translation>
    </message>
    <message>
        <source>Tier 1 is under control and 0.9 is empty: work on %(tier)s — %(count)s deals worth %(amount)s.</source>
        <translation>Уровень 1 под контролем, а 0.9 пуст: работайте с %(tier)s — сделок: %(count)s на %(amount)s.</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>1 · In production</source>
        <translation>1 · В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигранные</translation>
    </message>
</context>
<context>
    <name>forecast</name>
    <message>
        <source>Look for orders now: work already won (tier 1, %(committed)s) fills only %(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s).</source>
        <translation>Ищите заказы уже сейчас: выигранная работа (уровень 1, %(committed)s) заполняет лишь %(share)s мощности команды на ближайшие %(weeks)s нед. (%(capacity)s).</translation>
    </message>
    <message>
        <source>Produce, and don't go down the tiers: tier 1 holds %(committed)s of work, more than the team's capacity over the next %(weeks)s weeks (%(capacity)s, %(share)s).</source>
        <translation>Производите и не опускайтесь по уровням: на уровне 1 работы на %(committed)s — больше мощности команды на ближайшие %(weeks)s нед. (%(capacity)s, %(share)s).</translation>
    </message>
    <message>
        <source>Keep producing and push 0.9: work already won (tier 1, %(committed)s) fills %(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s).</source>
        <translation>Продолжайте производство и дожимайте 0.9: выигранная работа (уровень 1, %(committed)s) заполняет %(share)s мощности команды на ближайшие %(weeks)s нед. (%(capacity)s).</translation>
    </message>
    <message>
        <source>Nobody has working hours in the next %(weeks)s weeks: add people or their hours in Firm → Team…</source>
        <translation>Ни у кого нет рабочих часов на ближайшие %(weeks)s нед.: добавьте сотрудников или их часы в меню Фирма → Команда…</translation>
    </message>
    <message>
        <source>Nobody can take a new order: there is no active employee.</source>
        <translation>Новый заказ взять некому: нет активных сотрудников.</translation>
    </message>
    <message>
        <source>None of the %(team)s active employees could finish a typical order (%(effort)s) within the schedule's horizon.</source>
        <translation>Ни один из активных сотрудников (%(team)s) не успеет выполнить типичный заказ (%(effort)s) в пределах горизонта планирования.</translation>
    </message>
    <message>
        <source>No open deal gives an effort, so a typical order cannot be sized: %(name)s is free first, from %(finish)s.</source>
        <translation>Ни у одной открытой сделки не указана трудоёмкость, поэтому размер типичного заказа неизвестен: раньше всех освободится %(name)s — с %(finish)s.</translation>
    </message>
    <message>
        <source>The next order goes to %(name)s, who would finish a typical one (%(effort)s, the median of %(open)s open deals) by %(finish)s.</source>
        <translation>Следующий заказ — сотруднику %(name)s: к %(finish)s будет выполнен типичный заказ (%(effort)s, медиана по %(open)s открытым сделкам).</translation>
    </message>
    <message>
        <source>Then: %(others)s.</source>
        <translation>Затем: %(others)s.</translation>
    </message>
    <message>
        <source>Expected volume: revenue %(revenue_low)s (tier 1 only) to %(revenue_high)s (every deal weighted); work %(hours_low)s to %(hours_high)s.</source>
        <translation>Ожидаемый объём: выручка от %(revenue_low)s (только уровень 1) до %(revenue_high)s (все сделки с весами); работа от %(hours_low)s до %(hours_high)s.</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>По месяцам:</translation>
    </message>
    <message>
        <source>%(count)s tier-1 deals (%(amount)s) are past their due date: their revenue is counted when the schedule finishes their work, not on the date they were due.</source>
        <translation>Сделок уровня 1 с истёкшим сроком: %(count)s (%(amount)s); их выручка учитывается, когда по графику завершится их работа, а не в дату срока.</translation>
    </message>
    <message>
        <source>%(tier)s: %(count)s deals, %(revenue)s, %(hours)s</source>
        <translation>%(tier)s: сделок %(count)s, %(revenue)s, %(hours)s</translation>
    </message>
    <message>
        <source>Not counted, as it falls after %(last)s (weighted): %(parts)s.</source>
        <translation>Не учтено, так как приходится на время после %(last)s (взвешенно): %(parts)s.</translation>
    </message>
    <message>
        <source>Mixed currencies: amounts in %(codes)s are added as they are, without conversion, and written in %(currency)s.</source>
        <translation>Разные валюты: суммы в %(codes)s сложены как есть, без пересчёта, и записаны в %(currency)s.</translation>
    </message>
    <message>
        <source>the week of %(first)s</source>
        <translation>неделя с %(first)s</translation>
    </message>
    <message>
        <source>the %(count)s weeks of %(first)s–%(last)s</source>
        <translation>%(count)s нед. с %(first)s по %(last)s</translation>
    </message>
    <message>
        <source>Consider hiring: the expected load exceeds capacity by more than %(threshold)s in %(over)s (%(excess)s a week over on average).</source>
        <translation>Подумайте о найме: ожидаемая загрузка превышает мощность более чем на %(threshold)s — %(over)s (в среднем на %(excess)s в неделю).</translation>
    </message>
    <message>
        <source>Capacity sits idle: even with every deal weighted in, %(spare)s a week stay free in %(idle)s.</source>
        <translation>Мощность простаивает: даже с учётом всех сделок свободно %(spare)s в неделю — %(idle)s.</translation>
    </message>
    <message>
        <source>No need to hire: the expected load stays within %(threshold)s of capacity, never %(in_a_row)s weeks in a row above it.</source>
        <translation>Нанимать не нужно: ожидаемая загрузка не выходит за мощность более чем на %(threshold)s и ни разу не превышает её %(in_a_row)s нед. подряд.</translation>
    </message>
    <message>
        <source>Sales or production?</source>
        <translation>Продажи или производство?</translation>
    </message>
    <message>
        <source>Who takes the next order?</source>
        <translation>Кто возьмёт следующий заказ?</translation>
    </message>
    <message>
        <source>What volume can we expect?</source>
        <translation>Какой объём ожидать?</translation>
    </message>
    <message>
        <source>Do we need to hire?</source>
        <translation>Нужно ли нанимать?</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>&amp;Подключиться к базе данных…</translation>
    </message>
    <message>
        <source>Do not warn again for this file</source>
        <translation>Больше не предупреждать для этого файла</translation>
    </message>
    <message>
        <source>The database is empty. Fill it with a demo firm (8 people, 300 deals) to try Tierboard? You can start empty instead and import your own deals.</source>
        <translation>База данных пуста. Заполнить её демонстрационной фирмой (8 сотрудников, 300 сделок), чтобы попробовать Tierboard? Можно начать с пустой базы и импортировать свои сделки.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>Nobody of them — I only look</source>
        <translation>Никто из них — я только смотрю</translation>
    </message>
    <message>
        <source>Tierboard records who moves and changes deals. Who are you?
(You work as “%s”; you are asked only once.)</source>
        <translation>Tierboard записывает, кто перемещает и изменяет сделки. Кто вы?
(Вы работаете как «%s»; этот вопрос задаётся только один раз.)</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Кто работает?</translation>
    </message>
</context>
</TS>
