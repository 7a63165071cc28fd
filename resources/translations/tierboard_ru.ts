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
    <name>DropZone</name>
    <message>
        <source>Drop cards here to mark them %s; click to open the archive</source>
        <translation>Перетащите сюда карточки, чтобы перевести их в «%s»; щёлкните, чтобы открыть архив</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter the board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board as &amp;columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board as one &amp;list</source>
        <translation type="unfinished" />
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
        <source>Export to PNG</source>
        <translation>Экспорт в PNG</translation>
    </message>
    <message>
        <source>Not done — %s: %s</source>
        <translation>Не выполнено — %s: %s</translation>
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
