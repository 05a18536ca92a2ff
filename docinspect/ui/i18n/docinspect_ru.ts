<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../classroom/assign_dialog.py" line="+45"/>
        <source>Change the assignment</source>
        <translation>Изменить задание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign an exercise</source>
        <translation>Назначить упражнение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} ({n} questions)</source>
        <translation>{title} (вопросов: {n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the exercise&apos;s title)</source>
        <translation>(название упражнения)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to answer</source>
        <translation>Вопросов для ответа</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>BookletPageList</name>
    <message>
        <location filename="../inspect/pages.py" line="+74"/>
        <source>Data page</source>
        <translation>Страница данных</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This page cannot be drawn: {reason}</source>
        <translation>Эту страницу невозможно отобразить: {reason}</translation>
    </message>
</context>
<context>
    <name>BookletPages</name>
    <message>
        <location line="+15"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Data page</source>
        <translation type="vanished">Страница данных</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="vanished">Следующая страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="vanished">Предыдущая страница</translation>
    </message>
    <message>
        <source>This page cannot be drawn: {reason}</source>
        <translation type="vanished">Эту страницу нельзя отрисовать: {reason}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../inspect/calibration_dialog.py" line="+41"/>
        <source>Calibrate 1:1 size</source>
        <translation>Калибровка размера 1:1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold a bank card or ID card (85.60 mm wide) against the screen and move the slider until the blue card is exactly as wide.</source>
        <translation>Приложите к экрану банковскую карту или ID-карту (ширина 85,60 мм) и двигайте ползунок, пока синяя карта не станет точно такой же ширины.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{dpi:.1f} pixels per inch</source>
        <translation>{dpi:.1f} пикселей на дюйм</translation>
    </message>
</context>
<context>
    <name>ChipReaderDialog</name>
    <message>
        <location filename="../inspect/chip_panel.py" line="+63"/>
        <source>Document reader — {title}</source>
        <translation>Считыватель документов — {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reader makes the chip&apos;s access key from the document number, date of birth and date of expiry in this MRZ. Retype it to see what a wrong MRZ does.</source>
        <translation>Считыватель получает ключ доступа к чипу из номера документа, даты рождения и даты окончания срока действия в этой МСЗ. Введите её заново, чтобы увидеть, что даёт неверная МСЗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read chip</source>
        <translation>Считать чип</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chip photo (DG2)</source>
        <translation>Фото в чипе (DG2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed photo</source>
        <translation>Напечатанное фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller</source>
        <translation>Путешественник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MRZ for the access key:</source>
        <translation>МСЗ для ключа доступа:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No chip answers the reader.</source>
        <translation>Чип не отвечает считывателю.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chip access refused: the MRZ&apos;s key is not the chip&apos;s.</source>
        <translation>Доступ к чипу отклонён: ключ из МСЗ не совпадает с ключом чипа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chip answers but holds no travel document.</source>
        <translation>Чип отвечает, но не содержит данных проездного документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passive authentication FAILED.</source>
        <translation>Пассивная аутентификация НЕ ПРОЙДЕНА.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated, but the chip&apos;s data are not this page&apos;s.</source>
        <translation>Аутентификация пройдена, но данные чипа — не с этой страницы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passive authentication passed, with a warning.</source>
        <translation>Пассивная аутентификация пройдена, с предупреждением.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive authentication passed.</source>
        <translation>Пассивная аутентификация пройдена.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{group} hash</source>
        <translation>Хеш {group}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EF.SOD signature</source>
        <translation>Подпись EF.SOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Signer → CSCA</source>
        <translation>Подписант → CSCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DG1 = printed MRZ</source>
        <translation>DG1 = напечатанная МСЗ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chip accepted the key made from the MRZ.</source>
        <translation>Чип принял ключ, полученный из МСЗ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the chip was not personalised with this document number, date of birth and date of expiry.</source>
        <translation>Отказ: чип персонализирован не с этим номером документа, датой рождения и датой окончания срока действия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by the Document Signer&apos;s key.</source>
        <translation>Подписано ключом подписанта документов (DS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match EF.SOD&apos;s content.</source>
        <translation>Подпись не соответствует содержимому EF.SOD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate was issued by the state&apos;s CSCA.</source>
        <translation>Сертификат подписанта выдан CSCA государства.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate bears the CSCA&apos;s name but not its signature (a self-made CSCA), or no CSCA in the master list issued it.</source>
        <translation>Сертификат подписанта носит имя CSCA, но не его подпись (самодельный CSCA), или его не выдал ни один CSCA из мастер-списка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signer was issued by a CSCA the state has withdrawn (its key was compromised): the chip cannot be trusted.</source>
        <translation>Подписант выдан CSCA, который государство отозвало (его ключ скомпрометирован): чипу нельзя доверять.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer is not on the state&apos;s revocation list.</source>
        <translation>Подписанта нет в списке отзыва государства.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate is revoked (its key leaked): anyone with the key can sign a chip.</source>
        <translation>Сертификат подписанта отозван (его ключ утёк): любой, у кого есть ключ, может подписать чип.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip holds this page&apos;s MRZ.</source>
        <translation>Чип содержит МСЗ этой страницы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chip holds another document&apos;s data: a cloned chip, or altered data.</source>
        <translation>Чип содержит данные другого документа: клонированный чип или изменённые данные.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As signed.</source>
        <translation>Как подписано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after signing, or missing from EF.SOD.</source>
        <translation>Изменено после подписания или отсутствует в EF.SOD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signer&apos;s certificate has expired since it signed this chip. The signature was valid when made; alone this is no reason to refuse.</source>
        <translation>Срок сертификата подписанта истёк после подписания этого чипа. Подпись была действительна в момент создания; само по себе это не причина для отказа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid.</source>
        <translation>Действителен.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed outside the signer&apos;s validity.</source>
        <translation>Подписано вне срока действия подписанта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds {groups}.</source>
        <translation>Содержит {groups}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EF.COM cannot be read.</source>
        <translation>EF.COM не читается.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DG1 on the chip (differences from the page marked):</source>
        <translation>DG1 в чипе (отличия от страницы выделены):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Read chip (E)</source>
        <translation>Считать чип (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the document on the reader: access with the MRZ, passive authentication</source>
        <translation>Положить документ на считыватель: доступ по МСЗ, пассивная аутентификация</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <location filename="../presenter/class_view.py" line="+53"/>
        <source>Class progress</source>
        <extracomment>Seconds between two reads of the database. Emitted after each successful read, with the number of trainees shown.</extracomment>
        <translation>Успехи класса</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the class&apos;s progress…</source>
        <translation>Чтение успехов класса…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Верных</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the class&apos;s progress: {reason}</source>
        <translation>Не удаётся прочитать успехи класса: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} done · updated every {s} s</source>
        <translation>Выполнено: {done} из {total} · обновление каждые {s} с</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working</source>
        <translation>в работе</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../crash_guard.py" line="+82"/>
        <source>Something went wrong, but DocInspect is still running.</source>
        <extracomment>How many errors were caught while the app ran (shown in the message when &gt; 1).</extracomment>
        <translation>Произошла ошибка, но DocInspect продолжает работать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: {summary}</source>
        <translation>Ошибка: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors so far: {n}</source>
        <translation>Ошибок на данный момент: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DocInspect: unexpected error</source>
        <translation>DocInspect: непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>genuine</source>
        <translation type="vanished">подлинный</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <location filename="../presenter/debrief.py" line="+55"/>
        <source>What the class missed</source>
        <extracomment>The list was refreshed (tests wait for it); carries the number of items.</extracomment>
        <translation>Что упустил класс</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the class&apos;s results…</source>
        <translation>Чтение результатов класса…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the class&apos;s results: {reason}</source>
        <translation>Не удаётся прочитать результаты класса: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No wrong answers recorded yet.</source>
        <translation>Неверных ответов пока нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of answers that were wrong, worst first.</source>
        <translation>Доля неверных ответов, начиная с худших.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{exercise}, question {n}</source>
        <translation>{exercise}, вопрос {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rank}. {share:.0%} wrong ({missed} of {attempts})  —  {about}</source>
        <translation>{rank}. неверно {share:.0%} ({missed} из {attempts})  —  {about}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put this question&apos;s specimen on the big screen</source>
        <translation>Вывести образец этого вопроса на большой экран</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../studio/exercise_dialog.py" line="+50"/>
        <source>Genuine or forged?</source>
        <translation>Подлинный или поддельный?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the defect</source>
        <translation>Найти признак подделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which feature is this?</source>
        <translation>Какой это защитный элемент?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under which light?</source>
        <translation>В каком свете?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which MRZ field is wrong?</source>
        <translation>Какое поле МСЗ неверно?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a genuine reference</source>
        <translation>Сравнить с подлинным образцом</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+368"/>
        <source>Exercise</source>
        <extracomment>A question was previewed (tests wait for it).</extracomment>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>e.g. seized-uv-check</source>
        <translation>напр. seized-uv-check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practice (feedback after each answer)</source>
        <translation>Тренировка (разбор после каждого ответа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam (results at the end)</source>
        <translation>Экзамен (результаты в конце)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed (seconds per document)</source>
        <translation>На время (секунд на документ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Click on the defect</source>
        <translation>Щелчком по признаку подделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a box around it</source>
        <translation>Обведя его рамкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(found from the MRZ&apos;s check digits)</source>
        <translation>(определяется по контрольным цифрам МСЗ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the usual question for this type)</source>
        <translation>(обычный вопрос для этого типа)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update question</source>
        <translation>Обновить вопрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the chosen question with what the form says (its id stays)</source>
        <translation>Заменить выбранный вопрос тем, что указано в форме (его идентификатор сохраняется)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview as a trainee</source>
        <translation>Просмотр глазами слушателя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen</source>
        <translation>Образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genuine reference</source>
        <translation>Подлинный образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Защитный элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Свет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer by</source>
        <translation>Способ ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong MRZ field</source>
        <translation>Неверное поле МСЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Текст вопроса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per document (timed)</source>
        <translation>Секунд на документ (на время)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview is the trainee&apos;s own screen; answer it to see their feedback.</source>
        <translation>Просмотр — это экран самого слушателя; ответьте, чтобы увидеть разбор, который он получит.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(any defect)</source>
        <translation>(любой признак подделки)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Import a specimen first.</source>
        <translation>Сначала импортируйте образец.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The specimen {id} has no MRZ text, so there is no MRZ field to ask about. Type its MRZ on the Specimen tab (MRZ text) first.</source>
        <translation>У образца {id} нет текста МСЗ, поэтому спрашивать о поле МСЗ нельзя. Сначала введите его МСЗ на вкладке «Образец» (поле «Текст МСЗ»).</translation>
    </message>
</context>
<context>
    <name>FaceCompareDialog</name>
    <message>
        <location filename="../inspect/face_compare.py" line="+67"/>
        <source>Compare the faces</source>
        <extracomment>Both faces are first shown this tall (logical px): a face seen across the desk.</extracomment>
        <translation>Сравнение лиц</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document photo</source>
        <translation>Фото в документе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Traveller at the desk</source>
        <translation>Путешественник у стойки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trait by trait: the ears (size, height, lobe), the face outline, the eyes&apos; spacing and axis, the nose, the mouth. The wheel or + and − zoom both, dragging moves both, 0 fits.</source>
        <translation>Черта за чертой: уши (размер, высота, мочка), контур лица, расстояние между глазами и их ось, нос, рот. Колесо или + и − увеличивают оба снимка, перетаскивание двигает оба, 0 — вписать.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The document&apos;s photo and the traveller side by side, zoomed together</source>
        <translation>Фото в документе и путешественник рядом, с общим увеличением</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare faces (V)</source>
        <translation>Сравнить лица (V)</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../practice/feedback_text.py" line="+27"/>
        <source>Right.</source>
        <translation>Верно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not right.</source>
        <translation>Неверно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right that it is forged — but not by that method.</source>
        <translation>Верно, документ поддельный, — но способ подделки другой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You let a forged document through.</source>
        <translation>Вы пропустили поддельный документ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is genuine: you refused it.</source>
        <translation>Документ подлинный, а вы его не приняли.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not where the defect is.</source>
        <translation>Признак подделки не в этом месте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time ran out.</source>
        <translation>Время истекло.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer is saved.</source>
        <translation>Ваш ответ сохранён.</translation>
    </message>
    <message>
        <source>white light</source>
        <extracomment>Lights as a sentence names them (&quot;look under the UV lamp (365 nm)&quot;).</extracomment>
        <translation type="vanished">в белом свете</translation>
    </message>
    <message>
        <source>the UV lamp (365 nm)</source>
        <translation type="vanished">под УФ-лампой (365 нм)</translation>
    </message>
    <message>
        <source>infrared (IR)</source>
        <translation type="vanished">в инфракрасном (ИК) свете</translation>
    </message>
    <message>
        <source>oblique (raking) light</source>
        <translation type="vanished">в косопадающем свете</translation>
    </message>
    <message>
        <source>transmitted light (held against the light)</source>
        <translation type="vanished">на просвет (в проходящем свете)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top left of the page</source>
        <extracomment>Where on the page a region lies (training.feedback.PLACES, and &quot;page&quot; for all of it).</extracomment>
        <translation>вверху слева на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top of the page</source>
        <translation>вверху страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top right of the page</source>
        <translation>вверху справа на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left side of the page</source>
        <translation>слева на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle of the page</source>
        <translation>в середине страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side of the page</source>
        <translation>справа на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom left of the page</source>
        <translation>внизу слева на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom of the page</source>
        <translation>внизу страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom right of the page</source>
        <translation>внизу справа на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole page</source>
        <translation>по всей странице</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{list} or {last}</source>
        <translation>{list} или {last}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer key sealed — results are scored by your instructor.</source>
        <translation>Ключ ответов запечатан — результаты оценит преподаватель.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time ran out, which at the booth means the document was accepted.</source>
        <translation>Время истекло: на пункте пропуска это значит, что документ принят.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is {verdict}.</source>
        <translation>Документ {verdict}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document is {verdict}: {methods}.</source>
        <translation>Документ {verdict}: {methods}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document is genuine.</source>
        <translation>Документ подлинный.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The traveller is the holder: the ears, the face outline, the eyes&apos; spacing and the places of nose and mouth match the photo. Hair, glasses, a beard, weight, pose and light may differ between two photos of one person.</source>
        <translation>Путешественник — владелец документа: уши, овал лица, расстояние между глазами и положение носа и рта совпадают с фотографией. Причёска, очки, борода, вес, поза и освещение на двух фотографиях одного человека могут различаться.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your click was {d:.0f} mm from the defect (within {t:g} mm counts).</source>
        <translation>Вы указали точку в {d:.0f} мм от признака подделки (засчитывается в пределах {t:g} мм).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The defect is on another page of the booklet: {page}.</source>
        <translation>Дефект на другой странице книжки: {page}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your box overlapped the defect by {o:.0%} ({n:.0%} counts).</source>
        <translation>Ваша рамка совпала с признаком подделки на {o:.0%} (засчитывается от {n:.0%}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you marked is not a forgery sign. {flaw}</source>
        <translation>Отмеченное вами — не признак подделки. {flaw}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The marked region shows: {feature}.</source>
        <translation>В отмеченной области: {feature}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose: {feature}.</source>
        <translation>Ваш ответ: {feature}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{feature} shows under {lights}.</source>
        <translation>{feature}: проверяется {lights}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wrong field is: {field}.</source>
        <translation>Неверное поле: {field}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>look under {lights} with the loupe at {power:g}× or more</source>
        <translation>смотрите {lights} с лупой от {power:g}×</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>look under {lights}</source>
        <translation>смотрите {lights}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>look with the loupe at {power:g}× or more</source>
        <translation>смотрите с лупой от {power:g}×</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>look closely</source>
        <translation>смотрите внимательно</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+81"/>
        <source>{feature}, {place}</source>
        <translation>{feature}, {place}</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>• {what} — {how}: {explanation}</source>
        <translation>• {what} — {how}: {explanation}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• {what} — {how}.</source>
        <translation>• {what} — {how}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You let an impostor through: the document is genuine, but the traveller is not its holder.</source>
        <translation>Вы пропустили лицо, предъявившее чужой документ: документ подлинный, но пассажир не его владелец.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>genuine — accepted</source>
        <translation>подлинный — принят</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forged — refused ({method})</source>
        <translation>поддельный — не принят ({method})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forged — refused</source>
        <translation>поддельный — не принят</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clicked at {x:.0f} mm, {y:.0f} mm</source>
        <translation>точка {x:.0f} мм, {y:.0f} мм</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a box from {l:.0f}, {t:.0f} to {r:.0f}, {b:.0f} mm</source>
        <translation>рамка от {l:.0f}, {t:.0f} до {r:.0f}, {b:.0f} мм</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no answer (time ran out)</source>
        <translation>нет ответа (время истекло)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../practice/pages.py" line="+482"/>
        <source>sealed: your instructor scores it</source>
        <translation>запечатан: оценит преподаватель</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>refuse: the document is genuine, the traveller is not its holder</source>
        <translation>не принять: документ подлинный, но пассажир не его владелец</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../practice/pages.py" line="+125"/>
        <source>forged ({verdict})</source>
        <translation>не принимать — {verdict}</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation type="vanished">подлинный</translation>
    </message>
</context>
<context>
    <name>FourPointsDialog</name>
    <message>
        <location filename="../studio/import_dialog.py" line="+707"/>
        <source>Align by four points</source>
        <translation>Совмещение по четырём точкам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click four points that are easy to find under both lights (page corners, the ends of the MRZ) on the left image, then the same four, in the same order, on the white-light image.</source>
        <translation>Щёлкните на левом изображении четыре точки, которые легко найти в обоих видах освещения (углы страницы, концы МСЗ), затем те же четыре точки в том же порядке на изображении в белом свете.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../generate_dialog.py" line="+194"/>
        <source>Generate specimens</source>
        <extracomment>Single forgery methods to deal out (drills of one indicator); None = forgers&apos; profiles make the forgeries. Forgers&apos; profiles to deal out; None = every profile the document type takes. Benign flaws (wear) and the share of documents with a rare issuer error. The issuing state of every specimen (its code); None = the state each seed draws.</extracomment>
        <translation>Генерация образцов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new pack of synthetic specimens of fictional states, genuine and forged, with known answers. It is added to your library.</source>
        <translation>Создать новый пакет синтетических образцов вымышленных государств — подлинных и поддельных, с известными ответами. Пакет добавляется в вашу библиотеку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TD3 — passport data page</source>
        <translation>TD3 — страница данных паспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD2 — identity card (MRZ on the front)</source>
        <translation>TD2 — удостоверение личности (МСЗ на лицевой стороне)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD1 — identity card</source>
        <translation>TD1 — удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD1 — identity card back (MRZ)</source>
        <translation>TD1 — удостоверение личности, оборотная сторона (МСЗ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRV-A — visa sticker</source>
        <translation>MRV-A — визовая наклейка</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>obvious</source>
        <translation>явные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subtle</source>
        <translation>малозаметные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed and options give the same specimens again.</source>
        <translation>С тем же начальным числом и параметрами получаются те же образцы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New seed</source>
        <translation>Новое начальное число</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of specimens</source>
        <translation>Количество образцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share forged</source>
        <translation>Доля поддельных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How hard to spot</source>
        <translation>Заметность признаков</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Forgery methods</source>
        <translation>Способы подделки</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Seed</source>
        <translation>Начальное число</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Printed whole on an office printer: paper glowing under UV, every fine line and the microprint in dots, no relief, a static foil, imitated perforation and thread; a card on PVC or paper with a printed colour portrait and CLI. Subtlety makes each imitation better, never fewer.</source>
        <translation>Целиком отпечатана на офисном принтере: бумага светится в УФ, все тонкие линии и микротекст состоят из точек, нет рельефа, статичная фольга, имитация перфорации и защитной нити; карта — на ПВХ или бумаге, с напечатанным цветным портретом и CLI. Сложность улучшает каждую имитацию, но не уменьшает их число.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A genuine document with another photo glued on: its own paper under UV, IR and against the light, cut edges, broken UV lines and DOVID, the old ghost image. A card is split open instead: glue at its edges, the old CLI and ghost image.</source>
        <translation>Подлинный документ с вклеенной чужой фотографией: своя бумага в УФ, ИК и на просвет, обрезанные края, прерванные УФ-линии и DOVID, прежнее теневое изображение. Карту вместо этого расслаивают: клей по краям, прежние CLI и теневое изображение.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page substitution</source>
        <translation>Замена страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visa page of a genuine booklet replaced by a page of another: its paper glows under UV, its perforated number is another&apos;s or out of line, it is sewn back with another thread.</source>
        <translation>Визовая страница подлинного паспорта заменена страницей из другого: её бумага светится в УФ, перфорированный номер чужой или не на одной линии с остальными, она пришита заново другой нитью.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose at least one forgery method.</source>
        <translation>Выберите хотя бы один способ подделки.</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Desktop counterfeit</source>
        <extracomment>Forgers&apos; profiles as the instructor chooses them: (name, what it makes), translatable.</extracomment>
        <translation>Подделка на офисном принтере</translation>
    </message>
    <message>
        <source>Printed whole on an office printer: paper glowing under UV, every fine line and the microprint in dots, no relief, a static foil, imitated perforation and thread. Subtlety makes each imitation better, never fewer.</source>
        <translation type="vanished">Целиком отпечатана на офисном принтере: бумага светится в УФ, все тонкие линии и микротекст состоят из точек, нет рельефа, статичная фольга, имитация перфорации и защитной нити. Сложность улучшает каждую имитацию, но не уменьшает их число.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offset counterfeit</source>
        <translation>Офсетная подделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by an organised group: some features imitated well, others not. Subtlety decides how many are imitated well; at least three traces always remain.</source>
        <translation>Отпечатана организованной группой: одни элементы имитированы хорошо, другие нет. Сложность определяет, сколько элементов имитировано хорошо; не менее трёх следов остаются всегда.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo substitution</source>
        <translation>Замена фотографии</translation>
    </message>
    <message>
        <source>A genuine document with another photo glued on: its own paper under UV, IR and against the light, cut edges, broken UV lines and DOVID, the old ghost image.</source>
        <translation type="vanished">Подлинный документ с вклеенной чужой фотографией: своя бумага в УФ, ИК и на просвет, обрезанные края, прерванные УФ-линии и DOVID, прежнее теневое изображение.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Data alteration</source>
        <translation>Изменение данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine document with a field erased and reprinted: it disagrees with the MRZ, the surface is disturbed, sensitised paper is stained.</source>
        <translation>Подлинный документ, в котором поле стёрто и напечатано заново: оно расходится с МСЗ, поверхность нарушена, на чувствительной бумаге остаётся пятно.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stolen blank</source>
        <translation>Похищенный бланк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genuine paper and print personalised by criminals: inkjet data, no laser perforation.</source>
        <translation>Подлинные бумага и печать, персонализированные преступниками: данные напечатаны струйным принтером, лазерной перфорации нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fantasy document</source>
        <translation>Фантазийный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A well-made document of an issuer that does not exist: the check is the register of issuers, not the features.</source>
        <translation>Качественно изготовленный документ несуществующего эмитента: проверяется по реестру эмитентов, а не по защитным элементам.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impostor</source>
        <translation>Самозванец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine document presented by a look-alike of its holder.</source>
        <translation>Подлинный документ, предъявленный человеком, похожим на владельца.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>TD3 — passport booklet (data page and visa pages)</source>
        <translation>TD3 — паспортная книжка (страница данных и визовые страницы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any (each specimen&apos;s own)</source>
        <translation>Любое (своё у каждого образца)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>polycarbonate data page</source>
        <translation>страница данных из поликарбоната</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paper data page</source>
        <translation>бумажная страница данных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passport of a state with a polycarbonate data page is built like a card (laser engraving, a changeable laser image, no fibres or watermark): paper attacks do not fit it, card attacks do.</source>
        <translation>Паспорт государства со страницей данных из поликарбоната устроен как карта (лазерная гравировка, изменяемое лазерное изображение, нет волокон и водяного знака): атаки на бумагу к нему не подходят, атаки на карты — подходят.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Forgers&apos; profiles</source>
        <translation>Профили подделывателей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each forgery is made as a forger makes it and carries every trace of that production: the way documents are forged at the border.</source>
        <translation>Каждая подделка изготовлена так, как её делает подделыватель, и несёт все следы такого изготовления — как подделки, встречающиеся на границе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single methods (drill)</source>
        <translation>Отдельные способы (тренировка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each forgery carries the traces of one forgery method only: for drills.</source>
        <translation>Каждая подделка несёт следы только одного способа подделки — для тренировки.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Worn corners, scratches, dirt, faded UV, slight misregistration: on genuine and forged documents alike, and never a forgery sign.</source>
        <translation>Потёртые углы, царапины, загрязнения, выцветшая УФ-краска, небольшое несовмещение: на подлинных и поддельных документах одинаково, и никогда не признак подделки.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>much</source>
        <translation>сильный</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of documents personalised by their issuer that carry a rare issuer error (data printed askew, a field outside the MRZ misspelt): not a forgery sign.</source>
        <translation>Доля документов, персонализированных эмитентом, с редкой ошибкой эмитента (данные напечатаны с перекосом, опечатка в поле вне МСЗ): это не признак подделки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgeries made by</source>
        <translation>Как сделаны подделки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wear</source>
        <translation>Износ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer errors</source>
        <translation>Ошибки эмитента</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one forger&apos;s profile.</source>
        <translation>Выберите хотя бы один профиль подделывателя.</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <location filename="../generation.py" line="+93"/>
        <source>Generating {count} {type} specimens…</source>
        <extracomment>&quot;running&quot;, then &quot;generated&quot;, &quot;cancelled&quot; or &quot;failed&quot;.</extracomment>
        <translation>Генерация образцов ({type}): {count}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Generate specimens</source>
        <translation>Генерация образцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The specimens could not be generated. Nothing was written.</source>
        <translation>Не удалось создать образцы. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../practice/pages.py" line="+88"/>
        <source>History</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best score</source>
        <translation>Лучший результат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Верных</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to exercises</source>
        <translation>К упражнениям</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores over time</source>
        <translation>Результаты по времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress per module</source>
        <translation>Успехи по модулям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises taken</source>
        <translation>Пройденные упражнения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History — {name}</source>
        <translation>Результаты — {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers given: {n}.</source>
        <translation>Дано ответов: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False-accept rate (forged documents passed as genuine): {r}.</source>
        <translation>Доля ложных пропусков (поддельные документы приняты как подлинные): {r}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean decision time: {t}.</source>
        <translation>Среднее время решения: {t}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>discarded</source>
        <translation>отброшено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unfinished</source>
        <translation>не закончено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>сдано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>не сдано</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../studio/import_dialog.py" line="-597"/>
        <source>Import a specimen from scans</source>
        <extracomment>The lights were read and aligned (tests wait for it). Reading failed or was cancelled; the message (empty when cancelled).</extracomment>
        <translation>Импорт образца из сканов</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>required</source>
        <extracomment>Page corners clicked by the user on the white image (None: find them or use all). The page edges found on the white image (shown before import; None: none found). The white image the marked corners belong to: they are kept across Back unless another white image is read.</extracomment>
        <translation>обязательно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Seized passport, photo substitution</source>
        <translation>напр. Изъятый паспорт, переклейка фотографии</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Passport data page (TD3)</source>
        <extracomment>Longest side of the preview images, in pixels.</extracomment>
        <translation>Страница данных паспорта (TD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card (TD1)</source>
        <translation>ID-карта (TD1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD2 document</source>
        <translation>Документ TD2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa, type A</source>
        <translation>Виза, тип A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa, type B</source>
        <translation>Виза, тип B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+71"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size from the scan&apos;s resolution</source>
        <translation>Размер по разрешению скана</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the page edges and straighten the page</source>
        <translation>Найти края страницы и выровнять её</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical size</source>
        <translation>Физический размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One image per light of the same document side. The other lights are aligned to the white-light image automatically; you can check and correct that next.</source>
        <translation>По одному изображению на каждый вид освещения одной и той же стороны документа. Изображения в остальных видах освещения автоматически совмещаются с изображением в белом свете; проверить и исправить совмещение можно на следующем шаге.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read and align</source>
        <translation>Прочитать и совместить</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Image under {light}</source>
        <translation>Изображение: {light}</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Not aligned automatically: {reason}. Use “Align by four points…”.</source>
        <translation>Автоматически не совмещено: {reason}. Воспользуйтесь кнопкой «Совместить по четырём точкам…».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aligned automatically ({count} matching features). Blink or slide to check.</source>
        <translation>Совмещено автоматически (совпадающих точек: {count}). Проверьте миганием или шторкой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green: the page will be cut at the corners you marked.</source>
        <translation>Зелёным: страница будет обрезана по отмеченным вами углам.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orange: the page edges found; the page will be cut there. If they are wrong, use “Mark the page corners…”.</source>
        <translation>Оранжевым: найденные края страницы; она будет обрезана по ним. Если они неверны, воспользуйтесь «Отметить углы страницы…».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No page edges are used: the whole image is imported.</source>
        <translation>Края страницы не используются: импортируется всё изображение.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page corners</source>
        <translation>Углы страницы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click the page&apos;s corners: top left, top right, bottom right, bottom left.</source>
        <translation>Щёлкните по углам страницы: вверху слева, вверху справа, внизу справа, внизу слева.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The page&apos;s shape does not fit {w:g} × {h:g} mm. Import it with the scan&apos;s own shape, {sw:g} × {sh:g} mm (document type Other)? Or answer No, then mark the page corners or choose another document size.</source>
        <translation>Форма страницы не соответствует {w:g} × {h:g} мм. Импортировать её в собственной форме скана, {sw:g} × {sh:g} мм (тип документа «Другой»)? Или ответьте «Нет», затем отметьте углы страницы или выберите другой размер документа.</translation>
    </message>
    <message>
        <source>The page will be cut at the corners you marked.</source>
        <translation type="vanished">Страница будет обрезана по отмеченным углам.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Cutting and straightening the pages…</source>
        <translation>Страницы обрезаются и выравниваются…</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Choose the white-light image first.</source>
        <translation>Сначала выберите изображение в белом свете.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the images…</source>
        <translation>Чтение изображений…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These images cannot be imported:</source>
        <translation>Эти изображения нельзя импортировать:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blink</source>
        <translation>Мигание</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Align by four points…</source>
        <translation>Совместить по четырём точкам…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the page corners…</source>
        <translation>Отметить углы страницы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop and straighten by the four corners you click on the white-light image</source>
        <translation>Обрезать и выровнять по четырём углам, отмеченным на изображении в белом свете</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Свет</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="vanished">Белый</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This light</source>
        <translation>Этот свет</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Aligned by four points.</source>
        <translation>Совмещено по четырём точкам.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The white-light image is the reference.</source>
        <translation>Изображение в белом свете — опорное.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../classroom/bundle_import.py" line="+56"/>
        <source>Results bundles imported</source>
        <extracomment>The import&apos;s figures, or None when the file was refused. Why the file was refused (&quot;&quot; when it was imported).</extracomment>
        <translation>Файлы результатов загружены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} answers imported from {files} files; {refused} refused.</source>
        <translation>Загружено ответов: {n}, файлов: {files}; отклонено: {refused}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Загружено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already there</source>
        <translation>Уже были</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New trainees</source>
        <translation>Новые слушатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused because</source>
        <translation>Причина отказа</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../inspect/opening.py" line="+68"/>
        <source>Cannot inspect this specimen</source>
        <extracomment>Open workstation windows, kept alive here until they close (a caller need not hold them).</extracomment>
        <translation>Этот образец нельзя осмотреть</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack has no specimen {id}.</source>
        <translation>В пакете нет образца {id}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Specimen {id}: {reason}</source>
        <translation>Образец {id}: {reason}</translation>
    </message>
</context>
<context>
    <name>InspectionView</name>
    <message>
        <location filename="../inspect/view.py" line="+513"/>
        <source>Drawing the document…</source>
        <extracomment>Longest side of a full-page picture, in device pixels; finer detail comes from the window. Empty space around the page when fitted, in logical pixels. Wait this long after the last zoom or pan before rendering the visible window in detail. Wait this long after the page settles before rendering the other lights ahead. ... and this long after the loupe last moved: a whole-page render competes with the loupe&apos;s frames for the two cores (and Python&apos;s lock), and the lens under the cursor matters more. A whole page already drawing ahead when the loupe moves cannot be stopped; it pauses between its stages until the loupe has not moved for this long (``optics.give_way``). Pages of a booklet whose pictures are kept besides the page on show: the page before, the page after (drawn ahead) and the page last left. A region of the overlay was clicked (None: a click outside every region). Zoom, light or availability changed: the window&apos;s status line should refresh. The picture for the current viewing is on screen (tests and benchmarks wait for it). Some picture of the page is on the desk (perhaps at a provisional scale): the user sees it. Move labels that would cover one another (presenter mode places its own). Pictures of the pages shown before a page turn (a booklet&apos;s), newest last, so that paging back is as quick as a light switch.</extracomment>
        <translation>Документ отрисовывается…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This specimen cannot be drawn under this light: {reason}</source>
        <translation>Этот образец нельзя показать в этом свете: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shown under: {lights}</source>
        <translation>Показано в свете: {lights}</translation>
    </message>
    <message>
        <location filename="../inspect/desk.py" line="+54"/>
        <source>{mm} mm</source>
        <translation>{mm} мм</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <location filename="../inspect/workstation.py" line="+71"/>
        <source>Inspect — {title}</source>
        <translation>Осмотр — {title}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reference (genuine): {title}</source>
        <translation>Эталон (подлинный): {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Questioned: {title}</source>
        <translation>Проверяемый: {title}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Turn the raking light</source>
        <translation>Повернуть косопадающий свет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the oblique light 45° clockwise</source>
        <translation>Повернуть косопадающий свет на 45° по часовой стрелке</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation type="vanished">Наклонить вперёд</translation>
    </message>
    <message>
        <source>Tilt the document 5° forward</source>
        <translation type="vanished">Наклонить документ на 5° вперёд</translation>
    </message>
    <message>
        <source>Tilt back</source>
        <translation type="vanished">Наклонить назад</translation>
    </message>
    <message>
        <source>Tilt the document 5° back</source>
        <translation type="vanished">Наклонить документ на 5° назад</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lay flat</source>
        <translation>Положить ровно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lay the document flat (tilt 0°)</source>
        <translation>Положить документ ровно (наклон 0°)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+140"/>
        <source>Loupe</source>
        <translation>Лупа</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Magnifier loupe following the cursor</source>
        <translation>Лупа, следующая за курсором</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stronger loupe</source>
        <translation>Лупа сильнее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More magnification (or Ctrl+wheel)</source>
        <translation>Большее увеличение (или Ctrl+колесо)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weaker loupe</source>
        <translation>Лупа слабее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less magnification (or Ctrl+wheel)</source>
        <translation>Меньшее увеличение (или Ctrl+колесо)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reticle</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Millimetre scale inside the loupe</source>
        <translation>Миллиметровая шкала в лупе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small loupe</source>
        <translation>Малая лупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium loupe</source>
        <translation>Средняя лупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large loupe</source>
        <translation>Большая лупа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next loupe size</source>
        <translation>Следующий размер лупы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loupe size: small, medium, large (large for a projector)</source>
        <translation>Размер лупы: малая, средняя, большая (большая — для проектора)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UV torch in loupe</source>
        <translation>УФ-фонарик в лупе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handheld UV 365 nm lamp: UV inside the loupe only</source>
        <translation>Ручной УФ-фонарик 365 нм: ультрафиолет только в поле лупы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show annotated features and indicators</source>
        <translation>Показать размеченные защитные элементы и признаки подделки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genuine reference beside the specimen, in step</source>
        <translation>Подлинный образец рядом с проверяемым, синхронно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traveller</source>
        <translation>Пассажир</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person presenting the document, beside it: compare the face</source>
        <translation>Лицо, предъявившее документ, рядом с ним: сравните лицо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page to the window</source>
        <translation>Вписать страницу в окно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size: the page as large as the real document</source>
        <translation>Натуральная величина: страница такого же размера, как настоящий документ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (or the wheel)</source>
        <translation>Увеличить (или колесо мыши)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (or the wheel)</source>
        <translation>Уменьшить (или колесо мыши)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibrate 1:1 size…</source>
        <translation>Калибровка размера 1:1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Свет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where the raking light comes from (Shift+O turns it)</source>
        <translation>Откуда падает косопадающий свет (Shift+O поворачивает)</translation>
    </message>
    <message>
        <source> Tilt </source>
        <translation type="vanished"> Наклон </translation>
    </message>
    <message>
        <source>Tilt the document: holograms and colour-shifting ink change ([ and ])</source>
        <translation type="vanished">Наклон документа: голограммы и оптически переменная краска меняются ([ и ])</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loupe power (+ and -, or Ctrl+wheel)</source>
        <translation>Увеличение лупы (+ и -, или Ctrl+колесо)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Lamp in loupe </source>
        <translation> Фонарик в лупе </translation>
    </message>
    <message>
        <location line="+12"/>
        <source> Size </source>
        <translation> Размер </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How large the loupe is on screen (Shift+L)</source>
        <translation>Размер лупы на экране (Shift+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small</source>
        <translation>Малая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Большая</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>tilt ↔ {deg:+.0f}° ↕ {away:+.0f}°</source>
        <translation>наклон ↔ {deg:+.0f}° ↕ {away:+.0f}°</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with a {light} lamp</source>
        <translation>с фонариком: {light}</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>A handheld lamp lights only the spot under the loupe</source>
        <translation>Ручной фонарик освещает только участок под лупой</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Tilt right</source>
        <translation>Наклонить вправо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the document 5° to the right</source>
        <translation>Наклонить документ на 5° вправо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt left</source>
        <translation>Наклонить влево</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the document 5° to the left</source>
        <translation>Наклонить документ на 5° влево</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilt away</source>
        <translation>Наклонить от себя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the top edge 5° away from you</source>
        <translation>Наклонить верхний край на 5° от себя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt towards you</source>
        <translation>Наклонить к себе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the top edge 5° towards you</source>
        <translation>Наклонить верхний край на 5° к себе</translation>
    </message>
    <message>
        <location line="+127"/>
        <source> Tilt ↔ </source>
        <translation> Наклон ↔ </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt left or right: holograms and colour-shifting ink change ([ and ])</source>
        <translation>Наклон влево или вправо: голограммы и оптически переменная краска меняются ([ и ])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ↕ </source>
        <translation> ↕ </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilt the top edge away or towards you: holograms, colour-shifting ink and a card&apos;s changeable laser image change (&apos; and ;)</source>
        <translation>Наклон верхнего края от себя или к себе: голограммы, оптически переменная краска и сменное лазерное изображение карты меняются (&apos; и ;)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Same as page</source>
        <translation>Как на странице</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Light</source>
        <translation>&amp;Свет</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L&amp;oupe</source>
        <translation>&amp;Лупа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>tilt {deg:+.0f}°</source>
        <translation type="vanished">наклон {deg:+.0f}°</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>zoom {zoom:.2g}× actual size</source>
        <translation>масштаб {zoom:.2g}× от натуральной величины</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loupe {power:g}×</source>
        <translation>лупа {power:g}×</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisView</name>
    <message>
        <location filename="../dashboard/item_view.py" line="+37"/>
        <source>item</source>
        <translation>задание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainees</source>
        <translation>слушателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts</source>
        <translation>попыток</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>difficulty p</source>
        <translation>трудность p</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>discrimination r</source>
        <translation>дискрим. r</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Computing the item analysis…</source>
        <translation>Выполняется анализ заданий…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not compute the item analysis: {0}</source>
        <translation>Не удалось выполнить анализ заданий: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question</source>
        <translation>вопрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} trainees, {1} attempts, {2} items flagged (r &lt; 0)</source>
        <translation>Слушателей: {0}, попыток: {1}, отмечено заданий: {2} (r &lt; 0)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Better trainees get this item wrong more often: check its key.</source>
        <translation>Более сильные слушатели чаще ошибаются в этом задании: проверьте его ключ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no item has a discrimination yet</source>
        <translation>ни у одного задания пока нет показателя дискриминативности</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="+27"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the &amp;system ({language})</source>
        <translation>Как в &amp;системе ({language})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Takes effect when DocInspect is restarted</source>
        <translation>Действует после перезапуска DocInspect</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DocInspect will speak {language} from its next start: close it and open it again. Your answers and results are kept.</source>
        <translation>Язык DocInspect со следующего запуска: {language}. Закройте программу и откройте её снова. Ваши ответы и результаты сохранятся.</translation>
    </message>
</context>
<context>
    <name>LessonPage</name>
    <message>
        <location filename="../practice/pages.py" line="-524"/>
        <source>Utopia</source>
        <extracomment>Issuing states of the generated documents, as the trainee reads them (fictional states).</extracomment>
        <translation>Утопия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaldavia</source>
        <translation>Калдавия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nerevia</source>
        <translation>Неревия</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind}, {state}</source>
        <translation>{kind}, {state}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Begin</source>
        <extracomment>A genuine document the trainee asked to look at (a Recipe).</extracomment>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look at a genuine one first:</source>
        <translation>Сначала посмотрите подлинный:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a genuine document of this kind at the workstation: every light, the loupe, its annotated regions (Regions, A)</source>
        <translation>Открыть подлинный документ этого вида на рабочем месте: все виды освещения, лупа, размеченные области («Области», A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Practice: you get feedback after every answer.</source>
        <translation>Тренировка: разбор после каждого ответа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exam: you see your results at the end. Pass mark {p:.0%}.</source>
        <translation>Экзамен: результаты — в конце. Проходной балл {p:.0%}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed: {s:g} seconds per document. When the time runs out the document counts as accepted, as at a first-line check when the traveller walks through.</source>
        <translation>На время: {s:g} с на документ. Когда время истекает, документ считается принятым — как на первой линии, когда путешественник проходит дальше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have {m}:{s:02d} (minutes:seconds) for each question; a clock shows the time left. When it runs out the question counts as not answered (0 points) and the next one comes.</source>
        <translation>На каждый вопрос даётся {m}:{s:02d} (минуты:секунды); часы показывают оставшееся время. Когда оно истекает, вопрос считается неотвеченным (0 баллов) и показывается следующий.</translation>
    </message>
    <message>
        <source>Timed: {s:g} seconds per document. A time-out accepts the document.</source>
        <translation type="vanished">На время: {s:g} с на документ. Если время истекло, документ считается принятым.</translation>
    </message>
</context>
<context>
    <name>LessonPlanEditor</name>
    <message>
        <location filename="../presenter/plan_editor.py" line="+88"/>
        <source>Lesson plan</source>
        <extracomment>The plan was saved: the path written.</extracomment>
        <translation>План занятия</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. UV and the paper, first morning</source>
        <extracomment>The last problem shown when saving (&quot;&quot; when none). The plan&apos;s own translations (language -&gt; English -&gt; translation), decision 0034.</extracomment>
        <translation>например: УФ и бумага, первое утро</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For you only: never on the projector</source>
        <translation>Только для вас: на проектор не выводится</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the class reads; an empty line starts a new paragraph</source>
        <translation>Что читает группа; пустая строка начинает новый абзац</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(choose a specimen)</source>
        <translation>(выберите образец)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pack}: {title}</source>
        <translation>{pack}: {title}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step title</source>
        <translation>Название шага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned time</source>
        <translation>Время по плану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen</source>
        <translation>Образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page at first</source>
        <translation>Страница в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light at first</source>
        <translation>Освещение в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt at first</source>
        <translation>Наклон в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top edge away at first</source>
        <translation>Верхний край от себя в начале</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal, in order (ticked)</source>
        <translation>Показать по порядку (отмеченные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most-missed items</source>
        <translation>Чаще всего пропущенные задания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Translations…</source>
        <translation>Переводы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the Russian and Bulgarian of the plan&apos;s titles, texts and notes</source>
        <translation>Ввести русский и болгарский перевод названий, текстов и заметок плана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson (text on the projector)</source>
        <translation>Урок (текст на проекторе)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen on the projector</source>
        <translation>Образец на проекторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise at the seats</source>
        <translation>Упражнение на местах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief (most-missed items)</source>
        <translation>Разбор (чаще всего пропущенное)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+272"/>
        <source>{title} — {minutes} min</source>
        <translation>{title} — {minutes} мин</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+272"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+272"/>
        <source>Planned: {minutes} min</source>
        <translation>По плану: {minutes} мин</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>{pack}: {id} (pack not open)</source>
        <translation>{pack}: {id} (пакет не открыт)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A generated specimen (as the plan says)</source>
        <translation>Сгенерированный образец (как указано в плане)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Data page</source>
        <translation>Страница данных</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>indicator</source>
        <translation>признак подделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature</source>
        <translation>защитный элемент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}: {feature} ({role})</source>
        <translation>{id}: {feature} ({role})</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Plan: title</source>
        <translation>План: название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: summary</source>
        <translation>План: краткое описание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step “{step}”: title</source>
        <translation>Шаг «{step}»: название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step “{step}”: paragraph {n}</source>
        <translation>Шаг «{step}»: абзац {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{step}”: your notes</source>
        <translation>Шаг «{step}»: ваши заметки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{language}: {n} of {total} texts not translated</source>
        <translation>{language}: не переведено текстов: {n} из {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language}: all translated</source>
        <translation>{language}: всё переведено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan&apos;s titles, texts and your notes, as written, and their Russian and Bulgarian. Presenter mode shows each in the language the app speaks, and as written when it has no translation (your notes then say so). Saved with the plan.</source>
        <translation>Названия, тексты и ваши заметки плана в исходном виде и их перевод на русский и болгарский. Режим презентации показывает каждый текст на языке программы, а если перевода нет — в исходном виде (об этом скажут ваши заметки). Сохраняется вместе с планом.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Translations changed: save the plan to keep them.</source>
        <translation>Переводы изменены: сохраните план, чтобы они не потерялись.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add at least one step.</source>
        <translation>Добавьте хотя бы один шаг.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step}: choose the specimen to show.</source>
        <translation>{step}: выберите образец для показа.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+30"/>
        <source>Lesson plan not saved</source>
        <translation>План занятия не сохранён</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Save lesson plan</source>
        <translation>Сохранить план занятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson plans (*{suffix})</source>
        <translation>Планы занятий (*{suffix})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../library_model.py" line="+186"/>
        <source>Specimens: {n}</source>
        <extracomment>Thumbnails are drawn to fit this box (logical pixels). (key, specimen): a row without a thumbnail was painted; make one and set_thumbnail it. Per pack, its own translations (an author&apos;s specimen titles, decision 0035).</extracomment>
        <translation>Образцов: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack {id}, version {version}
{path}</source>
        <translation>Пакет {id}, версия {version}
{path}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{title}
from {pack}</source>
        <translation>{title}
из пакета {pack}</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <source>White</source>
        <extracomment>One key per light, as on the toolbar and in the Light menu.</extracomment>
        <translation type="vanished">Белый</translation>
    </message>
    <message>
        <source>UV 365 nm</source>
        <translation type="vanished">УФ 365 нм</translation>
    </message>
    <message>
        <source>IR</source>
        <translation type="vanished">ИК</translation>
    </message>
    <message>
        <source>Oblique</source>
        <translation type="vanished">Косой</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation type="vanished">На просвет</translation>
    </message>
    <message>
        <location filename="../inspect/lights.py" line="+24"/>
        <source>Ordinary daylight from above: colours, print, photo and data</source>
        <extracomment>One key per light, as on the toolbar and in the Light menu.</extracomment>
        <translation>Обычный дневной свет сверху: цвета, печать, фотография и данные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UV-A lamp in a dark room: dull paper, glowing fibres, inks and motifs; office paper glows blue-white</source>
        <translation>УФ-лампа (UV-A) в затемнённом помещении: бумага не светится, светятся волокна, краски и рисунки; офисная бумага светится голубовато-белым</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Near infrared (~900 nm): the MRZ stays black, most colour print fades</source>
        <translation>Ближний ИК (~900 нм): МСЗ остаётся чёрной, большая часть цветной печати исчезает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raking light from one side: relief, intaglio, embossing, erasures</source>
        <translation>Косопадающий свет сбоку: рельеф, металлографская печать, тиснение, подчистки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back light through the page: watermark, security thread, perforation</source>
        <translation>Свет сзади, на просвет: водяной знак, защитная нить, перфорация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No white-light image for this specimen</source>
        <translation>Для этого образца нет изображения в белом свете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No UV image for this specimen</source>
        <translation>Для этого образца нет изображения в УФ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No IR image for this specimen</source>
        <translation>Для этого образца нет изображения в ИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No oblique-light image for this specimen</source>
        <translation>Для этого образца нет изображения в косопадающем свете</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No transmitted-light image for this specimen</source>
        <translation>Для этого образца нет изображения на просвет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the top</source>
        <translation>сверху</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the top right</source>
        <translation>сверху справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the right</source>
        <translation>справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the bottom right</source>
        <translation>снизу справа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the bottom</source>
        <translation>снизу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the bottom left</source>
        <translation>снизу слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the left</source>
        <translation>слева</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the top left</source>
        <translation>сверху слева</translation>
    </message>
</context>
<context>
    <name>LiveClassWindow</name>
    <message>
        <location filename="../classroom/live.py" line="+44"/>
        <source>DocInspect — Live class</source>
        <translation>DocInspect — занятие в классе</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cohort:</source>
        <translation>Учебная группа:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment:</source>
        <translation>Задание:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+52"/>
        <source>Cannot read the class: {reason}</source>
        <translation>Не удаётся прочитать данные класса: {reason}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No cohort yet: create one and assign an exercise (docinspect classroom cohort / assign, see the trainer&apos;s guide).</source>
        <translation>Учебных групп пока нет: создайте группу и выдайте ей упражнение (docinspect classroom cohort / assign, см. руководство преподавателя).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} (due {due})</source>
        <translation>{title} (срок: {due})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This cohort has no assignment yet.</source>
        <translation>У этой учебной группы пока нет заданий.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>choose an exercise</source>
        <translation>выберите упражнение</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Withdraw the assignment {title}? Answers already given stay in the results.</source>
        <translation>Отозвать задание {title}? Уже данные ответы останутся в результатах.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not withdrawn: {reason}</source>
        <translation>Не отозвано: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{cohort} — {assignment}</source>
        <translation>{cohort} — {assignment}</translation>
    </message>
</context>
<context>
    <name>Loupe</name>
    <message>
        <location filename="../inspect/loupe.py" line="+302"/>
        <source>{light} lamp</source>
        <extracomment>Budget for a synchronous loupe frame; over it (p95) the loupe renders in a worker. Frames measured before deciding whether synchronous rendering keeps up. A synchronous frame this slow sends the loupe back to the worker at once. CPU times of the recent loupe frames of every lens (same machine, same renderer). Render on the GUI thread (True) or in the worker (False); decided by measurement. The page window (mm) the frame shows. Render time of the frame on show, wall clock and render thread CPU (benchmarks). The frame on show was drawn on the GUI thread (not in the worker).</extracomment>
        <translation>лампа: {light}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../library_roles.py" line="+91"/>
        <location filename="../main_window.py" line="+54"/>
        <source>DocInspect — specimen library</source>
        <translation>DocInspect — библиотека образцов</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+70"/>
        <source>Find: name, id, state…</source>
        <extracomment>The generator run in progress, if any, and its progress dialog. Why the last generation failed (&quot;&quot; when it did not). The problems dialog shown last (kept for tests and so it is not garbage collected). Instructor accounts: off on a single seat, else the instructor&apos;s parts need a sign-in. The last refusal shown (an instructor&apos;s part asked for without one signed in). Presenter windows opened from here (they delete themselves when closed). Instructor windows that would not close when nobody was signed in any more (the studio keeping work it could not save): locked until an instructor signs in.</extracomment>
        <translation>Поиск: название, ID, государство…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your specimen library is empty</source>
        <translation>Ваша библиотека образцов пуста</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a specimen pack to start: a folder, or a .zip file you received from your instructor. Or generate synthetic specimens to practise on. Packs stay in the library the next time you start DocInspect.</source>
        <translation>Чтобы начать, откройте пакет образцов: папку или файл .zip, полученный от преподавателя. Или создайте синтетические образцы для тренировки. Пакеты остаются в библиотеке при следующем запуске DocInspect.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a specimen pack to start: a folder, or a .zip file you received from your instructor. Packs you open stay in the library the next time you start DocInspect.</source>
        <translation>Чтобы начать, откройте пакет образцов: папку или файл .zip, полученный от преподавателя. Открытые пакеты остаются в библиотеке при следующем запуске DocInspect.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open pack folder…</source>
        <translation>Открыть папку пакета…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pack file (.zip)…</source>
        <translation>Открыть файл пакета (.zip)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate specimens…</source>
        <translation>Создать образцы…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or start learning right away: the practice course has lessons, questions with feedback, and exams, with documents made for it (Training &gt; Practice and exams…, Ctrl+P).</source>
        <translation>Или начните учиться сразу: в учебном курсе есть занятия, вопросы с разбором и экзамены, с документами, подготовленными для курса (Обучение &gt; Тренировка и экзамены…, Ctrl+P).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start practice…</source>
        <translation>Начать тренировку…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pack &amp;folder…</source>
        <translation>Открыть &amp;папку пакета…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open pack file (.&amp;zip)…</source>
        <translation>Открыть файл пакета (.&amp;zip)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние пакеты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close pack</source>
        <translation>&amp;Закрыть пакет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected specimen&apos;s pack from the library</source>
        <translation>Убрать пакет выбранного образца из библиотеки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate specimens…</source>
        <translation>&amp;Создать образцы…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Specimen</source>
        <translation>О&amp;бразец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect under lights…</source>
        <translation>&amp;Осмотреть в разных видах освещения…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected specimen at the inspection desk: lights, tilt and loupe</source>
        <translation>Открыть выбранный образец на рабочем месте осмотра: освещение, наклон и лупа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice and exams…</source>
        <translation>&amp;Тренировка и экзамены…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick your profile, take a module of the curriculum, see your progress</source>
        <translation>Выберите свой профиль, пройдите модуль учебной программы, посмотрите свои успехи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress and &amp;results…</source>
        <translation>Успехи и &amp;результаты…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trainee&apos;s figures (accuracy, forged documents let through, d′, times) and the class&apos;s item analysis</source>
        <translation>Показатели слушателя (точность, пропущенные поддельные документы, d′, время) и анализ заданий класса</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import results bundle…</source>
        <translation>&amp;Загрузить файл результатов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the answers of seats that worked offline to the class database</source>
        <translation>Добавить в базу данных класса ответы рабочих мест, работавших без сети</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in as instructor…</source>
        <translation>&amp;Войти как преподаватель…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instructor &amp;studio…</source>
        <translation>&amp;Студия преподавателя…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presenter mode…</source>
        <translation>&amp;Режим презентации…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Live class…</source>
        <translation>&amp;Занятие в классе…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect to a class server…</source>
        <translation>&amp;Подключиться к серверу класса…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DocInspect</source>
        <translation>&amp;О программе DocInspect</translation>
    </message>
    <message>
        <location filename="../library_roles.py" line="-51"/>
        <source>Needs an instructor: Tools &gt; Sign in as instructor…</source>
        <extracomment>Menu entries and the Action each needs (accounts on: an instructor signed in).</extracomment>
        <translation>Нужен преподаватель: Сервис &gt; Войти как преподаватель…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the class database who may use this…</source>
        <translation>Запрос к базе данных класса: кому это доступно…</translation>
    </message>
    <message>
        <source>No class: create the first instructor with &apos;docinspect classroom init&apos;</source>
        <translation type="vanished">Класса нет: создайте первого преподавателя командой «docinspect classroom init»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Instructor: {user} (signed in)</source>
        <translation>Преподаватель: {user} (вход выполнен)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Class database not reachable: instructor parts locked</source>
        <translation>База данных класса недоступна: функции преподавателя заблокированы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trainee seat: instructor parts locked</source>
        <translation>Рабочее место слушателя: функции преподавателя заблокированы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> — instructor {user}</source>
        <translation> — преподаватель {user}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reveal whether the specimen is genuine, and why. Decide for yourself first.</source>
        <translation>Показать, подлинный ли образец и почему. Сначала решите сами.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answers need an instructor: Tools &gt; Sign in as instructor…</source>
        <translation>Ответы доступны только преподавателю: Сервис &gt; Войти как преподаватель…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The class database has not answered yet, so {what} stays locked. Try again in a moment.</source>
        <translation>База данных класса ещё не ответила, поэтому раздел «{what}» пока заблокирован. Повторите через минуту.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} is for instructors. An instructor signs in with Tools &gt; Sign in as instructor…</source>
        <translation>Раздел «{what}» доступен только преподавателю. Преподаватель входит через Сервис &gt; Войти как преподаватель…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Still signed in: the studio&apos;s work could not be saved. Save it or close the studio, then sign out.</source>
        <translation>Выход не выполнен: работу в студии не удалось сохранить. Сохраните её или закройте студию, затем выйдите.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> — locked: an instructor signs in to use it</source>
        <translation> — заблокировано: для работы нужен вход преподавателя</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Connect to a class server</source>
        <translation>Подключение к серверу класса</translation>
    </message>
    <message>
        <source>The class server&apos;s database URL, as your administrator gave it, e.g. postgresql+psycopg://seat@classroom-server/docinspect</source>
        <translation type="vanished">Адрес (URL) базы данных сервера класса, полученный от администратора, например postgresql+psycopg://seat@classroom-server/docinspect</translation>
    </message>
    <message>
        <source>{url} is not a class server&apos;s URL (one like postgresql+psycopg://…)</source>
        <translation type="vanished">{url} — не адрес сервера класса (он выглядит как postgresql+psycopg://…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Using the class server {url}; practice windows opened now answer there.</source>
        <translation>Используется сервер класса {url}; окна тренировки, открытые теперь, отвечают туда.</translation>
    </message>
    <message>
        <location filename="../library_windows.py" line="+34"/>
        <source>The live class view</source>
        <translation>Занятие в классе</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing results</source>
        <translation>Загрузка результатов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import results bundles</source>
        <translation>Загрузка файлов результатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results bundles (*.zip)</source>
        <translation>Файлы результатов (*.zip)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import results bundle</source>
        <translation>Загрузка файла результатов</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The instructor studio</source>
        <translation>Студия преподавателя</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+25"/>
        <source>Progress and results</source>
        <translation>Успехи и результаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results database cannot be opened: {0}</source>
        <translation>Не удаётся открыть базу данных результатов: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Presenter mode</source>
        <translation>Режим презентации</translation>
    </message>
    <message>
        <location filename="../library_packs.py" line="+46"/>
        <source>Open pack folder</source>
        <extracomment>Longer side of the picture the preview asks for; enough for a full-screen fit.</extracomment>
        <translation>Открыть папку пакета</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open pack file</source>
        <translation>Открыть файл пакета</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specimen packs (*.zip);;All files (*)</source>
        <translation>Пакеты образцов (*.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The pack cannot be opened</source>
        <translation>Пакет нельзя открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DocInspect cannot open the pack {path}. Nothing was changed. Fix the problems below, or ask the pack&apos;s author, then open it again.</source>
        <translation>DocInspect не может открыть пакет {path}. Ничего не изменено. Устраните перечисленные ниже проблемы или обратитесь к автору пакета, затем откройте его снова.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Some packs could not be reopened</source>
        <translation>Некоторые пакеты не удалось открыть снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These packs were in your library but could not be opened again, so they were removed from it. Open them again once they are back or repaired.</source>
        <translation>Эти пакеты были в вашей библиотеке, но открыть их снова не удалось, поэтому они убраны из неё. Откройте их снова, когда они будут на месте или исправлены.</translation>
    </message>
    <message>
        <location filename="../library_generation.py" line="+56"/>
        <source>Generated specimens are being opened…</source>
        <translation>Созданные образцы открываются…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Generating was cancelled; nothing was written.</source>
        <translation>Генерация отменена; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../library_roles.py" line="-162"/>
        <source>No class here: Tools &gt; Connect to a class server…, or create the first instructor with &apos;docinspect classroom init&apos;</source>
        <translation>Класса нет: Сервис &gt; Подключиться к серверу класса… или создайте первого преподавателя командой &apos;docinspect classroom init&apos;</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>The class server&apos;s database URL, as your administrator gave it, e.g. {example}</source>
        <translation>Адрес (URL) базы данных сервера класса, полученный от администратора, например {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{url} is not a class server&apos;s URL (one like {example})</source>
        <translation>{url} — не адрес сервера класса (он выглядит как {example})</translation>
    </message>
    <message>
        <location filename="../library_packs.py" line="+39"/>
        <source>Loading the picture…</source>
        <translation>Изображение загружается…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Close this pack</source>
        <translation>Закрыть этот пакет</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No specimen matches “{text}”.</source>
        <translation>Нет образцов, соответствующих «{text}».</translation>
    </message>
    <message>
        <location filename="../library_windows.py" line="+29"/>
        <source>About DocInspect</source>
        <translation>О программе DocInspect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;DocInspect&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;DocInspect&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An offline trainer for inspecting travel documents: genuine and forged specimens under simulated lights and a magnifier loupe.

Synthetic documents are of fictional states only.

Machine readable zones are shown in the OCR-B font bundled with DocInspect.</source>
        <translation>Автономный тренажёр по проверке документов, предъявляемых при пересечении границы: подлинные и поддельные образцы в имитируемом освещении и под лупой.

Синтетические документы — только вымышленных государств.

Машиносчитываемые зоны показаны шрифтом OCR-B, входящим в состав DocInspect.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your data (results, settings, packs) is in {folder}.</source>
        <translation>Ваши данные (результаты, настройки, пакеты) хранятся в папке {folder}.</translation>
    </message>
    <message>
        <location filename="../library_packs.py" line="+27"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent packs</source>
        <translation>Недавних пакетов нет</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+41"/>
        <source>Opening {names}…</source>
        <translation>Открывается: {names}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packs: {packs}   Specimens: {specimens}</source>
        <translation>Пакетов: {packs}   Образцов: {specimens}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown: {shown}</source>
        <translation>Показано: {shown}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <location filename="../practice/pages.py" line="-303"/>
        <source>right</source>
        <translation>верно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged, wrong method</source>
        <translation>поддельный, способ указан неверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged document accepted</source>
        <translation>поддельный документ принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genuine document refused</source>
        <translation>подлинный документ не принят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed the defect</source>
        <translation>признак подделки не найден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ran out</source>
        <translation>время истекло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaits your instructor&apos;s scoring</source>
        <translation>ожидает оценки преподавателя</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../exercise_modes.py" line="+15"/>
        <source>practice</source>
        <translation>тренировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam</source>
        <translation>экзамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed</source>
        <translation>на время</translation>
    </message>
</context>
<context>
    <name>MrzField</name>
    <message>
        <location filename="../practice/feedback_text.py" line="-237"/>
        <source>Document type</source>
        <extracomment>Same context and texts as the question panel&apos;s MRZ choices: one translation serves both.</extracomment>
        <translation>Тип документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number check digit</source>
        <translation>Контрольная цифра номера документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth check digit</source>
        <translation>Контрольная цифра даты рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of expiry</source>
        <translation>Дата окончания срока действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of expiry check digit</source>
        <translation>Контрольная цифра даты окончания срока действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional data</source>
        <translation>Дополнительные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composite check digit</source>
        <translation>Общая контрольная цифра</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../names.py" line="+24"/>
        <source>White</source>
        <extracomment>On buttons, menus, tabs and lists of choices.</extracomment>
        <translation>Белый</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>UV 365 nm</source>
        <translation>УФ 365 нм</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>IR</source>
        <translation>ИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oblique</source>
        <translation>Косой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmitted</source>
        <translation>На просвет</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>white light</source>
        <extracomment>Inside a sentence or a list (&quot;Lights: white light, UV 365 nm, ...&quot;).
----------
Where feedback says where to look (&quot;look under the UV lamp (365 nm)&quot;).</extracomment>
        <translation>белый свет</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>infrared (IR)</source>
        <translation>инфракрасный (ИК)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>oblique light</source>
        <translation>косопадающий свет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transmitted light</source>
        <translation>проходящий свет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the UV lamp (365 nm)</source>
        <translation>под УФ-лампой (365 нм)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oblique (raking) light</source>
        <translation>в косопадающем свете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transmitted light (held against the light)</source>
        <translation>на просвет (в проходящем свете)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genuine</source>
        <extracomment>As a heading, a choice or a specimen&apos;s answer.</extracomment>
        <translation>Подлинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterfeit</source>
        <translation>Полная подделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falsified</source>
        <translation>Частичная подделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impostor (look-alike)</source>
        <translation>Предъявление другим лицом (по внешнему сходству)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fantasy document</source>
        <translation>Фантомный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen blank</source>
        <translation>Похищенный бланк</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>genuine</source>
        <extracomment>After &quot;the document is ...&quot; in feedback and results.</extracomment>
        <translation>подлинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterfeit</source>
        <translation>полностью поддельный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>falsified</source>
        <translation>частично подделанный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used by an impostor</source>
        <translation>подлинный, но предъявлен другим лицом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fantasy document</source>
        <translation>фантомный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stolen blank</source>
        <translation>изготовлен на похищенном бланке</translation>
    </message>
</context>
<context>
    <name>PackOpening</name>
    <message>
        <location filename="../pack_opening.py" line="+38"/>
        <source>the pack is not there any more</source>
        <translation>пакета больше нет на месте</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected error: {error} (details in {log})</source>
        <translation>непредвиденная ошибка: {error} (подробности в {log})</translation>
    </message>
</context>
<context>
    <name>PackSettingsDialog</name>
    <message>
        <location filename="../studio/window.py" line="+1467"/>
        <source>Pack settings</source>
        <translation>Параметры пакета</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For sharing with others (personal data must be redacted)</source>
        <translation>Для передачи другим (персональные данные должны быть скрыты)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>PhotoSetDialog</name>
    <message>
        <location filename="../studio/photo_set_dialog.py" line="+40"/>
        <source>Ears</source>
        <extracomment>Longest side a photo is kept at: a face compared on screen needs no more.</extracomment>
        <translation>Уши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face outline</source>
        <translation>Овал лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes (spacing, axis)</source>
        <translation>Глаза (расстояние, ось)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nose</source>
        <translation>Нос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth</source>
        <translation>Рот</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import photo set</source>
        <translation>Импорт пары фотографий</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document photo</source>
        <translation>Фото в документе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live photo</source>
        <translation>Фото человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Volunteers, pair 3</source>
        <translation>например: Добровольцы, пара 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same person</source>
        <translation>Один и тот же человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two different people</source>
        <translation>Два разных человека</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What a trainee should see, e.g. the ear lobes: attached in the photo, free at the desk</source>
        <translation>Что должен увидеть слушатель, например: мочки ушей приросшие на фото, свободные у человека у стойки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people in these photos agreed to their use for training</source>
        <translation>Люди на этих фотографиях согласились на их использование в обучении</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document photo and a photo of the person at the desk make one face-comparison item. Real faces are personal data: the pack is marked as holding them and the studio warns before it is exported.</source>
        <translation>Фото в документе и фото человека у стойки составляют одно задание на сравнение лиц. Настоящие лица — персональные данные: пакет помечается как содержащий их, и студия предупреждает перед его экспортом.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differing traits</source>
        <translation>Различающиеся признаки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for trainees</source>
        <translation>Пояснение для слушателей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Choose both photos.</source>
        <translation>Выберите обе фотографии.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Mark at least one trait that differs between the two people.</source>
        <translation>Отметьте хотя бы один признак, которым различаются эти два человека.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only photos of people who agreed to their use can be imported.</source>
        <translation>Импортировать можно только фотографии людей, согласившихся на их использование.</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+135"/>
        <source>Photo set</source>
        <translation>Пара фотографий</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../practice/pages.py" line="+30"/>
        <source>New trainee…</source>
        <extracomment>Mark of an answer recorded without the answer key (training.scoring.Mark.UNSCORED).</extracomment>
        <translation>Новый слушатель…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My history</source>
        <translation>Мои результаты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainee:</source>
        <translation>Слушатель:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer offer this exercise for resume (answers already given are kept)</source>
        <translation>Больше не предлагать продолжить это упражнение (данные ответы сохраняются)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice and exams</source>
        <translation>Тренировка и экзамены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an exercise:</source>
        <translation>Выберите упражнение:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupted exercises you can resume:</source>
        <translation>Прерванные упражнения, которые можно продолжить:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built-in curriculum</source>
        <translation>Встроенный курс</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{module} — {title} ({mode}, {n} questions)</source>
        <translation>{module} — {title} ({mode}, вопросов: {n})</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Practise my weak points (made for you, adapts as you improve)</source>
        <translation>Тренировать слабые места (составлено для вас, усложняется по мере успехов)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>passed</source>
        <extracomment>Item data role of an exercise&apos;s text without its progress.</extracomment>
        <translation>сдано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed yet</source>
        <translation>пока не сдано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best {f:.0%}, {mark}</source>
        <translation>лучший результат {f:.0%}, {mark}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under way</source>
        <translation>начато</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{title} — started {when}, {done} of {total} answered</source>
        <translation>{title} — начато {when}, отвечено {done} из {total}</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../practice/window.py" line="+75"/>
        <source>DocInspect — Practice</source>
        <translation>DocInspect — тренировка</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Pack: {title}</source>
        <extracomment>Class packs this seat fetched for its assignments (path -&gt; pack). An exercise whose lesson is shown: (exercise, order, seed). Its session is started only at Begin, so Back from the lesson leaves nothing to resume and no history row. The finished exercise and its answers, in the results table&apos;s order. Workstations opened from the results (kept so they are not collected).</extracomment>
        <translation>Пакет: {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some exercises of your packs cannot be offered: {reason}</source>
        <translation>Некоторые упражнения ваших пакетов нельзя предложить: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="vanished">Далее</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results bundle…</source>
        <translation>&amp;Выгрузить результаты…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this seat&apos;s answers to a file for the instructor to import (for a seat that stays offline)</source>
        <translation>Записать ответы с этого рабочего места в файл для преподавателя (если место работает без сети)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Signing in needs the class server. Choose your name below (or add it) and keep practising.</source>
        <translation type="vanished">Для входа нужен сервер класса. Выберите своё имя ниже (или добавьте его) и продолжайте тренировку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The class server cannot be reached. Sign in as usual if you have signed in at this seat before; otherwise add your name with New trainee…</source>
        <translation>Сервер класса недоступен. Войдите как обычно, если уже входили на этом рабочем месте; иначе добавьте своё имя кнопкой «Новый слушатель…».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not signed in: {reason}</source>
        <translation>Вход не выполнен: {reason}</translation>
    </message>
    <message>
        <source>{n} answers sent to the class server</source>
        <translation type="vanished">Ответов отправлено на сервер класса: {n}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose an assignment first.</source>
        <translation>Сначала выберите задание.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exercise of this assignment ({id}) is not in this seat&apos;s curriculum; ask your instructor.</source>
        <translation>Упражнения этого задания ({id}) нет в программе этого рабочего места; обратитесь к преподавателю.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export results bundle</source>
        <translation>Выгрузка результатов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results bundles (*.zip)</source>
        <translation>Файлы результатов (*.zip)</translation>
    </message>
    <message>
        <source>Wrote {n} answers to {path}: give this file to your instructor.</source>
        <translation type="vanished">Ответов записано: {n}, файл {path}: передайте его преподавателю.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Next (Enter)</source>
        <translation>Далее (Ввод)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next question (Enter)</source>
        <translation>Следующий вопрос (клавиша Ввод)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to exercises</source>
        <translation>К упражнениям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this exercise; it waits among the interrupted ones to be resumed</source>
        <translation>Выйти из упражнения; оно останется среди прерванных, его можно продолжить</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Answers sent to the class server: {n}</source>
        <translation>Ответов отправлено на сервер класса: {n}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Answers written to {path}: {n}. Give this file to your instructor.</source>
        <translation>Ответов записано в {path}: {n}. Передайте этот файл преподавателю.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The results bundle was not written: {reason}</source>
        <translation>Файл результатов не записан: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New trainee</source>
        <translation>Новый слушатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Фамилия и имя:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in to begin.</source>
        <translation>Войдите, чтобы начать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a trainee to begin.</source>
        <translation>Добавьте слушателя, чтобы начать.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Choose a trainee and an exercise first.</source>
        <translation>Сначала выберите слушателя и упражнение.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>that exercise is no longer available</source>
        <translation>это упражнение больше недоступно</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Question {n} of {total}</source>
        <translation>Вопрос {n} из {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+233"/>
        <source>Preparing the document…</source>
        <translation>Документ готовится…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation>Осталось: {m}:{s:02d}</translation>
    </message>
    <message>
        <source>{s:.0f} s</source>
        <translation type="vanished">{s:.0f} с</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time is up</source>
        <translation>Время истекло</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time ran out on question {n}: the document counts as accepted, as at a first-line check when the traveller walks through.</source>
        <translation>Время на вопрос {n} истекло: документ считается принятым — как на первой линии, когда путешественник проходит дальше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time ran out on question {n}: it counts as not answered (0 points).</source>
        <translation>Время на вопрос {n} истекло: он считается неотвеченным (0 баллов).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This question has no document.</source>
        <translation>В этом вопросе нет документа.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a trainee first.</source>
        <translation>Сначала выберите слушателя.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Something went wrong: {reason}</source>
        <translation>Произошла ошибка: {reason}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../presenter/opening.py" line="+115"/>
        <source>The selected specimen: {title}</source>
        <extracomment>Open presenter windows, kept alive until they close.</extracomment>
        <translation>Выбранный образец: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson plan: {title} ({minutes} min)</source>
        <translation>План занятия: {title} ({minutes} мин)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another lesson plan file…</source>
        <translation>Другой файл плана занятия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lesson plan…</source>
        <translation>Новый план занятия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a lesson plan file…</source>
        <translation>Изменить файл плана занятия…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter mode</source>
        <translation>Режим презентации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to show on the big screen:</source>
        <translation>Что показать на большом экране:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a lesson plan</source>
        <translation>Открыть план занятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Lesson plans (*{suffix})</source>
        <translation>Планы занятий (*{suffix})</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+60"/>
        <source>Cannot use this lesson plan</source>
        <translation>Этот план занятия нельзя использовать</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Edit a lesson plan</source>
        <translation>Изменить план занятия</translation>
    </message>
</context>
<context>
    <name>PresenterStage</name>
    <message>
        <location filename="../presenter/stage.py" line="+259"/>
        <source>Forgery indicator</source>
        <extracomment>Regions starting this close to the top edge get their label inside them. Preference when a revealed region needs another light: the commonest lamps first. The number of revealed regions changed. The view with the booklet&apos;s page list beside it (the view alone for one page). The page list of a booklet on the stage (None for a document of one page).</extracomment>
        <translation>Признак подделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security feature</source>
        <translation>Защитный элемент</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>tilted {deg:+.0f}°</source>
        <translation>наклон {deg:+.0f}°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top edge tilted {deg:+.0f}°</source>
        <translation>верхний край наклонён на {deg:+.0f}°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loupe {power:g}×</source>
        <translation>лупа {power:g}×</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../presenter/window.py" line="+96"/>
        <source>Presenter — {title}</source>
        <extracomment>Type on the projector is this many times the desktop size (the issue asks for &gt;= 1.6). The current step changed (its index).</extracomment>
        <translation>Презентация — {title}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Instructor notes (N hides)</source>
        <translation>Заметки преподавателя (N — скрыть)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot show this specimen: {reason}</source>
        <translation>Не удаётся показать этот образец: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{elapsed} of {planned}</source>
        <translation>{elapsed} из {planned}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (paused)</source>
        <translation>  (пауза)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson {elapsed} of {planned} min</source>
        <translation>Занятие: {elapsed} из {planned} мин</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number}. {title}
   {minutes} min</source>
        <translation>{number}. {title}
   {minutes} мин</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no notes for this step)</source>
        <translation>(к этому шагу заметок нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not translated, shown as written: {texts}</source>
        <translation>Без перевода, показано в исходном виде: {texts}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not on this specimen (cannot reveal): {names}</source>
        <translation>На этом образце нет (нельзя показать): {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercise: {title}</source>
        <translation>Упражнение: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} questions · {mode}</source>
        <translation>Вопросов: {count} · {mode}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This specimen cannot be shown: {reason}</source>
        <translation>Этот образец нельзя показать: {reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page of the booklet</source>
        <translation>Следующая страница книжки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page of the booklet</source>
        <translation>Предыдущая страница книжки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt right</source>
        <translation>Наклонить вправо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt left</source>
        <translation>Наклонить влево</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt away</source>
        <translation>Наклонить от себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt towards you</source>
        <translation>Наклонить к себе</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation type="vanished">Наклонить вперёд</translation>
    </message>
    <message>
        <source>Tilt back</source>
        <translation type="vanished">Наклонить назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay flat</source>
        <translation>Положить ровно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loupe</source>
        <translation>Лупа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stronger loupe</source>
        <translation>Лупа сильнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaker loupe</source>
        <translation>Лупа слабее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructor notes</source>
        <translation>Заметки преподавателя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda</source>
        <translation>План занятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructor notes in a window</source>
        <translation>Заметки преподавателя в отдельном окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the clock</source>
        <translation>Остановить часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave presenter mode</source>
        <translation>Выйти из режима презентации</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="vanished">Выйти из полноэкранного режима</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../problems_dialog.py" line="+52"/>
        <source>Problems found: {n}</source>
        <translation>Найдено проблем: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the problems as text, one per line</source>
        <translation>Скопировать проблемы как текст, по одной в строке</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../dashboard/window.py" line="+49"/>
        <source>Progress and results — DocInspect</source>
        <extracomment>The trainees, and the cohorts with their sizes, that the window offers to pick from. Opened for this window alone (the library&apos;s Progress and results…): closed with it, so a class server does not keep a connection per closed window.</extracomment>
        <translation>Успехи и результаты — DocInspect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No trainee has answered yet. Open Training &gt; Practice and exams… to start.</source>
        <translation>Ни один слушатель ещё не отвечал. Чтобы начать, откройте Обучение &gt; Тренировка и экзамены…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trainee:</source>
        <translation>Слушатель:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trainee</source>
        <translation>Слушатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (item analysis)</source>
        <translation>Вопросы (анализ заданий)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All trainees</source>
        <translation>Все слушатели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} trainees)</source>
        <translation>{0} (слушателей: {1})</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../practice/panel.py" line="+329"/>
        <source>Tilt</source>
        <translation>Наклон</translation>
    </message>
    <message>
        <source>Tilt the document 5° back</source>
        <translation type="vanished">Наклонить документ на 5° назад</translation>
    </message>
    <message>
        <source>Tilt the document 5° forward</source>
        <translation type="vanished">Наклонить документ на 5° вперёд</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Tilt the document 5° to the left</source>
        <extracomment>Where the trainee clicked, drawn with the feedback. The questioned document is drawn: the trainee can see it now (a timed check starts here). The person presenting the questioned document, when it has a live photo. The answer button the trainee pressed for this item (None for clicks on the page).</extracomment>
        <translation>Наклонить документ на 5° влево</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt the document 5° to the right</source>
        <translation>Наклонить документ на 5° вправо</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tilt the top edge 5° towards you</source>
        <translation>Наклонить верхний край на 5° к себе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt the top edge 5° away from you</source>
        <translation>Наклонить верхний край на 5° от себя</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loupe (L)</source>
        <translation>Лупа (L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loupe magnification (+ and − keys)</source>
        <translation>Увеличение лупы (клавиши + и −)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit the page to the window</source>
        <translation>Вписать страницу в окно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit (F)</source>
        <translation>Вписать (F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (or the wheel)</source>
        <translation>Приблизить (или колесо мыши)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out (or the wheel)</source>
        <translation>Отдалить (или колесо мыши)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outline the regions the feedback is about (after your answer)</source>
        <translation>Обвести области, о которых говорит разбор (после ответа)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions (A)</source>
        <translation>Области (A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A genuine document of the same kind beside this one, in step</source>
        <translation>Подлинный документ того же вида рядом с этим, синхронно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare (C)</source>
        <translation>Сравнить (C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place the document on the reader: access with the MRZ, passive authentication</source>
        <translation>Положить документ на считыватель: доступ по МСЗ, пассивная аутентификация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read chip (E)</source>
        <translation>Считать чип (E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare faces (V)</source>
        <translation>Сравнить лица (V)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Questioned document</source>
        <extracomment>The practice window sets it for exercises that offer the document reader. Page sources of coming documents, opened and drawn once while the trainee read the feedback (the window fills it): the next document then draws sooner. Asks for a genuine reference of a questioned document&apos;s kind (the window sets it: made in the background); called with the question&apos;s specimen source and a callback taking the Located (never called back when there is none).</extracomment>
        <translation>Проверяемый документ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>Genuine reference</source>
        <translation>Подлинный образец</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Refuse — forged, or not the holder</source>
        <translation>Не принять — подделка или предъявлен не владельцем</translation>
    </message>
    <message>
        <location filename="../practice/pages.py" line="+342"/>
        <location filename="../practice/panel.py" line="-47"/>
        <source>Is this document genuine or forged?</source>
        <translation>Документ подлинный или поддельный?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Compare with the genuine reference. Is the document genuine or forged?</source>
        <translation>Сравните с подлинным образцом. Документ подлинный или поддельный?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Find the defect on this document.</source>
        <translation>Найдите на документе признак подделки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Which security feature is in the marked area?</source>
        <translation>Какой защитный элемент в отмеченной области?</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../practice/panel.py" line="+3"/>
        <source>Under which light do you check: {feature}?</source>
        <translation>В каком свете проверяют: {feature}?</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Which field of the MRZ is wrong?</source>
        <translation>Какое поле МСЗ неверно?</translation>
    </message>
    <message>
        <location filename="../practice/panel.py" line="+24"/>
        <source>Genuine — accept</source>
        <translation>Подлинный — принять</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— by which method? —</source>
        <translation>— каким способом подделан? —</translation>
    </message>
    <message>
        <source>Forged — refuse</source>
        <translation type="vanished">Поддельный — не принять</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drag a box around the defect on the document.</source>
        <translation>Обведите рамкой признак подделки на документе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click on the defect on the document.</source>
        <translation>Щёлкните по признаку подделки на документе.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saving your answer…</source>
        <translation>Ответ сохраняется…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your answer could not be saved: {reason}. It is kept; press Try again.</source>
        <translation>Ответ не удалось сохранить: {reason}. Он не потерян; нажмите «Повторить».</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../inspect/overlay.py" line="+50"/>
        <source>Redacted: personal data</source>
        <extracomment>Outline colours: security features in cyan, forgery indicators in a warning red. Above the page and the detail tile.</extracomment>
        <translation>Скрыто: персональные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgery indicator</source>
        <translation>Признак подделки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security feature</source>
        <translation>Защитный элемент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seen under: {lights}</source>
        <translation>Виден в свете: {lights}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; loupe {power:g}× or more</source>
        <translation>; лупа от {power:g}×</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <location filename="../studio/region_panel.py" line="+68"/>
        <source>No region selected</source>
        <extracomment>A pause in typing this long counts as an edit (undo step, autosave). The region as edited here. Redact the region&apos;s pixels: &quot;black&quot; or &quot;blur&quot;. Open the translations with this explanation (as written) selected.</extracomment>
        <translation>Область не выбрана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose a feature)</source>
        <translation>(выберите элемент)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security feature</source>
        <translation>Защитный элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgery indicator</source>
        <translation>Признак подделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction only (not a feature)</source>
        <translation>Только скрытие (не признак)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="vanished">Белый</translation>
    </message>
    <message>
        <source>UV 365</source>
        <translation type="vanished">УФ 365</translation>
    </message>
    <message>
        <source>IR</source>
        <translation type="vanished">ИК</translation>
    </message>
    <message>
        <source>Oblique</source>
        <translation type="vanished">Косой</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation type="vanished">На просвет</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What a trainee should see here, and why it matters</source>
        <translation>Что слушатель должен здесь увидеть и почему это важно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translate…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the Russian and Bulgarian of this explanation</source>
        <translation>Ввести русский и болгарский перевод этого пояснения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data of a real person</source>
        <translation>Персональные данные реального лица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black out</source>
        <translation>Закрасить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur</source>
        <translation>Размыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feature</source>
        <translation>Защитный элемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgery method</source>
        <translation>Способ подделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen under</source>
        <translation>Виден в свете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe power</source>
        <translation>Увеличение лупы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No region selected. Draw one with the rectangle (R), ellipse (E) or polygon (P) tool.</source>
        <translation>Область не выбрана. Нарисуйте её инструментом «Прямоугольник» (R), «Эллипс» (E) или «Многоугольник» (P).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region {id}</source>
        <translation>Область {id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redacted</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not redacted</source>
        <translation>Не скрыто</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../practice/pages.py" line="-188"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer</source>
        <translation>Правильный ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back to exercises</source>
        <translation>К упражнениям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My history</source>
        <translation>Мои результаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the document again</source>
        <translation>Посмотреть документ ещё раз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the chosen question&apos;s document at the workstation, with its regions and a genuine reference (or double-click its row)</source>
        <translation>Открыть документ выбранного вопроса на рабочем месте, с областями и подлинным образцом (или дважды щёлкните строку)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Results — {title}</source>
        <translation>Результаты — {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed.</source>
        <translation>Сдано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed (pass mark {p:.0%}).</source>
        <translation>Не сдано (проходной балл {p:.0%}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: {s:g} of {m:g} ({f:.0%}). {verdict}</source>
        <translation>Баллы: {s:g} из {m:g} ({f:.0%}). {verdict}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} answers await your instructor&apos;s scoring.</source>
        <translation>Ответов, ожидающих оценки преподавателя: {n}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forged documents accepted: {n} of {t}.</source>
        <translation>Принято поддельных документов: {n} из {t}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean decision time: {s:.1f} s.</source>
        <translation>Среднее время решения: {s:.1f} с.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question {n}: {text}</source>
        <translation>Вопрос {n}: {text}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ID card (TD1)</source>
        <extracomment>Document types as a trainee names them (recipe keys carry the type&apos;s id).</extracomment>
        <translation>ID-карта (TD1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card back (TD1)</source>
        <translation>ID-карта, оборотная сторона (TD1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card (TD2)</source>
        <translation>ID-карта (TD2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport (TD3)</source>
        <translation>паспорт (TD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport booklet (TD3)</source>
        <translation>паспортная книжка (TD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa sticker (MRV-A)</source>
        <translation>визовая наклейка (MRV-A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa sticker (MRV-B)</source>
        <translation>визовая наклейка (MRV-B)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>generated {document}, {state}, no. {seed}</source>
        <translation>сгенерированный документ: {document}, {state}, № {seed}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../classroom/roles.py" line="+117"/>
        <source>this database has no instructor accounts</source>
        <extracomment>Seconds between two tries to ask a class server that did not answer about its accounts. Accounts were found on or off, or someone signed in or out. None while unknown (a class server being asked); then whether accounts are on. Why the accounts could not be read, or &quot;&quot;.</extracomment>
        <translation>в этой базе данных нет учётных записей преподавателей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the class database cannot be reached: {reason}</source>
        <translation>база данных класса недоступна: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still asking</source>
        <translation>запрос ещё выполняется</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} is a trainee&apos;s account</source>
        <translation>{user} — учётная запись слушателя</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../practice/pages.py" line="+118"/>
        <source>No finished exercises yet</source>
        <translation>Законченных упражнений пока нет</translation>
    </message>
</context>
<context>
    <name>SeatBanner</name>
    <message>
        <location filename="../classroom/seat_panel.py" line="+44"/>
        <source>Connecting to the class server…</source>
        <translation>Подключение к серверу класса…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline — your answers are kept on this computer and sent when the class server is back.</source>
        <translation>Нет связи — ответы сохраняются на этом компьютере и будут отправлены, когда сервер класса станет доступен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the class server — your answers reach the class.</source>
        <translation>Подключено к серверу класса — ваши ответы поступают в класс.</translation>
    </message>
</context>
<context>
    <name>SeatLink</name>
    <message>
        <location filename="../classroom/seat_link.py" line="+378"/>
        <source>signed in at this seat: the class server is away</source>
        <extracomment>Seconds between two tries to reach the class server while the seat is offline. The seat went online or offline (read ``offline`` and ``reason``). A trainee signed in (the Trainee, already copied into the seat&apos;s file). Signing in was refused or could not be done; the message says why. The signed-in trainee&apos;s assignments (list[Assignment]), read or from the seat&apos;s cache. A push reached the server (the PushReport: what was sent and what was added). None while the first contact is being made; then True or False. Why the server was not reached (the first line of the error), or &quot;&quot;. True when the database login itself is the trainee&apos;s (a seat role): no sign-out. Whether the server has been asked if this seat&apos;s login is a seat role. The seat role&apos;s trainee; pushes carry only theirs (read on the worker thread). Per trainee of the seat&apos;s file, the results_signature its last push saw, and the mark the next push compares from; read and written on the worker thread only.</extracomment>
        <translation>вход выполнен на этом рабочем месте: сервер класса недоступен</translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message>
        <location filename="../classroom/seat_panel.py" line="+12"/>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to the class:</source>
        <translation>Вход в класс:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start assignment</source>
        <translation>Начать задание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your assignments:</source>
        <translation>Ваши задания:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed in as &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Вход выполнен: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no due date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {when}</source>
        <translation>срок: {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{n} of {total} answered</source>
        <translation>отвечено {n} из {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{answered} — OVERDUE</source>
        <translation>{answered} — ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} — {due} — {state}</source>
        <translation>{title} — {due} — {state}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../classroom/roles.py" line="+35"/>
        <source>Sign in as instructor</source>
        <translation>Вход преподавателя</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio, answers and the class&apos;s results need an instructor.</source>
        <translation>Студия, ответы и результаты класса доступны только преподавателю.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed in: {reason}</source>
        <translation>Вход не выполнен: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecimenImage</name>
    <message>
        <location filename="../specimen_image.py" line="+50"/>
        <source>No white-light image in this specimen.</source>
        <extracomment>Prepared scenes kept for reuse, most recently used last. True when the picture was drawn by the renderer rather than captured.</extracomment>
        <translation>В этом образце нет изображения в белом свете.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The white-light image {name} cannot be read: {reason}</source>
        <translation>Изображение в белом свете {name} не читается: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This specimen is drawn by the renderer, which is not available yet.</source>
        <translation>Этот образец отрисовывается модулем визуализации, который пока недоступен.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This specimen cannot be drawn: {reason}</source>
        <translation>Этот образец нельзя отрисовать: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecimenPane</name>
    <message>
        <location filename="../practice/panel.py" line="-619"/>
        <source>This document cannot be shown: {reason}</source>
        <extracomment>The pressed answer, once the buttons are disabled: dark text, bold, a blue frame. The light (and other on/off tool) chosen: blue, as in the workstation&apos;s toolbar. After the answer: the right answer&apos;s button in green, a wrong choice in red. Where the trainee clicked (or the box they dragged), shown with the feedback. A press and release closer than this (pixels) is a click, not a pan of the page. (x_mm, y_mm) of a click on the page (not a drag to pan). (left, top, right, bottom) in mm of a box dragged on the page (drag mode). The booklet&apos;s page list (None for a single page).</extracomment>
        <translation>Этот документ нельзя показать: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecimenPanel</name>
    <message>
        <location filename="../specimen_panel.py" line="+28"/>
        <source>TD1 — identity card</source>
        <translation>TD1 — удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD2 — identity card</source>
        <translation>TD2 — удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD3 — passport data page</source>
        <translation>TD3 — страница данных паспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRV-A — visa</source>
        <translation>MRV-A — виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRV-B — visa</source>
        <translation>MRV-B — виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other document</source>
        <translation>другой документ</translation>
    </message>
    <message>
        <source>UV 365 nm</source>
        <translation type="vanished">УФ 365 нм</translation>
    </message>
    <message>
        <source>white light</source>
        <translation type="vanished">белый свет</translation>
    </message>
    <message>
        <source>infrared (IR)</source>
        <translation type="vanished">инфракрасный (ИК)</translation>
    </message>
    <message>
        <source>oblique light</source>
        <translation type="vanished">косопадающий свет</translation>
    </message>
    <message>
        <source>transmitted light</source>
        <translation type="vanished">проходящий свет</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="vanished">Подлинный</translation>
    </message>
    <message>
        <source>Forged: counterfeit</source>
        <translation type="vanished">Поддельный: полная подделка</translation>
    </message>
    <message>
        <source>Forged: falsified</source>
        <translation type="vanished">Поддельный: частичная подделка</translation>
    </message>
    <message>
        <source>Impostor (look-alike)</source>
        <translation type="vanished">Предъявление другим лицом (по внешнему сходству)</translation>
    </message>
    <message>
        <source>Fantasy document</source>
        <translation type="vanished">Фантомный документ</translation>
    </message>
    <message>
        <source>Stolen blank</source>
        <translation type="vanished">Похищенный бланк</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Specimen ID</source>
        <translation>Идентификатор образца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lights</source>
        <translation>Освещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated regions</source>
        <translation>Размеченные области</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Machine readable zone</source>
        <translation>Машиносчитываемая зона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspect under lights…</source>
        <translation>Осмотреть в разных видах освещения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the specimen under white, UV, IR, oblique and transmitted light</source>
        <translation>Осмотреть образец в белом, УФ, ИК, косопадающем и проходящем свете</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Show answer</source>
        <translation>Показать ответ</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Reveal whether the specimen is genuine, and why. Decide for yourself first.</source>
        <translation>Показать, подлинный ли образец и почему. Сначала решите сами.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No specimen selected</source>
        <translation>Образец не выбран</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{kind}, in a passport booklet</source>
        <translation>{kind}, в паспортной книжке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{w:.2f} × {h:.2f} mm</source>
        <translation>{w:.2f} × {h:.2f} мм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sealed (exam)</source>
        <translation>запечатан (экзамен)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no MRZ)</source>
        <translation>(нет МСЗ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide answer</source>
        <translation>Скрыть ответ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{lights} (rendered)</source>
        <translation>{lights} (отрисовано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none captured</source>
        <translation>снимков нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer key sealed — results are scored by your instructor.</source>
        <translation>Ключ ответов запечатан — результаты оценит преподаватель.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methods: {names}</source>
        <translation>Способы: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions: {features} security features, {indicators} forgery indicators</source>
        <translation>Области: защитных элементов — {features}, признаков подделки — {indicators}</translation>
    </message>
</context>
<context>
    <name>StarterLibrary</name>
    <message>
        <location filename="../starter.py" line="+39"/>
        <source>Making a starter library of genuine documents to look at; it joins the library in a few minutes (you can work meanwhile).</source>
        <translation>Создаётся начальная библиотека подлинных документов для просмотра; через несколько минут она появится в библиотеке (работать можно уже сейчас).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The starter library of genuine documents is ready.</source>
        <translation>Начальная библиотека подлинных документов готова.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The starter library could not be made: {reason}</source>
        <translation>Не удалось создать начальную библиотеку: {reason}</translation>
    </message>
</context>
<context>
    <name>StudioTranslations</name>
    <message>
        <location filename="../studio/translations.py" line="+35"/>
        <source>Exercise “{name}”: title</source>
        <translation>Упражнение «{name}»: название</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercise “{name}”: module</source>
        <translation>Упражнение «{name}»: модуль</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise “{name}”: lesson, paragraph {n}</source>
        <translation>Упражнение «{name}»: урок, абзац {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise “{name}”: question {n}</source>
        <translation>Упражнение «{name}»: вопрос {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Specimen “{title}”: its title</source>
        <translation>Образец «{title}»: название</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Specimen “{title}”: what the answer explains</source>
        <translation>Образец «{title}»: пояснение к ответу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Specimen “{title}”: region {region} ({feature})</source>
        <translation>Образец «{title}»: область {region} ({feature})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: is not UTF-8 text</source>
        <translation>{file}: это не текст в кодировке UTF-8</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{language}: i18n/{code}.po cannot be read: {reason}</source>
        <translation>{language}: i18n/{code}.po не читается: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{language}: {n} of {total} texts not translated (i18n/{code}.po)</source>
        <translation>{language}: не переведено текстов: {n} из {total} (i18n/{code}.po)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{language}: all translated</source>
        <translation>{language}: всё переведено</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{language}: cannot be read</source>
        <translation>{language}: не читается</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language}: translated</source>
        <translation>{language}: переведено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language}: missing</source>
        <translation>{language}: нет перевода</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{language} cannot be edited here until the file is fixed or removed: {reason}</source>
        <translation>{language}: здесь нельзя редактировать, пока файл не исправлен или не удалён: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The texts of your exercises and the explanations of your specimens, as written, and their Russian and Bulgarian. Trainees read a text in their language when it has a translation, and as written when it has none. Saved in the draft folder and exported with the pack.</source>
        <translation>Тексты ваших упражнений и пояснения к вашим образцам в исходном виде и их перевод на русский и болгарский. Слушатель читает текст на своём языке, если перевод есть, а если нет — в исходном виде. Сохраняется в папке черновика и экспортируется вместе с пакетом.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: не удаётся записать ({reason})</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../studio/window.py" line="-1356"/>
        <source>DocInspect - Instructor studio</source>
        <extracomment>Resolution a generated specimen is drawn at for annotating (about 300 dpi): region edges can be placed on the print; the loupe in the workstation shows finer detail. Export finished: the path written, or &quot;&quot; when it failed or was refused. A pack import (merge) finished: a short summary. Reading the MRZ from a scan finished: what the instructor is told.</extracomment>
        <translation>DocInspect - Студия преподавателя</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+16"/>
        <location line="+1269"/>
        <source>Instructor studio</source>
        <extracomment>The last export or import problem shown to the user (&quot;&quot; when none). The last warning asked about before an export (&quot;&quot; when none). The specimen the MRZ status line speaks of.</extracomment>
        <translation>Студия преподавателя</translation>
    </message>
    <message>
        <location line="-1283"/>
        <source>The studio was not closed properly last time. Recover the work it saved automatically?</source>
        <translation>Студия в прошлый раз была закрыта некорректно. Восстановить автоматически сохранённую работу?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{x:.1f} mm, {y:.1f} mm</source>
        <translation>{x:.1f} мм, {y:.1f} мм</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import scans…</source>
        <translation>Импорт сканов…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specimens</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <source>No specimens yet. Import scans of a document (one picture per light) with the button below, or bring in a pack&apos;s specimens with File &gt; Import pack…, then draw its security features and forgery indicators on the page.</source>
        <translation type="vanished">Образцов пока нет. Импортируйте сканы документа (по одному изображению на каждый вид освещения) кнопкой ниже или добавьте образцы из пакета через Файл &gt; Импорт пакета…, затем разметьте на странице защитные элементы и признаки подделки.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen</source>
        <translation>Образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What a trainee should learn from this specimen</source>
        <translation>Чему слушатель должен научиться на этом образце</translation>
    </message>
    <message>
        <source>Passport data page (TD3)</source>
        <translation type="vanished">Страница данных паспорта (TD3)</translation>
    </message>
    <message>
        <source>ID card (TD1)</source>
        <translation type="vanished">ID-карта (TD1)</translation>
    </message>
    <message>
        <source>TD2 document</source>
        <translation type="vanished">Документ TD2</translation>
    </message>
    <message>
        <source>Visa, type A</source>
        <translation type="vanished">Виза, тип A</translation>
    </message>
    <message>
        <source>Visa, type B</source>
        <translation type="vanished">Виза, тип B</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Другой</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. UTO</source>
        <translation>например, UTO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The MRZ as printed, one line per row</source>
        <translation>МСЗ как напечатана, по строке на ряд</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read from the scan</source>
        <translation>Прочитать со скана</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of the type</source>
        <translation>Размер по типу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nominal size of the document type chosen above (ISO/IEC 7810, ICAO 9303)</source>
        <translation>Номинальный размер выбранного выше типа документа (ISO/IEC 7810, документ ИКАО 9303)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same person or not…</source>
        <translation>Тот же человек или нет…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgery methods</source>
        <translation>Способы подделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRZ text</source>
        <translation>Текст МСЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live photo</source>
        <translation>Фото человека</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For scans without a UV or IR photo: draw a region over the area, then say how it behaves. UV and IR layers are drawn from the white-light scan and your paint; a real UV or IR capture is never replaced.</source>
        <translation>Для сканов без снимка в УФ или ИК: нарисуйте область поверх участка и укажите, как он себя ведёт. Слои УФ и ИК строятся из скана в белом свете и вашей разметки; настоящий снимок в УФ или ИК никогда не заменяется.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UV colour…</source>
        <translation>Цвет в УФ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glows under UV</source>
        <translation>Светится в УФ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dull under UV</source>
        <translation>Не светится в УФ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absorbs IR (stays dark)</source>
        <translation>Поглощает ИК (остаётся тёмным)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transparent in IR</source>
        <translation>Прозрачен в ИК</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New exercise…</source>
        <translation>Новое упражнение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face comparison from photo sets</source>
        <translation>Сравнение лиц по парам фотографий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One question per photo set: is the traveller the person in the photo?</source>
        <translation>По одному вопросу на пару фотографий: тот ли это человек, что на фото?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations…</source>
        <translation>Переводы…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the Russian and Bulgarian of your exercises and explanations</source>
        <translation>Ввести русский и болгарский перевод ваших упражнений и пояснений</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import a photo set first (File &gt; Import photo set…).</source>
        <translation>Сначала импортируйте пару фотографий (Файл &gt; Импорт пары фотографий…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face comparison</source>
        <translation>Сравнение лиц</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face-comparison exercise</source>
        <translation>Упражнение на сравнение лиц</translation>
    </message>
    <message>
        <source>Face-comparison exercise: {n} questions.</source>
        <translation type="vanished">Упражнение на сравнение лиц: вопросов — {n}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Translations not saved</source>
        <translation>Переводы не сохранены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translations saved</source>
        <translation>Переводы сохранены</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} (questions: {count})</source>
        <translation>{title} (вопросов: {count})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit exercise</source>
        <translation>Изменить упражнение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove exercise</source>
        <translation>Удалить упражнение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>Многоугольник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Light </source>
        <translation> Свет </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scans…</source>
        <translation>&amp;Импорт сканов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import p&amp;hoto set…</source>
        <translation>Импорт пары &amp;фотографий…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;pack…</source>
        <translation>Импорт &amp;пакета…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import pack &amp;folder…</source>
        <translation>Импорт п&amp;апки пакета…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export pack…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save pack</source>
        <translation>&amp;Сохранить пакет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack &amp;settings…</source>
        <translation>Параме&amp;тры пакета…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove specimen</source>
        <translation>&amp;Удалить образец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close studio</source>
        <translation>&amp;Закрыть студию</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete region</source>
        <translation>&amp;Удалить область</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>security feature</source>
        <translation>защитный признак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forgery indicator</source>
        <translation>признак подделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redacted</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>personal data</source>
        <translation>персональные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no feature chosen yet</source>
        <translation>элемент ещё не выбран</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{id}: {what} ({role})</source>
        <translation>{id}: {what} ({role})</translation>
    </message>
    <message>
        <location line="+50"/>
        <source> (painted)</source>
        <translation> (нарисовано)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This specimen cannot be drawn: {reason}</source>
        <translation>Этот образец нельзя отрисовать: {reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import scans to start.</source>
        <translation>Чтобы начать, импортируйте сканы.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{w:.2f} × {h:.2f} mm</source>
        <translation>{w:.2f} × {h:.2f} мм</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} cannot be read</source>
        <translation>{file} не удаётся прочитать</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Changed; autosaves within seconds</source>
        <translation>Изменено; автосохранение через несколько секунд</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draw region</source>
        <translation>Нарисовать область</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move or resize region</source>
        <translation>Переместить или изменить область</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit region</source>
        <translation>Изменить область</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete region</source>
        <translation>Удалить область</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit specimen</source>
        <translation>Изменить образец</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change document size</source>
        <translation>Изменить размер документа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the specimen {title} from the pack?</source>
        <translation>Удалить образец {title} из пакета?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is used by the exercises: {names}.</source>
        <translation>Он используется в упражнениях: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Remove specimen</source>
        <translation>Удалить образец</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+31"/>
        <source>Redact</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Redact this region on every layer of the specimen? This changes the images and cannot be undone.</source>
        <translation>Скрыть эту область на всех слоях образца? Изображения будут изменены, отменить это нельзя.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Region redacted on every layer.</source>
        <translation>Область скрыта на всех слоях.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its MRZ text repeats the holder&apos;s name, document number and dates (clear or replace it under MRZ text on the Specimen tab, and redact the MRZ on the image)</source>
        <translation>текст МСЗ повторяет имя владельца, номер документа и даты (очистите или замените его в поле «Текст МСЗ» на вкладке «Образец» и скройте МСЗ на изображении)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its data fields hold the holder&apos;s data (clear them)</source>
        <translation>в полях данных записаны данные владельца (очистите их)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redacted here, but still written elsewhere on this specimen: {where}.</source>
        <translation>Здесь скрыто, но всё ещё записано в другом месте этого образца: {where}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select or draw a region to paint first.</source>
        <translation>Сначала выберите или нарисуйте область для разметки.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Material painted.</source>
        <translation>Материал размечен.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colour under UV</source>
        <translation>Цвет в УФ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import specimen</source>
        <translation>Импорт образца</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mark photo set</source>
        <translation>Отметить пару фотографий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import photo set</source>
        <translation>Импорт пары фотографий</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This document type has no machine readable zone: choose the type first.</source>
        <translation>У этого типа документа нет машиночитаемой зоны: сначала выберите тип.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the MRZ from the scan…</source>
        <translation>Чтение MRZ со скана…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No MRZ could be read from the scan ({reason}): type it.</source>
        <translation>MRZ не удалось прочитать со скана ({reason}): введите её вручную.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The MRZ typed meanwhile is kept; Read from the scan offers the reading.</source>
        <translation>MRZ, введённая за это время, сохранена; кнопка «Прочитать со скана» предложит прочитанное.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read MRZ</source>
        <translation>Прочитать MRZ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MRZ read from the scan: check every character against the document and correct it here.</source>
        <translation>MRZ прочитана со скана: сверьте каждый символ с документом и исправьте здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters read with doubt: {n}.</source>
        <translation>Символов, прочитанных с сомнением: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its check digits agree.</source>
        <translation>Контрольные цифры сходятся.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its check digits do not agree: {problems}</source>
        <translation>Контрольные цифры не сходятся: {problems}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Autosave failed: {reason}</source>
        <translation>Автосохранение не удалось: {reason}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a feature (Region tab) for every region before export:</source>
        <translation>Перед экспортом выберите элемент (вкладка «Область») для каждой области:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({id}): region {region}</source>
        <translation>{title} ({id}): область {region}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported: the pack holds photos of real faces.</source>
        <translation>Не экспортировано: в пакете есть фотографии настоящих лиц.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting {path}…</source>
        <translation>Экспорт {path}…</translation>
    </message>
    <message>
        <source>This pack holds photos of real people&apos;s faces ({n} photo sets: {titles}). Faces are personal data: export it only for the class whose members agreed, and do not pass the file on.</source>
        <translation type="vanished">В этом пакете есть фотографии лиц настоящих людей (пар фотографий: {n}: {titles}). Лица — персональные данные: экспортируйте пакет только для группы, участники которой дали согласие, и не передавайте файл дальше.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>It is marked for sharing with others: remove the photo sets first unless everyone shown agreed to that too.</source>
        <translation>Пакет помечен для передачи другим: сначала удалите пары фотографий, если не все изображённые согласились и на это.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Real faces in the pack</source>
        <translation>Настоящие лица в пакете</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway?</source>
        <translation>Всё равно экспортировать?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pack written to {path}</source>
        <translation>Пакет записан в {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import pack folder</source>
        <translation>Импорт папки пакета</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{path}: this is a sealed exam pack: its answer key is sealed, so its specimens cannot be edited. Import the pack it was sealed from.</source>
        <translation>{path}: это запечатанный экзаменационный пакет, его ключ ответов запечатан, поэтому образцы нельзя изменять. Импортируйте пакет, из которого он был запечатан.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Specimens added: {added}; already here: {skipped}</source>
        <translation>Добавлено образцов: {added}; уже были: {skipped}</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Autosaved</source>
        <translation>Сохранено автоматически</translation>
    </message>
    <message>
        <location line="-1044"/>
        <source>No specimens yet. Import scans of a document (one picture per light) with the button below, or bring in a pack&apos;s specimens with File &gt; Import pack…, then draw its security features and forgery indicators on the page. For face comparison, File &gt; Import photo set… brings in a document photo and a live photo.</source>
        <translation>Образцов пока нет. Импортируйте сканы документа (по одному изображению на каждый вид освещения) кнопкой ниже или добавьте образцы из пакета через Файл &gt; Импорт пакета…, затем разметьте на странице защитные элементы и признаки подделки. Для сравнения лиц пункт Файл &gt; Импорт пары фотографий… добавляет фото в документе и фото человека.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Face-comparison exercise made: one question per photo set ({n}).</source>
        <translation>Упражнение на сравнение лиц создано: по одному вопросу на пару фотографий ({n}).</translation>
    </message>
    <message>
        <source>{language}: i18n/{code}.po cannot be read: {reason}</source>
        <translation type="vanished">{language}: i18n/{code}.po не читается: {reason}</translation>
    </message>
    <message>
        <source>{language}: {n} of {total} texts not translated (i18n/{code}.po)</source>
        <translation type="vanished">{language}: не переведено текстов: {n} из {total} (i18n/{code}.po)</translation>
    </message>
    <message>
        <source>{language}: all translated</source>
        <translation type="vanished">{language}: всё переведено</translation>
    </message>
    <message>
        <location line="+823"/>
        <source>Pack settings</source>
        <translation>Параметры пакета</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+95"/>
        <source>Export pack</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Pack file (*.zip)</source>
        <translation>Файл пакета (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This pack is marked for sharing, but personal data is not redacted:</source>
        <translation>Пакет помечен для передачи другим, но персональные данные не скрыты:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This pack holds photos of real people&apos;s faces (the photo sets {titles}). Faces are personal data: export it only for the class whose members agreed, and do not pass the file on.</source>
        <translation>В этом пакете есть фотографии лиц настоящих людей (пары фотографий {titles}). Лица — персональные данные: экспортируйте пакет только для группы, участники которой дали согласие, и не передавайте файл дальше.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The pack was not exported.</source>
        <translation>Пакет не экспортирован.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Import pack</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Pack file (*.zip);;pack.json (pack.json)</source>
        <translation>Файл пакета (*.zip);;pack.json (pack.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>The pack was not imported.</source>
        <translation>Пакет не импортирован.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The pack&apos;s specimens and exercises were imported, but not all of its translations:</source>
        <translation>Образцы и упражнения пакета импортированы, но не все его переводы:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your work could not be saved. Close anyway?</source>
        <translation>Ваша работа не сохранена. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <location filename="../taxonomy_text.py" line="+16"/>
        <source>UV-dull substrate</source>
        <translation>Основа без УФ-люминесценции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watermark</source>
        <translation>Водяной знак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security thread</source>
        <translation>Защитная нить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible fibres</source>
        <translation>Видимые защитные волокна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UV-fluorescent fibres</source>
        <translation>Защитные волокна с УФ-люминесценцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planchettes</source>
        <translation>Защитные планшеты (конфетти)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical sensitisation</source>
        <translation>Химическая защита бумаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent window</source>
        <translation>Прозрачное окно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guilloche pattern</source>
        <translation>Гильоширная сетка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow printing</source>
        <translation>Ирисовая печать (ирисовый раскат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microprint</source>
        <translation>Микротекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intaglio printing</source>
        <translation>Металлографская печать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent image</source>
        <translation>Скрытое (латентное) изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UV-fluorescent ink</source>
        <translation>Краска с УФ-люминесценцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IR-absorbing ink</source>
        <translation>Краска, поглощающая ИК-излучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IR-transparent ink</source>
        <translation>Краска, прозрачная в ИК-диапазоне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optically variable ink (OVI)</source>
        <translation>Оптически переменная краска (OVI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See-through register</source>
        <translation>Совмещаемое на просвет изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iridescent ink</source>
        <translation>Ирисцирующая (перламутровая) краска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberate error</source>
        <translation>Преднамеренная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterpress numbering</source>
        <translation>Нумерация высокой печатью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Фотография владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Подпись владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data (VIZ)</source>
        <translation>Персональные данные (зона визуального контроля)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laser engraving</source>
        <translation>Лазерная гравировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkjet personalisation</source>
        <translation>Струйная персонализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal transfer printing</source>
        <translation>Термотрансферная печать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laser perforation</source>
        <translation>Лазерная перфорация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOVID (hologram, kinegram)</source>
        <translation>DOVID (голограмма, кинеграмма)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLI / CLI (changeable laser image)</source>
        <translation>MLI / CLI (изменяемое лазерное изображение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghost image</source>
        <translation>Дублирующее изображение владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security laminate</source>
        <translation>Защитная ламинирующая плёнка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding thread</source>
        <translation>Прошивочная нить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page numbers</source>
        <translation>Номера страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UV overprint</source>
        <translation>Надпечатка, видимая в УФ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine readable zone (MRZ)</source>
        <translation>Машиносчитываемая зона (МСЗ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip symbol</source>
        <translation>Символ микросхемы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counterfeit on office paper</source>
        <translation>Полная подделка на офисной бумаге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fibres missing or printed</source>
        <translation>Защитные волокна отсутствуют или напечатаны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halftone or inkjet reproduction</source>
        <translation>Растровое или струйное воспроизведение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded microprint</source>
        <translation>Нечитаемый (искажённый) микротекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static imitation of an optically variable feature</source>
        <translation>Статичная имитация оптически переменного элемента</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No relief</source>
        <translation>Отсутствие рельефа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong infrared behaviour</source>
        <translation>Несоответствие в ИК-диапазоне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong UV motif</source>
        <translation>Неверный УФ-рисунок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed watermark</source>
        <translation>Имитация водяного знака печатью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imitation security thread</source>
        <translation>Имитация защитной нити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misaligned see-through register</source>
        <translation>Несовмещение изображения на просвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imitated perforation</source>
        <translation>Имитация лазерной перфорации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo substitution</source>
        <translation>Замена фотографии (переклейка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data alteration</source>
        <translation>Изменение данных (подчистка, травление, дописка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRZ check digit wrong</source>
        <translation>Неверная контрольная цифра МСЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page substitution</source>
        <translation>Замена страницы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data page from another booklet</source>
        <translation>Страница данных из другой книжки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-binding with another thread</source>
        <translation>Перепрошивка другой нитью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced cover</source>
        <translation>Заменённая обложка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen blank personalised by criminals</source>
        <translation>Похищенный бланк, заполненный преступниками</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fantasy document</source>
        <translation>Фантомный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impostor (look-alike)</source>
        <translation>Предъявление другим лицом (по внешнему сходству)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip missing or not authentic</source>
        <translation>Чип отсутствует или не подлинный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card body not polycarbonate (PVC or paper)</source>
        <translation>Корпус карты не из поликарбоната (ПВХ или бумага)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portrait and data printed, not laser-engraved</source>
        <translation>Портрет и данные напечатаны, а не выгравированы лазером</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card delaminated and glued again</source>
        <translation>Карта расслоена и склеена снова</translation>
    </message>
    <message>
        <source>Security paper is made without optical brighteners, the whitening agents in office paper. Under a UV lamp (365 nm) a genuine page stays dark and dull, so that its fluorescent fibres and inks stand out. A counterfeit printed on office paper glows bright blue-white all over.</source>
        <translation type="vanished">Защищённая бумага изготавливается без оптических отбеливателей, которые есть в офисной бумаге. Под УФ-лампой (365 нм) подлинная страница остаётся тёмной и матовой, поэтому на ней хорошо видны люминесцирующие волокна и краски. Подделка, напечатанная на офисной бумаге, ярко светится голубовато-белым по всей поверхности.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security paper and the polycarbonate of a card are made without optical brighteners, the whitening agents of office paper and cheap plastics. Under a UV lamp (365 nm) a genuine page or card stays dark and dull, so that its fluorescent fibres and inks stand out. A counterfeit printed on office paper, or a card made of PVC or of paper in a pouch, glows bright blue-white all over.</source>
        <translation>Защищённая бумага и поликарбонат карты изготавливаются без оптических отбеливателей, которые есть в офисной бумаге и дешёвых пластиках. Под УФ-лампой (365 нм) подлинная страница или карта остаётся тёмной и матовой, поэтому на ней хорошо видны люминесцирующие волокна и краски. Подделка, напечатанная на офисной бумаге, или карта из ПВХ либо из бумаги, запаянной в плёнку, ярко светится голубовато-белым по всей поверхности.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture formed inside the paper while it is made, by making it thicker (darker) or thinner (lighter) in places. Hold the page against the light: a genuine watermark shows soft shades that blend into each other and is hard to see from the front. A counterfeit watermark is printed or pressed on the surface, so it is visible in normal light and looks flat, with hard edges.</source>
        <translation>Изображение, образованное в самой бумаге при её изготовлении за счёт утолщения (темнее) или утончения (светлее) массы. Посмотрите страницу на просвет: подлинный водяной знак имеет мягкие, плавно переходящие друг в друга тона и плохо виден с лицевой стороны. Поддельный водяной знак напечатан или выдавлен на поверхности, поэтому виден в обычном свете, выглядит плоским и имеет резкие края.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A thin plastic or metal strip embedded in the paper, sometimes with tiny text, sometimes glowing under UV. Against the light it shows as one continuous dark line; a &apos;windowed&apos; thread comes to the surface in regular places. A forger prints a grey line or glues a strip on the surface: it is visible in normal light, can be felt or lifted, and its micro-text is missing or blurred.</source>
        <translation>Тонкая пластиковая или металлизированная полоска, введённая в бумагу, иногда с микротекстом, иногда с УФ-люминесценцией. На просвет она видна как одна сплошная тёмная линия; «ныряющая» нить выходит на поверхность через равные промежутки. Фальсификатор печатает серую линию или наклеивает полоску на поверхность: она видна в обычном свете, прощупывается или отделяется, а микротекст на ней отсутствует или размыт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short coloured fibres mixed into the paper pulp, scattered at random over the page. With a loupe you see them lie in the paper, some partly under the surface, and they can be lifted with a needle point at most at one end. Counterfeits print them as flat lines on top of the paper, often repeating the same pattern.</source>
        <translation>Короткие окрашенные волокна, введённые в бумажную массу и беспорядочно распределённые по странице. Под лупой видно, что они лежат в толще бумаги, частично под поверхностью, и их можно приподнять иглой не более чем за один конец. В подделках их печатают плоскими штрихами поверх бумаги, часто с повторяющимся рисунком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fibres invisible in normal light that glow under the UV lamp, usually in two or more colours. Check that they are spread at random, glow in the expected colours and, under the loupe, lie in the paper rather than on it. Counterfeits leave them out, or print short glowing dashes that repeat and sit flat on the surface.</source>
        <translation>Невидимые в обычном свете волокна, которые светятся под УФ-лампой, обычно двумя или более цветами. Проверьте, что они распределены беспорядочно, светятся ожидаемыми цветами и под лупой лежат в бумаге, а не на ней. В подделках их нет либо они напечатаны короткими светящимися штрихами, которые повторяются и лежат плоско на поверхности.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiny coloured or UV-glowing discs (about 1 mm) embedded in the paper. Under the loupe a genuine planchette is part of the paper and may be lifted at its edge; under UV some of them glow. A counterfeit prints round dots that are flat, identical and part of the ink layer.</source>
        <translation>Мелкие цветные или люминесцирующие в УФ кружки (около 1 мм), введённые в бумагу. Под лупой подлинный планшет является частью бумаги, и его край можно приподнять; под УФ некоторые из них светятся. Подделка имитирует их напечатанными точками — плоскими, одинаковыми и лежащими в слое краски.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper contains chemicals that react to erasing liquids and bleach, leaving coloured stains or marks that glow under UV. Look for stains, haloes or a changed UV reaction around the personal data. This is how a washed-out and rewritten entry betrays itself.</source>
        <translation>Бумага содержит химические вещества, реагирующие на смывающие жидкости и отбеливатели: остаются цветные пятна или следы, светящиеся в УФ. Ищите пятна, ореолы или изменённое УФ-свечение вокруг персональных данных. Так выдаёт себя вытравленная и заново внесённая запись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A clear window in a polycarbonate card or data page, often with a small portrait or printed detail inside it. Look through it against the light and tilt it: the detail is inside the material and may change with the angle. A forger cuts a hole and fills it, or prints the detail on a clear film, so edges, thickness or the image do not match.</source>
        <translation>Прозрачное окно в поликарбонатной карте или странице данных, часто с небольшим портретом или рисунком внутри. Посмотрите через него на просвет и наклоните документ: изображение находится внутри материала и может меняться с углом зрения. Фальсификатор вырезает отверстие и заполняет его либо печатает изображение на прозрачной плёнке, поэтому края, толщина или изображение не совпадают.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fine interlaced line patterns (rosettes, waves, borders) in the background of the page. Under a loupe each line is sharp and unbroken, and where two colours meet the lines change colour without overlapping. A counterfeit rebuilds them from rows of printer dots (halftone or inkjet), so lines look dotted, broken or fuzzy at 4x and more.</source>
        <translation>Тонкие переплетающиеся линейные узоры (розетки, волны, бордюры) на фоне страницы. Под лупой каждая линия чёткая и непрерывная, а там, где встречаются два цвета, линии меняют цвет без наложения. В подделке они собраны из рядов точек принтера (растр или струйная печать), поэтому при увеличении от 4× линии выглядят точечными, прерывистыми или размытыми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing in which one colour melts smoothly into the next across the page (split-duct printing); the fine lines themselves change colour. Under a loupe the lines are solid with no dots, even where the colours mix. A colour-copier or inkjet imitation builds the mixed colours from separate dots of cyan, magenta, yellow and black.</source>
        <translation>Печать, при которой один цвет плавно переходит в другой по странице (ирисовый раскат); меняют цвет сами тонкие линии. Под лупой линии сплошные, без точек, даже в зоне смешения цветов. Имитация на цветном копире или струйном принтере строит смешанные цвета из отдельных точек голубой, пурпурной, жёлтой и чёрной красок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text so small (0.12 to 0.25 mm high) that to the eye it looks like a plain line. With a loupe of 8x or more you can read every letter, with sharp edges. Scanners and office printers cannot reproduce it: in a counterfeit the &apos;line&apos; becomes a row of dots, blobs or unreadable smudges.</source>
        <translation>Текст настолько мелкий (высотой 0,12–0,25 мм), что глазу он кажется сплошной линией. С лупой от 8× читается каждая буква с чёткими краями. Сканеры и офисные принтеры не могут его воспроизвести: в подделке «линия» превращается в ряд точек, пятен или нечитаемых мазков.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printing method that presses thick ink into the paper so the print stands up in relief; you can feel it with a fingertip. Under raking (oblique) light it casts small shadows and the lines look sharp and raised. An offset, laser or inkjet copy is flat: no shadows, nothing to feel.</source>
        <translation>Способ печати, при котором толстый слой краски вдавливается в бумагу и оттиск выступает рельефом; его можно ощутить кончиком пальца. В косопадающем свете линии отбрасывают маленькие тени и выглядят чёткими и выпуклыми. Копия офсетом, лазерным или струйным принтером плоская: нет ни теней, ни рельефа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hidden picture or text (often letters or numbers) in raised intaglio lines that only appears when the page is viewed at a low angle. Hold the document almost flat at eye level and turn it: the image appears and disappears. A copy either shows nothing, or shows the image all the time.</source>
        <translation>Скрытое изображение или текст (часто буквы или цифры) в рельефных линиях металлографской печати, которое появляется только при взгляде под малым углом. Держите документ почти горизонтально на уровне глаз и поворачивайте: изображение появляется и исчезает. Копия либо ничего не показывает, либо показывает изображение постоянно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ink that is invisible or pale in normal light and glows in a set colour under the UV lamp, drawing a motif such as an emblem or pattern. Compare shape, colours and position with a reference document. Forgers use the wrong colour, a simplified motif, an ink that glows too weakly, or none at all.</source>
        <translation>Краска, невидимая или бледная в обычном свете, которая светится определённым цветом под УФ-лампой, образуя рисунок — герб или узор. Сравните форму, цвета и расположение с подлинным образцом. Фальсификаторы используют неверный цвет, упрощённый рисунок, слабо светящуюся краску или вовсе обходятся без неё.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ink that stays dark in infrared light (about 850-950 nm), for example in the MRZ and parts of the design. Under the IR filter, genuine documents show only some elements; the others disappear. Counterfeits printed with ordinary inks show the wrong parts: often everything stays visible, or everything vanishes.</source>
        <translation>Краска, остающаяся тёмной в инфракрасном свете (около 850–950 нм), например в МСЗ и в части рисунка. Под ИК-фильтром у подлинного документа видны лишь некоторые элементы, остальные исчезают. У подделок, напечатанных обычными красками, видны не те элементы: часто видно всё или всё исчезает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coloured ink that looks normal in white light but disappears under infrared, leaving the IR-absorbing elements alone. Switch between white and IR light and compare which parts vanish with a reference. A counterfeit made from CMYK toner keeps visible under IR what should disappear, because black toner absorbs infrared.</source>
        <translation>Цветная краска, обычная на вид в белом свете, но исчезающая в инфракрасном, так что остаются только ИК-поглощающие элементы. Переключайтесь между белым и ИК-светом и сравните с образцом, какие элементы исчезают. Подделка, напечатанная тонером CMYK, сохраняет в ИК то, что должно исчезнуть, потому что чёрный тонер поглощает инфракрасное излучение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ink with tiny flakes that changes colour with the viewing angle, for example from green to blue. Tilt the document: the colour should shift clearly and evenly over the whole element. Imitations use metallic or pearlescent ink that shines but keeps the same colour when tilted.</source>
        <translation>Краска с мельчайшими чешуйками, меняющая цвет в зависимости от угла зрения, например с зелёного на синий. Наклоните документ: цвет должен меняться отчётливо и равномерно по всему элементу. В имитациях используется металлизированная или перламутровая краска, которая блестит, но при наклоне сохраняет цвет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A motif printed partly on the front and partly on the back of the page. Against the light the two halves fit together exactly into one picture. Counterfeits print the two sides separately, so the halves overlap, leave a gap or are slightly shifted.</source>
        <translation>Рисунок, напечатанный частично на лицевой, частично на оборотной стороне страницы. На просвет две половины точно складываются в одно изображение. В подделках стороны печатают раздельно, поэтому половины накладываются, оставляют зазор или слегка смещены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transparent, shimmering stripe or motif printed over the design, almost invisible when looking straight at it. Tilt the document under a light: it flashes gold, green or pink. Imitations use metallic ink that can be seen from every angle, or leave it out.</source>
        <translation>Прозрачная переливающаяся полоса или рисунок поверх изображения, почти невидимые при взгляде прямо. Наклоните документ под источником света: появляется золотистый, зелёный или розовый отблеск. В имитациях используется металлизированная краска, видимая под любым углом, или элемент отсутствует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tiny intentional mistake the issuer hides in the design, such as a wrong letter in the microprint or a broken line in a pattern. You need a loupe and a reference to know where it is. A forger who redraws the design often &apos;corrects&apos; it, or copies it poorly.</source>
        <translation>Мелкая преднамеренная ошибка, которую эмитент прячет в рисунке, — например неверная буква в микротексте или разрыв линии в узоре. Чтобы знать, где она, нужны лупа и подлинный образец. Фальсификатор, перерисовывающий бланк, часто её «исправляет» или плохо копирует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document number printed with metal type, which presses the ink into the paper. The digits can be felt on the back and show relief under oblique light, with ink pushed to the edges of each digit. An inkjet or laser number lies flat on the surface with no embossing.</source>
        <translation>Номер документа, отпечатанный металлическим шрифтом, который вдавливает краску в бумагу. Цифры прощупываются с оборота и показывают рельеф в косопадающем свете, краска оттеснена к краям каждой цифры. Номер, напечатанный струйным или лазерным принтером, лежит плоско на поверхности без тиснения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s photo, printed or engraved into the document, never glued on in modern documents. Compare the face with the person: ear shape, face proportions and the distances between eyes, nose and mouth change little with age. Check also that the portrait sits in the document&apos;s layers with no cut edges, glue or raised borders.</source>
        <translation>Фотография владельца, напечатанная или выгравированная в документе; в современных документах она никогда не вклеивается. Сравните лицо с человеком: форма ушей, пропорции лица и расстояния между глазами, носом и ртом с возрастом меняются мало. Проверьте также, что портрет находится в слоях документа, без следов разреза, клея или выступающих краёв.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s signature, printed or engraved into the page during personalisation. It must be in the same technique as the other personal data and under the laminate or inside the card. A signature written by hand on top of a laminate, or in a different technique, is suspicious.</source>
        <translation>Подпись владельца, напечатанная или выгравированная на странице при персонализации. Она должна быть выполнена тем же способом, что и остальные персональные данные, и находиться под ламинатом или внутри карты. Подпись, выполненная от руки поверх ламината или другим способом, вызывает подозрение.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, dates, document number and other holder data in the visual inspection zone. All entries should use the same font, size, alignment and technique, and agree with the MRZ. Altered data shows as a font, spacing or colour that differs from the rest, erasure marks, or a value that no longer matches the MRZ.</source>
        <translation>Фамилия, даты, номер документа и другие данные владельца в зоне визуального контроля. Все записи должны быть одного шрифта, размера, выравнивания и способа нанесения и совпадать с МСЗ. Изменённые данные выдают себя отличающимся шрифтом, интервалом или цветом, следами подчистки или значением, которое больше не совпадает с МСЗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s number, printed in the visual zone and repeated in the MRZ, and often laser-perforated through the pages or the card. It must be the same wherever it appears, in the same font and technique as the other data. A number changed in one place only, or perforated holes that do not spell the printed number, betray a falsified document.</source>
        <translation>Номер документа, напечатанный в зоне визуального контроля и повторённый в МСЗ, часто также выполненный лазерной перфорацией через страницы или карту. Он должен совпадать везде, где встречается, и быть выполнен тем же шрифтом и способом, что и остальные данные. Номер, изменённый только в одном месте, или отверстия перфорации, не совпадающие с напечатанным номером, выдают частично подделанный документ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A laser blackens the inner layers of a polycarbonate card or data page to write the data and portrait. The result is black-grey, cannot be scratched off and is often tactile: under oblique light the text shows slight relief. Printed data on the surface is coloured, lies on top and shows no relief.</source>
        <translation>Лазер зачерняет внутренние слои поликарбонатной карты или страницы данных, нанося данные и портрет. Результат чёрно-серый, его нельзя соскоблить, и он часто ощутим на ощупь: в косопадающем свете текст даёт лёгкий рельеф. Данные, напечатанные на поверхности, цветные, лежат сверху и не имеют рельефа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data and portrait printed by an inkjet printer, used by some issuers on paper data pages before laminating. Under the loupe it shows soft, irregular dots that bleed slightly into the paper. Compare with a reference: an inkjet entry on a document that should be laser-engraved or thermally printed is a sign of forgery.</source>
        <translation>Персональные данные и портрет, нанесённые струйным принтером; некоторые эмитенты так персонализируют бумажные страницы данных перед ламинированием. Под лупой видны мягкие неровные точки, слегка расплывающиеся в бумаге. Сравните с образцом: струйная запись в документе, который должен быть выгравирован лазером или отпечатан термопечатью, — признак подделки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personalisation by melting ink from a ribbon onto the page, often used for visas and some data pages. Under the loupe the print has sharp edges, a slightly shiny surface and no dot pattern. Look for ink that sits on top and is scratched or lifted, or a different technique from the reference.</source>
        <translation>Персонализация расплавлением краски с ленты на страницу; часто применяется для виз и некоторых страниц данных. Под лупой оттиск имеет чёткие края, слегка блестящую поверхность и не имеет растровых точек. Ищите краску, лежащую сверху и поцарапанную или отслоившуюся, либо способ печати, отличный от образца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small holes burnt by a laser through the pages, forming the document number or a small portrait. Against the light the holes shine through; under a loupe they are cone-shaped, wider on the side the laser came from, with slightly darkened edges. Forgers punch or drill them, giving straight clean holes, or print dots that do not let light through.</source>
        <translation>Мелкие отверстия, прожжённые лазером через страницы и образующие номер документа или небольшой портрет. На просвет отверстия светятся; под лупой они конические, шире со стороны лазера, со слегка потемневшими краями. Фальсификаторы пробивают или сверлят их — получаются прямые чистые отверстия — или печатают точки, не пропускающие свет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A diffractive optically variable image device: a foil or laminate with a metallic image that moves, switches and changes colour when tilted. Tilt the document in several directions: the images must change sharply and exactly as on the reference. Imitations are static prints or cheap hologram foils that sparkle but do not show the same images.</source>
        <translation>Дифракционный оптически переменный элемент: фольга или ламинат с металлизированным изображением, которое движется, сменяется и меняет цвет при наклоне. Наклоняйте документ в разных направлениях: изображения должны меняться чётко и в точности как на образце. Имитации — статичная печать или дешёвая голографическая фольга, которая блестит, но не показывает тех же изображений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small lenses on the surface of a polycarbonate document, behind which a laser has written two images, for example the date of birth and the portrait. Tilt the document sideways: one image replaces the other. A fake shows both images at once, or one image that never changes.</source>
        <translation>Мелкие линзы на поверхности поликарбонатного документа, под которыми лазер записал два изображения, например дату рождения и портрет. Наклоните документ в сторону: одно изображение сменяется другим. Подделка показывает оба изображения сразу или одно, которое не меняется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second, lighter copy of the holder&apos;s portrait, sometimes visible only under UV. It must be the same photo as the main portrait, in the same technique. After a photo substitution the ghost image no longer matches the new main photo, or is broken or covered.</source>
        <translation>Второе, более светлое изображение портрета владельца, иногда видимое только в УФ. Это должна быть та же фотография, что и основной портрет, выполненная тем же способом. После замены фотографии дублирующее изображение не совпадает с новым основным портретом, повреждено или закрыто.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A clear protective film over the data page, often carrying its own printed or diffractive pattern. Under raking light and the loupe it should be smooth with no bubbles, cuts or lifted edges, and its pattern should run on unbroken over the photo. A disturbed laminate means someone opened the page to change the photo or data.</source>
        <translation>Прозрачная защитная плёнка поверх страницы данных, часто со своим печатным или дифракционным рисунком. В косопадающем свете и под лупой она должна быть гладкой, без пузырей, надрезов и отслоившихся краёв, а её рисунок должен непрерывно проходить над фотографией. Нарушенный ламинат означает, что страницу вскрывали, чтобы заменить фотографию или данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page of a passport booklet carries its printed number in the same typeface, size and place, counting on from the page before. Turn through the booklet: a number that skips or repeats, or one in another typeface or out of place, marks a page that was taken from another booklet.</source>
        <translation>На каждой странице паспортной книжки напечатан её номер — тем же шрифтом, того же размера и на том же месте, по порядку после предыдущей страницы. Пролистайте книжку: номер, который пропущен или повторяется, или номер другим шрифтом либо не на своём месте выдаёт страницу, взятую из другой книжки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread that sews the passport pages into the cover, often multicoloured and glowing under UV. Check that the stitches are regular and unbroken and that the thread glows as expected. A substituted page needs re-stitching or glue: look for extra holes, a different thread or a broken UV pattern.</source>
        <translation>Нить, которой листы паспорта прошиты в обложку, часто многоцветная и светящаяся в УФ. Проверьте, что стежки ровные и непрерывные, а нить светится как положено. Замена листа требует повторной прошивки или клея: ищите лишние проколы, другую нить или нарушенный УФ-рисунок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A UV-glowing pattern printed over the data page after personalisation, covering part of the portrait. Under the UV lamp it must run on unbroken from the page over the photo. If the photo has been changed, the pattern is missing over the portrait, broken at its edge or printed separately and does not line up.</source>
        <translation>Светящийся в УФ рисунок, нанесённый на страницу данных после персонализации и частично перекрывающий портрет. Под УФ-лампой он должен непрерывно переходить со страницы на фотографию. Если фотографию заменили, рисунок над портретом отсутствует, прерывается на его краю или нанесён отдельно и не совпадает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two or three lines of OCR-B text at the bottom of the page, in ink that stays black under infrared. Check the font and spacing, that the data agrees with the visual zone, and that the check digits are right. Forgers get the check digits wrong after altering data, use another font, or print it with ink that vanishes under IR.</source>
        <translation>Две или три строки текста шрифтом OCR-B внизу страницы, краской, остающейся чёрной в инфракрасном свете. Проверьте шрифт и интервалы, совпадение данных с визуальной зоной и правильность контрольных цифр. После изменения данных фальсификаторы ошибаются в контрольных цифрах, используют другой шрифт или печатают краской, исчезающей в ИК.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 1D or 2D barcode (for example on ID cards, residence permits or visas) that repeats document data in machine-readable form, sometimes digitally signed. It must be crisp, printed in IR-absorbing ink where the issuer does so, and its decoded data must match the document. A copied or regenerated barcode is often blurred or carries data that does not match.</source>
        <translation>Линейный или двумерный штрихкод (например, на ID-картах, видах на жительство или визах), повторяющий данные документа в машиночитаемом виде, иногда с цифровой подписью. Он должен быть чётким, напечатан ИК-поглощающей краской, если так делает эмитент, а расшифрованные данные должны совпадать с документом. Скопированный или заново созданный штрихкод часто размыт или содержит несовпадающие данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ICAO logo (a circle between two lines over a rectangle) that shows the document holds an electronic chip. On a genuine ePassport it is printed on the cover or data page and the chip can be read. A counterfeit may carry the symbol with no working chip behind it.</source>
        <translation>Логотип ИКАО (круг между двумя линиями над прямоугольником), показывающий, что в документе есть электронный чип. В подлинном электронном паспорте он напечатан на обложке или странице данных, и чип считывается. Подделка может нести этот символ без работающего чипа.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A complete reproduction printed on ordinary paper that contains optical brighteners. Under the UV lamp the whole page glows blue-white instead of staying dull.</source>
        <translation>Полная подделка, отпечатанная на обычной бумаге с оптическими отбеливателями. Под УФ-лампой вся страница светится голубовато-белым, а не остаётся тёмной.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A counterfeit without the fibres and planchettes of security paper, or with them printed flat on the surface. Under the loupe and the UV lamp the &apos;fibres&apos; do not lie in the paper, or repeat in the same pattern.</source>
        <translation>Полная подделка без защитных волокон и планшетов, присущих защищённой бумаге, или с их изображением, напечатанным на поверхности. Под лупой и под УФ-лампой «волокна» не находятся в толще бумаги или повторяются одним и тем же рисунком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The background patterns were scanned and reprinted with an office printer. Under the loupe, fine lines and colour transitions are made of dots instead of solid lines.</source>
        <translation>Фоновые сетки отсканированы и перепечатаны на офисном принтере. Под лупой тонкие линии и цветовые переходы состоят из точек, а не из сплошных линий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The microprint was copied by a scanner and printer that cannot resolve it. At 8x the tiny text is a dotted or smudged line with no readable letters.</source>
        <translation>Микротекст скопирован сканером и принтером, которые не способны его воспроизвести. При увеличении 8× мелкий текст выглядит пунктирной или размытой линией без читаемых букв.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hologram, colour-shifting ink or changeable laser image imitated by a printed or metallic surface. When the document is tilted, nothing changes, or it only shines.</source>
        <translation>Голограмма, оптически переменная краска или изменяемое лазерное изображение имитированы печатью или металлизированным покрытием. При наклоне документа ничего не меняется или появляется только блеск.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing that should be raised (intaglio, letterpress numbering, laser engraving) was reproduced flat. Under raking light it casts no shadows and nothing can be felt with a fingertip.</source>
        <translation>Печать, которая должна быть рельефной (металлографская печать, нумерация высокой печатью, лазерная гравировка), воспроизведена плоской. В косопадающем свете она не даёт теней, и на ощупь рельеф не чувствуется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The counterfeit was printed with ordinary inks that all behave the same in infrared. Under the IR filter the wrong elements stay visible or disappear, for example the colour design stays while it should vanish, or the MRZ fades.</source>
        <translation>Подделка отпечатана обычными красками, которые в инфракрасном диапазоне ведут себя одинаково. Под ИК-светофильтром не те элементы остаются видимыми или исчезают: например, цветной рисунок сохраняется, хотя должен исчезнуть, или бледнеет МСЗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The UV-fluorescent printing is missing, simplified or in the wrong colours. Compare the UV image with a reference document: shape, colours and brightness must match.</source>
        <translation>Печать с УФ-люминесценцией отсутствует, упрощена или имеет неверные цвета. Сравните изображение в УФ с эталонным документом: форма, цвета и яркость должны совпадать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The watermark was printed or pressed on the surface instead of being formed in the paper. It is visible in normal reflected light and shows no soft tonal shades against the light.</source>
        <translation>Водяной знак напечатан или выдавлен на поверхности, а не сформирован в толще бумаги. Он виден в обычном отражённом свете, а на просвет не даёт мягких тоновых переходов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The security thread is a printed line or a strip glued to the surface. It shows in reflected light, can be felt or lifted, and its micro-text or UV glow is missing.</source>
        <translation>Защитная нить — напечатанная линия или наклеенная на поверхность полоска. Она видна в отражённом свете, прощупывается или отслаивается, а микротекст или свечение в УФ отсутствуют.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Front and back were printed separately, so the see-through motif does not fit together. Against the light its halves overlap, leave a gap or are shifted.</source>
        <translation>Лицевая и оборотная стороны напечатаны раздельно, поэтому совмещаемое изображение не складывается. На просвет его половины накладываются друг на друга, оставляют зазор или смещены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The laser-perforated number was imitated by printed dots or punched holes. Against the light printed dots stay dark; punched holes are clean, without the conical shape and brownish burnt rim of laser holes.</source>
        <translation>Лазерная перфорация номера имитирована напечатанными точками или пробитыми отверстиями. На просвет напечатанные точки остаются тёмными; пробитые отверстия ровные, без конической формы и коричневатого обожжённого края лазерных отверстий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s photo in a genuine document was replaced with another person&apos;s. Look for cut edges and glue around the portrait, a disturbed laminate, a ghost image or UV overprint that no longer matches or is broken, and a different printing technique.</source>
        <translation>Фотография владельца в подлинном документе заменена фотографией другого лица. Ищите следы разреза и клея вокруг фотографии, нарушенную ламинирующую плёнку, дублирующее изображение или УФ-надпечатку, которые больше не совпадают или нарушены, а также другой способ печати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data in a genuine document were erased or scraped off and rewritten, for example the name or date of birth. The visual zone then disagrees with the MRZ, the font or alignment differs from the other entries, and erasure marks show under oblique light or UV.</source>
        <translation>Персональные данные в подлинном документе удалены (подчистка, травление) и вписаны заново, например фамилия или дата рождения. Тогда зона визуального контроля расходится с МСЗ, шрифт или выравнивание отличаются от других записей, а следы удаления видны в косопадающем свете или в УФ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MRZ was rewritten after the data were changed, but a check digit was not recalculated correctly. Recompute the check digits (weights 7, 3, 1) or read the MRZ with a reader: a wrong check digit means the MRZ is not what the issuer printed.</source>
        <translation>МСЗ переписана после изменения данных, но контрольная цифра пересчитана неверно. Пересчитайте контрольные цифры (веса 7, 3, 1) или считайте МСЗ считывателем: неверная контрольная цифра означает, что МСЗ напечатана не органом выдачи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data page (or another page) of a genuine passport was cut out and replaced with a counterfeit or a page from another passport. Look at the binding: extra stitch holes, glue, a different thread, and paper or thread that react differently under UV; the page number perforation may not line up.</source>
        <translation>Страница данных (или другая страница) подлинного паспорта вырезана и заменена поддельной страницей или страницей из другого паспорта. Осмотрите прошивку: лишние проколы, клей, другая нить, бумага или нить, по-другому ведущие себя в УФ; перфорация номера страниц может не совпадать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine data page, cut out of another passport, sewn into this booklet in place of its own. The data page agrees with itself, so compare it with the pages behind it: the number perforated through every page must be the same and in line, and the binding must be undisturbed, with no new holes, uneven stitches or glue glowing under UV.</source>
        <translation>Подлинная страница данных, вырезанная из другого паспорта, вшита в эту книжку вместо её собственной. Сама с собой страница данных согласуется, поэтому сравните её со страницами за ней: номер, перфорированный через все страницы, должен быть одним и тем же и на одной линии, а прошивка — ненарушенной, без новых проколов, неровных стежков и клея, светящегося в УФ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cover of a genuine booklet was replaced by a counterfeit one, to renew a worn booklet or to hide work at the spine. The pages are genuine; the cover is not: its board glows under UV where the issuer&apos;s stays dull, and its gold is printed flat or pressed shallow, so under raking light the title, the arms and the chip symbol cast little or no shadow.</source>
        <translation>Обложку подлинной книжки заменили поддельной — чтобы обновить изношенную книжку или скрыть следы работы у корешка. Страницы подлинные, обложка — нет: её картон светится в УФ, тогда как картон эмитента остаётся тусклым, а золото напечатано плоско или вдавлено мелко, поэтому в косопадающем свете название, герб и символ чипа почти не отбрасывают тени.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The booklet was taken apart and sewn again, to take out or put in a page. The new thread differs from the issuer&apos;s in colour or in its glow under UV, and the needle went through new holes beside the empty holes of the original sewing. Check the binding on several pages under white light and UV.</source>
        <translation>Книжку разобрали и прошили заново, чтобы вынуть или вставить страницу. Новая нить отличается от нити изготовителя цветом или свечением в УФ, а игла прошла через новые проколы рядом с пустыми проколами первоначальной прошивки. Проверьте прошивку на нескольких страницах при белом свете и в УФ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine blank document, stolen before personalisation, filled in by criminals. All printing and protection features are genuine; the personalisation is not: a different technique (inkjet instead of laser engraving), font or layout, and often a document number from a reported batch.</source>
        <translation>Подлинный бланк документа, похищенный до персонализации и заполненный преступниками. Вся полиграфия и все защитные элементы подлинные, а персонализация — нет: другой способ (струйная печать вместо лазерной гравировки), шрифт или расположение данных, а номер документа часто из серии, заявленной как похищенная.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A document issued in the name of a state or organisation that does not exist, or that does not issue this kind of document. Check the issuing state code in the MRZ against the list of codes and the document against reference collections.</source>
        <translation>Документ, выданный от имени несуществующего государства или организации либо такого, которое подобные документы не выдаёт. Сверьте код государства выдачи в МСЗ со списком кодов, а сам документ — с эталонными коллекциями.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine, unaltered document used by someone who looks like the holder. Every security feature passes; only the comparison of the face with the portrait shows it. Compare ears, face shape and the relative positions of eyes, nose and mouth, which change little with age or weight.</source>
        <translation>Подлинный, неизменённый документ, предъявленный лицом, внешне похожим на владельца. Все защитные элементы в порядке; выявить это можно только сравнением лица с фотографией. Сравнивайте уши, форму лица и взаимное расположение глаз, носа и рта — они мало меняются с возрастом и весом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document shows the chip symbol but its chip does not prove it genuine: no chip answers the reader, the chip holds no travel document, passive authentication fails (a self-made signer bearing the state&apos;s name, a revoked signer whose key leaked), or the chip passes but holds another document&apos;s data (a cloned chip). Read the chip and compare DG1 and DG2 with the page.</source>
        <translation>На документе есть символ чипа, но чип не подтверждает его подлинность: чип не отвечает считывателю, в чипе нет данных проездного документа, пассивная аутентификация не пройдена (самодельный подписант с именем государства, отозванный подписант, чей ключ утёк) или чип проходит проверку, но содержит данные другого документа (клонированный чип). Считайте чип и сравните DG1 и DG2 со страницей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A card counterfeited on PVC or on paper sealed in a pouch instead of polycarbonate. Under the UV lamp the body glows blue-white where a polycarbonate card stays dull; against the light it lets light through (paper shows its cloudy formation) where polycarbonate is nearly opaque; a clear window is only a grey patch printed on it.</source>
        <translation>Карта, подделанная на ПВХ или на бумаге, запаянной в плёнку, вместо поликарбоната. Под УФ-лампой корпус светится голубовато-белым, тогда как поликарбонатная карта остаётся тусклой; в проходящем свете он пропускает свет (бумага показывает свою облачность), тогда как поликарбонат почти непрозрачен; прозрачное окно — лишь напечатанное на нём серое пятно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portrait and data of a counterfeit card were printed on its surface with an office printer instead of being laser-engraved inside it. The portrait is in colour (an engraving is grey) and made of dots at magnification; under raking light the data lie flat instead of slightly sunken.</source>
        <translation>Портрет и данные поддельной карты напечатаны на её поверхности офисным принтером, а не выгравированы лазером внутри неё. Портрет цветной (гравировка серая) и при увеличении состоит из точек; в косопадающем свете данные лежат плоско, а не слегка углублены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine polycarbonate card split open to replace the portrait on an inner layer, then glued shut. Glue glows under UV along the edges, the surface over the portrait is uneven under raking light, the new portrait is printed in colour, and the changeable laser image and ghost image, engraved in the card, still show the real holder.</source>
        <translation>Подлинную поликарбонатную карту расслоили, чтобы заменить портрет на внутреннем слое, и снова склеили. Клей светится под УФ по краям, поверхность над портретом неровная в косопадающем свете, новый портрет напечатан в цвете, а изменяемое лазерное изображение и дублирующее изображение, выгравированные в карте, по-прежнему показывают настоящего владельца.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Substrate</source>
        <translation>Материал основы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Полиграфия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation</source>
        <translation>Персонализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Защита персонализации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable</source>
        <translation>Машиносчитываемые элементы</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>genuine (no forgery)</source>
        <translation>подлинный (без подделки)</translation>
    </message>
</context>
<context>
    <name>TraineeDashboardView</name>
    <message>
        <location filename="../dashboard/trainee_view.py" line="+37"/>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} с</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>accuracy</source>
        <translation>точность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged refused (hit rate)</source>
        <translation>поддельные не приняты (доля выявленных)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genuine refused (false alarms)</source>
        <translation>подлинные не приняты (ложные тревоги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged passed (false accepts)</source>
        <translation>поддельные приняты (ложные пропуски)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity d′</source>
        <translation>чувствительность d′</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion c</source>
        <translation>критерий c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median decision time</source>
        <translation>медианное время решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skills due for review</source>
        <translation>навыки, которые пора повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impostors refused (face)</source>
        <translation>самозванцы отклонены (лицо)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holders refused (face false alarms)</source>
        <translation>владельцы отклонены (ложные тревоги по лицу)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the attempt log…</source>
        <translation>Чтение журнала попыток…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the figures: {0}</source>
        <translation>Не удалось прочитать показатели: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} attempts</source>
        <translation>{0}: попыток — {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>attempt</source>
        <translation>попытка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolling accuracy (%)</source>
        <translation>скользящая точность (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attempts yet</source>
        <translation>попыток пока нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass mark</source>
        <translation>проходной балл</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>accuracy (%)</source>
        <translation>точность (%)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no attempts</source>
        <translation>нет попыток</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no forged documents yet</source>
        <translation>поддельных документов пока не было</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>genuine refused (%)</source>
        <translation>подлинные не приняты (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged refused (%)</source>
        <translation>поддельные не приняты (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no genuine/forged decisions yet</source>
        <translation>решений «подлинный/поддельный» пока нет</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../translation_table.py" line="+66"/>
        <source>Translations</source>
        <extracomment>Background of a translation cell still empty: trainees read the English there. Columns before the languages: where the text is used, and the text as written.</extracomment>
        <translation>Переводы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the Russian and the Bulgarian of each text. Trainees read a text in their language when it has a translation, and as written when it has none.</source>
        <extracomment>Languages whose file cannot be read: not editable, never saved.</extracomment>
        <translation>Введите русский и болгарский перевод каждого текста. Слушатель читает текст на своём языке, если перевод есть, а если нет — в исходном виде.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show only texts with a missing translation</source>
        <translation>Показывать только тексты без перевода</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As written</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save translations</source>
        <translation>Сохранить переводы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not translated yet: trainees read this text as written</source>
        <translation>Ещё не переведено: слушатели читают этот текст в исходном виде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several lines: Enter starts a new line, Tab finishes the cell</source>
        <translation>Несколько строк: Enter начинает новую строку, Tab завершает ячейку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{language}: cannot be edited</source>
        <translation>{language}: редактирование недоступно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language}: {n} of {total} not translated yet</source>
        <translation>{language}: ещё не переведено: {n} из {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language}: all translated</source>
        <translation>{language}: всё переведено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to translate yet.</source>
        <translation>Пока нечего переводить.</translation>
    </message>
</context>
<context>
    <name>TravellerPanel</name>
    <message>
        <location filename="../inspect/traveller.py" line="+96"/>
        <source>Traveller at the desk</source>
        <extracomment>The photo is shown at least this wide (logical px): about the size of a face across the desk, and as large as the document&apos;s portrait on a fitted TD3 page, so the two compare. ... and at most this wide, so the document keeps most of the window.</extracomment>
        <translation>Пассажир у кабины</translation>
    </message>
    <message>
        <source>Compare the face with the document&apos;s photo: ears, face shape, and where the eyes, nose and mouth sit. Hair, glasses and clothes are easy to copy.</source>
        <translation type="vanished">Сравните лицо с фотографией в документе: уши, форма лица, расположение глаз, носа и рта. Причёску, очки и одежду легко подделать под владельца.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the face with the document&apos;s photo.</source>
        <translation>Сравните лицо с фотографией в документе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ears, face shape, and where the eyes, nose and mouth sit. Hair, glasses and clothes are easy to copy.</source>
        <translation>Уши, форма лица, расположение глаз, носа и рта. Причёску, очки и одежду легко подогнать под владельца.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The traveller&apos;s photo cannot be shown ({file}).</source>
        <translation>Фотографию пассажира нельзя показать ({file}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in this specimen</source>
        <translation>в этом образце нет</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>genuine</source>
        <translation type="vanished">подлинный</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation type="vanished">полностью поддельный</translation>
    </message>
    <message>
        <source>falsified</source>
        <translation type="vanished">частично подделанный</translation>
    </message>
    <message>
        <source>used by an impostor</source>
        <translation type="vanished">подлинный, но предъявлен другим лицом</translation>
    </message>
    <message>
        <source>a fantasy document</source>
        <translation type="vanished">фантомный</translation>
    </message>
    <message>
        <source>a stolen blank</source>
        <translation type="vanished">изготовлен на похищенном бланке</translation>
    </message>
</context>
<context>
    <name>studio</name>
    <message>
        <source>White light</source>
        <extracomment>Longest side of the preview images, in pixels.</extracomment>
        <translation type="vanished">Белый свет</translation>
    </message>
    <message>
        <source>UV 365 nm</source>
        <translation type="vanished">УФ 365 нм</translation>
    </message>
    <message>
        <source>Infrared</source>
        <translation type="vanished">Инфракрасный</translation>
    </message>
    <message>
        <source>Oblique light</source>
        <translation type="vanished">Косопадающий свет</translation>
    </message>
    <message>
        <source>Transmitted light</source>
        <translation type="vanished">Проходящий свет</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="vanished">Подлинный</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation type="vanished">Полная подделка</translation>
    </message>
    <message>
        <source>Falsified</source>
        <translation type="vanished">Частичная подделка</translation>
    </message>
    <message>
        <source>Impostor</source>
        <translation type="vanished">Предъявление другим лицом</translation>
    </message>
    <message>
        <source>Fantasy document</source>
        <translation type="vanished">Фантомный документ</translation>
    </message>
    <message>
        <source>Stolen blank</source>
        <translation type="vanished">Похищенный бланк</translation>
    </message>
</context>
</TS>
