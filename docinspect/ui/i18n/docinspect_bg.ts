<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../classroom/assign_dialog.py" line="+45"/>
        <source>Change the assignment</source>
        <translation>Промяна на задачата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign an exercise</source>
        <translation>Възлагане на упражнение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} ({n} questions)</source>
        <translation>{title} ({n} въпроса)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the exercise&apos;s title)</source>
        <translation>(заглавието на упражнението)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due by</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to answer</source>
        <translation>Въпроси за отговор</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: {reason}</source>
        <translation>Не е запазено: {reason}</translation>
    </message>
</context>
<context>
    <name>BookletPageList</name>
    <message>
        <location filename="../inspect/pages.py" line="+74"/>
        <source>Data page</source>
        <translation>Страница с данни</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next page</source>
        <translation>Следваща страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Предишна страница</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This page cannot be drawn: {reason}</source>
        <translation>Тази страница не може да бъде изобразена: {reason}</translation>
    </message>
</context>
<context>
    <name>BookletPages</name>
    <message>
        <location line="+15"/>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <source>Data page</source>
        <translation type="vanished">Страница с данни</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="vanished">Следваща страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="vanished">Предишна страница</translation>
    </message>
    <message>
        <source>This page cannot be drawn: {reason}</source>
        <translation type="vanished">Тази страница не може да бъде изобразена: {reason}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../inspect/calibration_dialog.py" line="+41"/>
        <source>Calibrate 1:1 size</source>
        <translation>Калибриране на размер 1:1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold a bank card or ID card (85.60 mm wide) against the screen and move the slider until the blue card is exactly as wide.</source>
        <translation>Допрете банкова карта или лична карта (широка 85,60 мм) до екрана и местете плъзгача, докато синята карта стане точно толкова широка.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{dpi:.1f} pixels per inch</source>
        <translation>{dpi:.1f} пиксела на инч</translation>
    </message>
</context>
<context>
    <name>ChipReaderDialog</name>
    <message>
        <location filename="../inspect/chip_panel.py" line="+63"/>
        <source>Document reader — {title}</source>
        <translation>Четец на документи — {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reader makes the chip&apos;s access key from the document number, date of birth and date of expiry in this MRZ. Retype it to see what a wrong MRZ does.</source>
        <translation>Четецът получава ключа за достъп до чипа от номера на документа, датата на раждане и датата на валидност в тази МЧЗ. Въведете я отново, за да видите какво прави грешна МЧЗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read chip</source>
        <translation>Прочитане на чипа</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chip photo (DG2)</source>
        <translation>Снимка в чипа (DG2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed photo</source>
        <translation>Отпечатана снимка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traveller</source>
        <translation>Пътник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>MRZ for the access key:</source>
        <translation>МЧЗ за ключа за достъп:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No chip answers the reader.</source>
        <translation>Никакъв чип не отговаря на четеца.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chip access refused: the MRZ&apos;s key is not the chip&apos;s.</source>
        <translation>Отказан достъп до чипа: ключът от МЧЗ не е ключът на чипа.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chip answers but holds no travel document.</source>
        <translation>Чипът отговаря, но не съдържа данни на документ за пътуване.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passive authentication FAILED.</source>
        <translation>Пасивната автентикация НЕ Е УСПЕШНА.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated, but the chip&apos;s data are not this page&apos;s.</source>
        <translation>Автентикацията е успешна, но данните в чипа не са на тази страница.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passive authentication passed, with a warning.</source>
        <translation>Пасивната автентикация е успешна, с предупреждение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive authentication passed.</source>
        <translation>Пасивната автентикация е успешна.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{group} hash</source>
        <translation>Хеш на {group}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Достъп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Съдържание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EF.SOD signature</source>
        <translation>Подпис на EF.SOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Signer → CSCA</source>
        <translation>Подписващ → CSCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Валидност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocation</source>
        <translation>Отмяна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DG1 = printed MRZ</source>
        <translation>DG1 = отпечатаната МЧЗ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chip accepted the key made from the MRZ.</source>
        <translation>Чипът прие ключа, получен от МЧЗ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: the chip was not personalised with this document number, date of birth and date of expiry.</source>
        <translation>Отказ: чипът не е персонализиран с този номер на документа, дата на раждане и дата на валидност.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by the Document Signer&apos;s key.</source>
        <translation>Подписано с ключа на подписващия документи (DS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature does not match EF.SOD&apos;s content.</source>
        <translation>Подписът не съответства на съдържанието на EF.SOD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signer&apos;s certificate was issued by the state&apos;s CSCA.</source>
        <translation>Сертификатът на подписващия е издаден от CSCA на държавата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate bears the CSCA&apos;s name but not its signature (a self-made CSCA), or no CSCA in the master list issued it.</source>
        <translation>Сертификатът на подписващия носи името на CSCA, но не и неговия подпис (самоделен CSCA), или не е издаден от никой CSCA от главния списък.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signer was issued by a CSCA the state has withdrawn (its key was compromised): the chip cannot be trusted.</source>
        <translation>Подписващият е издаден от CSCA, който държавата е оттеглила (ключът му е компрометиран): на чипа не може да се вярва.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signer is not on the state&apos;s revocation list.</source>
        <translation>Подписващият не е в списъка за отмяна на държавата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer&apos;s certificate is revoked (its key leaked): anyone with the key can sign a chip.</source>
        <translation>Сертификатът на подписващия е отменен (ключът му е изтекъл): всеки с ключа може да подпише чип.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chip holds this page&apos;s MRZ.</source>
        <translation>Чипът съдържа МЧЗ на тази страница.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chip holds another document&apos;s data: a cloned chip, or altered data.</source>
        <translation>Чипът съдържа данни на друг документ: клониран чип или преправени данни.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As signed.</source>
        <translation>Както е подписано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after signing, or missing from EF.SOD.</source>
        <translation>Променено след подписването или липсва в EF.SOD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signer&apos;s certificate has expired since it signed this chip. The signature was valid when made; alone this is no reason to refuse.</source>
        <translation>Сертификатът на подписващия е изтекъл, след като е подписал този чип. Подписът е бил валиден при създаването си; само по себе си това не е причина за отказ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid.</source>
        <translation>Валиден.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed outside the signer&apos;s validity.</source>
        <translation>Подписано извън валидността на подписващия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Holds {groups}.</source>
        <translation>Съдържа {groups}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EF.COM cannot be read.</source>
        <translation>EF.COM не може да се прочете.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>DG1 on the chip (differences from the page marked):</source>
        <translation>DG1 в чипа (разликите от страницата са отбелязани):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Read chip (E)</source>
        <translation>Прочитане на чипа (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the document on the reader: access with the MRZ, passive authentication</source>
        <translation>Поставяне на документа в четеца: достъп с МЧЗ, пасивна автентикация</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <location filename="../presenter/class_view.py" line="+53"/>
        <source>Class progress</source>
        <extracomment>Seconds between two reads of the database. Emitted after each successful read, with the number of trainees shown.</extracomment>
        <translation>Напредък на класа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the class&apos;s progress…</source>
        <translation>Четене на напредъка на класа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainee</source>
        <translation>Обучаем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Отговорени</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Верни</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the class&apos;s progress: {reason}</source>
        <translation>Напредъкът на класа не може да се прочете: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{done} of {total} done · updated every {s} s</source>
        <translation>{done} от {total} завършени · обновява се на всеки {s} с</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} of {total}</source>
        <translation>{n} от {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>завършено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>working</source>
        <translation>в процес</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../crash_guard.py" line="+82"/>
        <source>Something went wrong, but DocInspect is still running.</source>
        <extracomment>How many errors were caught while the app ran (shown in the message when &gt; 1).</extracomment>
        <translation>Нещо се обърка, но DocInspect продължава да работи.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: {summary}</source>
        <translation>Грешка: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The details were written to {path}.</source>
        <translation>Подробностите са записани в {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors so far: {n}</source>
        <translation>Грешки досега: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DocInspect: unexpected error</source>
        <translation>DocInspect: неочаквана грешка</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <source>genuine</source>
        <translation type="vanished">истински</translation>
    </message>
</context>
<context>
    <name>DebriefPanel</name>
    <message>
        <location filename="../presenter/debrief.py" line="+55"/>
        <source>What the class missed</source>
        <extracomment>The list was refreshed (tests wait for it); carries the number of items.</extracomment>
        <translation>Какво пропусна класът</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Обновяване</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the class&apos;s results…</source>
        <translation>Четене на резултатите на класа…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the class&apos;s results: {reason}</source>
        <translation>Резултатите на класа не могат да се прочетат: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No wrong answers recorded yet.</source>
        <translation>Все още няма записани грешни отговори.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of answers that were wrong, worst first.</source>
        <translation>Дял на грешните отговори, най-лошите първо.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{exercise}, question {n}</source>
        <translation>{exercise}, въпрос {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{rank}. {share:.0%} wrong ({missed} of {attempts})  —  {about}</source>
        <translation>{rank}. {share:.0%} грешни ({missed} от {attempts})  —  {about}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show</source>
        <translation>Показване</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put this question&apos;s specimen on the big screen</source>
        <translation>Показване на образеца на този въпрос на големия екран</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../studio/exercise_dialog.py" line="+50"/>
        <source>Genuine or forged?</source>
        <translation>Истински или неистински?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the defect</source>
        <translation>Намерете дефекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which feature is this?</source>
        <translation>Какъв е този елемент?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under which light?</source>
        <translation>На каква светлина?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which MRZ field is wrong?</source>
        <translation>Кое поле на МЧЗ е грешно?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with a genuine reference</source>
        <translation>Сравняване с истински образец</translation>
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
        <translation>Упражнение (обратна връзка след всеки отговор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exam (results at the end)</source>
        <translation>Изпит (резултати в края)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed (seconds per document)</source>
        <translation>С ограничено време (секунди на документ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Click on the defect</source>
        <translation>Щракнете върху дефекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a box around it</source>
        <translation>Оградете го с рамка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(found from the MRZ&apos;s check digits)</source>
        <translation>(намерено от контролните цифри на МЧЗ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the usual question for this type)</source>
        <translation>(обичайният въпрос за този тип)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add question</source>
        <translation>Добавяне на въпрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove question</source>
        <translation>Премахване на въпрос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update question</source>
        <translation>Обновяване на въпроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the chosen question with what the form says (its id stays)</source>
        <translation>Замяна на избрания въпрос с това, което казва формулярът (идентификаторът му остава)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview as a trainee</source>
        <translation>Преглед като обучаем</translation>
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
        <translation>Истински образец за сравнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer by</source>
        <translation>Отговор чрез</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong MRZ field</source>
        <translation>Грешно поле на МЧЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per document (timed)</source>
        <translation>Секунди на документ (с ограничено време)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>Праг за успех</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions</source>
        <translation>Въпроси</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preview is the trainee&apos;s own screen; answer it to see their feedback.</source>
        <translation>Прегледът е екранът на самия обучаем; отговорете, за да видите неговата обратна връзка.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(any defect)</source>
        <translation>(всеки дефект)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Import a specimen first.</source>
        <translation>Първо импортирайте образец.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The specimen {id} has no MRZ text, so there is no MRZ field to ask about. Type its MRZ on the Specimen tab (MRZ text) first.</source>
        <translation>Образецът {id} няма текст на МЧЗ, така че няма поле на МЧЗ, за което да се пита. Първо въведете неговата МЧЗ в раздела „Образец“ (текст на МЧЗ).</translation>
    </message>
</context>
<context>
    <name>FaceCompareDialog</name>
    <message>
        <location filename="../inspect/face_compare.py" line="+67"/>
        <source>Compare the faces</source>
        <extracomment>Both faces are first shown this tall (logical px): a face seen across the desk.</extracomment>
        <translation>Сравняване на лицата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document photo</source>
        <translation>Снимка в документа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Traveller at the desk</source>
        <translation>Пътник на гишето</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trait by trait: the ears (size, height, lobe), the face outline, the eyes&apos; spacing and axis, the nose, the mouth. The wheel or + and − zoom both, dragging moves both, 0 fits.</source>
        <translation>Черта по черта: ушите (размер, височина, меко ухо), очертанието на лицето, разстоянието между очите и оста им, носът, устата. Колелцето или + и − увеличават двете, плъзгането мести двете, 0 побира.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The document&apos;s photo and the traveller side by side, zoomed together</source>
        <translation>Снимката в документа и пътникът един до друг, с общо увеличение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare faces (V)</source>
        <translation>Сравняване на лицата (V)</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../practice/feedback_text.py" line="+27"/>
        <source>Right.</source>
        <translation>Вярно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not right.</source>
        <translation>Не е вярно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right that it is forged — but not by that method.</source>
        <translation>Вярно, че е неистински — но не по този метод.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You let a forged document through.</source>
        <translation>Пропуснахте неистински документ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is genuine: you refused it.</source>
        <translation>Този документ е истински: вие го отказахте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not where the defect is.</source>
        <translation>Дефектът не е там.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time ran out.</source>
        <translation>Времето изтече.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer is saved.</source>
        <translation>Отговорът ви е запазен.</translation>
    </message>
    <message>
        <source>white light</source>
        <extracomment>Lights as a sentence names them (&quot;look under the UV lamp (365 nm)&quot;).</extracomment>
        <translation type="vanished">бяла светлина</translation>
    </message>
    <message>
        <source>the UV lamp (365 nm)</source>
        <translation type="vanished">УВ лампата (365 нм)</translation>
    </message>
    <message>
        <source>infrared (IR)</source>
        <translation type="vanished">инфрачервена светлина (ИЧ)</translation>
    </message>
    <message>
        <source>oblique (raking) light</source>
        <translation type="vanished">коса (плъзгаща) светлина</translation>
    </message>
    <message>
        <source>transmitted light (held against the light)</source>
        <translation type="vanished">проходяща светлина (срещу светлината)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>top left of the page</source>
        <extracomment>Where on the page a region lies (training.feedback.PLACES, and &quot;page&quot; for all of it).</extracomment>
        <translation>горе вляво на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top of the page</source>
        <translation>горе на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top right of the page</source>
        <translation>горе вдясно на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left side of the page</source>
        <translation>в лявата част на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>middle of the page</source>
        <translation>в средата на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side of the page</source>
        <translation>в дясната част на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom left of the page</source>
        <translation>долу вляво на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom of the page</source>
        <translation>долу на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom right of the page</source>
        <translation>долу вдясно на страницата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole page</source>
        <translation>цялата страница</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{list} or {last}</source>
        <translation>{list} или {last}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answer key sealed — results are scored by your instructor.</source>
        <translation>Ключът с отговорите е запечатан — резултатите се оценяват от инструктора ви.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time ran out, which at the booth means the document was accepted.</source>
        <translation>Времето изтече, което на гишето означава, че документът е приет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This document is {verdict}.</source>
        <translation>Този документ е {verdict}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This document is {verdict}: {methods}.</source>
        <translation>Този документ е {verdict}: {methods}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This document is genuine.</source>
        <translation>Този документ е истински.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The traveller is the holder: the ears, the face outline, the eyes&apos; spacing and the places of nose and mouth match the photo. Hair, glasses, a beard, weight, pose and light may differ between two photos of one person.</source>
        <translation>Пътникът е притежателят: ушите, очертанието на лицето, разстоянието между очите и местата на носа и устата съвпадат със снимката. Прическата, очилата, брадата, теглото, позата и светлината могат да се различават между две снимки на един човек.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your click was {d:.0f} mm from the defect (within {t:g} mm counts).</source>
        <translation>Щракнахте на {d:.0f} мм от дефекта (зачита се до {t:g} мм).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The defect is on another page of the booklet: {page}.</source>
        <translation>Дефектът е на друга страница на книжката: {page}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your box overlapped the defect by {o:.0%} ({n:.0%} counts).</source>
        <translation>Рамката ви покрива дефекта с {o:.0%} (зачита се от {n:.0%}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you marked is not a forgery sign. {flaw}</source>
        <translation>Отбелязаното от вас не е признак на подделка. {flaw}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The marked region shows: {feature}.</source>
        <translation>Отбелязаната област показва: {feature}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You chose: {feature}.</source>
        <translation>Избрахте: {feature}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{feature} shows under {lights}.</source>
        <translation>{feature} се вижда на {lights}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wrong field is: {field}.</source>
        <translation>Грешното поле е: {field}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>look under {lights} with the loupe at {power:g}× or more</source>
        <translation>гледайте на {lights} с лупа с увеличение {power:g}× или повече</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>look under {lights}</source>
        <translation>гледайте на {lights}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>look with the loupe at {power:g}× or more</source>
        <translation>гледайте с лупа с увеличение {power:g}× или повече</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>look closely</source>
        <translation>гледайте внимателно</translation>
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
        <translation>Пропуснахте самозванец: документът е истински, но пътникът не е неговият притежател.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>genuine — accepted</source>
        <translation>истински — приет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forged — refused ({method})</source>
        <translation>неистински — отказан ({method})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forged — refused</source>
        <translation>неистински — отказан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clicked at {x:.0f} mm, {y:.0f} mm</source>
        <translation>щракване при {x:.0f} мм, {y:.0f} мм</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a box from {l:.0f}, {t:.0f} to {r:.0f}, {b:.0f} mm</source>
        <translation>рамка от {l:.0f}, {t:.0f} до {r:.0f}, {b:.0f} мм</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no answer (time ran out)</source>
        <translation>няма отговор (времето изтече)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../practice/pages.py" line="+482"/>
        <source>sealed: your instructor scores it</source>
        <translation>запечатан: оценява се от инструктора ви</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>refuse: the document is genuine, the traveller is not its holder</source>
        <translation>отказ: документът е истински, пътникът не е неговият притежател</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../practice/pages.py" line="+125"/>
        <source>forged ({verdict})</source>
        <translation>отказ — {verdict}</translation>
    </message>
    <message>
        <source>genuine</source>
        <translation type="vanished">истински</translation>
    </message>
</context>
<context>
    <name>FourPointsDialog</name>
    <message>
        <location filename="../studio/import_dialog.py" line="+707"/>
        <source>Align by four points</source>
        <translation>Подравняване по четири точки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click four points that are easy to find under both lights (page corners, the ends of the MRZ) on the left image, then the same four, in the same order, on the white-light image.</source>
        <translation>Щракнете върху четири точки, които лесно се намират и на двете светлини (ъглите на страницата, краищата на МЧЗ), в лявото изображение, после върху същите четири, в същия ред, в изображението на бяла светлина.</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../generate_dialog.py" line="+194"/>
        <source>Generate specimens</source>
        <extracomment>Single forgery methods to deal out (drills of one indicator); None = forgers&apos; profiles make the forgeries. Forgers&apos; profiles to deal out; None = every profile the document type takes. Benign flaws (wear) and the share of documents with a rare issuer error. The issuing state of every specimen (its code); None = the state each seed draws.</extracomment>
        <translation>Генериране на образци</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new pack of synthetic specimens of fictional states, genuine and forged, with known answers. It is added to your library.</source>
        <translation>Създаване на нов пакет синтетични образци на измислени държави, истински и неистински, с известни отговори. Той се добавя към библиотеката ви.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TD3 — passport data page</source>
        <translation>TD3 — страница с данни на паспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD2 — identity card (MRZ on the front)</source>
        <translation>TD2 — лична карта (МЧЗ отпред)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD1 — identity card</source>
        <translation>TD1 — лична карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD1 — identity card back (MRZ)</source>
        <translation>TD1 — гръб на лична карта (МЧЗ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRV-A — visa sticker</source>
        <translation>MRV-A — визов стикер</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>obvious</source>
        <translation>очевидно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subtle</source>
        <translation>трудно забележимо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed and options give the same specimens again.</source>
        <translation>Същото начално число и същите настройки дават отново същите образци.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New seed</source>
        <translation>Ново начално число</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Document type</source>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of specimens</source>
        <translation>Брой образци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share forged</source>
        <translation>Дял неистински</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How hard to spot</source>
        <translation>Колко трудно за откриване</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Forgery methods</source>
        <translation>Методи на подправяне</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Seed</source>
        <translation>Начално число</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Desktop counterfeit</source>
        <extracomment>Forgers&apos; profiles as the instructor chooses them: (name, what it makes), translatable.</extracomment>
        <translation>Настолен неистински документ</translation>
    </message>
    <message>
        <source>Printed whole on an office printer: paper glowing under UV, every fine line and the microprint in dots, no relief, a static foil, imitated perforation and thread. Subtlety makes each imitation better, never fewer.</source>
        <translation type="vanished">Отпечатан изцяло на офис принтер: хартия, светеща под УВ, всяка тънка линия и микротекстът на точки, без релеф, статично фолио, имитирани перфорация и нишка. Трудността прави всяка имитация по-добра, никога по-малко на брой.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offset counterfeit</source>
        <translation>Офсетов неистински документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by an organised group: some features imitated well, others not. Subtlety decides how many are imitated well; at least three traces always remain.</source>
        <translation>Отпечатан от организирана група: някои елементи са имитирани добре, други не. Трудността решава колко от тях са имитирани добре; винаги остават поне три следи.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo substitution</source>
        <translation>Подмяна на снимката</translation>
    </message>
    <message>
        <source>A genuine document with another photo glued on: its own paper under UV, IR and against the light, cut edges, broken UV lines and DOVID, the old ghost image.</source>
        <translation type="vanished">Истински документ със залепена друга снимка: собствена хартия под УВ, ИЧ и срещу светлината, изрязани ръбове, прекъснати УВ линии и DOVID, старото призрачно изображение.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Printed whole on an office printer: paper glowing under UV, every fine line and the microprint in dots, no relief, a static foil, imitated perforation and thread; a card on PVC or paper with a printed colour portrait and CLI. Subtlety makes each imitation better, never fewer.</source>
        <translation>Отпечатан изцяло на офис принтер: хартия, светеща под УВ, всяка тънка линия и микротекстът на точки, без релеф, статично фолио, имитирани перфорация и нишка; карта върху ПВХ или хартия с отпечатан цветен портрет и CLI. Трудността прави всяка имитация по-добра, никога по-малко на брой.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A genuine document with another photo glued on: its own paper under UV, IR and against the light, cut edges, broken UV lines and DOVID, the old ghost image. A card is split open instead: glue at its edges, the old CLI and ghost image.</source>
        <translation>Истински документ със залепена друга снимка: собствена хартия под УВ, ИЧ и срещу светлината, изрязани ръбове, прекъснати УВ линии и DOVID, старото призрачно изображение. Картата вместо това се разслоява: лепило по краищата, старите CLI и призрачно изображение.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page substitution</source>
        <translation>Подмяна на страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visa page of a genuine booklet replaced by a page of another: its paper glows under UV, its perforated number is another&apos;s or out of line, it is sewn back with another thread.</source>
        <translation>Визова страница на истински паспорт е заменена със страница от друг: хартията ѝ свети под UV, перфорираният ѝ номер е чужд или не е на една линия с другите, пришита е отново с друг конец.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data alteration</source>
        <translation>Преправяне на данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine document with a field erased and reprinted: it disagrees with the MRZ, the surface is disturbed, sensitised paper is stained.</source>
        <translation>Истински документ с изтрито и отпечатано наново поле: то не съвпада с МЧЗ, повърхността е нарушена, химически защитената хартия е с петна.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stolen blank</source>
        <translation>Открадната бланка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genuine paper and print personalised by criminals: inkjet data, no laser perforation.</source>
        <translation>Истинска хартия и печат, персонализирани от престъпници: мастилено-струйни данни, без лазерна перфорация.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fantasy document</source>
        <translation>Фантазиен документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A well-made document of an issuer that does not exist: the check is the register of issuers, not the features.</source>
        <translation>Добре изработен документ на несъществуващ издател: проверката е в регистъра на издателите, а не в елементите.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impostor</source>
        <translation>Самозванец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A genuine document presented by a look-alike of its holder.</source>
        <translation>Истински документ, представен от двойник на притежателя си.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>TD3 — passport booklet (data page and visa pages)</source>
        <translation>TD3 — паспортна книжка (страница с данни и визови страници)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any (each specimen&apos;s own)</source>
        <translation>Която и да е (своя за всеки образец)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>polycarbonate data page</source>
        <translation>страница с данни от поликарбонат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paper data page</source>
        <translation>хартиена страница с данни</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passport of a state with a polycarbonate data page is built like a card (laser engraving, a changeable laser image, no fibres or watermark): paper attacks do not fit it, card attacks do.</source>
        <translation>Паспортът на държава със страница с данни от поликарбонат е изработен като карта (лазерно гравиране, променливо лазерно изображение, без влакна и воден знак): атаките срещу хартия не са приложими към него, атаките срещу карти са.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Forgers&apos; profiles</source>
        <translation>Профили на фалшификатори</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each forgery is made as a forger makes it and carries every trace of that production: the way documents are forged at the border.</source>
        <translation>Всяка подправка е направена така, както я прави фалшификаторът, и носи всяка следа от това производство: както се подправят документите, които идват на границата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single methods (drill)</source>
        <translation>Отделни методи (тренировка)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each forgery carries the traces of one forgery method only: for drills.</source>
        <translation>Всяка подправка носи следите само на един метод на подправяне: за тренировки.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Worn corners, scratches, dirt, faded UV, slight misregistration: on genuine and forged documents alike, and never a forgery sign.</source>
        <translation>Износени ъгли, драскотини, мръсотия, избледнял УВ, леко разминаване на печата: по истинските и неистинските документи еднакво, и никога признак на подправка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>much</source>
        <translation>много</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of documents personalised by their issuer that carry a rare issuer error (data printed askew, a field outside the MRZ misspelt): not a forgery sign.</source>
        <translation>Дял на документите, персонализирани от издателя си, които носят рядка грешка на издателя (данни, отпечатани накриво, грешно изписано поле извън МЧЗ): не е признак на подправка.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issuing state</source>
        <translation>Държава издател</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forgeries made by</source>
        <translation>Подправките са направени чрез</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wear</source>
        <translation>Износване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer errors</source>
        <translation>Грешки на издателя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate</source>
        <translation>Генериране</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose at least one forgery method.</source>
        <translation>Изберете поне един метод на подправяне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one forger&apos;s profile.</source>
        <translation>Изберете поне един профил на фалшификатор.</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <location filename="../generation.py" line="+93"/>
        <source>Generating {count} {type} specimens…</source>
        <extracomment>&quot;running&quot;, then &quot;generated&quot;, &quot;cancelled&quot; or &quot;failed&quot;.</extracomment>
        <translation>Генериране на {count} образеца {type}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Generate specimens</source>
        <translation>Генериране на образци</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The specimens could not be generated. Nothing was written.</source>
        <translation>Образците не можаха да бъдат генерирани. Нищо не е записано.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../practice/pages.py" line="+88"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Module</source>
        <translation>Модул</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best score</source>
        <translation>Най-добър резултат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Отговори</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Верни</translation>
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
        <translation>Резултат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Изход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to exercises</source>
        <translation>Обратно към упражненията</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores over time</source>
        <translation>Резултати във времето</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress per module</source>
        <translation>Напредък по модули</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises taken</source>
        <translation>Взети упражнения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History — {name}</source>
        <translation>История — {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers given: {n}.</source>
        <translation>Дадени отговори: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False-accept rate (forged documents passed as genuine): {r}.</source>
        <translation>Дял на пропуснатите неистински документи (приети като истински): {r}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean decision time: {t}.</source>
        <translation>Средно време за решение: {t}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>discarded</source>
        <translation>отхвърлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unfinished</source>
        <translation>незавършено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>завършено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>издържано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed</source>
        <translation>неиздържано</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../studio/import_dialog.py" line="-626"/>
        <source>Passport data page (TD3)</source>
        <extracomment>Longest side of the preview images, in pixels.</extracomment>
        <translation>Страница с данни на паспорт (TD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card (TD1)</source>
        <translation>Лична карта (TD1)</translation>
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
        <translation>Друго</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a specimen from scans</source>
        <extracomment>The lights were read and aligned (tests wait for it). Reading failed or was cancelled; the message (empty when cancelled).</extracomment>
        <translation>Импортиране на образец от сканирания</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>required</source>
        <extracomment>Page corners clicked by the user on the white image (None: find them or use all). The page edges found on the white image (shown before import; None: none found). The white image the marked corners belong to: they are kept across Back unless another white image is read.</extracomment>
        <translation>задължително</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>по избор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Seized passport, photo substitution</source>
        <translation>напр. Задържан паспорт, подмяна на снимка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size from the scan&apos;s resolution</source>
        <translation>Размер според резолюцията на сканирането</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the page edges and straighten the page</source>
        <translation>Намиране на краищата на страницата и изправяне</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical size</source>
        <translation>Физически размер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One image per light of the same document side. The other lights are aligned to the white-light image automatically; you can check and correct that next.</source>
        <translation>По едно изображение за всяка светлина на една и съща страна на документа. Другите светлини се подравняват автоматично към изображението на бяла светлина; можете да проверите и коригирате това в следващата стъпка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read and align</source>
        <translation>Прочитане и подравняване</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Image under {light}</source>
        <translation>Изображение на {light}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the white-light image first.</source>
        <translation>Първо изберете изображението на бяла светлина.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the images…</source>
        <translation>Четене на изображенията…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These images cannot be imported:</source>
        <translation>Тези изображения не могат да бъдат импортирани:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blink</source>
        <translation>Превключване</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Align by four points…</source>
        <translation>Подравняване по четири точки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the page corners…</source>
        <translation>Отбелязване на ъглите на страницата…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop and straighten by the four corners you click on the white-light image</source>
        <translation>Изрязване и изправяне по четирите ъгъла, върху които щракнете в изображението на бяла светлина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Светлина</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="vanished">Бяла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This light</source>
        <translation>Тази светлина</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Not aligned automatically: {reason}. Use “Align by four points…”.</source>
        <translation>Не е подравнено автоматично: {reason}. Използвайте „Подравняване по четири точки…“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aligned by four points.</source>
        <translation>Подравнено по четири точки.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aligned automatically ({count} matching features). Blink or slide to check.</source>
        <translation>Подравнено автоматично ({count} съвпадащи елемента). Превключвайте или плъзгайте, за да проверите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The white-light image is the reference.</source>
        <translation>Изображението на бяла светлина е еталонът.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Green: the page will be cut at the corners you marked.</source>
        <translation>Зелено: страницата ще бъде изрязана по отбелязаните от вас ъгли.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orange: the page edges found; the page will be cut there. If they are wrong, use “Mark the page corners…”.</source>
        <translation>Оранжево: намерените краища на страницата; страницата ще бъде изрязана там. Ако са грешни, използвайте „Отбелязване на ъглите на страницата…“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No page edges are used: the whole image is imported.</source>
        <translation>Не се използват краища на страницата: импортира се цялото изображение.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Page corners</source>
        <translation>Ъгли на страницата</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click the page&apos;s corners: top left, top right, bottom right, bottom left.</source>
        <translation>Щракнете върху ъглите на страницата: горе вляво, горе вдясно, долу вдясно, долу вляво.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cutting and straightening the pages…</source>
        <translation>Изрязване и изправяне на страниците…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The page&apos;s shape does not fit {w:g} × {h:g} mm. Import it with the scan&apos;s own shape, {sw:g} × {sh:g} mm (document type Other)? Or answer No, then mark the page corners or choose another document size.</source>
        <translation>Формата на страницата не отговаря на {w:g} × {h:g} мм. Да се импортира ли със собствената форма на сканирането, {sw:g} × {sh:g} мм (вид документ „Друго“)? Или отговорете „Не“ и отбележете ъглите на страницата или изберете друг размер на документа.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../classroom/bundle_import.py" line="+56"/>
        <source>Results bundles imported</source>
        <extracomment>The import&apos;s figures, or None when the file was refused. Why the file was refused (&quot;&quot; when it was imported).</extracomment>
        <translation>Импортирани пакети с резултати</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} answers imported from {files} files; {refused} refused.</source>
        <translation>{n} отговора импортирани от {files} файла; {refused} отказани.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Импортирани</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already there</source>
        <translation>Вече налични</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New trainees</source>
        <translation>Нови обучаеми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused because</source>
        <translation>Отказан, защото</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../inspect/opening.py" line="+68"/>
        <source>Cannot inspect this specimen</source>
        <extracomment>Open workstation windows, kept alive here until they close (a caller need not hold them).</extracomment>
        <translation>Този образец не може да бъде проверен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack has no specimen {id}.</source>
        <translation>Пакетът няма образец {id}.</translation>
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
        <location filename="../inspect/desk.py" line="+54"/>
        <source>{mm} mm</source>
        <translation>{mm} мм</translation>
    </message>
    <message>
        <location filename="../inspect/view.py" line="+513"/>
        <source>Drawing the document…</source>
        <extracomment>Longest side of a full-page picture, in device pixels; finer detail comes from the window. Empty space around the page when fitted, in logical pixels. Wait this long after the last zoom or pan before rendering the visible window in detail. Wait this long after the page settles before rendering the other lights ahead. ... and this long after the loupe last moved: a whole-page render competes with the loupe&apos;s frames for the two cores (and Python&apos;s lock), and the lens under the cursor matters more. A whole page already drawing ahead when the loupe moves cannot be stopped; it pauses between its stages until the loupe has not moved for this long (``optics.give_way``). Pages of a booklet whose pictures are kept besides the page on show: the page before, the page after (drawn ahead) and the page last left. A region of the overlay was clicked (None: a click outside every region). Zoom, light or availability changed: the window&apos;s status line should refresh. The picture for the current viewing is on screen (tests and benchmarks wait for it). Some picture of the page is on the desk (perhaps at a provisional scale): the user sees it. Move labels that would cover one another (presenter mode places its own). Pictures of the pages shown before a page turn (a booklet&apos;s), newest last, so that paging back is as quick as a light switch.</extracomment>
        <translation>Изчертаване на документа…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This specimen cannot be drawn under this light: {reason}</source>
        <translation>Този образец не може да бъде изчертан на тази светлина: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shown under: {lights}</source>
        <translation>Вижда се на: {lights}</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <location filename="../inspect/workstation.py" line="+71"/>
        <source>Inspect — {title}</source>
        <translation>Проверка — {title}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reference (genuine): {title}</source>
        <translation>Образец за сравнение (истински): {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Questioned: {title}</source>
        <translation>Проверяван: {title}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Turn the raking light</source>
        <translation>Завъртане на плъзгащата светлина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the oblique light 45° clockwise</source>
        <translation>Завъртане на косата светлина с 45° по часовниковата стрелка</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation type="vanished">Накланяне напред</translation>
    </message>
    <message>
        <source>Tilt the document 5° forward</source>
        <translation type="vanished">Накланяне на документа с 5° напред</translation>
    </message>
    <message>
        <source>Tilt back</source>
        <translation type="vanished">Накланяне назад</translation>
    </message>
    <message>
        <source>Tilt the document 5° back</source>
        <translation type="vanished">Накланяне на документа с 5° назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt right</source>
        <translation>Накланяне надясно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the document 5° to the right</source>
        <translation>Накланяне на документа с 5° надясно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt left</source>
        <translation>Накланяне наляво</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the document 5° to the left</source>
        <translation>Накланяне на документа с 5° наляво</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilt away</source>
        <translation>Накланяне от себе си</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the top edge 5° away from you</source>
        <translation>Накланяне на горния ръб с 5° от себе си</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt towards you</source>
        <translation>Накланяне към себе си</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilt the top edge 5° towards you</source>
        <translation>Накланяне на горния ръб с 5° към себе си</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lay flat</source>
        <translation>Хоризонтално</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lay the document flat (tilt 0°)</source>
        <translation>Полагане на документа хоризонтално (наклон 0°)</translation>
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
        <translation>Увеличителна лупа, следваща курсора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stronger loupe</source>
        <translation>По-силна лупа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More magnification (or Ctrl+wheel)</source>
        <translation>По-голямо увеличение (или Ctrl+колелце)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weaker loupe</source>
        <translation>По-слаба лупа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Less magnification (or Ctrl+wheel)</source>
        <translation>По-малко увеличение (или Ctrl+колелце)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reticle</source>
        <translation>Мерник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Millimetre scale inside the loupe</source>
        <translation>Милиметрова скала в лупата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small loupe</source>
        <translation>Малка лупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium loupe</source>
        <translation>Средна лупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large loupe</source>
        <translation>Голяма лупа</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next loupe size</source>
        <translation>Следващ размер на лупата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loupe size: small, medium, large (large for a projector)</source>
        <translation>Размер на лупата: малка, средна, голяма (голяма за проектор)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UV torch in loupe</source>
        <translation>УВ фенер в лупата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handheld UV 365 nm lamp: UV inside the loupe only</source>
        <translation>Ръчна УВ лампа 365 нм: УВ само в лупата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show annotated features and indicators</source>
        <translation>Показване на отбелязаните елементи и признаци</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare</source>
        <translation>Сравняване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genuine reference beside the specimen, in step</source>
        <translation>Истински образец до проверявания, синхронно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traveller</source>
        <translation>Пътник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person presenting the document, beside it: compare the face</source>
        <translation>Лицето, представящо документа, до него: сравнете лицето</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation>Побиране</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page to the window</source>
        <translation>Побиране на страницата в прозореца</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size: the page as large as the real document</source>
        <translation>Действителен размер: страницата колкото истинския документ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in</source>
        <translation>Увеличаване</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (or the wheel)</source>
        <translation>Увеличаване (или колелцето)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom out</source>
        <translation>Намаляване</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (or the wheel)</source>
        <translation>Намаляване (или колелцето)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibrate 1:1 size…</source>
        <translation>Калибриране на размер 1:1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Светлина</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where the raking light comes from (Shift+O turns it)</source>
        <translation>Откъде идва плъзгащата светлина (Shift+O я завърта)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Tilt ↔ </source>
        <translation> Наклон ↔ </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt left or right: holograms and colour-shifting ink change ([ and ])</source>
        <translation>Накланяне наляво или надясно: холограмите и оптически променливото мастило се променят ([ и ])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ↕ </source>
        <translation> ↕ </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tilt the top edge away or towards you: holograms, colour-shifting ink and a card&apos;s changeable laser image change (&apos; and ;)</source>
        <translation>Накланяне на горния ръб от себе си или към себе си: холограмите, оптически променливото мастило и сменяемото лазерно изображение на картата се променят (&apos; и ;)</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>tilt ↔ {deg:+.0f}° ↕ {away:+.0f}°</source>
        <translation>наклон ↔ {deg:+.0f}° ↕ {away:+.0f}°</translation>
    </message>
    <message>
        <source> Tilt </source>
        <translation type="vanished"> Наклон </translation>
    </message>
    <message>
        <source>Tilt the document: holograms and colour-shifting ink change ([ and ])</source>
        <translation type="vanished">Накланяне на документа: холограмите и оптично променливото мастило се променят ([ и ])</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Loupe power (+ and -, or Ctrl+wheel)</source>
        <translation>Увеличение на лупата (+ и -, или Ctrl+колелце)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Lamp in loupe </source>
        <translation> Лампа в лупата </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A handheld lamp lights only the spot under the loupe</source>
        <translation>Ръчната лампа осветява само мястото под лупата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as page</source>
        <translation>Като страницата</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Size </source>
        <translation> Размер </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How large the loupe is on screen (Shift+L)</source>
        <translation>Колко голяма е лупата на екрана (Shift+L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small</source>
        <translation>Малка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Средна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Голяма</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>View</source>
        <translation>Изглед</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Затваряне</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлина</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>L&amp;oupe</source>
        <translation>&amp;Лупа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Изглед</translation>
    </message>
    <message>
        <source>tilt {deg:+.0f}°</source>
        <translation type="vanished">наклон {deg:+.0f}°</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>zoom {zoom:.2g}× actual size</source>
        <translation>мащаб {zoom:.2g}× от действителния размер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loupe {power:g}×</source>
        <translation>лупа {power:g}×</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a {light} lamp</source>
        <translation>с лампа {light}</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisView</name>
    <message>
        <location filename="../dashboard/item_view.py" line="+37"/>
        <source>item</source>
        <translation>елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainees</source>
        <translation>обучаеми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts</source>
        <translation>опити</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>difficulty p</source>
        <translation>трудност p</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>discrimination r</source>
        <translation>дискриминация r</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Computing the item analysis…</source>
        <translation>Изчисляване на анализа на задачите…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not compute the item analysis: {0}</source>
        <translation>Анализът на задачите не можа да бъде изчислен: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question</source>
        <translation>въпрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} trainees, {1} attempts, {2} items flagged (r &lt; 0)</source>
        <translation>{0} обучаеми, {1} опита, {2} отбелязани задачи (r &lt; 0)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Better trainees get this item wrong more often: check its key.</source>
        <translation>По-добрите обучаеми грешат по-често тази задача: проверете ключа ѝ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no item has a discrimination yet</source>
        <translation>все още няма задача с дискриминация</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="+27"/>
        <source>&amp;Language</source>
        <translation>&amp;Език</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the &amp;system ({language})</source>
        <translation>Като в &amp;системата ({language})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Takes effect when DocInspect is restarted</source>
        <translation>Важи след рестартиране на DocInspect</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DocInspect will speak {language} from its next start: close it and open it again. Your answers and results are kept.</source>
        <translation>Език на DocInspect от следващото стартиране: {language}. Затворете програмата и я отворете отново. Отговорите и резултатите ви се запазват.</translation>
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
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Look at a genuine one first:</source>
        <translation>Първо разгледайте истински:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a genuine document of this kind at the workstation: every light, the loupe, its annotated regions (Regions, A)</source>
        <translation>Отваряне на истински документ от този вид на работното място: всяка светлина, лупата, отбелязаните му области (Области, A)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Practice: you get feedback after every answer.</source>
        <translation>Упражнение: получавате обратна връзка след всеки отговор.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exam: you see your results at the end. Pass mark {p:.0%}.</source>
        <translation>Изпит: резултатите виждате в края. Праг за успех {p:.0%}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed: {s:g} seconds per document. When the time runs out the document counts as accepted, as at a first-line check when the traveller walks through.</source>
        <translation>С ограничено време: {s:g} секунди на документ. Когато времето изтече, документът се счита за приет, както на първа линия, когато пътникът мине.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have {m}:{s:02d} (minutes:seconds) for each question; a clock shows the time left. When it runs out the question counts as not answered (0 points) and the next one comes.</source>
        <translation>Имате {m}:{s:02d} (минути:секунди) за всеки въпрос; часовник показва оставащото време. Когато то изтече, въпросът се счита за неотговорен (0 точки) и идва следващият.</translation>
    </message>
    <message>
        <source>Timed: {s:g} seconds per document. A time-out accepts the document.</source>
        <translation type="vanished">С ограничено време: {s:g} секунди на документ. При изтекло време документът се приема.</translation>
    </message>
</context>
<context>
    <name>LessonPlanEditor</name>
    <message>
        <location filename="../presenter/plan_editor.py" line="+88"/>
        <source>Lesson plan</source>
        <extracomment>The plan was saved: the path written.</extracomment>
        <translation>План на урок</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. UV and the paper, first morning</source>
        <extracomment>The last problem shown when saving (&quot;&quot; when none). The plan&apos;s own translations (language -&gt; English -&gt; translation), decision 0034.</extracomment>
        <translation>напр. УВ и хартията, първа сутрин</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add step</source>
        <translation>Добавяне на стъпка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove step</source>
        <translation>Премахване на стъпка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up</source>
        <translation>Нагоре</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Надолу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Стъпки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For you only: never on the projector</source>
        <translation>Само за вас: никога на проектора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the class reads; an empty line starts a new paragraph</source>
        <translation>Какво чете класът; празен ред започва нов абзац</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(choose a specimen)</source>
        <translation>(изберете образец)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pack}: {title}</source>
        <translation>{pack}: {title}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Earlier</source>
        <translation>По-рано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>По-късно</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Step title</source>
        <translation>Заглавие на стъпката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned time</source>
        <translation>Планирано време</translation>
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
        <translation>Страница в началото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light at first</source>
        <translation>Светлина в началото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt at first</source>
        <translation>Наклон в началото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top edge away at first</source>
        <translation>Горният ръб от себе си в началото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reveal, in order (ticked)</source>
        <translation>Показване, по ред (отметнати)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most-missed items</source>
        <translation>Най-често пропусканите задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save</source>
        <translation>Запазване</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as…</source>
        <translation>Запазване като…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Затваряне</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Translations…</source>
        <translation>Преводи…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the Russian and Bulgarian of the plan&apos;s titles, texts and notes</source>
        <translation>Въведете руския и българския превод на заглавията, текстовете и бележките на плана</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Преводи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson (text on the projector)</source>
        <translation>Урок (текст на проектора)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specimen on the projector</source>
        <translation>Образец на проектора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise at the seats</source>
        <translation>Упражнение на работните места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief (most-missed items)</source>
        <translation>Разбор (най-често пропусканите задачи)</translation>
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
        <translation>(без заглавие)</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+272"/>
        <source>Planned: {minutes} min</source>
        <translation>Планирано: {minutes} мин</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>{pack}: {id} (pack not open)</source>
        <translation>{pack}: {id} (пакетът не е отворен)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A generated specimen (as the plan says)</source>
        <translation>Генериран образец (както казва планът)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Data page</source>
        <translation>Страница с данни</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>indicator</source>
        <translation>признак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feature</source>
        <translation>елемент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id}: {feature} ({role})</source>
        <translation>{id}: {feature} ({role})</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Plan: title</source>
        <translation>План: заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan: summary</source>
        <translation>План: кратко описание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step “{step}”: title</source>
        <translation>Стъпка „{step}“: заглавие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step “{step}”: paragraph {n}</source>
        <translation>Стъпка „{step}“: абзац {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{step}”: your notes</source>
        <translation>Стъпка „{step}“: вашите бележки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{language}: {n} of {total} texts not translated</source>
        <translation>{language}: непреведени текстове: {n} от {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language}: all translated</source>
        <translation>{language}: всичко е преведено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan&apos;s titles, texts and your notes, as written, and their Russian and Bulgarian. Presenter mode shows each in the language the app speaks, and as written when it has no translation (your notes then say so). Saved with the plan.</source>
        <translation>Заглавията, текстовете и вашите бележки на плана във вида, в който са написани, и преводът им на руски и български. Режимът за презентация показва всеки текст на езика на програмата, а ако няма превод — както е написан (вашите бележки тогава го казват). Запазва се заедно с плана.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Translations changed: save the plan to keep them.</source>
        <translation>Преводите са променени: запазете плана, за да не се загубят.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add at least one step.</source>
        <translation>Добавете поне една стъпка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{step}: choose the specimen to show.</source>
        <translation>{step}: изберете образеца за показване.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+30"/>
        <source>Lesson plan not saved</source>
        <translation>Планът на урока не е запазен</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Save lesson plan</source>
        <translation>Запазване на плана на урока</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson plans (*{suffix})</source>
        <translation>Планове на уроци (*{suffix})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved to {path}</source>
        <translation>Запазено в {path}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../library_model.py" line="+186"/>
        <source>Specimens: {n}</source>
        <extracomment>Thumbnails are drawn to fit this box (logical pixels). (key, specimen): a row without a thumbnail was painted; make one and set_thumbnail it. Per pack, its own translations (an author&apos;s specimen titles, decision 0035).</extracomment>
        <translation>Образци: {n}</translation>
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
от {pack}</translation>
    </message>
</context>
<context>
    <name>Light</name>
    <message>
        <source>White</source>
        <extracomment>One key per light, as on the toolbar and in the Light menu.</extracomment>
        <translation type="vanished">Бяла</translation>
    </message>
    <message>
        <source>UV 365 nm</source>
        <translation type="vanished">УВ 365 нм</translation>
    </message>
    <message>
        <source>IR</source>
        <translation type="vanished">ИЧ</translation>
    </message>
    <message>
        <source>Oblique</source>
        <translation type="vanished">Коса</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation type="vanished">Проходяща</translation>
    </message>
    <message>
        <location filename="../inspect/lights.py" line="+24"/>
        <source>Ordinary daylight from above: colours, print, photo and data</source>
        <extracomment>One key per light, as on the toolbar and in the Light menu.</extracomment>
        <translation>Обикновена дневна светлина отгоре: цветове, печат, снимка и данни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UV-A lamp in a dark room: dull paper, glowing fibres, inks and motifs; office paper glows blue-white</source>
        <translation>УВ-A лампа в тъмна стая: матова хартия, светещи влакна, мастила и мотиви; офис хартията свети синкавобяло</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Near infrared (~900 nm): the MRZ stays black, most colour print fades</source>
        <translation>Близка инфрачервена (~900 нм): МЧЗ остава черна, повечето цветен печат изчезва</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raking light from one side: relief, intaglio, embossing, erasures</source>
        <translation>Плъзгаща светлина отстрани: релеф, дълбок печат, щамповане, изтривания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back light through the page: watermark, security thread, perforation</source>
        <translation>Светлина отзад през страницата: воден знак, защитна нишка, перфорация</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No white-light image for this specimen</source>
        <translation>Няма изображение на бяла светлина за този образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No UV image for this specimen</source>
        <translation>Няма УВ изображение за този образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No IR image for this specimen</source>
        <translation>Няма ИЧ изображение за този образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No oblique-light image for this specimen</source>
        <translation>Няма изображение на коса светлина за този образец</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No transmitted-light image for this specimen</source>
        <translation>Няма изображение на проходяща светлина за този образец</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from the top</source>
        <translation>отгоре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the top right</source>
        <translation>отгоре вдясно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the right</source>
        <translation>отдясно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the bottom right</source>
        <translation>отдолу вдясно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the bottom</source>
        <translation>отдолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the bottom left</source>
        <translation>отдолу вляво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the left</source>
        <translation>отляво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the top left</source>
        <translation>отгоре вляво</translation>
    </message>
</context>
<context>
    <name>LiveClassWindow</name>
    <message>
        <location filename="../classroom/live.py" line="+44"/>
        <source>DocInspect — Live class</source>
        <translation>DocInspect — клас на живо</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cohort:</source>
        <translation>Група:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignment:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign…</source>
        <translation>Възлагане…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Промяна…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+119"/>
        <source>Withdraw</source>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+52"/>
        <source>Cannot read the class: {reason}</source>
        <translation>Класът не може да се прочете: {reason}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>No cohort yet: create one and assign an exercise (docinspect classroom cohort / assign, see the trainer&apos;s guide).</source>
        <translation>Все още няма група: създайте група и възложете упражнение (docinspect classroom cohort / assign, вижте ръководството за обучители).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{title} (due {due})</source>
        <translation>{title} (срок {due})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This cohort has no assignment yet.</source>
        <translation>Тази група все още няма задача.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>choose an exercise</source>
        <translation>изберете упражнение</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Withdraw the assignment {title}? Answers already given stay in the results.</source>
        <translation>Да се оттегли ли задачата {title}? Вече дадените отговори остават в резултатите.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not withdrawn: {reason}</source>
        <translation>Не е оттеглена: {reason}</translation>
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
        <translation>лампа {light}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../library_roles.py" line="+91"/>
        <location filename="../main_window.py" line="+54"/>
        <source>DocInspect — specimen library</source>
        <translation>DocInspect — библиотека с образци</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+70"/>
        <source>Find: name, id, state…</source>
        <extracomment>The generator run in progress, if any, and its progress dialog. Why the last generation failed (&quot;&quot; when it did not). The problems dialog shown last (kept for tests and so it is not garbage collected). Instructor accounts: off on a single seat, else the instructor&apos;s parts need a sign-in. The last refusal shown (an instructor&apos;s part asked for without one signed in). Presenter windows opened from here (they delete themselves when closed). Instructor windows that would not close when nobody was signed in any more (the studio keeping work it could not save): locked until an instructor signs in.</extracomment>
        <translation>Търсене: име, идентификатор, държава…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your specimen library is empty</source>
        <translation>Библиотеката ви с образци е празна</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a specimen pack to start: a folder, or a .zip file you received from your instructor. Or generate synthetic specimens to practise on. Packs stay in the library the next time you start DocInspect.</source>
        <translation>Отворете пакет с образци, за да започнете: папка или .zip файл, получен от инструктора ви. Или генерирайте синтетични образци за упражнение. Пакетите остават в библиотеката при следващото стартиране на DocInspect.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a specimen pack to start: a folder, or a .zip file you received from your instructor. Packs you open stay in the library the next time you start DocInspect.</source>
        <translation>Отворете пакет с образци, за да започнете: папка или .zip файл, получен от инструктора ви. Отворените пакети остават в библиотеката при следващото стартиране на DocInspect.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open pack folder…</source>
        <translation>Отваряне на папка с пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pack file (.zip)…</source>
        <translation>Отваряне на файл с пакет (.zip)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generate specimens…</source>
        <translation>Генериране на образци…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Or start learning right away: the practice course has lessons, questions with feedback, and exams, with documents made for it (Training &gt; Practice and exams…, Ctrl+P).</source>
        <translation>Или започнете да учите веднага: курсът за упражнения има уроци, въпроси с обратна връзка и изпити, с документи, направени за него (Обучение &gt; Упражнения и изпити…, Ctrl+P).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start practice…</source>
        <translation>Започване на упражнения…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open pack &amp;folder…</source>
        <translation>Отваряне на пакет от &amp;папка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open pack file (.&amp;zip)…</source>
        <translation>Отваряне на файл с пакет (.&amp;zip)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Скорошни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close pack</source>
        <translation>&amp;Затваряне на пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected specimen&apos;s pack from the library</source>
        <translation>Премахване на пакета на избрания образец от библиотеката</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Generate specimens…</source>
        <translation>&amp;Генериране на образци…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Specimen</source>
        <translation>Об&amp;разец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect under lights…</source>
        <translation>&amp;Проверка под светлини…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected specimen at the inspection desk: lights, tilt and loupe</source>
        <translation>Отваряне на избрания образец на работното място за проверка: светлини, наклон и лупа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice and exams…</source>
        <translation>&amp;Упражнения и изпити…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick your profile, take a module of the curriculum, see your progress</source>
        <translation>Изберете профила си, минете модул от учебната програма, вижте напредъка си</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress and &amp;results…</source>
        <translation>Напредък и &amp;резултати…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trainee&apos;s figures (accuracy, forged documents let through, d′, times) and the class&apos;s item analysis</source>
        <translation>Показателите на обучаем (точност, пропуснати неистински документи, d′, време) и анализът на задачите на класа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import results bundle…</source>
        <translation>&amp;Импортиране на пакет с резултати…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the answers of seats that worked offline to the class database</source>
        <translation>Добавяне на отговорите от работни места без връзка в базата данни на класа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in as instructor…</source>
        <translation>&amp;Вход като инструктор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>И&amp;зход от профила</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instructor &amp;studio…</source>
        <translation>&amp;Студио на инструктора…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presenter mode…</source>
        <translation>&amp;Режим презентатор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Live class…</source>
        <translation>Клас на &amp;живо…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect to a class server…</source>
        <translation>Свързване към сървър на &amp;класа…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Помощ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DocInspect</source>
        <translation>&amp;За DocInspect</translation>
    </message>
    <message>
        <location filename="../library_roles.py" line="-51"/>
        <source>Needs an instructor: Tools &gt; Sign in as instructor…</source>
        <extracomment>Menu entries and the Action each needs (accounts on: an instructor signed in).</extracomment>
        <translation>Изисква инструктор: Инструменти &gt; Вход като инструктор…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the class database who may use this…</source>
        <translation>Запитване към базата данни на класа кой може да използва това…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No class here: Tools &gt; Connect to a class server…, or create the first instructor with &apos;docinspect classroom init&apos;</source>
        <translation>Тук няма клас: Инструменти &gt; Свързване към сървър на класа… или създайте първия инструктор с &apos;docinspect classroom init&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instructor: {user} (signed in)</source>
        <translation>Инструктор: {user} (влязъл)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Class database not reachable: instructor parts locked</source>
        <translation>Базата данни на класа е недостъпна: частите за инструктора са заключени</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trainee seat: instructor parts locked</source>
        <translation>Работно място на обучаем: частите за инструктора са заключени</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> — instructor {user}</source>
        <translation> — инструктор {user}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reveal whether the specimen is genuine, and why. Decide for yourself first.</source>
        <translation>Показване дали образецът е истински и защо. Първо решете сами.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The answers need an instructor: Tools &gt; Sign in as instructor…</source>
        <translation>Отговорите изискват инструктор: Инструменти &gt; Вход като инструктор…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The class database has not answered yet, so {what} stays locked. Try again in a moment.</source>
        <translation>Базата данни на класа още не е отговорила, затова {what} остава заключено. Опитайте отново след малко.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} is for instructors. An instructor signs in with Tools &gt; Sign in as instructor…</source>
        <translation>{what} е за инструктори. Инструкторът влиза чрез Инструменти &gt; Вход като инструктор…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Still signed in: the studio&apos;s work could not be saved. Save it or close the studio, then sign out.</source>
        <translation>Все още сте влезли: работата в студиото не можа да бъде запазена. Запазете я или затворете студиото, после излезте.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> — locked: an instructor signs in to use it</source>
        <translation> — заключено: инструктор трябва да влезе, за да се използва</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Connect to a class server</source>
        <translation>Свързване към сървър на класа</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The class server&apos;s database URL, as your administrator gave it, e.g. {example}</source>
        <translation>URL адресът на базата данни на сървъра на класа, както ви го е дал администраторът, напр. {example}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{url} is not a class server&apos;s URL (one like {example})</source>
        <translation>{url} не е URL адрес на сървър на клас (такъв като {example})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using the class server {url}; practice windows opened now answer there.</source>
        <translation>Използва се сървърът на класа {url}; отворените сега прозорци за упражнения отговарят там.</translation>
    </message>
    <message>
        <location filename="../library_windows.py" line="+34"/>
        <source>The live class view</source>
        <translation>Изгледът на класа на живо</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing results</source>
        <translation>Импортиране на резултати</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import results bundles</source>
        <translation>Импортиране на пакети с резултати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results bundles (*.zip)</source>
        <translation>Пакети с резултати (*.zip)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import results bundle</source>
        <translation>Импортиране на пакет с резултати</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The instructor studio</source>
        <translation>Студиото на инструктора</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+25"/>
        <source>Progress and results</source>
        <translation>Напредък и резултати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The results database cannot be opened: {0}</source>
        <translation>Базата данни с резултати не може да бъде отворена: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Presenter mode</source>
        <translation>Режим презентатор</translation>
    </message>
    <message>
        <location filename="../library_packs.py" line="+46"/>
        <source>Open pack folder</source>
        <extracomment>Longer side of the picture the preview asks for; enough for a full-screen fit.</extracomment>
        <translation>Отваряне на папка с пакет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open pack file</source>
        <translation>Отваряне на файл с пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specimen packs (*.zip);;All files (*)</source>
        <translation>Пакети с образци (*.zip);;Всички файлове (*)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The pack cannot be opened</source>
        <translation>Пакетът не може да бъде отворен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DocInspect cannot open the pack {path}. Nothing was changed. Fix the problems below, or ask the pack&apos;s author, then open it again.</source>
        <translation>DocInspect не може да отвори пакета {path}. Нищо не е променено. Отстранете проблемите по-долу или попитайте автора на пакета, после го отворете отново.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Some packs could not be reopened</source>
        <translation>Някои пакети не можаха да бъдат отворени отново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These packs were in your library but could not be opened again, so they were removed from it. Open them again once they are back or repaired.</source>
        <translation>Тези пакети бяха в библиотеката ви, но не можаха да бъдат отворени отново, затова бяха премахнати от нея. Отворете ги отново, когато са налични или поправени.</translation>
    </message>
    <message>
        <location filename="../library_generation.py" line="+49"/>
        <source>Generating was cancelled; nothing was written.</source>
        <translation>Генерирането беше отменено; нищо не е записано.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated specimens are being opened…</source>
        <translation>Генерираните образци се отварят…</translation>
    </message>
    <message>
        <location filename="../library_packs.py" line="+39"/>
        <source>Loading the picture…</source>
        <translation>Зареждане на изображението…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Close this pack</source>
        <translation>Затваряне на този пакет</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No specimen matches “{text}”.</source>
        <translation>Няма образец, отговарящ на „{text}“.</translation>
    </message>
    <message>
        <location filename="../library_windows.py" line="+29"/>
        <source>About DocInspect</source>
        <translation>За DocInspect</translation>
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
        <translation>Офлайн тренажор за проверка на документи за пътуване: истински и неистински образци под симулирани светлини и увеличителна лупа.

Синтетичните документи са само на измислени държави.

Машинночитаемите зони са изобразени с шрифта OCR-B, доставен с DocInspect.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your data (results, settings, packs) is in {folder}.</source>
        <translation>Данните ви (резултати, настройки, пакети) са в {folder}.</translation>
    </message>
    <message>
        <location filename="../library_packs.py" line="+27"/>
        <source>Clear the list</source>
        <translation>Изчистване на списъка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent packs</source>
        <translation>Няма скорошни пакети</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+41"/>
        <source>Opening {names}…</source>
        <translation>Отваряне на {names}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packs: {packs}   Specimens: {specimens}</source>
        <translation>Пакети: {packs}   Образци: {specimens}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown: {shown}</source>
        <translation>Показани: {shown}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <location filename="../practice/pages.py" line="-303"/>
        <source>right</source>
        <translation>вярно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong</source>
        <translation>грешно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged, wrong method</source>
        <translation>неистински, грешен метод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged document accepted</source>
        <translation>приет неистински документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genuine document refused</source>
        <translation>отказан истински документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed the defect</source>
        <translation>пропуснат дефект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time ran out</source>
        <translation>времето изтече</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaits your instructor&apos;s scoring</source>
        <translation>очаква оценка от инструктора ви</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../exercise_modes.py" line="+15"/>
        <source>practice</source>
        <translation>упражнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exam</source>
        <translation>изпит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed</source>
        <translation>с ограничено време</translation>
    </message>
</context>
<context>
    <name>MrzField</name>
    <message>
        <location filename="../practice/feedback_text.py" line="-237"/>
        <source>Document type</source>
        <extracomment>Same context and texts as the question panel&apos;s MRZ choices: one translation serves both.</extracomment>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Издаваща държава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Номер на документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number check digit</source>
        <translation>Контролна цифра на номера на документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата на раждане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth check digit</source>
        <translation>Контролна цифра на датата на раждане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of expiry</source>
        <translation>Дата на валидност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of expiry check digit</source>
        <translation>Контролна цифра на датата на валидност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional data</source>
        <translation>Допълнителни данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Composite check digit</source>
        <translation>Обща контролна цифра</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../names.py" line="+24"/>
        <source>White</source>
        <extracomment>On buttons, menus, tabs and lists of choices.</extracomment>
        <translation>Бяла</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>UV 365 nm</source>
        <translation>УВ 365 нм</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>IR</source>
        <translation>ИЧ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oblique</source>
        <translation>Коса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmitted</source>
        <translation>Проходяща</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>white light</source>
        <extracomment>Inside a sentence or a list (&quot;Lights: white light, UV 365 nm, ...&quot;).
----------
Where feedback says where to look (&quot;look under the UV lamp (365 nm)&quot;).</extracomment>
        <translation>бяла светлина</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>infrared (IR)</source>
        <translation>инфрачервена светлина (ИЧ)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>oblique light</source>
        <translation>коса светлина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transmitted light</source>
        <translation>проходяща светлина</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the UV lamp (365 nm)</source>
        <translation>УВ лампата (365 нм)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oblique (raking) light</source>
        <translation>коса (плъзгаща) светлина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transmitted light (held against the light)</source>
        <translation>проходяща светлина (срещу светлината)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genuine</source>
        <extracomment>As a heading, a choice or a specimen&apos;s answer.</extracomment>
        <translation>Истински</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterfeit</source>
        <translation>Изцяло възпроизведен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falsified</source>
        <translation>Подправен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impostor (look-alike)</source>
        <translation>Самозванец (двойник)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fantasy document</source>
        <translation>Фантазиен документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen blank</source>
        <translation>Открадната бланка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>genuine</source>
        <extracomment>After &quot;the document is ...&quot; in feedback and results.</extracomment>
        <translation>истински</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counterfeit</source>
        <translation>неистински (изцяло възпроизведен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>falsified</source>
        <translation>подправен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used by an impostor</source>
        <translation>използван от самозванец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fantasy document</source>
        <translation>фантазиен документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stolen blank</source>
        <translation>открадната бланка</translation>
    </message>
</context>
<context>
    <name>PackOpening</name>
    <message>
        <location filename="../pack_opening.py" line="+38"/>
        <source>the pack is not there any more</source>
        <translation>пакетът вече не е там</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected error: {error} (details in {log})</source>
        <translation>неочаквана грешка: {error} (подробности в {log})</translation>
    </message>
</context>
<context>
    <name>PackSettingsDialog</name>
    <message>
        <location filename="../studio/window.py" line="+1467"/>
        <source>Pack settings</source>
        <translation>Настройки на пакета</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For sharing with others (personal data must be redacted)</source>
        <translation>За споделяне с други (личните данни трябва да са заличени)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заглавие</translation>
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
        <translation>Очертание на лицето</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyes (spacing, axis)</source>
        <translation>Очи (разстояние, ос)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nose</source>
        <translation>Нос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouth</source>
        <translation>Уста</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import photo set</source>
        <translation>Импортиране на комплект снимки</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+135"/>
        <source>Photo set</source>
        <translation>Комплект снимки</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Document photo</source>
        <translation>Снимка в документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live photo</source>
        <translation>Снимка на живо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Преглед…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Volunteers, pair 3</source>
        <translation>напр. Доброволци, двойка 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same person</source>
        <translation>Един и същ човек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two different people</source>
        <translation>Двама различни души</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What a trainee should see, e.g. the ear lobes: attached in the photo, free at the desk</source>
        <translation>Какво трябва да види обучаемият, напр. меките уши: сраснали на снимката, свободни на гишето</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The people in these photos agreed to their use for training</source>
        <translation>Хората на тези снимки са се съгласили те да се използват за обучение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Импортиране</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document photo and a photo of the person at the desk make one face-comparison item. Real faces are personal data: the pack is marked as holding them and the studio warns before it is exported.</source>
        <translation>Снимка в документа и снимка на човека на гишето образуват една задача за сравняване на лица. Истинските лица са лични данни: пакетът се отбелязва, че ги съдържа, и студиото предупреждава преди експорта му.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differing traits</source>
        <translation>Различаващи се черти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for trainees</source>
        <translation>Бележка за обучаемите</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Прилагане</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Choose both photos.</source>
        <translation>Изберете и двете снимки.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Mark at least one trait that differs between the two people.</source>
        <translation>Отбележете поне една черта, която се различава между двамата души.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only photos of people who agreed to their use can be imported.</source>
        <translation>Могат да се импортират само снимки на хора, които са се съгласили с използването им.</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <location filename="../practice/pages.py" line="+30"/>
        <source>New trainee…</source>
        <extracomment>Mark of an answer recorded without the answer key (training.scoring.Mark.UNSCORED).</extracomment>
        <translation>Нов обучаем…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My history</source>
        <translation>Моята история</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainee:</source>
        <translation>Обучаем:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Продължаване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Отхвърляне</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No longer offer this exercise for resume (answers already given are kept)</source>
        <translation>Упражнението да не се предлага повече за продължаване (вече дадените отговори се запазват)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Practice and exams</source>
        <translation>Упражнения и изпити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an exercise:</source>
        <translation>Изберете упражнение:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupted exercises you can resume:</source>
        <translation>Прекъснати упражнения, които можете да продължите:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Built-in curriculum</source>
        <translation>Вградена учебна програма</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practise my weak points (made for you, adapts as you improve)</source>
        <translation>Упражнявай слабите ми места (направено за вас, адаптира се с напредъка ви)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{module} — {title} ({mode}, {n} questions)</source>
        <translation>{module} — {title} ({mode}, {n} въпроса)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>passed</source>
        <extracomment>Item data role of an exercise&apos;s text without its progress.</extracomment>
        <translation>издържано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not passed yet</source>
        <translation>все още неиздържано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>best {f:.0%}, {mark}</source>
        <translation>най-добър {f:.0%}, {mark}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under way</source>
        <translation>в процес</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{title} — started {when}, {done} of {total} answered</source>
        <translation>{title} — започнато {when}, отговорени {done} от {total}</translation>
    </message>
</context>
<context>
    <name>PracticeWindow</name>
    <message>
        <location filename="../practice/window.py" line="+75"/>
        <source>DocInspect — Practice</source>
        <translation>DocInspect — Упражнения</translation>
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
        <translation>Някои упражнения от пакетите ви не могат да бъдат предложени: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Try again</source>
        <translation>Нов опит</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="vanished">Напред</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next (Enter)</source>
        <translation>Напред (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next question (Enter)</source>
        <translation>Следващият въпрос (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back to exercises</source>
        <translation>Обратно към упражненията</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave this exercise; it waits among the interrupted ones to be resumed</source>
        <translation>Напускане на упражнението; то чака сред прекъснатите, за да бъде продължено</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results bundle…</source>
        <translation>&amp;Експорт на пакет с резултати…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this seat&apos;s answers to a file for the instructor to import (for a seat that stays offline)</source>
        <translation>Запис на отговорите от това работно място във файл, който инструкторът да импортира (за работно място без връзка)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Затваряне</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The class server cannot be reached. Sign in as usual if you have signed in at this seat before; otherwise add your name with New trainee…</source>
        <translation>Сървърът на класа е недостъпен. Влезте както обикновено, ако вече сте влизали на това работно място; иначе добавете името си с „Нов обучаем…“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type your user name and password.</source>
        <translation>Въведете потребителското си име и парола.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Влизане…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not signed in: {reason}</source>
        <translation>Не сте влезли: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answers sent to the class server: {n}</source>
        <translation>Изпратени отговори към сървъра на класа: {n}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose an assignment first.</source>
        <translation>Първо изберете задача.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exercise of this assignment ({id}) is not in this seat&apos;s curriculum; ask your instructor.</source>
        <translation>Упражнението на тази задача ({id}) не е в учебната програма на това работно място; попитайте инструктора си.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export results bundle</source>
        <translation>Експорт на пакет с резултати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results bundles (*.zip)</source>
        <translation>Пакети с резултати (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answers written to {path}: {n}. Give this file to your instructor.</source>
        <translation>Отговорите са записани в {path}: {n}. Дайте този файл на инструктора си.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The results bundle was not written: {reason}</source>
        <translation>Пакетът с резултати не е записан: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New trainee</source>
        <translation>Нов обучаем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Име:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in to begin.</source>
        <translation>Влезте, за да започнете.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a trainee to begin.</source>
        <translation>Добавете обучаем, за да започнете.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <source>Choose a trainee and an exercise first.</source>
        <translation>Първо изберете обучаем и упражнение.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Starting…</source>
        <translation>Стартиране…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>that exercise is no longer available</source>
        <translation>това упражнение вече не е налично</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Question {n} of {total}</source>
        <translation>Въпрос {n} от {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+233"/>
        <source>Preparing the document…</source>
        <translation>Подготовка на документа…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Time left: {m}:{s:02d}</source>
        <translation>Оставащо време: {m}:{s:02d}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time is up</source>
        <translation>Времето изтече</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time ran out on question {n}: the document counts as accepted, as at a first-line check when the traveller walks through.</source>
        <translation>Времето за въпрос {n} изтече: документът се счита за приет, както на първа линия, когато пътникът мине.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time ran out on question {n}: it counts as not answered (0 points).</source>
        <translation>Времето за въпрос {n} изтече: той се счита за неотговорен (0 точки).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>This question has no document.</source>
        <translation>Този въпрос няма документ.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a trainee first.</source>
        <translation>Първо изберете обучаем.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Something went wrong: {reason}</source>
        <translation>Нещо се обърка: {reason}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../presenter/opening.py" line="+115"/>
        <source>The selected specimen: {title}</source>
        <extracomment>Open presenter windows, kept alive until they close.</extracomment>
        <translation>Избраният образец: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lesson plan: {title} ({minutes} min)</source>
        <translation>План на урок: {title} ({minutes} мин)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another lesson plan file…</source>
        <translation>Друг файл с план на урок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New lesson plan…</source>
        <translation>Нов план на урок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a lesson plan file…</source>
        <translation>Редактиране на файл с план на урок…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter mode</source>
        <translation>Режим презентатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to show on the big screen:</source>
        <translation>Какво да се покаже на големия екран:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open a lesson plan</source>
        <translation>Отваряне на план на урок</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Lesson plans (*{suffix})</source>
        <translation>Планове на уроци (*{suffix})</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+60"/>
        <source>Cannot use this lesson plan</source>
        <translation>Този план на урок не може да бъде използван</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Edit a lesson plan</source>
        <translation>Редактиране на план на урок</translation>
    </message>
</context>
<context>
    <name>PresenterStage</name>
    <message>
        <location filename="../presenter/stage.py" line="+259"/>
        <source>Forgery indicator</source>
        <extracomment>Regions starting this close to the top edge get their label inside them. Preference when a revealed region needs another light: the commonest lamps first. The number of revealed regions changed. The view with the booklet&apos;s page list beside it (the view alone for one page). The page list of a booklet on the stage (None for a document of one page).</extracomment>
        <translation>Признак на подправка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security feature</source>
        <translation>Защитен елемент</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>tilted {deg:+.0f}°</source>
        <translation>наклон {deg:+.0f}°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top edge tilted {deg:+.0f}°</source>
        <translation>горният ръб наклонен с {deg:+.0f}°</translation>
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
        <translation>Презентатор — {title}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Instructor notes (N hides)</source>
        <translation>Бележки на инструктора (N ги скрива)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot show this specimen: {reason}</source>
        <translation>Този образец не може да бъде показан: {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{elapsed} of {planned}</source>
        <translation>{elapsed} от {planned}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (paused)</source>
        <translation>  (пауза)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson {elapsed} of {planned} min</source>
        <translation>Урок {elapsed} от {planned} мин</translation>
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
        <translation>(няма бележки за тази стъпка)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not translated, shown as written: {texts}</source>
        <translation>Без превод, показано както е написано: {texts}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not on this specimen (cannot reveal): {names}</source>
        <translation>Не е на този образец (не може да се покаже): {names}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercise: {title}</source>
        <translation>Упражнение: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} questions · {mode}</source>
        <translation>{count} въпроса · {mode}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This specimen cannot be shown: {reason}</source>
        <translation>Този образец не може да бъде показан: {reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Next</source>
        <translation>Напред</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Следваща стъпка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Предишна стъпка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next page of the booklet</source>
        <translation>Следваща страница на книжката</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page of the booklet</source>
        <translation>Предишна страница на книжката</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilt right</source>
        <translation>Накланяне надясно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt left</source>
        <translation>Накланяне наляво</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt away</source>
        <translation>Накланяне от себе си</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt towards you</source>
        <translation>Накланяне към себе си</translation>
    </message>
    <message>
        <source>Tilt forward</source>
        <translation type="vanished">Накланяне напред</translation>
    </message>
    <message>
        <source>Tilt back</source>
        <translation type="vanished">Накланяне назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay flat</source>
        <translation>Хоризонтално</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loupe</source>
        <translation>Лупа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stronger loupe</source>
        <translation>По-силна лупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaker loupe</source>
        <translation>По-слаба лупа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Побиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructor notes</source>
        <translation>Бележки на инструктора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructor notes in a window</source>
        <translation>Бележките на инструктора в отделен прозорец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the clock</source>
        <translation>Спиране на часовника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Цял екран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave presenter mode</source>
        <translation>Изход от режим презентатор</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../problems_dialog.py" line="+52"/>
        <source>Problems found: {n}</source>
        <translation>Открити проблеми: {n}</translation>
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
        <translation>Копиране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the problems as text, one per line</source>
        <translation>Копиране на проблемите като текст, по един на ред</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <location filename="../dashboard/window.py" line="+49"/>
        <source>Progress and results — DocInspect</source>
        <extracomment>The trainees, and the cohorts with their sizes, that the window offers to pick from. Opened for this window alone (the library&apos;s Progress and results…): closed with it, so a class server does not keep a connection per closed window.</extracomment>
        <translation>Напредък и резултати — DocInspect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No trainee has answered yet. Open Training &gt; Practice and exams… to start.</source>
        <translation>Все още никой обучаем не е отговарял. Отворете Обучение &gt; Упражнения и изпити…, за да започнете.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trainee:</source>
        <translation>Обучаем:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Class:</source>
        <translation>Клас:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trainee</source>
        <translation>Обучаем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (item analysis)</source>
        <translation>Въпроси (анализ на задачите)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All trainees</source>
        <translation>Всички обучаеми</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1} trainees)</source>
        <translation>{0} ({1} обучаеми)</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../practice/pages.py" line="+342"/>
        <location filename="../practice/panel.py" line="+637"/>
        <source>Is this document genuine or forged?</source>
        <translation>Този документ истински ли е или неистински?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Compare with the genuine reference. Is the document genuine or forged?</source>
        <translation>Сравнете с истинския образец. Документът истински ли е или неистински?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Find the defect on this document.</source>
        <translation>Намерете дефекта в този документ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../practice/panel.py" line="+2"/>
        <source>Which security feature is in the marked area?</source>
        <translation>Какъв защитен елемент има в отбелязаната област?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../practice/panel.py" line="+5"/>
        <source>Which field of the MRZ is wrong?</source>
        <translation>Кое поле на МЧЗ е грешно?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../practice/panel.py" line="-2"/>
        <source>Under which light do you check: {feature}?</source>
        <translation>На каква светлина проверявате: {feature}?</translation>
    </message>
    <message>
        <location filename="../practice/panel.py" line="-317"/>
        <source>Tilt</source>
        <translation>Наклон</translation>
    </message>
    <message>
        <source>Tilt the document 5° back</source>
        <translation type="vanished">Накланяне на документа с 5° назад</translation>
    </message>
    <message>
        <source>Tilt the document 5° forward</source>
        <translation type="vanished">Накланяне на документа с 5° напред</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Tilt the document 5° to the left</source>
        <extracomment>Where the trainee clicked, drawn with the feedback. The questioned document is drawn: the trainee can see it now (a timed check starts here). The person presenting the questioned document, when it has a live photo. The answer button the trainee pressed for this item (None for clicks on the page).</extracomment>
        <translation>Накланяне на документа с 5° наляво</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tilt the document 5° to the right</source>
        <translation>Накланяне на документа с 5° надясно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tilt the top edge 5° towards you</source>
        <translation>Накланяне на горния ръб с 5° към себе си</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilt the top edge 5° away from you</source>
        <translation>Накланяне на горния ръб с 5° от себе си</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loupe (L)</source>
        <translation>Лупа (L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loupe magnification (+ and − keys)</source>
        <translation>Увеличение на лупата (клавиши + и −)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit the page to the window</source>
        <translation>Побиране на страницата в прозореца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit (F)</source>
        <translation>Побиране (F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (or the wheel)</source>
        <translation>Увеличаване (или колелцето)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out (or the wheel)</source>
        <translation>Намаляване (или колелцето)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outline the regions the feedback is about (after your answer)</source>
        <translation>Очертаване на областите, за които е обратната връзка (след отговора ви)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions (A)</source>
        <translation>Области (A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A genuine document of the same kind beside this one, in step</source>
        <translation>Истински документ от същия вид до този, синхронно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare (C)</source>
        <translation>Сравняване (C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Place the document on the reader: access with the MRZ, passive authentication</source>
        <translation>Поставяне на документа в четеца: достъп с МЧЗ, пасивна автентикация</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read chip (E)</source>
        <translation>Прочитане на чипа (E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare faces (V)</source>
        <translation>Сравняване на лицата (V)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Questioned document</source>
        <extracomment>The practice window sets it for exercises that offer the document reader. Page sources of coming documents, opened and drawn once while the trainee read the feedback (the window fills it): the next document then draws sooner. Asks for a genuine reference of a questioned document&apos;s kind (the window sets it: made in the background); called with the question&apos;s specimen source and a callback taking the Located (never called back when there is none).</extracomment>
        <translation>Проверяван документ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>Genuine reference</source>
        <translation>Истински образец за сравнение</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Genuine — accept</source>
        <translation>Истински — приемане</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— by which method? —</source>
        <translation>— по какъв метод? —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refuse — forged, or not the holder</source>
        <translation>Отказ — неистински или не е притежателят</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drag a box around the defect on the document.</source>
        <translation>Оградете с рамка дефекта в документа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click on the defect on the document.</source>
        <translation>Щракнете върху дефекта в документа.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saving your answer…</source>
        <translation>Запазване на отговора ви…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your answer could not be saved: {reason}. It is kept; press Try again.</source>
        <translation>Отговорът ви не можа да бъде запазен: {reason}. Той е съхранен; натиснете „Нов опит“.</translation>
    </message>
</context>
<context>
    <name>RegionOverlay</name>
    <message>
        <location filename="../inspect/overlay.py" line="+50"/>
        <source>Redacted: personal data</source>
        <extracomment>Outline colours: security features in cyan, forgery indicators in a warning red. Above the page and the detail tile.</extracomment>
        <translation>Заличено: лични данни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgery indicator</source>
        <translation>Признак на подправка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security feature</source>
        <translation>Защитен елемент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seen under: {lights}</source>
        <translation>Вижда се на: {lights}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; loupe {power:g}× or more</source>
        <translation>; лупа {power:g}× или повече</translation>
    </message>
</context>
<context>
    <name>RegionPanel</name>
    <message>
        <location filename="../studio/region_panel.py" line="+68"/>
        <source>No region selected</source>
        <extracomment>A pause in typing this long counts as an edit (undo step, autosave). The region as edited here. Redact the region&apos;s pixels: &quot;black&quot; or &quot;blur&quot;. Open the translations with this explanation (as written) selected.</extracomment>
        <translation>Няма избрана област</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose a feature)</source>
        <translation>(изберете елемент)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security feature</source>
        <translation>Защитен елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgery indicator</source>
        <translation>Признак на подправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction only (not a feature)</source>
        <translation>Само заличаване (не е елемент)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(няма)</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="vanished">Бяла</translation>
    </message>
    <message>
        <source>UV 365</source>
        <translation type="vanished">УВ 365</translation>
    </message>
    <message>
        <source>IR</source>
        <translation type="vanished">ИЧ</translation>
    </message>
    <message>
        <source>Oblique</source>
        <translation type="vanished">Коса</translation>
    </message>
    <message>
        <source>Transmitted</source>
        <translation type="vanished">Проходяща</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What a trainee should see here, and why it matters</source>
        <translation>Какво трябва да види обучаемият тук и защо е важно</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Translate…</source>
        <translation>Преведи…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the Russian and Bulgarian of this explanation</source>
        <translation>Въведете руския и българския превод на това обяснение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personal data of a real person</source>
        <translation>Лични данни на реален човек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black out</source>
        <translation>Затъмняване</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blur</source>
        <translation>Размазване</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feature</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgery method</source>
        <translation>Метод на подправяне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen under</source>
        <translation>Вижда се на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loupe power</source>
        <translation>Увеличение на лупата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Обяснение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Преводи</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No region selected. Draw one with the rectangle (R), ellipse (E) or polygon (P) tool.</source>
        <translation>Няма избрана област. Начертайте такава с инструмента правоъгълник (R), елипса (E) или многоъгълник (P).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region {id}</source>
        <translation>Област {id}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redacted</source>
        <translation>Заличено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not redacted</source>
        <translation>Не е заличено</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../practice/pages.py" line="-192"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Въпрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer</source>
        <translation>Вашият отговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer</source>
        <translation>Верен отговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Изход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Точки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back to exercises</source>
        <translation>Обратно към упражненията</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My history</source>
        <translation>Моята история</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the document again</source>
        <translation>Разглеждане на документа отново</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the chosen question&apos;s document at the workstation, with its regions and a genuine reference (or double-click its row)</source>
        <translation>Отваряне на документа на избрания въпрос на работното място, с областите му и истински образец (или двукратно щракване върху реда му)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Results — {title}</source>
        <translation>Резултати — {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed.</source>
        <translation>Издържано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed (pass mark {p:.0%}).</source>
        <translation>Неиздържано (праг за успех {p:.0%}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score: {s:g} of {m:g} ({f:.0%}). {verdict}</source>
        <translation>Резултат: {s:g} от {m:g} ({f:.0%}). {verdict}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} answers await your instructor&apos;s scoring.</source>
        <translation>{n} отговора очакват оценка от инструктора ви.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forged documents accepted: {n} of {t}.</source>
        <translation>Приети неистински документи: {n} от {t}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean decision time: {s:.1f} s.</source>
        <translation>Средно време за решение: {s:.1f} с.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Question {n}: {text}</source>
        <translation>Въпрос {n}: {text}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ID card (TD1)</source>
        <extracomment>Document types as a trainee names them (recipe keys carry the type&apos;s id).</extracomment>
        <translation>Лична карта (TD1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card back (TD1)</source>
        <translation>гръб на лична карта (TD1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card (TD2)</source>
        <translation>лична карта (TD2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport (TD3)</source>
        <translation>паспорт (TD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passport booklet (TD3)</source>
        <translation>паспортна книжка (TD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa sticker (MRV-A)</source>
        <translation>визов стикер (MRV-A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visa sticker (MRV-B)</source>
        <translation>визов стикер (MRV-B)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>generated {document}, {state}, no. {seed}</source>
        <translation>генериран {document}, {state}, № {seed}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../classroom/roles.py" line="+117"/>
        <source>this database has no instructor accounts</source>
        <extracomment>Seconds between two tries to ask a class server that did not answer about its accounts. Accounts were found on or off, or someone signed in or out. None while unknown (a class server being asked); then whether accounts are on. Why the accounts could not be read, or &quot;&quot;.</extracomment>
        <translation>тази база данни няма акаунти на инструктори</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the class database cannot be reached: {reason}</source>
        <translation>базата данни на класа е недостъпна: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still asking</source>
        <translation>все още се пита</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} is a trainee&apos;s account</source>
        <translation>{user} е акаунт на обучаем</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../practice/pages.py" line="+118"/>
        <source>No finished exercises yet</source>
        <translation>Все още няма завършени упражнения</translation>
    </message>
</context>
<context>
    <name>SeatBanner</name>
    <message>
        <location filename="../classroom/seat_panel.py" line="+44"/>
        <source>Connecting to the class server…</source>
        <translation>Свързване към сървъра на класа…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline — your answers are kept on this computer and sent when the class server is back.</source>
        <translation>Без връзка — отговорите ви се пазят на този компютър и се изпращат, когато сървърът на класа се върне.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to the class server — your answers reach the class.</source>
        <translation>Свързано със сървъра на класа — отговорите ви достигат до класа.</translation>
    </message>
</context>
<context>
    <name>SeatLink</name>
    <message>
        <location filename="../classroom/seat_link.py" line="+378"/>
        <source>signed in at this seat: the class server is away</source>
        <extracomment>Seconds between two tries to reach the class server while the seat is offline. The seat went online or offline (read ``offline`` and ``reason``). A trainee signed in (the Trainee, already copied into the seat&apos;s file). Signing in was refused or could not be done; the message says why. The signed-in trainee&apos;s assignments (list[Assignment]), read or from the seat&apos;s cache. A push reached the server (the PushReport: what was sent and what was added). None while the first contact is being made; then True or False. Why the server was not reached (the first line of the error), or &quot;&quot;. True when the database login itself is the trainee&apos;s (a seat role): no sign-out. Whether the server has been asked if this seat&apos;s login is a seat role. The seat role&apos;s trainee; pushes carry only theirs (read on the worker thread). Per trainee of the seat&apos;s file, the results_signature its last push saw, and the mark the next push compares from; read and written on the worker thread only.</extracomment>
        <translation>влязъл на това работно място: сървърът на класа е недостъпен</translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message>
        <location filename="../classroom/seat_panel.py" line="+12"/>
        <source>user name</source>
        <translation>потребителско име</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password</source>
        <translation>парола</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign out</source>
        <translation>Изход</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to the class:</source>
        <translation>Вход в класа:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start assignment</source>
        <translation>Започване на задачата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your assignments:</source>
        <translation>Вашите задачи:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed in as &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Влязъл като &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no due date</source>
        <translation>без срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due {when}</source>
        <translation>срок {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} of {total} answered</source>
        <translation>отговорени {n} от {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>завършено</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <translation>Вход като инструктор</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name:</source>
        <translation>Потребителско име:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Парола:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio, answers and the class&apos;s results need an instructor.</source>
        <translation>Студиото, отговорите и резултатите на класа изискват инструктор.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed in: {reason}</source>
        <translation>Не сте влезли: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecimenImage</name>
    <message>
        <location filename="../specimen_image.py" line="+50"/>
        <source>No white-light image in this specimen.</source>
        <extracomment>Prepared scenes kept for reuse, most recently used last. True when the picture was drawn by the renderer rather than captured.</extracomment>
        <translation>Няма изображение на бяла светлина в този образец.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The white-light image {name} cannot be read: {reason}</source>
        <translation>Изображението на бяла светлина {name} не може да бъде прочетено: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This specimen is drawn by the renderer, which is not available yet.</source>
        <translation>Този образец се изчертава от визуализатора, който все още не е наличен.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This specimen cannot be drawn: {reason}</source>
        <translation>Този образец не може да бъде изчертан: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecimenPane</name>
    <message>
        <location filename="../practice/panel.py" line="-619"/>
        <source>This document cannot be shown: {reason}</source>
        <extracomment>The pressed answer, once the buttons are disabled: dark text, bold, a blue frame. The light (and other on/off tool) chosen: blue, as in the workstation&apos;s toolbar. After the answer: the right answer&apos;s button in green, a wrong choice in red. Where the trainee clicked (or the box they dragged), shown with the feedback. A press and release closer than this (pixels) is a click, not a pan of the page. (x_mm, y_mm) of a click on the page (not a drag to pan). (left, top, right, bottom) in mm of a box dragged on the page (drag mode). The booklet&apos;s page list (None for a single page).</extracomment>
        <translation>Този документ не може да бъде показан: {reason}</translation>
    </message>
</context>
<context>
    <name>SpecimenPanel</name>
    <message>
        <location filename="../specimen_panel.py" line="+28"/>
        <source>TD1 — identity card</source>
        <translation>TD1 — лична карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD2 — identity card</source>
        <translation>TD2 — лична карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TD3 — passport data page</source>
        <translation>TD3 — страница с данни на паспорт</translation>
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
        <translation>друг документ</translation>
    </message>
    <message>
        <source>white light</source>
        <translation type="vanished">бяла светлина</translation>
    </message>
    <message>
        <source>UV 365 nm</source>
        <translation type="vanished">УВ 365 нм</translation>
    </message>
    <message>
        <source>infrared (IR)</source>
        <translation type="vanished">инфрачервена светлина (ИЧ)</translation>
    </message>
    <message>
        <source>oblique light</source>
        <translation type="vanished">коса светлина</translation>
    </message>
    <message>
        <source>transmitted light</source>
        <translation type="vanished">проходяща светлина</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="vanished">Истински</translation>
    </message>
    <message>
        <source>Forged: counterfeit</source>
        <translation type="vanished">Неистински: изцяло възпроизведен</translation>
    </message>
    <message>
        <source>Forged: falsified</source>
        <translation type="vanished">Неистински: подправен</translation>
    </message>
    <message>
        <source>Impostor (look-alike)</source>
        <translation type="vanished">Самозванец (двойник)</translation>
    </message>
    <message>
        <source>Fantasy document</source>
        <translation type="vanished">Фантазиен документ</translation>
    </message>
    <message>
        <source>Stolen blank</source>
        <translation type="vanished">Открадната бланка</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Specimen ID</source>
        <translation>Идентификатор на образеца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Издаваща държава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lights</source>
        <translation>Светлини</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotated regions</source>
        <translation>Отбелязани области</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Machine readable zone</source>
        <translation>Машинночитаема зона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspect under lights…</source>
        <translation>Проверка под светлини…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the specimen under white, UV, IR, oblique and transmitted light</source>
        <translation>Разглеждане на образеца на бяла, УВ, ИЧ, коса и проходяща светлина</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <source>Show answer</source>
        <translation>Показване на отговора</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Reveal whether the specimen is genuine, and why. Decide for yourself first.</source>
        <translation>Показване дали образецът е истински и защо. Първо решете сами.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No specimen selected</source>
        <translation>Няма избран образец</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{kind}, in a passport booklet</source>
        <translation>{kind}, в паспортна книжка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{w:.2f} × {h:.2f} mm</source>
        <translation>{w:.2f} × {h:.2f} мм</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sealed (exam)</source>
        <translation>запечатан (изпит)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no MRZ)</source>
        <translation>(няма МЧЗ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide answer</source>
        <translation>Скриване на отговора</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{lights} (rendered)</source>
        <translation>{lights} (изчертани)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none captured</source>
        <translation>няма заснети</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer key sealed — results are scored by your instructor.</source>
        <translation>Ключът с отговорите е запечатан — резултатите се оценяват от инструктора ви.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Methods: {names}</source>
        <translation>Методи: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions: {features} security features, {indicators} forgery indicators</source>
        <translation>Области: {features} защитни елемента, {indicators} признака на подправка</translation>
    </message>
</context>
<context>
    <name>StarterLibrary</name>
    <message>
        <location filename="../starter.py" line="+39"/>
        <source>Making a starter library of genuine documents to look at; it joins the library in a few minutes (you can work meanwhile).</source>
        <translation>Създава се начална библиотека с истински документи за разглеждане; тя се добавя към библиотеката след няколко минути (междувременно можете да работите).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The starter library of genuine documents is ready.</source>
        <translation>Началната библиотека с истински документи е готова.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The starter library could not be made: {reason}</source>
        <translation>Началната библиотека не можа да бъде създадена: {reason}</translation>
    </message>
</context>
<context>
    <name>StudioTranslations</name>
    <message>
        <location filename="../studio/translations.py" line="+35"/>
        <source>Exercise “{name}”: title</source>
        <translation>Упражнение „{name}“: заглавие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercise “{name}”: module</source>
        <translation>Упражнение „{name}“: модул</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise “{name}”: lesson, paragraph {n}</source>
        <translation>Упражнение „{name}“: урок, абзац {n}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise “{name}”: question {n}</source>
        <translation>Упражнение „{name}“: въпрос {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Specimen “{title}”: its title</source>
        <translation>Образец „{title}“: заглавие</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Specimen “{title}”: what the answer explains</source>
        <translation>Образец „{title}“: обяснение към отговора</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Specimen “{title}”: region {region} ({feature})</source>
        <translation>Образец „{title}“: област {region} ({feature})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file}: is not UTF-8 text</source>
        <translation>{file}: не е текст в кодировка UTF-8</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{language}: i18n/{code}.po cannot be read: {reason}</source>
        <translation>{language}: i18n/{code}.po не може да се прочете: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{language}: {n} of {total} texts not translated (i18n/{code}.po)</source>
        <translation>{language}: непреведени текстове: {n} от {total} (i18n/{code}.po)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{language}: all translated</source>
        <translation>{language}: всичко е преведено</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{language}: cannot be read</source>
        <translation>{language}: не може да се прочете</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language}: translated</source>
        <translation>{language}: преведено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{language}: missing</source>
        <translation>{language}: няма превод</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{language} cannot be edited here until the file is fixed or removed: {reason}</source>
        <translation>{language}: не може да се редактира тук, докато файлът не бъде поправен или премахнат: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The texts of your exercises and the explanations of your specimens, as written, and their Russian and Bulgarian. Trainees read a text in their language when it has a translation, and as written when it has none. Saved in the draft folder and exported with the pack.</source>
        <translation>Текстовете на вашите упражнения и обясненията към вашите образци във вида, в който са написани, и преводът им на руски и български. Обучаемият чете текста на своя език, ако има превод, а ако няма — както е написан. Запазва се в папката на черновата и се експортира заедно с пакета.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{file}: cannot be written ({reason})</source>
        <translation>{file}: не може да се запише ({reason})</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../studio/window.py" line="-1356"/>
        <source>DocInspect - Instructor studio</source>
        <extracomment>Resolution a generated specimen is drawn at for annotating (about 300 dpi): region edges can be placed on the print; the loupe in the workstation shows finer detail. Export finished: the path written, or &quot;&quot; when it failed or was refused. A pack import (merge) finished: a short summary. Reading the MRZ from a scan finished: what the instructor is told.</extracomment>
        <translation>DocInspect - Студио на инструктора</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+16"/>
        <location line="+1269"/>
        <source>Instructor studio</source>
        <extracomment>The last export or import problem shown to the user (&quot;&quot; when none). The last warning asked about before an export (&quot;&quot; when none). The specimen the MRZ status line speaks of.</extracomment>
        <translation>Студио на инструктора</translation>
    </message>
    <message>
        <location line="-1283"/>
        <source>The studio was not closed properly last time. Recover the work it saved automatically?</source>
        <translation>Студиото не беше затворено правилно миналия път. Да се възстанови ли автоматично запазената работа?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{x:.1f} mm, {y:.1f} mm</source>
        <translation>{x:.1f} мм, {y:.1f} мм</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import scans…</source>
        <translation>Импортиране на сканирания…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Specimens</source>
        <translation>Образци</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No specimens yet. Import scans of a document (one picture per light) with the button below, or bring in a pack&apos;s specimens with File &gt; Import pack…, then draw its security features and forgery indicators on the page. For face comparison, File &gt; Import photo set… brings in a document photo and a live photo.</source>
        <translation>Все още няма образци. Импортирайте сканирания на документ (по едно изображение за всяка светлина) с бутона по-долу или добавете образците на пакет чрез Файл &gt; Импортиране на пакет…, после начертайте на страницата неговите защитни елементи и признаци на подправка. За сравняване на лица Файл &gt; Импортиране на комплект снимки… добавя снимка в документа и снимка на живо.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Regions</source>
        <translation>Области</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Region</source>
        <translation>Област</translation>
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
        <translation>Какво трябва да научи обучаемият от този образец</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. UTO</source>
        <translation>напр. UTO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The MRZ as printed, one line per row</source>
        <translation>МЧЗ, както е отпечатана, по един ред</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read from the scan</source>
        <translation>Прочитане от сканирането</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size of the type</source>
        <translation>Размер на типа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The nominal size of the document type chosen above (ISO/IEC 7810, ICAO 9303)</source>
        <translation>Номиналният размер на избрания по-горе вид документ (ISO/IEC 7810, ИКАО 9303)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Same person or not…</source>
        <translation>Един и същ човек или не…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Вид документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing state</source>
        <translation>Издаваща държава</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgery methods</source>
        <translation>Методи на подправяне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Обяснение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRZ text</source>
        <translation>Текст на МЧЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Слоеве</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live photo</source>
        <translation>Снимка на живо</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For scans without a UV or IR photo: draw a region over the area, then say how it behaves. UV and IR layers are drawn from the white-light scan and your paint; a real UV or IR capture is never replaced.</source>
        <translation>За сканирания без УВ или ИЧ снимка: начертайте област върху мястото, после кажете как се държи. УВ и ИЧ слоевете се изчертават от сканирането на бяла светлина и вашето оцветяване; истинско УВ или ИЧ заснемане никога не се заменя.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UV colour…</source>
        <translation>УВ цвят…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glows under UV</source>
        <translation>Свети под УВ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dull under UV</source>
        <translation>Матово под УВ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absorbs IR (stays dark)</source>
        <translation>Поглъща ИЧ (остава тъмно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transparent in IR</source>
        <translation>Прозрачно в ИЧ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New exercise…</source>
        <translation>Ново упражнение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Редактиране…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Премахване</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face comparison from photo sets</source>
        <translation>Сравняване на лица от комплекти снимки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One question per photo set: is the traveller the person in the photo?</source>
        <translation>По един въпрос за всеки комплект снимки: пътникът човекът от снимката ли е?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Translations…</source>
        <translation>Преводи…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the Russian and Bulgarian of your exercises and explanations</source>
        <translation>Въведете руския и българския превод на вашите упражнения и обяснения</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import a photo set first (File &gt; Import photo set…).</source>
        <translation>Първо импортирайте комплект снимки (Файл &gt; Импортиране на комплект снимки…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face comparison</source>
        <translation>Сравняване на лица</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Face-comparison exercise</source>
        <translation>Упражнение за сравняване на лица</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face-comparison exercise made: one question per photo set ({n}).</source>
        <translation>Създадено е упражнение за сравняване на лица: по един въпрос за всеки комплект снимки ({n}).</translation>
    </message>
    <message>
        <source>{language}: i18n/{code}.po cannot be read: {reason}</source>
        <translation type="vanished">{language}: i18n/{code}.po не може да се прочете: {reason}</translation>
    </message>
    <message>
        <source>{language}: {n} of {total} texts not translated (i18n/{code}.po)</source>
        <translation type="vanished">{language}: непреведени текстове: {n} от {total} (i18n/{code}.po)</translation>
    </message>
    <message>
        <source>{language}: all translated</source>
        <translation type="vanished">{language}: всичко е преведено</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Translations not saved</source>
        <translation>Преводите не са запазени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translations saved</source>
        <translation>Преводите са запазени</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title} (questions: {count})</source>
        <translation>{title} (въпроси: {count})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit exercise</source>
        <translation>Редактиране на упражнението</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove exercise</source>
        <translation>Премахване на упражнението</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools</source>
        <translation>Инструменти</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select</source>
        <translation>Избор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangle</source>
        <translation>Правоъгълник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Елипса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>Многоъгълник</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отмяна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Light </source>
        <translation> Светлина </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Побиране</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scans…</source>
        <translation>&amp;Импортиране на сканирания…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import p&amp;hoto set…</source>
        <translation>Импортиране на комплект с&amp;нимки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;pack…</source>
        <translation>Импортиране на &amp;пакет…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import pack &amp;folder…</source>
        <translation>Импортиране на пакет от пап&amp;ка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export pack…</source>
        <translation>&amp;Експорт на пакет…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save pack</source>
        <translation>&amp;Запазване на пакета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pack &amp;settings…</source>
        <translation>&amp;Настройки на пакета…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove specimen</source>
        <translation>П&amp;ремахване на образеца</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close studio</source>
        <translation>За&amp;тваряне на студиото</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редактиране</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete region</source>
        <translation>&amp;Изтриване на областта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменти</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>security feature</source>
        <translation>защитен елемент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forgery indicator</source>
        <translation>признак на подправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redacted</source>
        <translation>заличено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>personal data</source>
        <translation>лични данни</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no feature chosen yet</source>
        <translation>все още не е избран елемент</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{id}: {what} ({role})</source>
        <translation>{id}: {what} ({role})</translation>
    </message>
    <message>
        <location line="+50"/>
        <source> (painted)</source>
        <translation> (оцветено)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This specimen cannot be drawn: {reason}</source>
        <translation>Този образец не може да бъде изчертан: {reason}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import scans to start.</source>
        <translation>Импортирайте сканирания, за да започнете.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{w:.2f} × {h:.2f} mm</source>
        <translation>{w:.2f} × {h:.2f} мм</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} cannot be read</source>
        <translation>{file} не може да бъде прочетен</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Changed; autosaves within seconds</source>
        <translation>Променено; запазва се автоматично до секунди</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draw region</source>
        <translation>Чертане на област</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move or resize region</source>
        <translation>Преместване или преоразмеряване на област</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit region</source>
        <translation>Редактиране на област</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete region</source>
        <translation>Изтриване на област</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit specimen</source>
        <translation>Редактиране на образеца</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change document size</source>
        <translation>Промяна на размера на документа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the specimen {title} from the pack?</source>
        <translation>Да се премахне ли образецът {title} от пакета?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is used by the exercises: {names}.</source>
        <translation>Използва се от упражненията: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Remove specimen</source>
        <translation>Премахване на образеца</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+31"/>
        <source>Redact</source>
        <translation>Заличаване</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Redact this region on every layer of the specimen? This changes the images and cannot be undone.</source>
        <translation>Да се заличи ли тази област във всеки слой на образеца? Това променя изображенията и не може да бъде отменено.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Region redacted on every layer.</source>
        <translation>Областта е заличена във всеки слой.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its MRZ text repeats the holder&apos;s name, document number and dates (clear or replace it under MRZ text on the Specimen tab, and redact the MRZ on the image)</source>
        <translation>текстът на МЧЗ повтаря името на притежателя, номера на документа и датите (изчистете го или го заменете в „Текст на МЧЗ“ в раздела „Образец“ и заличете МЧЗ в изображението)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its data fields hold the holder&apos;s data (clear them)</source>
        <translation>полетата с данни съдържат данните на притежателя (изчистете ги)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redacted here, but still written elsewhere on this specimen: {where}.</source>
        <translation>Заличено тук, но все още написано другаде в този образец: {where}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select or draw a region to paint first.</source>
        <translation>Първо изберете или начертайте област за оцветяване.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Material painted.</source>
        <translation>Материалът е оцветен.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colour under UV</source>
        <translation>Цвят под УВ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import specimen</source>
        <translation>Импортиране на образец</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mark photo set</source>
        <translation>Отбелязване на комплект снимки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import photo set</source>
        <translation>Импортиране на комплект снимки</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This document type has no machine readable zone: choose the type first.</source>
        <translation>Този вид документ няма машинночитаема зона: първо изберете вида.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the MRZ from the scan…</source>
        <translation>Прочитане на МЧЗ от сканирането…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No MRZ could be read from the scan ({reason}): type it.</source>
        <translation>Не можа да се прочете МЧЗ от сканирането ({reason}): въведете я.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The MRZ typed meanwhile is kept; Read from the scan offers the reading.</source>
        <translation>Въведената междувременно МЧЗ се запазва; „Прочитане от сканирането“ предлага прочетеното.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read MRZ</source>
        <translation>Прочитане на МЧЗ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MRZ read from the scan: check every character against the document and correct it here.</source>
        <translation>МЧЗ е прочетена от сканирането: проверете всеки знак спрямо документа и го поправете тук.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters read with doubt: {n}.</source>
        <translation>Знаци, прочетени със съмнение: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its check digits agree.</source>
        <translation>Контролните ѝ цифри съвпадат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its check digits do not agree: {problems}</source>
        <translation>Контролните ѝ цифри не съвпадат: {problems}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Autosave failed: {reason}</source>
        <translation>Автоматичното запазване не бе успешно: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autosaved</source>
        <translation>Запазено автоматично</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pack settings</source>
        <translation>Настройки на пакета</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+95"/>
        <source>Export pack</source>
        <translation>Експорт на пакет</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Pack file (*.zip)</source>
        <translation>Файл с пакет (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This pack is marked for sharing, but personal data is not redacted:</source>
        <translation>Този пакет е отбелязан за споделяне, но личните данни не са заличени:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a feature (Region tab) for every region before export:</source>
        <translation>Изберете елемент (раздел „Област“) за всяка област преди експорта:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} ({id}): region {region}</source>
        <translation>{title} ({id}): област {region}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not exported: the pack holds photos of real faces.</source>
        <translation>Не е експортиран: пакетът съдържа снимки на истински лица.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting {path}…</source>
        <translation>Експортиране на {path}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This pack holds photos of real people&apos;s faces (the photo sets {titles}). Faces are personal data: export it only for the class whose members agreed, and do not pass the file on.</source>
        <translation>Този пакет съдържа снимки на лицата на истински хора (комплектите снимки {titles}). Лицата са лични данни: експортирайте го само за класа, чиито членове са се съгласили, и не предавайте файла нататък.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is marked for sharing with others: remove the photo sets first unless everyone shown agreed to that too.</source>
        <translation>Отбелязан е за споделяне с други: първо премахнете комплектите снимки, освен ако всички показани са се съгласили и с това.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Real faces in the pack</source>
        <translation>Истински лица в пакета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway?</source>
        <translation>Да се експортира ли въпреки това?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pack written to {path}</source>
        <translation>Пакетът е записан в {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pack was not exported.</source>
        <translation>Пакетът не е експортиран.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import pack folder</source>
        <translation>Импортиране на папка с пакет</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+10"/>
        <source>Import pack</source>
        <translation>Импортиране на пакет</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Pack file (*.zip);;pack.json (pack.json)</source>
        <translation>Файл с пакет (*.zip);;pack.json (pack.json)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>The pack was not imported.</source>
        <translation>Пакетът не е импортиран.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{path}: this is a sealed exam pack: its answer key is sealed, so its specimens cannot be edited. Import the pack it was sealed from.</source>
        <translation>{path}: това е запечатан изпитен пакет: ключът му с отговорите е запечатан, затова образците му не могат да се редактират. Импортирайте пакета, от който е запечатан.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Specimens added: {added}; already here: {skipped}</source>
        <translation>Добавени образци: {added}; вече налични: {skipped}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pack&apos;s specimens and exercises were imported, but not all of its translations:</source>
        <translation>Образците и упражненията на пакета са импортирани, но не всички негови преводи:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your work could not be saved. Close anyway?</source>
        <translation>Работата ви не можа да бъде запазена. Да се затвори ли въпреки това?</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <location filename="../taxonomy_text.py" line="+16"/>
        <source>UV-dull substrate</source>
        <translation>Подложка без УВ светене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watermark</source>
        <translation>Воден знак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security thread</source>
        <translation>Защитна нишка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible fibres</source>
        <translation>Видими влакна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UV-fluorescent fibres</source>
        <translation>УВ флуоресцентни влакна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planchettes</source>
        <translation>Планшети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical sensitisation</source>
        <translation>Химическа защита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent window</source>
        <translation>Прозрачен прозорец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guilloche pattern</source>
        <translation>Гийош</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rainbow printing</source>
        <translation>Ирисов печат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microprint</source>
        <translation>Микротекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intaglio printing</source>
        <translation>Дълбок (интаглио) печат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent image</source>
        <translation>Латентно изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UV-fluorescent ink</source>
        <translation>УВ флуоресцентно мастило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IR-absorbing ink</source>
        <translation>Поглъщащо ИЧ мастило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IR-transparent ink</source>
        <translation>Прозрачно за ИЧ мастило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optically variable ink (OVI)</source>
        <translation>Оптически променливо мастило (OVI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See-through register</source>
        <translation>Съвпадение на просвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iridescent ink</source>
        <translation>Иридесцентно мастило</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberate error</source>
        <translation>Умишлена грешка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterpress numbering</source>
        <translation>Номериране с висок печат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Портрет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Подпис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data (VIZ)</source>
        <translation>Лични данни (визуална зона)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Номер на документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laser engraving</source>
        <translation>Лазерно гравиране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inkjet personalisation</source>
        <translation>Мастилено-струйна персонализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal transfer printing</source>
        <translation>Термотрансферен печат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laser perforation</source>
        <translation>Лазерна перфорация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOVID (hologram, kinegram)</source>
        <translation>DOVID (холограма, кинеграма)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLI / CLI (changeable laser image)</source>
        <translation>MLI / CLI (променливо лазерно изображение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghost image</source>
        <translation>Призрачно изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security laminate</source>
        <translation>Защитен ламинат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Binding thread</source>
        <translation>Подвързващ конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page numbers</source>
        <translation>Номера на страниците</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UV overprint</source>
        <translation>УВ надпечатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine readable zone (MRZ)</source>
        <translation>Машинночитаема зона (МЧЗ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation>Баркод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip symbol</source>
        <translation>Символ на чип</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counterfeit on office paper</source>
        <translation>Неистински документ на офис хартия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fibres missing or printed</source>
        <translation>Липсващи или отпечатани влакна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halftone or inkjet reproduction</source>
        <translation>Растерно или мастилено-струйно възпроизвеждане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded microprint</source>
        <translation>Влошен микротекст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static imitation of an optically variable feature</source>
        <translation>Статична имитация на оптически променлив елемент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No relief</source>
        <translation>Липса на релеф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong infrared behaviour</source>
        <translation>Неправилно поведение в инфрачервена светлина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong UV motif</source>
        <translation>Неправилен УВ мотив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed watermark</source>
        <translation>Отпечатан воден знак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imitation security thread</source>
        <translation>Имитация на защитна нишка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misaligned see-through register</source>
        <translation>Неточно съвпадение на просвет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imitated perforation</source>
        <translation>Имитирана перфорация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo substitution</source>
        <translation>Подмяна на снимката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data alteration</source>
        <translation>Преправяне на данни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRZ check digit wrong</source>
        <translation>Грешна контролна цифра в МЧЗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page substitution</source>
        <translation>Подмяна на страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data page from another booklet</source>
        <translation>Страница с данни от друга книжка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-binding with another thread</source>
        <translation>Пришиване наново с друг конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced cover</source>
        <translation>Подменена корица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stolen blank personalised by criminals</source>
        <translation>Открадната бланка, персонализирана от престъпници</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fantasy document</source>
        <translation>Фантазиен документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impostor (look-alike)</source>
        <translation>Самозванец (двойник)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chip missing or not authentic</source>
        <translation>Липсващ или неавтентичен чип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card body not polycarbonate (PVC or paper)</source>
        <translation>Тялото на картата не е от поликарбонат (ПВХ или хартия)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portrait and data printed, not laser-engraved</source>
        <translation>Портретът и данните са отпечатани, а не гравирани с лазер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card delaminated and glued again</source>
        <translation>Картата е разслоена и залепена отново</translation>
    </message>
    <message>
        <source>Security paper is made without optical brighteners, the whitening agents in office paper. Under a UV lamp (365 nm) a genuine page stays dark and dull, so that its fluorescent fibres and inks stand out. A counterfeit printed on office paper glows bright blue-white all over.</source>
        <translation type="vanished">Защитната хартия се произвежда без оптични избелители — избелващите вещества в офис хартията. Под УВ лампа (365 нм) истинската страница остава тъмна и матова, така че флуоресцентните ѝ влакна и мастила се открояват. Неистински документ, отпечатан на офис хартия, свети ярко синкавобяло навсякъде.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security paper and the polycarbonate of a card are made without optical brighteners, the whitening agents of office paper and cheap plastics. Under a UV lamp (365 nm) a genuine page or card stays dark and dull, so that its fluorescent fibres and inks stand out. A counterfeit printed on office paper, or a card made of PVC or of paper in a pouch, glows bright blue-white all over.</source>
        <translation>Защитната хартия и поликарбонатът на картата се произвеждат без оптични избелители — избелващите вещества в офис хартията и в евтините пластмаси. Под УВ лампа (365 нм) истинската страница или карта остава тъмна и матова, така че флуоресцентните ѝ влакна и мастила се открояват. Неистински документ, отпечатан на офис хартия, или карта от ПВХ или от хартия в ламинатно фолио свети ярко синкавобяло навсякъде.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A picture formed inside the paper while it is made, by making it thicker (darker) or thinner (lighter) in places. Hold the page against the light: a genuine watermark shows soft shades that blend into each other and is hard to see from the front. A counterfeit watermark is printed or pressed on the surface, so it is visible in normal light and looks flat, with hard edges.</source>
        <translation>Изображение, образувано в хартията при производството ѝ чрез удебеляване (по-тъмно) или изтъняване (по-светло) на места. Погледнете страницата срещу светлината: истинският воден знак показва меки, преливащи се нюанси и трудно се вижда отпред. Неистинският воден знак е отпечатан или пресован върху повърхността, затова се вижда на обикновена светлина и изглежда плосък, с резки ръбове.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A thin plastic or metal strip embedded in the paper, sometimes with tiny text, sometimes glowing under UV. Against the light it shows as one continuous dark line; a &apos;windowed&apos; thread comes to the surface in regular places. A forger prints a grey line or glues a strip on the surface: it is visible in normal light, can be felt or lifted, and its micro-text is missing or blurred.</source>
        <translation>Тънка пластмасова или метална лента, вградена в хартията, понякога с дребен текст, понякога светеща под УВ. Срещу светлината се вижда като една непрекъсната тъмна линия; „прозоречната“ нишка излиза на повърхността на равни интервали. Фалшификаторът отпечатва сива линия или залепва лента на повърхността: тя се вижда на обикновена светлина, може да се опипа или повдигне, а микротекстът ѝ липсва или е размазан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short coloured fibres mixed into the paper pulp, scattered at random over the page. With a loupe you see them lie in the paper, some partly under the surface, and they can be lifted with a needle point at most at one end. Counterfeits print them as flat lines on top of the paper, often repeating the same pattern.</source>
        <translation>Къси цветни влакна, смесени в хартиената маса и разпръснати произволно по страницата. С лупа се вижда, че лежат в хартията, някои частично под повърхността, и могат да се повдигнат с върха на игла най-много в единия край. Неистинските документи ги отпечатват като плоски линии върху хартията, често с повтаряща се шарка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fibres invisible in normal light that glow under the UV lamp, usually in two or more colours. Check that they are spread at random, glow in the expected colours and, under the loupe, lie in the paper rather than on it. Counterfeits leave them out, or print short glowing dashes that repeat and sit flat on the surface.</source>
        <translation>Влакна, невидими на обикновена светлина, които светят под УВ лампата, обикновено в два или повече цвята. Проверете дали са разпръснати произволно, светят в очакваните цветове и под лупата лежат в хартията, а не върху нея. Неистинските документи ги пропускат или отпечатват къси светещи черти, които се повтарят и лежат плоско на повърхността.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiny coloured or UV-glowing discs (about 1 mm) embedded in the paper. Under the loupe a genuine planchette is part of the paper and may be lifted at its edge; under UV some of them glow. A counterfeit prints round dots that are flat, identical and part of the ink layer.</source>
        <translation>Малки цветни или светещи под УВ дискове (около 1 мм), вградени в хартията. Под лупата истинският планшет е част от хартията и може да се повдигне по ръба; под УВ някои от тях светят. Неистинският документ отпечатва кръгли точки, които са плоски, еднакви и са част от слоя мастило.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The paper contains chemicals that react to erasing liquids and bleach, leaving coloured stains or marks that glow under UV. Look for stains, haloes or a changed UV reaction around the personal data. This is how a washed-out and rewritten entry betrays itself.</source>
        <translation>Хартията съдържа химикали, които реагират на течности за изтриване и белина и оставят цветни петна или следи, светещи под УВ. Търсете петна, ореоли или променена УВ реакция около личните данни. Така се издава измит и пренаписан запис.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A clear window in a polycarbonate card or data page, often with a small portrait or printed detail inside it. Look through it against the light and tilt it: the detail is inside the material and may change with the angle. A forger cuts a hole and fills it, or prints the detail on a clear film, so edges, thickness or the image do not match.</source>
        <translation>Прозрачен прозорец в поликарбонатна карта или страница с данни, често с малък портрет или отпечатан детайл в него. Погледнете през него срещу светлината и го наклонете: детайлът е в материала и може да се променя с ъгъла. Фалшификаторът изрязва отвор и го запълва или отпечатва детайла върху прозрачно фолио, така че ръбовете, дебелината или изображението не съвпадат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fine interlaced line patterns (rosettes, waves, borders) in the background of the page. Under a loupe each line is sharp and unbroken, and where two colours meet the lines change colour without overlapping. A counterfeit rebuilds them from rows of printer dots (halftone or inkjet), so lines look dotted, broken or fuzzy at 4x and more.</source>
        <translation>Фините преплетени линейни шарки (розетки, вълни, бордюри) във фона на страницата. Под лупа всяка линия е рязка и непрекъсната, а където се срещат два цвята, линиите сменят цвета си без застъпване. Неистинският документ ги възпроизвежда от редове принтерни точки (растер или мастилено-струен печат), затова при 4x и повече линиите изглеждат на точки, накъсани или размити.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing in which one colour melts smoothly into the next across the page (split-duct printing); the fine lines themselves change colour. Under a loupe the lines are solid with no dots, even where the colours mix. A colour-copier or inkjet imitation builds the mixed colours from separate dots of cyan, magenta, yellow and black.</source>
        <translation>Печат, при който един цвят плавно преминава в следващия по страницата (ирисов печат); самите тънки линии сменят цвета си. Под лупа линиите са плътни, без точки, дори където цветовете се смесват. Имитация с цветен копир или мастилено-струен принтер изгражда смесените цветове от отделни точки циан, магента, жълто и черно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text so small (0.12 to 0.25 mm high) that to the eye it looks like a plain line. With a loupe of 8x or more you can read every letter, with sharp edges. Scanners and office printers cannot reproduce it: in a counterfeit the &apos;line&apos; becomes a row of dots, blobs or unreadable smudges.</source>
        <translation>Текст, толкова дребен (0,12 до 0,25 мм висок), че за окото изглежда като обикновена линия. С лупа 8× или повече се чете всяка буква, с резки ръбове. Скенерите и офис принтерите не могат да го възпроизведат: в неистинския документ „линията“ става ред от точки, петна или нечетливи размазвания.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A printing method that presses thick ink into the paper so the print stands up in relief; you can feel it with a fingertip. Under raking (oblique) light it casts small shadows and the lines look sharp and raised. An offset, laser or inkjet copy is flat: no shadows, nothing to feel.</source>
        <translation>Печатен метод, при който гъсто мастило се притиска в хартията, така че отпечатъкът е релефен; усеща се с върха на пръста. На плъзгаща (коса) светлина хвърля малки сенки и линиите изглеждат резки и изпъкнали. Офсетово, лазерно или мастилено-струйно копие е плоско: без сенки, без нищо за опипване.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hidden picture or text (often letters or numbers) in raised intaglio lines that only appears when the page is viewed at a low angle. Hold the document almost flat at eye level and turn it: the image appears and disappears. A copy either shows nothing, or shows the image all the time.</source>
        <translation>Скрито изображение или текст (често букви или цифри) в релефни линии от дълбок печат, което се появява само когато страницата се гледа под малък ъгъл. Дръжте документа почти хоризонтално на нивото на очите и го завъртете: изображението се появява и изчезва. Копието или не показва нищо, или показва изображението през цялото време.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ink that is invisible or pale in normal light and glows in a set colour under the UV lamp, drawing a motif such as an emblem or pattern. Compare shape, colours and position with a reference document. Forgers use the wrong colour, a simplified motif, an ink that glows too weakly, or none at all.</source>
        <translation>Мастило, невидимо или бледо на обикновена светлина, което свети в определен цвят под УВ лампата и изобразява мотив като герб или шарка. Сравнете формата, цветовете и разположението с образец. Фалшификаторите използват грешен цвят, опростен мотив, мастило, което свети твърде слабо, или никакво.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ink that stays dark in infrared light (about 850-950 nm), for example in the MRZ and parts of the design. Under the IR filter, genuine documents show only some elements; the others disappear. Counterfeits printed with ordinary inks show the wrong parts: often everything stays visible, or everything vanishes.</source>
        <translation>Мастило, което остава тъмно в инфрачервена светлина (около 850–950 нм), например в МЧЗ и в части от дизайна. Под ИЧ филтъра истинските документи показват само някои елементи; другите изчезват. Неистинските документи, отпечатани с обикновени мастила, показват грешните части: често всичко остава видимо или всичко изчезва.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coloured ink that looks normal in white light but disappears under infrared, leaving the IR-absorbing elements alone. Switch between white and IR light and compare which parts vanish with a reference. A counterfeit made from CMYK toner keeps visible under IR what should disappear, because black toner absorbs infrared.</source>
        <translation>Цветно мастило, което изглежда нормално на бяла светлина, но изчезва в инфрачервена, оставяйки само поглъщащите ИЧ елементи. Превключвайте между бяла и ИЧ светлина и сравнете с образец кои части изчезват. Неистински документ, направен с CMYK тонер, запазва видимо в ИЧ онова, което трябва да изчезне, защото черният тонер поглъща инфрачервената светлина.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ink with tiny flakes that changes colour with the viewing angle, for example from green to blue. Tilt the document: the colour should shift clearly and evenly over the whole element. Imitations use metallic or pearlescent ink that shines but keeps the same colour when tilted.</source>
        <translation>Мастило с малки люспици, което сменя цвета си според ъгъла на гледане, например от зелено към синьо. Наклонете документа: цветът трябва да се промени ясно и равномерно по целия елемент. Имитациите използват метализирано или седефено мастило, което блести, но запазва същия цвят при накланяне.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A motif printed partly on the front and partly on the back of the page. Against the light the two halves fit together exactly into one picture. Counterfeits print the two sides separately, so the halves overlap, leave a gap or are slightly shifted.</source>
        <translation>Мотив, отпечатан отчасти на лицевата и отчасти на обратната страна на страницата. Срещу светлината двете половини съвпадат точно в едно изображение. Неистинските документи отпечатват двете страни поотделно, затова половините се застъпват, оставят празнина или са леко изместени.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A transparent, shimmering stripe or motif printed over the design, almost invisible when looking straight at it. Tilt the document under a light: it flashes gold, green or pink. Imitations use metallic ink that can be seen from every angle, or leave it out.</source>
        <translation>Прозрачна, преливаща се ивица или мотив, отпечатан върху дизайна, почти невидим при поглед отпред. Наклонете документа под светлина: той проблясва в златисто, зелено или розово. Имитациите използват метализирано мастило, което се вижда от всеки ъгъл, или го пропускат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tiny intentional mistake the issuer hides in the design, such as a wrong letter in the microprint or a broken line in a pattern. You need a loupe and a reference to know where it is. A forger who redraws the design often &apos;corrects&apos; it, or copies it poorly.</source>
        <translation>Малка умишлена грешка, която издателят крие в дизайна, например грешна буква в микротекста или прекъсната линия в шарка. Нужни са лупа и образец, за да се знае къде е. Фалшификаторът, който прерисува дизайна, често я „поправя“ или я копира лошо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document number printed with metal type, which presses the ink into the paper. The digits can be felt on the back and show relief under oblique light, with ink pushed to the edges of each digit. An inkjet or laser number lies flat on the surface with no embossing.</source>
        <translation>Номерът на документа, отпечатан с метални литери, които притискат мастилото в хартията. Цифрите се усещат на гърба и показват релеф на коса светлина, с мастило, избутано към ръбовете на всяка цифра. Мастилено-струен или лазерен номер лежи плоско на повърхността, без релеф.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s photo, printed or engraved into the document, never glued on in modern documents. Compare the face with the person: ear shape, face proportions and the distances between eyes, nose and mouth change little with age. Check also that the portrait sits in the document&apos;s layers with no cut edges, glue or raised borders.</source>
        <translation>Снимката на притежателя, отпечатана или гравирана в документа, никога залепена в съвременните документи. Сравнете лицето с човека: формата на ушите, пропорциите на лицето и разстоянията между очите, носа и устата се променят малко с възрастта. Проверете също, че портретът е в слоевете на документа, без изрязани ръбове, лепило или повдигнати краища.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s signature, printed or engraved into the page during personalisation. It must be in the same technique as the other personal data and under the laminate or inside the card. A signature written by hand on top of a laminate, or in a different technique, is suspicious.</source>
        <translation>Подписът на притежателя, отпечатан или гравиран в страницата при персонализацията. Той трябва да е със същата техника като другите лични данни и под ламината или вътре в картата. Подпис, написан на ръка върху ламината или с различна техника, е подозрителен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, dates, document number and other holder data in the visual inspection zone. All entries should use the same font, size, alignment and technique, and agree with the MRZ. Altered data shows as a font, spacing or colour that differs from the rest, erasure marks, or a value that no longer matches the MRZ.</source>
        <translation>Име, дати, номер на документа и други данни на притежателя във визуалната зона. Всички записи трябва да са с един и същ шрифт, размер, подравняване и техника и да съвпадат с МЧЗ. Преправените данни се издават от шрифт, разстояние или цвят, различни от останалите, следи от изтриване или стойност, която вече не съвпада с МЧЗ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document&apos;s number, printed in the visual zone and repeated in the MRZ, and often laser-perforated through the pages or the card. It must be the same wherever it appears, in the same font and technique as the other data. A number changed in one place only, or perforated holes that do not spell the printed number, betray a falsified document.</source>
        <translation>Номерът на документа, отпечатан във визуалната зона и повторен в МЧЗ, често и лазерно перфориран през страниците или картата. Той трябва да е еднакъв навсякъде, със същия шрифт и техника като другите данни. Номер, променен само на едно място, или перфорирани отвори, които не изписват отпечатания номер, издават подправен документ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A laser blackens the inner layers of a polycarbonate card or data page to write the data and portrait. The result is black-grey, cannot be scratched off and is often tactile: under oblique light the text shows slight relief. Printed data on the surface is coloured, lies on top and shows no relief.</source>
        <translation>Лазер почерня вътрешните слоеве на поликарбонатна карта или страница с данни, за да изпише данните и портрета. Резултатът е черно-сив, не може да се изстърже и често е осезаем: на коса светлина текстът показва лек релеф. Отпечатаните върху повърхността данни са цветни, лежат отгоре и нямат релеф.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data and portrait printed by an inkjet printer, used by some issuers on paper data pages before laminating. Under the loupe it shows soft, irregular dots that bleed slightly into the paper. Compare with a reference: an inkjet entry on a document that should be laser-engraved or thermally printed is a sign of forgery.</source>
        <translation>Лични данни и портрет, отпечатани с мастилено-струен принтер, използван от някои издатели за хартиени страници с данни преди ламиниране. Под лупата се виждат меки, неправилни точки, които леко попиват в хартията. Сравнете с образец: мастилено-струен запис в документ, който трябва да е лазерно гравиран или термично отпечатан, е признак на подправка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personalisation by melting ink from a ribbon onto the page, often used for visas and some data pages. Under the loupe the print has sharp edges, a slightly shiny surface and no dot pattern. Look for ink that sits on top and is scratched or lifted, or a different technique from the reference.</source>
        <translation>Персонализация чрез разтопяване на мастило от лента върху страницата, използвана често за визи и някои страници с данни. Под лупата отпечатъкът има резки ръбове, леко лъскава повърхност и няма растер. Търсете мастило, което лежи отгоре и е надраскано или повдигнато, или техника, различна от образеца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small holes burnt by a laser through the pages, forming the document number or a small portrait. Against the light the holes shine through; under a loupe they are cone-shaped, wider on the side the laser came from, with slightly darkened edges. Forgers punch or drill them, giving straight clean holes, or print dots that do not let light through.</source>
        <translation>Малки отвори, изгорени с лазер през страниците, които изписват номера на документа или малък портрет. Срещу светлината отворите светят; под лупа са конусовидни, по-широки от страната, от която е дошъл лазерът, с леко потъмнели ръбове. Фалшификаторите ги пробиват или пробиват със свредло, което дава прави чисти отвори, или отпечатват точки, които не пропускат светлина.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A diffractive optically variable image device: a foil or laminate with a metallic image that moves, switches and changes colour when tilted. Tilt the document in several directions: the images must change sharply and exactly as on the reference. Imitations are static prints or cheap hologram foils that sparkle but do not show the same images.</source>
        <translation>Дифракционно оптически променливо изображение: фолио или ламинат с метализирано изображение, което се движи, сменя и променя цвета си при накланяне. Накланяйте документа в няколко посоки: изображенията трябва да се сменят рязко и точно както при образеца. Имитациите са статични отпечатъци или евтини холограмни фолиа, които искрят, но не показват същите изображения.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Small lenses on the surface of a polycarbonate document, behind which a laser has written two images, for example the date of birth and the portrait. Tilt the document sideways: one image replaces the other. A fake shows both images at once, or one image that never changes.</source>
        <translation>Малки лещи на повърхността на поликарбонатен документ, зад които лазер е изписал две изображения, например датата на раждане и портрета. Наклонете документа настрани: едното изображение заменя другото. Фалшификатът показва двете изображения едновременно или едно изображение, което никога не се променя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second, lighter copy of the holder&apos;s portrait, sometimes visible only under UV. It must be the same photo as the main portrait, in the same technique. After a photo substitution the ghost image no longer matches the new main photo, or is broken or covered.</source>
        <translation>Второ, по-светло копие на портрета на притежателя, понякога видимо само под УВ. То трябва да е същата снимка като основния портрет, със същата техника. След подмяна на снимката призрачното изображение вече не съвпада с новата основна снимка или е прекъснато или покрито.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A clear protective film over the data page, often carrying its own printed or diffractive pattern. Under raking light and the loupe it should be smooth with no bubbles, cuts or lifted edges, and its pattern should run on unbroken over the photo. A disturbed laminate means someone opened the page to change the photo or data.</source>
        <translation>Прозрачно защитно фолио върху страницата с данни, често със собствена отпечатана или дифракционна шарка. На плъзгаща светлина и под лупата то трябва да е гладко, без мехурчета, срезове или повдигнати краища, а шарката му трябва да продължава без прекъсване върху снимката. Нарушеният ламинат означава, че някой е отварял страницата, за да смени снимката или данните.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page of a passport booklet carries its printed number in the same typeface, size and place, counting on from the page before. Turn through the booklet: a number that skips or repeats, or one in another typeface or out of place, marks a page that was taken from another booklet.</source>
        <translation>Всяка страница на паспортната книжка носи отпечатан номер със същия шрифт, размер и място, продължаващ от предишната страница. Прелистете книжката: номер, който прескача или се повтаря, или номер с друг шрифт или не на мястото си, издава страница, взета от друга книжка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The thread that sews the passport pages into the cover, often multicoloured and glowing under UV. Check that the stitches are regular and unbroken and that the thread glows as expected. A substituted page needs re-stitching or glue: look for extra holes, a different thread or a broken UV pattern.</source>
        <translation>Конецът, с който страниците на паспорта са пришити към корицата, често многоцветен и светещ под УВ. Проверете дали шевовете са равномерни и непрекъснати и дали конецът свети както се очаква. Подменената страница изисква повторно пришиване или лепило: търсете допълнителни отвори, различен конец или прекъсната УВ шарка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A UV-glowing pattern printed over the data page after personalisation, covering part of the portrait. Under the UV lamp it must run on unbroken from the page over the photo. If the photo has been changed, the pattern is missing over the portrait, broken at its edge or printed separately and does not line up.</source>
        <translation>Светеща под УВ шарка, отпечатана върху страницата с данни след персонализацията, която покрива част от портрета. Под УВ лампата тя трябва да продължава без прекъсване от страницата върху снимката. Ако снимката е сменена, шарката липсва върху портрета, прекъсва на ръба му или е отпечатана отделно и не съвпада.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two or three lines of OCR-B text at the bottom of the page, in ink that stays black under infrared. Check the font and spacing, that the data agrees with the visual zone, and that the check digits are right. Forgers get the check digits wrong after altering data, use another font, or print it with ink that vanishes under IR.</source>
        <translation>Два или три реда текст с шрифт OCR-B в долната част на страницата, с мастило, което остава черно в инфрачервена светлина. Проверете шрифта и разстоянията, дали данните съвпадат с визуалната зона и дали контролните цифри са верни. Фалшификаторите грешат контролните цифри след преправяне на данни, използват друг шрифт или я отпечатват с мастило, което изчезва в ИЧ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 1D or 2D barcode (for example on ID cards, residence permits or visas) that repeats document data in machine-readable form, sometimes digitally signed. It must be crisp, printed in IR-absorbing ink where the issuer does so, and its decoded data must match the document. A copied or regenerated barcode is often blurred or carries data that does not match.</source>
        <translation>Едномерен или двумерен баркод (например на лични карти, разрешения за пребиваване или визи), който повтаря данните на документа в машинночитаем вид, понякога цифрово подписан. Той трябва да е рязък, отпечатан с поглъщащо ИЧ мастило, където издателят го прави, а декодираните му данни трябва да съвпадат с документа. Копиран или регенериран баркод често е размазан или носи данни, които не съвпадат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ICAO logo (a circle between two lines over a rectangle) that shows the document holds an electronic chip. On a genuine ePassport it is printed on the cover or data page and the chip can be read. A counterfeit may carry the symbol with no working chip behind it.</source>
        <translation>Логото на ИКАО (кръг между две линии над правоъгълник), което показва, че документът съдържа електронен чип. При истинския електронен паспорт то е отпечатано на корицата или на страницата с данни и чипът може да се прочете. Неистинският документ може да носи символа без работещ чип зад него.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A complete reproduction printed on ordinary paper that contains optical brighteners. Under the UV lamp the whole page glows blue-white instead of staying dull.</source>
        <translation>Пълно възпроизвеждане, отпечатано на обикновена хартия, съдържаща оптични избелители. Под УВ лампата цялата страница свети синкавобяло, вместо да остане матова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A counterfeit without the fibres and planchettes of security paper, or with them printed flat on the surface. Under the loupe and the UV lamp the &apos;fibres&apos; do not lie in the paper, or repeat in the same pattern.</source>
        <translation>Неистински документ без влакната и планшетите на защитната хартия или с тях, отпечатани плоско върху повърхността. Под лупата и УВ лампата „влакната“ не лежат в хартията или се повтарят в една и съща шарка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The background patterns were scanned and reprinted with an office printer. Under the loupe, fine lines and colour transitions are made of dots instead of solid lines.</source>
        <translation>Фоновите шарки са сканирани и отпечатани отново с офис принтер. Под лупата тънките линии и цветовите преходи са от точки вместо от плътни линии.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The microprint was copied by a scanner and printer that cannot resolve it. At 8x the tiny text is a dotted or smudged line with no readable letters.</source>
        <translation>Микротекстът е копиран от скенер и принтер, които не могат да го възпроизведат. При 8× дребният текст е точкова или размазана линия без четливи букви.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hologram, colour-shifting ink or changeable laser image imitated by a printed or metallic surface. When the document is tilted, nothing changes, or it only shines.</source>
        <translation>Холограма, оптично променливо мастило или променливо лазерно изображение, имитирани с отпечатана или метализирана повърхност. При накланяне на документа нищо не се променя или само блести.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing that should be raised (intaglio, letterpress numbering, laser engraving) was reproduced flat. Under raking light it casts no shadows and nothing can be felt with a fingertip.</source>
        <translation>Печат, който трябва да е релефен (дълбок печат, номериране с висок печат, лазерно гравиране), е възпроизведен плоско. На плъзгаща светлина не хвърля сенки и нищо не се усеща с върха на пръста.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The counterfeit was printed with ordinary inks that all behave the same in infrared. Under the IR filter the wrong elements stay visible or disappear, for example the colour design stays while it should vanish, or the MRZ fades.</source>
        <translation>Неистинският документ е отпечатан с обикновени мастила, които се държат еднакво в инфрачервена светлина. Под ИЧ филтъра грешните елементи остават видими или изчезват, например цветният дизайн остава, а трябва да изчезне, или МЧЗ избледнява.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The UV-fluorescent printing is missing, simplified or in the wrong colours. Compare the UV image with a reference document: shape, colours and brightness must match.</source>
        <translation>УВ флуоресцентният печат липсва, опростен е или е в грешни цветове. Сравнете УВ изображението с образец: формата, цветовете и яркостта трябва да съвпадат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The watermark was printed or pressed on the surface instead of being formed in the paper. It is visible in normal reflected light and shows no soft tonal shades against the light.</source>
        <translation>Водният знак е отпечатан или пресован върху повърхността, вместо да е образуван в хартията. Вижда се на обикновена отразена светлина и не показва меки тонални преходи срещу светлината.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The security thread is a printed line or a strip glued to the surface. It shows in reflected light, can be felt or lifted, and its micro-text or UV glow is missing.</source>
        <translation>Защитната нишка е отпечатана линия или лента, залепена на повърхността. Вижда се на отразена светлина, може да се опипа или повдигне, а микротекстът или УВ светенето ѝ липсват.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Front and back were printed separately, so the see-through motif does not fit together. Against the light its halves overlap, leave a gap or are shifted.</source>
        <translation>Лицевата и обратната страна са отпечатани поотделно, затова мотивът за съвпадение на просвет не се напасва. Срещу светлината половините му се застъпват, оставят празнина или са изместени.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The laser-perforated number was imitated by printed dots or punched holes. Against the light printed dots stay dark; punched holes are clean, without the conical shape and brownish burnt rim of laser holes.</source>
        <translation>Лазерно перфорираният номер е имитиран с отпечатани точки или пробити отвори. Срещу светлината отпечатаните точки остават тъмни; пробитите отвори са чисти, без конусовидната форма и кафеникавия обгорял ръб на лазерните отвори.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder&apos;s photo in a genuine document was replaced with another person&apos;s. Look for cut edges and glue around the portrait, a disturbed laminate, a ghost image or UV overprint that no longer matches or is broken, and a different printing technique.</source>
        <translation>Снимката на притежателя в истински документ е заменена със снимка на друг човек. Търсете изрязани ръбове и лепило около портрета, нарушен ламинат, призрачно изображение или УВ надпечатка, която вече не съвпада или е прекъсната, и различна печатна техника.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data in a genuine document were erased or scraped off and rewritten, for example the name or date of birth. The visual zone then disagrees with the MRZ, the font or alignment differs from the other entries, and erasure marks show under oblique light or UV.</source>
        <translation>Лични данни в истински документ са изтрити или изстъргани и написани наново, например името или датата на раждане. Тогава визуалната зона не съвпада с МЧЗ, шрифтът или подравняването се различават от другите записи и на коса светлина или под УВ се виждат следи от изтриване.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The MRZ was rewritten after the data were changed, but a check digit was not recalculated correctly. Recompute the check digits (weights 7, 3, 1) or read the MRZ with a reader: a wrong check digit means the MRZ is not what the issuer printed.</source>
        <translation>МЧЗ е пренаписана след промяната на данните, но някоя контролна цифра не е преизчислена правилно. Изчислете отново контролните цифри (тегла 7, 3, 1) или прочетете МЧЗ с четец: грешна контролна цифра означава, че МЧЗ не е тази, която е отпечатал издателят.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data page (or another page) of a genuine passport was cut out and replaced with a counterfeit or a page from another passport. Look at the binding: extra stitch holes, glue, a different thread, and paper or thread that react differently under UV; the page number perforation may not line up.</source>
        <translation>Страницата с данни (или друга страница) на истински паспорт е изрязана и заменена с неистинска или със страница от друг паспорт. Разгледайте подвързията: допълнителни отвори от шиене, лепило, различен конец и хартия или конец, които реагират различно под УВ; перфорацията с номера на страницата може да не съвпада.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine data page, cut out of another passport, sewn into this booklet in place of its own. The data page agrees with itself, so compare it with the pages behind it: the number perforated through every page must be the same and in line, and the binding must be undisturbed, with no new holes, uneven stitches or glue glowing under UV.</source>
        <translation>Истинска страница с данни, изрязана от друг паспорт и пришита в тази книжка на мястото на собствената ѝ. Страницата с данни е съгласувана сама със себе си, затова я сравнете със страниците зад нея: перфорираният през всички страници номер трябва да е един и същ и на една линия, а подвързията – ненарушена, без нови дупки, неравни бодове или лепило, което свети под УВ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cover of a genuine booklet was replaced by a counterfeit one, to renew a worn booklet or to hide work at the spine. The pages are genuine; the cover is not: its board glows under UV where the issuer&apos;s stays dull, and its gold is printed flat or pressed shallow, so under raking light the title, the arms and the chip symbol cast little or no shadow.</source>
        <translation>Корицата на истинска книжка е подменена с неистинска — за да се обнови износена книжка или да се скрие работа по гръбчето. Страниците са истински, корицата — не: картонът ѝ свети под УВ, докато този на издателя остава матов, а златото е отпечатано плоско или вдлъбнато плитко, затова на коса светлина заглавието, гербът и символът на чипа почти не хвърлят сянка.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The booklet was taken apart and sewn again, to take out or put in a page. The new thread differs from the issuer&apos;s in colour or in its glow under UV, and the needle went through new holes beside the empty holes of the original sewing. Check the binding on several pages under white light and UV.</source>
        <translation>Книжката е разшита и пришита отново, за да се извади или вмъкне страница. Новият конец се различава от този на издателя по цвят или по светенето под УВ, а иглата е минала през нови дупки до празните дупки от първоначалното пришиване. Проверете подвързията на няколко страници на бяла светлина и под УВ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine blank document, stolen before personalisation, filled in by criminals. All printing and protection features are genuine; the personalisation is not: a different technique (inkjet instead of laser engraving), font or layout, and often a document number from a reported batch.</source>
        <translation>Истинска празна бланка, открадната преди персонализацията и попълнена от престъпници. Всички печатни и защитни елементи са истински; персонализацията не е: различна техника (мастилено-струен печат вместо лазерно гравиране), шрифт или оформление и често номер на документ от обявена партида.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A document issued in the name of a state or organisation that does not exist, or that does not issue this kind of document. Check the issuing state code in the MRZ against the list of codes and the document against reference collections.</source>
        <translation>Документ, издаден от името на държава или организация, която не съществува или не издава такъв вид документ. Проверете кода на издаващата държава в МЧЗ спрямо списъка с кодове и документа спрямо справочни колекции.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine, unaltered document used by someone who looks like the holder. Every security feature passes; only the comparison of the face with the portrait shows it. Compare ears, face shape and the relative positions of eyes, nose and mouth, which change little with age or weight.</source>
        <translation>Истински, непроменен документ, използван от човек, който прилича на притежателя. Всички защитни елементи издържат проверката; показва го само сравнението на лицето с портрета. Сравнете ушите, формата на лицето и взаимното разположение на очите, носа и устата, които се променят малко с възрастта или теглото.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document shows the chip symbol but its chip does not prove it genuine: no chip answers the reader, the chip holds no travel document, passive authentication fails (a self-made signer bearing the state&apos;s name, a revoked signer whose key leaked), or the chip passes but holds another document&apos;s data (a cloned chip). Read the chip and compare DG1 and DG2 with the page.</source>
        <translation>Документът носи символа на чип, но чипът му не доказва, че е истински: никакъв чип не отговаря на четеца, чипът не съдържа документ за пътуване, пасивната автентикация е неуспешна (самоделен подписващ с името на държавата, отменен подписващ, чийто ключ е изтекъл) или чипът минава проверката, но съдържа данни на друг документ (клониран чип). Прочетете чипа и сравнете DG1 и DG2 със страницата.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A card counterfeited on PVC or on paper sealed in a pouch instead of polycarbonate. Under the UV lamp the body glows blue-white where a polycarbonate card stays dull; against the light it lets light through (paper shows its cloudy formation) where polycarbonate is nearly opaque; a clear window is only a grey patch printed on it.</source>
        <translation>Карта, подправена върху ПВХ или върху хартия, запечатана в джоб, вместо поликарбонат. Под УВ лампата тялото свети синьо-бяло, докато поликарбонатната карта остава матова; срещу светлина пропуска светлина (хартията показва облачността си), докато поликарбонатът е почти непрозрачен; прозрачното прозорче е само сиво петно, отпечатано върху нея.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The portrait and data of a counterfeit card were printed on its surface with an office printer instead of being laser-engraved inside it. The portrait is in colour (an engraving is grey) and made of dots at magnification; under raking light the data lie flat instead of slightly sunken.</source>
        <translation>Портретът и данните на неистинската карта са отпечатани върху повърхността ѝ с офис принтер, вместо да са гравирани с лазер вътре в нея. Портретът е цветен (гравирането е сиво) и при увеличение е от точки; на коса светлина данните лежат плоско, вместо да са леко вдлъбнати.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A genuine polycarbonate card split open to replace the portrait on an inner layer, then glued shut. Glue glows under UV along the edges, the surface over the portrait is uneven under raking light, the new portrait is printed in colour, and the changeable laser image and ghost image, engraved in the card, still show the real holder.</source>
        <translation>Истинска поликарбонатна карта, разслоена, за да се смени портретът на вътрешен слой, и залепена отново. Лепилото свети под УВ по краищата, повърхността над портрета е неравна на коса светлина, новият портрет е отпечатан цветно, а променливото лазерно изображение и призрачното изображение, гравирани в картата, все още показват истинския притежател.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Substrate</source>
        <translation>Подложка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Печат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalisation</source>
        <translation>Персонализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable</source>
        <translation>Машинночитаеми</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>genuine (no forgery)</source>
        <translation>истински (без подправка)</translation>
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
        <translation>точност</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged refused (hit rate)</source>
        <translation>отказани неистински (дял на откритите)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genuine refused (false alarms)</source>
        <translation>отказани истински (фалшиви тревоги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged passed (false accepts)</source>
        <translation>пропуснати неистински (фалшиви приемания)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity d′</source>
        <translation>чувствителност d′</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion c</source>
        <translation>критерий c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median decision time</source>
        <translation>медианно време за решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skills due for review</source>
        <translation>умения за преговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impostors refused (face)</source>
        <translation>отказани самозванци (лице)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holders refused (face false alarms)</source>
        <translation>отказани притежатели (фалшиви тревоги по лице)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the attempt log…</source>
        <translation>Четене на дневника с опитите…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read the figures: {0}</source>
        <translation>Показателите не можаха да бъдат прочетени: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} attempts</source>
        <translation>{0}: {1} опита</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>attempt</source>
        <translation>опит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolling accuracy (%)</source>
        <translation>плъзгаща точност (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no attempts yet</source>
        <translation>все още няма опити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass mark</source>
        <translation>праг за успех</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>accuracy (%)</source>
        <translation>точност (%)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no attempts</source>
        <translation>няма опити</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no forged documents yet</source>
        <translation>все още няма неистински документи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>genuine refused (%)</source>
        <translation>отказани истински (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forged refused (%)</source>
        <translation>отказани неистински (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no genuine/forged decisions yet</source>
        <translation>все още няма решения истински/неистински</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <location filename="../translation_table.py" line="+66"/>
        <source>Translations</source>
        <extracomment>Background of a translation cell still empty: trainees read the English there. Columns before the languages: where the text is used, and the text as written.</extracomment>
        <translation>Преводи</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the Russian and the Bulgarian of each text. Trainees read a text in their language when it has a translation, and as written when it has none.</source>
        <extracomment>Languages whose file cannot be read: not editable, never saved.</extracomment>
        <translation>Въведете руския и българския превод на всеки текст. Обучаемият чете текста на своя език, ако има превод, а ако няма — както е написан.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show only texts with a missing translation</source>
        <translation>Показвай само текстовете без превод</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where</source>
        <translation>Къде</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As written</source>
        <translation>Изходен текст</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save translations</source>
        <translation>Запази преводите</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not translated yet: trainees read this text as written</source>
        <translation>Още не е преведено: обучаемите четат този текст както е написан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several lines: Enter starts a new line, Tab finishes the cell</source>
        <translation>Няколко реда: Enter започва нов ред, Tab завършва клетката</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{language}: cannot be edited</source>
        <translation>{language}: не може да се редактира</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language}: {n} of {total} not translated yet</source>
        <translation>{language}: още непреведени: {n} от {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language}: all translated</source>
        <translation>{language}: всичко е преведено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to translate yet.</source>
        <translation>Още няма какво да се превежда.</translation>
    </message>
</context>
<context>
    <name>TravellerPanel</name>
    <message>
        <location filename="../inspect/traveller.py" line="+96"/>
        <source>Traveller at the desk</source>
        <extracomment>The photo is shown at least this wide (logical px): about the size of a face across the desk, and as large as the document&apos;s portrait on a fitted TD3 page, so the two compare. ... and at most this wide, so the document keeps most of the window.</extracomment>
        <translation>Пътник на гишето</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare the face with the document&apos;s photo.</source>
        <translation>Сравнете лицето със снимката в документа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ears, face shape, and where the eyes, nose and mouth sit. Hair, glasses and clothes are easy to copy.</source>
        <translation>Ушите, формата на лицето и къде са очите, носът и устата. Прическата, очилата и дрехите се копират лесно.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The traveller&apos;s photo cannot be shown ({file}).</source>
        <translation>Снимката на пътника не може да бъде показана ({file}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none in this specimen</source>
        <translation>няма в този образец</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>genuine</source>
        <translation type="vanished">истински</translation>
    </message>
    <message>
        <source>counterfeit</source>
        <translation type="vanished">неистински (изцяло възпроизведен)</translation>
    </message>
    <message>
        <source>falsified</source>
        <translation type="vanished">подправен</translation>
    </message>
    <message>
        <source>used by an impostor</source>
        <translation type="vanished">използван от самозванец</translation>
    </message>
    <message>
        <source>a fantasy document</source>
        <translation type="vanished">фантазиен документ</translation>
    </message>
    <message>
        <source>a stolen blank</source>
        <translation type="vanished">открадната бланка</translation>
    </message>
</context>
<context>
    <name>studio</name>
    <message>
        <source>White light</source>
        <extracomment>Longest side of the preview images, in pixels.</extracomment>
        <translation type="vanished">Бяла светлина</translation>
    </message>
    <message>
        <source>UV 365 nm</source>
        <translation type="vanished">УВ 365 нм</translation>
    </message>
    <message>
        <source>Infrared</source>
        <translation type="vanished">Инфрачервена</translation>
    </message>
    <message>
        <source>Oblique light</source>
        <translation type="vanished">Коса светлина</translation>
    </message>
    <message>
        <source>Transmitted light</source>
        <translation type="vanished">Проходяща светлина</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation type="vanished">Истински</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation type="vanished">Изцяло възпроизведен</translation>
    </message>
    <message>
        <source>Falsified</source>
        <translation type="vanished">Подправен</translation>
    </message>
    <message>
        <source>Impostor</source>
        <translation type="vanished">Самозванец</translation>
    </message>
    <message>
        <source>Fantasy document</source>
        <translation type="vanished">Фантазиен документ</translation>
    </message>
    <message>
        <source>Stolen blank</source>
        <translation type="vanished">Открадната бланка</translation>
    </message>
</context>
</TS>
