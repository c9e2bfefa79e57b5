<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <extracomment>The licence, as pyproject.toml declares it (an SPDX expression; a test keeps them equal).</extracomment>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>A private diary and care companion for families of a child with osteopetrosis caused by TNFSF11 (RANKL) variants. It never suggests a medicine or a dose.</source>
        <translation>يوميات خاصة ورفيق رعاية لعائلات الأطفال المصابين بتحجّر العظام الناتج عن متغيّرات في جين TNFSF11 (RANKL). لا يقترح أبدًا دواءً أو جرعة.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}): you may use, share and change it under its terms. It comes with no warranty.</source>
        <translation>برنامج حر بموجب رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق ({licence}): يمكنك استخدامه ومشاركته وتغييره وفق شروطها. يأتي دون أي ضمان.</translation>
    </message>
    <message>
        <source>Your diary stays on this computer. Nothing is sent anywhere: no account, no tracking. The guide&apos;s Privacy page (Help menu) says more.</source>
        <translation>تبقى يومياتك على هذا الحاسوب. لا يُرسل شيء إلى أي مكان: لا حساب، ولا تتبّع. صفحة «الخصوصية» في الدليل (قائمة «مساعدة») فيها مزيد من التفاصيل.</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>فتح مجلد البيانات في مدير الملفات</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Make a backup of the diary now</source>
        <translation>إنشاء نسخة احتياطية من اليوميات الآن</translation>
    </message>
    <message>
        <source>Your data is in</source>
        <translation>بياناتك في</translation>
    </message>
    <message>
        <source>Data folder location</source>
        <translation>موقع مجلد البيانات</translation>
    </message>
    <message>
        <source>Backups are in</source>
        <translation>النسخ الاحتياطية في</translation>
    </message>
    <message>
        <source>Where the backups are</source>
        <translation>أين النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>إغلاق هذه النافذة</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}، Qt {qt}، PySide6 {pyside}</translation>
    </message>
    <message>
        <source>The folder could not be opened here. Open your file manager and go to {folder}.</source>
        <translation>تعذّر فتح المجلد من هنا. افتح مدير الملفات واذهب إلى {folder}.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>overdue</source>
        <translation>فات موعده</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>يحين قريبًا</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>في موعده</translation>
    </message>
    <message>
        <source>no check recorded yet</source>
        <translation>لم يُسجَّل أي فحص بعد</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>not marked done</source>
        <translation>لم يُعلَّم كمُنجز</translation>
    </message>
    <message>
        <source>due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>جرعة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. What you saved is safe. If this happens again, please tell us what you were doing.

Details: {error}</source>
        <extracomment>The app&apos;s icon sizes in resources/icons/hicolor/&lt;n&gt;x&lt;n&gt;/apps/ (packaging/linux/render_icons.py).</extracomment>
        <translation>حدث خطأ داخل التطبيق. ما حفظته في أمان. إذا تكرر هذا، فأخبرنا من فضلك بما كنت تفعله.

التفاصيل: {error}</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What you saved is safe, and your unsaved entry is kept as a draft. If this happens again, please tell us what you were doing.

Details: {error}</source>
        <translation>حدث خطأ داخل التطبيق. ما حفظته في أمان، والإدخال الذي لم تحفظه محفوظ كمسودة. إذا تكرر هذا، فأخبرنا من فضلك بما كنت تفعله.

التفاصيل: {error}</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What you saved is safe. Your unsaved entry could not be kept as a draft: it is still on the Today page, so save it there before closing the app.

Details: {error}</source>
        <translation>حدث خطأ داخل التطبيق. ما حفظته في أمان. تعذّر الاحتفاظ بالإدخال الذي لم تحفظه كمسودة: ما زال في صفحة «اليوم»، فاحفظه هناك قبل إغلاق التطبيق.

التفاصيل: {error}</translation>
    </message>
    <message>
        <source>A note about the error, without anything from your diary, was added to the app&apos;s log in the logs folder beside your diary.</source>
        <translation>أُضيفت ملاحظة عن الخطأ، دون أي شيء من يومياتك، إلى سجل التطبيق في مجلد logs بجانب يومياتك.</translation>
    </message>
    <message>
        <source>Caregiver Companion is already open with this diary, but it did not answer. Look for its window on the taskbar. If it is not there, wait a minute and start the app again; restarting the computer also closes it.</source>
        <translation>تطبيق Caregiver Companion مفتوح بالفعل بهذه اليوميات، لكنه لم يستجب. ابحث عن نافذته في شريط المهام. إن لم تكن هناك، فانتظر دقيقة ثم شغّل التطبيق من جديد؛ وإعادة تشغيل الحاسوب تغلقه أيضًا.</translation>
    </message>
    <message>
        <source>Your diary was moved to {folder}, but that folder cannot be found now (is it on a disk that is not plugged in?). The app opened its usual folder instead. To get back to your diary, close the app, make the folder available and start the app again.</source>
        <translation>نُقلت يومياتك إلى {folder}، لكن هذا المجلد غير موجود الآن (هل هو على قرص غير موصول؟). فتح التطبيق مجلده المعتاد بدلًا منه. لتعود إلى يومياتك، أغلق التطبيق، واجعل المجلد متاحًا، ثم شغّل التطبيق من جديد.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>None</source>
        <extracomment>The routine-check choice meaning &quot;this visit is not one of the routine checks&quot;. Time forms understood besides the core&apos;s 24-hour HH:MM (&quot;9:30&quot;, &quot;9.30&quot;, &quot;0930&quot;).</extracomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Not one of the routine checks</source>
        <translation>ليس من الفحوص الدورية</translation>
    </message>
    <message>
        <source>Routine check</source>
        <translation>فحص دوري</translation>
    </message>
    <message>
        <source>Which routine check this visit is for. It counts once the visit is marked done, so the reminders know when the check was last done.</source>
        <translation>أي فحص دوري تخص هذه الزيارة. يُحتسب بعد تعليم الزيارة كمُنجزة، لتعرف التذكيرات متى أُجري الفحص آخر مرة.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>إضافة موعد</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>تعديل الموعد</translation>
    </message>
    <message>
        <source>Save appointment</source>
        <translation>حفظ الموعد</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Save the appointment</source>
        <translation>حفظ الموعد</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>24-hour clock, e.g. 09:30</source>
        <translation>بنظام 24 ساعة، مثل 09:30</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Choose the specialty</source>
        <translation>اختر التخصص</translation>
    </message>
    <message>
        <source>&amp;Specialty</source>
        <translation>الت&amp;خصص</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>التخصص</translation>
    </message>
    <message>
        <source>Who you will see (optional)</source>
        <translation>من ستقابلون (اختياري)</translation>
    </message>
    <message>
        <source>Hospital, clinic, floor or room (optional)</source>
        <translation>المستشفى أو العيادة أو الطابق أو الغرفة (اختياري)</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>ال&amp;طبيب</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>الطبيب أو المعالج</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>What the visit is for (optional)</source>
        <translation>سبب الزيارة (اختياري)</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>ال&amp;غرض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>أسئلة للطرح</translation>
    </message>
    <message>
        <source>&amp;Questions to ask</source>
        <translation>أ&amp;سئلة للطرح</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>ملاحظات النتيجة</translation>
    </message>
    <message>
        <source>Afterwards: what was found, what was decided</source>
        <translation>بعد الزيارة: ماذا وُجد، وماذا تقرر</translation>
    </message>
    <message>
        <source>&amp;Outcome notes</source>
        <translation>م&amp;لاحظات النتيجة</translation>
    </message>
</context>
<context>
    <name>AppointmentDoneDialog</name>
    <message>
        <source>Mark the appointment done</source>
        <translation>تعليم الموعد كمُنجز</translation>
    </message>
    <message>
        <source>{specialty}, {when}</source>
        <translation>{specialty}، {when}</translation>
    </message>
    <message>
        <source>With {value}</source>
        <translation>مع {value}</translation>
    </message>
    <message>
        <source>At {value}</source>
        <translation>في {value}</translation>
    </message>
    <message>
        <source>For: {value}</source>
        <translation>الغرض: {value}</translation>
    </message>
    <message>
        <source>Routine check done</source>
        <translation>أُجري الفحص الدوري</translation>
    </message>
    <message>
        <source>Routine check</source>
        <translation>فحص دوري</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>ملاحظات النتيجة</translation>
    </message>
    <message>
        <source>What was found, what was decided, answers to your questions, next visit</source>
        <translation>ماذا وُجد، وماذا تقرر، وأجوبة أسئلتك، والزيارة القادمة</translation>
    </message>
    <message>
        <source>&amp;Outcome notes</source>
        <translation>م&amp;لاحظات النتيجة</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Mark it done</source>
        <translation>تعليمه كمُنجز</translation>
    </message>
    <message>
        <source>Your questions were:</source>
        <translation>كانت أسئلتك:</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
</context>
<context>
    <name>AppointmentFormDialog</name>
    <message>
        <source>{action} (Ctrl+Enter)</source>
        <extracomment>The appointment as saved, once Save succeeded. Every form of the dialog (a problem goes under its field in whichever holds it).</extracomment>
        <translation>{action} (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>This appointment was deleted meanwhile, so it cannot be changed.</source>
        <translation>حُذف هذا الموعد في هذه الأثناء، فلا يمكن تغييره.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your text is still here; try Save again.</source>
        <translation>لم يُحفظ: {reason}. ما كتبته ما زال هنا؛ جرّب «حفظ» مرة أخرى.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here would be lost.</source>
        <translation>الإغلاق دون حفظ؟ سيضيع ما كتبته هنا.</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>العيون</translation>
    </message>
    <message>
        <source>Hearing, ear, nose and throat</source>
        <translation>السمع والأذن والأنف والحنجرة</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>الأسنان</translation>
    </message>
    <message>
        <source>Blood (hematology)</source>
        <translation>الدم</translation>
    </message>
    <message>
        <source>Hormones (endocrinology)</source>
        <translation>الهرمونات (الغدد الصماء)</translation>
    </message>
    <message>
        <source>Neurosurgery</source>
        <translation>جراحة الأعصاب</translation>
    </message>
    <message>
        <source>Genetics</source>
        <translation>الوراثة</translation>
    </message>
    <message>
        <source>Bones (orthopedics)</source>
        <translation>العظام</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>العلاج الطبيعي</translation>
    </message>
    <message>
        <source>General pediatrics</source>
        <translation>طب الأطفال العام</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>Eye exam</source>
        <translation>فحص النظر</translation>
    </message>
    <message>
        <source>Hearing test</source>
        <translation>اختبار السمع</translation>
    </message>
    <message>
        <source>Dental check</source>
        <translation>فحص الأسنان</translation>
    </message>
    <message>
        <source>Blood tests</source>
        <translation>تحاليل الدم</translation>
    </message>
    <message>
        <source>Growth measurement</source>
        <translation>قياس النمو</translation>
    </message>
</context>
<context>
    <name>AppointmentsModel</name>
    <message>
        <source>When</source>
        <extracomment>History rows handed to the view at a time. The appointment&apos;s id, on every cell of its row (None on a heading row).</extracomment>
        <translation>متى</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Was it done? Mark done or missed</source>
        <translation>هل تم؟ علّمه «تم» أو «فائت»</translation>
    </message>
    <message>
        <source>Planned, today</source>
        <translation>مخطط له، اليوم</translation>
    </message>
    <message>
        <source>Planned, tomorrow</source>
        <translation>مخطط له، غدًا</translation>
    </message>
    <message numerus="yes">
        <source>Planned, in %n days</source>
        <translation>
            <numerusform>مخطط له، بعد %n يوم</numerusform>
            <numerusform>مخطط له، بعد %n يوم</numerusform>
            <numerusform>مخطط له، بعد %n يوم</numerusform>
            <numerusform>مخطط له، بعد %n أيام</numerusform>
            <numerusform>مخطط له، بعد %n يومًا</numerusform>
            <numerusform>مخطط له، بعد %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Done ({check})</source>
        <translation>تم ({check})</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n سؤال</numerusform>
            <numerusform>%n سؤال</numerusform>
            <numerusform>%n سؤال</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{specialty}, {when}</source>
        <translation>{specialty}، {when}</translation>
    </message>
    <message>
        <source>With: {text}</source>
        <translation>مع: {text}</translation>
    </message>
    <message>
        <source>Place: {text}</source>
        <translation>المكان: {text}</translation>
    </message>
    <message>
        <source>Purpose: {text}</source>
        <translation>الغرض: {text}</translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation>النتيجة: {text}</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>أسئلة للطرح:</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message numerus="yes">
        <source>Was it done? (%n)</source>
        <translation>
            <numerusform>هل تم؟ (%n)</numerusform>
            <numerusform>هل تم؟ (%n)</numerusform>
            <numerusform>هل تم؟ (%n)</numerusform>
            <numerusform>هل تم؟ (%n)</numerusform>
            <numerusform>هل تم؟ (%n)</numerusform>
            <numerusform>هل تم؟ (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
            <numerusform>القادمة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History, newest first (%n)</source>
        <translation>
            <numerusform>السابقة، الأحدث أولًا (%n)</numerusform>
            <numerusform>السابقة، الأحدث أولًا (%n)</numerusform>
            <numerusform>السابقة، الأحدث أولًا (%n)</numerusform>
            <numerusform>السابقة، الأحدث أولًا (%n)</numerusform>
            <numerusform>السابقة، الأحدث أولًا (%n)</numerusform>
            <numerusform>السابقة، الأحدث أولًا (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>it was deleted meanwhile</source>
        <extracomment>Extra height of each list row, so a row is an easy target. A page shown again after this long reads the appointments again (&quot;tomorrow&quot; moves on).</extracomment>
        <translation>حُذف في هذه الأثناء</translation>
    </message>
    <message>
        <source>Appointments</source>
        <extracomment>What Undo (the bar&apos;s button, Ctrl+Z) takes back, the most recent last: the appointment&apos;s id and what puts it back. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation>إ&amp;ضافة موعد…</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>إضافة موعد</translation>
    </message>
    <message>
        <source>Add an appointment (Ctrl+N)</source>
        <translation>إضافة موعد (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;xport a visit summary…</source>
        <translation>تص&amp;دير ملخص زيارة…</translation>
    </message>
    <message>
        <source>Export a visit summary (PDF) to take to an appointment</source>
        <translation>تصدير ملخص زيارة (PDF) لأخذه إلى الموعد</translation>
    </message>
    <message>
        <source>A PDF for the clinician, to save or print (Ctrl+P)</source>
        <translation>ملف PDF للطبيب، لحفظه أو طباعته (Ctrl+P)</translation>
    </message>
    <message>
        <source>Done, cancelled and missed appointments will be listed here, newest first, with what came of each.</source>
        <translation>ستظهر هنا المواعيد المنجزة والملغاة والفائتة، الأحدث أولًا، مع ما نتج عن كل منها.</translation>
    </message>
    <message>
        <source>Yes, mark done…</source>
        <translation>نعم، علّمه «تم»…</translation>
    </message>
    <message>
        <source>Yes, it was done: mark it done</source>
        <translation>نعم، تم: علّمه «تم»</translation>
    </message>
    <message>
        <source>It was missed</source>
        <translation>فات الموعد</translation>
    </message>
    <message>
        <source>No, it was missed: mark it missed</source>
        <translation>لا، فات: علّمه «فائت»</translation>
    </message>
    <message>
        <source>It was cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>It was cancelled: mark it cancelled</source>
        <translation>أُلغي: علّمه «أُلغي»</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>الموعد القادم</translation>
    </message>
    <message>
        <source>Edit or add questions…</source>
        <translation>تعديل الأسئلة أو إضافتها…</translation>
    </message>
    <message>
        <source>Edit the next appointment</source>
        <translation>تعديل الموعد القادم</translation>
    </message>
    <message>
        <source>Visit summary for this appointment…</source>
        <translation>ملخص زيارة لهذا الموعد…</translation>
    </message>
    <message>
        <source>Export a visit summary for the next appointment</source>
        <translation>تصدير ملخص زيارة للموعد القادم</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>أسئلة للطرح</translation>
    </message>
    <message>
        <source>Past ones to close, then coming up, then the history, newest first. Enter edits, Delete deletes.</source>
        <translation>السابقة التي تحتاج إغلاقًا، ثم القادمة، ثم السجل، الأحدث أولًا. Enter للتعديل، Delete للحذف.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the chosen appointment</source>
        <translation>تعديل الموعد المختار</translation>
    </message>
    <message>
        <source>Edit the chosen appointment (Enter or double-click)</source>
        <translation>تعديل الموعد المختار (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>تعليمه «ت&amp;م»…</translation>
    </message>
    <message>
        <source>Mark the chosen appointment done</source>
        <translation>تعليم الموعد المختار «تم»</translation>
    </message>
    <message>
        <source>Mark ca&amp;ncelled</source>
        <translation>تعليمه «أُ&amp;لغي»</translation>
    </message>
    <message>
        <source>Mark the chosen appointment cancelled</source>
        <translation>تعليم الموعد المختار «أُلغي»</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>تعليمه «&amp;فائت»</translation>
    </message>
    <message>
        <source>Mark the chosen appointment missed</source>
        <translation>تعليم الموعد المختار «فائت»</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the chosen appointment</source>
        <translation>حذف الموعد المختار</translation>
    </message>
    <message>
        <source>Delete the chosen appointment (Delete key); Undo brings it back</source>
        <translation>حذف الموعد المختار (مفتاح Delete)؛ «تراجع» يعيده</translation>
    </message>
    <message>
        <source>{name}&apos;s appointments</source>
        <translation>مواعيد {name}</translation>
    </message>
    <message>
        <source>{specialty}, {when}</source>
        <translation>{specialty}، {when}</translation>
    </message>
    <message>
        <source>Was this appointment done? {appointment}.</source>
        <translation>هل تم هذا الموعد؟ {appointment}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to close under “Was it done?” below.</source>
        <translation>
            <numerusform>يبقى للإغلاق %n موعد آخر تحت «هل تم؟» أدناه.</numerusform>
            <numerusform>يبقى للإغلاق %n موعد آخر تحت «هل تم؟» أدناه.</numerusform>
            <numerusform>يبقى للإغلاق %n موعد آخر تحت «هل تم؟» أدناه.</numerusform>
            <numerusform>يبقى للإغلاق %n مواعيد أخرى تحت «هل تم؟» أدناه.</numerusform>
            <numerusform>يبقى للإغلاق %n موعدًا آخر تحت «هل تم؟» أدناه.</numerusform>
            <numerusform>يبقى للإغلاق %n موعد آخر تحت «هل تم؟» أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment planned</source>
        <translation>لا يوجد موعد مخطط له</translation>
    </message>
    <message>
        <source>When the next visit is booked, add it with “Add appointment” (Ctrl+N) and write down the questions you want to ask.</source>
        <translation>عند حجز الزيارة القادمة، أضفها بزر «إضافة موعد» (Ctrl+N) واكتب الأسئلة التي تريد طرحها.</translation>
    </message>
    <message>
        <source>Choose a child at the top to see their appointments.</source>
        <translation>اختر طفلًا في الأعلى لرؤية مواعيده.</translation>
    </message>
    <message>
        <source>With {value}</source>
        <translation>مع {value}</translation>
    </message>
    <message>
        <source>At {value}</source>
        <translation>في {value}</translation>
    </message>
    <message>
        <source>For: {value}</source>
        <translation>الغرض: {value}</translation>
    </message>
    <message>
        <source>Routine check: {check}</source>
        <translation>فحص دوري: {check}</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>None written down yet. Add the ones you want to ask with the button.</source>
        <translation>لم تُكتب أسئلة بعد. أضف ما تريد طرحه بالزر.</translation>
    </message>
    <message>
        <source>Next appointment: {appointment}</source>
        <translation>الموعد القادم: {appointment}</translation>
    </message>
    <message numerus="yes">
        <source>{when} (in %n days)</source>
        <translation>
            <numerusform>{when} (بعد %n يوم)</numerusform>
            <numerusform>{when} (بعد %n يوم)</numerusform>
            <numerusform>{when} (بعد %n يوم)</numerusform>
            <numerusform>{when} (بعد %n أيام)</numerusform>
            <numerusform>{when} (بعد %n يومًا)</numerusform>
            <numerusform>{when} (بعد %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not happened yet.</source>
        <translation>لم يحن موعده بعد.</translation>
    </message>
    <message>
        <source>Mark it done, with what came of it</source>
        <translation>علّمه «تم»، مع ما نتج عنه</translation>
    </message>
    <message>
        <source>Saved: {appointment}.</source>
        <translation>حُفظ: {appointment}.</translation>
    </message>
    <message>
        <source>Marked done: {appointment}.</source>
        <translation>عُلِّم «تم»: {appointment}.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>لم يتغيّر: {reason}.</translation>
    </message>
    <message>
        <source>Marked missed: {appointment}.</source>
        <translation>عُلِّم «فائت»: {appointment}.</translation>
    </message>
    <message>
        <source>Marked cancelled: {appointment}.</source>
        <translation>عُلِّم «أُلغي»: {appointment}.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}. Try again in a moment.</source>
        <translation>لم يُحذف: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Deleted: {appointment}.</source>
        <translation>حُذف: {appointment}.</translation>
    </message>
    <message>
        <source>Not undone: {reason}. Try Undo again in a moment.</source>
        <translation>لم يتم التراجع: {reason}. جرّب «تراجع» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Undone: {appointment} is back as it was.</source>
        <translation>تم التراجع: عاد {appointment} كما كان.</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Backup made ({entries}), in {folder}.</source>
        <extracomment>What to show: where the backup went and what it holds, or why none was made. Something went wrong (no backup, or its extra copy failed): show it as a problem. The backup made, or None when none was.</extracomment>
        <translation>أُنشئت نسخة احتياطية ({entries})، في {folder}.</translation>
    </message>
    <message>
        <source>A copy is also in {folder}.</source>
        <translation>توجد نسخة أيضًا في {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>Today&apos;s backup was not made. {reason}</source>
        <extracomment>A daily backup was made (its BackupInfo). What went wrong, in a sentence for the status bar.</extracomment>
        <translation>لم تُنشأ نسخة اليوم الاحتياطية. {reason}</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Daily backup</source>
        <translation>نسخة احتياطية يومية</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>أنشأتها أنت</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>قبل تحديث</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Last good one before the damage</source>
        <translation>آخر نسخة سليمة قبل التلف</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln إدخال</numerusform>
            <numerusform>%Ln إدخال</numerusform>
            <numerusform>%Ln إدخال</numerusform>
            <numerusform>%Ln إدخالات</numerusform>
            <numerusform>%Ln إدخالًا</numerusform>
            <numerusform>%Ln إدخال</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>لا يمكن قراءتها</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>اليوم، {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>أمس، {time}</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{child}: {specialty}</source>
        <extracomment>Appointments are kept without an end; calendars get this length.</extracomment>
        <translation>{child}: {specialty}</translation>
    </message>
    <message>
        <source>{child}: {check} due</source>
        <translation>{child}: موعد {check}</translation>
    </message>
    <message>
        <source>Every {interval} (a suggestion only: confirm this interval with your care team).</source>
        <translation>كل {interval} (اقتراح فقط: تأكّد من هذه المدة مع فريق الرعاية).</translation>
    </message>
    <message>
        <source>Every {interval}, as set by {who} on {date}.</source>
        <translation>كل {interval}، كما حدّدها {who} في {date}.</translation>
    </message>
    <message>
        <source>Last done: {date}.</source>
        <translation>آخر مرة: {date}.</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>أسئلة للطرح:</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>النتيجة: {outcome}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} يوم</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} شهر</translation>
    </message>
</context>
<context>
    <name>CallNumbers</name>
    <message>
        <source>Numbers to call</source>
        <translation>أرقام للاتصال</translation>
    </message>
    <message>
        <source>Call {who}: {phone}. Press to copy the number and show it large.</source>
        <translation>اتصل بـ{who}: {phone}. اضغط لنسخ الرقم وعرضه بخط كبير.</translation>
    </message>
    <message>
        <source>Copy {phone} and show it large</source>
        <translation>نسخ {phone} وعرضه بخط كبير</translation>
    </message>
    <message>
        <source>Press a number to copy it and see it large.</source>
        <translation>اضغط على رقم لنسخه ورؤيته بخط كبير.</translation>
    </message>
    <message>
        <source>Press the number to copy it and see it large. Add the care team&apos;s phone numbers on the Family &amp; care team page to have them here too.</source>
        <translation>اضغط على الرقم لنسخه ورؤيته بخط كبير. أضف أرقام هواتف فريق الرعاية في صفحة «العائلة وفريق الرعاية» لتظهر هنا أيضًا.</translation>
    </message>
    <message>
        <source>{role} ({name})</source>
        <translation>{role} ({name})</translation>
    </message>
    <message>
        <source>{who}: {phone}</source>
        <translation>‏{who}: {phone}</translation>
    </message>
    <message>
        <source>Copied. Dial it on your phone.</source>
        <translation>نُسخ. اطلبه من هاتفك.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <source>No check recorded yet</source>
        <translation>لم يُسجَّل أي فحص بعد</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>في موعده</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>يحين قريبًا</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>فات موعده</translation>
    </message>
    <message>
        <source>Suggestion only: confirm this interval with your care team.</source>
        <translation>اقتراح فقط: تأكّد من هذه المدة مع فريق الرعاية.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The order the panel lists checks in: what needs doing first. How often the statuses are read again while shown (a window left open past midnight).</extracomment>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Was due {date}</source>
        <translation>كان موعده {date}</translation>
    </message>
    <message>
        <source>{due}, booked for {date}</source>
        <translation>{due}، محجوز في {date}</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <source>Checks for {name}</source>
        <extracomment>Where the list puts &quot;a check of your own&quot; being added (no key yet). The check shown on the right (NEW_CHECK while adding one).</extracomment>
        <translation>فحوص {name}</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>&amp;Add your own check…</source>
        <translation>إ&amp;ضافة فحص خاص بك…</translation>
    </message>
    <message>
        <source>Add a check of your own</source>
        <translation>إضافة فحص خاص بك</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close the checks</source>
        <translation>إغلاق الفحوص</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>e.g. Kidney ultrasound</source>
        <translation>مثل: تصوير الكلى بالموجات فوق الصوتية</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>اسم الفحص</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>كل كم</translation>
    </message>
    <message>
        <source>Days or months</source>
        <translation>أيام أو أشهر</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;كل</translation>
    </message>
    <message>
        <source>e.g. Dr. Ruiz, ophthalmologist</source>
        <translation>مثل: د. رويز، طبيب العيون</translation>
    </message>
    <message>
        <source>Set &amp;by</source>
        <translation>حدّد&amp;ها</translation>
    </message>
    <message>
        <source>Who on the care team set it</source>
        <translation>من حدّدها من فريق الرعاية</translation>
    </message>
    <message>
        <source>Due soon, &amp;days before</source>
        <translation>يحين قريبًا، قبل بـ&amp;أيام</translation>
    </message>
    <message>
        <source>How many days before it is due it counts as due soon</source>
        <translation>كم يومًا قبل موعده يُعدّ «يحين قريبًا»</translation>
    </message>
    <message>
        <source>&amp;Save interval</source>
        <translation>ح&amp;فظ المدة</translation>
    </message>
    <message>
        <source>Save the interval</source>
        <translation>حفظ المدة</translation>
    </message>
    <message>
        <source>Delete this check</source>
        <translation>حذف هذا الفحص</translation>
    </message>
    <message>
        <source>Delete this check of your own</source>
        <translation>حذف هذا الفحص الخاص بك</translation>
    </message>
    <message>
        <source>A check done outside the app&apos;s appointments</source>
        <translation>فحص أُجري خارج مواعيد التطبيق</translation>
    </message>
    <message>
        <source>Day the check was done</source>
        <translation>يوم إجراء الفحص</translation>
    </message>
    <message>
        <source>D&amp;one on</source>
        <translation>أُ&amp;جري في</translation>
    </message>
    <message>
        <source>Result notes</source>
        <translation>ملاحظات النتيجة</translation>
    </message>
    <message>
        <source>What the result was (optional)</source>
        <translation>ما كانت النتيجة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>&amp;Record check done</source>
        <translation>&amp;تسجيل الفحص كمُنجز</translation>
    </message>
    <message>
        <source>Record this check as done</source>
        <translation>تسجيل هذا الفحص كمُنجز</translation>
    </message>
    <message>
        <source>Checks recorded by hand</source>
        <translation>فحوص مسجّلة يدويًا</translation>
    </message>
    <message>
        <source>Delete recorded check</source>
        <translation>حذف الفحص المسجَّل</translation>
    </message>
    <message>
        <source>Delete the recorded check chosen above</source>
        <translation>حذف الفحص المسجَّل المختار أعلاه</translation>
    </message>
    <message>
        <source>{check} — {status}</source>
        <translation>{check} — {status}</translation>
    </message>
    <message>
        <source>{status}. Last done: {last}. Next due: {next}.</source>
        <translation>{status}. آخر مرة: {last}. الموعد التالي: {next}.</translation>
    </message>
    <message>
        <source>Blank: {days}, as set in Settings</source>
        <translation>فارغ: {days}، كما في الإعدادات</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Set by {who}.</source>
        <translation>حدّدها {who}.</translation>
    </message>
    <message>
        <source>Set by {who} on {date}.</source>
        <translation>حدّدها {who} في {date}.</translation>
    </message>
    <message>
        <source>{date}: {notes}</source>
        <translation>{date}: {notes}</translation>
    </message>
    <message>
        <source>This check was deleted meanwhile, so nothing was changed.</source>
        <translation>حُذف هذا الفحص في هذه الأثناء، فلم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Not saved ({reason}). What you typed is still here; try again.</source>
        <translation>لم يُحفظ ({reason}). ما كتبته ما زال هنا؛ حاول مجددًا.</translation>
    </message>
    <message>
        <source>A check of your own</source>
        <translation>فحص خاص بك</translation>
    </message>
    <message>
        <source>Name it, and say how often the care team wants it and who said so.</source>
        <translation>سمّه، واذكر كم مرة يريده فريق الرعاية ومن قال ذلك.</translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation>إ&amp;ضافة الفحص</translation>
    </message>
    <message>
        <source>Added: {check}.</source>
        <translation>أُضيف: {check}.</translation>
    </message>
    <message>
        <source>Saved: {check}, every {interval}.</source>
        <translation>حُفظ: {check}، كل {interval}.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: {check}.</source>
        <translation>حُذف: {check}.</translation>
    </message>
    <message>
        <source>Back: {check}.</source>
        <translation>عاد: {check}.</translation>
    </message>
    <message>
        <source>Recorded: {check} done on {date}.</source>
        <translation>سُجِّل: {check} أُجري في {date}.</translation>
    </message>
    <message>
        <source>Taken out: {check} done on {date}.</source>
        <translation>أُزيل: {check} أُجري في {date}.</translation>
    </message>
    <message>
        <source>Deleted the recorded check: {record}.</source>
        <translation>حُذف الفحص المسجَّل: {record}.</translation>
    </message>
    <message>
        <source>The recorded check is back.</source>
        <translation>عاد الفحص المسجَّل.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks</source>
        <extracomment>The list was read again (its height may have changed). The checks shown, in the list&apos;s order.</extracomment>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Chec&amp;ks…</source>
        <translation>ال&amp;فحوص…</translation>
    </message>
    <message>
        <source>Checks: intervals, record a check done, add your own</source>
        <translation>الفحوص: المُدد، وتسجيل فحص منجز، وإضافة فحوصك الخاصة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>آخر مرة</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>The checks could not be read: {reason}.</source>
        <extracomment>Reads the checks again now and then while the panel is shown.</extracomment>
        <translation>تعذّرت قراءة الفحوص: {reason}.</translation>
    </message>
    <message>
        <source>⚠ Overdue: {checks}</source>
        <translation>⚠ فات موعده: {checks}</translation>
    </message>
    <message>
        <source>{status}: {check}</source>
        <translation>{status}: {check}</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Add your child</source>
        <extracomment>The child as saved, once Save succeeded.</extracomment>
        <translation>أضف طفلك</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>تعديل بيانات الطفل</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>الجنس (اختياري)</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>لا شيء معروف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Anything the care team should know (optional)</source>
        <translation>أي شيء يجب أن يعرفه فريق الرعاية (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>اسم الطفل</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>تاريخ الم&amp;يلاد</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>ال&amp;تشخيص</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>ال&amp;حساسية</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the child&apos;s details</source>
        <translation>حفظ بيانات الطفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Only the name and birth date are needed. The diagnosis is filled in for you; change it if your child&apos;s report says something else.</source>
        <translation>لا يلزم إلا الاسم وتاريخ الميلاد. التشخيص مكتوب لك مسبقًا؛ غيّره إن كان تقرير طفلك يقول شيئًا آخر.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>لم يُحفظ: {reason}. جرّب «حفظ» مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Haematologist</source>
        <extracomment>Suggestions only: the role is free text, so any other role can be typed.</extracomment>
        <translation>طبيب أمراض الدم</translation>
    </message>
    <message>
        <source>Transplant team</source>
        <translation>فريق زراعة النخاع</translation>
    </message>
    <message>
        <source>Endocrinologist</source>
        <translation>طبيب الغدد الصماء</translation>
    </message>
    <message>
        <source>Eye doctor (ophthalmologist)</source>
        <translation>طبيب العيون</translation>
    </message>
    <message>
        <source>Ear, nose and throat (ENT)</source>
        <translation>طبيب الأنف والأذن والحنجرة</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>طبيب الأطفال</translation>
    </message>
    <message>
        <source>Family doctor</source>
        <translation>طبيب الأسرة</translation>
    </message>
    <message>
        <source>Specialist nurse</source>
        <translation>ممرض/ممرضة متخصصة</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>طبيب الأسنان</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>أخصائي العلاج الطبيعي</translation>
    </message>
    <message>
        <source>Emergency department</source>
        <translation>قسم الطوارئ</translation>
    </message>
    <message>
        <source>Add to the care team</source>
        <extracomment>The contact as saved, once Save succeeded.</extracomment>
        <translation>إضافة إلى فريق الرعاية</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>Pick or type a role</source>
        <translation>اختر الدور أو اكتبه</translation>
    </message>
    <message>
        <source>e.g. +34 912 345 678</source>
        <translation>مثل: ‎+966 11 234 5678</translation>
    </message>
    <message>
        <source>Hospital, clinic or town</source>
        <translation>المستشفى أو العيادة أو المدينة</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>البريد الإل&amp;كتروني</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>حفظ جهة الاتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>لم يُحفظ: {reason}. جرّب «حفظ» مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The diary file was damaged</source>
        <extracomment>The family&apos;s diary, opened, once they chose how to go on.</extracomment>
        <translation>ملف اليوميات تالف</translation>
    </message>
    <message>
        <source>The diary file could not be read; it was damaged, which can happen after a crash or when the disk is full. It has been set aside, untouched, at {moved_to}.</source>
        <translation>تعذّرت قراءة ملف اليوميات؛ فقد تلف، وهذا قد يحدث بعد توقف مفاجئ أو عند امتلاء القرص. نُقل جانبًا، دون أي تغيير، إلى {moved_to}.</translation>
    </message>
    <message>
        <source>Your newest good backup is from {date} ({entries}). Restoring it puts the diary back as it was then; anything written after that is not in it.</source>
        <translation>أحدث نسخة احتياطية سليمة لديك من {date} ({entries}). استعادتها تعيد اليوميات كما كانت حينها؛ وما كُتب بعد ذلك لن يكون فيها.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>Restore the backup from {date} ({entries})</source>
        <translation>استعادة النسخة الاحتياطية من {date} ({entries})</translation>
    </message>
    <message>
        <source>There is no good backup to put back: you can start again with an empty diary. The damaged file is kept where it is, in case someone can recover entries from it. If you have a backup somewhere else, such as a USB stick, you can put it back later in Settings, under Backups.</source>
        <translation>لا توجد نسخة احتياطية سليمة لاستعادتها: يمكنك البدء من جديد بيوميات فارغة. يبقى الملف التالف في مكانه، لعل أحدًا يستطيع استرجاع إدخالات منه. إن كانت لديك نسخة احتياطية في مكان آخر، مثل ذاكرة USB، فيمكنك استعادتها لاحقًا من الإعدادات، في قسم النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Start with an empty diary</source>
        <translation>البدء بيوميات فارغة</translation>
    </message>
    <message>
        <source>Start with an empty diary; the damaged file is kept</source>
        <translation>البدء بيوميات فارغة؛ يُحتفظ بالملف التالف</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>إغلاق التطبيق</translation>
    </message>
    <message>
        <source>Close the app without changing anything</source>
        <translation>إغلاق التطبيق دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file and your backups stay where they are.</source>
        <translation>مهما اخترت، يبقى الملف التالف ونسخك الاحتياطية في أماكنها.</translation>
    </message>
    <message>
        <source>Your diary could not be opened</source>
        <translation>تعذّر فتح يومياتك</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>YYYY-MM-DD، مثل 2024-03-15</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Pick {field} from a calendar</source>
        <translation>اختيار {field} من التقويم</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
</context>
<context>
    <name>Dental</name>
    <message>
        <source>Teeth brushed</source>
        <translation>تفريش الأسنان</translation>
    </message>
    <message>
        <source>Fluoride toothpaste used</source>
        <translation>استُخدم معجون أسنان بالفلورايد</translation>
    </message>
    <message>
        <source>Fluoride varnish</source>
        <translation>طلاء الفلورايد</translation>
    </message>
    <message>
        <source>Sealants</source>
        <translation>مانع التسوّس (السدّادات)</translation>
    </message>
    <message>
        <source>Professional cleaning</source>
        <translation>تنظيف عند طبيب الأسنان</translation>
    </message>
    <message>
        <source>Dental visit</source>
        <translation>زيارة طبيب الأسنان</translation>
    </message>
    <message>
        <source>Tooth pain</source>
        <translation>ألم في السن</translation>
    </message>
    <message>
        <source>Gum infection</source>
        <translation>التهاب في اللثة</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>تورّم</translation>
    </message>
    <message>
        <source>Loose tooth</source>
        <translation>سن متخلخلة</translation>
    </message>
    <message>
        <source>Dental procedure</source>
        <translation>إجراء في الأسنان</translation>
    </message>
    <message>
        <source>Tooth taken out (extraction)</source>
        <translation>خلع سن</translation>
    </message>
    <message>
        <source>Antibiotic cover given</source>
        <translation>أُعطي مضاد حيوي وقائي</translation>
    </message>
    <message>
        <source>No antibiotic cover</source>
        <translation>لم يُعطَ مضاد حيوي وقائي</translation>
    </message>
    <message>
        <source>Not known whether antibiotic cover was given</source>
        <translation>لا يُعرف إن أُعطي مضاد حيوي وقائي</translation>
    </message>
    <message>
        <source>Upper right central incisor</source>
        <translation>القاطعة الأمامية العليا اليمنى</translation>
    </message>
    <message>
        <source>Upper right lateral incisor</source>
        <translation>القاطعة الجانبية العليا اليمنى</translation>
    </message>
    <message>
        <source>Upper right canine</source>
        <translation>الناب العلوي الأيمن</translation>
    </message>
    <message>
        <source>Upper right first molar</source>
        <translation>الضرس الأول العلوي الأيمن</translation>
    </message>
    <message>
        <source>Upper right second molar</source>
        <translation>الضرس الثاني العلوي الأيمن</translation>
    </message>
    <message>
        <source>Upper left central incisor</source>
        <translation>القاطعة الأمامية العليا اليسرى</translation>
    </message>
    <message>
        <source>Upper left lateral incisor</source>
        <translation>القاطعة الجانبية العليا اليسرى</translation>
    </message>
    <message>
        <source>Upper left canine</source>
        <translation>الناب العلوي الأيسر</translation>
    </message>
    <message>
        <source>Upper left first molar</source>
        <translation>الضرس الأول العلوي الأيسر</translation>
    </message>
    <message>
        <source>Upper left second molar</source>
        <translation>الضرس الثاني العلوي الأيسر</translation>
    </message>
    <message>
        <source>Lower left central incisor</source>
        <translation>القاطعة الأمامية السفلى اليسرى</translation>
    </message>
    <message>
        <source>Lower left lateral incisor</source>
        <translation>القاطعة الجانبية السفلى اليسرى</translation>
    </message>
    <message>
        <source>Lower left canine</source>
        <translation>الناب السفلي الأيسر</translation>
    </message>
    <message>
        <source>Lower left first molar</source>
        <translation>الضرس الأول السفلي الأيسر</translation>
    </message>
    <message>
        <source>Lower left second molar</source>
        <translation>الضرس الثاني السفلي الأيسر</translation>
    </message>
    <message>
        <source>Lower right central incisor</source>
        <translation>القاطعة الأمامية السفلى اليمنى</translation>
    </message>
    <message>
        <source>Lower right lateral incisor</source>
        <translation>القاطعة الجانبية السفلى اليمنى</translation>
    </message>
    <message>
        <source>Lower right canine</source>
        <translation>الناب السفلي الأيمن</translation>
    </message>
    <message>
        <source>Lower right first molar</source>
        <translation>الضرس الأول السفلي الأيمن</translation>
    </message>
    <message>
        <source>Lower right second molar</source>
        <translation>الضرس الثاني السفلي الأيمن</translation>
    </message>
    <message>
        <source>In osteopetrosis, taking out a tooth carries a risk of a serious infection of the jaw bone (osteomyelitis). Make sure the dental team knows the diagnosis before any extraction. Contact them or the care team at once if there is jaw pain, swelling, fever, or a wound that does not heal.</source>
        <translation>في تحجّر العظام، يحمل خلع السن خطر التهاب شديد في عظم الفك (التهاب العظم والنقي). تأكّد أن فريق الأسنان يعرف التشخيص قبل أي خلع. اتصل بهم أو بفريق الرعاية فورًا إذا ظهر ألم في الفك، أو تورّم، أو حمى، أو جرح لا يلتئم.</translation>
    </message>
    <message>
        <source>Not expected yet</source>
        <translation>لم يحن ظهورها بعد</translation>
    </message>
    <message>
        <source>Usually comes through about now</source>
        <translation>تظهر عادة في هذا الوقت تقريبًا</translation>
    </message>
    <message>
        <source>Later than the usual range</source>
        <translation>متأخرة عن المدى المعتاد</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>ظهرت</translation>
    </message>
    <message>
        <source>Came through later than the usual range</source>
        <translation>ظهرت بعد المدى المعتاد</translation>
    </message>
    <message>
        <source>Professional care</source>
        <translation>العناية عند طبيب الأسنان</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Procedures and extractions</source>
        <translation>الإجراءات والخلع</translation>
    </message>
    <message>
        <source>{name} ({number})</source>
        <translation>{name} ({number})</translation>
    </message>
</context>
<context>
    <name>DentalEventDialog</name>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <extracomment>Which kinds need the antibiotic-cover answer (the validation says the same).</extracomment>
        <translation>لم يُحفظ: {reason}. جرّب «حفظ» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Add a dental record</source>
        <extracomment>The record was saved (its id); :attr:`save_result` holds it and its cautions. What Save stored, once it succeeded.</extracomment>
        <translation>إضافة سجل أسنان</translation>
    </message>
    <message>
        <source>Edit dental record</source>
        <translation>تعديل سجل الأسنان</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the dental record</source>
        <translation>حفظ سجل الأسنان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation>اختر ما حدث</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;ماذا</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Not about one tooth</source>
        <translation>لا يخص سنًّا واحدة</translation>
    </message>
    <message>
        <source>Pick a baby tooth or type its number, e.g. 64</source>
        <translation>اختر سنًّا لبنية أو اكتب رقمها، مثل 64</translation>
    </message>
    <message>
        <source>FDI tooth numbers: baby teeth 51–55, 61–65, 71–75, 81–85; adult teeth 11–48 can be typed</source>
        <translation>أرقام الأسنان حسب FDI: الأسنان اللبنية 51–55، 61–65، 71–75، 81–85؛ ويمكن كتابة الأسنان الدائمة 11–48</translation>
    </message>
    <message>
        <source>&amp;Tooth</source>
        <translation>ال&amp;سن</translation>
    </message>
    <message>
        <source>Tooth</source>
        <translation>السن</translation>
    </message>
    <message>
        <source>Antibiotic cover</source>
        <translation>مضاد حيوي وقائي</translation>
    </message>
    <message>
        <source>Not linked to an appointment</source>
        <translation>غير مرتبط بموعد</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>الم&amp;وعد</translation>
    </message>
    <message>
        <source>The appointment this visit was</source>
        <translation>الموعد الذي كانت فيه هذه الزيارة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>What was done or noticed (optional)</source>
        <translation>ما الذي عُمل أو لوحظ (اختياري)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}، {time}</translation>
    </message>
    <message>
        <source>{when}: {who}</source>
        <translation>{when}: {who}</translation>
    </message>
    <message>
        <source>An appointment no longer in the list</source>
        <translation>موعد لم يعد في القائمة</translation>
    </message>
    <message>
        <source>Important: tell the dental team</source>
        <translation>مهم: أخبر فريق الأسنان</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>حُفظ: {what}.</translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <source>time not recorded</source>
        <extracomment>The entry id (str) of an entry row; None on a day row. The local calendar day (datetime.date) of a day row or an entry row. True on day rows. The day&apos;s summary text (&quot;3 entries&quot;, &quot;Nothing unusual&quot;) on a day row. The day&apos;s date as shown (&quot;Saturday, 21 November 2026&quot;, with &quot;Today&quot; or &quot;Yesterday&quot;).</extracomment>
        <translation>الوقت غير مسجَّل</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>اليوم، {date}</translation>
    </message>
    <message>
        <source>Yesterday, {date}</source>
        <translation>أمس، {date}</translation>
    </message>
    <message>
        <source>Nothing unusual</source>
        <translation>لا شيء غير عادي</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n إدخال</numerusform>
            <numerusform>%n إدخال</numerusform>
            <numerusform>%n إدخال</numerusform>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخالًا</numerusform>
            <numerusform>%n إدخال</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} — {summary}</source>
        <translation>{day} — {summary}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>العَرَض</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>سجّله</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <extracomment>How long typing in the search box waits before the diary is filtered again. Extra height of each diary row, so a row is an easy target.</extracomment>
        <translation>اليوميات</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>كم إدخالًا معروضًا</translation>
    </message>
    <message>
        <source>Words in the notes, e.g. nosebleed</source>
        <translation>كلمات في الملاحظات، مثل: نزيف من الأنف</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>البحث في الملاحظات</translation>
    </message>
    <message>
        <source>Search in notes (Ctrl+F)</source>
        <translation>البحث في الملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find in notes:</source>
        <translation>ا&amp;بحث في الملاحظات:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>م&amp;سح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
        <source>Show which symptom</source>
        <translation>أي عَرَض يُعرض</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>كل الأعراض</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>ال&amp;عَرَض:</translation>
    </message>
    <message>
        <source>Show which period</source>
        <translation>أي فترة تُعرض</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>آخر سنة</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>إدخالات اليوميات</translation>
    </message>
    <message>
        <source>Days, newest first, each with its entries. Enter edits, Delete deletes.</source>
        <translation>الأيام، الأحدث أولًا، وفي كل يوم إدخالاته. Enter للتعديل، Delete للحذف.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear all filters and show every entry</source>
        <translation>مسح كل عوامل التصفية وعرض كل الإدخالات</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;تعديل الإدخال…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>تعديل الإدخال المحدد</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation>تعديل الإدخال المحدد (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;حذف الإدخال</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>حذف الإدخال المحدد</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key); Undo brings it back</source>
        <translation>حذف الإدخال المحدد (مفتاح Delete)؛ «تراجع» يعيده</translation>
    </message>
    <message>
        <source>Click an entry to edit or delete it. Keys: Ctrl+F search, Enter edit, Delete delete, Ctrl+Z undo a delete</source>
        <translation>انقر على إدخال لتعديله أو حذفه. المفاتيح: Ctrl+F للبحث، Enter للتعديل، Delete للحذف، Ctrl+Z للتراجع عن الحذف</translation>
    </message>
    <message>
        <source>{name}&apos;s diary</source>
        <translation>يوميات {name}</translation>
    </message>
    <message>
        <source>No child chosen</source>
        <translation>لم يُختر طفل</translation>
    </message>
    <message>
        <source>Choose a child at the top to see their diary.</source>
        <translation>اختر طفلًا في الأعلى لرؤية يومياته.</translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation>لا توجد إدخالات تطابق عوامل التصفية هذه</translation>
    </message>
    <message>
        <source>Try another symptom, a longer period or other words.</source>
        <translation>جرّب عرضًا آخر، أو فترة أطول، أو كلمات أخرى.</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>لم يُسجَّل شيء بعد</translation>
    </message>
    <message>
        <source>What you log on the Today page shows here, day by day, newest first.</source>
        <translation>ما تسجّله في صفحة «اليوم» يظهر هنا، يومًا بيوم، الأحدث أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match these filters</source>
        <translation>
            <numerusform>%Ln إدخال مطابق لعوامل التصفية هذه</numerusform>
            <numerusform>%Ln إدخال مطابق لعوامل التصفية هذه</numerusform>
            <numerusform>%Ln إدخال مطابق لعوامل التصفية هذه</numerusform>
            <numerusform>%Ln إدخالات مطابقة لعوامل التصفية هذه</numerusform>
            <numerusform>%Ln إدخالًا مطابقًا لعوامل التصفية هذه</numerusform>
            <numerusform>%Ln إدخال مطابق لعوامل التصفية هذه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the diary</source>
        <translation>
            <numerusform>%Ln إدخال في اليوميات</numerusform>
            <numerusform>%Ln إدخال في اليوميات</numerusform>
            <numerusform>%Ln إدخال في اليوميات</numerusform>
            <numerusform>%Ln إدخالات في اليوميات</numerusform>
            <numerusform>%Ln إدخالًا في اليوميات</numerusform>
            <numerusform>%Ln إدخال في اليوميات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with nothing unusual</source>
        <translation>
            <numerusform>%Ln يوم بلا شيء غير عادي</numerusform>
            <numerusform>%Ln يوم بلا شيء غير عادي</numerusform>
            <numerusform>%Ln يوم بلا شيء غير عادي</numerusform>
            <numerusform>%Ln أيام بلا شيء غير عادي</numerusform>
            <numerusform>%Ln يومًا بلا شيء غير عادي</numerusform>
            <numerusform>%Ln يوم بلا شيء غير عادي</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries}, and {days}</source>
        <translation>{entries}، و{days}</translation>
    </message>
    <message>
        <source>Not deleted: {reason}. Try again in a moment.</source>
        <translation>لم يُحذف: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Entry deleted: {entry}.</source>
        <translation>حُذف الإدخال: {entry}.</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}، {time}</translation>
    </message>
    <message>
        <source>{symptom} ({severity}), {when}</source>
        <translation>{symptom} ({severity})، {when}</translation>
    </message>
    <message>
        <source>Not restored: {reason}. Try Undo again in a moment.</source>
        <translation>لم يُستعد: {reason}. جرّب «تراجع» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>استُعيد الإدخال.</translation>
    </message>
</context>
<context>
    <name>DoseCard</name>
    <message>
        <source>{time}  {name} {dose}</source>
        <extracomment>How often the states (&quot;not yet&quot;, &quot;due now&quot;, &quot;overdue&quot;) are brought up to date.</extracomment>
        <translation>‏{time}  {name} {dose}</translation>
    </message>
    <message>
        <source>{time}  {name}</source>
        <translation>‏{time}  {name}</translation>
    </message>
    <message>
        <source>{mark} {state}</source>
        <translation>{mark} {state}</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>Given now: {name}, the {time} dose</source>
        <translation>أُعطيت الآن: {name}، جرعة {time}</translation>
    </message>
    <message>
        <source>Record it as given now, by you</source>
        <translation>سجّلها كمُعطاة الآن، بواسطتك</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>تخطٍّ…</translation>
    </message>
    <message>
        <source>Skip {name}, the {time} dose, and say why</source>
        <translation>تخطّي {name}، جرعة {time}، مع ذكر السبب</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Change what was recorded for {name}, the {time} dose</source>
        <translation>تغيير ما سُجّل لـ{name}، جرعة {time}</translation>
    </message>
    <message>
        <source>{time} {name}: {state}</source>
        <translation>‏{time} {name}: {state}</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <source>Change a dose of {name}</source>
        <extracomment>The dose as saved, once Save succeeded.</extracomment>
        <translation>تغيير جرعة من {name}</translation>
    </message>
    <message>
        <source>Skip a dose of {name}</source>
        <translation>تخطّي جرعة من {name}</translation>
    </message>
    <message>
        <source>Record a dose of {name}</source>
        <translation>تسجيل جرعة من {name}</translation>
    </message>
    <message>
        <source>Save this dose</source>
        <translation>حفظ هذه الجرعة</translation>
    </message>
    <message>
        <source>Day of the scheduled dose</source>
        <translation>يوم الجرعة المقررة</translation>
    </message>
    <message>
        <source>Time of the scheduled dose</source>
        <translation>وقت الجرعة المقررة</translation>
    </message>
    <message>
        <source>&amp;Which dose</source>
        <translation>&amp;أي جرعة</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Day given</source>
        <translation>يوم الإعطاء</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>وقت الإعطاء</translation>
    </message>
    <message>
        <source>&amp;Given at</source>
        <translation>أُعطيت &amp;في</translation>
    </message>
    <message>
        <source>On time or late</source>
        <translation>في الوقت أو متأخرة</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>من أعطاها</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>أ&amp;عطاها</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>أعطاها</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>أي شيء آخر (اختياري)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>Wh&amp;y skipped?</source>
        <translation>ل&amp;ماذا تُخطّيت؟</translation>
    </message>
    <message>
        <source>e.g. vomited just before, asleep, ran out</source>
        <translation>مثل: تقيّأ قبلها مباشرة، نائم، نفد الدواء</translation>
    </message>
    <message>
        <source>Wh&amp;y given?</source>
        <translation>ل&amp;ماذا أُعطيت؟</translation>
    </message>
    <message>
        <source>e.g. pain after the dental visit</source>
        <translation>مثل: ألم بعد زيارة طبيب الأسنان</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>This counts as given late: more than {minutes} minutes after {time}.</source>
        <translation>تُعدّ هذه الجرعة متأخرة: أكثر من {minutes} دقيقة بعد {time}.</translation>
    </message>
    <message>
        <source>This counts as given early: more than {minutes} minutes before {time}.</source>
        <translation>تُعدّ هذه الجرعة مبكرة: أكثر من {minutes} دقيقة قبل {time}.</translation>
    </message>
    <message>
        <source>This counts as on time (within {minutes} minutes of {time}).</source>
        <translation>تُعدّ هذه الجرعة في وقتها (خلال {minutes} دقيقة من {time}).</translation>
    </message>
</context>
<context>
    <name>DueDosesPanel</name>
    <message>
        <source>Today&apos;s doses could not be read: {reason}.</source>
        <extracomment>The cards were built again (their number or size may have changed). The cards shown, in time order.</extracomment>
        <translation>تعذّرت قراءة جرعات اليوم: {reason}.</translation>
    </message>
    <message>
        <source>No doses planned for today.</source>
        <translation>لا جرعات مقررة لليوم.</translation>
    </message>
    <message>
        <source>Saved the change: {what}.</source>
        <translation>حُفظ التغيير: {what}.</translation>
    </message>
    <message>
        <source>{name}, the {time} dose: {state}</source>
        <translation>‏{name}، جرعة {time}: {state}</translation>
    </message>
    <message>
        <source>Recorded: {what}.</source>
        <translation>سُجّل: {what}.</translation>
    </message>
    <message>
        <source>Not undone: {reason}. Try Undo again in a moment.</source>
        <translation>لم يتم التراجع: {reason}. جرّب «تراجع» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Taken out of the log: {name}, the {time} dose.</source>
        <translation>أُزيلت من السجل: {name}، جرعة {time}.</translation>
    </message>
    <message>
        <source>Not recorded: {reason}.</source>
        <translation>لم يُسجَّل: {reason}.</translation>
    </message>
</context>
<context>
    <name>EmergencyInfo</name>
    <message>
        <source>Stem-cell (bone marrow) transplant is not effective for the TNFSF11 (RANKL) form: the defect is in the bone&apos;s environment, not in the blood-forming cells.</source>
        <extracomment>Each text&apos;s limit: the form is meant to be read in a minute, and printed on one page.</extracomment>
        <translation>زراعة الخلايا الجذعية (نخاع العظم) لا تفيد في نوع TNFSF11 (RANKL): فالخلل في بيئة العظم، لا في الخلايا التي تصنع الدم.</translation>
    </message>
    <message>
        <source>Fragile bones: dense but brittle, they can break after a minor knock. Handle, lift and position gently.</source>
        <extracomment>Notes for emergency staff that the clinical notes give for this condition, one per line.</extracomment>
        <translation>عظام هشة: كثيفة لكنها سريعة الكسر، وقد تنكسر بعد صدمة خفيفة. تعامل مع الطفل وارفعه وضعه برفق.</translation>
    </message>
    <message>
        <source>Low calcium can cause seizures, muscle twitching or cramps in this condition.</source>
        <translation>نقص الكالسيوم قد يسبب في هذه الحالة نوبات تشنج أو ارتعاشًا في العضلات أو تقلّصات.</translation>
    </message>
    <message>
        <source>If a transfusion is needed, use irradiated blood products.</source>
        <translation>إذا لزم نقل دم، فاستخدموا منتجات دم مشععة.</translation>
    </message>
    <message>
        <source>Thick skull bones can raise the pressure in the head: vomiting, a severe headache or unusual sleepiness can be signs of it.</source>
        <translation>عظام الجمجمة السميكة قد ترفع الضغط داخل الرأس: القيء أو الصداع الشديد أو النعاس غير المعتاد قد تكون علامات على ذلك.</translation>
    </message>
    <message>
        <source>Tooth extractions that are not essential: the jaw bone can become infected (osteomyelitis). If one is needed, the dental team must know the diagnosis first.</source>
        <translation>خلع الأسنان غير الضروري: قد يلتهب عظم الفك (التهاب العظم والنقي). إذا لزم الخلع، يجب أن يعرف فريق الأسنان التشخيص أولًا.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <extracomment>The field names, in the form&apos;s order (also the names problems carry).</extracomment>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Vision (usual)</source>
        <translation>النظر (المعتاد)</translation>
    </message>
    <message>
        <source>Hearing (usual)</source>
        <translation>السمع (المعتاد)</translation>
    </message>
    <message>
        <source>Neurological status (usual)</source>
        <translation>الحالة العصبية (المعتادة)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>Past operations and procedures</source>
        <translation>العمليات والإجراءات السابقة</translation>
    </message>
    <message>
        <source>Procedures to avoid</source>
        <translation>إجراءات يجب تجنّبها</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>التطعيمات</translation>
    </message>
    <message>
        <source>Notes for emergency staff</source>
        <translation>ملاحظات لطاقم الطوارئ</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>آخر مراجعة</translation>
    </message>
</context>
<context>
    <name>EmergencyInfoDialog</name>
    <message>
        <source>&amp;Diagnosis</source>
        <extracomment>Each field&apos;s label with its mnemonic, and its height in lines, in the form&apos;s order.</extracomment>
        <translation>ال&amp;تشخيص</translation>
    </message>
    <message>
        <source>&amp;Vision (usual)</source>
        <translation>ال&amp;نظر (المعتاد)</translation>
    </message>
    <message>
        <source>&amp;Hearing (usual)</source>
        <translation>ال&amp;سمع (المعتاد)</translation>
    </message>
    <message>
        <source>Ne&amp;urological status (usual)</source>
        <translation>الحالة ال&amp;عصبية (المعتادة)</translation>
    </message>
    <message>
        <source>A&amp;llergies</source>
        <translation>ال&amp;حساسية</translation>
    </message>
    <message>
        <source>&amp;Past operations and procedures</source>
        <translation>العمليات والإ&amp;جراءات السابقة</translation>
    </message>
    <message>
        <source>Procedures to a&amp;void</source>
        <translation>إجراءات يجب تجنّ&amp;بها</translation>
    </message>
    <message>
        <source>&amp;Immunizations</source>
        <translation>الت&amp;طعيمات</translation>
    </message>
    <message>
        <source>Notes for emergency s&amp;taff</source>
        <translation>ملاحظات لطا&amp;قم الطوارئ</translation>
    </message>
    <message>
        <source>Emergency information for {name}</source>
        <extracomment>The information as saved, once Save succeeded.</extracomment>
        <translation>معلومات الطوارئ لـ{name}</translation>
    </message>
    <message>
        <source>The same as in {name}&apos;s profile: a change here changes it there.</source>
        <translation>مثلها في ملف {name}: أي تغيير هنا يغيّرها هناك.</translation>
    </message>
    <message>
        <source>Last &amp;reviewed</source>
        <translation>آخر م&amp;راجعة</translation>
    </message>
    <message>
        <source>What emergency staff who have never heard of the condition need to know, after the AAP/ACEP Emergency Information Form. Go through it with the care team, and again whenever something changes.</source>
        <translation>ما يحتاج أن يعرفه طاقم الطوارئ الذي لم يسمع بهذه الحالة من قبل، وفق نموذج معلومات الطوارئ من AAP/ACEP. راجعوه مع فريق الرعاية، ومرة أخرى كلما تغيّر شيء.</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>الأدوية الحالية</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the emergency information</source>
        <translation>حفظ معلومات الطوارئ</translation>
    </message>
    <message>
        <source>Save and make the &amp;sheet…</source>
        <extracomment>Save was asked for with &quot;then make the sheet&quot; (the page opens the sheet&apos;s dialog).</extracomment>
        <translation>حفظ وإنشاء ال&amp;ورقة…</translation>
    </message>
    <message>
        <source>Save, then save or print the one-page emergency information sheet</source>
        <translation>الحفظ، ثم حفظ ورقة معلومات الطوارئ ذات الصفحة الواحدة أو طباعتها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Suggested notes for emergency staff</source>
        <translation>ملاحظات مقترحة لطاقم الطوارئ</translation>
    </message>
    <message>
        <source>Add a suggested note…</source>
        <translation>إضافة ملاحظة مقترحة…</translation>
    </message>
    <message>
        <source>None in the medicine list today. Add them on the Medicines page.</source>
        <translation>لا يوجد شيء في قائمة الأدوية اليوم. أضفها في صفحة «الأدوية».</translation>
    </message>
    <message>
        <source>From the medicine list (change them there).</source>
        <translation>من قائمة الأدوية (غيّرها هناك).</translation>
    </message>
    <message>
        <source>No one yet. Add the care team on the Family &amp; care team page.</source>
        <translation>لا أحد بعد. أضف فريق الرعاية في صفحة «العائلة وفريق الرعاية».</translation>
    </message>
    <message>
        <source>From the care team list (change them there).</source>
        <translation>من قائمة فريق الرعاية (غيّرها هناك).</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>لم يُحفظ: {reason}. جرّب «حفظ» مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit diary entry</source>
        <extracomment>The entry was saved (its id).</extracomment>
        <translation>تعديل إدخال اليوميات</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>إلغاء دون حفظ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Time &amp;not recorded</source>
        <translation>الوقت &amp;غير مسجَّل</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>الوقت غير مسجَّل</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>ال&amp;عَرَض</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>العَرَض</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>ما مدى شدته</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>What happened, what helped (optional)</source>
        <translation>ماذا حدث، وما الذي ساعد (اختياري)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>Logged by {name} on {date}</source>
        <translation>سجّله {name} في {date}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Discard your changes to this entry?</source>
        <translation>تجاهل تغييراتك على هذا الإدخال؟</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile, so it cannot be changed.</source>
        <translation>حُذف هذا الإدخال في هذه الأثناء، فلا يمكن تغييره.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try again in a moment.</source>
        <translation>لم يُحفظ: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The diary file {path} is damaged ({problem}). It was not changed. To see what is wrong: caregiver-app check. There is no good backup in the backups folder; if you have one elsewhere (a USB stick), put it in place with: caregiver-app restore FILE (the damaged file is kept aside).</source>
        <translation>ملف اليوميات {path} تالف ({problem}). لم يُغيَّر. لمعرفة المشكلة: caregiver-app check. لا توجد نسخة احتياطية سليمة في مجلد النسخ الاحتياطية؛ إن كانت لديك نسخة في مكان آخر (ذاكرة USB)، فضعها في مكانه بالأمر: caregiver-app restore FILE (يُحتفظ بالملف التالف جانبًا).</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}). It was not changed. To see what is wrong: caregiver-app check. To put your newest good backup in its place (the damaged file is kept aside): caregiver-app restore {backup}</source>
        <translation>ملف اليوميات {path} تالف ({problem}). لم يُغيَّر. لمعرفة المشكلة: caregiver-app check. لوضع أحدث نسخة احتياطية سليمة مكانه (يُحتفظ بالملف التالف جانبًا): caregiver-app restore {backup}</translation>
    </message>
    <message>
        <source>The diary file was damaged ({problem}). It has been moved aside, unchanged, to {moved_to}.</source>
        <translation>كان ملف اليوميات تالفًا ({problem}). نُقل جانبًا، دون تغيير، إلى {moved_to}.</translation>
    </message>
    <message>
        <source>{path} is the diary itself, not a backup of it. Nothing was changed.</source>
        <translation>{path} هو ملف اليوميات نفسه، وليس نسخة احتياطية منه. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>There is already a diary file {path}; it was not replaced. Restore from inside the app (or with caregiver-app restore), which keeps a backup of it first.</source>
        <translation>يوجد بالفعل ملف يوميات {path}؛ ولم يُستبدل. استعد من داخل التطبيق (أو بالأمر caregiver-app restore)، فهو يحتفظ بنسخة احتياطية منه أولًا.</translation>
    </message>
    <message>
        <source>The backup {backup} could not be restored ({error}). Nothing was changed.</source>
        <translation>تعذّرت استعادة النسخة الاحتياطية {backup} ({error}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup was made, but its copy in {folder} was not ({reason}). Is the USB stick or disk plugged in?</source>
        <translation>أُنشئت النسخة الاحتياطية، لكن نسختها في {folder} لم تُنشأ ({reason}). هل ذاكرة USB أو القرص موصول؟</translation>
    </message>
    <message>
        <source>A child called {name} is already in this diary, so the demo family (whose child has that name) was not added.</source>
        <translation>يوجد في هذه اليوميات طفل اسمه {name}، فلم تُضف العائلة التجريبية (لأن طفلها يحمل هذا الاسم).</translation>
    </message>
    <message>
        <source>No child is called {name!r} (children: {known}).</source>
        <translation>لا يوجد طفل اسمه {name!r} (الأطفال: {known}).</translation>
    </message>
    <message>
        <source>{count} children are called {name!r}; rename one in the window so each name is unique.</source>
        <translation>يوجد {count} أطفال باسم {name!r}؛ غيّر اسم أحدهم في النافذة ليكون كل اسم فريدًا.</translation>
    </message>
    <message>
        <source>This reminder is not about a medicine dose.</source>
        <extracomment>How far ahead :meth:`RemindersService.next_occurrences` looks. The ticker asks again after each firing and on its heartbeat, so a week is plenty. With nothing new firing, the catch-up mark is written at most this often (a heartbeat each minute would otherwise write to the disk each minute). A stale mark only widens the next span; the fired record still keeps each occurrence to one firing.</extracomment>
        <translation>هذا التذكير لا يخص جرعة دواء.</translation>
    </message>
    <message>
        <source>{medicine} is no longer scheduled then (its schedule changed); record the dose in the dose log.</source>
        <translation>لم يعد {medicine} مقررًا في هذا الوقت (تغيّر جدوله)؛ سجّل الجرعة في سجل الجرعات.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). Check that the folder exists, is yours and has free space; the diary itself was not changed.</source>
        <extracomment>Where the copy in the extra folder (USB stick) went, for daily and manual backups. Why the extra copy could not be written (the backup itself is fine); translatable.</extracomment>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {folder} ({reason}). تأكّد أن المجلد موجود، ويخصك، وفيه مساحة فارغة؛ ولم تتغيّر اليوميات نفسها.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not written. Free some space or choose another place; the diary itself was not changed.</source>
        <translation>القرص الذي يحوي {folder} ممتلئ، فلم تُكتب النسخة الاحتياطية. أفرغ بعض المساحة أو اختر مكانًا آخر؛ ولم تتغيّر اليوميات نفسها.</translation>
    </message>
    <message>
        <source>{path} already exists, and a backup never replaces a file. Choose another name or a folder.</source>
        <translation>{path} موجود بالفعل، والنسخة الاحتياطية لا تستبدل ملفًا أبدًا. اختر اسمًا آخر أو مجلدًا آخر.</translation>
    </message>
    <message>
        <source>The backup failed its check ({problem}), so it was not kept. The diary itself may be damaged: run caregiver-app check.</source>
        <translation>لم تجتز النسخة الاحتياطية الفحص ({problem})، فلم يُحتفظ بها. قد تكون اليوميات نفسها تالفة: شغّل caregiver-app check.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>لا يوجد ملف نسخة احتياطية {path}.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this diary (it is not a database this app wrote). Nothing was changed.</source>
        <translation>{path} ليس نسخة احتياطية من هذه اليوميات (ليس قاعدة بيانات كتبها هذا التطبيق). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of this app (schema {found}, this app knows up to {known}). Install the newer version to restore it. Nothing was changed.</source>
        <translation>النسخة الاحتياطية {path} أنشأها إصدار أحدث من هذا التطبيق (المخطط {found}، وهذا التطبيق يعرف حتى {known}). ثبّت الإصدار الأحدث لاستعادتها. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}) and cannot be restored. Choose another backup; nothing was changed.</source>
        <translation>النسخة الاحتياطية {path} تالفة ({problem}) ولا يمكن استعادتها. اختر نسخة احتياطية أخرى؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read ({reason}). Nothing was changed.</source>
        <translation>لا يمكن قراءة النسخة الاحتياطية {path} ({reason}). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The diary is busy: another window or command is saving. Try again in a moment.</source>
        <translation>اليوميات مشغولة: نافذة أو أمر آخر يحفظ الآن. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>The disk holding the diary ({folder}) is full, so this was not saved. Free some space (empty the trash, move photos or videos elsewhere), then try again.</source>
        <translation>القرص الذي يحوي اليوميات ({folder}) ممتلئ، فلم يُحفظ هذا. أفرغ بعض المساحة (أفرغ سلة المهملات، وانقل الصور أو الفيديو إلى مكان آخر)، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The computer could not read or write the diary file {path} ({error}), so this was not saved. If the diary is on a USB stick or a network folder, check that it is still connected; then try again. If it keeps happening, the disk may be failing: make a backup onto another disk.</source>
        <translation>لم يستطع الحاسوب قراءة ملف اليوميات {path} أو الكتابة فيه ({error})، فلم يُحفظ هذا. إن كانت اليوميات على ذاكرة USB أو مجلد شبكة، فتأكّد أنها ما زالت موصولة؛ ثم حاول مجددًا. إن تكرر ذلك، فقد يكون القرص يتعطّل: أنشئ نسخة احتياطية على قرص آخر.</translation>
    </message>
    <message>
        <source>The diary file {path} cannot be written to ({error}), so this was not saved. Check that the file and its folder belong to you and are not read-only.</source>
        <translation>لا يمكن الكتابة في ملف اليوميات {path} ({error})، فلم يُحفظ هذا. تأكّد أن الملف ومجلده يخصّانك وأنهما ليسا للقراءة فقط.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}), so this was not saved. Close the app and open it again: it will check the file and offer your newest good backup.</source>
        <translation>ملف اليوميات {path} تالف ({problem})، فلم يُحفظ هذا. أغلق التطبيق وافتحه من جديد: سيفحص الملف ويعرض عليك أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>The diary file {path} cannot be read ({error}). It was not changed.</source>
        <translation>لا يمكن قراءة ملف اليوميات {path} ({error}). لم يُغيَّر.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}). Choose another folder, for example with --data-dir.</source>
        <translation>لا يمكن استخدام مجلد البيانات {path} ({reason}). اختر مجلدًا آخر، مثلًا بالخيار --data-dir.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}). It was not changed. To see what is wrong: caregiver-app check. To put a backup in its place (the damaged file is kept aside): caregiver-app restore FILE.</source>
        <translation>ملف اليوميات {path} تالف ({problem}). لم يُغيَّر. لمعرفة المشكلة: caregiver-app check. لوضع نسخة احتياطية مكانه (يُحتفظ بالملف التالف جانبًا): caregiver-app restore FILE.</translation>
    </message>
    <message>
        <source>The diary file {path} could not be opened safely (journal mode {mode}).</source>
        <translation>تعذّر فتح ملف اليوميات {path} بأمان (وضع السجل {mode}).</translation>
    </message>
    <message>
        <source>The diary file {path} was written by a newer version of this app (schema {found}, this app knows up to {known}). Install the newer version to open it; the file was not changed.</source>
        <translation>ملف اليوميات {path} كتبه إصدار أحدث من هذا التطبيق (المخطط {found}، وهذا التطبيق يعرف حتى {known}). ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>the printer could not be started</source>
        <extracomment>The highest resolution pages are rasterised at for printing. The folder the family saved a report in last.</extracomment>
        <translation>تعذّر تشغيل الطابعة</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>رفضت الطابعة صفحة جديدة</translation>
    </message>
    <message>
        <source>Emergency information sheet</source>
        <extracomment>A PDF was written (its path). A report went to the printer (the number of pages). Closed: a job&apos;s late report (already on its way) is dropped.</extracomment>
        <translation>ورقة معلومات الطوارئ</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>ملخص الزيارة</translation>
    </message>
    <message>
        <source>C&amp;hild</source>
        <translation>ال&amp;طفل</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ال&amp;ورق</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;حفظ PDF…</translation>
    </message>
    <message>
        <source>Save the PDF and open it</source>
        <translation>حفظ ملف PDF وفتحه</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ط&amp;باعة…</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>طباعته</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>إغلاق هذه النافذة</translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation>لا شيء بعينه</translation>
    </message>
    <message>
        <source>Visit &amp;for</source>
        <translation>الزيارة &amp;لـ</translation>
    </message>
    <message>
        <source>The specialty the visit is for</source>
        <translation>التخصص الذي تخصه الزيارة</translation>
    </message>
    <message>
        <source>Since the &amp;last visit of this specialty</source>
        <translation>منذ آ&amp;خر زيارة لهذا التخصص</translation>
    </message>
    <message>
        <source>Last &amp;3 months</source>
        <translation>آخر &amp;3 أشهر</translation>
    </message>
    <message>
        <source>C&amp;ustom dates</source>
        <translation>تواريخ مخ&amp;صصة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>م&amp;ن</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إل&amp;ى</translation>
    </message>
    <message>
        <source>After page one</source>
        <translation>بعد الصفحة الأولى</translation>
    </message>
    <message>
        <source>No done appointment with this specialty is recorded yet.</source>
        <translation>لم يُسجَّل بعد أي موعد منجز مع هذا التخصص.</translation>
    </message>
    <message>
        <source>Choose the specialty of the visit first.</source>
        <translation>اختر تخصص الزيارة أولًا.</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>من {start} إلى {end} ({days} يوم)</translation>
    </message>
    <message>
        <source>From the last visit, on {day}.</source>
        <translation>منذ آخر زيارة، في {day}.</translation>
    </message>
    <message>
        <source>Type the first and the last day.</source>
        <translation>اكتب اليوم الأول واليوم الأخير.</translation>
    </message>
    <message>
        <source>Add a child first.</source>
        <translation>أضف طفلًا أولًا.</translation>
    </message>
    <message>
        <source>The emergency information has not been filled in yet: the sheet shows the app&apos;s suggestions and says it was never reviewed. Fill it in with the care team (Family &amp; care team, Emergency information…) before you print it.</source>
        <translation>لم تُملأ معلومات الطوارئ بعد: تعرض الورقة اقتراحات التطبيق وتذكر أنها لم تُراجَع قط. املأها مع فريق الرعاية («العائلة وفريق الرعاية»، «معلومات الطوارئ…») قبل طباعتها.</translation>
    </message>
    <message>
        <source>One page for emergency staff. Last reviewed on {day}.</source>
        <translation>صفحة واحدة لطاقم الطوارئ. آخر مراجعة في {day}.</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Not made: correct what is marked above.</source>
        <translation>لم يُنشأ: صحّح ما هو معلَّم أعلاه.</translation>
    </message>
    <message>
        <source>it was deleted meanwhile</source>
        <translation>حُذف في هذه الأثناء</translation>
    </message>
    <message>
        <source>Not made: {reason}. Nothing was changed.</source>
        <translation>لم يُنشأ: {reason}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>معلومات الطوارئ</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>حفظ ملف PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>جارٍ إنشاء ملف PDF…</translation>
    </message>
    <message>
        <source>Saved as {path} and opened in your PDF viewer.</source>
        <translation>حُفظ باسم {path} وفُتح في عارض PDF.</translation>
    </message>
    <message>
        <source>Saved as {path}. Open it from your files to read or print it.</source>
        <translation>حُفظ باسم {path}. افتحه من ملفاتك لقراءته أو طباعته.</translation>
    </message>
    <message>
        <source>Printing from here needs poppler&apos;s pdftoppm, which is not installed. Save the PDF instead and print it from your PDF viewer.</source>
        <translation>الطباعة من هنا تحتاج إلى أداة pdftoppm من poppler، وهي غير مثبّتة. احفظ ملف PDF بدلًا من ذلك واطبعه من عارض PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>جارٍ تجهيز الصفحات للطابعة…</translation>
    </message>
    <message>
        <source>Not printed: {reason}.</source>
        <translation>لم يُطبع: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>أُرسلت إلى الطابعة %n صفحة.</numerusform>
            <numerusform>أُرسلت إلى الطابعة %n صفحة.</numerusform>
            <numerusform>أُرسلت إلى الطابعة %n صفحة.</numerusform>
            <numerusform>أُرسلت إلى الطابعة %n صفحات.</numerusform>
            <numerusform>أُرسلت إلى الطابعة %n صفحة.</numerusform>
            <numerusform>أُرسلت إلى الطابعة %n صفحة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family &amp; care team</source>
        <extracomment>The family picked a child in the list; the window makes it the current child. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>العائلة وفريق الرعاية</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>تعديل البيانات</translation>
    </message>
    <message>
        <source>Edit the chosen child&apos;s details</source>
        <translation>تعديل بيانات الطفل المختار</translation>
    </message>
    <message>
        <source>Emergency information…</source>
        <translation>معلومات الطوارئ…</translation>
    </message>
    <message>
        <source>Edit the chosen child&apos;s emergency information for emergency staff</source>
        <translation>تعديل معلومات الطوارئ للطفل المختار لطاقم الطوارئ</translation>
    </message>
    <message>
        <source>Emergency &amp;sheet (PDF)…</source>
        <translation>&amp;ورقة الطوارئ (PDF)…</translation>
    </message>
    <message>
        <source>Save or print the chosen child&apos;s one-page emergency information sheet</source>
        <translation>حفظ ورقة معلومات الطوارئ ذات الصفحة الواحدة للطفل المختار أو طباعتها</translation>
    </message>
    <message>
        <source>For the bag, the car and emergency staff (Ctrl+E)</source>
        <translation>للحقيبة والسيارة وطاقم الطوارئ (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>الأ&amp;طفال</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>فريق الرعاية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>No one yet. Add the doctors, nurses and clinics you call, so their numbers are at hand when you need them.</source>
        <translation>لا أحد بعد. أضف الأطباء والممرضين والعيادات الذين تتصل بهم، لتكون أرقامهم في متناولك حين تحتاجها.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <source>Add someone to the care team</source>
        <translation>إضافة شخص إلى فريق الرعاية</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <source>Edit the chosen contact</source>
        <translation>تعديل جهة الاتصال المختارة</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>إزالة جهة الاتصال</translation>
    </message>
    <message>
        <source>Remove the chosen contact</source>
        <translation>إزالة جهة الاتصال المختارة</translation>
    </message>
    <message>
        <source>{name}
{age}</source>
        <translation>‏{name}
{age}</translation>
    </message>
    <message>
        <source>Add your child to keep their details and care team here.</source>
        <translation>أضف طفلك لتحفظ بياناته وفريق رعايته هنا.</translation>
    </message>
    <message>
        <source>Choose a child on the left.</source>
        <translation>اختر طفلًا على اليمين.</translation>
    </message>
    <message>
        <source>{name}, born {born} ({age})</source>
        <translation>‏{name}، مواليد {born} ({age})</translation>
    </message>
    <message>
        <source>Sex: {sex}</source>
        <translation>الجنس: {sex}</translation>
    </message>
    <message>
        <source>Diagnosis: {text}</source>
        <translation>التشخيص: {text}</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>الحساسية: {text}</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>لا شيء مسجَّل</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>ملاحظات: {text}</translation>
    </message>
    <message>
        <source>Care team for {name}</source>
        <translation>فريق رعاية {name}</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s emergency information.</source>
        <translation>حُفظت معلومات الطوارئ لـ{name}.</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s details.</source>
        <translation>حُفظت بيانات {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
    <message>
        <source>Removed {name} ({role}) from the care team.</source>
        <translation>أُزيل {name} ({role}) من فريق الرعاية.</translation>
    </message>
    <message>
        <source>{name} is back in the care team.</source>
        <translation>عاد {name} إلى فريق الرعاية.</translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>التراجع عن آخر تغيير</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>{field}: {problem}</source>
        <extracomment>Said before each problem where no label beside the field names it (&quot;Time&quot;).</extracomment>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Emergency</source>
        <extracomment>The translation context of every guidance text, in the files and in this module. A number followed by a unit of dosing: &quot;5 mg&quot;, &quot;2.5ml&quot;, &quot;1,000 IU&quot;, &quot;10 units&quot;, &quot;50 µg&quot;.</extracomment>
        <translation>طوارئ</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجل</translation>
    </message>
    <message>
        <source>Call the emergency number now.</source>
        <extracomment>What each level asks of the family, in one line (the numbers are the window&apos;s to show).</extracomment>
        <translation>اتصل برقم الطوارئ الآن.</translation>
    </message>
    <message>
        <source>Contact the care team today.</source>
        <translation>تواصل مع فريق الرعاية اليوم.</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>العينان</translation>
    </message>
    <message>
        <source>Any change in how your child sees: not looking at faces, not following a toy with the eyes, bumping into things, or a new squint.</source>
        <translation>أي تغيّر في طريقة رؤية طفلك: لا ينظر إلى الوجوه، أو لا يتابع اللعبة بعينيه، أو يصطدم بالأشياء، أو ظهر حَوَل جديد.</translation>
    </message>
    <message>
        <source>Contact the care team today. Pressure on the nerve of the eye can sometimes be relieved when it is found early.</source>
        <translation>تواصل مع فريق الرعاية اليوم. الضغط على عصب العين يمكن أحيانًا تخفيفه إذا اكتُشف مبكرًا.</translation>
    </message>
    <message>
        <source>New wobbly, jerky or roving movements of the eyes.</source>
        <translation>حركات جديدة في العينين: اهتزاز أو ارتعاش أو تجوال.</translation>
    </message>
    <message>
        <source>Contact the care team today: this can be an early sign that the nerves of the eyes are being squeezed.</source>
        <translation>تواصل مع فريق الرعاية اليوم: قد تكون هذه علامة مبكرة على انضغاط أعصاب العينين.</translation>
    </message>
    <message>
        <source>An eye check that found something new or not normal.</source>
        <translation>فحص للعين وجد شيئًا جديدًا أو غير طبيعي.</translation>
    </message>
    <message>
        <source>Make sure the care team hears about it today, even if the eye doctor is not part of the team.</source>
        <translation>تأكّد أن فريق الرعاية يعرف بذلك اليوم، حتى لو لم يكن طبيب العيون من الفريق.</translation>
    </message>
    <message>
        <source>Pressure in the head</source>
        <translation>الضغط داخل الرأس</translation>
    </message>
    <message>
        <source>Much sleepier than usual, floppy, or hard to wake.</source>
        <translation>نعسان أكثر بكثير من المعتاد، أو مرتخي الجسم، أو يصعب إيقاظه.</translation>
    </message>
    <message>
        <source>A severe headache; in a baby, crying hard when the head is touched or moved.</source>
        <translation>صداع شديد؛ وعند الرضيع، بكاء شديد عند لمس الرأس أو تحريكه.</translation>
    </message>
    <message>
        <source>Vomiting that keeps coming back (twice or more within a day), or severe vomiting.</source>
        <translation>قيء يتكرر (مرتين أو أكثر في اليوم)، أو قيء شديد.</translation>
    </message>
    <message>
        <source>Headache and vomiting within two days of each other, even when each seems mild.</source>
        <translation>صداع وقيء خلال يومين من بعضهما، حتى لو بدا كل منهما خفيفًا.</translation>
    </message>
    <message>
        <source>A doctor found swelling at the back of the eye (papilledema).</source>
        <translation>وجد الطبيب تورّمًا في مؤخرة العين (وذمة العصب البصري).</translation>
    </message>
    <message>
        <source>Follow that doctor&apos;s advice, and make sure the care team hears about it today.</source>
        <translation>اتبع نصيحة ذلك الطبيب، وتأكّد أن فريق الرعاية يعرف بذلك اليوم.</translation>
    </message>
    <message>
        <source>Jaw and teeth</source>
        <translation>الفك والأسنان</translation>
    </message>
    <message>
        <source>Pain, swelling or redness of the jaw or face, or pus coming from the gums.</source>
        <translation>ألم أو تورّم أو احمرار في الفك أو الوجه، أو خروج صديد من اللثة.</translation>
    </message>
    <message>
        <source>Contact the dental team or the care team today: an infection of the jaw bone is common and serious in this condition.</source>
        <translation>تواصل مع فريق الأسنان أو فريق الرعاية اليوم: التهاب عظم الفك شائع وخطير في هذه الحالة.</translation>
    </message>
    <message>
        <source>A tooth that seems infected: toothache with swelling, a bad taste, or pus.</source>
        <translation>سن تبدو ملتهبة: ألم في السن مع تورّم، أو طعم كريه، أو صديد.</translation>
    </message>
    <message>
        <source>Contact the dental team or the care team today.</source>
        <translation>تواصل مع فريق الأسنان أو فريق الرعاية اليوم.</translation>
    </message>
    <message>
        <source>Any tooth or gum problem in the weeks after a tooth was taken out: pain, swelling, or a wound that does not heal.</source>
        <translation>أي مشكلة في السن أو اللثة في الأسابيع التي تلي خلع سن: ألم، أو تورّم، أو جرح لا يلتئم.</translation>
    </message>
    <message>
        <source>Contact the dental team or the care team today: the jaw bone can become infected after an extraction.</source>
        <translation>تواصل مع فريق الأسنان أو فريق الرعاية اليوم: قد يلتهب عظم الفك بعد الخلع.</translation>
    </message>
    <message>
        <source>Fever, infection and breathing</source>
        <translation>الحمى والالتهابات والتنفس</translation>
    </message>
    <message>
        <source>A fever, or your child feels hot and seems unwell.</source>
        <translation>حمى، أو طفلك ساخن ويبدو مريضًا.</translation>
    </message>
    <message>
        <source>Contact the care team today: infections need early treatment in this condition. If your child is also hard to wake or struggling to breathe, call the emergency number now.</source>
        <translation>تواصل مع فريق الرعاية اليوم: الالتهابات تحتاج علاجًا مبكرًا في هذه الحالة. إذا كان طفلك أيضًا يصعب إيقاظه أو يجد صعوبة في التنفس، فاتصل برقم الطوارئ الآن.</translation>
    </message>
    <message>
        <source>Trouble breathing: fast, noisy or hard breathing, or pauses in breathing.</source>
        <translation>صعوبة في التنفس: تنفس سريع أو بصوت أو بجهد، أو توقف التنفس لحظات.</translation>
    </message>
    <message>
        <source>Bones</source>
        <translation>العظام</translation>
    </message>
    <message>
        <source>A possible broken bone: pain, swelling or an odd shape after a knock or a fall, even a small one, or your child stops using an arm or a leg.</source>
        <translation>احتمال كسر في العظم: ألم أو تورّم أو شكل غريب بعد ضربة أو سقطة، حتى لو كانت صغيرة، أو توقف طفلك عن استعمال ذراع أو ساق.</translation>
    </message>
    <message>
        <source>Handle your child gently and contact the care team today. The bones are dense but break easily.</source>
        <translation>تعامل مع طفلك برفق وتواصل مع فريق الرعاية اليوم. العظام كثيفة لكنها تنكسر بسهولة.</translation>
    </message>
    <message>
        <source>Seizures and low calcium</source>
        <translation>التشنجات ونقص الكالسيوم</translation>
    </message>
    <message>
        <source>A seizure (fit): stiffening, jerking, staring spells, or going blue.</source>
        <translation>نوبة تشنج: تيبّس، أو انتفاض، أو نوبات تحديق، أو ازرقاق.</translation>
    </message>
    <message>
        <source>Call the emergency number now, and tell them that low calcium can cause seizures in this condition.</source>
        <translation>اتصل برقم الطوارئ الآن، وأخبرهم أن نقص الكالسيوم قد يسبب التشنجات في هذه الحالة.</translation>
    </message>
    <message>
        <source>Muscle twitching or cramps, or tingling around the mouth, hands or feet.</source>
        <translation>ارتعاش في العضلات أو تقلّصات، أو تنميل حول الفم أو في اليدين أو القدمين.</translation>
    </message>
    <message>
        <source>Contact the care team today: these can be signs of low calcium, which can lead to seizures.</source>
        <translation>تواصل مع فريق الرعاية اليوم: قد تكون هذه علامات نقص الكالسيوم، الذي قد يؤدي إلى التشنجات.</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <source>One side of the face droops, or an eye or the mouth does not close fully.</source>
        <translation>ارتخاء أحد جانبي الوجه، أو عين أو فم لا ينغلق تمامًا.</translation>
    </message>
    <message>
        <source>Contact the care team today: thick bone can press on the nerve that moves the face.</source>
        <translation>تواصل مع فريق الرعاية اليوم: قد يضغط العظم السميك على العصب الذي يحرّك الوجه.</translation>
    </message>
    <message>
        <source>Change in the eyes</source>
        <translation>تغيّر في العينين</translation>
    </message>
    <message>
        <source>Contact the care team today and tell them what you noticed.</source>
        <translation>تواصل مع فريق الرعاية اليوم وأخبرهم بما لاحظته.</translation>
    </message>
    <message>
        <source>A change in your child&apos;s sight was logged; pressure on the nerve of the eye can sometimes be relieved when it is found early.</source>
        <translation>سُجّل تغيّر في نظر طفلك؛ الضغط على عصب العين يمكن أحيانًا تخفيفه إذا اكتُشف مبكرًا.</translation>
    </message>
    <message>
        <source>Wobbly eye movements were logged; they can be an early sign that the nerves of the eyes are being squeezed.</source>
        <translation>سُجّلت حركات اهتزازية في العينين؛ قد تكون علامة مبكرة على انضغاط أعصاب العينين.</translation>
    </message>
    <message>
        <source>Raised pressure in the head</source>
        <translation>ارتفاع الضغط داخل الرأس</translation>
    </message>
    <message>
        <source>Call the emergency number now and say that your child has osteopetrosis.</source>
        <translation>اتصل برقم الطوارئ الآن وقل إن طفلك مصاب بتحجّر العظام.</translation>
    </message>
    <message>
        <source>Unusual sleepiness was logged; in this condition it can be a sign of raised pressure inside the head.</source>
        <translation>سُجّل نعاس غير معتاد؛ في هذه الحالة قد يكون علامة على ارتفاع الضغط داخل الرأس.</translation>
    </message>
    <message>
        <source>A severe headache was logged; it can be a sign of raised pressure inside the head.</source>
        <translation>سُجّل صداع شديد؛ قد يكون علامة على ارتفاع الضغط داخل الرأس.</translation>
    </message>
    <message>
        <source>Severe vomiting was logged; it can be a sign of raised pressure inside the head.</source>
        <translation>سُجّل قيء شديد؛ قد يكون علامة على ارتفاع الضغط داخل الرأس.</translation>
    </message>
    <message>
        <source>Vomiting was logged {count} times within {hours} hours; vomiting that keeps coming back can be a sign of raised pressure inside the head.</source>
        <translation>سُجّل القيء {count} مرات خلال {hours} ساعة؛ القيء المتكرر قد يكون علامة على ارتفاع الضغط داخل الرأس.</translation>
    </message>
    <message>
        <source>Headache and vomiting were both logged within {hours} hours; together they can be a sign of raised pressure inside the head.</source>
        <translation>سُجّل الصداع والقيء كلاهما خلال {hours} ساعة؛ معًا قد يكونان علامة على ارتفاع الضغط داخل الرأس.</translation>
    </message>
    <message>
        <source>Possible jaw infection</source>
        <translation>احتمال التهاب في الفك</translation>
    </message>
    <message>
        <source>Jaw pain or swelling was logged; an infection of the jaw bone is common and serious in this condition.</source>
        <translation>سُجّل ألم أو تورّم في الفك؛ التهاب عظم الفك شائع وخطير في هذه الحالة.</translation>
    </message>
    <message>
        <source>A tooth or gum problem was logged within {days} days after a tooth was taken out; the jaw bone can become infected after an extraction.</source>
        <translation>سُجّلت مشكلة في السن أو اللثة خلال {days} يومًا بعد خلع سن؛ قد يلتهب عظم الفك بعد الخلع.</translation>
    </message>
    <message>
        <source>Fever or infection</source>
        <translation>حمى أو التهاب</translation>
    </message>
    <message>
        <source>Contact the care team today. If your child is also hard to wake or struggling to breathe, call the emergency number now.</source>
        <translation>تواصل مع فريق الرعاية اليوم. إذا كان طفلك أيضًا يصعب إيقاظه أو يجد صعوبة في التنفس، فاتصل برقم الطوارئ الآن.</translation>
    </message>
    <message>
        <source>A fever was logged; infections need early treatment in this condition.</source>
        <translation>سُجّلت حمى؛ الالتهابات تحتاج علاجًا مبكرًا في هذه الحالة.</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>صعوبة في التنفس</translation>
    </message>
    <message>
        <source>Trouble breathing was logged; a child who struggles to breathe needs help at once.</source>
        <translation>سُجّلت صعوبة في التنفس؛ الطفل الذي يجد صعوبة في التنفس يحتاج مساعدة فورًا.</translation>
    </message>
    <message>
        <source>Possible broken bone</source>
        <translation>احتمال كسر في العظم</translation>
    </message>
    <message>
        <source>Handle your child gently and contact the care team today.</source>
        <translation>تعامل مع طفلك برفق وتواصل مع فريق الرعاية اليوم.</translation>
    </message>
    <message>
        <source>A possible broken bone was logged; in this condition the bones are dense but break easily.</source>
        <translation>سُجّل احتمال كسر في العظم؛ في هذه الحالة تكون العظام كثيفة لكنها تنكسر بسهولة.</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>نوبة تشنج</translation>
    </message>
    <message>
        <source>A seizure was logged; a seizure needs help at once, and in this condition low calcium can cause one.</source>
        <translation>سُجّلت نوبة تشنج؛ التشنج يحتاج مساعدة فورًا، وفي هذه الحالة قد يسببه نقص الكالسيوم.</translation>
    </message>
    <message>
        <source>Possible low calcium</source>
        <translation>احتمال نقص الكالسيوم</translation>
    </message>
    <message>
        <source>Twitching, cramps or tingling was logged; these can be signs of low calcium, which can lead to seizures.</source>
        <translation>سُجّل ارتعاش أو تقلّصات أو تنميل؛ قد تكون هذه علامات نقص الكالسيوم، الذي قد يؤدي إلى التشنجات.</translation>
    </message>
    <message>
        <source>Weakness of the face</source>
        <translation>ضعف في الوجه</translation>
    </message>
    <message>
        <source>Weakness or drooping of the face was logged; thick bone can press on the nerve that moves the face.</source>
        <translation>سُجّل ضعف أو ارتخاء في الوجه؛ قد يضغط العظم السميك على العصب الذي يحرّك الوجه.</translation>
    </message>
    <message>
        <source>Everyday care</source>
        <translation>العناية اليومية</translation>
    </message>
    <message>
        <source>Handle gently, make falls soft</source>
        <translation>تعامل برفق، واجعل السقطات ليّنة</translation>
    </message>
    <message>
        <source>Ask the physiotherapist to show everyone who looks after your child safe ways to lift, carry and move them. Soft flooring, guard rails and protective gear make falls and knocks less harmful: the bones are dense but break easily.</source>
        <translation>اطلب من أخصائي العلاج الطبيعي أن يُري كل من يعتني بطفلك طرقًا آمنة لرفعه وحمله وتحريكه. الأرضيات الليّنة وحواجز الحماية والواقيات تجعل السقطات والصدمات أقل ضررًا: فالعظام كثيفة لكنها تنكسر بسهولة.</translation>
    </message>
    <message>
        <source>Protect the teeth</source>
        <translation>احمِ الأسنان</translation>
    </message>
    <message>
        <source>Brush every day, keep the regular dental check-ups and follow the dental team&apos;s prevention plan. Avoid taking out teeth unless it is really needed, and make sure every dentist knows the diagnosis first: the jaw bone can become infected after an extraction.</source>
        <translation>نظّف الأسنان بالفرشاة كل يوم، والتزم بفحوص الأسنان الدورية واتبع خطة الوقاية من فريق الأسنان. تجنّب خلع الأسنان إلا عند الضرورة الحقيقية، وتأكّد أن كل طبيب أسنان يعرف التشخيص أولًا: قد يلتهب عظم الفك بعد الخلع.</translation>
    </message>
    <message>
        <source>Gentle play, no contact sports</source>
        <translation>لعب هادئ، بلا رياضات احتكاك</translation>
    </message>
    <message>
        <source>Choose calm, gentle play. Avoid contact sports and rough or high-impact games: they risk broken bones and injuries to the head.</source>
        <translation>اختر لعبًا هادئًا ولطيفًا. تجنّب رياضات الاحتكاك والألعاب العنيفة أو كثيرة الارتطام: فهي تعرّضه لكسور العظام وإصابات الرأس.</translation>
    </message>
    <message>
        <source>Vaccines on time, infections early</source>
        <translation>اللقاحات في موعدها، والالتهابات مبكرًا</translation>
    </message>
    <message>
        <source>Keep vaccines on time, as the care team advises, and tell the care team early about any infection of the chest, ears, skin or teeth: early treatment protects the bone marrow and the jaw.</source>
        <translation>التزم بمواعيد اللقاحات كما ينصح فريق الرعاية، وأخبر فريق الرعاية مبكرًا عن أي التهاب في الصدر أو الأذنين أو الجلد أو الأسنان: العلاج المبكر يحمي نخاع العظم والفك.</translation>
    </message>
    <message>
        <source>Good food, no extra supplements</source>
        <translation>طعام جيد، بلا مكمّلات إضافية</translation>
    </message>
    <message>
        <source>Offer balanced meals with enough energy and protein, iron-rich foods such as meat and beans, fruit, vegetables and plenty to drink. Give no vitamins or other supplements unless the care team has planned them: too much can do harm in this condition.</source>
        <translation>قدّم وجبات متوازنة فيها ما يكفي من الطاقة والبروتين، وأطعمة غنية بالحديد مثل اللحم والبقول، والفواكه والخضار، وكثيرًا من السوائل. لا تعطِ فيتامينات أو مكمّلات أخرى إلا إذا خطط لها فريق الرعاية: فالزيادة منها قد تضر في هذه الحالة.</translation>
    </message>
    <message>
        <source>Keep the eye and hearing checks</source>
        <translation>التزم بفحوص النظر والسمع</translation>
    </message>
    <message>
        <source>Go to every planned eye and hearing check, even when all seems well: they find pressure on the nerves early, while something can still be done.</source>
        <translation>احضر كل فحص نظر وسمع مخطط له، حتى عندما يبدو كل شيء على ما يرام: فهي تكشف الضغط على الأعصاب مبكرًا، حين لا يزال بالإمكان فعل شيء.</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>متى تتصل</translation>
    </message>
    <message>
        <source>Call the emergency number now for a sign marked Emergency, and contact the care team the same day for a sign marked Urgent. When you are unsure, call: asking early is always right. Keep the care team&apos;s numbers and the emergency information at home, in the car and at school, where everyone who looks after your child can find them.</source>
        <translation>اتصل برقم الطوارئ الآن عند ظهور علامة مكتوب عليها «طوارئ»، وتواصل مع فريق الرعاية في اليوم نفسه عند علامة مكتوب عليها «عاجل». عندما لا تكون متأكدًا، اتصل: السؤال المبكر صواب دائمًا. احتفظ بأرقام فريق الرعاية ومعلومات الطوارئ في البيت وفي السيارة وفي المدرسة، حيث يجدها كل من يعتني بطفلك.</translation>
    </message>
    <message>
        <source>Frequent eye exams, including visual evoked potentials (VEP), which often show optic nerve trouble before the eye exam or the scans do, catch nerve compression while treatment can still protect sight.</source>
        <translation>فحوص العين المتكررة، ومنها اختبار الجهد البصري المستثار (VEP) الذي يُظهر كثيرًا مشكلة العصب البصري قبل أن يُظهرها فحص العين أو الصور الشعاعية، تكشف انضغاط العصب بينما لا يزال العلاج قادرًا على حماية النظر.</translation>
    </message>
    <message>
        <source>Early and repeated hearing tests (BAER in infants) find hearing loss from nerve compression early, when hearing aids and other help work best.</source>
        <translation>اختبارات السمع المبكرة والمتكررة (اختبار BAER عند الرضّع) تكشف مبكرًا ضعف السمع الناتج عن انضغاط العصب، حين تكون السماعات وغيرها من المساعدة أنفع ما يكون.</translation>
    </message>
    <message>
        <source>Frequent dental follow-up within a prevention program (fluoride, sealants, hygiene) lowers the risk of tooth infection spreading into the jaw bone.</source>
        <translation>المتابعة المتكررة عند طبيب الأسنان ضمن برنامج وقاية (الفلورايد، ومانع التسوّس، والنظافة) تقلّل خطر انتقال التهاب السن إلى عظم الفك.</translation>
    </message>
    <message>
        <source>Blood counts (marrow crowded by dense bone can cause anemia and low platelets) and calcium, phosphate, PTH and vitamin D (low calcium can cause seizures).</source>
        <translation>تعداد الدم (النخاع الذي يضيّق عليه العظم الكثيف قد يسبب فقر الدم ونقص الصفائح)، والكالسيوم والفوسفات وهرمون الغدة الجار درقية (PTH) وفيتامين د (نقص الكالسيوم قد يسبب التشنجات).</translation>
    </message>
    <message>
        <source>Weight, length and head circumference: stunted growth is part of the condition (and a large head is among its signs), so the care team follows the child&apos;s own curves.</source>
        <translation>الوزن والطول ومحيط الرأس: تأخر النمو جزء من هذه الحالة (وكِبَر الرأس من علاماتها)، لذا يتابع فريق الرعاية منحنيات نمو الطفل نفسه.</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>When to seek care</source>
        <extracomment>The history lists this many alerts, the most recent first (ten years stay quick). A readable line length for the guidance texts on a wide screen. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>متى تطلب الرعاية</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the numbers to call, the signs and everyday care</source>
        <translation>طباعة الأرقام التي يُتصل بها والعلامات والعناية اليومية</translation>
    </message>
    <message>
        <source>Guidance sections</source>
        <translation>أقسام الإرشادات</translation>
    </message>
    <message>
        <source>Signs to act on</source>
        <translation>علامات تستدعي التصرف</translation>
    </message>
    <message>
        <source>Red flags history</source>
        <translation>سجل العلامات الخطرة</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>Emergency means: call the emergency number now. Urgent means: contact the care team today. When you are unsure, call.</source>
        <translation>«طوارئ» تعني: اتصل برقم الطوارئ الآن. «عاجل» تعني: تواصل مع فريق الرعاية اليوم. عندما لا تكون متأكدًا، اتصل.</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>ما العمل: {action}</translation>
    </message>
    <message>
        <source>What helps every day. None of this is about medicines or doses.</source>
        <translation>ما يساعد كل يوم. لا شيء من هذا يتعلق بالأدوية أو الجرعات.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>لوحظت</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>ما فعلته</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Acknowledge or add a note…</source>
        <translation>&amp;تأكيد الاطلاع أو إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert or note what you did</source>
        <translation>تأكيد الاطلاع على التنبيه المختار أو تدوين ما فعلته</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>لم يُؤكَّد الاطلاع بعد</translation>
    </message>
    <message>
        <source>No red flags so far. When a sign that needs care is logged, the app says so at once and keeps it here with what you did.</source>
        <translation>لا علامات خطرة حتى الآن. عند تسجيل علامة تحتاج رعاية، يخبرك التطبيق فورًا ويحتفظ بها هنا مع ما فعلته.</translation>
    </message>
    <message>
        <source>{waiting} of {count} not acknowledged yet. Choose one and press Acknowledge.</source>
        <translation>{waiting} من {count} لم يُؤكَّد الاطلاع عليها بعد. اختر واحدة واضغط «تأكيد الاطلاع».</translation>
    </message>
    <message>
        <source>{count} red flags, all acknowledged.</source>
        <translation>{count} علامات خطرة، وكلها مؤكَّد الاطلاع عليها.</translation>
    </message>
    <message>
        <source>The most recent {limit} are listed.</source>
        <translation>معروض أحدث {limit}.</translation>
    </message>
    <message>
        <source>Red flags history ({waiting} not acknowledged)</source>
        <translation>سجل العلامات الخطرة ({waiting} لم يُؤكَّد الاطلاع عليها)</translation>
    </message>
    <message>
        <source>Saved what you did.</source>
        <translation>حُفظ ما فعلته.</translation>
    </message>
    <message>
        <source>Print: When to seek care</source>
        <translation>طباعة: متى تطلب الرعاية</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{app}: guide</source>
        <translation>{app}: الدليل</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>موضوعات المساعدة</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>نص الدليل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>إغلاق الدليل</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>الخطوات الأولى</translation>
    </message>
    <message>
        <source>Noting how your child is</source>
        <translation>تسجيل حال طفلك</translation>
    </message>
    <message>
        <source>Medicines and doses</source>
        <translation>الأدوية والجرعات</translation>
    </message>
    <message>
        <source>Reminders and checks</source>
        <translation>التذكيرات والفحوص</translation>
    </message>
    <message>
        <source>Reports for the doctors</source>
        <translation>تقارير للأطباء</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>This app is a diary of how your child is, with their medicines, appointments and teeth, to show the doctors at the next visit. It never suggests a medicine or a dose: it keeps what the care team prescribed.</source>
        <translation>هذا التطبيق يوميات لحال طفلك، مع أدويته ومواعيده وأسنانه، لتعرضها على الأطباء في الزيارة القادمة. لا يقترح أبدًا دواءً أو جرعة: بل يحفظ ما وصفه فريق الرعاية.</translation>
    </message>
    <message>
        <source>Add your child on the Today page: a name and a birth date are enough. More children can be added in Family &amp; care team; the child shown is then chosen at the top of the window.</source>
        <translation>أضف طفلك في صفحة «اليوم»: يكفي الاسم وتاريخ الميلاد. يمكن إضافة أطفال آخرين في «العائلة وفريق الرعاية»؛ ثم يُختار الطفل المعروض في أعلى النافذة.</translation>
    </message>
    <message>
        <source>In Settings, write your name under “Who is logging”, so each entry says who wrote it. Check the family&apos;s time zone and the emergency number.</source>
        <translation>في «الإعدادات»، اكتب اسمك تحت «من يسجّل»، ليذكر كل إدخال من كتبه. وتحقّق من المنطقة الزمنية للعائلة ورقم الطوارئ.</translation>
    </message>
    <message>
        <source>In Family &amp; care team, add the people who look after your child, and fill in “Emergency information…” with them.</source>
        <translation>في «العائلة وفريق الرعاية»، أضف الأشخاص الذين يعتنون بطفلك، واملأ «معلومات الطوارئ…» معهم.</translation>
    </message>
    <message>
        <source>In Medicines, add each medicine as the care team prescribed it, with its times. Its doses then appear on the Today page.</source>
        <translation>في «الأدوية»، أضف كل دواء كما وصفه فريق الرعاية، مع أوقاته. عندها تظهر جرعاته في صفحة «اليوم».</translation>
    </message>
    <message>
        <source>In Appointments, add the next visits. The app reminds you of them and of the routine checks.</source>
        <translation>في «المواعيد»، أضف الزيارات القادمة. يذكّرك التطبيق بها وبالفحوص الدورية.</translation>
    </message>
    <message>
        <source>The sections are on the left: {sections}. Ctrl+1 to Ctrl+8 open them.</source>
        <translation>الأقسام على الجانب: {sections}. يفتحها Ctrl+1 إلى Ctrl+8.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer only (see Privacy).</source>
        <translation>كل شيء محفوظ على هذا الحاسوب فقط (انظر «الخصوصية»).</translation>
    </message>
    <message>
        <source>The Today page notes how your child is in a few seconds, in three steps:</source>
        <translation>تسجّل صفحة «اليوم» حال طفلك في ثوانٍ، بثلاث خطوات:</translation>
    </message>
    <message>
        <source>What did you notice? Type a few letters of it in the box (for example “fev”) and press Enter, or click the symptom. Nothing fits? Pick “{other}” and say more in the notes.</source>
        <translation>ماذا لاحظت؟ اكتب بضعة أحرف منه في المربع (مثل «حمى») واضغط Enter، أو انقر على العَرَض. لا شيء مناسب؟ اختر «{other}» واشرح أكثر في الملاحظات.</translation>
    </message>
    <message>
        <source>How bad? Mild, Moderate or Severe (Alt+1, Alt+2, Alt+3).</source>
        <translation>ما مدى شدته؟ خفيف أو متوسط أو شديد (Alt+1، Alt+2، Alt+3).</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter). “Saved” appears with Undo, in case of a mistake.</source>
        <translation>احفظ (Ctrl+Enter). تظهر كلمة «حُفظ» مع «تراجع»، تحسّبًا للخطأ.</translation>
    </message>
    <message>
        <source>With “Now” ticked, the entry gets the time you save it. Untick it to give another day or time, or tick “Time not known”. The notes are optional: what happened, what helped.</source>
        <translation>عند وضع علامة على «الآن»، يأخذ الإدخال وقت حفظه. أزل العلامة لتحديد يوم أو وقت آخر، أو ضع علامة على «الوقت غير معروف». الملاحظات اختيارية: ماذا حدث، وما الذي ساعد.</translation>
    </message>
    <message>
        <source>A calm day is worth noting too: press “Nothing unusual today”, and the doctors see that the day was checked.</source>
        <translation>اليوم الهادئ يستحق التسجيل أيضًا: اضغط «لا شيء غير عادي اليوم»، فيرى الأطباء أن اليوم رُوجع.</translation>
    </message>
    <message>
        <source>What you type is kept while you type, even if the computer switches off, until you save it.</source>
        <translation>ما تكتبه يُحفظ أثناء الكتابة، حتى لو انطفأ الحاسوب، إلى أن تحفظه.</translation>
    </message>
    <message>
        <source>Some signs need a doctor today, or at once. When an entry shows one (a fever, for example), a window says what to do and whom to call. “When to seek care” lists these signs and keeps the history of these alerts.</source>
        <translation>بعض العلامات تحتاج طبيبًا اليوم، أو فورًا. عندما يُظهر إدخال إحداها (الحمى مثلًا)، تخبرك نافذة بما يجب فعله وبمن تتصل. تعرض صفحة «متى تطلب الرعاية» هذه العلامات وتحتفظ بسجل هذه التنبيهات.</translation>
    </message>
    <message>
        <source>The Diary shows every entry, newest first. Filter by symptom, period or words in the notes; “Edit entry…” corrects one, “Delete entry” removes it (Undo or Ctrl+Z brings it back).</source>
        <translation>تعرض «اليوميات» كل إدخال، الأحدث أولًا. صفِّ حسب العَرَض أو الفترة أو كلمات في الملاحظات؛ «تعديل الإدخال…» يصحّح إدخالًا، و«حذف الإدخال» يزيله («تراجع» أو Ctrl+Z يعيده).</translation>
    </message>
    <message>
        <source>Today&apos;s doses are on the Today page and at the top of Medicines, each with its time and how it went: given, given late, skipped, not yet, due now or overdue.</source>
        <translation>جرعات اليوم في صفحة «اليوم» وفي أعلى «الأدوية»، ولكل منها وقتها وما حدث: أُعطيت، أو أُعطيت متأخرة، أو تُخطّيت، أو ليس بعد، أو حان موعدها الآن، أو فات موعدها.</translation>
    </message>
    <message>
        <source>Given: the dose was given now, by the person named in Settings. Undo takes it back.</source>
        <translation>أُعطيت: أُعطيت الجرعة الآن، بواسطة الشخص المذكور في «الإعدادات». «تراجع» يلغيها.</translation>
    </message>
    <message>
        <source>Skip…: the dose was not given; say why.</source>
        <translation>تخطٍّ…: لم تُعطَ الجرعة؛ اذكر السبب.</translation>
    </message>
    <message>
        <source>Change…: correct a dose already recorded (another time, another person).</source>
        <translation>تغيير…: صحّح جرعة مسجّلة من قبل (وقت آخر، أو شخص آخر).</translation>
    </message>
    <message>
        <source>In Medicines, add, edit, refill, log a dose or stop a medicine; a stopped medicine keeps its history. A note says when a medicine is running low.</source>
        <translation>في «الأدوية»، أضف دواءً أو عدّله أو أعد تعبئته أو سجّل جرعة أو أوقفه؛ الدواء الموقوف يحتفظ بسجله. وتنبّهك ملاحظة عندما يوشك دواء على النفاد.</translation>
    </message>
    <message>
        <source>The app keeps what the care team prescribed. It never suggests a medicine or a dose: ask the care team about any change.</source>
        <translation>يحفظ التطبيق ما وصفه فريق الرعاية. لا يقترح أبدًا دواءً أو جرعة: اسأل فريق الرعاية عن أي تغيير.</translation>
    </message>
    <message>
        <source>The app reminds you of medicine doses, of appointments (the evening before, and a few hours before) and of routine checks (a few days before they are due, on the day, and every week while overdue).</source>
        <translation>يذكّرك التطبيق بجرعات الأدوية، وبالمواعيد (في المساء السابق، وقبلها ببضع ساعات)، وبالفحوص الدورية (قبل موعدها ببضعة أيام، وفي يومها، وكل أسبوع ما دامت متأخرة).</translation>
    </message>
    <message>
        <source>Reminders are listed on the Today page, under “Reminders”: Given or Skip for a dose, Snooze (in 1 hour, or tomorrow morning) and Dismiss. Where your desktop shows notifications, one appears as well.</source>
        <translation>تظهر التذكيرات في صفحة «اليوم»، تحت «التذكيرات»: «أُعطيت» أو «تخطٍّ» للجرعة، و«تأجيل» (بعد ساعة، أو صباح الغد)، و«تجاهل». وحيث يعرض سطح المكتب الإشعارات، يظهر إشعار أيضًا.</translation>
    </message>
    <message>
        <source>Reminders come only while the app is open. When you open it, what came due while it was closed is listed at the top of the Today page until you press “Seen”.</source>
        <translation>لا تأتي التذكيرات إلا والتطبيق مفتوح. عند فتحه، يظهر ما استُحق أثناء إغلاقه في أعلى صفحة «اليوم» إلى أن تضغط «اطّلعت».</translation>
    </message>
    <message>
        <source>The routine checks (eyes, hearing, teeth, blood tests, growth) are on the Today page with when each is due; an overdue check says “Overdue”. “Checks…” sets how often each is due and records a check done.</source>
        <translation>الفحوص الدورية (النظر، والسمع، والأسنان، وتحاليل الدم، والنمو) في صفحة «اليوم» مع موعد كل منها؛ والفحص المتأخر يقول «فات موعده». يحدّد زر «الفحوص…» كم مرة يُستحق كل فحص ويسجّل الفحص المنجز.</translation>
    </message>
    <message>
        <source>In Settings, under Reminders, choose how many days before a check and how many hours before an appointment, and whether each dose reminds.</source>
        <translation>في «الإعدادات»، تحت «التذكيرات»، اختر كم يومًا قبل الفحص وكم ساعة قبل الموعد، وهل تذكّر كل جرعة.</translation>
    </message>
    <message>
        <source>Before a visit, press {keys} (or “Export a visit summary…” in Appointments). Choose the child, the specialty the visit is for, the period (since the last visit of that specialty, the last 3 months, or your own dates), the parts to print after page one, and the paper.</source>
        <translation>قبل الزيارة، اضغط {keys} (أو «تصدير ملخص زيارة…» في «المواعيد»). اختر الطفل، والتخصص الذي تخصه الزيارة، والفترة (منذ آخر زيارة لذلك التخصص، أو آخر 3 أشهر، أو تواريخك الخاصة)، والأجزاء المطبوعة بعد الصفحة الأولى، والورق.</translation>
    </message>
    <message>
        <source>“Save PDF…” saves it and opens it in your PDF viewer; “Print…” sends it to a printer.</source>
        <translation>«حفظ PDF…» يحفظه ويفتحه في عارض PDF؛ و«طباعة…» يرسله إلى الطابعة.</translation>
    </message>
    <message>
        <source>Page one gives the doctor the essentials in a minute: red-flag episodes, current medicines, routine checks, coming appointments, your questions and how complete the diary is. Every diary entry with its notes is printed only if you tick it.</source>
        <translation>تعطي الصفحة الأولى الطبيبَ الأساسيات في دقيقة: نوبات العلامات الخطرة، والأدوية الحالية، والفحوص الدورية، والمواعيد القادمة، وأسئلتك، ومدى اكتمال اليوميات. ولا يُطبع كل إدخال في اليوميات مع ملاحظاته إلا إذا اخترت ذلك.</translation>
    </message>
    <message>
        <source>For emergencies, press {keys} (or “Emergency sheet (PDF)…” in Family &amp; care team): one page for emergency staff with the diagnosis, the key cautions, medicines and allergies, your child&apos;s usual state, procedures to avoid and whom to call. Fill in “Emergency information…” with the care team first, and keep a printed copy in the bag and in the car.</source>
        <translation>للطوارئ، اضغط {keys} (أو «ورقة الطوارئ (PDF)…» في «العائلة وفريق الرعاية»): صفحة واحدة لطاقم الطوارئ فيها التشخيص، والتحذيرات المهمة، والأدوية والحساسية، والحالة المعتادة لطفلك، والإجراءات التي يجب تجنّبها، ومن يُتصل به. املأ «معلومات الطوارئ…» مع فريق الرعاية أولًا، واحتفظ بنسخة مطبوعة في الحقيبة وفي السيارة.</translation>
    </message>
    <message>
        <source>Each entry is written to the disk when you save it. The diary is one file in this folder: {folder}</source>
        <translation>يُكتب كل إدخال على القرص عند حفظه. اليوميات ملف واحد في هذا المجلد: {folder}</translation>
    </message>
    <message>
        <source>A backup is made every day while the app is open, in {folder}. The backups of the last {days} days, and one for each of the last {months} months, are kept. Backups you make yourself are never deleted.</source>
        <translation>تُنشأ نسخة احتياطية كل يوم ما دام التطبيق مفتوحًا، في {folder}. يُحتفظ بنسخ آخر {days} يومًا، وبنسخة واحدة لكل شهر من آخر {months} شهرًا. النسخ التي تنشئها بنفسك لا تُحذف أبدًا.</translation>
    </message>
    <message>
        <source>Settings, Backups, “Back up now” (or Help, About): a backup now.</source>
        <translation>«الإعدادات»، «النسخ الاحتياطية»، «نسخ احتياطي الآن» (أو «مساعدة»، «حول»): نسخة احتياطية الآن.</translation>
    </message>
    <message>
        <source>Settings, Backups, “Also copy them to”: choose a USB stick or an external disk, so a lost or broken laptop does not take the diary with it.</source>
        <translation>«الإعدادات»، «النسخ الاحتياطية»، «انسخها أيضًا إلى»: اختر ذاكرة USB أو قرصًا خارجيًا، حتى لا تضيع اليوميات إذا ضاع الحاسوب المحمول أو تعطّل.</translation>
    </message>
    <message>
        <source>Settings, Backups, “Restore from a backup…”: puts the diary back as it was. The diary as it is now is kept as a backup first, so a restore can be undone.</source>
        <translation>«الإعدادات»، «النسخ الاحتياطية»، «الاستعادة من نسخة احتياطية…»: تعيد اليوميات كما كانت. تُحفظ اليوميات بحالتها الآن كنسخة احتياطية أولًا، فيمكن التراجع عن الاستعادة.</translation>
    </message>
    <message>
        <source>Do not keep the data folder in Dropbox, OneDrive, iCloud or on a network share: they can damage the diary. Copy a backup there instead, if you like.</source>
        <translation>لا تضع مجلد البيانات في Dropbox أو OneDrive أو iCloud أو على مجلد مشترك في الشبكة: فقد تُتلف اليوميات. انسخ إليها نسخة احتياطية بدلًا من ذلك، إن شئت.</translation>
    </message>
    <message>
        <source>If the diary file is ever damaged, the app sets it aside (it never deletes it) and offers your newest good backup.</source>
        <translation>إذا تلف ملف اليوميات يومًا، يضعه التطبيق جانبًا (ولا يحذفه أبدًا) ويعرض عليك أحدث نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>هذا الدليل</translation>
    </message>
    <message>
        <source>Find a symptom (Today), find in the notes (Diary)</source>
        <translation>البحث عن عَرَض («اليوم»)، البحث في الملاحظات («اليوميات»)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Pick the first symptom found (Today)</source>
        <translation>اختيار أول عَرَض يُعثر عليه («اليوم»)</translation>
    </message>
    <message>
        <source>{mild}, {moderate}, {severe}</source>
        <translation>{mild}، {moderate}، {severe}</translation>
    </message>
    <message>
        <source>Mild, Moderate, Severe (Today)</source>
        <translation>خفيف، متوسط، شديد («اليوم»)</translation>
    </message>
    <message>
        <source>Save the entry (Today, and the appointment form)</source>
        <translation>حفظ الإدخال («اليوم»، ونموذج الموعد)</translation>
    </message>
    <message>
        <source>Save (Today, Settings)</source>
        <translation>حفظ («اليوم»، «الإعدادات»)</translation>
    </message>
    <message>
        <source>Visit summary (PDF)</source>
        <translation>ملخص الزيارة (PDF)</translation>
    </message>
    <message>
        <source>Emergency information sheet (PDF)</source>
        <translation>ورقة معلومات الطوارئ (PDF)</translation>
    </message>
    <message>
        <source>Add an appointment, or a dental record (Teeth)</source>
        <translation>إضافة موعد، أو سجل أسنان («الأسنان»)</translation>
    </message>
    <message>
        <source>Undo a delete (Diary, Medicines, Appointments, Teeth)</source>
        <translation>التراجع عن حذف («اليوميات»، «الأدوية»، «المواعيد»، «الأسنان»)</translation>
    </message>
    <message>
        <source>Delete the chosen line</source>
        <translation>حذف السطر المختار</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Next, previous field or button</source>
        <translation>الحقل أو الزر التالي، السابق</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>ضغط الزر الذي عليه التركيز</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + الحرف المسطَّر</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>الذهاب إلى ذلك الحقل أو ضغط ذلك الزر</translation>
    </message>
    <message>
        <source>Clear the search; close a window</source>
        <translation>مسح البحث؛ إغلاق نافذة</translation>
    </message>
    <message>
        <source>The whole app works with the keyboard alone. The keys:</source>
        <translation>يعمل التطبيق كله بلوحة المفاتيح وحدها. المفاتيح:</translation>
    </message>
    <message>
        <source>Backups are in {folder}, and copies in {extra}, the folder you chose.</source>
        <translation>النسخ الاحتياطية في {folder}، ونسخ منها في {extra}، المجلد الذي اخترته.</translation>
    </message>
    <message>
        <source>Backups are in {folder}, on this computer too.</source>
        <translation>النسخ الاحتياطية في {folder}، على هذا الحاسوب أيضًا.</translation>
    </message>
    <message>
        <source>Your diary stays on this computer. Nothing is sent anywhere.</source>
        <translation>تبقى يومياتك على هذا الحاسوب. لا يُرسل شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Everything you write is kept in one file in {folder}. Only your user account on this computer can read it.</source>
        <translation>كل ما تكتبه محفوظ في ملف واحد في {folder}. لا يستطيع قراءته إلا حساب المستخدم الخاص بك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The app never connects to the internet. There is no account and no sign-in, no advertising, and no tracking or usage statistics.</source>
        <translation>لا يتصل التطبيق بالإنترنت أبدًا. لا حساب ولا تسجيل دخول، ولا إعلانات، ولا تتبّع ولا إحصاءات استخدام.</translation>
    </message>
    <message>
        <source>A PDF you save or print holds what you chose: your child&apos;s name and birth date, the diagnosis, the symptoms and notes of the period, medicines and doses, appointments, dental care, and on the emergency sheet the care team&apos;s names and numbers. You decide whom to give it to; once it leaves the app, keep it as you would any medical paper.</source>
        <translation>ملف PDF الذي تحفظه أو تطبعه يحوي ما اخترته: اسم طفلك وتاريخ ميلاده، والتشخيص، وأعراض الفترة وملاحظاتها، والأدوية والجرعات، والمواعيد، والعناية بالأسنان، وفي ورقة الطوارئ أسماء فريق الرعاية وأرقامهم. أنت من تقرر لمن تعطيه؛ وبعد خروجه من التطبيق، احفظه كما تحفظ أي ورقة طبية.</translation>
    </message>
    <message>
        <source>Anyone who can use your account on this computer can open the app and read the diary: lock the computer when you leave it.</source>
        <translation>أي شخص يستطيع استخدام حسابك على هذا الحاسوب يمكنه فتح التطبيق وقراءة اليوميات: اقفل الحاسوب حين تتركه.</translation>
    </message>
    <message>
        <source>A log of problems inside the app is kept in the data folder; it never holds what you write.</source>
        <translation>يُحفظ سجل لمشكلات التطبيق الداخلية في مجلد البيانات؛ ولا يحوي أبدًا ما تكتبه.</translation>
    </message>
    <message>
        <source>Removing the app leaves the diary in its folder. To delete the diary, delete that folder (keep a backup first if you may want it again).</source>
        <translation>إزالة التطبيق تترك اليوميات في مجلدها. لحذف اليوميات، احذف ذلك المجلد (احتفظ بنسخة احتياطية أولًا إن كنت قد تحتاجها مجددًا).</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>tooth {tooth} is already recorded as coming through on {other}; correct it in the app or in the file</source>
        <translation>السن {tooth} مسجّل بالفعل أنه ظهر في {other}؛ صحّح ذلك في التطبيق أو في الملف</translation>
    </message>
    <message>
        <source>Could not make the folder {path}: {reason}.</source>
        <extracomment>(kind, exporter): the kind names the file (``&lt;kind&gt;.csv``). Append new record types here.</extracomment>
        <translation>تعذّر إنشاء المجلد {path}: {reason}.</translation>
    </message>
    <message>
        <source>tooth {tooth} is also recorded as coming through on {other} (line {other_line}); keep one</source>
        <translation>السن {tooth} مسجّل أيضًا أنه ظهر في {other} (السطر {other_line})؛ أبقِ واحدًا</translation>
    </message>
    <message>
        <source>is not a column of this file (the columns are: {known})</source>
        <translation>ليس عمودًا في هذا الملف (الأعمدة هي: {known})</translation>
    </message>
    <message>
        <source>holds bytes that are not UTF-8 text ({bytes}); save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again</source>
        <translation>يحوي بايتات ليست نص UTF-8 ({bytes})؛ احفظ الملف بترميز UTF-8 (في جداول البيانات: CSV UTF-8) واستورده مرة أخرى</translation>
    </message>
    <message>
        <source>the first line must name the columns, for example: {columns}</source>
        <translation>يجب أن يسمّي السطر الأول الأعمدة، مثلًا: {columns}</translation>
    </message>
    <message>
        <source>column {position} has no name; name it or remove the column</source>
        <translation>العمود {position} بلا اسم؛ سمّه أو احذف العمود</translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation>العمود مكرر أكثر من مرة</translation>
    </message>
    <message>
        <source>required column is missing (the required columns are: {need})</source>
        <translation>عمود مطلوب مفقود (الأعمدة المطلوبة هي: {need})</translation>
    </message>
    <message>
        <source>a quoted value that starts on this line is never closed (a missing &quot;)</source>
        <translation>قيمة بين علامتي اقتباس تبدأ في هذا السطر ولا تُغلق أبدًا (علامة &quot; ناقصة)</translation>
    </message>
    <message>
        <source>holds a value longer than {limit} characters</source>
        <translation>يحوي قيمة أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>ليس CSV صالحًا ({error})</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns, for example: {columns}</source>
        <translation>الملف فارغ؛ يجب أن يسمّي سطره الأول الأعمدة، مثلًا: {columns}</translation>
    </message>
    <message>
        <source>has {found} values but the header names {expected} columns</source>
        <translation>فيه {found} قيم لكن الترويسة تسمّي {expected} أعمدة</translation>
    </message>
    <message>
        <source>is not a column of a symptom file (the columns are: {known})</source>
        <translation>ليس عمودًا في ملف الأعراض (الأعمدة هي: {known})</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Nothing was imported.</source>
        <translation>تعذّرت قراءة {path}: {reason}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. The file was not changed.</source>
        <translation>تعذّرت كتابة {path}: {reason}. لم يتغيّر الملف.</translation>
    </message>
    <message>
        <source>is not a column of a medicines file (the columns are: {known})</source>
        <translation>ليس عمودًا في ملف الأدوية (الأعمدة هي: {known})</translation>
    </message>
    <message>
        <source>is not a column of a doses file (the columns are: {known})</source>
        <translation>ليس عمودًا في ملف الجرعات (الأعمدة هي: {known})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n شهر</numerusform>
            <numerusform>%n أشهر</numerusform>
            <numerusform>%n شهرًا</numerusform>
            <numerusform>%n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>{years}, {months}</source>
        <translation>{years} و{months}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}، {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The child the diary was last given, in a tuple (``()``: none given yet). The care-record pages (Medicines, Appointments, Teeth, When to seek care) once built.</extracomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The window&apos;s sections in the order of Ctrl+1 to Ctrl+8, in the window&apos;s own words.</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>اليوميات</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Teeth</source>
        <translation>الأسنان</translation>
    </message>
    <message>
        <source>When to seek care</source>
        <translation>متى تطلب الرعاية</translation>
    </message>
    <message>
        <source>Family &amp; care team</source>
        <translation>العائلة وفريق الرعاية</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <extracomment>The Export dialog opened with Ctrl+P or Ctrl+E, while it is open. The guide (F1) and About, while they are open.</extracomment>
        <translation>ال&amp;طفل:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>‏{name} ({age})</translation>
    </message>
    <message>
        <source>No child added yet</source>
        <translation>لم يُضف أي طفل بعد</translation>
    </message>
    <message>
        <source>Logging as {name}</source>
        <translation>التسجيل باسم {name}</translation>
    </message>
    <message>
        <source>Add your name in Settings so entries show who wrote them</source>
        <translation>أضف اسمك في الإعدادات لتُظهر الإدخالات من كتبها</translation>
    </message>
    <message>
        <source>{who}  ·  Times in {zone}  ·  Saved on this computer only</source>
        <translation>{who}  ·  الأوقات بتوقيت {zone}  ·  محفوظ على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>ال&amp;دليل</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>ال&amp;خصوصية</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;حول {app}</translation>
    </message>
    <message>
        <source>Your diary was not moved: the entry you are typing could not be stored first. Try again in a moment.</source>
        <translation>لم تُنقل يومياتك: تعذّر أولًا حفظ الإدخال الذي تكتبه. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Your diary is now kept on this computer only, in {folder}. The old file was kept in its old folder under another name.

The app opens again now.</source>
        <translation>يومياتك محفوظة الآن على هذا الحاسوب فقط، في {folder}. بقي الملف القديم في مجلده القديم باسم آخر.

سيُفتح التطبيق من جديد الآن.</translation>
    </message>
    <message>
        <source>What you are typing on the Today page could not be stored: the diary is busy or cannot be written right now. If you close now, it is lost.

Stay, wait a moment, then save the entry or close again.</source>
        <translation>تعذّر حفظ ما تكتبه في صفحة «اليوم»: اليوميات مشغولة أو لا يمكن الكتابة فيها الآن. إذا أغلقت الآن، فسيضيع.

ابقَ، وانتظر لحظة، ثم احفظ الإدخال أو أغلق مرة أخرى.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>الإغلاق على أي حال</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <source>mg</source>
        <extracomment>Units offered in the unit box (any other can be typed): words, not doses.</extracomment>
        <translation>ملغ</translation>
    </message>
    <message>
        <source>microgram</source>
        <translation>ميكروغرام</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>مل</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>قطرات</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>كبسولة</translation>
    </message>
    <message>
        <source>sachet</source>
        <translation>كيس</translation>
    </message>
    <message>
        <source>puff</source>
        <translation>بخّة</translation>
    </message>
    <message>
        <source>IU</source>
        <translation>وحدة دولية</translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation>اختر يومًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <extracomment>The medicine as saved, once Save succeeded.</extracomment>
        <translation>إضافة دواء</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Save the medicine</source>
        <translation>حفظ الدواء</translation>
    </message>
    <message>
        <source>As on the prescription</source>
        <translation>كما في الوصفة الطبية</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>اسم الدواء</translation>
    </message>
    <message>
        <source>Names offered are spelling help only (from the clinical notes), never advice.
Enter what your child&apos;s care team prescribed.</source>
        <translation>الأسماء المعروضة للمساعدة في الكتابة فقط (من الملاحظات الطبية)، وليست نصيحة أبدًا.
أدخل ما وصفه فريق رعاية طفلك.</translation>
    </message>
    <message>
        <source>Amount, e.g. 2.5</source>
        <translation>الكمية، مثل 2.5</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>كمية الجرعة</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>وحدة الجرعة</translation>
    </message>
    <message>
        <source>Unit, e.g. mg</source>
        <translation>الوحدة، مثل ملغ</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>ال&amp;جرعة</translation>
    </message>
    <message>
        <source>Or as the prescription says it, e.g. one sachet in water</source>
        <translation>أو كما تقولها الوصفة، مثل: كيس واحد في الماء</translation>
    </message>
    <message>
        <source>Dose in &amp;words</source>
        <translation>الجرعة &amp;بالكلمات</translation>
    </message>
    <message>
        <source>Dose in words</source>
        <translation>الجرعة بالكلمات</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;طريقة الإعطاء</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>When it is given</source>
        <translation>متى يُعطى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>24-hour times, e.g. 08:00 20:00</source>
        <translation>أوقات بنظام 24 ساعة، مثل 08:00 20:00</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>الأو&amp;قات</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>أوقات اليوم</translation>
    </message>
    <message>
        <source>On these days</source>
        <translation>في هذه الأيام</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>أيام الأسبوع</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>كل كم يومًا</translation>
    </message>
    <message>
        <source>Every how &amp;many days</source>
        <translation>كل &amp;كم يومًا</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>مستمر</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>Who prescribed it (optional)</source>
        <translation>من وصفه (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Prescribed by</source>
        <translation>و&amp;صفه</translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation>لماذا يُعطى (اختياري)</translation>
    </message>
    <message>
        <source>W&amp;hat for</source>
        <translation>لما&amp;ذا</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>لماذا يُعطى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>e.g. with food (optional)</source>
        <translation>مثل: مع الطعام (اختياري)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>غير محسوب</translation>
    </message>
    <message>
        <source>Doses at home</source>
        <translation>الجرعات في البيت</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>بلا تنبيه</translation>
    </message>
    <message>
        <source>Warn when this many doses are left</source>
        <translation>التنبيه عندما يبقى هذا العدد من الجرعات</translation>
    </message>
    <message>
        <source>w&amp;arn at</source>
        <translation>ال&amp;تنبيه عند</translation>
    </message>
    <message>
        <source>Doses at hom&amp;e</source>
        <translation>الجرعات في الب&amp;يت</translation>
    </message>
</context>
<context>
    <name>MedicineWords</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>عند الحاجة</translation>
    </message>
    <message>
        <source>{times}, every day</source>
        <translation>{times}، كل يوم</translation>
    </message>
    <message numerus="yes">
        <source>{times}, every %n days</source>
        <translation>
            <numerusform>{times}، كل %n يوم</numerusform>
            <numerusform>{times}، كل %n يوم</numerusform>
            <numerusform>{times}، كل %n يوم</numerusform>
            <numerusform>{times}، كل %n أيام</numerusform>
            <numerusform>{times}، كل %n يومًا</numerusform>
            <numerusform>{times}، كل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times} في {days}</translation>
    </message>
    <message>
        <source>{name} {dose}, {route}</source>
        <translation>‏{name} {dose}، {route}</translation>
    </message>
    <message>
        <source>{name}, {route}</source>
        <translation>‏{name}، {route}</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>يبدأ {day}</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>منذ {day}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>since {first}, last day {last}</source>
        <translation>منذ {first}، آخر يوم {last}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>غير محسوب</translation>
    </message>
    <message numerus="yes">
        <source>%n left (low)</source>
        <translation>
            <numerusform>بقي %n (قليل)</numerusform>
            <numerusform>بقي %n (قليل)</numerusform>
            <numerusform>بقي %n (قليل)</numerusform>
            <numerusform>بقي %n (قليل)</numerusform>
            <numerusform>بقي %n (قليل)</numerusform>
            <numerusform>بقي %n (قليل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>تُخطّيت: {reason}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <source>Given late, at {time}</source>
        <translation>أُعطيت متأخرة، في {time}</translation>
    </message>
    <message>
        <source>Given early, at {time}</source>
        <translation>أُعطيت مبكرة، في {time}</translation>
    </message>
    <message>
        <source>Given at {time}</source>
        <translation>أُعطيت في {time}</translation>
    </message>
    <message>
        <source>{given} on {day}</source>
        <translation>{given} في {day}</translation>
    </message>
    <message>
        <source>{given} by {name}</source>
        <translation>{given} بواسطة {name}</translation>
    </message>
    <message>
        <source>Overdue: not recorded yet</source>
        <translation>فات موعدها: لم تُسجَّل بعد</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>حان موعدها الآن</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>By mouth</source>
        <translation>بالفم</translation>
    </message>
    <message>
        <source>Under the skin (injection)</source>
        <translation>تحت الجلد (حقنة)</translation>
    </message>
    <message>
        <source>On the skin or teeth</source>
        <translation>على الجلد أو الأسنان</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>استنشاقًا</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Given on time</source>
        <translation>أُعطيت في وقتها</translation>
    </message>
    <message>
        <source>Given late</source>
        <translation>أُعطيت متأخرة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
</context>
<context>
    <name>MedicinesPage</name>
    <message>
        <source>Medicines</source>
        <extracomment>Periods offered for the history (days, ending today). Rows a table shows before it scrolls on its own. The adherence rows shown for the chosen period (tests compare them).</extracomment>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>Add your child on the Today page first.</source>
        <translation>أضف طفلك في صفحة «اليوم» أولًا.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Doses at home</source>
        <translation>الجرعات في البيت</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>فترة الإعطاء</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>الأدوية الحالية</translation>
    </message>
    <message>
        <source>Current &amp;medicines</source>
        <translation>الأدوية الحا&amp;لية</translation>
    </message>
    <message>
        <source>No medicines now. Add each medicine as the care team prescribed it.</source>
        <translation>لا أدوية الآن. أضف كل دواء كما وصفه فريق الرعاية.</translation>
    </message>
    <message>
        <source>&amp;Add a medicine…</source>
        <translation>إ&amp;ضافة دواء…</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>إضافة دواء</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the chosen medicine</source>
        <translation>تعديل الدواء المختار</translation>
    </message>
    <message>
        <source>&amp;Refill…</source>
        <translation>إعادة التع&amp;بئة…</translation>
    </message>
    <message>
        <source>Record a refill of the chosen medicine</source>
        <translation>تسجيل إعادة تعبئة للدواء المختار</translation>
    </message>
    <message>
        <source>&amp;Log a dose…</source>
        <translation>ت&amp;سجيل جرعة…</translation>
    </message>
    <message>
        <source>Log a dose of the chosen medicine</source>
        <translation>تسجيل جرعة من الدواء المختار</translation>
    </message>
    <message>
        <source>An as-needed dose with its reason, or a scheduled dose of another day</source>
        <translation>جرعة عند الحاجة مع سببها، أو جرعة مقررة في يوم آخر</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Stop the chosen medicine</source>
        <translation>إيقاف الدواء المختار</translation>
    </message>
    <message>
        <source>No more doses from today; it moves to the stopped medicines with its history</source>
        <translation>لا جرعات بعد اليوم؛ ينتقل إلى الأدوية الموقوفة مع سجله</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the chosen medicine</source>
        <translation>حذف الدواء المختار</translation>
    </message>
    <message>
        <source>Delete it (Undo brings it back)</source>
        <translation>حذفه («تراجع» يعيده)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>History period</source>
        <translation>فترة السجل</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n يوم</numerusform>
            <numerusform>آخر %n أيام</numerusform>
            <numerusform>آخر %n يومًا</numerusform>
            <numerusform>آخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>Doses due</source>
        <translation>الجرعات المستحقة</translation>
    </message>
    <message>
        <source>Given on time</source>
        <translation>أُعطيت في وقتها</translation>
    </message>
    <message>
        <source>Given late</source>
        <translation>أُعطيت متأخرة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّيت</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
    <message>
        <source>As needed, given</source>
        <translation>عند الحاجة، أُعطيت</translation>
    </message>
    <message>
        <source>How the doses went</source>
        <translation>كيف سارت الجرعات</translation>
    </message>
    <message>
        <source>Scheduled doses due so far in the period. Late: given more than an hour from the scheduled time.</source>
        <translation>الجرعات المقررة المستحقة حتى الآن في الفترة. متأخرة: أُعطيت بعد أكثر من ساعة من الوقت المقرر.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Dose log</source>
        <translation>سجل الجرعات</translation>
    </message>
    <message>
        <source>C&amp;hange dose…</source>
        <translation>ت&amp;غيير الجرعة…</translation>
    </message>
    <message>
        <source>Change the chosen dose in the log</source>
        <translation>تغيير الجرعة المختارة في السجل</translation>
    </message>
    <message>
        <source>Remo&amp;ve dose</source>
        <translation>إ&amp;زالة الجرعة</translation>
    </message>
    <message>
        <source>Remove the chosen dose from the log</source>
        <translation>إزالة الجرعة المختارة من السجل</translation>
    </message>
    <message>
        <source>Remove it from the log (Undo brings it back)</source>
        <translation>إزالتها من السجل («تراجع» يعيدها)</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>لماذا يُعطى</translation>
    </message>
    <message>
        <source>Stopped medicines</source>
        <translation>الأدوية الموقوفة</translation>
    </message>
    <message>
        <source>&amp;Stopped medicines</source>
        <translation>الأ&amp;دوية الموقوفة</translation>
    </message>
    <message>
        <source>None. A stopped medicine keeps its history here.</source>
        <translation>لا شيء. الدواء الموقوف يحتفظ بسجله هنا.</translation>
    </message>
    <message>
        <source>Ed&amp;it stopped…</source>
        <translation>تعديل ال&amp;موقوف…</translation>
    </message>
    <message>
        <source>Edit the chosen stopped medicine</source>
        <translation>تعديل الدواء الموقوف المختار</translation>
    </message>
    <message>
        <source>To take it again, clear or move its last day</source>
        <translation>لإعطائه مرة أخرى، امسح يومه الأخير أو غيّره</translation>
    </message>
    <message>
        <source>Delete st&amp;opped</source>
        <translation>حذف الم&amp;وقوف</translation>
    </message>
    <message>
        <source>Delete the chosen stopped medicine</source>
        <translation>حذف الدواء الموقوف المختار</translation>
    </message>
    <message>
        <source>{name}&apos;s medicines</source>
        <translation>أدوية {name}</translation>
    </message>
    <message>
        <source>{name} ({left})</source>
        <translation>‏{name} ({left})</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
            <numerusform>بقي %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{mark} Running low: {items}. Time to ask for a refill.</source>
        <translation>{mark} أوشك على النفاد: {items}. حان وقت طلب إعادة التعبئة.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>How the doses went, {period}</source>
        <translation>كيف سارت الجرعات، {period}</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>عند الحاجة</translation>
    </message>
    <message numerus="yes">
        <source>Dose log, {period} (%n doses)</source>
        <translation>
            <numerusform>سجل الجرعات، {period} (%n جرعة)</numerusform>
            <numerusform>سجل الجرعات، {period} (%n جرعة)</numerusform>
            <numerusform>سجل الجرعات، {period} (%n جرعة)</numerusform>
            <numerusform>سجل الجرعات، {period} (%n جرعات)</numerusform>
            <numerusform>سجل الجرعات، {period} (%n جرعة)</numerusform>
            <numerusform>سجل الجرعات، {period} (%n جرعة)</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}; why: {reason}</source>
        <translation>{state}؛ السبب: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Refill of {name} recorded: %n doses.</source>
        <translation>
            <numerusform>سُجّلت إعادة تعبئة {name}: %n جرعة.</numerusform>
            <numerusform>سُجّلت إعادة تعبئة {name}: %n جرعة.</numerusform>
            <numerusform>سُجّلت إعادة تعبئة {name}: %n جرعة.</numerusform>
            <numerusform>سُجّلت إعادة تعبئة {name}: %n جرعات.</numerusform>
            <numerusform>سُجّلت إعادة تعبئة {name}: %n جرعة.</numerusform>
            <numerusform>سُجّلت إعادة تعبئة {name}: %n جرعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refill of {name} taken back.</source>
        <translation>أُلغيت إعادة تعبئة {name}.</translation>
    </message>
    <message>
        <source>Dose of {name} recorded.</source>
        <translation>سُجّلت جرعة من {name}.</translation>
    </message>
    <message>
        <source>Dose of {name} taken out of the log.</source>
        <translation>أُزيلت جرعة {name} من السجل.</translation>
    </message>
    <message>
        <source>Saved the change to a dose of {name}.</source>
        <translation>حُفظ التغيير على جرعة من {name}.</translation>
    </message>
    <message>
        <source>Removed from the log: {name}, {day}.</source>
        <translation>أُزيلت من السجل: {name}، {day}.</translation>
    </message>
    <message>
        <source>Dose of {name} is back in the log.</source>
        <translation>عادت جرعة {name} إلى السجل.</translation>
    </message>
    <message>
        <source>Not changed: {reason}. Try again in a moment.</source>
        <translation>لم يتغيّر: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>{name} stopped: no more doses from today. It is listed under Stopped medicines, with its history.</source>
        <translation>أُوقف {name}: لا جرعات بعد اليوم. يظهر تحت «الأدوية الموقوفة» مع سجله.</translation>
    </message>
    <message>
        <source>{name} stopped: it started today, so today is its last day.</source>
        <translation>أُوقف {name}: بدأ اليوم، فاليوم هو يومه الأخير.</translation>
    </message>
    <message>
        <source>{name} is taken again, as before.</source>
        <translation>يُعطى {name} مرة أخرى، كما كان.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>حُذف {name}.</translation>
    </message>
    <message>
        <source>{name} is back.</source>
        <translation>عاد {name}.</translation>
    </message>
</context>
<context>
    <name>MissedReminders</name>
    <message>
        <source>Seen</source>
        <extracomment>Shown, hidden or changed (its height changed).</extracomment>
        <translation>اطّلعت</translation>
    </message>
    <message>
        <source>Hide the list of reminders that were missed</source>
        <translation>إخفاء قائمة التذكيرات الفائتة</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>و{count} غيرها</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QuestionsList</name>
    <message>
        <source>New question</source>
        <extracomment>Rows the list shows before it scrolls. The questions changed (added, edited, removed or moved).</extracomment>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <source>Type a question, then press Enter</source>
        <translation>اكتب سؤالًا، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Add the question to the list</source>
        <translation>إضافة السؤال إلى القائمة</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>أسئلة للطرح</translation>
    </message>
    <message>
        <source>F2 edits a question, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>F2 لتعديل السؤال، وDelete لإزالته، وCtrl+Up وCtrl+Down لتحريكه.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit the chosen question</source>
        <translation>تعديل السؤال المختار</translation>
    </message>
    <message>
        <source>Edit the chosen question (F2)</source>
        <translation>تعديل السؤال المختار (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation>إزالة السؤال المختار</translation>
    </message>
    <message>
        <source>Remove the chosen question (Delete)</source>
        <translation>إزالة السؤال المختار (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Move the chosen question up</source>
        <translation>تحريك السؤال المختار لأعلى</translation>
    </message>
    <message>
        <source>Ask this question earlier (Ctrl+Up)</source>
        <translation>اطرح هذا السؤال أبكر (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>لأسفل</translation>
    </message>
    <message>
        <source>Move the chosen question down</source>
        <translation>تحريك السؤال المختار لأسفل</translation>
    </message>
    <message>
        <source>Ask this question later (Ctrl+Down)</source>
        <translation>اطرح هذا السؤال لاحقًا (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Autosomal recessive malignant osteopetrosis, osteoclast-poor, caused by biallelic TNFSF11 (RANKL) variants (RANKL-deficient osteopetrosis, OPTB2, OMIM #259710)</source>
        <translation>تحجّر العظام الخبيث المتنحي الجسدي، قليل ناقضات العظم، الناتج عن متغيّرات في نسختي جين TNFSF11 (RANKL) (تحجّر العظام بنقص RANKL، OPTB2، OMIM #259710)</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The diary in {folder} could not be opened ({reason}). Check that the folder is yours and that its disk is connected and not full, then open the app again.</source>
        <extracomment>How the storage layer names a damaged file it set aside (database.set_aside).</extracomment>
        <translation>تعذّر فتح اليوميات في {folder} ({reason}). تأكّد أن المجلد يخصك وأن قرصه موصول وغير ممتلئ، ثم افتح التطبيق من جديد.</translation>
    </message>
</context>
<context>
    <name>RedFlagAlertDialog</name>
    <message>
        <source>Red flag for {name}: {level}</source>
        <extracomment>How many of the episode&apos;s entries the dialog lists (the first ones, oldest first). The family acknowledged the alert (its id); it is stored.</extracomment>
        <translation>علامة خطرة لدى {name}: {level}</translation>
    </message>
    <message>
        <source>{rule}, for {name}</source>
        <translation>{rule}، لدى {name}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;تأكيد الاطلاع</translation>
    </message>
    <message>
        <source>Acknowledge the alert and keep what you did</source>
        <translation>تأكيد الاطلاع على التنبيه وحفظ ما فعلته</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لا&amp;حقًا</translation>
    </message>
    <message>
        <source>Close for now; the alert stays in the Red flags history, not acknowledged</source>
        <translation>الإغلاق الآن؛ يبقى التنبيه في سجل العلامات الخطرة دون تأكيد الاطلاع</translation>
    </message>
    <message>
        <source>Saving the entry is done. This alert is kept in the Red flags history.</source>
        <translation>تم حفظ الإدخال. يُحتفظ بهذا التنبيه في سجل العلامات الخطرة.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>What happened, who you spoke to, what they said</source>
        <translation>ماذا حدث، ومع من تحدثت، وماذا قالوا</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>ماذا فعلت؟</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>م&amp;لاحظة</translation>
    </message>
    <message>
        <source>{symptom} ({severity})</source>
        <translation>{symptom} ({severity})</translation>
    </message>
    <message>
        <source>• {what}: {when}</source>
        <translation>• {what}: {when}</translation>
    </message>
    <message>
        <source>{line} (deleted since)</source>
        <translation>{line} (حُذف منذ ذلك)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} غيرها</translation>
    </message>
    <message>
        <source>Started: {when}</source>
        <translation>البداية: {when}</translation>
    </message>
    <message>
        <source>What was logged:</source>
        <translation>ما سُجّل:</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Acknowledge again in a moment.</source>
        <translation>لم يُحفظ: {reason}. جرّب «تأكيد الاطلاع» مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>RedFlagWatcher</name>
    <message>
        <source>Red flags were found in entries from the last 7 days that were saved outside this window ({count}). See “When to seek care”, Red flags history.</source>
        <extracomment>A catch-up mentions the episodes that went on this recently (older ones are history). A child&apos;s alerts changed (raised, grown or acknowledged): the history refreshes. Something to say in the status bar (a catch-up found recent red flags, or a check could not run). The alert dialog while it is open (tests drive it).</extracomment>
        <translation>وُجدت علامات خطرة في إدخالات من آخر 7 أيام حُفظت خارج هذه النافذة ({count}). انظر «متى تطلب الرعاية»، سجل العلامات الخطرة.</translation>
    </message>
    <message>
        <source>Red flags could not be checked just now ({reason}). They are checked again at the next save.</source>
        <translation>تعذّر فحص العلامات الخطرة الآن ({reason}). ستُفحص مجددًا عند الحفظ التالي.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Called the emergency number</source>
        <translation>اتصلت برقم الطوارئ</translation>
    </message>
    <message>
        <source>Called the care team</source>
        <translation>اتصلت بفريق الرعاية</translation>
    </message>
    <message>
        <source>Went to the emergency department</source>
        <translation>ذهبت إلى قسم الطوارئ</translation>
    </message>
    <message>
        <source>Something else (see the note)</source>
        <translation>شيء آخر (انظر الملاحظة)</translation>
    </message>
    <message>
        <source>when it was logged</source>
        <translation>عند تسجيلها</translation>
    </message>
    <message>
        <source>from an imported diary</source>
        <translation>من يوميات مستوردة</translation>
    </message>
    <message>
        <source>found in earlier entries</source>
        <translation>وُجدت في إدخالات سابقة</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>رقم الطوارئ</translation>
    </message>
    <message>
        <source>{level}: {action}</source>
        <translation>{level}: {action}</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>لم يُدوَّن</translation>
    </message>
    <message>
        <source>{day}, time not known</source>
        <translation>{day}، الوقت غير معروف</translation>
    </message>
</context>
<context>
    <name>RefillDialog</name>
    <message>
        <source>Refill {name}</source>
        <extracomment>Refills shown in the log (newest first); a medicine refilled monthly for ten years has 120. The refill as saved, once Save succeeded.</extracomment>
        <translation>إعادة تعبئة {name}</translation>
    </message>
    <message>
        <source>Save this refill</source>
        <translation>حفظ إعادة التعبئة هذه</translation>
    </message>
    <message>
        <source>Doses at home now: {stock}</source>
        <translation>الجرعات في البيت الآن: {stock}</translation>
    </message>
    <message>
        <source>How many doses came in, e.g. 30</source>
        <translation>كم جرعة وصلت، مثل 30</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;كم</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>كم</translation>
    </message>
    <message>
        <source>Day of the refill</source>
        <translation>يوم إعادة التعبئة</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>e.g. pharmacy, batch (optional)</source>
        <translation>مثل: الصيدلية، رقم التشغيلة (اختياري)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Refills so far</source>
        <translation>إعادات التعبئة حتى الآن</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n doses</source>
        <translation>
            <numerusform>{day}: %n جرعة</numerusform>
            <numerusform>{day}: %n جرعة</numerusform>
            <numerusform>{day}: %n جرعة</numerusform>
            <numerusform>{day}: %n جرعات</numerusform>
            <numerusform>{day}: %n جرعة</numerusform>
            <numerusform>{day}: %n جرعة</numerusform>
        </translation>
    </message>
    <message>
        <source>{refill}, by {name}</source>
        <translation>{refill}، بواسطة {name}</translation>
    </message>
    <message>
        <source>{refill} ({notes})</source>
        <translation>{refill} ({notes})</translation>
    </message>
    <message>
        <source>No refills recorded yet.</source>
        <translation>لم تُسجَّل أي إعادة تعبئة بعد.</translation>
    </message>
    <message>
        <source>&amp;Refills so far</source>
        <translation>إعادات ال&amp;تعبئة حتى الآن</translation>
    </message>
    <message>
        <source>A refill adds to the doses at home; each dose marked given takes one away.</source>
        <translation>إعادة التعبئة تزيد الجرعات في البيت؛ وكل جرعة تُعلَّم «أُعطيت» تنقص واحدة.</translation>
    </message>
</context>
<context>
    <name>Relocation</name>
    <message>
        <source>Your diary is already in {path}.</source>
        <translation>يومياتك موجودة بالفعل في {path}.</translation>
    </message>
    <message>
        <source>There is already a diary in {path}; it was not touched. Your diary is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>توجد يوميات بالفعل في {path}؛ ولم تُمس. يومياتك ما زالت في مكانها القديم، دون تغيير، والتطبيق يواصل استخدامها.</translation>
    </message>
    <message>
        <source>Your diary could not be copied to {path} ({reason}). It is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>تعذّر نسخ يومياتك إلى {path} ({reason}). ما زالت في مكانها القديم، دون تغيير، والتطبيق يواصل استخدامها.</translation>
    </message>
    <message>
        <source>The copy of your diary in {path} did not match the original, so it was removed. Your diary is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>نسخة يومياتك في {path} لم تطابق الأصل، فحُذفت. يومياتك ما زالت في مكانها القديم، دون تغيير، والتطبيق يواصل استخدامها.</translation>
    </message>
    <message>
        <source>Your diary could not be moved out of {path} ({reason}), so the new copy was removed. Your diary is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>تعذّر نقل يومياتك من {path} ({reason})، فحُذفت النسخة الجديدة. يومياتك ما زالت في مكانها القديم، دون تغيير، والتطبيق يواصل استخدامها.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Given</source>
        <translation>أُعطيت</translation>
    </message>
    <message>
        <source>Given now: {what}</source>
        <translation>أُعطيت الآن: {what}</translation>
    </message>
    <message>
        <source>Record it in the dose log as given now, by you</source>
        <translation>سجّلها في سجل الجرعات كمُعطاة الآن، بواسطتك</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>تخطٍّ…</translation>
    </message>
    <message>
        <source>Skip {what}, and say why</source>
        <translation>تخطّي {what}، مع ذكر السبب</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Remind me later: {what}</source>
        <translation>ذكّرني لاحقًا: {what}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>The snooze choices, as menu actions (in an hour, tomorrow morning).</extracomment>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss this reminder: {what}</source>
        <translation>تجاهل هذا التذكير: {what}</translation>
    </message>
    <message>
        <source>Why was it skipped? e.g. vomiting, asleep</source>
        <translation>لماذا تُخطّيت؟ مثل: قيء، نائم</translation>
    </message>
    <message>
        <source>Why the dose was skipped</source>
        <translation>لماذا تُخطّيت الجرعة</translation>
    </message>
    <message>
        <source>Skip dose</source>
        <translation>تخطّي الجرعة</translation>
    </message>
    <message>
        <source>Record {what} as skipped</source>
        <translation>تسجيل {what} كمُتخطّاة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not skip the dose</source>
        <translation>عدم تخطّي الجرعة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Remind me of each scheduled &amp;medicine dose</source>
        <translation>ذكّرني بكل جرعة &amp;دواء مقررة</translation>
    </message>
    <message>
        <source>Remind me of each scheduled medicine dose</source>
        <translation>ذكّرني بكل جرعة دواء مقررة</translation>
    </message>
    <message>
        <source>Days before a chec&amp;k is due</source>
        <translation>أيام قبل موعد ال&amp;فحص</translation>
    </message>
    <message>
        <source>Remind this many days before a check is due</source>
        <translation>التذكير قبل موعد الفحص بهذا العدد من الأيام</translation>
    </message>
    <message>
        <source>Hours before an a&amp;ppointment</source>
        <translation>ساعات قبل ال&amp;موعد</translation>
    </message>
    <message>
        <source>Remind this many hours before an appointment</source>
        <translation>التذكير قبل الموعد بهذا العدد من الساعات</translation>
    </message>
    <message>
        <source>Save reminder settings</source>
        <translation>حفظ إعدادات التذكير</translation>
    </message>
    <message>
        <source>Save the reminder settings</source>
        <translation>حفظ إعدادات التذكير</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Reminders show on the Today page, and as a notification where your desktop has one. A check also reminds on the day it is due, and every week while it is overdue.</source>
        <translation>تظهر التذكيرات في صفحة «اليوم»، وكإشعار إن كان سطح المكتب لديك يدعم الإشعارات. ويذكّر الفحص أيضًا في يوم استحقاقه، وكل أسبوع ما دام متأخرًا.</translation>
    </message>
    <message>
        <source>An appointment also reminds the evening before, at {time}. 0 hours: only the evening before.</source>
        <translation>يذكّر الموعد أيضًا في المساء السابق، الساعة {time}. 0 ساعات: في المساء السابق فقط.</translation>
    </message>
    <message>
        <source>The reminder settings were not saved ({reason}). Try again.</source>
        <translation>لم تُحفظ إعدادات التذكير ({reason}). حاول مجددًا.</translation>
    </message>
    <message>
        <source>Reminder settings saved.</source>
        <translation>حُفظت إعدادات التذكير.</translation>
    </message>
</context>
<context>
    <name>ReminderTicker</name>
    <message>
        <source>Reminders could not be checked just now ({reason}). They are checked again in a minute.</source>
        <extracomment>How often the heartbeat looks for a sleep, a clock change or a job that did not run. How long after the first paint the first catch-up runs (the Today page fills first). Changes of the data come in bursts (a save emits several signals): one re-plan after them. How many upcoming instants get a date job (the next ones are planned after each tick). The jobs are planned again at least this often: the plan looks a week ahead, and a window left open for longer with nothing firing must still see what comes after it. QTimer takes a signed 32-bit number of milliseconds. Reminders that became due (a list of ReminderOccurrence, recorded as fired), and why they were looked for (a CatchUpReason value). :attr:`missed` changed (a start or a wake-up found reminders, or they were seen). Reminders could not be read (the diary is busy or failing): a sentence to show. Emitted by the date jobs; connected with a QueuedConnection (see the module&apos;s doc). The last catch-up or plan failed (the diary was busy): the heartbeat tries again. The instants (the services&apos; clock) that have a date job, earliest first. What a start or a wake-up found, newest occurrence of each reminder, until the family has seen it (:meth:`clear_missed`). Why :attr:`missed` was filled (START: the app was closed; WAKE: asleep).</extracomment>
        <translation>تعذّر فحص التذكيرات الآن ({reason}). ستُفحص مجددًا بعد دقيقة.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>and {count} more</source>
        <extracomment>How long a tray message stays (the desktop may keep it in its list for longer). A tray message lists at most this many reminders, then says how many more. The tray icon, once a reminder came and the desktop has a tray. The last message shown (title, text), for tests and logs.</extracomment>
        <translation>و{count} غيرها</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Check</source>
        <extracomment>How far back the first catch-up ever looks (no &quot;last seen&quot; yet): today&apos;s missed doses show, a year of history does not. How far back any catch-up looks, however long the app was closed: older dose and appointment reminders are history (the dose log and the Today page show them), and an overdue check fires again weekly anyway. How long after it fired a reminder stays open (shown until answered, snoozed or dismissed) in the window&apos;s list. An overdue check fires again every this many local days. A difference between wall-clock and monotonic time larger than this is a clock jump (or a sleep): the app then catches up at once.</extracomment>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Medicine dose</source>
        <translation>جرعة دواء</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <extracomment>What an occurrence is about, worded so it stays true when it is shown late (after the app was closed): ``{date}`` and ``{time}`` are the thing&apos;s own local day and time.</extracomment>
        <translation>موعده {date}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>متأخر منذ {date}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message>
        <source>Due {date} at {time}</source>
        <translation>موعده {date} الساعة {time}</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>بعد ساعة</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>صباح الغد</translation>
    </message>
    <message>
        <source>{title} ({detail})</source>
        <extracomment>The missed list names at most this many reminders, then says how many more.</extracomment>
        <translation>‏{title} ({detail})</translation>
    </message>
    <message>
        <source>{kind}: {title} — {when}</source>
        <translation>{kind}: {title} — {when}</translation>
    </message>
    <message>
        <source>{child}: {reminder}</source>
        <translation>‏{child}: {reminder}</translation>
    </message>
    <message>
        <source>While the computer was asleep or its clock changed:</source>
        <translation>بينما كان الحاسوب في وضع السكون أو تغيّرت ساعته:</translation>
    </message>
    <message>
        <source>While the app was closed:</source>
        <translation>بينما كان التطبيق مغلقًا:</translation>
    </message>
    <message>
        <source>{kind}: {title} — doses due from {first} to {last}, not recorded</source>
        <translation>{kind}: {title} — جرعات مستحقة من {first} إلى {last}، غير مسجَّلة</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <extracomment>How the reminder is named in messages (&quot;Calcitriol (0.25 µg)&quot;).</extracomment>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <extracomment>The rows were built again (their number or size may have changed). The rows shown, oldest reminder first.</extracomment>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Reminders could not be read: {reason}.</source>
        <extracomment>What came due while the app was closed (None: the page shows it elsewhere).</extracomment>
        <translation>تعذّرت قراءة التذكيرات: {reason}.</translation>
    </message>
    <message>
        <source>No reminders waiting.</source>
        <translation>لا تذكيرات منتظرة.</translation>
    </message>
    <message>
        <source>Not done: {reason}.</source>
        <translation>لم يتم: {reason}.</translation>
    </message>
    <message>
        <source>Recorded as given now: {what}.</source>
        <translation>سُجّلت كمُعطاة الآن: {what}.</translation>
    </message>
    <message>
        <source>Recorded as skipped ({reason}): {what}.</source>
        <translation>سُجّلت كمُتخطّاة ({reason}): {what}.</translation>
    </message>
    <message>
        <source>Taken out of the dose log: {what}.</source>
        <translation>أُزيلت من سجل الجرعات: {what}.</translation>
    </message>
    <message>
        <source>Snoozed until {when}: {what}.</source>
        <translation>أُجّل حتى {when}: {what}.</translation>
    </message>
    <message>
        <source>Back in the list: {what}.</source>
        <translation>عاد إلى القائمة: {what}.</translation>
    </message>
    <message>
        <source>Dismissed: {what}.</source>
        <translation>تم تجاهله: {what}.</translation>
    </message>
    <message>
        <source>Not undone ({reason}). Press Undo again in a moment.</source>
        <translation>لم يتم التراجع ({reason}). اضغط «تراجع» مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A4</source>
        <extracomment>Where the family has no period of its own: the last three months.</extracomment>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>Symptoms week by week (chart)</source>
        <translation>الأعراض أسبوعًا بأسبوع (رسم بياني)</translation>
    </message>
    <message>
        <source>Symptom table</source>
        <translation>جدول الأعراض</translation>
    </message>
    <message>
        <source>Dental care and the eruption chart</source>
        <translation>العناية بالأسنان ومخطط ظهور الأسنان</translation>
    </message>
    <message>
        <source>Appointments with outcomes</source>
        <translation>المواعيد ونتائجها</translation>
    </message>
    <message>
        <source>Dose log summary</source>
        <translation>ملخص سجل الجرعات</translation>
    </message>
    <message>
        <source>Every diary entry with its notes</source>
        <translation>كل إدخالات اليوميات مع ملاحظاتها</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>ملخص الزيارة</translation>
    </message>
    <message>
        <source>{title} - {name}</source>
        <extracomment>The title a PDF viewer shows.</extracomment>
        <translation>{title} - {name}</translation>
    </message>
    <message>
        <source>Visit summary: {specialty}</source>
        <translation>ملخص الزيارة: {specialty}</translation>
    </message>
    <message>
        <source>{name}, born {birth_date}</source>
        <translation>{name}، مواليد {birth_date}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>الفترة: من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Reported by the family</source>
        <translation>بحسب ما سجّلته العائلة</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>أُعدّ في {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>لم يُسجَّل شيء في هذه الفترة.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>لمحة سريعة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>{birth_date} (age {age})</source>
        <translation>{birth_date} (العمر {age})</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>من {start} إلى {end} ({days} يوم)</translation>
    </message>
    <message>
        <source>Red-flag episodes in this period</source>
        <translation>نوبات العلامات الخطرة في هذه الفترة</translation>
    </message>
    <message>
        <source>No red-flag episodes in this period.</source>
        <translation>لا نوبات علامات خطرة في هذه الفترة.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Sign noticed</source>
        <translation>العلامة الملاحَظة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>What the family did</source>
        <translation>ما فعلته العائلة</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>لم يُدوَّن</translation>
    </message>
    <message>
        <source>Current medicines (as prescribed by the care team)</source>
        <translation>الأدوية الحالية (كما وصفها فريق الرعاية)</translation>
    </message>
    <message>
        <source>No current medicines recorded.</source>
        <translation>لا أدوية حالية مسجّلة.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose as prescribed</source>
        <translation>الجرعة كما في الوصفة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Doses in this period</source>
        <translation>الجرعات في هذه الفترة</translation>
    </message>
    <message>
        <source>{scheduled} scheduled: {on_time} on time, {late} late, {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{scheduled} مقررة: {on_time} في وقتها، {late} متأخرة، {skipped} متخطّاة، {not_recorded} غير مسجّلة</translation>
    </message>
    <message>
        <source>{count} given as needed</source>
        <translation>{count} أُعطيت عند الحاجة</translation>
    </message>
    <message>
        <source>No doses due</source>
        <translation>لا جرعات مستحقة</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>غير محسوب</translation>
    </message>
    <message>
        <source>Routine checks</source>
        <translation>الفحوص الدورية</translation>
    </message>
    <message>
        <source>No routine checks recorded.</source>
        <translation>لا فحوص دورية مسجّلة.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>آخر مرة</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الموعد التالي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Never recorded</source>
        <translation>لم يُسجَّل قط</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>المواعيد القادمة</translation>
    </message>
    <message>
        <source>No upcoming appointments recorded.</source>
        <translation>لا مواعيد قادمة مسجّلة.</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>التخصص</translation>
    </message>
    <message>
        <source>With, where</source>
        <translation>مع من، وأين</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>The family&apos;s questions for this visit</source>
        <translation>أسئلة العائلة لهذه الزيارة</translation>
    </message>
    <message>
        <source>No questions written down for this visit.</source>
        <translation>لم تُكتب أسئلة لهذه الزيارة.</translation>
    </message>
    <message>
        <source>How complete the record is</source>
        <translation>مدى اكتمال السجل</translation>
    </message>
    <message>
        <source>{logged} of {days} days ({percent}%) have a diary entry or a &quot;nothing unusual&quot; mark.</source>
        <translation>{logged} من {days} يومًا ({percent}%) فيها إدخال في اليوميات أو علامة «لا شيء غير عادي».</translation>
    </message>
    <message>
        <source>Days without an entry are unknown, not symptom-free: the counts below may be too low.</source>
        <translation>الأيام التي بلا إدخال غير معروفة، وليست خالية من الأعراض: قد تكون الأعداد أدناه أقل من الحقيقة.</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>لم تبدأ الفترة بعد.</translation>
    </message>
    <message>
        <source>Symptoms: days with each symptom</source>
        <translation>الأعراض: عدد الأيام لكل عَرَض</translation>
    </message>
    <message>
        <source>No symptoms recorded in this period or in the previous period of equal length.</source>
        <translation>لم تُسجَّل أعراض في هذه الفترة ولا في الفترة السابقة المساوية لها في الطول.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>العَرَض</translation>
    </message>
    <message>
        <source>This period ({start} to {end})</source>
        <translation>هذه الفترة (من {start} إلى {end})</translation>
    </message>
    <message>
        <source>Previous period ({start} to {end})</source>
        <translation>الفترة السابقة (من {start} إلى {end})</translation>
    </message>
    <message>
        <source>Change (days)</source>
        <translation>التغيّر (أيام)</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>أكثر بـ{count}</translation>
    </message>
    <message>
        <source>{count} fewer</source>
        <translation>أقل بـ{count}</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>كما هو</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Symptoms week by week</source>
        <translation>الأعراض أسبوعًا بأسبوع</translation>
    </message>
    <message>
        <source>Each bar is one week, from {start}; its height is the number of days (0 to 7) with the symptom, written above it. The days in the whole period are at the end of each row.</source>
        <translation>كل عمود أسبوع واحد، ابتداءً من {start}؛ وارتفاعه عدد الأيام (من 0 إلى 7) التي ظهر فيها العَرَض، مكتوبًا فوقه. وأيام الفترة كلها في آخر كل صف.</translation>
    </message>
    <message>
        <source>Each bar is one week, from {start}; its height is the number of days (0 to 7) with the symptom. The number of days in the period is at the end of each row.</source>
        <translation>كل عمود أسبوع واحد، ابتداءً من {start}؛ وارتفاعه عدد الأيام (من 0 إلى 7) التي ظهر فيها العَرَض. وعدد أيام الفترة في آخر كل صف.</translation>
    </message>
    <message>
        <source>No symptoms recorded in this period.</source>
        <translation>لم تُسجَّل أعراض في هذه الفترة.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>شديد</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Dental care</source>
        <translation>العناية بالأسنان</translation>
    </message>
    <message>
        <source>Teeth brushed on {brushing} of {days} days; fluoride toothpaste on {fluoride} of {days} days.</source>
        <translation>نُظّفت الأسنان بالفرشاة في {brushing} من {days} يومًا؛ واستُخدم معجون بالفلورايد في {fluoride} من {days} يومًا.</translation>
    </message>
    <message>
        <source>No dental records.</source>
        <translation>لا سجلات للأسنان.</translation>
    </message>
    <message>
        <source>Dental visits, problems and procedures</source>
        <translation>زيارات الأسنان ومشكلاتها وإجراءاتها</translation>
    </message>
    <message>
        <source>No dental visits, problems or procedures in this period.</source>
        <translation>لا زيارات أسنان أو مشكلات أو إجراءات في هذه الفترة.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Tooth</source>
        <translation>السن</translation>
    </message>
    <message>
        <source>Antibiotic cover</source>
        <translation>مضاد حيوي وقائي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Eruption chart (primary teeth)</source>
        <translation>مخطط ظهور الأسنان (اللبنية)</translation>
    </message>
    <message>
        <source>No eruption chart.</source>
        <translation>لا يوجد مخطط لظهور الأسنان.</translation>
    </message>
    <message>
        <source>Usual age</source>
        <translation>العمر المعتاد</translation>
    </message>
    <message>
        <source>{start} to {end} months</source>
        <translation>من {start} إلى {end} شهرًا</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>ظهرت</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Later than the usual range: {count} teeth ({teeth}).</source>
        <translation>متأخرة عن المدى المعتاد: {count} أسنان ({teeth}).</translation>
    </message>
    <message>
        <source>Appointments in this period, with outcomes</source>
        <translation>المواعيد في هذه الفترة، مع نتائجها</translation>
    </message>
    <message>
        <source>No appointments in this period.</source>
        <translation>لا مواعيد في هذه الفترة.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>No doses logged or due in this period.</source>
        <translation>لا جرعات سُجّلت أو استحقت في هذه الفترة.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في وقتها</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّلة</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>عند الحاجة</translation>
    </message>
    <message>
        <source>Doses with a reason or a note</source>
        <translation>جرعات لها سبب أو ملاحظة</translation>
    </message>
    <message>
        <source>Reason, notes</source>
        <translation>السبب، الملاحظات</translation>
    </message>
    <message>
        <source>Every diary entry</source>
        <translation>كل إدخالات اليوميات</translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation>لا إدخالات في اليوميات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الشدة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>EMERGENCY INFORMATION</source>
        <translation>معلومات الطوارئ</translation>
    </message>
    <message>
        <source>For emergency staff: a rare bone disease. Please read before treating.</source>
        <translation>لطاقم الطوارئ: مرض عظام نادر. يُرجى القراءة قبل العلاج.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Key cautions</source>
        <translation>تحذيرات مهمة</translation>
    </message>
    <message>
        <source>No cautions recorded.</source>
        <translation>لا تحذيرات مسجّلة.</translation>
    </message>
    <message>
        <source>Medicines and allergies</source>
        <translation>الأدوية والحساسية</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>الحساسية</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لا شيء مسجّل</translation>
    </message>
    <message>
        <source>Usual (baseline) status</source>
        <translation>الحالة المعتادة (الأساسية)</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>النظر</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>السمع</translation>
    </message>
    <message>
        <source>Neurological</source>
        <translation>الحالة العصبية</translation>
    </message>
    <message>
        <source>Past procedures and immunizations</source>
        <translation>الإجراءات السابقة والتطعيمات</translation>
    </message>
    <message>
        <source>Past procedures</source>
        <translation>الإجراءات السابقة</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>التطعيمات</translation>
    </message>
    <message>
        <source>Procedures to avoid</source>
        <translation>إجراءات يجب تجنّبها</translation>
    </message>
    <message>
        <source>Notes for emergency staff</source>
        <translation>ملاحظات لطاقم الطوارئ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>لا جهات اتصال مسجّلة.</translation>
    </message>
    <message>
        <source>Last reviewed: {date}</source>
        <translation>آخر مراجعة: {date}</translation>
    </message>
    <message>
        <source>Last reviewed: never. Check with the family.</source>
        <translation>آخر مراجعة: لم تُراجَع قط. تأكّد مع العائلة.</translation>
    </message>
    <message>
        <source>[shortened to fit one page; the full text is in the family&apos;s diary]</source>
        <translation>[اختُصر ليتسع في صفحة واحدة؛ النص الكامل في يوميات العائلة]</translation>
    </message>
    <message>
        <source>1 year</source>
        <extracomment>The family&apos;s paper for reports, once chosen (&quot;a4&quot; or &quot;letter&quot;); else the locale&apos;s. At most this many upcoming appointments on page one (the next ones, earliest first).</extracomment>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} سنوات</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>شهر واحد</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} أشهر</translation>
    </message>
    <message>
        <source>{years}, {months}</source>
        <translation>{years} و{months}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>{times}, every day</source>
        <translation>{times}، كل يوم</translation>
    </message>
    <message>
        <source>{times}, every {count} days</source>
        <translation>{times}، كل {count} أيام</translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times} في {days}</translation>
    </message>
    <message>
        <source>{status}; booked for {date}</source>
        <translation>{status}؛ محجوز في {date}</translation>
    </message>
    <message>
        <source>{action}: {note}</source>
        <translation>{action}: {note}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <extracomment>Rows as tall as a button: easy to hit, easy to read.</extracomment>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the moment to go back to. What is in the diary now is saved as a backup first, so you can undo this.</source>
        <translation>اختر اللحظة التي تريد العودة إليها. ما في اليوميات الآن يُحفظ أولًا كنسخة احتياطية، لتتمكن من التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <source>What made it</source>
        <translation>سبب إنشائها</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <source>There is no backup yet. The first one is made a few seconds after the app opens, and then every day.</source>
        <translation>لا توجد نسخة احتياطية بعد. تُنشأ الأولى بعد ثوانٍ من فتح التطبيق، ثم كل يوم.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>استعادة النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>اختيار ملف نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore a backup file from another place, such as a USB stick</source>
        <translation>استعادة ملف نسخة احتياطية من مكان آخر، مثل ذاكرة USB</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>إغلاق هذه النافذة</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>التراجع عن الاستعادة</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a diary; it cannot be restored.</source>
        <translation>هذه النسخة الاحتياطية تالفة أو ليست يوميات؛ لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>اختيار ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation>نسخ اليوميات الاحتياطية (*.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged, is not a backup of this diary, or was made by a newer version of the app. Nothing was changed.</source>
        <translation>لا يمكن استعادة {path}: فهو تالف، أو ليس نسخة احتياطية من هذه اليوميات، أو أنشأه إصدار أحدث من التطبيق. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Put back the diary as it was on {date} ({entries})? What is in the diary now is saved first, so you can undo this.</source>
        <translation>إعادة اليوميات كما كانت في {date} ({entries})؟ ما في اليوميات الآن يُحفظ أولًا، لتتمكن من التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Done: the diary is back as it was on {date}.
What was in it just before is saved as the backup “Before a restore” of {time} in this list (the file {path}). To go back, press Undo, or restore that backup later.</source>
        <translation>تم: عادت اليوميات كما كانت في {date}.
ما كان فيها قبل ذلك مباشرة محفوظ كنسخة احتياطية «قبل استعادة» بتاريخ {time} في هذه القائمة (الملف {path}). للعودة، اضغط «تراجع»، أو استعد تلك النسخة لاحقًا.</translation>
    </message>
    <message>
        <source>Undone: the diary is as it was before you restored the backup from {date}.</source>
        <translation>تم التراجع: اليوميات كما كانت قبل أن تستعيد النسخة الاحتياطية من {date}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>A line above the form saying what the dialog is about (hidden when empty). Room below the form for what a dialog shows besides its fields.</extracomment>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>This was deleted meanwhile (in another window?), so it cannot be saved.</source>
        <translation>حُذف هذا في هذه الأثناء (في نافذة أخرى؟)، فلا يمكن حفظه.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>لم يُحفظ: {reason}. جرّب «حفظ» مجددًا بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Mon</source>
        <extracomment>Longest daylight-saving gap searched for the first valid minute (real gaps are 30-60 min; a few historical zones skipped whole days, which this bounds safely).</extracomment>
        <translation>الإثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>At set times on chosen days</source>
        <translation>في أوقات محددة في أيام مختارة</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>كل بضعة أيام</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>عند الحاجة</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Maria (mum)</source>
        <extracomment>A readable width on a wide screen; the fields do not need the whole window. Language names are written in their own language, so anyone can find theirs.</extracomment>
        <translation>مثل: مريم (الأم)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The new language is used the next time you open the app.</source>
        <translation>تُستخدم اللغة الجديدة في المرة القادمة التي تفتح فيها التطبيق.</translation>
    </message>
    <message>
        <source>Shown with every red-flag alert. 112 in Europe and many other countries, 911 in North America, 999 in the United Kingdom, 000 in Australia; type yours if it is another.</source>
        <translation>يظهر مع كل تنبيه بعلامة خطرة. 112 في أوروبا وبلدان كثيرة أخرى، و911 في أمريكا الشمالية، و999 في المملكة المتحدة، و000 في أستراليا؛ اكتب رقمك إن كان غير ذلك.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s location</source>
        <translation>نسخ موقع مجلد البيانات</translation>
    </message>
    <message>
        <source>&amp;Who is logging</source>
        <translation>&amp;من يسجّل</translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation>من يسجّل</translation>
    </message>
    <message>
        <source>Family &amp;time zone</source>
        <translation>المنطقة ال&amp;زمنية للعائلة</translation>
    </message>
    <message>
        <source>Family time zone</source>
        <translation>المنطقة الزمنية للعائلة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Emergency number</source>
        <translation>رقم ال&amp;طوارئ</translation>
    </message>
    <message>
        <source>Local emergency phone number</source>
        <translation>رقم هاتف الطوارئ المحلي</translation>
    </message>
    <message>
        <source>Your data is in</source>
        <translation>بياناتك في</translation>
    </message>
    <message>
        <source>Data folder location</source>
        <translation>موقع مجلد البيانات</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer. Nothing is sent anywhere. Keep a copy of the folder somewhere safe.</source>
        <translation>كل ما تكتبه يبقى في هذا المجلد على هذا الحاسوب. لا يُرسل شيء إلى أي مكان. احتفظ بنسخة من المجلد في مكان آمن.</translation>
    </message>
    <message>
        <source>Where the backups are</source>
        <extracomment>The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>أين النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>No folder chosen: backups stay on this computer</source>
        <translation>لم يُختر مجلد: تبقى النسخ الاحتياطية على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Folder where backups are also copied</source>
        <translation>المجلد الذي تُنسخ إليه النسخ الاحتياطية أيضًا</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Choose a folder, such as a USB stick, to copy backups to</source>
        <translation>اختر مجلدًا، مثل ذاكرة USB، لنسخ النسخ الاحتياطية إليه</translation>
    </message>
    <message>
        <source>Stop copying there</source>
        <translation>إيقاف النسخ إلى هناك</translation>
    </message>
    <message>
        <source>Stop copying backups to that folder</source>
        <translation>إيقاف نسخ النسخ الاحتياطية إلى ذلك المجلد</translation>
    </message>
    <message>
        <source>Backups are in</source>
        <translation>النسخ الاحتياطية في</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Also copy them to</source>
        <translation>انسخها أيضًا إلى</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Make a backup of the diary now</source>
        <translation>إنشاء نسخة احتياطية من اليوميات الآن</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put the diary back as it was when a backup was made</source>
        <translation>إعادة اليوميات كما كانت عند إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>A backup of the diary is made every day while the app is open. The backups of the last {days} days, and one for each of the last {months} months, are kept. Backups you make yourself are never deleted.</source>
        <translation>تُنشأ نسخة احتياطية من اليوميات كل يوم ما دام التطبيق مفتوحًا. يُحتفظ بنسخ آخر {days} يومًا، وبنسخة واحدة لكل شهر من آخر {months} شهرًا. النسخ التي تنشئها بنفسك لا تُحذف أبدًا.</translation>
    </message>
    <message>
        <source>The folder&apos;s location is copied.</source>
        <translation>نُسخ موقع المجلد.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your changes are still here; try again.</source>
        <translation>لم يُحفظ: {reason}. تغييراتك ما زالت هنا؛ حاول مجددًا.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>{folder} cannot be reached right now (is the USB stick or disk plugged in?). Backups are still made on this computer.</source>
        <translation>لا يمكن الوصول إلى {folder} الآن (هل ذاكرة USB أو القرص موصول؟). ما زالت النسخ الاحتياطية تُنشأ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>لا نسخة احتياطية بعد</translation>
    </message>
    <message>
        <source>{when} ({entries})</source>
        <translation>{when} ({entries})</translation>
    </message>
    <message>
        <source>Choose where to copy the backups, such as a USB stick</source>
        <translation>اختر أين تُنسخ النسخ الاحتياطية، مثل ذاكرة USB</translation>
    </message>
    <message>
        <source>From now on, every backup is also copied to {folder}. Press “Back up now” to put one there today.</source>
        <translation>من الآن فصاعدًا، تُنسخ كل نسخة احتياطية أيضًا إلى {folder}. اضغط «نسخ احتياطي الآن» لوضع واحدة هناك اليوم.</translation>
    </message>
    <message>
        <source>Backups are no longer copied to {folder}. The backups already there are kept.</source>
        <translation>لم تعد النسخ الاحتياطية تُنسخ إلى {folder}. يُحتفظ بالنسخ الموجودة هناك.</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Vision change</source>
        <translation>تغيّر في النظر</translation>
    </message>
    <message>
        <source>Not fixing on faces or following objects, bumping into things, a new squint, or any other change in how your child sees.</source>
        <translation>لا يثبّت نظره على الوجوه ولا يتابع الأشياء، أو يصطدم بالأشياء، أو ظهر حَوَل جديد، أو أي تغيّر آخر في طريقة رؤية طفلك.</translation>
    </message>
    <message>
        <source>Wobbly eye movements</source>
        <translation>اهتزاز العينين</translation>
    </message>
    <message>
        <source>New wobbly, jerky or roving eye movements (nystagmus).</source>
        <translation>حركات جديدة في العينين: اهتزاز أو ارتعاش أو تجوال (رأرأة).</translation>
    </message>
    <message>
        <source>Other eye problem</source>
        <translation>مشكلة أخرى في العين</translation>
    </message>
    <message>
        <source>Bulging, red, sticky or sore eyes, or anything else about the eyes that worries you.</source>
        <translation>عينان بارزتان أو حمراوان أو لزجتان أو مؤلمتان، أو أي شيء آخر في العينين يقلقك.</translation>
    </message>
    <message>
        <source>Hearing change</source>
        <translation>تغيّر في السمع</translation>
    </message>
    <message>
        <source>Not reacting to sounds or voices as before, or turning the TV up louder.</source>
        <translation>لا يستجيب للأصوات أو الكلام كما كان، أو يرفع صوت التلفاز أكثر.</translation>
    </message>
    <message>
        <source>Ear pain or discharge</source>
        <translation>ألم في الأذن أو إفرازات</translation>
    </message>
    <message>
        <source>Pulling at the ear, ear pain, or fluid coming from the ear.</source>
        <translation>يشد أذنه، أو ألم في الأذن، أو سائل يخرج من الأذن.</translation>
    </message>
    <message>
        <source>Face drooping or weak</source>
        <translation>ارتخاء الوجه أو ضعفه</translation>
    </message>
    <message>
        <source>One side of the face droops, or the eye or mouth will not close fully.</source>
        <translation>ارتخاء أحد جانبي الوجه، أو عين أو فم لا ينغلق تمامًا.</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>صداع</translation>
    </message>
    <message>
        <source>Head pain; in a baby, crying when the head is touched or moved.</source>
        <translation>ألم في الرأس؛ وعند الرضيع، بكاء عند لمس الرأس أو تحريكه.</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>قيء</translation>
    </message>
    <message>
        <source>Being sick (bringing food back up), not just a small spit-up.</source>
        <translation>تقيؤ (خروج الطعام من المعدة)، وليس مجرد ترجيع بسيط.</translation>
    </message>
    <message>
        <source>Unusually sleepy</source>
        <translation>نعاس غير معتاد</translation>
    </message>
    <message>
        <source>Much sleepier than usual, floppy, or hard to wake.</source>
        <translation>نعسان أكثر بكثير من المعتاد، أو مرتخي الجسم، أو يصعب إيقاظه.</translation>
    </message>
    <message>
        <source>Irritable or unsettled</source>
        <translation>عصبي أو غير مرتاح</translation>
    </message>
    <message>
        <source>Crying or fussing much more than usual, hard to settle.</source>
        <translation>يبكي أو يتذمّر أكثر بكثير من المعتاد، ويصعب تهدئته.</translation>
    </message>
    <message>
        <source>Seizure (fit)</source>
        <translation>نوبة تشنج</translation>
    </message>
    <message>
        <source>Stiffening, jerking, staring spells or going blue; low calcium can cause fits.</source>
        <translation>تيبّس، أو انتفاض، أو نوبات تحديق، أو ازرقاق؛ نقص الكالسيوم قد يسبب التشنجات.</translation>
    </message>
    <message>
        <source>Twitching, cramps or tingling</source>
        <translation>ارتعاش أو تقلّصات أو تنميل</translation>
    </message>
    <message>
        <source>Muscle twitching, cramps, or tingling around the mouth, hands or feet.</source>
        <translation>ارتعاش في العضلات، أو تقلّصات، أو تنميل حول الفم أو في اليدين أو القدمين.</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>حمى</translation>
    </message>
    <message>
        <source>A temperature of 38 °C (100.4 °F) or higher, or feeling hot and unwell.</source>
        <translation>حرارة 38 °م (100.4 °ف) أو أكثر، أو يشعر بالسخونة ويبدو مريضًا.</translation>
    </message>
    <message>
        <source>Breathing difficulty</source>
        <translation>صعوبة في التنفس</translation>
    </message>
    <message>
        <source>Fast, noisy or hard breathing, or pauses in breathing.</source>
        <translation>تنفس سريع أو بصوت أو بجهد، أو توقف التنفس لحظات.</translation>
    </message>
    <message>
        <source>Blocked or runny nose</source>
        <translation>أنف مسدود أو سائل</translation>
    </message>
    <message>
        <source>A stuffy, blocked or runny nose; narrow nasal passages are common in this condition.</source>
        <translation>أنف محتقن أو مسدود أو يسيل؛ ضيق ممرات الأنف شائع في هذه الحالة.</translation>
    </message>
    <message>
        <source>Signs of infection</source>
        <translation>علامات التهاب</translation>
    </message>
    <message>
        <source>A cough, a wound that is red, hot or has pus, or other signs of infection.</source>
        <translation>سعال، أو جرح أحمر أو ساخن أو فيه صديد، أو علامات التهاب أخرى.</translation>
    </message>
    <message>
        <source>Pale or tired</source>
        <translation>شاحب أو متعب</translation>
    </message>
    <message>
        <source>Paler skin or lips than usual, or tiring easily.</source>
        <translation>بشرة أو شفتان أشحب من المعتاد، أو يتعب بسرعة.</translation>
    </message>
    <message>
        <source>Bruising or bleeding</source>
        <translation>كدمات أو نزيف</translation>
    </message>
    <message>
        <source>Bruises without a knock, nosebleeds, bleeding gums, or tiny red spots on the skin.</source>
        <translation>كدمات دون ضربة، أو نزيف من الأنف، أو نزيف من اللثة، أو نقاط حمراء صغيرة على الجلد.</translation>
    </message>
    <message>
        <source>Bone pain</source>
        <translation>ألم في العظام</translation>
    </message>
    <message>
        <source>Pain in a bone or limb, or crying when a limb is moved.</source>
        <translation>ألم في عظم أو طرف، أو بكاء عند تحريك أحد الأطراف.</translation>
    </message>
    <message>
        <source>Possible broken bone</source>
        <translation>احتمال كسر في العظم</translation>
    </message>
    <message>
        <source>Pain, swelling or an odd shape after a knock or fall, or not using an arm or leg.</source>
        <translation>ألم أو تورّم أو شكل غريب بعد ضربة أو سقطة، أو لا يستعمل ذراعًا أو ساقًا.</translation>
    </message>
    <message>
        <source>Limping or moving less</source>
        <translation>عرج أو حركة أقل</translation>
    </message>
    <message>
        <source>Limping, not using a limb, or slower to sit, crawl or walk than expected.</source>
        <translation>يعرج، أو لا يستعمل أحد أطرافه، أو أبطأ من المتوقع في الجلوس أو الحبو أو المشي.</translation>
    </message>
    <message>
        <source>Jaw pain or swelling</source>
        <translation>ألم أو تورّم في الفك</translation>
    </message>
    <message>
        <source>Pain, swelling or redness of the jaw or face, or pus from the gums.</source>
        <translation>ألم أو تورّم أو احمرار في الفك أو الوجه، أو صديد من اللثة.</translation>
    </message>
    <message>
        <source>Tooth or gum problem</source>
        <translation>مشكلة في السن أو اللثة</translation>
    </message>
    <message>
        <source>Toothache, a broken or loose tooth, or sore, swollen gums.</source>
        <translation>ألم في السن، أو سن مكسورة أو متخلخلة، أو لثة مؤلمة أو متورمة.</translation>
    </message>
    <message>
        <source>Poor feeding</source>
        <translation>ضعف الرضاعة أو الأكل</translation>
    </message>
    <message>
        <source>Eating or drinking much less than usual, or struggling to feed.</source>
        <translation>يأكل أو يشرب أقل بكثير من المعتاد، أو يجد صعوبة في الرضاعة أو الأكل.</translation>
    </message>
    <message>
        <source>Swollen belly</source>
        <translation>انتفاخ البطن</translation>
    </message>
    <message>
        <source>A swollen, firm or tight belly (the liver and spleen can grow).</source>
        <translation>بطن منتفخ أو صلب أو مشدود (قد يكبر الكبد والطحال).</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>Anything else you noticed; describe it in the notes.</source>
        <translation>أي شيء آخر لاحظته؛ صِفه في الملاحظات.</translation>
    </message>
</context>
<context>
    <name>SyncFolders</name>
    <message>
        <source>a cloud storage folder</source>
        <translation>مجلد تخزين سحابي</translation>
    </message>
    <message>
        <source>a cloud drive</source>
        <translation>قرص سحابي</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>مجلد مشترك على الشبكة</translation>
    </message>
    <message>
        <source>a folder shared from another system (such as a virtual machine&apos;s host)</source>
        <translation>مجلد مشترك من نظام آخر (مثل الجهاز المضيف لجهاز افتراضي)</translation>
    </message>
</context>
<context>
    <name>SyncWarningDialog</name>
    <message>
        <source>Where your diary is kept</source>
        <translation>أين تُحفظ يومياتك</translation>
    </message>
    <message>
        <source>Your diary is kept in {service}</source>
        <translation>يومياتك محفوظة في {service}</translation>
    </message>
    <message>
        <source>The diary&apos;s folder: {folder}</source>
        <translation>مجلد اليوميات: {folder}</translation>
    </message>
    <message>
        <source>Sync services and shared folders can damage the diary file when two computers, or the sync service itself, change it at the same time. Entries can then go missing, or the diary may not open at all.</source>
        <translation>خدمات المزامنة والمجلدات المشتركة قد تُتلف ملف اليوميات عندما يغيّره حاسوبان، أو خدمة المزامنة نفسها، في الوقت نفسه. قد تضيع حينها بعض الإدخالات، أو قد لا تُفتح اليوميات أبدًا.</translation>
    </message>
    <message>
        <source>It is safest to keep the diary on this computer only, in {folder}. The app copies it there, checks the copy, and keeps the old file under another name. Then it opens again.</source>
        <translation>الأكثر أمانًا أن تبقى اليوميات على هذا الحاسوب فقط، في {folder}. ينسخها التطبيق إلى هناك، ويفحص النسخة، ويحتفظ بالملف القديم باسم آخر. ثم يُفتح من جديد.</translation>
    </message>
    <message>
        <source>This computer&apos;s own data folder is in {service} too, so the app cannot move the diary by itself. Someone who helps you with the computer can start the app with --data-dir and a folder on this computer&apos;s own disk.</source>
        <translation>مجلد البيانات الخاص بهذا الحاسوب موجود في {service} أيضًا، فلا يستطيع التطبيق نقل اليوميات بنفسه. يستطيع من يساعدك في الحاسوب تشغيل التطبيق بالخيار ‎--data-dir‎ ومجلد على قرص هذا الحاسوب نفسه.</translation>
    </message>
    <message>
        <source>If you keep it where it is, this message is not shown again.</source>
        <translation>إذا أبقيتها حيث هي، فلن تظهر هذه الرسالة مرة أخرى.</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>إبقاؤها هنا</translation>
    </message>
    <message>
        <source>Keep the diary where it is</source>
        <translation>إبقاء اليوميات حيث هي</translation>
    </message>
    <message>
        <source>Move my data to this computer only</source>
        <translation>نقل بياناتي إلى هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>Move the diary to this computer only</source>
        <translation>نقل اليوميات إلى هذا الحاسوب فقط</translation>
    </message>
</context>
<context>
    <name>TeethPage</name>
    <message>
        <source>Add your child on the Family page to keep their teeth here.</source>
        <extracomment>How many days the home-care row shows (today and the six before). The history shows this many of the newest records until &quot;Show all&quot; is pressed. The dialog open over the page, if any (tests drive it).</extracomment>
        <translation>أضف طفلك في صفحة «العائلة» لتحفظ بيانات أسنانه هنا.</translation>
    </message>
    <message>
        <source>Teeth</source>
        <translation>الأسنان</translation>
    </message>
    <message>
        <source>Today&apos;s tooth care</source>
        <translation>العناية بالأسنان اليوم</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>{care} today</source>
        <translation>{care} اليوم</translation>
    </message>
    <message>
        <source>Saved as soon as you tick it</source>
        <translation>يُحفظ بمجرد وضع العلامة</translation>
    </message>
    <message>
        <source>Dental visits</source>
        <translation>زيارات طبيب الأسنان</translation>
    </message>
    <message>
        <source>Dental &amp;history</source>
        <translation>&amp;سجل الأسنان</translation>
    </message>
    <message>
        <source>&amp;Add a dental record…</source>
        <translation>إ&amp;ضافة سجل أسنان…</translation>
    </message>
    <message>
        <source>Add a dental record</source>
        <translation>إضافة سجل أسنان</translation>
    </message>
    <message>
        <source>Care, a visit, a problem, a procedure or an extraction (Ctrl+N)</source>
        <translation>عناية، أو زيارة، أو مشكلة، أو إجراء، أو خلع (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dental history</source>
        <translation>سجل الأسنان</translation>
    </message>
    <message>
        <source>Newest first. Enter edits, Delete deletes, Ctrl+Z undoes a delete.</source>
        <translation>الأحدث أولًا. Enter للتعديل، Delete للحذف، Ctrl+Z للتراجع عن الحذف.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Tooth</source>
        <translation>السن</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add fluoride varnish, check-ups, problems such as a swollen gum, and any treatment, so the dental team sees the whole story.</source>
        <translation>لم يُسجَّل شيء بعد. أضف طلاء الفلورايد، والفحوص، والمشكلات مثل تورّم اللثة، وأي علاج، ليرى فريق الأسنان القصة كاملة.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the chosen dental record</source>
        <translation>تعديل سجل الأسنان المختار</translation>
    </message>
    <message>
        <source>Edit the chosen record (Enter or double-click)</source>
        <translation>تعديل السجل المختار (Enter أو نقر مزدوج)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the chosen dental record</source>
        <translation>حذف سجل الأسنان المختار</translation>
    </message>
    <message>
        <source>Delete the chosen record (Delete key); Undo brings it back</source>
        <translation>حذف السجل المختار (مفتاح Delete)؛ «تراجع» يعيده</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>عرض ال&amp;كل</translation>
    </message>
    <message>
        <source>Show every dental record</source>
        <translation>عرض كل سجلات الأسنان</translation>
    </message>
    <message>
        <source>{name}&apos;s teeth</source>
        <translation>أسنان {name}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>{count} of 7 days</source>
        <translation>{count} من 7 أيام</translation>
    </message>
    <message>
        <source>{care}: {count} (the last 7 days, today included)</source>
        <translation>{care}: {count} (آخر 7 أيام، مع اليوم)</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try again in a moment.</source>
        <translation>لم يُحفظ: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Saved: “{care}” ticked for today.</source>
        <translation>حُفظ: وُضعت علامة على «{care}» لليوم.</translation>
    </message>
    <message>
        <source>Saved: “{care}” no longer ticked for today.</source>
        <translation>حُفظ: أُزيلت العلامة عن «{care}» لليوم.</translation>
    </message>
    <message>
        <source>Next dental visit: {visit}</source>
        <translation>زيارة الأسنان القادمة: {visit}</translation>
    </message>
    <message>
        <source>Next dental visit: none planned. Add one on the Appointments page.</source>
        <translation>زيارة الأسنان القادمة: لا شيء مخطط له. أضف واحدة في صفحة «المواعيد».</translation>
    </message>
    <message>
        <source>Last dental visit: none recorded.</source>
        <translation>آخر زيارة للأسنان: لا شيء مسجّل.</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل %n يوم</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n months ago</source>
        <translation>
            <numerusform>قبل %n شهر تقريبًا</numerusform>
            <numerusform>قبل %n شهر تقريبًا</numerusform>
            <numerusform>قبل %n شهر تقريبًا</numerusform>
            <numerusform>قبل %n أشهر تقريبًا</numerusform>
            <numerusform>قبل %n شهرًا تقريبًا</numerusform>
            <numerusform>قبل %n شهر تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({ago})</source>
        <translation>{date} ({ago})</translation>
    </message>
    <message>
        <source>Last dental visit: {date}</source>
        <translation>آخر زيارة للأسنان: {date}</translation>
    </message>
    <message>
        <source>{group}: {kind}</source>
        <translation>{group}: {kind}</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} records.</source>
        <translation>معروض أحدث {shown} من {total} سجل.</translation>
    </message>
    <message>
        <source>Appointment with {who}</source>
        <translation>موعد مع {who}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Saved: {record}.</source>
        <translation>حُفظ: {record}.</translation>
    </message>
    <message>
        <source>Saved: {tooth} came through on {date}.</source>
        <translation>حُفظ: ظهرت {tooth} في {date}.</translation>
    </message>
    <message>
        <source>Cleared the day of {tooth}: not through yet.</source>
        <translation>مُسح يوم {tooth}: لم تظهر بعد.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}. Try again in a moment.</source>
        <translation>لم يُحذف: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Deleted: {record}.</source>
        <translation>حُذف: {record}.</translation>
    </message>
    <message>
        <source>Not restored: {reason}. Try Undo again in a moment.</source>
        <translation>لم يُستعد: {reason}. جرّب «تراجع» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Restored: {record}.</source>
        <translation>استُعيد: {record}.</translation>
    </message>
    <message>
        <source>Restored: {tooth} came through on {date}.</source>
        <translation>استُعيد: ظهرت {tooth} في {date}.</translation>
    </message>
    <message>
        <source>Not restored: {tooth} has been given another day since. Its day is kept.</source>
        <translation>لم يُستعد: أُعطيت {tooth} يومًا آخر منذ ذلك. يُحتفظ بيومها.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Where the one shared draft of older versions was kept (read once, moved to its child). A restored draft typed longer ago than this, with &quot;Now&quot; ticked, gets the time it was typed. How often the next appointment&apos;s words (&quot;Tomorrow&quot;, &quot;Today&quot;) are brought up to date. The child whose draft this is (&quot;&quot; in drafts of older versions). When it was last typed in, UTC ISO 8601 (&quot;&quot; when not known). The window&apos;s reminder ticker (its list of what was missed shows here). The dialog currently open over the page, if any (tests drive it). The child whose draft the form holds (None until a child is first set). The newest draft of each child seen this session, as JSON text (the form&apos;s own child: as of the last flush). A draft the diary could not store waits here. The draft text known to be stored for each child (absent: not known). When what the form holds was last typed in (UTC ISO 8601, &quot;&quot; when not known). Today&apos;s doses, built just after the page&apos;s first paint (see _start_care_panels). The open reminders and the checks, built with the doses. What came due while the app was closed, across the top once after a start.</extracomment>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>Add your child to start the diary. It only needs a name and a birth date.</source>
        <translation>أضف طفلك لتبدأ اليوميات. لا يلزم إلا الاسم وتاريخ الميلاد.</translation>
    </message>
    <message>
        <source>Add your child</source>
        <translation>أضف طفلك</translation>
    </message>
    <message>
        <source>Doses
today</source>
        <translation>جرعات
اليوم</translation>
    </message>
    <message>
        <source>Type to find a symptom, e.g. fever</source>
        <translation>اكتب للبحث عن عَرَض، مثل: حمى</translation>
    </message>
    <message>
        <source>Find a symptom</source>
        <translation>البحث عن عَرَض</translation>
    </message>
    <message>
        <source>What did you &amp;notice?</source>
        <translation>ماذا &amp;لاحظت؟</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>الأعراض</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>العَرَض</translation>
    </message>
    <message>
        <source>{severity} ({key})</source>
        <translation>{severity} ({key})</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>ما مدى شدته</translation>
    </message>
    <message>
        <source>How bad?</source>
        <translation>ما مدى شدته؟</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>متى؟</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>ال&amp;آن</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Time not &amp;known</source>
        <translation>الوقت &amp;غير معروف</translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation>الوقت غير معروف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Anything else? What happened, what helped (optional)</source>
        <translation>أي شيء آخر؟ ماذا حدث، وما الذي ساعد (اختياري)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>حفظ هذا الإدخال</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>حفظ (Ctrl+Enter أو Ctrl+S)</translation>
    </message>
    <message>
        <source>Keys: Ctrl+F find, Enter pick, Alt+1/2/3 how bad, Ctrl+Enter save</source>
        <translation>المفاتيح: Ctrl+F للبحث، Enter للاختيار، Alt+1/2/3 للشدة، Ctrl+Enter للحفظ</translation>
    </message>
    <message>
        <source>Logged today</source>
        <translation>المسجَّل اليوم</translation>
    </message>
    <message>
        <source>Nothing unusual today</source>
        <translation>لا شيء غير عادي اليوم</translation>
    </message>
    <message>
        <source>Mark today as nothing unusual</source>
        <translation>تعليم اليوم بأنه «لا شيء غير عادي»</translation>
    </message>
    <message>
        <source>A quiet day is worth noting too: the doctors see the day was checked.</source>
        <translation>اليوم الهادئ يستحق التسجيل أيضًا: يرى الأطباء أن اليوم رُوجع.</translation>
    </message>
    <message>
        <source>Today already has entries, so it cannot be marked as nothing unusual.</source>
        <translation>لليوم إدخالات بالفعل، فلا يمكن تعليمه بأنه «لا شيء غير عادي».</translation>
    </message>
    <message>
        <source>⚠ Overdue: {checks}</source>
        <translation>⚠ فات موعده: {checks}</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation>لا يوجد موعد مخطط له.</translation>
    </message>
    <message>
        <source>Next appointment: {when}
{what}</source>
        <translation>الموعد القادم: {when}
{what}</translation>
    </message>
    <message>
        <source>How is {name} today?</source>
        <translation>كيف حال {name} اليوم؟</translation>
    </message>
    <message>
        <source>✓ Nothing unusual today</source>
        <translation>✓ لا شيء غير عادي اليوم</translation>
    </message>
    <message>
        <source>Nothing logged yet today.</source>
        <translation>لم يُسجَّل شيء اليوم بعد.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>بلا وقت</translation>
    </message>
    <message>
        <source>{time}   {symptom}, {severity}</source>
        <translation>{time}   {symptom}، {severity}</translation>
    </message>
    <message>
        <source>Nothing matches &quot;{text}&quot;. Pick &quot;{other}&quot; and say more in the notes.</source>
        <translation>لا شيء يطابق &quot;{text}&quot;. اختر &quot;{other}&quot; واشرح أكثر في الملاحظات.</translation>
    </message>
    <message>
        <source>Press Enter to pick &quot;{first}&quot;.</source>
        <translation>اضغط Enter لاختيار &quot;{first}&quot;.</translation>
    </message>
    <message>
        <source>Saved: {entry}</source>
        <translation>حُفظ: {entry}</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your entry is still here; try Save again in a moment.</source>
        <translation>لم يُحفظ: {reason}. إدخالك ما زال هنا؛ جرّب «حفظ» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>today, time not known</source>
        <translation>اليوم، الوقت غير معروف</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}، {time}</translation>
    </message>
    <message>
        <source>{day}, time not known</source>
        <translation>{day}، الوقت غير معروف</translation>
    </message>
    <message>
        <source>{symptom}, {severity}, {when}</source>
        <translation>{symptom}، {severity}، {when}</translation>
    </message>
    <message>
        <source>Not undone: {reason}. Try Undo again in a moment.</source>
        <translation>لم يتم التراجع: {reason}. جرّب «تراجع» مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Removed: {entry}. It is back in the form if you want to fix it.</source>
        <translation>أُزيل: {entry}. عاد إلى النموذج إن أردت تصحيحه.</translation>
    </message>
    <message>
        <source>Removed: {entry}.</source>
        <translation>أُزيل: {entry}.</translation>
    </message>
    <message>
        <source>Not marked: {reason}. Try again in a moment.</source>
        <translation>لم يُعلَّم: {reason}. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>Today was already marked as nothing unusual for {name}.</source>
        <translation>اليوم معلَّم بالفعل بأنه «لا شيء غير عادي» لـ{name}.</translation>
    </message>
    <message>
        <source>Marked: nothing unusual today for {name}.</source>
        <translation>عُلِّم: لا شيء غير عادي اليوم لـ{name}.</translation>
    </message>
    <message>
        <source>Today is no longer marked as nothing unusual for {name}.</source>
        <translation>لم يعد اليوم معلَّمًا بأنه «لا شيء غير عادي» لـ{name}.</translation>
    </message>
    <message>
        <source>Restored what you were typing at {time} today.</source>
        <translation>استُعيد ما كنت تكتبه اليوم الساعة {time}.</translation>
    </message>
    <message>
        <source>Restored what you were typing at {time} yesterday.</source>
        <translation>استُعيد ما كنت تكتبه أمس الساعة {time}.</translation>
    </message>
    <message>
        <source>Restored what you were typing on {day} at {time}.</source>
        <translation>استُعيد ما كنت تكتبه في {day} الساعة {time}.</translation>
    </message>
    <message>
        <source>Its date and time are set to then; change them if needed.</source>
        <translation>تاريخه ووقته مضبوطان على ذلك الحين؛ غيّرهما إن لزم.</translation>
    </message>
</context>
<context>
    <name>ToothChart</name>
    <message>
        <source>Baby teeth</source>
        <extracomment>As the teeth sit in the mouth, seen from the front (the child&apos;s right on the left). The grid column of the gap between the two halves of each jaw (the midline). A tooth was chosen (its FDI number): record, correct or clear its day.</extracomment>
        <translation>الأسنان اللبنية</translation>
    </message>
    <message>
        <source>Child&apos;s right</source>
        <extracomment>&quot;16 of 20 baby teeth have come through. 2 ... past the usual age range.&quot;</extracomment>
        <translation>يمين الطفل</translation>
    </message>
    <message>
        <source>Child&apos;s left</source>
        <translation>يسار الطفل</translation>
    </message>
    <message>
        <source>Upper jaw</source>
        <translation>الفك العلوي</translation>
    </message>
    <message>
        <source>Lower jaw</source>
        <translation>الفك السفلي</translation>
    </message>
    <message>
        <source>&quot;late&quot;: past the usual age range for that tooth (point at a tooth to see it). Worth showing the dentist, not a diagnosis: in osteopetrosis teeth often come late. Click a tooth, or press Enter on it, to record the day it came through.</source>
        <translation>«متأخرة»: تجاوزت المدى العمري المعتاد لتلك السن (أشر إلى السن لرؤيته). يستحق أن تريه لطبيب الأسنان، وليس تشخيصًا: في تحجّر العظام كثيرًا ما تتأخر الأسنان. انقر على سن، أو اضغط Enter عليها، لتسجيل يوم ظهورها.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 baby teeth have come through.</source>
        <translation>
            <numerusform>ظهرت %n من 20 سنًّا لبنية.</numerusform>
            <numerusform>ظهرت %n من 20 سنًّا لبنية.</numerusform>
            <numerusform>ظهرت %n من 20 سنًّا لبنية.</numerusform>
            <numerusform>ظهرت %n من 20 سنًّا لبنية.</numerusform>
            <numerusform>ظهرت %n من 20 سنًّا لبنية.</numerusform>
            <numerusform>ظهرت %n من 20 سنًّا لبنية.</numerusform>
        </translation>
    </message>
    <message>
        <source>{through} {late}</source>
        <translation>{through} {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n not through yet although past the usual age range.</source>
        <translation>
            <numerusform>%n سن لم تظهر بعد مع أنها تجاوزت المدى العمري المعتاد.</numerusform>
            <numerusform>%n سن لم تظهر بعد مع أنها تجاوزت المدى العمري المعتاد.</numerusform>
            <numerusform>%n سن لم تظهر بعد مع أنها تجاوزت المدى العمري المعتاد.</numerusform>
            <numerusform>%n أسنان لم تظهر بعد مع أنها تجاوزت المدى العمري المعتاد.</numerusform>
            <numerusform>%n سنًّا لم تظهر بعد مع أنها تجاوزت المدى العمري المعتاد.</numerusform>
            <numerusform>%n سن لم تظهر بعد مع أنها تجاوزت المدى العمري المعتاد.</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>{number} · late</source>
        <translation>{number} · متأخرة</translation>
    </message>
    <message>
        <source>not through yet, not expected yet</source>
        <translation>لم تظهر بعد، ولم يحن وقتها بعد</translation>
    </message>
    <message>
        <source>not through yet, usually comes through about now</source>
        <translation>لم تظهر بعد، وتظهر عادة في هذا الوقت تقريبًا</translation>
    </message>
    <message>
        <source>not through yet, later than the usual range</source>
        <translation>لم تظهر بعد، متأخرة عن المدى المعتاد</translation>
    </message>
    <message>
        <source>came through on {date}</source>
        <translation>ظهرت في {date}</translation>
    </message>
    <message>
        <source>came through on {date}, later than the usual range</source>
        <translation>ظهرت في {date}، بعد المدى المعتاد</translation>
    </message>
    <message>
        <source>Usually comes through between {start} and {end} months of age.</source>
        <translation>تظهر عادة بين عمر {start} و{end} شهرًا.</translation>
    </message>
    <message>
        <source>{name} ({number}): {state}</source>
        <translation>{name} ({number}): {state}</translation>
    </message>
    <message>
        <source>{name} (tooth {number})
{state}
{usual}
Click to record its day.</source>
        <translation>{name} (السن {number})
{state}
{usual}
انقر لتسجيل يوم ظهورها.</translation>
    </message>
</context>
<context>
    <name>ToothDateDialog</name>
    <message>
        <source>When did this tooth come through?</source>
        <extracomment>What Save stored, once it succeeded. The eruption record &quot;Not through yet&quot; deleted (the page offers Undo).</extracomment>
        <translation>متى ظهرت هذه السن؟</translation>
    </message>
    <message>
        <source>Recorded as coming through on {date}.</source>
        <translation>مسجّل أنها ظهرت في {date}.</translation>
    </message>
    <message>
        <source>{state}.</source>
        <translation>{state}.</translation>
    </message>
    <message>
        <source>This tooth usually comes through between {start} and {end} months of age.</source>
        <translation>تظهر هذه السن عادة بين عمر {start} و{end} شهرًا.</translation>
    </message>
    <message>
        <source>{state} {usual}</source>
        <translation>{state} {usual}</translation>
    </message>
    <message>
        <source>Day it came through</source>
        <translation>يوم ظهورها</translation>
    </message>
    <message>
        <source>&amp;Day it came through</source>
        <translation>&amp;يوم ظهورها</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>حفظ اليوم</translation>
    </message>
    <message>
        <source>&amp;Not through yet</source>
        <translation>&amp;لم تظهر بعد</translation>
    </message>
    <message>
        <source>Clear the day: the tooth has not come through yet</source>
        <translation>مسح اليوم: السن لم تظهر بعد</translation>
    </message>
    <message>
        <source>Removes the recorded day (for a day recorded by mistake); Undo brings it back</source>
        <translation>يزيل اليوم المسجَّل (ليوم سُجّل خطأً)؛ «تراجع» يعيده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <extracomment>Offered in Settings: Europe and many countries (112), North America (911), the United Kingdom (999), Australia (000). Any other number can be typed.</extracomment>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}</source>
        <translation>{value!r} ليس من: {choices}</translation>
    </message>
    <message>
        <source>must be a list of questions</source>
        <translation>يجب أن يكون قائمة أسئلة</translation>
    </message>
    <message>
        <source>has {count} questions; at most {limit}</source>
        <translation>فيه {count} أسئلة؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>is before the child&apos;s birth date ({born})</source>
        <translation>قبل تاريخ ميلاد الطفل ({born})</translation>
    </message>
    <message>
        <source>is more than {years} years ahead; check the year</source>
        <translation>بعد أكثر من {years} سنوات من الآن؛ تحقّق من السنة</translation>
    </message>
    <message>
        <source>{time} does not exist on {date} in {zone} (the clocks went forward); check the time</source>
        <translation>الوقت {time} غير موجود في {date} في {zone} (قُدّمت الساعة)؛ تحقّق من الوقت</translation>
    </message>
    <message>
        <source>cannot be {status} for an appointment that has not happened yet</source>
        <translation>لا يمكن أن يكون {status} لموعد لم يحن بعد</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>يجب أن يكون من {low} إلى {high}</translation>
    </message>
    <message>
        <source>is required: who on the care team set this interval?</source>
        <translation>مطلوب: من حدّد هذه المدة من فريق الرعاية؟</translation>
    </message>
    <message>
        <source>{name!r} is already one of the child&apos;s checks</source>
        <translation>{name!r} موجود بالفعل ضمن فحوص الطفل</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>في المستقبل</translation>
    </message>
    <message>
        <source>{value!r} is not a primary tooth number (FDI 51–55, 61–65, 71–75, 81–85)</source>
        <translation>{value!r} ليس رقم سن لبنية (FDI 51–55، 61–65، 71–75، 81–85)</translation>
    </message>
    <message>
        <source>{value!r} is not an FDI tooth number (primary 51–85, permanent 11–48)</source>
        <translation>{value!r} ليس رقم سن حسب FDI (اللبنية 51–85، الدائمة 11–48)</translation>
    </message>
    <message>
        <source>is required for a procedure or an extraction: given, not_given or unknown</source>
        <translation>مطلوب للإجراء أو الخلع: given أو not_given أو unknown</translation>
    </message>
    <message>
        <source>is only recorded for procedures and extractions; leave it empty</source>
        <translation>يُسجَّل فقط للإجراءات والخلع؛ اتركه فارغًا</translation>
    </message>
    <message>
        <source>only a dental visit can be linked to an appointment</source>
        <translation>زيارة الأسنان وحدها يمكن ربطها بموعد</translation>
    </message>
    <message>
        <source>must be empty for a daily care tick ({record})</source>
        <translation>يجب أن يكون فارغًا لعلامة العناية اليومية ({record})</translation>
    </message>
    <message>
        <source>must be empty for a tooth eruption</source>
        <translation>يجب أن يكون فارغًا لظهور سن</translation>
    </message>
    <message>
        <source>must be one of {choices} (not {value!r})</source>
        <translation>يجب أن يكون من {choices} (وليس {value!r})</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from 0 to {limit}</source>
        <translation>{value!r} ليس عددًا صحيحًا من 0 إلى {limit}</translation>
    </message>
    <message>
        <source>has more than {limit} times</source>
        <translation>فيه أكثر من {limit} أوقات</translation>
    </message>
    <message>
        <source>names the same time twice</source>
        <translation>يذكر الوقت نفسه مرتين</translation>
    </message>
    <message>
        <source>{value!r} is not a day of the week (use mon tue wed thu fri sat sun)</source>
        <translation>{value!r} ليس يومًا من أيام الأسبوع (استخدم mon tue wed thu fri sat sun)</translation>
    </message>
    <message>
        <source>{value!r} is not an amount like 1, 0.25 or 2.5 (a dot before decimals)</source>
        <translation>{value!r} ليس كمية مثل 1 أو 0.25 أو 2.5 (بنقطة قبل الكسور العشرية)</translation>
    </message>
    <message>
        <source>is required with an amount (mg, mL, drops...)</source>
        <translation>مطلوب مع الكمية (ملغ، مل، قطرات...)</translation>
    </message>
    <message>
        <source>is required with a unit</source>
        <translation>مطلوب مع الوحدة</translation>
    </message>
    <message>
        <source>give the dose as prescribed: an amount and unit, or a description in dose_text</source>
        <translation>اكتب الجرعة كما في الوصفة: كمية ووحدة، أو وصفًا في dose_text</translation>
    </message>
    <message>
        <source>{last} is before {start_field} ({first})</source>
        <translation>{last} قبل {start_field} ({first})</translation>
    </message>
    <message>
        <source>leave it empty for a medicine given as needed</source>
        <translation>اتركه فارغًا للدواء الذي يُعطى عند الحاجة</translation>
    </message>
    <message>
        <source>is required: the times of day, like 08:00 20:00</source>
        <translation>مطلوب: أوقات اليوم، مثل 08:00 20:00</translation>
    </message>
    <message>
        <source>leave it empty for a medicine given every few days</source>
        <translation>اتركه فارغًا للدواء الذي يُعطى كل بضعة أيام</translation>
    </message>
    <message>
        <source>is required: every how many days</source>
        <translation>مطلوب: كل كم يومًا</translation>
    </message>
    <message>
        <source>must be from 1 to {limit}</source>
        <translation>يجب أن يكون من 1 إلى {limit}</translation>
    </message>
    <message>
        <source>only goes with the schedule every_n_days</source>
        <translation>يصلح فقط مع الجدول every_n_days</translation>
    </message>
    <message>
        <source>leave it empty: {medicine} is given as needed, not at set times</source>
        <translation>اتركه فارغًا: {medicine} يُعطى عند الحاجة، لا في أوقات محددة</translation>
    </message>
    <message>
        <source>{medicine} is given as needed, so it has no doses to skip</source>
        <translation>{medicine} يُعطى عند الحاجة، فليست له جرعات لتخطّيها</translation>
    </message>
    <message>
        <source>{medicine} was not being taken on {date} (from {start} to {end})</source>
        <translation>لم يكن {medicine} يُعطى في {date} (من {start} إلى {end})</translation>
    </message>
    <message>
        <source>{medicine} is not scheduled at {time} on {date} (its times: {times})</source>
        <translation>{medicine} غير مقرر الساعة {time} في {date} (أوقاته: {times})</translation>
    </message>
    <message>
        <source>leave it empty for a skipped dose</source>
        <translation>اتركه فارغًا للجرعة المتخطّاة</translation>
    </message>
    <message>
        <source>is required: why was the dose skipped?</source>
        <translation>مطلوب: لماذا تُخطّيت الجرعة؟</translation>
    </message>
    <message>
        <source>is required: why was this as-needed dose given?</source>
        <translation>مطلوب: لماذا أُعطيت هذه الجرعة عند الحاجة؟</translation>
    </message>
    <message>
        <source>{value!r} is not one of the child&apos;s medicines (medicines: {known}); add or import it first</source>
        <translation>{value!r} ليس من أدوية الطفل (الأدوية: {known})؛ أضفه أو استورده أولًا</translation>
    </message>
    <message>
        <source>{count} medicines called {value!r} are being taken then; give each a different name</source>
        <translation>يُعطى في ذلك الوقت {count} أدوية باسم {value!r}؛ أعطِ كلًّا منها اسمًا مختلفًا</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
    <message>
        <source>{value!r} is not a phone number: use digits only, such as 112</source>
        <translation>{value!r} ليس رقم هاتف: استخدم الأرقام فقط، مثل 112</translation>
    </message>
    <message>
        <source>must have from {low} to {high} digits</source>
        <translation>يجب أن يتكون من {low} إلى {high} أرقام</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>يجب أن يكون نصًّا</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be kept</source>
        <translation>يحوي محرف NUL، ولا يمكن الاحتفاظ به</translation>
    </message>
    <message>
        <source>contains a broken character (a lone surrogate); retype it</source>
        <translation>يحوي محرفًا مكسورًا (بديل منفرد)؛ أعد كتابته</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation>طويل جدًا ({length} حرفًا؛ والحد الأقصى {limit})</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>يجب أن يكون سطرًا واحدًا دون محارف تحكّم</translation>
    </message>
    <message>
        <source>{value!r} is not a date like 2024-03-31</source>
        <translation>{value!r} ليس تاريخًا مثل 2024-03-31</translation>
    </message>
    <message>
        <source>{value} is not a real calendar date</source>
        <translation>{value} ليس تاريخًا حقيقيًا في التقويم</translation>
    </message>
    <message>
        <source>{value!r} is not a 24-hour time like 08:30</source>
        <translation>{value!r} ليس وقتًا بنظام 24 ساعة مثل 08:30</translation>
    </message>
    <message>
        <source>{value} is not a time of day (00:00 to 23:59)</source>
        <translation>{value} ليس وقتًا من اليوم (من 00:00 إلى 23:59)</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone name like Europe/Madrid</source>
        <translation>{value!r} ليس اسم منطقة زمنية مثل Europe/Madrid</translation>
    </message>
    <message>
        <source>is before 1900; check the year</source>
        <translation>قبل عام 1900؛ تحقّق من السنة</translation>
    </message>
    <message>
        <source>must be female, male or other (not {value!r})</source>
        <translation>يجب أن يكون أنثى أو ذكرًا أو آخر (وليس {value!r})</translation>
    </message>
    <message>
        <source>use digits, spaces and + - ( ) only, like +34 912 345 678</source>
        <translation>استخدم الأرقام والمسافات و+ - ( ) فقط، مثل +966 11 234 5678</translation>
    </message>
    <message>
        <source>is not an address like name@example.org</source>
        <translation>ليس عنوانًا مثل name@example.org</translation>
    </message>
    <message>
        <source>{value!r} is not a symptom code in the catalogue</source>
        <translation>{value!r} ليس رمز عَرَض في القائمة</translation>
    </message>
    <message>
        <source>must be mild, moderate or severe (not {value!r})</source>
        <translation>يجب أن يكون خفيفًا أو متوسطًا أو شديدًا (وليس {value!r})</translation>
    </message>
    <message>
        <source>{path} is where the app keeps its own backups. Choose another disk, such as a USB stick.</source>
        <extracomment>The newest good daily backup when a damaged diary was set aside: renamed to this reason so the daily pruning (which only ever deletes &quot;daily&quot; ones) can never remove it. A hidden ``.part`` file this old is what an interrupted backup left behind.</extracomment>
        <translation>{path} هو المكان الذي يحفظ فيه التطبيق نسخه الاحتياطية. اختر قرصًا آخر، مثل ذاكرة USB.</translation>
    </message>
    <message>
        <source>{path} is not an existing folder.</source>
        <translation>{path} ليس مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (is it read-only, or full?).</source>
        <translation>لا يمكن الكتابة في {path} (هل هو للقراءة فقط، أو ممتلئ؟).</translation>
    </message>
    <message>
        <source>is not an appointment of this child</source>
        <translation>ليس موعدًا لهذا الطفل</translation>
    </message>
    <message>
        <source>another child is already called {name}; add something to tell them apart, such as a second name or an initial</source>
        <translation>يوجد طفل آخر باسم {name}؛ أضف شيئًا للتمييز بينهما، مثل اسم ثانٍ أو حرف أول</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {limit}</source>
        <translation>يجب أن يكون عددًا صحيحًا من 1 إلى {limit}</translation>
    </message>
    <message>
        <source>the {time} dose of {medicine} on {date} is already in the log; edit that entry instead</source>
        <translation>جرعة {time} من {medicine} في {date} موجودة بالفعل في السجل؛ عدّل ذلك الإدخال بدلًا من ذلك</translation>
    </message>
    <message>
        <source>the {time} dose of {medicine} on {date} already has another entry (in the log or earlier in this file)</source>
        <translation>جرعة {time} من {medicine} في {date} لها إدخال آخر بالفعل (في السجل أو قبل ذلك في هذا الملف)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>Welcome to Caregiver Companion</source>
        <translation>أهلًا بك في Caregiver Companion</translation>
    </message>
    <message>
        <source>A simple diary for your child&apos;s symptoms and care team, to share with the doctors at the next visit. It takes a few seconds to note how your child is.</source>
        <translation>يوميات بسيطة لأعراض طفلك وفريق رعايته، لتشاركها مع الأطباء في الزيارة القادمة. تسجيل حال طفلك يستغرق ثواني.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Nothing is sent anywhere, and no account is needed.</source>
        <translation>كل ما تكتبه يبقى على هذا الحاسوب. لا يُرسل شيء إلى أي مكان، ولا حاجة إلى حساب.</translation>
    </message>
    <message>
        <source>Child&apos;s birth date</source>
        <translation>تاريخ ميلاد الطفل</translation>
    </message>
    <message>
        <source>Child&apos;s sex (optional)</source>
        <translation>جنس الطفل (اختياري)</translation>
    </message>
    <message>
        <source>So the diary shows who wrote what</source>
        <translation>لتُظهر اليوميات من كتب ماذا</translation>
    </message>
    <message>
        <source>Your child&apos;s &amp;name</source>
        <translation>ا&amp;سم طفلك</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>اسم الطفل</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>تاريخ الم&amp;يلاد</translation>
    </message>
    <message>
        <source>&amp;Sex (optional)</source>
        <translation>ال&amp;جنس (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>اس&amp;مك</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>التخطّي الآن</translation>
    </message>
    <message>
        <source>Skip the welcome; add your child later</source>
        <translation>تخطّي الترحيب؛ أضف طفلك لاحقًا</translation>
    </message>
    <message>
        <source>Add my child</source>
        <translation>أضف طفلي</translation>
    </message>
    <message>
        <source>Add my child and start</source>
        <translation>أضف طفلي وابدأ</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>1 record</source>
        <translation>سجل واحد</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} سجلات</translation>
    </message>
    <message>
        <source>Imported {records} for {name} ({already} already there).</source>
        <translation>استُورد {records} لـ{name} ({already} موجودة من قبل).</translation>
    </message>
    <message>
        <source>Wrote {records} for {name} to {path}.</source>
        <translation>كُتب {records} لـ{name} في {path}.</translation>
    </message>
    <message>
        <source>Wrote {records} ({kind}) for {name} to {path}.</source>
        <translation>كُتب {records} ({kind}) لـ{name} في {path}.</translation>
    </message>
    <message>
        <source>There are no children in the diary; nothing was written.</source>
        <translation>لا يوجد أطفال في اليوميات؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>A private diary and care companion for families of a child with TNFSF11 (RANKL) osteopetrosis. With no command, opens the window.</source>
        <translation>يوميات خاصة ورفيق رعاية لعائلات الأطفال المصابين بتحجّر العظام من نوع TNFSF11 (RANKL). دون أمر، تُفتح النافذة.</translation>
    </message>
    <message>
        <source>folder holding the family&apos;s diary (default: your user data folder; also CAREGIVER_APP_DATA_DIR)</source>
        <translation>المجلد الذي يحوي يوميات العائلة (الافتراضي: مجلد بيانات المستخدم؛ أو CAREGIVER_APP_DATA_DIR)</translation>
    </message>
    <message>
        <source>add or list children</source>
        <translation>إضافة أطفال أو عرضهم</translation>
    </message>
    <message>
        <source>add a child</source>
        <translation>إضافة طفل</translation>
    </message>
    <message>
        <source>the child&apos;s name</source>
        <translation>اسم الطفل</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>list children</source>
        <translation>عرض الأطفال</translation>
    </message>
    <message>
        <source>import records from a CSV file</source>
        <translation>استيراد سجلات من ملف CSV</translation>
    </message>
    <message>
        <source>symptom diary entries</source>
        <extracomment>The CSV record types, each imported and exported one child at a time.</extracomment>
        <translation>إدخالات يوميات الأعراض</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>dental care records</source>
        <translation>سجلات العناية بالأسنان</translation>
    </message>
    <message>
        <source>medicines as prescribed</source>
        <translation>الأدوية كما وُصفت</translation>
    </message>
    <message>
        <source>dose log entries</source>
        <translation>إدخالات سجل الجرعات</translation>
    </message>
    <message>
        <source>export records to a CSV file</source>
        <translation>تصدير السجلات إلى ملف CSV</translation>
    </message>
    <message>
        <source>every record type of every child, into a folder</source>
        <translation>كل أنواع السجلات لكل طفل، في مجلد</translation>
    </message>
    <message>
        <source>appointments and check due dates, with alarms, as a calendar</source>
        <translation>المواعيد ومواعيد الفحوص، مع منبّهات، كتقويم</translation>
    </message>
    <message>
        <source>Writes an iCalendar (.ics) file of every appointment and every check due date (of one child, or of all), each with an alarm, for calendar programs to import. Importing it again updates the same events.</source>
        <translation>يكتب ملف iCalendar (.ics) بكل موعد وكل تاريخ استحقاق فحص (لطفل واحد، أو للجميع)، مع منبّه لكل منها، لتستوردها برامج التقويم. استيراده مرة أخرى يحدّث الأحداث نفسها.</translation>
    </message>
    <message>
        <source>only this child (default: every child)</source>
        <translation>هذا الطفل فقط (الافتراضي: كل طفل)</translation>
    </message>
    <message>
        <source>what is overdue and what comes next</source>
        <translation>ما فات موعده وما يأتي بعد ذلك</translation>
    </message>
    <message>
        <source>Prints overdue and coming checks, appointments and medicine doses in order, one per line: local date and time, kind, title, status, separated by tabs. A check is due on a day, so its time is --:--.</source>
        <translation>يطبع الفحوص والمواعيد وجرعات الأدوية المتأخرة والقادمة بالترتيب، واحدًا في كل سطر: التاريخ والوقت المحليان، والنوع، والعنوان، والحالة، مفصولة بعلامات جدولة. الفحص يُستحق في يوم، فوقته --:--.</translation>
    </message>
    <message>
        <source>the moment to look from, like 2026-11-21T08:00 (the family&apos;s time zone) or 2026-11-21T07:00Z (default: now)</source>
        <translation>اللحظة التي يبدأ منها البحث، مثل 2026-11-21T08:00 (بتوقيت العائلة) أو 2026-11-21T07:00Z (الافتراضي: الآن)</translation>
    </message>
    <message>
        <source>how many days ahead, 0 to 366 (default 7; 0: today only)</source>
        <translation>كم يومًا إلى الأمام، من 0 إلى 366 (الافتراضي 7؛ 0: اليوم فقط)</translation>
    </message>
    <message>
        <source>list the red-flag episodes found in the diary</source>
        <translation>عرض نوبات العلامات الخطرة الموجودة في اليوميات</translation>
    </message>
    <message>
        <source>Prints each red-flag episode of the diary (signs that need care today or now), one per line: local start date and time, level, rule, and the reason in plain words, separated by tabs. An entry without a time of day shows --:--.</source>
        <translation>يطبع كل نوبة علامة خطرة في اليوميات (علامات تحتاج رعاية اليوم أو الآن)، واحدة في كل سطر: تاريخ البداية ووقتها المحليان، والمستوى، والقاعدة، والسبب بكلمات بسيطة، مفصولة بعلامات جدولة. الإدخال الذي بلا وقت يظهر --:--.</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: the first entry)</source>
        <translation>اليوم الأول، YYYY-MM-DD (الافتراضي: أول إدخال)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: the last entry)</source>
        <translation>اليوم الأخير، YYYY-MM-DD (الافتراضي: آخر إدخال)</translation>
    </message>
    <message>
        <source>add a realistic six-month demo family</source>
        <translation>إضافة عائلة تجريبية واقعية لستة أشهر</translation>
    </message>
    <message>
        <source>write a backup of the diary now</source>
        <translation>كتابة نسخة احتياطية من اليوميات الآن</translation>
    </message>
    <message>
        <source>Writes a verified backup of the whole diary. Without FILE it goes into the backups folder beside the diary (and into the extra backup folder, if one is set); FILE may also be a folder, such as a USB stick. An existing file is never replaced.</source>
        <translation>يكتب نسخة احتياطية مفحوصة من اليوميات كلها. دون FILE تُحفظ في مجلد النسخ الاحتياطية بجانب اليوميات (وفي مجلد النسخ الإضافي، إن حُدّد)؛ ويمكن أن يكون FILE مجلدًا أيضًا، مثل ذاكرة USB. لا يُستبدل ملف موجود أبدًا.</translation>
    </message>
    <message>
        <source>replace the diary with a backup (keeps a backup of it first)</source>
        <translation>استبدال اليوميات بنسخة احتياطية (مع الاحتفاظ بنسخة احتياطية منها أولًا)</translation>
    </message>
    <message>
        <source>Replaces the diary with the backup FILE. The current diary is first saved as a backup (its file name is printed: restore that file to undo). A damaged diary file is moved aside, never deleted.</source>
        <translation>يستبدل اليوميات بالنسخة الاحتياطية FILE. تُحفظ اليوميات الحالية أولًا كنسخة احتياطية (يُطبع اسم ملفها: استعد ذلك الملف للتراجع). ملف اليوميات التالف يُنقل جانبًا، ولا يُحذف أبدًا.</translation>
    </message>
    <message>
        <source>check the diary file for damage</source>
        <translation>فحص ملف اليوميات بحثًا عن تلف</translation>
    </message>
    <message>
        <source>Checks the whole diary file (SQLite integrity and foreign-key checks) without changing it. Exits 0 if it is sound, 1 with the problems otherwise.</source>
        <translation>يفحص ملف اليوميات كله (فحوص سلامة SQLite والمفاتيح الخارجية) دون تغييره. يخرج بالقيمة 0 إن كان سليمًا، و1 مع المشكلات خلاف ذلك.</translation>
    </message>
    <message>
        <source>write a visit summary (PDF) for a clinician</source>
        <translation>كتابة ملخص زيارة (PDF) للطبيب</translation>
    </message>
    <message>
        <source>Writes a visit summary of one child as a PDF: page one at a glance (red-flag episodes, medicines and doses, routine checks, upcoming appointments, questions, how complete the record is, symptoms against the previous period), then the details. The period defaults to the days since the last appointment with --specialty, or else the last three months.</source>
        <translation>يكتب ملخص زيارة لطفل واحد كملف PDF: الصفحة الأولى لمحة سريعة (نوبات العلامات الخطرة، والأدوية والجرعات، والفحوص الدورية، والمواعيد القادمة، والأسئلة، ومدى اكتمال السجل، والأعراض مقارنة بالفترة السابقة)، ثم التفاصيل. الفترة الافتراضية هي الأيام منذ آخر موعد مع --specialty، وإلا فآخر ثلاثة أشهر.</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD</source>
        <translation>اليوم الأول من الفترة، YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation>اليوم الأخير من الفترة، YYYY-MM-DD (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>the specialty the visit is for: {choices}</source>
        <translation>التخصص الذي تخصه الزيارة: {choices}</translation>
    </message>
    <message>
        <source>also print every diary entry of the period with its notes</source>
        <translation>اطبع أيضًا كل إدخال في اليوميات خلال الفترة مع ملاحظاته</translation>
    </message>
    <message>
        <source>write the one-page emergency information sheet (PDF)</source>
        <translation>كتابة ورقة معلومات الطوارئ ذات الصفحة الواحدة (PDF)</translation>
    </message>
    <message>
        <source>Writes the child&apos;s emergency information as a one-page PDF for emergency staff: identity and diagnosis, key cautions, medicines and allergies, usual status, contacts, and when it was last reviewed.</source>
        <translation>يكتب معلومات الطوارئ للطفل كملف PDF من صفحة واحدة لطاقم الطوارئ: الهوية والتشخيص، والتحذيرات المهمة، والأدوية والحساسية، والحالة المعتادة، وجهات الاتصال، وتاريخ آخر مراجعة.</translation>
    </message>
    <message>
        <source>paper size (default: the last one used, else your country&apos;s)</source>
        <translation>مقاس الورق (الافتراضي: آخر مقاس مستخدم، وإلا فمقاس بلدك)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}</source>
        <translation>{value!r} ليس من: {choices}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name like summary.pdf</source>
        <translation>{path} مجلد؛ اكتب اسم ملف مثل summary.pdf</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time like 2026-11-21T08:00 or 2026-11-21T07:00Z</source>
        <translation>{value!r} ليس تاريخًا ووقتًا مثل 2026-11-21T08:00 أو 2026-11-21T07:00Z</translation>
    </message>
    <message>
        <source>{value!r} is not a date like 2026-11-21</source>
        <translation>{value!r} ليس تاريخًا مثل 2026-11-21</translation>
    </message>
    <message>
        <source>argument --to: {last} is before --from ({first})</source>
        <translation>الوسيط --to: {last} قبل --from ({first})</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from 0 to {high}</source>
        <translation>{value!r} ليس عددًا صحيحًا من 0 إلى {high}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name like calendar.ics</source>
        <translation>{path} مجلد؛ اكتب اسم ملف مثل calendar.ics</translation>
    </message>
    <message>
        <source>Warning: today&apos;s automatic backup was not made: {reason}</source>
        <translation>تحذير: لم تُنشأ النسخة الاحتياطية التلقائية اليوم: {reason}</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>تحذير:</translation>
    </message>
    <message>
        <source>Added {name}, born {born}.</source>
        <translation>أُضيف {name}، مواليد {born}.</translation>
    </message>
    <message>
        <source>No children yet. Add one with: child add --name NAME --born YYYY-MM-DD</source>
        <translation>لا أطفال بعد. أضف طفلًا بالأمر: child add --name NAME --born YYYY-MM-DD</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>إدخال واحد</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} إدخالات</translation>
    </message>
    <message>
        <source>Imported {entries} for {name} ({already} already in the diary).</source>
        <translation>استُورد {entries} لـ{name} ({already} موجودة في اليوميات من قبل).</translation>
    </message>
    <message>
        <source>Wrote {entries} for {name} to {path}.</source>
        <translation>كُتب {entries} لـ{name} في {path}.</translation>
    </message>
    <message>
        <source>Wrote {entries} for {name} ({first} to {last}) to {path}.</source>
        <translation>كُتب {entries} لـ{name} (من {first} إلى {last}) في {path}.</translation>
    </message>
    <message>
        <source>first entry</source>
        <translation>أول إدخال</translation>
    </message>
    <message>
        <source>last entry</source>
        <translation>آخر إدخال</translation>
    </message>
    <message>
        <source>The demo family ({name}) is already here; nothing was added.</source>
        <translation>العائلة التجريبية ({name}) موجودة هنا بالفعل؛ لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Added the demo family: {name}, born {born}, with {contacts} care team contacts, {entries} and {quiet} &quot;nothing unusual&quot; days over six months.</source>
        <translation>أُضيفت العائلة التجريبية: {name}، مواليد {born}، مع {contacts} جهات اتصال في فريق الرعاية، و{entries}، و{quiet} أيام «لا شيء غير عادي» على مدى ستة أشهر.</translation>
    </message>
    <message>
        <source>1 child</source>
        <translation>طفل واحد</translation>
    </message>
    <message>
        <source>{count} children</source>
        <translation>{count} أطفال</translation>
    </message>
    <message>
        <source>{entries}, {children}</source>
        <translation>{entries}، {children}</translation>
    </message>
    <message>
        <source>Backup written to {path} ({holds}).</source>
        <translation>كُتبت النسخة الاحتياطية في {path} ({holds}).</translation>
    </message>
    <message>
        <source>Copy written to {path}.</source>
        <translation>كُتبت نسخة في {path}.</translation>
    </message>
    <message>
        <source>Restored {path} ({holds}). There was no diary here before.</source>
        <translation>استُعيد {path} ({holds}). لم تكن هنا يوميات من قبل.</translation>
    </message>
    <message>
        <source>The damaged diary file was moved aside, unchanged, to {path}.</source>
        <translation>نُقل ملف اليوميات التالف جانبًا، دون تغيير، إلى {path}.</translation>
    </message>
    <message>
        <source>Restored {path} ({holds}).</source>
        <translation>استُعيد {path} ({holds}).</translation>
    </message>
    <message>
        <source>Restored {path} ({entries}).</source>
        <translation>استُعيد {path} ({entries}).</translation>
    </message>
    <message>
        <source>The diary as it was before is saved in {safety}. To undo: caregiver-app restore {safety}</source>
        <translation>اليوميات كما كانت من قبل محفوظة في {safety}. للتراجع: caregiver-app restore {safety}</translation>
    </message>
    <message>
        <source>There is no diary file {path}.</source>
        <translation>لا يوجد ملف يوميات {path}.</translation>
    </message>
    <message>
        <source>The diary file {path} is sound.</source>
        <translation>ملف اليوميات {path} سليم.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged. It was not changed. What SQLite found:</source>
        <translation>ملف اليوميات {path} تالف. لم يُغيَّر. ما وجده SQLite:</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... و{count} غيرها.</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}. If you have one elsewhere (a USB stick), put it in place with: caregiver-app restore FILE (the damaged file is kept aside).</source>
        <translation>لا توجد نسخة احتياطية سليمة في {folder}. إن كانت لديك نسخة في مكان آخر (ذاكرة USB)، فضعها مكانه بالأمر: caregiver-app restore FILE (يُحتفظ بالملف التالف جانبًا).</translation>
    </message>
    <message>
        <source>To put your newest good backup in its place (the damaged file is kept aside): caregiver-app restore {backup}</source>
        <translation>لوضع أحدث نسخة احتياطية سليمة مكانه (يُحتفظ بالملف التالف جانبًا): caregiver-app restore {backup}</translation>
    </message>
    <message>
        <source>Nothing is overdue or due from {first} to {last}.</source>
        <translation>لا شيء متأخر أو مستحق من {first} إلى {last}.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>موعد واحد</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} مواعيد</translation>
    </message>
    <message>
        <source>1 check due date</source>
        <translation>تاريخ استحقاق فحص واحد</translation>
    </message>
    <message>
        <source>{count} check due dates</source>
        <translation>{count} تواريخ استحقاق فحوص</translation>
    </message>
    <message>
        <source>Wrote {appointments} and {checks}, with alarms, to {path}.</source>
        <translation>كُتب {appointments} و{checks}، مع منبّهات، في {path}.</translation>
    </message>
    <message>
        <source>1 medicine</source>
        <translation>دواء واحد</translation>
    </message>
    <message>
        <source>{count} medicines</source>
        <translation>{count} أدوية</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>جرعة واحدة</translation>
    </message>
    <message>
        <source>{count} doses</source>
        <translation>{count} جرعات</translation>
    </message>
    <message>
        <source>Imported {medicines} for {name} ({already} already in the record).</source>
        <translation>استُورد {medicines} لـ{name} ({already} موجودة في السجل من قبل).</translation>
    </message>
    <message>
        <source>Imported {doses} for {name} ({already} already in the dose log).</source>
        <translation>استُورد {doses} لـ{name} ({already} موجودة في سجل الجرعات من قبل).</translation>
    </message>
    <message>
        <source>Wrote {medicines} for {name} to {path}.</source>
        <translation>كُتب {medicines} لـ{name} في {path}.</translation>
    </message>
    <message>
        <source>Wrote {doses} for {name} to {path}.</source>
        <translation>كُتب {doses} لـ{name} في {path}.</translation>
    </message>
    <message>
        <source>Wrote {doses} for {name} ({first} to {last}) to {path}.</source>
        <translation>كُتب {doses} لـ{name} (من {first} إلى {last}) في {path}.</translation>
    </message>
    <message>
        <source>first dose</source>
        <translation>أول جرعة</translation>
    </message>
    <message>
        <source>last dose</source>
        <translation>آخر جرعة</translation>
    </message>
    <message>
        <source>No red-flag episodes in the diary from {first} to {last}.</source>
        <translation>لا نوبات علامات خطرة في اليوميات من {first} إلى {last}.</translation>
    </message>
    <message>
        <source>Wrote the visit summary for {name} ({first} to {last}) to {path}.</source>
        <extracomment>The service&apos;s field names as the command line spells them.</extracomment>
        <translation>كُتب ملخص الزيارة لـ{name} (من {first} إلى {last}) في {path}.</translation>
    </message>
    <message>
        <source>Wrote the emergency information sheet for {name} to {path}.</source>
        <translation>كُتبت ورقة معلومات الطوارئ لـ{name} في {path}.</translation>
    </message>
    <message>
        <source>Note: {name}&apos;s emergency information has never been filled in, so the sheet shows the app&apos;s suggestions and says it was never reviewed. Fill it in with the care team in the window: Family &amp; care team, Emergency information.</source>
        <translation>ملاحظة: لم تُملأ معلومات الطوارئ لـ{name} قط، فتعرض الورقة اقتراحات التطبيق وتذكر أنها لم تُراجَع قط. املأها مع فريق الرعاية في النافذة: «العائلة وفريق الرعاية»، «معلومات الطوارئ».</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({kind}); nothing you saved was lost. A note without your diary&apos;s contents was written in {path}.</source>
        <translation>حدث خطأ داخل التطبيق ({kind})؛ لم يضع شيء مما حفظته. كُتبت ملاحظة دون محتوى يومياتك في {path}.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({kind}); nothing you saved was lost.</source>
        <translation>حدث خطأ داخل التطبيق ({kind})؛ لم يضع شيء مما حفظته.</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <source>time not recorded</source>
        <translation>الوقت غير مسجَّل</translation>
    </message>
</context>
</TS>
