<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <extracomment>The licence, as pyproject.toml declares it (an SPDX expression; a test keeps them equal).</extracomment>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>A private diary and care companion for families of a child with osteopetrosis caused by TNFSF11 (RANKL) variants. It never suggests a medicine or a dose.</source>
        <translation>Un diario privado y una ayuda en los cuidados para familias de un niño o niña con osteopetrosis por variantes de TNFSF11 (RANKL). Nunca sugiere un medicamento ni una dosis.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}): you may use, share and change it under its terms. It comes with no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior ({licence}): puede usarlo, compartirlo y cambiarlo según sus condiciones. No tiene ninguna garantía.</translation>
    </message>
    <message>
        <source>Your diary stays on this computer. Nothing is sent anywhere: no account, no tracking. The guide&apos;s Privacy page (Help menu) says more.</source>
        <translation>Su diario se queda en este equipo. No se envía nada a ninguna parte: sin cuenta y sin seguimiento. En la guía, la página Privacidad (menú Ayuda) explica más.</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder in the file manager</source>
        <translation>Abrir la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>Make a backup of the diary now</source>
        <translation>Hacer ahora una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Your data is in</source>
        <translation>Sus datos están en</translation>
    </message>
    <message>
        <source>Data folder location</source>
        <translation>Ubicación de la carpeta de datos</translation>
    </message>
    <message>
        <source>Backups are in</source>
        <translation>Copias de seguridad en</translation>
    </message>
    <message>
        <source>Where the backups are</source>
        <translation>Dónde están las copias de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <source>The folder could not be opened here. Open your file manager and go to {folder}.</source>
        <translation>No se pudo abrir la carpeta desde aquí. Abra su gestor de archivos y vaya a {folder}.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>toca pronto</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>no check recorded yet</source>
        <translation>todavía no hay ningún control anotado</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>not marked done</source>
        <translation>sin marcar como realizada</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>check</source>
        <translation>control</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dosis</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. What you saved is safe. If this happens again, please tell us what you were doing.

Details: {error}</source>
        <extracomment>The app&apos;s icon sizes in resources/icons/hicolor/&lt;n&gt;x&lt;n&gt;/apps/ (packaging/linux/render_icons.py).</extracomment>
        <translation>Algo falló dentro de la aplicación. Lo que ya guardó está a salvo. Si vuelve a pasar, cuéntenos qué estaba haciendo.

Detalles: {error}</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What you saved is safe, and your unsaved entry is kept as a draft. If this happens again, please tell us what you were doing.

Details: {error}</source>
        <translation>Algo falló dentro de la aplicación. Lo que ya guardó está a salvo, y la anotación que no había guardado se conserva como borrador. Si vuelve a pasar, cuéntenos qué estaba haciendo.

Detalles: {error}</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What you saved is safe. Your unsaved entry could not be kept as a draft: it is still on the Today page, so save it there before closing the app.

Details: {error}</source>
        <translation>Algo falló dentro de la aplicación. Lo que ya guardó está a salvo. La anotación que no había guardado no se pudo conservar como borrador: sigue en la página Hoy, así que guárdela allí antes de cerrar la aplicación.

Detalles: {error}</translation>
    </message>
    <message>
        <source>A note about the error, without anything from your diary, was added to the app&apos;s log in the logs folder beside your diary.</source>
        <translation>Se añadió una nota sobre el error, sin nada de su diario, al registro de la aplicación, en la carpeta logs que está junto a su diario.</translation>
    </message>
    <message>
        <source>Caregiver Companion is already open with this diary, but it did not answer. Look for its window on the taskbar. If it is not there, wait a minute and start the app again; restarting the computer also closes it.</source>
        <translation>Caregiver Companion ya está abierta con este diario, pero no ha respondido. Busque su ventana en la barra de tareas. Si no está, espere un minuto y vuelva a abrir la aplicación; reiniciar el equipo también la cierra.</translation>
    </message>
    <message>
        <source>Your diary was moved to {folder}, but that folder cannot be found now (is it on a disk that is not plugged in?). The app opened its usual folder instead. To get back to your diary, close the app, make the folder available and start the app again.</source>
        <translation>Su diario se trasladó a {folder}, pero ahora no se encuentra esa carpeta (¿está en un disco que no está conectado?). La aplicación ha abierto su carpeta habitual en su lugar. Para volver a su diario, cierre la aplicación, haga que la carpeta esté disponible y vuelva a abrir la aplicación.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>None</source>
        <extracomment>The routine-check choice meaning &quot;this visit is not one of the routine checks&quot;. Time forms understood besides the core&apos;s 24-hour HH:MM (&quot;9:30&quot;, &quot;9.30&quot;, &quot;0930&quot;).</extracomment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not one of the routine checks</source>
        <translation>No es uno de los controles periódicos</translation>
    </message>
    <message>
        <source>Routine check</source>
        <translation>Control periódico</translation>
    </message>
    <message>
        <source>Which routine check this visit is for. It counts once the visit is marked done, so the reminders know when the check was last done.</source>
        <translation>Para qué control periódico es esta consulta. Cuenta cuando la cita se marca como realizada; así los recordatorios saben cuándo se hizo el control por última vez.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>Save appointment</source>
        <translation>Guardar cita</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the appointment</source>
        <translation>Guardar la cita</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>24-hour clock, e.g. 09:30</source>
        <translation>Formato de 24 horas, p. ej., 09:30</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Choose the specialty</source>
        <translation>Elija la especialidad</translation>
    </message>
    <message>
        <source>&amp;Specialty</source>
        <translation>&amp;Especialidad</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Who you will see (optional)</source>
        <translation>A quién va a ver (opcional)</translation>
    </message>
    <message>
        <source>Hospital, clinic, floor or room (optional)</source>
        <translation>Hospital, clínica, planta o consulta (opcional)</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>Profe&amp;sional</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What the visit is for (optional)</source>
        <translation>Para qué es la consulta (opcional)</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>&amp;Questions to ask</source>
        <translation>&amp;Preguntas que hacer</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>Afterwards: what was found, what was decided</source>
        <translation>Después: qué se encontró, qué se decidió</translation>
    </message>
    <message>
        <source>&amp;Outcome notes</source>
        <translation>Notas del &amp;resultado</translation>
    </message>
</context>
<context>
    <name>AppointmentDoneDialog</name>
    <message>
        <source>Mark the appointment done</source>
        <translation>Marcar la cita como realizada</translation>
    </message>
    <message>
        <source>{specialty}, {when}</source>
        <translation>{specialty}, {when}</translation>
    </message>
    <message>
        <source>With {value}</source>
        <translation>Con {value}</translation>
    </message>
    <message>
        <source>At {value}</source>
        <translation>En {value}</translation>
    </message>
    <message>
        <source>For: {value}</source>
        <translation>Motivo: {value}</translation>
    </message>
    <message>
        <source>Routine check done</source>
        <translation>Control periódico hecho</translation>
    </message>
    <message>
        <source>Routine check</source>
        <translation>Control periódico</translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>What was found, what was decided, answers to your questions, next visit</source>
        <translation>Qué se encontró, qué se decidió, respuestas a sus preguntas, próxima consulta</translation>
    </message>
    <message>
        <source>&amp;Outcome notes</source>
        <translation>Notas del &amp;resultado</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>Mark it done</source>
        <translation>Marcarla como realizada</translation>
    </message>
    <message>
        <source>Your questions were:</source>
        <translation>Sus preguntas eran:</translation>
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
        <translation>{action} (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>This appointment was deleted meanwhile, so it cannot be changed.</source>
        <translation>Esta cita se borró mientras tanto, así que ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your text is still here; try Save again.</source>
        <translation>No se guardó: {reason}. Su texto sigue aquí; vuelva a pulsar Guardar.</translation>
    </message>
    <message>
        <source>Close without saving? What you typed here would be lost.</source>
        <translation>¿Cerrar sin guardar? Se perdería lo que ha escrito aquí.</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Eyes (ophthalmology)</source>
        <translation>Ojos (oftalmología)</translation>
    </message>
    <message>
        <source>Hearing, ear, nose and throat</source>
        <translation>Audición, oído, nariz y garganta (audiología/ORL)</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Dientes (odontología)</translation>
    </message>
    <message>
        <source>Blood (hematology)</source>
        <translation>Sangre (hematología)</translation>
    </message>
    <message>
        <source>Hormones (endocrinology)</source>
        <translation>Hormonas (endocrinología)</translation>
    </message>
    <message>
        <source>Neurosurgery</source>
        <translation>Neurocirugía</translation>
    </message>
    <message>
        <source>Genetics</source>
        <translation>Genética</translation>
    </message>
    <message>
        <source>Bones (orthopedics)</source>
        <translation>Huesos (traumatología/ortopedia)</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>General pediatrics</source>
        <translation>Pediatría general</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Eye exam</source>
        <translation>Revisión de la vista</translation>
    </message>
    <message>
        <source>Hearing test</source>
        <translation>Prueba de audición</translation>
    </message>
    <message>
        <source>Dental check</source>
        <translation>Revisión dental</translation>
    </message>
    <message>
        <source>Blood tests</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>Growth measurement</source>
        <translation>Medición del crecimiento</translation>
    </message>
</context>
<context>
    <name>AppointmentsModel</name>
    <message>
        <source>When</source>
        <extracomment>History rows handed to the view at a time. The appointment&apos;s id, on every cell of its row (None on a heading row).</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Was it done? Mark done or missed</source>
        <translation>¿Se hizo? Márquela como realizada o perdida</translation>
    </message>
    <message>
        <source>Planned, today</source>
        <translation>Prevista, hoy</translation>
    </message>
    <message>
        <source>Planned, tomorrow</source>
        <translation>Prevista, mañana</translation>
    </message>
    <message numerus="yes">
        <source>Planned, in %n days</source>
        <translation>
            <numerusform>Prevista, dentro de %n día</numerusform>
            <numerusform>Prevista, dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Done ({check})</source>
        <translation>Realizada ({check})</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>{specialty}, {when}</source>
        <translation>{specialty}, {when}</translation>
    </message>
    <message>
        <source>With: {text}</source>
        <translation>Con: {text}</translation>
    </message>
    <message>
        <source>Place: {text}</source>
        <translation>Lugar: {text}</translation>
    </message>
    <message>
        <source>Purpose: {text}</source>
        <translation>Motivo: {text}</translation>
    </message>
    <message>
        <source>Outcome: {text}</source>
        <translation>Resultado: {text}</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>Preguntas que hacer:</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message numerus="yes">
        <source>Was it done? (%n)</source>
        <translation>
            <numerusform>¿Se hizo? (%n)</numerusform>
            <numerusform>¿Se hicieron? (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Próxima (%n)</numerusform>
            <numerusform>Próximas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History, newest first (%n)</source>
        <translation>
            <numerusform>Historial, lo más reciente primero (%n)</numerusform>
            <numerusform>Historial, lo más reciente primero (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>it was deleted meanwhile</source>
        <extracomment>Extra height of each list row, so a row is an easy target. A page shown again after this long reads the appointments again (&quot;tomorrow&quot; moves on).</extracomment>
        <translation>se borró mientras tanto</translation>
    </message>
    <message>
        <source>Appointments</source>
        <extracomment>What Undo (the bar&apos;s button, Ctrl+Z) takes back, the most recent last: the appointment&apos;s id and what puts it back. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>Citas</translation>
    </message>
    <message>
        <source>&amp;Add appointment…</source>
        <translation>&amp;Añadir cita…</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <source>Add an appointment (Ctrl+N)</source>
        <translation>Añadir una cita (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;xport a visit summary…</source>
        <translation>E&amp;xportar un resumen para la consulta…</translation>
    </message>
    <message>
        <source>Export a visit summary (PDF) to take to an appointment</source>
        <translation>Exportar un resumen (PDF) para llevar a una cita</translation>
    </message>
    <message>
        <source>A PDF for the clinician, to save or print (Ctrl+P)</source>
        <translation>Un PDF para el médico o la médica, para guardarlo o imprimirlo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Done, cancelled and missed appointments will be listed here, newest first, with what came of each.</source>
        <translation>Aquí aparecerán las citas realizadas, canceladas y perdidas, de la más reciente a la más antigua, con el resultado de cada una.</translation>
    </message>
    <message>
        <source>Yes, mark done…</source>
        <translation>Sí, marcar como realizada…</translation>
    </message>
    <message>
        <source>Yes, it was done: mark it done</source>
        <translation>Sí, se hizo: marcarla como realizada</translation>
    </message>
    <message>
        <source>It was missed</source>
        <translation>Se perdió</translation>
    </message>
    <message>
        <source>No, it was missed: mark it missed</source>
        <translation>No, se perdió: marcarla como perdida</translation>
    </message>
    <message>
        <source>It was cancelled</source>
        <translation>Se canceló</translation>
    </message>
    <message>
        <source>It was cancelled: mark it cancelled</source>
        <translation>Se canceló: marcarla como cancelada</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Edit or add questions…</source>
        <translation>Editar o añadir preguntas…</translation>
    </message>
    <message>
        <source>Edit the next appointment</source>
        <translation>Editar la próxima cita</translation>
    </message>
    <message>
        <source>Visit summary for this appointment…</source>
        <translation>Resumen para esta cita…</translation>
    </message>
    <message>
        <source>Export a visit summary for the next appointment</source>
        <translation>Exportar un resumen para la próxima cita</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>Past ones to close, then coming up, then the history, newest first. Enter edits, Delete deletes.</source>
        <translation>Primero las pasadas que hay que cerrar, luego las próximas y después el historial, lo más reciente primero. Intro edita, Supr borra.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen appointment</source>
        <translation>Editar la cita elegida</translation>
    </message>
    <message>
        <source>Edit the chosen appointment (Enter or double-click)</source>
        <translation>Editar la cita elegida (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Marcar como &amp;realizada…</translation>
    </message>
    <message>
        <source>Mark the chosen appointment done</source>
        <translation>Marcar la cita elegida como realizada</translation>
    </message>
    <message>
        <source>Mark ca&amp;ncelled</source>
        <translation>Marcar como ca&amp;ncelada</translation>
    </message>
    <message>
        <source>Mark the chosen appointment cancelled</source>
        <translation>Marcar la cita elegida como cancelada</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>Marcar como &amp;perdida</translation>
    </message>
    <message>
        <source>Mark the chosen appointment missed</source>
        <translation>Marcar la cita elegida como perdida</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the chosen appointment</source>
        <translation>Borrar la cita elegida</translation>
    </message>
    <message>
        <source>Delete the chosen appointment (Delete key); Undo brings it back</source>
        <translation>Borrar la cita elegida (tecla Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>{name}&apos;s appointments</source>
        <translation>Citas de {name}</translation>
    </message>
    <message>
        <source>{specialty}, {when}</source>
        <translation>{specialty}, {when}</translation>
    </message>
    <message>
        <source>Was this appointment done? {appointment}.</source>
        <translation>¿Se hizo esta cita? {appointment}.</translation>
    </message>
    <message numerus="yes">
        <source>%n more to close under “Was it done?” below.</source>
        <translation>
            <numerusform>Queda %n más por cerrar abajo, en “¿Se hizo?”.</numerusform>
            <numerusform>Quedan %n más por cerrar abajo, en “¿Se hizo?”.</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointment planned</source>
        <translation>No hay ninguna cita prevista</translation>
    </message>
    <message>
        <source>When the next visit is booked, add it with “Add appointment” (Ctrl+N) and write down the questions you want to ask.</source>
        <translation>Cuando le den la próxima cita, añádala con “Añadir cita” (Ctrl+N) y escriba las preguntas que quiera hacer.</translation>
    </message>
    <message>
        <source>Choose a child at the top to see their appointments.</source>
        <translation>Elija arriba a su hijo o hija para ver sus citas.</translation>
    </message>
    <message>
        <source>With {value}</source>
        <translation>Con {value}</translation>
    </message>
    <message>
        <source>At {value}</source>
        <translation>En {value}</translation>
    </message>
    <message>
        <source>For: {value}</source>
        <translation>Motivo: {value}</translation>
    </message>
    <message>
        <source>Routine check: {check}</source>
        <translation>Control periódico: {check}</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation>{number}. {question}</translation>
    </message>
    <message>
        <source>None written down yet. Add the ones you want to ask with the button.</source>
        <translation>Todavía no ha escrito ninguna. Añada con el botón las que quiera hacer.</translation>
    </message>
    <message>
        <source>Next appointment: {appointment}</source>
        <translation>Próxima cita: {appointment}</translation>
    </message>
    <message numerus="yes">
        <source>{when} (in %n days)</source>
        <translation>
            <numerusform>{when} (dentro de %n día)</numerusform>
            <numerusform>{when} (dentro de %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not happened yet.</source>
        <translation>Todavía no ha llegado.</translation>
    </message>
    <message>
        <source>Mark it done, with what came of it</source>
        <translation>Marcarla como realizada, con su resultado</translation>
    </message>
    <message>
        <source>Saved: {appointment}.</source>
        <translation>Guardada: {appointment}.</translation>
    </message>
    <message>
        <source>Marked done: {appointment}.</source>
        <translation>Marcada como realizada: {appointment}.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>No se cambió: {reason}.</translation>
    </message>
    <message>
        <source>Marked missed: {appointment}.</source>
        <translation>Marcada como perdida: {appointment}.</translation>
    </message>
    <message>
        <source>Marked cancelled: {appointment}.</source>
        <translation>Marcada como cancelada: {appointment}.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}. Try again in a moment.</source>
        <translation>No se borró: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Deleted: {appointment}.</source>
        <translation>Borrada: {appointment}.</translation>
    </message>
    <message>
        <source>Not undone: {reason}. Try Undo again in a moment.</source>
        <translation>No se deshizo: {reason}. Vuelva a pulsar Deshacer en un momento.</translation>
    </message>
    <message>
        <source>Undone: {appointment} is back as it was.</source>
        <translation>Deshecho: {appointment} vuelve a estar como estaba.</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Backup made ({entries}), in {folder}.</source>
        <extracomment>What to show: where the backup went and what it holds, or why none was made. Something went wrong (no backup, or its extra copy failed): show it as a problem. The backup made, or None when none was.</extracomment>
        <translation>Copia de seguridad hecha ({entries}), en {folder}.</translation>
    </message>
    <message>
        <source>A copy is also in {folder}.</source>
        <translation>También hay una copia en {folder}.</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>Today&apos;s backup was not made. {reason}</source>
        <extracomment>A daily backup was made (its BackupInfo). What went wrong, in a sentence for the status bar.</extracomment>
        <translation>No se hizo la copia de seguridad de hoy. {reason}</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Daily backup</source>
        <translation>Copia diaria</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de restaurar</translation>
    </message>
    <message>
        <source>Last good one before the damage</source>
        <translation>La última en buen estado antes del daño</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Today, {time}</source>
        <translation>Hoy, {time}</translation>
    </message>
    <message>
        <source>Yesterday, {time}</source>
        <translation>Ayer, {time}</translation>
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
        <translation>{child}: toca {check}</translation>
    </message>
    <message>
        <source>Every {interval} (a suggestion only: confirm this interval with your care team).</source>
        <translation>Cada {interval} (solo es una sugerencia: confirme este intervalo con el equipo médico).</translation>
    </message>
    <message>
        <source>Every {interval}, as set by {who} on {date}.</source>
        <translation>Cada {interval}, según indicó {who} el {date}.</translation>
    </message>
    <message>
        <source>Last done: {date}.</source>
        <translation>Última vez: {date}.</translation>
    </message>
    <message>
        <source>Questions to ask:</source>
        <translation>Preguntas que hacer:</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
</context>
<context>
    <name>CallNumbers</name>
    <message>
        <source>Numbers to call</source>
        <translation>Números a los que llamar</translation>
    </message>
    <message>
        <source>Call {who}: {phone}. Press to copy the number and show it large.</source>
        <translation>Llamar a {who}: {phone}. Pulse para copiar el número y verlo en grande.</translation>
    </message>
    <message>
        <source>Copy {phone} and show it large</source>
        <translation>Copiar {phone} y verlo en grande</translation>
    </message>
    <message>
        <source>Press a number to copy it and see it large.</source>
        <translation>Pulse un número para copiarlo y verlo en grande.</translation>
    </message>
    <message>
        <source>Press the number to copy it and see it large. Add the care team&apos;s phone numbers on the Family &amp; care team page to have them here too.</source>
        <translation>Pulse el número para copiarlo y verlo en grande. Añada los teléfonos del equipo médico en la página Familia y equipo médico para tenerlos también aquí.</translation>
    </message>
    <message>
        <source>{role} ({name})</source>
        <translation>{role} ({name})</translation>
    </message>
    <message>
        <source>{who}: {phone}</source>
        <translation>{who}: {phone}</translation>
    </message>
    <message>
        <source>Copied. Dial it on your phone.</source>
        <translation>Copiado. Márquelo en su teléfono.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>No check recorded yet</source>
        <translation>Todavía no hay ningún control anotado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Toca pronto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Suggestion only: confirm this interval with your care team.</source>
        <translation>Solo es una sugerencia: confirme este intervalo con el equipo médico.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <extracomment>The order the panel lists checks in: what needs doing first. How often the statuses are read again while shown (a window left open past midnight).</extracomment>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <source>Was due {date}</source>
        <translation>Tocaba el {date}</translation>
    </message>
    <message>
        <source>{due}, booked for {date}</source>
        <translation>{due}, con cita el {date}</translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message>
        <source>Checks for {name}</source>
        <extracomment>Where the list puts &quot;a check of your own&quot; being added (no key yet). The check shown on the right (NEW_CHECK while adding one).</extracomment>
        <translation>Controles de {name}</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>&amp;Add your own check…</source>
        <translation>&amp;Añadir un control propio…</translation>
    </message>
    <message>
        <source>Add a check of your own</source>
        <translation>Añadir un control propio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the checks</source>
        <translation>Cerrar los controles</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>e.g. Kidney ultrasound</source>
        <translation>p. ej., ecografía de riñón</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Check name</source>
        <translation>Nombre del control</translation>
    </message>
    <message>
        <source>Every how many</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>Days or months</source>
        <translation>Días o meses</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>Ca&amp;da</translation>
    </message>
    <message>
        <source>e.g. Dr. Ruiz, ophthalmologist</source>
        <translation>p. ej., Dra. Ruiz, oftalmología</translation>
    </message>
    <message>
        <source>Set &amp;by</source>
        <translation>&amp;Indicado por</translation>
    </message>
    <message>
        <source>Who on the care team set it</source>
        <translation>Quién del equipo médico lo indicó</translation>
    </message>
    <message>
        <source>Due soon, &amp;days before</source>
        <translation>Toca pronto, días an&amp;tes</translation>
    </message>
    <message>
        <source>How many days before it is due it counts as due soon</source>
        <translation>Cuántos días antes de la fecha cuenta como “toca pronto”</translation>
    </message>
    <message>
        <source>&amp;Save interval</source>
        <translation>&amp;Guardar intervalo</translation>
    </message>
    <message>
        <source>Save the interval</source>
        <translation>Guardar el intervalo</translation>
    </message>
    <message>
        <source>Delete this check</source>
        <translation>Borrar este control</translation>
    </message>
    <message>
        <source>Delete this check of your own</source>
        <translation>Borrar este control propio</translation>
    </message>
    <message>
        <source>A check done outside the app&apos;s appointments</source>
        <translation>Un control hecho fuera de las citas de la aplicación</translation>
    </message>
    <message>
        <source>Day the check was done</source>
        <translation>Día en que se hizo el control</translation>
    </message>
    <message>
        <source>D&amp;one on</source>
        <translation>&amp;Fecha en que se hizo</translation>
    </message>
    <message>
        <source>Result notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>What the result was (optional)</source>
        <translation>Qué resultado dio (opcional)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Record check done</source>
        <translation>Anotar como &amp;hecho</translation>
    </message>
    <message>
        <source>Record this check as done</source>
        <translation>Anotar este control como hecho</translation>
    </message>
    <message>
        <source>Checks recorded by hand</source>
        <translation>Controles anotados a mano</translation>
    </message>
    <message>
        <source>Delete recorded check</source>
        <translation>Borrar control anotado</translation>
    </message>
    <message>
        <source>Delete the recorded check chosen above</source>
        <translation>Borrar el control anotado que ha elegido arriba</translation>
    </message>
    <message>
        <source>{check} — {status}</source>
        <translation>{check} — {status}</translation>
    </message>
    <message>
        <source>{status}. Last done: {last}. Next due: {next}.</source>
        <translation>{status}. Última vez: {last}. Próxima: {next}.</translation>
    </message>
    <message>
        <source>Blank: {days}, as set in Settings</source>
        <translation>Si lo deja vacío: {days}, como en Ajustes</translation>
    </message>
    <message>
        <source>⚠ {note}</source>
        <translation>⚠ {note}</translation>
    </message>
    <message>
        <source>Set by {who}.</source>
        <translation>Lo indicó {who}.</translation>
    </message>
    <message>
        <source>Set by {who} on {date}.</source>
        <translation>Lo indicó {who} el {date}.</translation>
    </message>
    <message>
        <source>{date}: {notes}</source>
        <translation>{date}: {notes}</translation>
    </message>
    <message>
        <source>This check was deleted meanwhile, so nothing was changed.</source>
        <translation>Este control se borró mientras tanto, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Not saved ({reason}). What you typed is still here; try again.</source>
        <translation>No se guardó ({reason}). Lo que ha escrito sigue aquí; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A check of your own</source>
        <translation>Un control propio</translation>
    </message>
    <message>
        <source>Name it, and say how often the care team wants it and who said so.</source>
        <translation>Póngale nombre e indique cada cuánto lo quiere el equipo médico y quién lo dijo.</translation>
    </message>
    <message>
        <source>&amp;Add check</source>
        <translation>&amp;Añadir control</translation>
    </message>
    <message>
        <source>Added: {check}.</source>
        <translation>Añadido: {check}.</translation>
    </message>
    <message>
        <source>Saved: {check}, every {interval}.</source>
        <translation>Guardado: {check}, cada {interval}.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted: {check}.</source>
        <translation>Borrado: {check}.</translation>
    </message>
    <message>
        <source>Back: {check}.</source>
        <translation>Recuperado: {check}.</translation>
    </message>
    <message>
        <source>Recorded: {check} done on {date}.</source>
        <translation>Anotado: {check}, el {date}.</translation>
    </message>
    <message>
        <source>Taken out: {check} done on {date}.</source>
        <translation>Quitado: {check}, el {date}.</translation>
    </message>
    <message>
        <source>Deleted the recorded check: {record}.</source>
        <translation>Se borró el control anotado: {record}.</translation>
    </message>
    <message>
        <source>The recorded check is back.</source>
        <translation>El control anotado se ha recuperado.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks</source>
        <extracomment>The list was read again (its height may have changed). The checks shown, in the list&apos;s order.</extracomment>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Chec&amp;ks…</source>
        <translation>&amp;Controles…</translation>
    </message>
    <message>
        <source>Checks: intervals, record a check done, add your own</source>
        <translation>Controles: intervalos, anotar un control hecho, añadir uno propio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>The checks could not be read: {reason}.</source>
        <extracomment>Reads the checks again now and then while the panel is shown.</extracomment>
        <translation>No se pudieron leer los controles: {reason}.</translation>
    </message>
    <message>
        <source>⚠ Overdue: {checks}</source>
        <translation>⚠ Atrasados: {checks}</translation>
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
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Add your child</source>
        <extracomment>The child as saved, once Save succeeded.</extracomment>
        <translation>Añadir a su hijo o hija</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Editar datos de su hijo o hija</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Sexo (opcional)</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>Ninguna conocida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything the care team should know (optional)</source>
        <translation>Lo que el equipo médico deba saber (opcional)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Nombre de su hijo o hija</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Alergias</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the child&apos;s details</source>
        <translation>Guardar los datos de su hijo o hija</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Only the name and birth date are needed. The diagnosis is filled in for you; change it if your child&apos;s report says something else.</source>
        <translation>Solo hacen falta el nombre y la fecha de nacimiento. El diagnóstico ya viene escrito; cámbielo si el informe médico de su hijo o hija dice otra cosa.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a pulsar Guardar en un momento.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Haematologist</source>
        <extracomment>Suggestions only: the role is free text, so any other role can be typed.</extracomment>
        <translation>Hematología</translation>
    </message>
    <message>
        <source>Transplant team</source>
        <translation>Equipo de trasplante</translation>
    </message>
    <message>
        <source>Endocrinologist</source>
        <translation>Endocrinología</translation>
    </message>
    <message>
        <source>Eye doctor (ophthalmologist)</source>
        <translation>Oftalmología (ojos)</translation>
    </message>
    <message>
        <source>Ear, nose and throat (ENT)</source>
        <translation>Otorrino (oído, nariz y garganta)</translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation>Pediatría</translation>
    </message>
    <message>
        <source>Family doctor</source>
        <translation>Medicina de familia</translation>
    </message>
    <message>
        <source>Specialist nurse</source>
        <translation>Enfermería especializada</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentista</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Emergency department</source>
        <translation>Urgencias</translation>
    </message>
    <message>
        <source>Add to the care team</source>
        <extracomment>The contact as saved, once Save succeeded.</extracomment>
        <translation>Añadir al equipo médico</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Pick or type a role</source>
        <translation>Elija o escriba una especialidad</translation>
    </message>
    <message>
        <source>e.g. +34 912 345 678</source>
        <translation>p. ej., +34 912 345 678</translation>
    </message>
    <message>
        <source>Hospital, clinic or town</source>
        <translation>Hospital, clínica o localidad</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Especialidad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a pulsar Guardar en un momento.</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The diary file was damaged</source>
        <extracomment>The family&apos;s diary, opened, once they chose how to go on.</extracomment>
        <translation>El archivo del diario estaba dañado</translation>
    </message>
    <message>
        <source>The diary file could not be read; it was damaged, which can happen after a crash or when the disk is full. It has been set aside, untouched, at {moved_to}.</source>
        <translation>No se pudo leer el archivo del diario porque estaba dañado, algo que puede pasar tras un cierre inesperado o cuando el disco está lleno. Se ha guardado aparte, sin tocarlo, en {moved_to}.</translation>
    </message>
    <message>
        <source>Your newest good backup is from {date} ({entries}). Restoring it puts the diary back as it was then; anything written after that is not in it.</source>
        <translation>Su copia de seguridad en buen estado más reciente es del {date} ({entries}). Si la restaura, el diario vuelve a estar como entonces; lo que se anotó después no está en ella.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Restore the backup from {date} ({entries})</source>
        <translation>Restaurar la copia del {date} ({entries})</translation>
    </message>
    <message>
        <source>There is no good backup to put back: you can start again with an empty diary. The damaged file is kept where it is, in case someone can recover entries from it. If you have a backup somewhere else, such as a USB stick, you can put it back later in Settings, under Backups.</source>
        <translation>No hay ninguna copia de seguridad en buen estado que restaurar: puede empezar de nuevo con un diario vacío. El archivo dañado se queda donde está, por si alguien puede recuperar anotaciones de él. Si tiene una copia de seguridad en otro sitio, como una memoria USB, puede restaurarla más tarde en Ajustes, en el apartado Copias de seguridad.</translation>
    </message>
    <message>
        <source>Start with an empty diary</source>
        <translation>Empezar con un diario vacío</translation>
    </message>
    <message>
        <source>Start with an empty diary; the damaged file is kept</source>
        <translation>Empezar con un diario vacío; el archivo dañado se conserva</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Close the app without changing anything</source>
        <translation>Cerrar la aplicación sin cambiar nada</translation>
    </message>
    <message>
        <source>Whatever you choose, the damaged file and your backups stay where they are.</source>
        <translation>Elija lo que elija, el archivo dañado y sus copias de seguridad se quedan donde están.</translation>
    </message>
    <message>
        <source>Your diary could not be opened</source>
        <translation>No se pudo abrir su diario</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation>AAAA-MM-DD, p. ej., 2024-03-15</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick {field} from a calendar</source>
        <translation>Elegir en un calendario: {field}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>Dental</name>
    <message>
        <source>Teeth brushed</source>
        <translation>Dientes cepillados</translation>
    </message>
    <message>
        <source>Fluoride toothpaste used</source>
        <translation>Pasta de dientes con flúor usada</translation>
    </message>
    <message>
        <source>Fluoride varnish</source>
        <translation>Barniz de flúor</translation>
    </message>
    <message>
        <source>Sealants</source>
        <translation>Selladores</translation>
    </message>
    <message>
        <source>Professional cleaning</source>
        <translation>Limpieza profesional</translation>
    </message>
    <message>
        <source>Dental visit</source>
        <translation>Visita al dentista</translation>
    </message>
    <message>
        <source>Tooth pain</source>
        <translation>Dolor de dientes</translation>
    </message>
    <message>
        <source>Gum infection</source>
        <translation>Infección de encías</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>Loose tooth</source>
        <translation>Diente flojo</translation>
    </message>
    <message>
        <source>Dental procedure</source>
        <translation>Tratamiento dental</translation>
    </message>
    <message>
        <source>Tooth taken out (extraction)</source>
        <translation>Diente sacado (extracción)</translation>
    </message>
    <message>
        <source>Antibiotic cover given</source>
        <translation>Se dio cobertura antibiótica</translation>
    </message>
    <message>
        <source>No antibiotic cover</source>
        <translation>Sin cobertura antibiótica</translation>
    </message>
    <message>
        <source>Not known whether antibiotic cover was given</source>
        <translation>No se sabe si se dio cobertura antibiótica</translation>
    </message>
    <message>
        <source>Upper right central incisor</source>
        <translation>Incisivo central superior derecho</translation>
    </message>
    <message>
        <source>Upper right lateral incisor</source>
        <translation>Incisivo lateral superior derecho</translation>
    </message>
    <message>
        <source>Upper right canine</source>
        <translation>Canino superior derecho</translation>
    </message>
    <message>
        <source>Upper right first molar</source>
        <translation>Primer molar superior derecho</translation>
    </message>
    <message>
        <source>Upper right second molar</source>
        <translation>Segundo molar superior derecho</translation>
    </message>
    <message>
        <source>Upper left central incisor</source>
        <translation>Incisivo central superior izquierdo</translation>
    </message>
    <message>
        <source>Upper left lateral incisor</source>
        <translation>Incisivo lateral superior izquierdo</translation>
    </message>
    <message>
        <source>Upper left canine</source>
        <translation>Canino superior izquierdo</translation>
    </message>
    <message>
        <source>Upper left first molar</source>
        <translation>Primer molar superior izquierdo</translation>
    </message>
    <message>
        <source>Upper left second molar</source>
        <translation>Segundo molar superior izquierdo</translation>
    </message>
    <message>
        <source>Lower left central incisor</source>
        <translation>Incisivo central inferior izquierdo</translation>
    </message>
    <message>
        <source>Lower left lateral incisor</source>
        <translation>Incisivo lateral inferior izquierdo</translation>
    </message>
    <message>
        <source>Lower left canine</source>
        <translation>Canino inferior izquierdo</translation>
    </message>
    <message>
        <source>Lower left first molar</source>
        <translation>Primer molar inferior izquierdo</translation>
    </message>
    <message>
        <source>Lower left second molar</source>
        <translation>Segundo molar inferior izquierdo</translation>
    </message>
    <message>
        <source>Lower right central incisor</source>
        <translation>Incisivo central inferior derecho</translation>
    </message>
    <message>
        <source>Lower right lateral incisor</source>
        <translation>Incisivo lateral inferior derecho</translation>
    </message>
    <message>
        <source>Lower right canine</source>
        <translation>Canino inferior derecho</translation>
    </message>
    <message>
        <source>Lower right first molar</source>
        <translation>Primer molar inferior derecho</translation>
    </message>
    <message>
        <source>Lower right second molar</source>
        <translation>Segundo molar inferior derecho</translation>
    </message>
    <message>
        <source>In osteopetrosis, taking out a tooth carries a risk of a serious infection of the jaw bone (osteomyelitis). Make sure the dental team knows the diagnosis before any extraction. Contact them or the care team at once if there is jaw pain, swelling, fever, or a wound that does not heal.</source>
        <translation>En la osteopetrosis, sacar un diente conlleva el riesgo de una infección grave del hueso de la mandíbula (osteomielitis). Asegúrese de que el equipo del dentista conoce el diagnóstico antes de cualquier extracción. Contacte enseguida con ellos o con el equipo médico si hay dolor de mandíbula, hinchazón, fiebre o una herida que no se cura.</translation>
    </message>
    <message>
        <source>Not expected yet</source>
        <translation>Todavía no se espera</translation>
    </message>
    <message>
        <source>Usually comes through about now</source>
        <translation>Suele salir a esta edad</translation>
    </message>
    <message>
        <source>Later than the usual range</source>
        <translation>Más tarde de la edad habitual</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Ya ha salido</translation>
    </message>
    <message>
        <source>Came through later than the usual range</source>
        <translation>Salió más tarde de la edad habitual</translation>
    </message>
    <message>
        <source>Professional care</source>
        <translation>Cuidados profesionales</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Procedures and extractions</source>
        <translation>Tratamientos y extracciones</translation>
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
        <translation>No se guardó: {reason}. Vuelva a pulsar Guardar en un momento.</translation>
    </message>
    <message>
        <source>Add a dental record</source>
        <extracomment>The record was saved (its id); :attr:`save_result` holds it and its cautions. What Save stored, once it succeeded.</extracomment>
        <translation>Añadir un registro dental</translation>
    </message>
    <message>
        <source>Edit dental record</source>
        <translation>Editar registro dental</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the dental record</source>
        <translation>Guardar el registro dental</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Choose what happened</source>
        <translation>Elija qué pasó</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Not about one tooth</source>
        <translation>No es de un diente concreto</translation>
    </message>
    <message>
        <source>Pick a baby tooth or type its number, e.g. 64</source>
        <translation>Elija un diente de leche o escriba su número, p. ej., 64</translation>
    </message>
    <message>
        <source>FDI tooth numbers: baby teeth 51–55, 61–65, 71–75, 81–85; adult teeth 11–48 can be typed</source>
        <translation>Números de diente FDI: dientes de leche 51–55, 61–65, 71–75, 81–85; también se pueden escribir los definitivos, 11–48</translation>
    </message>
    <message>
        <source>&amp;Tooth</source>
        <translation>&amp;Diente</translation>
    </message>
    <message>
        <source>Tooth</source>
        <translation>Diente</translation>
    </message>
    <message>
        <source>Antibiotic cover</source>
        <translation>Cobertura antibiótica</translation>
    </message>
    <message>
        <source>Not linked to an appointment</source>
        <translation>Sin vincular a una cita</translation>
    </message>
    <message>
        <source>A&amp;ppointment</source>
        <translation>&amp;Cita</translation>
    </message>
    <message>
        <source>The appointment this visit was</source>
        <translation>La cita que corresponde a esta visita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What was done or noticed (optional)</source>
        <translation>Qué se hizo o qué se notó (opcional)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{when}: {who}</source>
        <translation>{when}: {who}</translation>
    </message>
    <message>
        <source>An appointment no longer in the list</source>
        <translation>Una cita que ya no está en la lista</translation>
    </message>
    <message>
        <source>Important: tell the dental team</source>
        <translation>Importante: dígaselo al equipo del dentista</translation>
    </message>
    <message>
        <source>Saved: {what}.</source>
        <translation>Guardado: {what}.</translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <source>time not recorded</source>
        <extracomment>The entry id (str) of an entry row; None on a day row. The local calendar day (datetime.date) of a day row or an entry row. True on day rows. The day&apos;s summary text (&quot;3 entries&quot;, &quot;Nothing unusual&quot;) on a day row. The day&apos;s date as shown (&quot;Saturday, 21 November 2026&quot;, with &quot;Today&quot; or &quot;Yesterday&quot;).</extracomment>
        <translation>sin hora anotada</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>Yesterday, {date}</source>
        <translation>Ayer, {date}</translation>
    </message>
    <message>
        <source>Nothing unusual</source>
        <translation>Sin novedades</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} — {summary}</source>
        <translation>{day} — {summary}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Anotado por</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <extracomment>How long typing in the search box waits before the diary is filtered again. Extra height of each diary row, so a row is an easy target.</extracomment>
        <translation>Diario</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Cuántas anotaciones se muestran</translation>
    </message>
    <message>
        <source>Words in the notes, e.g. nosebleed</source>
        <translation>Palabras de las notas, p. ej., sangrado de nariz</translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <source>Search in notes (Ctrl+F)</source>
        <translation>Buscar en las notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find in notes:</source>
        <translation>&amp;Buscar en notas:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Show which symptom</source>
        <translation>Qué síntoma mostrar</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Todos los síntomas</translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation>&amp;Síntoma:</translation>
    </message>
    <message>
        <source>Show which period</source>
        <translation>Qué periodo mostrar</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Elegir fechas</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>h&amp;asta</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <source>Days, newest first, each with its entries. Enter edits, Delete deletes.</source>
        <translation>Días, del más reciente al más antiguo, cada uno con sus anotaciones. Intro edita, Supr borra.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Clear all filters and show every entry</source>
        <translation>Quitar todos los filtros y mostrar todas las anotaciones</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Editar anotación…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la anotación seleccionada</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation>Editar la anotación seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Bo&amp;rrar anotación</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Borrar la anotación seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key); Undo brings it back</source>
        <translation>Borrar la anotación seleccionada (tecla Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Click an entry to edit or delete it. Keys: Ctrl+F search, Enter edit, Delete delete, Ctrl+Z undo a delete</source>
        <translation>Haga clic en una anotación para editarla o borrarla. Teclas: Ctrl+F buscar, Intro editar, Supr borrar, Ctrl+Z deshacer el borrado</translation>
    </message>
    <message>
        <source>{name}&apos;s diary</source>
        <translation>Diario de {name}</translation>
    </message>
    <message>
        <source>No child chosen</source>
        <translation>No hay ningún hijo o hija elegido</translation>
    </message>
    <message>
        <source>Choose a child at the top to see their diary.</source>
        <translation>Elija arriba a su hijo o hija para ver su diario.</translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation>Ninguna anotación coincide con estos filtros</translation>
    </message>
    <message>
        <source>Try another symptom, a longer period or other words.</source>
        <translation>Pruebe con otro síntoma, un periodo más largo u otras palabras.</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Todavía no hay nada anotado</translation>
    </message>
    <message>
        <source>What you log on the Today page shows here, day by day, newest first.</source>
        <translation>Lo que anote en la página Hoy aparece aquí, día a día, lo más reciente primero.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match these filters</source>
        <translation>
            <numerusform>%Ln anotación coincide con estos filtros</numerusform>
            <numerusform>%Ln anotaciones coinciden con estos filtros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the diary</source>
        <translation>
            <numerusform>%Ln anotación en el diario</numerusform>
            <numerusform>%Ln anotaciones en el diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with nothing unusual</source>
        <translation>
            <numerusform>%Ln día sin novedades</numerusform>
            <numerusform>%Ln días sin novedades</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries}, and {days}</source>
        <translation>{entries} y {days}</translation>
    </message>
    <message>
        <source>Not deleted: {reason}. Try again in a moment.</source>
        <translation>No se borró: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Entry deleted: {entry}.</source>
        <translation>Anotación borrada: {entry}.</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{symptom} ({severity}), {when}</source>
        <translation>{symptom} ({severity}), {when}</translation>
    </message>
    <message>
        <source>Not restored: {reason}. Try Undo again in a moment.</source>
        <translation>No se recuperó: {reason}. Vuelva a pulsar Deshacer en un momento.</translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation>Anotación recuperada.</translation>
    </message>
</context>
<context>
    <name>DoseCard</name>
    <message>
        <source>{time}  {name} {dose}</source>
        <extracomment>How often the states (&quot;not yet&quot;, &quot;due now&quot;, &quot;overdue&quot;) are brought up to date.</extracomment>
        <translation>{time}  {name} {dose}</translation>
    </message>
    <message>
        <source>{time}  {name}</source>
        <translation>{time}  {name}</translation>
    </message>
    <message>
        <source>{mark} {state}</source>
        <translation>{mark} {state}</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Given now: {name}, the {time} dose</source>
        <translation>Dada ahora: {name}, la dosis de las {time}</translation>
    </message>
    <message>
        <source>Record it as given now, by you</source>
        <translation>Anotarla como dada ahora, con su nombre</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Omitir…</translation>
    </message>
    <message>
        <source>Skip {name}, the {time} dose, and say why</source>
        <translation>Omitir {name}, la dosis de las {time}, y decir por qué</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change what was recorded for {name}, the {time} dose</source>
        <translation>Cambiar lo anotado de {name}, la dosis de las {time}</translation>
    </message>
    <message>
        <source>{time} {name}: {state}</source>
        <translation>{time} {name}: {state}</translation>
    </message>
</context>
<context>
    <name>DoseDialog</name>
    <message>
        <source>Change a dose of {name}</source>
        <extracomment>The dose as saved, once Save succeeded.</extracomment>
        <translation>Cambiar una dosis de {name}</translation>
    </message>
    <message>
        <source>Skip a dose of {name}</source>
        <translation>Omitir una dosis de {name}</translation>
    </message>
    <message>
        <source>Record a dose of {name}</source>
        <translation>Anotar una dosis de {name}</translation>
    </message>
    <message>
        <source>Save this dose</source>
        <translation>Guardar esta dosis</translation>
    </message>
    <message>
        <source>Day of the scheduled dose</source>
        <translation>Día de la dosis pautada</translation>
    </message>
    <message>
        <source>Time of the scheduled dose</source>
        <translation>Hora de la dosis pautada</translation>
    </message>
    <message>
        <source>&amp;Which dose</source>
        <translation>&amp;Qué dosis</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Day given</source>
        <translation>Día en que se dio</translation>
    </message>
    <message>
        <source>Time given</source>
        <translation>Hora en que se dio</translation>
    </message>
    <message>
        <source>&amp;Given at</source>
        <translation>&amp;Cuándo se dio</translation>
    </message>
    <message>
        <source>On time or late</source>
        <translation>A su hora o con retraso</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Quién la dio</translation>
    </message>
    <message>
        <source>Given &amp;by</source>
        <translation>&amp;Dada por</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dada por</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else (optional)</source>
        <translation>Algo más (opcional)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Wh&amp;y skipped?</source>
        <translation>¿&amp;Por qué se omitió?</translation>
    </message>
    <message>
        <source>e.g. vomited just before, asleep, ran out</source>
        <translation>p. ej., vomitó justo antes, estaba dormido/a, se acabó</translation>
    </message>
    <message>
        <source>Wh&amp;y given?</source>
        <translation>¿&amp;Por qué se dio?</translation>
    </message>
    <message>
        <source>e.g. pain after the dental visit</source>
        <translation>p. ej., dolor después de ir al dentista</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>This counts as given late: more than {minutes} minutes after {time}.</source>
        <translation>Esto cuenta como dada con retraso: más de {minutes} minutos después de las {time}.</translation>
    </message>
    <message>
        <source>This counts as given early: more than {minutes} minutes before {time}.</source>
        <translation>Esto cuenta como dada antes de tiempo: más de {minutes} minutos antes de las {time}.</translation>
    </message>
    <message>
        <source>This counts as on time (within {minutes} minutes of {time}).</source>
        <translation>Esto cuenta como dada a su hora (a menos de {minutes} minutos de las {time}).</translation>
    </message>
</context>
<context>
    <name>DueDosesPanel</name>
    <message>
        <source>Today&apos;s doses could not be read: {reason}.</source>
        <extracomment>The cards were built again (their number or size may have changed). The cards shown, in time order.</extracomment>
        <translation>No se pudieron leer las dosis de hoy: {reason}.</translation>
    </message>
    <message>
        <source>No doses planned for today.</source>
        <translation>Hoy no hay dosis pautadas.</translation>
    </message>
    <message>
        <source>Saved the change: {what}.</source>
        <translation>Se guardó el cambio: {what}.</translation>
    </message>
    <message>
        <source>{name}, the {time} dose: {state}</source>
        <translation>{name}, la dosis de las {time}: {state}</translation>
    </message>
    <message>
        <source>Recorded: {what}.</source>
        <translation>Anotado: {what}.</translation>
    </message>
    <message>
        <source>Not undone: {reason}. Try Undo again in a moment.</source>
        <translation>No se deshizo: {reason}. Vuelva a pulsar Deshacer en un momento.</translation>
    </message>
    <message>
        <source>Taken out of the log: {name}, the {time} dose.</source>
        <translation>Quitada del registro: {name}, la dosis de las {time}.</translation>
    </message>
    <message>
        <source>Not recorded: {reason}.</source>
        <translation>No se anotó: {reason}.</translation>
    </message>
</context>
<context>
    <name>EmergencyInfo</name>
    <message>
        <source>Stem-cell (bone marrow) transplant is not effective for the TNFSF11 (RANKL) form: the defect is in the bone&apos;s environment, not in the blood-forming cells.</source>
        <extracomment>Each text&apos;s limit: the form is meant to be read in a minute, and printed on one page.</extracomment>
        <translation>El trasplante de células madre (de médula ósea) no es eficaz en la forma por TNFSF11 (RANKL): el defecto está en el entorno del hueso, no en las células que forman la sangre.</translation>
    </message>
    <message>
        <source>Fragile bones: dense but brittle, they can break after a minor knock. Handle, lift and position gently.</source>
        <extracomment>Notes for emergency staff that the clinical notes give for this condition, one per line.</extracomment>
        <translation>Huesos frágiles: densos pero quebradizos, se pueden romper con un golpe leve. Manipular, levantar y colocar con cuidado.</translation>
    </message>
    <message>
        <source>Low calcium can cause seizures, muscle twitching or cramps in this condition.</source>
        <translation>En esta enfermedad, el calcio bajo puede causar convulsiones, sacudidas musculares o calambres.</translation>
    </message>
    <message>
        <source>If a transfusion is needed, use irradiated blood products.</source>
        <translation>Si hace falta una transfusión, usar hemoderivados irradiados.</translation>
    </message>
    <message>
        <source>Thick skull bones can raise the pressure in the head: vomiting, a severe headache or unusual sleepiness can be signs of it.</source>
        <translation>Los huesos del cráneo, muy gruesos, pueden aumentar la presión dentro de la cabeza: los vómitos, un dolor de cabeza fuerte o una somnolencia poco habitual pueden ser señales de ello.</translation>
    </message>
    <message>
        <source>Tooth extractions that are not essential: the jaw bone can become infected (osteomyelitis). If one is needed, the dental team must know the diagnosis first.</source>
        <translation>Extracciones de dientes que no sean imprescindibles: el hueso de la mandíbula se puede infectar (osteomielitis). Si hace falta una, el equipo del dentista debe conocer antes el diagnóstico.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <extracomment>The field names, in the form&apos;s order (also the names problems carry).</extracomment>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Vision (usual)</source>
        <translation>Vista (habitual)</translation>
    </message>
    <message>
        <source>Hearing (usual)</source>
        <translation>Audición (habitual)</translation>
    </message>
    <message>
        <source>Neurological status (usual)</source>
        <translation>Estado neurológico (habitual)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Past operations and procedures</source>
        <translation>Operaciones e intervenciones anteriores</translation>
    </message>
    <message>
        <source>Procedures to avoid</source>
        <translation>Intervenciones que hay que evitar</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>Notes for emergency staff</source>
        <translation>Notas para el personal de urgencias</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
</context>
<context>
    <name>EmergencyInfoDialog</name>
    <message>
        <source>&amp;Diagnosis</source>
        <extracomment>Each field&apos;s label with its mnemonic, and its height in lines, in the form&apos;s order.</extracomment>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Vision (usual)</source>
        <translation>&amp;Vista (habitual)</translation>
    </message>
    <message>
        <source>&amp;Hearing (usual)</source>
        <translation>Audició&amp;n (habitual)</translation>
    </message>
    <message>
        <source>Ne&amp;urological status (usual)</source>
        <translation>Estado neuro&amp;lógico (habitual)</translation>
    </message>
    <message>
        <source>A&amp;llergies</source>
        <translation>&amp;Alergias</translation>
    </message>
    <message>
        <source>&amp;Past operations and procedures</source>
        <translation>&amp;Operaciones e intervenciones anteriores</translation>
    </message>
    <message>
        <source>Procedures to a&amp;void</source>
        <translation>Intervenciones que hay que &amp;evitar</translation>
    </message>
    <message>
        <source>&amp;Immunizations</source>
        <translation>Va&amp;cunas</translation>
    </message>
    <message>
        <source>Notes for emergency s&amp;taff</source>
        <translation>Notas para el personal de &amp;urgencias</translation>
    </message>
    <message>
        <source>Emergency information for {name}</source>
        <extracomment>The information as saved, once Save succeeded.</extracomment>
        <translation>Información para urgencias de {name}</translation>
    </message>
    <message>
        <source>The same as in {name}&apos;s profile: a change here changes it there.</source>
        <translation>Lo mismo que en los datos de {name}: si lo cambia aquí, también cambia allí.</translation>
    </message>
    <message>
        <source>Last &amp;reviewed</source>
        <translation>Última &amp;revisión</translation>
    </message>
    <message>
        <source>What emergency staff who have never heard of the condition need to know, after the AAP/ACEP Emergency Information Form. Go through it with the care team, and again whenever something changes.</source>
        <translation>Lo que necesita saber el personal de urgencias que nunca ha oído hablar de esta enfermedad, según el formulario de información para emergencias de la AAP/ACEP. Repáselo con el equipo médico, y de nuevo cada vez que algo cambie.</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the emergency information</source>
        <translation>Guardar la información para urgencias</translation>
    </message>
    <message>
        <source>Save and make the &amp;sheet…</source>
        <extracomment>Save was asked for with &quot;then make the sheet&quot; (the page opens the sheet&apos;s dialog).</extracomment>
        <translation>Guardar y hacer la &amp;hoja…</translation>
    </message>
    <message>
        <source>Save, then save or print the one-page emergency information sheet</source>
        <translation>Guardar y después guardar o imprimir la hoja de información para urgencias, de una página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Suggested notes for emergency staff</source>
        <translation>Notas sugeridas para el personal de urgencias</translation>
    </message>
    <message>
        <source>Add a suggested note…</source>
        <translation>Añadir una nota sugerida…</translation>
    </message>
    <message>
        <source>None in the medicine list today. Add them on the Medicines page.</source>
        <translation>Hoy no hay ninguno en la lista de medicamentos. Añádalos en la página Medicamentos.</translation>
    </message>
    <message>
        <source>From the medicine list (change them there).</source>
        <translation>De la lista de medicamentos (cámbielos allí).</translation>
    </message>
    <message>
        <source>No one yet. Add the care team on the Family &amp; care team page.</source>
        <translation>Todavía no hay nadie. Añada al equipo médico en la página Familia y equipo médico.</translation>
    </message>
    <message>
        <source>From the care team list (change them there).</source>
        <translation>De la lista del equipo médico (cámbielos allí).</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a pulsar Guardar en un momento.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit diary entry</source>
        <extracomment>The entry was saved (its id).</extracomment>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time &amp;not recorded</source>
        <translation>Si&amp;n hora</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation>&amp;Síntoma</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What happened, what helped (optional)</source>
        <translation>Qué pasó, qué ayudó (opcional)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Logged by {name} on {date}</source>
        <translation>Anotado por {name} el {date}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Discard your changes to this entry?</source>
        <translation>¿Descartar los cambios de esta anotación?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile, so it cannot be changed.</source>
        <translation>Esta anotación se borró mientras tanto, así que ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No child is called {name!r} (children: {known}).</source>
        <translation>Nadie en el diario se llama {name!r} (nombres: {known}).</translation>
    </message>
    <message>
        <source>{count} children are called {name!r}; rename one in the window so each name is unique.</source>
        <translation>{count} niños se llaman {name!r}; cambie el nombre de uno en la ventana para que cada nombre sea único.</translation>
    </message>
    <message>
        <source>The diary is busy: another window or command is saving. Try again in a moment.</source>
        <translation>El diario está ocupado: otra ventana u otro comando está guardando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk holding the diary ({folder}) is full, so this was not saved. Free some space (empty the trash, move photos or videos elsewhere), then try again.</source>
        <translation>El disco donde está el diario ({folder}) está lleno, así que esto no se guardó. Libere espacio (vacíe la papelera, pase fotos o vídeos a otro sitio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The computer could not read or write the diary file {path} ({error}), so this was not saved. If the diary is on a USB stick or a network folder, check that it is still connected; then try again. If it keeps happening, the disk may be failing: make a backup onto another disk.</source>
        <translation>El equipo no pudo leer ni escribir el archivo del diario {path} ({error}), así que esto no se guardó. Si el diario está en una memoria USB o en una carpeta de red, compruebe que sigue conectada y vuelva a intentarlo. Si vuelve a pasar, puede que el disco esté fallando: haga una copia de seguridad en otro disco.</translation>
    </message>
    <message>
        <source>The diary file {path} cannot be written to ({error}), so this was not saved. Check that the file and its folder belong to you and are not read-only.</source>
        <translation>No se puede escribir en el archivo del diario {path} ({error}), así que esto no se guardó. Compruebe que el archivo y su carpeta son suyos y no son de solo lectura.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}), so this was not saved. Close the app and open it again: it will check the file and offer your newest good backup.</source>
        <translation>El archivo del diario {path} está dañado ({problem}), así que esto no se guardó. Cierre la aplicación y vuelva a abrirla: revisará el archivo y le ofrecerá su copia de seguridad en buen estado más reciente.</translation>
    </message>
    <message>
        <source>The diary file {path} cannot be read ({error}). It was not changed.</source>
        <translation>No se puede leer el archivo del diario {path} ({error}). El archivo sigue intacto.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}). Choose another folder, for example with --data-dir.</source>
        <translation>No se puede usar la carpeta de datos {path} ({reason}). Elija otra carpeta, por ejemplo con --data-dir.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}). It was not changed. To see what is wrong: caregiver-app check. To put a backup in its place (the damaged file is kept aside): caregiver-app restore FILE.</source>
        <translation>El archivo del diario {path} está dañado ({problem}). El archivo sigue intacto. Para ver qué falla: caregiver-app check. Para poner una copia de seguridad en su lugar (el archivo dañado se guarda aparte): caregiver-app restore FILE.</translation>
    </message>
    <message>
        <source>The diary file {path} could not be opened safely (journal mode {mode}).</source>
        <translation>No se pudo abrir de forma segura el archivo del diario {path} (modo journal {mode}).</translation>
    </message>
    <message>
        <source>The diary file {path} was written by a newer version of this app (schema {found}, this app knows up to {known}). Install the newer version to open it; the file was not changed.</source>
        <translation>El archivo del diario {path} lo escribió una versión más nueva de esta aplicación (esquema {found}; esta versión llega hasta el {known}). Instale la versión más nueva para abrirlo; el archivo sigue intacto.</translation>
    </message>
    <message>
        <source>A child called {name} is already in this diary, so the demo family (whose child has that name) was not added.</source>
        <translation>Ya hay alguien llamado {name} en este diario y el niño de la familia de ejemplo se llama igual, así que no se añadió la familia de ejemplo.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}). It was not changed. To see what is wrong: caregiver-app check. There is no good backup in the backups folder; if you have one elsewhere (a USB stick), put it in place with: caregiver-app restore FILE (the damaged file is kept aside).</source>
        <translation>El archivo del diario {path} está dañado ({problem}). El archivo sigue intacto. Para ver qué falla: caregiver-app check. No hay ninguna copia de seguridad en buen estado en la carpeta de copias de seguridad; si tiene una en otro sitio (una memoria USB), póngala en su lugar con: caregiver-app restore FILE (el archivo dañado se guarda aparte).</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged ({problem}). It was not changed. To see what is wrong: caregiver-app check. To put your newest good backup in its place (the damaged file is kept aside): caregiver-app restore {backup}</source>
        <translation>El archivo del diario {path} está dañado ({problem}). El archivo sigue intacto. Para ver qué falla: caregiver-app check. Para poner en su lugar su copia de seguridad en buen estado más reciente (el archivo dañado se guarda aparte): caregiver-app restore {backup}</translation>
    </message>
    <message>
        <source>The diary file was damaged ({problem}). It has been moved aside, unchanged, to {moved_to}.</source>
        <translation>El archivo del diario estaba dañado ({problem}). Se ha guardado aparte, sin cambios, en {moved_to}.</translation>
    </message>
    <message>
        <source>{path} is the diary itself, not a backup of it. Nothing was changed.</source>
        <translation>{path} es el propio diario, no una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is already a diary file {path}; it was not replaced. Restore from inside the app (or with caregiver-app restore), which keeps a backup of it first.</source>
        <translation>Ya existe un archivo del diario {path}; no se ha sustituido. Restaure desde la aplicación (o con caregiver-app restore), que antes guarda una copia de seguridad de él.</translation>
    </message>
    <message>
        <source>The backup {backup} could not be restored ({error}). Nothing was changed.</source>
        <translation>No se pudo restaurar la copia de seguridad {backup} ({error}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup was made, but its copy in {folder} was not ({reason}). Is the USB stick or disk plugged in?</source>
        <translation>Se hizo la copia de seguridad, pero no se pudo copiar también en {folder} ({reason}). ¿Está conectada la memoria USB o el disco?</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). Check that the folder exists, is yours and has free space; the diary itself was not changed.</source>
        <extracomment>Where the copy in the extra folder (USB stick) went, for daily and manual backups. Why the extra copy could not be written (the backup itself is fine); translatable.</extracomment>
        <translation>No se pudo escribir la copia de seguridad en {folder} ({reason}). Compruebe que la carpeta existe, es suya y tiene espacio libre; el diario en sí sigue intacto.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so the backup was not written. Free some space or choose another place; the diary itself was not changed.</source>
        <translation>El disco donde está {folder} está lleno, así que no se escribió la copia de seguridad. Libere espacio o elija otro lugar; el diario en sí sigue intacto.</translation>
    </message>
    <message>
        <source>{path} already exists, and a backup never replaces a file. Choose another name or a folder.</source>
        <translation>{path} ya existe, y una copia de seguridad nunca sustituye a un archivo. Elija otro nombre o una carpeta.</translation>
    </message>
    <message>
        <source>The backup failed its check ({problem}), so it was not kept. The diary itself may be damaged: run caregiver-app check.</source>
        <translation>La copia de seguridad no pasó la comprobación ({problem}), así que no se guardó. Puede que el propio diario esté dañado: ejecute caregiver-app check.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>No existe el archivo de copia de seguridad {path}.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this diary (it is not a database this app wrote). Nothing was changed.</source>
        <translation>{path} no es una copia de seguridad de este diario (no es una base de datos escrita por esta aplicación). No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of this app (schema {found}, this app knows up to {known}). Install the newer version to restore it. Nothing was changed.</source>
        <translation>La copia de seguridad {path} la hizo una versión más nueva de esta aplicación (esquema {found}; esta versión llega hasta el {known}). Instale la versión más nueva para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({problem}) and cannot be restored. Choose another backup; nothing was changed.</source>
        <translation>La copia de seguridad {path} está dañada ({problem}) y no se puede restaurar. Elija otra copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read ({reason}). Nothing was changed.</source>
        <translation>No se puede leer la copia de seguridad {path} ({reason}). No se cambió nada.</translation>
    </message>
    <message>
        <source>This reminder is not about a medicine dose.</source>
        <extracomment>How far ahead :meth:`RemindersService.next_occurrences` looks. The ticker asks again after each firing and on its heartbeat, so a week is plenty. With nothing new firing, the catch-up mark is written at most this often (a heartbeat each minute would otherwise write to the disk each minute). A stale mark only widens the next span; the fired record still keeps each occurrence to one firing.</extracomment>
        <translation>Este recordatorio no es de una dosis de medicamento.</translation>
    </message>
    <message>
        <source>{medicine} is no longer scheduled then (its schedule changed); record the dose in the dose log.</source>
        <translation>{medicine} ya no está pautado a esa hora (su pauta cambió); anote la dosis en el registro de dosis.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>the printer could not be started</source>
        <extracomment>The highest resolution pages are rasterised at for printing. The folder the family saved a report in last.</extracomment>
        <translation>no se pudo poner en marcha la impresora</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>la impresora no aceptó una página nueva</translation>
    </message>
    <message>
        <source>Emergency information sheet</source>
        <extracomment>A PDF was written (its path). A report went to the printer (the number of pages). Closed: a job&apos;s late report (already on its way) is dropped.</extracomment>
        <translation>Hoja de información para urgencias</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <source>C&amp;hild</source>
        <translation>&amp;Hijo o hija</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo o hija</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the PDF and open it</source>
        <translation>Guardar el PDF y abrirlo</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>Imprimirlo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>None in particular</source>
        <translation>Ninguna en concreto</translation>
    </message>
    <message>
        <source>Visit &amp;for</source>
        <translation>&amp;Consulta de</translation>
    </message>
    <message>
        <source>The specialty the visit is for</source>
        <translation>La especialidad de la consulta</translation>
    </message>
    <message>
        <source>Since the &amp;last visit of this specialty</source>
        <translation>Desde la ú&amp;ltima consulta de esta especialidad</translation>
    </message>
    <message>
        <source>Last &amp;3 months</source>
        <translation>Últimos &amp;3 meses</translation>
    </message>
    <message>
        <source>C&amp;ustom dates</source>
        <translation>&amp;Otras fechas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Has&amp;ta</translation>
    </message>
    <message>
        <source>After page one</source>
        <translation>Después de la primera página</translation>
    </message>
    <message>
        <source>No done appointment with this specialty is recorded yet.</source>
        <translation>Todavía no hay anotada ninguna cita realizada de esta especialidad.</translation>
    </message>
    <message>
        <source>Choose the specialty of the visit first.</source>
        <translation>Elija primero la especialidad de la consulta.</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>Del {start} al {end} ({days} días)</translation>
    </message>
    <message>
        <source>From the last visit, on {day}.</source>
        <translation>Desde la última consulta: {day}.</translation>
    </message>
    <message>
        <source>Type the first and the last day.</source>
        <translation>Escriba el primer y el último día.</translation>
    </message>
    <message>
        <source>Add a child first.</source>
        <translation>Añada primero a su hijo o hija.</translation>
    </message>
    <message>
        <source>The emergency information has not been filled in yet: the sheet shows the app&apos;s suggestions and says it was never reviewed. Fill it in with the care team (Family &amp; care team, Emergency information…) before you print it.</source>
        <translation>Todavía no se ha rellenado la información para urgencias: la hoja muestra las sugerencias de la aplicación y dice que nunca se ha revisado. Rellénela con el equipo médico (Familia y equipo médico, Información para urgencias…) antes de imprimirla.</translation>
    </message>
    <message>
        <source>One page for emergency staff. Last reviewed on {day}.</source>
        <translation>Una página para el personal de urgencias. Última revisión: {day}.</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>Not made: correct what is marked above.</source>
        <translation>No se hizo: corrija lo que está marcado arriba.</translation>
    </message>
    <message>
        <source>it was deleted meanwhile</source>
        <translation>se borró mientras tanto</translation>
    </message>
    <message>
        <source>Not made: {reason}. Nothing was changed.</source>
        <translation>No se hizo: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Emergency information</source>
        <translation>Información para urgencias</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Haciendo el PDF…</translation>
    </message>
    <message>
        <source>Saved as {path} and opened in your PDF viewer.</source>
        <translation>Guardado como {path} y abierto en su visor de PDF.</translation>
    </message>
    <message>
        <source>Saved as {path}. Open it from your files to read or print it.</source>
        <translation>Guardado como {path}. Ábralo desde sus archivos para leerlo o imprimirlo.</translation>
    </message>
    <message>
        <source>Printing from here needs poppler&apos;s pdftoppm, which is not installed. Save the PDF instead and print it from your PDF viewer.</source>
        <translation>Para imprimir desde aquí hace falta pdftoppm, de poppler, que no está instalado. Guarde el PDF y imprímalo desde su visor de PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Preparando las páginas para la impresora…</translation>
    </message>
    <message>
        <source>Not printed: {reason}.</source>
        <translation>No se imprimió: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family &amp; care team</source>
        <extracomment>The family picked a child in the list; the window makes it the current child. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>Familia y equipo médico</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Añadir hijo o hija</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>Edit the chosen child&apos;s details</source>
        <translation>Editar los datos del hijo o hija elegido en la lista</translation>
    </message>
    <message>
        <source>Emergency information…</source>
        <translation>Información para urgencias…</translation>
    </message>
    <message>
        <source>Edit the chosen child&apos;s emergency information for emergency staff</source>
        <translation>Editar la información para el personal de urgencias del hijo o hija elegido</translation>
    </message>
    <message>
        <source>Emergency &amp;sheet (PDF)…</source>
        <translation>Hoja de &amp;urgencias (PDF)…</translation>
    </message>
    <message>
        <source>Save or print the chosen child&apos;s one-page emergency information sheet</source>
        <translation>Guardar o imprimir la hoja de información para urgencias, de una página, del hijo o hija elegido</translation>
    </message>
    <message>
        <source>For the bag, the car and emergency staff (Ctrl+E)</source>
        <translation>Para la bolsa, el coche y el personal de urgencias (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>Hi&amp;jos</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo médico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>No one yet. Add the doctors, nurses and clinics you call, so their numbers are at hand when you need them.</source>
        <translation>Todavía no hay nadie. Añada a los médicos, enfermeras y centros a los que llama, para tener sus números a mano cuando los necesite.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Add someone to the care team</source>
        <translation>Añadir a alguien al equipo médico</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Edit the chosen contact</source>
        <translation>Editar el contacto elegido</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Remove the chosen contact</source>
        <translation>Quitar el contacto elegido</translation>
    </message>
    <message>
        <source>{name}
{age}</source>
        <translation>{name}
{age}</translation>
    </message>
    <message>
        <source>Add your child to keep their details and care team here.</source>
        <translation>Añada a su hijo o hija para tener aquí sus datos y su equipo médico.</translation>
    </message>
    <message>
        <source>Choose a child on the left.</source>
        <translation>Elija a su hijo o hija en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>{name}, born {born} ({age})</source>
        <translation>{name}, nació el {born} ({age})</translation>
    </message>
    <message>
        <source>Sex: {sex}</source>
        <translation>Sexo: {sex}</translation>
    </message>
    <message>
        <source>Diagnosis: {text}</source>
        <translation>Diagnóstico: {text}</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>Alergias: {text}</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>ninguna anotada</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Notas: {text}</translation>
    </message>
    <message>
        <source>Care team for {name}</source>
        <translation>Equipo médico de {name}</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s emergency information.</source>
        <translation>Se guardó la información para urgencias de {name}.</translation>
    </message>
    <message>
        <source>Saved {name}&apos;s details.</source>
        <translation>Se guardaron los datos de {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó el contacto {name}.</translation>
    </message>
    <message>
        <source>Removed {name} ({role}) from the care team.</source>
        <translation>Se quitó a {name} ({role}) del equipo médico.</translation>
    </message>
    <message>
        <source>{name} is back in the care team.</source>
        <translation>{name} vuelve a estar en el equipo médico.</translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
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
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Call the emergency number now.</source>
        <extracomment>What each level asks of the family, in one line (the numbers are the window&apos;s to show).</extracomment>
        <translation>Llame ahora al número de emergencias.</translation>
    </message>
    <message>
        <source>Contact the care team today.</source>
        <translation>Contacte hoy con el equipo médico.</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <source>Any change in how your child sees: not looking at faces, not following a toy with the eyes, bumping into things, or a new squint.</source>
        <translation>Cualquier cambio en cómo ve su hijo o hija: no mira a las caras, no sigue un juguete con los ojos, se choca con las cosas o tiene un ojo desviado que antes no tenía.</translation>
    </message>
    <message>
        <source>Contact the care team today. Pressure on the nerve of the eye can sometimes be relieved when it is found early.</source>
        <translation>Contacte hoy con el equipo médico. A veces se puede aliviar la presión sobre el nervio del ojo si se detecta pronto.</translation>
    </message>
    <message>
        <source>New wobbly, jerky or roving movements of the eyes.</source>
        <translation>Movimientos nuevos de los ojos: temblorosos, a sacudidas o de un lado a otro.</translation>
    </message>
    <message>
        <source>Contact the care team today: this can be an early sign that the nerves of the eyes are being squeezed.</source>
        <translation>Contacte hoy con el equipo médico: puede ser una señal temprana de que algo está apretando los nervios de los ojos.</translation>
    </message>
    <message>
        <source>An eye check that found something new or not normal.</source>
        <translation>Una revisión de la vista que encontró algo nuevo o que no es normal.</translation>
    </message>
    <message>
        <source>Make sure the care team hears about it today, even if the eye doctor is not part of the team.</source>
        <translation>Asegúrese de que el equipo médico se entera hoy, aunque el oftalmólogo no forme parte del equipo.</translation>
    </message>
    <message>
        <source>Pressure in the head</source>
        <translation>Presión en la cabeza</translation>
    </message>
    <message>
        <source>Much sleepier than usual, floppy, or hard to wake.</source>
        <translation>Mucho más somnoliento/a de lo habitual, con el cuerpo flojo o difícil de despertar.</translation>
    </message>
    <message>
        <source>A severe headache; in a baby, crying hard when the head is touched or moved.</source>
        <translation>Un dolor de cabeza fuerte; en un bebé, llanto intenso al tocarle o moverle la cabeza.</translation>
    </message>
    <message>
        <source>Vomiting that keeps coming back (twice or more within a day), or severe vomiting.</source>
        <translation>Vómitos que se repiten (dos o más veces en un día) o vómitos fuertes.</translation>
    </message>
    <message>
        <source>Headache and vomiting within two days of each other, even when each seems mild.</source>
        <translation>Dolor de cabeza y vómitos con menos de dos días de diferencia, aunque cada uno parezca leve.</translation>
    </message>
    <message>
        <source>A doctor found swelling at the back of the eye (papilledema).</source>
        <translation>Un médico encontró hinchazón en el fondo del ojo (papiledema).</translation>
    </message>
    <message>
        <source>Follow that doctor&apos;s advice, and make sure the care team hears about it today.</source>
        <translation>Siga lo que le diga ese médico y asegúrese de que el equipo médico se entera hoy.</translation>
    </message>
    <message>
        <source>Jaw and teeth</source>
        <translation>Mandíbula y dientes</translation>
    </message>
    <message>
        <source>Pain, swelling or redness of the jaw or face, or pus coming from the gums.</source>
        <translation>Dolor, hinchazón o enrojecimiento en la mandíbula o la cara, o pus que sale de las encías.</translation>
    </message>
    <message>
        <source>Contact the dental team or the care team today: an infection of the jaw bone is common and serious in this condition.</source>
        <translation>Contacte hoy con el equipo del dentista o con el equipo médico: en esta enfermedad, la infección del hueso de la mandíbula es frecuente y grave.</translation>
    </message>
    <message>
        <source>A tooth that seems infected: toothache with swelling, a bad taste, or pus.</source>
        <translation>Un diente que parece infectado: dolor de muelas con hinchazón, mal sabor de boca o pus.</translation>
    </message>
    <message>
        <source>Contact the dental team or the care team today.</source>
        <translation>Contacte hoy con el equipo del dentista o con el equipo médico.</translation>
    </message>
    <message>
        <source>Any tooth or gum problem in the weeks after a tooth was taken out: pain, swelling, or a wound that does not heal.</source>
        <translation>Cualquier problema de dientes o encías en las semanas siguientes a sacar un diente: dolor, hinchazón o una herida que no se cura.</translation>
    </message>
    <message>
        <source>Contact the dental team or the care team today: the jaw bone can become infected after an extraction.</source>
        <translation>Contacte hoy con el equipo del dentista o con el equipo médico: el hueso de la mandíbula se puede infectar después de una extracción.</translation>
    </message>
    <message>
        <source>Fever, infection and breathing</source>
        <translation>Fiebre, infecciones y respiración</translation>
    </message>
    <message>
        <source>A fever, or your child feels hot and seems unwell.</source>
        <translation>Fiebre, o su hijo o hija está caliente al tacto y se le ve mal.</translation>
    </message>
    <message>
        <source>Contact the care team today: infections need early treatment in this condition. If your child is also hard to wake or struggling to breathe, call the emergency number now.</source>
        <translation>Contacte hoy con el equipo médico: en esta enfermedad, las infecciones necesitan tratamiento pronto. Si además cuesta despertarle o le cuesta respirar, llame ahora al número de emergencias.</translation>
    </message>
    <message>
        <source>Trouble breathing: fast, noisy or hard breathing, or pauses in breathing.</source>
        <translation>Le cuesta respirar: respira rápido, con ruido o con esfuerzo, o hace pausas al respirar.</translation>
    </message>
    <message>
        <source>Bones</source>
        <translation>Huesos</translation>
    </message>
    <message>
        <source>A possible broken bone: pain, swelling or an odd shape after a knock or a fall, even a small one, or your child stops using an arm or a leg.</source>
        <translation>Un posible hueso roto: dolor, hinchazón o una forma rara después de un golpe o una caída, aunque sea pequeña, o su hijo o hija deja de usar un brazo o una pierna.</translation>
    </message>
    <message>
        <source>Handle your child gently and contact the care team today. The bones are dense but break easily.</source>
        <translation>Mueva a su hijo o hija con cuidado y contacte hoy con el equipo médico. Los huesos son densos, pero se rompen con facilidad.</translation>
    </message>
    <message>
        <source>Seizures and low calcium</source>
        <translation>Convulsiones y calcio bajo</translation>
    </message>
    <message>
        <source>A seizure (fit): stiffening, jerking, staring spells, or going blue.</source>
        <translation>Una convulsión (ataque): rigidez, sacudidas, ratos con la mirada perdida o color azulado.</translation>
    </message>
    <message>
        <source>Call the emergency number now, and tell them that low calcium can cause seizures in this condition.</source>
        <translation>Llame ahora al número de emergencias y dígales que en esta enfermedad el calcio bajo puede causar convulsiones.</translation>
    </message>
    <message>
        <source>Muscle twitching or cramps, or tingling around the mouth, hands or feet.</source>
        <translation>Sacudidas de los músculos o calambres, u hormigueo alrededor de la boca, en las manos o en los pies.</translation>
    </message>
    <message>
        <source>Contact the care team today: these can be signs of low calcium, which can lead to seizures.</source>
        <translation>Contacte hoy con el equipo médico: pueden ser señales de calcio bajo, que puede llevar a convulsiones.</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>One side of the face droops, or an eye or the mouth does not close fully.</source>
        <translation>Un lado de la cara está caído, o no puede cerrar del todo un ojo o la boca.</translation>
    </message>
    <message>
        <source>Contact the care team today: thick bone can press on the nerve that moves the face.</source>
        <translation>Contacte hoy con el equipo médico: el hueso engrosado puede apretar el nervio que mueve la cara.</translation>
    </message>
    <message>
        <source>Change in the eyes</source>
        <translation>Cambio en los ojos</translation>
    </message>
    <message>
        <source>Contact the care team today and tell them what you noticed.</source>
        <translation>Contacte hoy con el equipo médico y cuénteles lo que ha notado.</translation>
    </message>
    <message>
        <source>A change in your child&apos;s sight was logged; pressure on the nerve of the eye can sometimes be relieved when it is found early.</source>
        <translation>Se anotó un cambio en la vista de su hijo o hija; a veces se puede aliviar la presión sobre el nervio del ojo si se detecta pronto.</translation>
    </message>
    <message>
        <source>Wobbly eye movements were logged; they can be an early sign that the nerves of the eyes are being squeezed.</source>
        <translation>Se anotaron movimientos temblorosos de los ojos; pueden ser una señal temprana de que algo está apretando los nervios de los ojos.</translation>
    </message>
    <message>
        <source>Raised pressure in the head</source>
        <translation>Presión alta dentro de la cabeza</translation>
    </message>
    <message>
        <source>Call the emergency number now and say that your child has osteopetrosis.</source>
        <translation>Llame ahora al número de emergencias y diga que su hijo o hija tiene osteopetrosis.</translation>
    </message>
    <message>
        <source>Unusual sleepiness was logged; in this condition it can be a sign of raised pressure inside the head.</source>
        <translation>Se anotó una somnolencia poco habitual; en esta enfermedad puede ser una señal de presión alta dentro de la cabeza.</translation>
    </message>
    <message>
        <source>A severe headache was logged; it can be a sign of raised pressure inside the head.</source>
        <translation>Se anotó un dolor de cabeza fuerte; puede ser una señal de presión alta dentro de la cabeza.</translation>
    </message>
    <message>
        <source>Severe vomiting was logged; it can be a sign of raised pressure inside the head.</source>
        <translation>Se anotaron vómitos fuertes; pueden ser una señal de presión alta dentro de la cabeza.</translation>
    </message>
    <message>
        <source>Vomiting was logged {count} times within {hours} hours; vomiting that keeps coming back can be a sign of raised pressure inside the head.</source>
        <translation>Se anotaron vómitos {count} veces en {hours} horas; los vómitos que se repiten pueden ser una señal de presión alta dentro de la cabeza.</translation>
    </message>
    <message>
        <source>Headache and vomiting were both logged within {hours} hours; together they can be a sign of raised pressure inside the head.</source>
        <translation>Se anotaron dolor de cabeza y vómitos en menos de {hours} horas; juntos pueden ser una señal de presión alta dentro de la cabeza.</translation>
    </message>
    <message>
        <source>Possible jaw infection</source>
        <translation>Posible infección de la mandíbula</translation>
    </message>
    <message>
        <source>Jaw pain or swelling was logged; an infection of the jaw bone is common and serious in this condition.</source>
        <translation>Se anotó dolor o hinchazón de la mandíbula; en esta enfermedad, la infección del hueso de la mandíbula es frecuente y grave.</translation>
    </message>
    <message>
        <source>A tooth or gum problem was logged within {days} days after a tooth was taken out; the jaw bone can become infected after an extraction.</source>
        <translation>Se anotó un problema de dientes o encías en los {days} días siguientes a sacar un diente; el hueso de la mandíbula se puede infectar después de una extracción.</translation>
    </message>
    <message>
        <source>Fever or infection</source>
        <translation>Fiebre o infección</translation>
    </message>
    <message>
        <source>Contact the care team today. If your child is also hard to wake or struggling to breathe, call the emergency number now.</source>
        <translation>Contacte hoy con el equipo médico. Si además cuesta despertarle o le cuesta respirar, llame ahora al número de emergencias.</translation>
    </message>
    <message>
        <source>A fever was logged; infections need early treatment in this condition.</source>
        <translation>Se anotó fiebre; en esta enfermedad, las infecciones necesitan tratamiento pronto.</translation>
    </message>
    <message>
        <source>Trouble breathing</source>
        <translation>Le cuesta respirar</translation>
    </message>
    <message>
        <source>Trouble breathing was logged; a child who struggles to breathe needs help at once.</source>
        <translation>Se anotó que le cuesta respirar; un niño o niña al que le cuesta respirar necesita ayuda enseguida.</translation>
    </message>
    <message>
        <source>Possible broken bone</source>
        <translation>Posible hueso roto</translation>
    </message>
    <message>
        <source>Handle your child gently and contact the care team today.</source>
        <translation>Mueva a su hijo o hija con cuidado y contacte hoy con el equipo médico.</translation>
    </message>
    <message>
        <source>A possible broken bone was logged; in this condition the bones are dense but break easily.</source>
        <translation>Se anotó un posible hueso roto; en esta enfermedad los huesos son densos, pero se rompen con facilidad.</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Convulsión</translation>
    </message>
    <message>
        <source>A seizure was logged; a seizure needs help at once, and in this condition low calcium can cause one.</source>
        <translation>Se anotó una convulsión; una convulsión necesita ayuda enseguida, y en esta enfermedad el calcio bajo puede causarla.</translation>
    </message>
    <message>
        <source>Possible low calcium</source>
        <translation>Posible calcio bajo</translation>
    </message>
    <message>
        <source>Twitching, cramps or tingling was logged; these can be signs of low calcium, which can lead to seizures.</source>
        <translation>Se anotaron sacudidas, calambres u hormigueo; pueden ser señales de calcio bajo, que puede llevar a convulsiones.</translation>
    </message>
    <message>
        <source>Weakness of the face</source>
        <translation>Debilidad de la cara</translation>
    </message>
    <message>
        <source>Weakness or drooping of the face was logged; thick bone can press on the nerve that moves the face.</source>
        <translation>Se anotó debilidad o caída de la cara; el hueso engrosado puede apretar el nervio que mueve la cara.</translation>
    </message>
    <message>
        <source>Everyday care</source>
        <translation>Cuidados de cada día</translation>
    </message>
    <message>
        <source>Handle gently, make falls soft</source>
        <translation>Mover con cuidado, amortiguar las caídas</translation>
    </message>
    <message>
        <source>Ask the physiotherapist to show everyone who looks after your child safe ways to lift, carry and move them. Soft flooring, guard rails and protective gear make falls and knocks less harmful: the bones are dense but break easily.</source>
        <translation>Pida al fisioterapeuta que enseñe a todas las personas que cuidan de su hijo o hija formas seguras de levantarle, cogerle en brazos y moverle. Los suelos blandos, las barandillas y las protecciones hacen que las caídas y los golpes hagan menos daño: los huesos son densos, pero se rompen con facilidad.</translation>
    </message>
    <message>
        <source>Protect the teeth</source>
        <translation>Proteger los dientes</translation>
    </message>
    <message>
        <source>Brush every day, keep the regular dental check-ups and follow the dental team&apos;s prevention plan. Avoid taking out teeth unless it is really needed, and make sure every dentist knows the diagnosis first: the jaw bone can become infected after an extraction.</source>
        <translation>Cepille los dientes cada día, no falte a las revisiones dentales y siga el plan de prevención del equipo del dentista. Evite sacar dientes si no es realmente necesario, y asegúrese de que cada dentista conoce antes el diagnóstico: el hueso de la mandíbula se puede infectar después de una extracción.</translation>
    </message>
    <message>
        <source>Gentle play, no contact sports</source>
        <translation>Juego tranquilo, sin deportes de contacto</translation>
    </message>
    <message>
        <source>Choose calm, gentle play. Avoid contact sports and rough or high-impact games: they risk broken bones and injuries to the head.</source>
        <translation>Elija juegos tranquilos y suaves. Evite los deportes de contacto y los juegos bruscos o de mucho impacto: pueden causar huesos rotos y golpes en la cabeza.</translation>
    </message>
    <message>
        <source>Vaccines on time, infections early</source>
        <translation>Vacunas a tiempo, infecciones pronto</translation>
    </message>
    <message>
        <source>Keep vaccines on time, as the care team advises, and tell the care team early about any infection of the chest, ears, skin or teeth: early treatment protects the bone marrow and the jaw.</source>
        <translation>Ponga las vacunas a tiempo, como le indique el equipo médico, y avise pronto al equipo médico de cualquier infección del pecho, los oídos, la piel o los dientes: tratarla pronto protege la médula ósea y la mandíbula.</translation>
    </message>
    <message>
        <source>Good food, no extra supplements</source>
        <translation>Buena comida, sin suplementos por su cuenta</translation>
    </message>
    <message>
        <source>Offer balanced meals with enough energy and protein, iron-rich foods such as meat and beans, fruit, vegetables and plenty to drink. Give no vitamins or other supplements unless the care team has planned them: too much can do harm in this condition.</source>
        <translation>Ofrezca comidas equilibradas, con suficiente energía y proteínas, alimentos ricos en hierro como la carne y las legumbres, fruta, verdura y mucha bebida. No le dé vitaminas ni otros suplementos si no los ha previsto el equipo médico: en esta enfermedad, tomar demasiado puede hacer daño.</translation>
    </message>
    <message>
        <source>Keep the eye and hearing checks</source>
        <translation>No faltar a las revisiones de la vista y del oído</translation>
    </message>
    <message>
        <source>Go to every planned eye and hearing check, even when all seems well: they find pressure on the nerves early, while something can still be done.</source>
        <translation>Vaya a todas las revisiones de la vista y del oído previstas, aunque todo parezca ir bien: detectan pronto la presión sobre los nervios, cuando todavía se puede hacer algo.</translation>
    </message>
    <message>
        <source>When to call</source>
        <translation>Cuándo llamar</translation>
    </message>
    <message>
        <source>Call the emergency number now for a sign marked Emergency, and contact the care team the same day for a sign marked Urgent. When you are unsure, call: asking early is always right. Keep the care team&apos;s numbers and the emergency information at home, in the car and at school, where everyone who looks after your child can find them.</source>
        <translation>Ante una señal marcada como Emergencia, llame enseguida al número de emergencias; ante una señal marcada como Urgente, contacte con el equipo médico ese mismo día. Si tiene dudas, llame: preguntar pronto siempre es lo correcto. Tenga los números del equipo médico y la información para urgencias en casa, en el coche y en el colegio, donde todas las personas que cuidan de su hijo o hija puedan encontrarlos.</translation>
    </message>
    <message>
        <source>Frequent eye exams, including visual evoked potentials (VEP), which often show optic nerve trouble before the eye exam or the scans do, catch nerve compression while treatment can still protect sight.</source>
        <translation>Las revisiones de la vista frecuentes, con potenciales evocados visuales (PEV), que a menudo muestran problemas del nervio óptico antes que la exploración del ojo o las pruebas de imagen, detectan la compresión del nervio cuando el tratamiento todavía puede proteger la vista.</translation>
    </message>
    <message>
        <source>Early and repeated hearing tests (BAER in infants) find hearing loss from nerve compression early, when hearing aids and other help work best.</source>
        <translation>Las pruebas de audición tempranas y repetidas (en bebés, potenciales evocados auditivos del tronco cerebral, PEATC) detectan pronto la pérdida de audición por compresión del nervio, cuando los audífonos y otras ayudas funcionan mejor.</translation>
    </message>
    <message>
        <source>Frequent dental follow-up within a prevention program (fluoride, sealants, hygiene) lowers the risk of tooth infection spreading into the jaw bone.</source>
        <translation>Las revisiones dentales frecuentes dentro de un programa de prevención (flúor, selladores, higiene) reducen el riesgo de que una infección de un diente se extienda al hueso de la mandíbula.</translation>
    </message>
    <message>
        <source>Blood counts (marrow crowded by dense bone can cause anemia and low platelets) and calcium, phosphate, PTH and vitamin D (low calcium can cause seizures).</source>
        <translation>Recuento de células de la sangre (la médula ósea, sin espacio por el hueso denso, puede causar anemia y plaquetas bajas) y calcio, fosfato, PTH y vitamina D (el calcio bajo puede causar convulsiones).</translation>
    </message>
    <message>
        <source>Weight, length and head circumference: stunted growth is part of the condition (and a large head is among its signs), so the care team follows the child&apos;s own curves.</source>
        <translation>Peso, talla y perímetro de la cabeza: el crecimiento escaso forma parte de la enfermedad (y una cabeza grande es una de sus señales), así que el equipo médico sigue las curvas propias del niño o niña.</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>When to seek care</source>
        <extracomment>The history lists this many alerts, the most recent first (ten years stay quick). A readable line length for the guidance texts on a wide screen. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the numbers to call, the signs and everyday care</source>
        <translation>Imprimir los números a los que llamar, las señales y los cuidados de cada día</translation>
    </message>
    <message>
        <source>Guidance sections</source>
        <translation>Apartados de la guía</translation>
    </message>
    <message>
        <source>Signs to act on</source>
        <translation>Señales ante las que actuar</translation>
    </message>
    <message>
        <source>Red flags history</source>
        <translation>Historial de señales de alarma</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Emergency means: call the emergency number now. Urgent means: contact the care team today. When you are unsure, call.</source>
        <translation>Emergencia significa: llame ahora al número de emergencias. Urgente significa: contacte hoy con el equipo médico. Si tiene dudas, llame.</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>Qué hacer: {action}</translation>
    </message>
    <message>
        <source>What helps every day. None of this is about medicines or doses.</source>
        <translation>Lo que ayuda cada día. Nada de esto trata de medicamentos ni de dosis.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Cómo se detectó</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Qué hizo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Acknowledge or add a note…</source>
        <translation>&amp;Confirmar o añadir una nota…</translation>
    </message>
    <message>
        <source>Acknowledge the chosen alert or note what you did</source>
        <translation>Confirmar la alerta elegida o anotar lo que hizo</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Todavía sin confirmar</translation>
    </message>
    <message>
        <source>No red flags so far. When a sign that needs care is logged, the app says so at once and keeps it here with what you did.</source>
        <translation>Hasta ahora no hay señales de alarma. Cuando se anota una señal que necesita atención, la aplicación lo avisa enseguida y la guarda aquí con lo que hizo.</translation>
    </message>
    <message>
        <source>{waiting} of {count} not acknowledged yet. Choose one and press Acknowledge.</source>
        <translation>{waiting} de {count} todavía sin confirmar. Elija una y pulse Confirmar.</translation>
    </message>
    <message>
        <source>{count} red flags, all acknowledged.</source>
        <translation>{count} señales de alarma, todas confirmadas.</translation>
    </message>
    <message>
        <source>The most recent {limit} are listed.</source>
        <translation>Se muestran las {limit} más recientes.</translation>
    </message>
    <message>
        <source>Red flags history ({waiting} not acknowledged)</source>
        <translation>Historial de señales de alarma ({waiting} sin confirmar)</translation>
    </message>
    <message>
        <source>Saved what you did.</source>
        <translation>Se guardó lo que hizo.</translation>
    </message>
    <message>
        <source>Print: When to seek care</source>
        <translation>Imprimir: Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>{app}: guide</source>
        <translation>{app}: guía</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation>Cerrar la guía</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Noting how your child is</source>
        <translation>Anotar cómo está su hijo o hija</translation>
    </message>
    <message>
        <source>Medicines and doses</source>
        <translation>Medicamentos y dosis</translation>
    </message>
    <message>
        <source>Reminders and checks</source>
        <translation>Recordatorios y controles</translation>
    </message>
    <message>
        <source>Reports for the doctors</source>
        <translation>Informes para los médicos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>This app is a diary of how your child is, with their medicines, appointments and teeth, to show the doctors at the next visit. It never suggests a medicine or a dose: it keeps what the care team prescribed.</source>
        <translation>Esta aplicación es un diario de cómo está su hijo o hija, con sus medicamentos, citas y dientes, para enseñárselo a los médicos en la próxima consulta. Nunca sugiere un medicamento ni una dosis: guarda lo que recetó el equipo médico.</translation>
    </message>
    <message>
        <source>Add your child on the Today page: a name and a birth date are enough. More children can be added in Family &amp; care team; the child shown is then chosen at the top of the window.</source>
        <translation>Añada a su hijo o hija en la página Hoy: basta con el nombre y la fecha de nacimiento. En Familia y equipo médico se pueden añadir más hijos; entonces, arriba en la ventana se elige a quién se muestra.</translation>
    </message>
    <message>
        <source>In Settings, write your name under “Who is logging”, so each entry says who wrote it. Check the family&apos;s time zone and the emergency number.</source>
        <translation>En Ajustes, escriba su nombre en “Quién anota”, para que cada anotación diga quién la escribió. Revise la zona horaria de la familia y el número de emergencias.</translation>
    </message>
    <message>
        <source>In Family &amp; care team, add the people who look after your child, and fill in “Emergency information…” with them.</source>
        <translation>En Familia y equipo médico, añada a las personas que atienden a su hijo o hija y rellene con ellas “Información para urgencias…”.</translation>
    </message>
    <message>
        <source>In Medicines, add each medicine as the care team prescribed it, with its times. Its doses then appear on the Today page.</source>
        <translation>En Medicamentos, añada cada medicamento tal como lo recetó el equipo médico, con sus horas. Sus dosis aparecerán entonces en la página Hoy.</translation>
    </message>
    <message>
        <source>In Appointments, add the next visits. The app reminds you of them and of the routine checks.</source>
        <translation>En Citas, añada las próximas consultas. La aplicación le recuerda las citas y los controles periódicos.</translation>
    </message>
    <message>
        <source>The sections are on the left: {sections}. Ctrl+1 to Ctrl+8 open them.</source>
        <translation>Los apartados están a la izquierda: {sections}. Se abren con Ctrl+1 a Ctrl+8.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer only (see Privacy).</source>
        <translation>Todo se guarda solo en este equipo (vea Privacidad).</translation>
    </message>
    <message>
        <source>The Today page notes how your child is in a few seconds, in three steps:</source>
        <translation>En la página Hoy se anota cómo está su hijo o hija en unos segundos, en tres pasos:</translation>
    </message>
    <message>
        <source>What did you notice? Type a few letters of it in the box (for example “fev”) and press Enter, or click the symptom. Nothing fits? Pick “{other}” and say more in the notes.</source>
        <translation>¿Qué ha notado? Escriba unas letras en la casilla (por ejemplo “fieb”) y pulse Intro, o haga clic en el síntoma. ¿No encaja ninguno? Elija “{other}” y cuéntelo en las notas.</translation>
    </message>
    <message>
        <source>How bad? Mild, Moderate or Severe (Alt+1, Alt+2, Alt+3).</source>
        <translation>¿Con qué intensidad? Leve, Moderado o Grave (Alt+1, Alt+2, Alt+3).</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter). “Saved” appears with Undo, in case of a mistake.</source>
        <translation>Guardar (Ctrl+Intro). Aparece “Guardado” con Deshacer, por si se ha equivocado.</translation>
    </message>
    <message>
        <source>With “Now” ticked, the entry gets the time you save it. Untick it to give another day or time, or tick “Time not known”. The notes are optional: what happened, what helped.</source>
        <translation>Con “Ahora” marcado, la anotación lleva la hora en que la guarda. Desmárquelo para poner otro día u otra hora, o marque “Sin hora”. Las notas son opcionales: qué pasó, qué ayudó.</translation>
    </message>
    <message>
        <source>A calm day is worth noting too: press “Nothing unusual today”, and the doctors see that the day was checked.</source>
        <translation>También vale la pena anotar un día tranquilo: pulse “Hoy, sin novedades” y los médicos verán que ese día se revisó.</translation>
    </message>
    <message>
        <source>What you type is kept while you type, even if the computer switches off, until you save it.</source>
        <translation>Lo que escribe se va conservando mientras escribe, aunque el equipo se apague, hasta que lo guarde.</translation>
    </message>
    <message>
        <source>Some signs need a doctor today, or at once. When an entry shows one (a fever, for example), a window says what to do and whom to call. “When to seek care” lists these signs and keeps the history of these alerts.</source>
        <translation>Algunas señales necesitan un médico hoy, o enseguida. Cuando una anotación muestra una (fiebre, por ejemplo), una ventana le dice qué hacer y a quién llamar. “Cuándo pedir ayuda” muestra estas señales y guarda el historial de estas alertas.</translation>
    </message>
    <message>
        <source>The Diary shows every entry, newest first. Filter by symptom, period or words in the notes; “Edit entry…” corrects one, “Delete entry” removes it (Undo or Ctrl+Z brings it back).</source>
        <translation>El Diario muestra todas las anotaciones, la más reciente primero. Puede filtrar por síntoma, periodo o palabras de las notas; “Editar anotación…” corrige una, “Borrar anotación” la quita (Deshacer o Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <source>Today&apos;s doses are on the Today page and at the top of Medicines, each with its time and how it went: given, given late, skipped, not yet, due now or overdue.</source>
        <translation>Las dosis de hoy están en la página Hoy y arriba en Medicamentos, cada una con su hora y cómo fue: dada, dada con retraso, omitida, todavía no, toca ahora o atrasada.</translation>
    </message>
    <message>
        <source>Given: the dose was given now, by the person named in Settings. Undo takes it back.</source>
        <translation>Dada: la dosis se acaba de dar, y la dio la persona indicada en Ajustes. Deshacer lo anula.</translation>
    </message>
    <message>
        <source>Skip…: the dose was not given; say why.</source>
        <translation>Omitir…: la dosis no se dio; diga por qué.</translation>
    </message>
    <message>
        <source>Change…: correct a dose already recorded (another time, another person).</source>
        <translation>Cambiar…: corregir una dosis ya anotada (otra hora, otra persona).</translation>
    </message>
    <message>
        <source>In Medicines, add, edit, refill, log a dose or stop a medicine; a stopped medicine keeps its history. A note says when a medicine is running low.</source>
        <translation>En Medicamentos puede añadir, editar, reponer, anotar una dosis o suspender un medicamento; un medicamento suspendido conserva su historial. Una nota avisa cuando quedan pocas dosis de un medicamento.</translation>
    </message>
    <message>
        <source>The app keeps what the care team prescribed. It never suggests a medicine or a dose: ask the care team about any change.</source>
        <translation>La aplicación guarda lo que recetó el equipo médico. Nunca sugiere un medicamento ni una dosis: consulte cualquier cambio con el equipo médico.</translation>
    </message>
    <message>
        <source>The app reminds you of medicine doses, of appointments (the evening before, and a few hours before) and of routine checks (a few days before they are due, on the day, and every week while overdue).</source>
        <translation>La aplicación le recuerda las dosis de medicamentos, las citas (la tarde anterior y unas horas antes) y los controles periódicos (unos días antes de que toquen, el mismo día y cada semana mientras estén atrasados).</translation>
    </message>
    <message>
        <source>Reminders are listed on the Today page, under “Reminders”: Given or Skip for a dose, Snooze (in 1 hour, or tomorrow morning) and Dismiss. Where your desktop shows notifications, one appears as well.</source>
        <translation>Los recordatorios aparecen en la página Hoy, en “Recordatorios”: Dada u Omitir para una dosis, Posponer (dentro de 1 hora o mañana por la mañana) y Descartar. Si su escritorio muestra notificaciones, también aparece una.</translation>
    </message>
    <message>
        <source>Reminders come only while the app is open. When you open it, what came due while it was closed is listed at the top of the Today page until you press “Seen”.</source>
        <translation>Los recordatorios solo llegan mientras la aplicación está abierta. Al abrirla, lo que tocaba mientras estaba cerrada aparece arriba en la página Hoy hasta que pulse “Visto”.</translation>
    </message>
    <message>
        <source>The routine checks (eyes, hearing, teeth, blood tests, growth) are on the Today page with when each is due; an overdue check says “Overdue”. “Checks…” sets how often each is due and records a check done.</source>
        <translation>Los controles periódicos (vista, audición, dientes, análisis de sangre, crecimiento) están en la página Hoy, con la fecha en que toca cada uno; un control que se ha pasado de fecha dice “Atrasado”. En “Controles…” se indica cada cuánto toca cada uno y se anota un control hecho.</translation>
    </message>
    <message>
        <source>In Settings, under Reminders, choose how many days before a check and how many hours before an appointment, and whether each dose reminds.</source>
        <translation>En Ajustes, en Recordatorios, elija cuántos días antes de un control y cuántas horas antes de una cita se avisa, y si se avisa de cada dosis.</translation>
    </message>
    <message>
        <source>Before a visit, press {keys} (or “Export a visit summary…” in Appointments). Choose the child, the specialty the visit is for, the period (since the last visit of that specialty, the last 3 months, or your own dates), the parts to print after page one, and the paper.</source>
        <translation>Antes de una consulta, pulse {keys} (o “Exportar un resumen para la consulta…” en Citas). Elija el hijo o hija, la especialidad de la consulta, el periodo (desde la última consulta de esa especialidad, los últimos 3 meses u otras fechas), lo que se imprime después de la primera página y el papel.</translation>
    </message>
    <message>
        <source>“Save PDF…” saves it and opens it in your PDF viewer; “Print…” sends it to a printer.</source>
        <translation>“Guardar PDF…” lo guarda y lo abre en su visor de PDF; “Imprimir…” lo envía a una impresora.</translation>
    </message>
    <message>
        <source>Page one gives the doctor the essentials in a minute: red-flag episodes, current medicines, routine checks, coming appointments, your questions and how complete the diary is. Every diary entry with its notes is printed only if you tick it.</source>
        <translation>La primera página le da al médico lo esencial en un minuto: episodios con señales de alarma, medicamentos actuales, controles periódicos, próximas citas, sus preguntas y lo completo que está el diario. Todas las anotaciones del diario con sus notas solo se imprimen si lo marca.</translation>
    </message>
    <message>
        <source>For emergencies, press {keys} (or “Emergency sheet (PDF)…” in Family &amp; care team): one page for emergency staff with the diagnosis, the key cautions, medicines and allergies, your child&apos;s usual state, procedures to avoid and whom to call. Fill in “Emergency information…” with the care team first, and keep a printed copy in the bag and in the car.</source>
        <translation>Para urgencias, pulse {keys} (o “Hoja de urgencias (PDF)…” en Familia y equipo médico): una página para el personal de urgencias con el diagnóstico, las precauciones importantes, los medicamentos y alergias, el estado habitual de su hijo o hija, las intervenciones que hay que evitar y a quién llamar. Rellene antes “Información para urgencias…” con el equipo médico, y lleve una copia impresa en la bolsa y en el coche.</translation>
    </message>
    <message>
        <source>Each entry is written to the disk when you save it. The diary is one file in this folder: {folder}</source>
        <translation>Cada anotación se escribe en el disco cuando la guarda. El diario es un solo archivo en esta carpeta: {folder}</translation>
    </message>
    <message>
        <source>A backup is made every day while the app is open, in {folder}. The backups of the last {days} days, and one for each of the last {months} months, are kept. Backups you make yourself are never deleted.</source>
        <translation>Cada día, mientras la aplicación está abierta, se hace una copia de seguridad en {folder}. Se guardan las copias de los últimos {days} días y una de cada uno de los últimos {months} meses. Las copias de seguridad que haga por su cuenta nunca se borran.</translation>
    </message>
    <message>
        <source>Settings, Backups, “Back up now” (or Help, About): a backup now.</source>
        <translation>Ajustes, Copias de seguridad, “Hacer copia de seguridad” (o Ayuda, Acerca de): una copia de seguridad ahora.</translation>
    </message>
    <message>
        <source>Settings, Backups, “Also copy them to”: choose a USB stick or an external disk, so a lost or broken laptop does not take the diary with it.</source>
        <translation>Ajustes, Copias de seguridad, “Copiarlas también en”: elija una memoria USB o un disco externo, para que un portátil perdido o roto no se lleve el diario con él.</translation>
    </message>
    <message>
        <source>Settings, Backups, “Restore from a backup…”: puts the diary back as it was. The diary as it is now is kept as a backup first, so a restore can be undone.</source>
        <translation>Ajustes, Copias de seguridad, “Restaurar una copia de seguridad…”: vuelve a dejar el diario como estaba. Antes, el diario tal como está ahora se guarda como copia de seguridad, así que la restauración se puede deshacer.</translation>
    </message>
    <message>
        <source>Do not keep the data folder in Dropbox, OneDrive, iCloud or on a network share: they can damage the diary. Copy a backup there instead, if you like.</source>
        <translation>No tenga la carpeta de datos en Dropbox, OneDrive, iCloud ni en una carpeta compartida en red: pueden dañar el diario. Si quiere, copie allí una copia de seguridad.</translation>
    </message>
    <message>
        <source>If the diary file is ever damaged, the app sets it aside (it never deletes it) and offers your newest good backup.</source>
        <translation>Si alguna vez el archivo del diario se daña, la aplicación lo guarda aparte (nunca lo borra) y le ofrece su copia de seguridad en buen estado más reciente.</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Esta guía</translation>
    </message>
    <message>
        <source>Find a symptom (Today), find in the notes (Diary)</source>
        <translation>Buscar un síntoma (Hoy), buscar en las notas (Diario)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Pick the first symptom found (Today)</source>
        <translation>Elegir el primer síntoma encontrado (Hoy)</translation>
    </message>
    <message>
        <source>{mild}, {moderate}, {severe}</source>
        <translation>{mild}, {moderate}, {severe}</translation>
    </message>
    <message>
        <source>Mild, Moderate, Severe (Today)</source>
        <translation>Leve, Moderado, Grave (Hoy)</translation>
    </message>
    <message>
        <source>Save the entry (Today, and the appointment form)</source>
        <translation>Guardar la anotación (Hoy y el formulario de citas)</translation>
    </message>
    <message>
        <source>Save (Today, Settings)</source>
        <translation>Guardar (Hoy, Ajustes)</translation>
    </message>
    <message>
        <source>Visit summary (PDF)</source>
        <translation>Resumen para la consulta (PDF)</translation>
    </message>
    <message>
        <source>Emergency information sheet (PDF)</source>
        <translation>Hoja de información para urgencias (PDF)</translation>
    </message>
    <message>
        <source>Add an appointment, or a dental record (Teeth)</source>
        <translation>Añadir una cita, o un registro dental (Dientes)</translation>
    </message>
    <message>
        <source>Undo a delete (Diary, Medicines, Appointments, Teeth)</source>
        <translation>Deshacer un borrado (Diario, Medicamentos, Citas, Dientes)</translation>
    </message>
    <message>
        <source>Delete the chosen line</source>
        <translation>Borrar la línea elegida</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Next, previous field or button</source>
        <translation>Campo o botón siguiente, anterior</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>Pulsar el botón que tiene el foco</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>Ir a ese campo o pulsar ese botón</translation>
    </message>
    <message>
        <source>Clear the search; close a window</source>
        <translation>Borrar la búsqueda; cerrar una ventana</translation>
    </message>
    <message>
        <source>The whole app works with the keyboard alone. The keys:</source>
        <translation>Toda la aplicación se puede usar solo con el teclado. Las teclas:</translation>
    </message>
    <message>
        <source>Backups are in {folder}, and copies in {extra}, the folder you chose.</source>
        <translation>Las copias de seguridad están en {folder}, y hay copias en {extra}, la carpeta que eligió.</translation>
    </message>
    <message>
        <source>Backups are in {folder}, on this computer too.</source>
        <translation>Las copias de seguridad están en {folder}, también en este equipo.</translation>
    </message>
    <message>
        <source>Your diary stays on this computer. Nothing is sent anywhere.</source>
        <translation>Su diario se queda en este equipo. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Everything you write is kept in one file in {folder}. Only your user account on this computer can read it.</source>
        <translation>Todo lo que escribe se guarda en un solo archivo en {folder}. Solo su cuenta de usuario de este equipo puede leerlo.</translation>
    </message>
    <message>
        <source>The app never connects to the internet. There is no account and no sign-in, no advertising, and no tracking or usage statistics.</source>
        <translation>La aplicación nunca se conecta a internet. No hay cuenta ni inicio de sesión, ni publicidad, ni seguimiento ni estadísticas de uso.</translation>
    </message>
    <message>
        <source>A PDF you save or print holds what you chose: your child&apos;s name and birth date, the diagnosis, the symptoms and notes of the period, medicines and doses, appointments, dental care, and on the emergency sheet the care team&apos;s names and numbers. You decide whom to give it to; once it leaves the app, keep it as you would any medical paper.</source>
        <translation>Un PDF que guarde o imprima contiene lo que haya elegido: el nombre y la fecha de nacimiento de su hijo o hija, el diagnóstico, los síntomas y las notas del periodo, los medicamentos y las dosis, las citas, el cuidado dental y, en la hoja de urgencias, los nombres y teléfonos del equipo médico. Es su decisión a quién dárselo; una vez fuera de la aplicación, guárdelo como cualquier otro papel médico.</translation>
    </message>
    <message>
        <source>Anyone who can use your account on this computer can open the app and read the diary: lock the computer when you leave it.</source>
        <translation>Cualquiera que pueda usar su cuenta en este equipo puede abrir la aplicación y leer el diario: bloquee el equipo cuando se aleje de él.</translation>
    </message>
    <message>
        <source>A log of problems inside the app is kept in the data folder; it never holds what you write.</source>
        <translation>En la carpeta de datos se guarda un registro de los problemas internos de la aplicación; nunca contiene lo que escribe.</translation>
    </message>
    <message>
        <source>Removing the app leaves the diary in its folder. To delete the diary, delete that folder (keep a backup first if you may want it again).</source>
        <translation>Al desinstalar la aplicación, el diario se queda en su carpeta. Para borrar el diario, borre esa carpeta (antes guarde una copia de seguridad si puede que lo vuelva a querer).</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>holds bytes that are not UTF-8 text ({bytes}); save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again</source>
        <translation>contiene bytes que no son texto UTF-8 ({bytes}); guarde el archivo como UTF-8 (en una hoja de cálculo: CSV UTF-8) y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the first line must name the columns, for example: {columns}</source>
        <translation>la primera línea debe dar los nombres de las columnas, por ejemplo: {columns}</translation>
    </message>
    <message>
        <source>column {position} has no name; name it or remove the column</source>
        <translation>la columna {position} no tiene nombre; póngale uno o quite la columna</translation>
    </message>
    <message>
        <source>is not a column of this file (the columns are: {known})</source>
        <translation>no es una columna de este archivo (las columnas son: {known})</translation>
    </message>
    <message>
        <source>tooth {tooth} is also recorded as coming through on {other} (line {other_line}); keep one</source>
        <translation>el diente {tooth} también figura como salido el {other} (línea {other_line}); deje solo una de las dos</translation>
    </message>
    <message>
        <source>is not a column of a symptom file (the columns are: {known})</source>
        <translation>no es una columna de un archivo de síntomas (las columnas son: {known})</translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation>la columna aparece más de una vez</translation>
    </message>
    <message>
        <source>required column is missing (the required columns are: {need})</source>
        <translation>falta una columna obligatoria (las columnas obligatorias son: {need})</translation>
    </message>
    <message>
        <source>a quoted value that starts on this line is never closed (a missing &quot;)</source>
        <translation>un valor entre comillas que empieza en esta línea no se cierra nunca (falta una &quot;)</translation>
    </message>
    <message>
        <source>holds a value longer than {limit} characters</source>
        <translation>contiene un valor de más de {limit} caracteres</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>no es un CSV válido ({error})</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns, for example: {columns}</source>
        <translation>el archivo está vacío; su primera línea debe dar los nombres de las columnas, por ejemplo: {columns}</translation>
    </message>
    <message>
        <source>has {found} values but the header names {expected} columns</source>
        <translation>tiene {found} valores, pero la primera línea nombra {expected} columnas</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Nothing was imported.</source>
        <translation>No se pudo leer {path}: {reason}. No se importó nada.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. The file was not changed.</source>
        <translation>No se pudo escribir {path}: {reason}. El archivo sigue intacto.</translation>
    </message>
    <message>
        <source>tooth {tooth} is already recorded as coming through on {other}; correct it in the app or in the file</source>
        <translation>ya consta que el diente {tooth} salió el {other}; corríjalo en la aplicación o en el archivo</translation>
    </message>
    <message>
        <source>Could not make the folder {path}: {reason}.</source>
        <extracomment>(kind, exporter): the kind names the file (``&lt;kind&gt;.csv``). Append new record types here.</extracomment>
        <translation>No se pudo crear la carpeta {path}: {reason}.</translation>
    </message>
    <message>
        <source>is not a column of a medicines file (the columns are: {known})</source>
        <translation>no es una columna de un archivo de medicamentos (las columnas son: {known})</translation>
    </message>
    <message>
        <source>is not a column of a doses file (the columns are: {known})</source>
        <translation>no es una columna de un archivo de dosis (las columnas son: {known})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{years}, {months}</source>
        <translation>{years} y {months}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The child the diary was last given, in a tuple (``()``: none given yet). The care-record pages (Medicines, Appointments, Teeth, When to seek care) once built.</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The window&apos;s sections in the order of Ctrl+1 to Ctrl+8, in the window&apos;s own words.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Teeth</source>
        <translation>Dientes</translation>
    </message>
    <message>
        <source>When to seek care</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Family &amp; care team</source>
        <translation>Familia y equipo médico</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <extracomment>The Export dialog opened with Ctrl+P or Ctrl+E, while it is open. The guide (F1) and About, while they are open.</extracomment>
        <translation>&amp;Hijo/a:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo o hija</translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation>{name} ({age})</translation>
    </message>
    <message>
        <source>No child added yet</source>
        <translation>Todavía no ha añadido a su hijo o hija</translation>
    </message>
    <message>
        <source>Logging as {name}</source>
        <translation>Anota: {name}</translation>
    </message>
    <message>
        <source>Add your name in Settings so entries show who wrote them</source>
        <translation>Añada su nombre en Ajustes para que cada anotación muestre quién la escribió</translation>
    </message>
    <message>
        <source>{who}  ·  Times in {zone}  ·  Saved on this computer only</source>
        <translation>{who}  ·  Zona horaria: {zone}  ·  Guardado solo en este equipo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Your diary was not moved: the entry you are typing could not be stored first. Try again in a moment.</source>
        <translation>Su diario no se trasladó: antes no se pudo guardar la anotación que está escribiendo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Your diary is now kept on this computer only, in {folder}. The old file was kept in its old folder under another name.

The app opens again now.</source>
        <translation>Ahora su diario se guarda solo en este equipo, en {folder}. El archivo antiguo se ha conservado en su carpeta anterior, con otro nombre.

Ahora la aplicación se vuelve a abrir.</translation>
    </message>
    <message>
        <source>What you are typing on the Today page could not be stored: the diary is busy or cannot be written right now. If you close now, it is lost.

Stay, wait a moment, then save the entry or close again.</source>
        <translation>Lo que está escribiendo en la página Hoy no se pudo guardar: el diario está ocupado o ahora mismo no se puede escribir en él. Si cierra ahora, se perderá.

No cierre todavía: espere un momento y después guarde la anotación o vuelva a cerrar.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>No cerrar</translation>
    </message>
</context>
<context>
    <name>MedicineDialog</name>
    <message>
        <source>mg</source>
        <extracomment>Units offered in the unit box (any other can be typed): words, not doses.</extracomment>
        <translation>mg</translation>
    </message>
    <message>
        <source>microgram</source>
        <translation>microgramo</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>mL</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>gotas</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comprimido</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>cápsula</translation>
    </message>
    <message>
        <source>sachet</source>
        <translation>sobre</translation>
    </message>
    <message>
        <source>puff</source>
        <translation>inhalación</translation>
    </message>
    <message>
        <source>IU</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>choose at least one day</source>
        <translation>elija al menos un día</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <extracomment>The medicine as saved, once Save succeeded.</extracomment>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Save the medicine</source>
        <translation>Guardar el medicamento</translation>
    </message>
    <message>
        <source>As on the prescription</source>
        <translation>Como en la receta</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Names offered are spelling help only (from the clinical notes), never advice.
Enter what your child&apos;s care team prescribed.</source>
        <translation>Los nombres que se ofrecen solo ayudan a escribirlos bien (salen de las notas clínicas); nunca son un consejo.
Escriba lo que ha recetado el equipo médico de su hijo o hija.</translation>
    </message>
    <message>
        <source>Amount, e.g. 2.5</source>
        <translation>Cantidad, p. ej., 2.5</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Cantidad de la dosis</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidad de la dosis</translation>
    </message>
    <message>
        <source>Unit, e.g. mg</source>
        <translation>Unidad, p. ej., mg</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Or as the prescription says it, e.g. one sachet in water</source>
        <translation>O como lo dice la receta, p. ej., un sobre en agua</translation>
    </message>
    <message>
        <source>Dose in &amp;words</source>
        <translation>Dosis en pa&amp;labras</translation>
    </message>
    <message>
        <source>Dose in words</source>
        <translation>Dosis en palabras</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Cómo se da</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Cómo se da</translation>
    </message>
    <message>
        <source>When it is given</source>
        <translation>Cuándo se da</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>24-hour times, e.g. 08:00 20:00</source>
        <translation>Horas en formato de 24 horas, p. ej., 08:00 20:00</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>On these days</source>
        <translation>Estos días</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Cada cuántos días</translation>
    </message>
    <message>
        <source>Every how &amp;many days</source>
        <translation>Cada cuántos dí&amp;as</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>has&amp;ta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>De&amp;sde</translation>
    </message>
    <message>
        <source>Who prescribed it (optional)</source>
        <translation>Quién lo recetó (opcional)</translation>
    </message>
    <message>
        <source>&amp;Prescribed by</source>
        <translation>&amp;Recetado por</translation>
    </message>
    <message>
        <source>What it is for (optional)</source>
        <translation>Para qué es (opcional)</translation>
    </message>
    <message>
        <source>W&amp;hat for</source>
        <translation>&amp;Para qué</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>e.g. with food (optional)</source>
        <translation>p. ej., con comida (opcional)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Sin contar</translation>
    </message>
    <message>
        <source>Doses at home</source>
        <translation>Dosis en casa</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Sin aviso</translation>
    </message>
    <message>
        <source>Warn when this many doses are left</source>
        <translation>Avisar cuando queden estas dosis</translation>
    </message>
    <message>
        <source>w&amp;arn at</source>
        <translation>a&amp;visar con</translation>
    </message>
    <message>
        <source>Doses at hom&amp;e</source>
        <translation>Dosis &amp;en casa</translation>
    </message>
</context>
<context>
    <name>MedicineWords</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>{times}, every day</source>
        <translation>{times}, todos los días</translation>
    </message>
    <message numerus="yes">
        <source>{times}, every %n days</source>
        <translation>
            <numerusform>{times}, cada %n día</numerusform>
            <numerusform>{times}, cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times}, los {days}</translation>
    </message>
    <message>
        <source>{name} {dose}, {route}</source>
        <translation>{name} {dose}, {route}</translation>
    </message>
    <message>
        <source>{name}, {route}</source>
        <translation>{name}, {route}</translation>
    </message>
    <message>
        <source>starts {day}</source>
        <translation>empieza el {day}</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>since {first}, last day {last}</source>
        <translation>desde el {first}, último día el {last}</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message numerus="yes">
        <source>%n left (low)</source>
        <translation>
            <numerusform>queda %n (pocas)</numerusform>
            <numerusform>quedan %n (pocas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Omitida: {reason}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Given late, at {time}</source>
        <translation>Dada con retraso, a las {time}</translation>
    </message>
    <message>
        <source>Given early, at {time}</source>
        <translation>Dada antes de tiempo, a las {time}</translation>
    </message>
    <message>
        <source>Given at {time}</source>
        <translation>Dada a las {time}</translation>
    </message>
    <message>
        <source>{given} on {day}</source>
        <translation>{given} el {day}</translation>
    </message>
    <message>
        <source>{given} by {name}</source>
        <translation>{given} por {name}</translation>
    </message>
    <message>
        <source>Overdue: not recorded yet</source>
        <translation>Atrasada: todavía sin anotar</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Toca ahora</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>By mouth</source>
        <translation>Por boca</translation>
    </message>
    <message>
        <source>Under the skin (injection)</source>
        <translation>Bajo la piel (inyección)</translation>
    </message>
    <message>
        <source>On the skin or teeth</source>
        <translation>Sobre la piel o los dientes</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalada</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Given on time</source>
        <translation>Dada a su hora</translation>
    </message>
    <message>
        <source>Given late</source>
        <translation>Dada con retraso</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
</context>
<context>
    <name>MedicinesPage</name>
    <message>
        <source>Medicines</source>
        <extracomment>Periods offered for the history (days, ending today). Rows a table shows before it scrolls on its own. The adherence rows shown for the chosen period (tests compare them).</extracomment>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Add your child on the Today page first.</source>
        <translation>Añada primero a su hijo o hija en la página Hoy.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Cómo se da</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Doses at home</source>
        <translation>Dosis en casa</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>Current &amp;medicines</source>
        <translation>&amp;Medicamentos actuales</translation>
    </message>
    <message>
        <source>No medicines now. Add each medicine as the care team prescribed it.</source>
        <translation>Ahora no hay medicamentos. Añada cada medicamento tal como lo recetó el equipo médico.</translation>
    </message>
    <message>
        <source>&amp;Add a medicine…</source>
        <translation>&amp;Añadir un medicamento…</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen medicine</source>
        <translation>Editar el medicamento elegido</translation>
    </message>
    <message>
        <source>&amp;Refill…</source>
        <translation>&amp;Reponer…</translation>
    </message>
    <message>
        <source>Record a refill of the chosen medicine</source>
        <translation>Anotar que se ha repuesto el medicamento elegido</translation>
    </message>
    <message>
        <source>&amp;Log a dose…</source>
        <translation>Anotar una &amp;dosis…</translation>
    </message>
    <message>
        <source>Log a dose of the chosen medicine</source>
        <translation>Anotar una dosis del medicamento elegido</translation>
    </message>
    <message>
        <source>An as-needed dose with its reason, or a scheduled dose of another day</source>
        <translation>Una dosis según necesidad con su motivo, o una dosis pautada de otro día</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Suspe&amp;nder</translation>
    </message>
    <message>
        <source>Stop the chosen medicine</source>
        <translation>Suspender el medicamento elegido</translation>
    </message>
    <message>
        <source>No more doses from today; it moves to the stopped medicines with its history</source>
        <translation>No más dosis a partir de hoy; pasa a los medicamentos suspendidos con su historial</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the chosen medicine</source>
        <translation>Borrar el medicamento elegido</translation>
    </message>
    <message>
        <source>Delete it (Undo brings it back)</source>
        <translation>Borrarlo (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History period</source>
        <translation>Periodo del historial</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Doses due</source>
        <translation>Dosis que tocaban</translation>
    </message>
    <message>
        <source>Given on time</source>
        <translation>Dadas a su hora</translation>
    </message>
    <message>
        <source>Given late</source>
        <translation>Dadas con retraso</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>As needed, given</source>
        <translation>Dadas según necesidad</translation>
    </message>
    <message>
        <source>How the doses went</source>
        <translation>Cómo fueron las dosis</translation>
    </message>
    <message>
        <source>Scheduled doses due so far in the period. Late: given more than an hour from the scheduled time.</source>
        <translation>Dosis pautadas que han tocado hasta ahora en el periodo. Con retraso: dada a más de una hora de la hora pautada.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Dose log</source>
        <translation>Registro de dosis</translation>
    </message>
    <message>
        <source>C&amp;hange dose…</source>
        <translation>&amp;Cambiar dosis…</translation>
    </message>
    <message>
        <source>Change the chosen dose in the log</source>
        <translation>Cambiar la dosis elegida en el registro</translation>
    </message>
    <message>
        <source>Remo&amp;ve dose</source>
        <translation>&amp;Quitar dosis</translation>
    </message>
    <message>
        <source>Remove the chosen dose from the log</source>
        <translation>Quitar la dosis elegida del registro</translation>
    </message>
    <message>
        <source>Remove it from the log (Undo brings it back)</source>
        <translation>Quitarla del registro (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Stopped medicines</source>
        <translation>Medicamentos suspendidos</translation>
    </message>
    <message>
        <source>&amp;Stopped medicines</source>
        <translation>Medicamentos &amp;suspendidos</translation>
    </message>
    <message>
        <source>None. A stopped medicine keeps its history here.</source>
        <translation>Ninguno. Un medicamento suspendido conserva aquí su historial.</translation>
    </message>
    <message>
        <source>Ed&amp;it stopped…</source>
        <translation>Ed&amp;itar suspendido…</translation>
    </message>
    <message>
        <source>Edit the chosen stopped medicine</source>
        <translation>Editar el medicamento suspendido elegido</translation>
    </message>
    <message>
        <source>To take it again, clear or move its last day</source>
        <translation>Para volver a darlo, borre o cambie su último día</translation>
    </message>
    <message>
        <source>Delete st&amp;opped</source>
        <translation>Borrar s&amp;uspendido</translation>
    </message>
    <message>
        <source>Delete the chosen stopped medicine</source>
        <translation>Borrar el medicamento suspendido elegido</translation>
    </message>
    <message>
        <source>{name}&apos;s medicines</source>
        <translation>Medicamentos de {name}</translation>
    </message>
    <message>
        <source>{name} ({left})</source>
        <translation>{name} ({left})</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>queda %n</numerusform>
            <numerusform>quedan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{mark} Running low: {items}. Time to ask for a refill.</source>
        <translation>{mark} Quedan pocas: {items}. Es hora de pedir más.</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>How the doses went, {period}</source>
        <translation>Cómo fueron las dosis, {period}</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message numerus="yes">
        <source>Dose log, {period} (%n doses)</source>
        <translation>
            <numerusform>Registro de dosis, {period} (%n dosis)</numerusform>
            <numerusform>Registro de dosis, {period} (%n dosis)</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}; why: {reason}</source>
        <translation>{state}; por qué: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardó {name}.</translation>
    </message>
    <message numerus="yes">
        <source>Refill of {name} recorded: %n doses.</source>
        <translation>
            <numerusform>Reposición de {name} anotada: %n dosis.</numerusform>
            <numerusform>Reposición de {name} anotada: %n dosis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refill of {name} taken back.</source>
        <translation>Se quitó la reposición de {name}.</translation>
    </message>
    <message>
        <source>Dose of {name} recorded.</source>
        <translation>Dosis de {name} anotada.</translation>
    </message>
    <message>
        <source>Dose of {name} taken out of the log.</source>
        <translation>Dosis de {name} quitada del registro.</translation>
    </message>
    <message>
        <source>Saved the change to a dose of {name}.</source>
        <translation>Se guardó el cambio en una dosis de {name}.</translation>
    </message>
    <message>
        <source>Removed from the log: {name}, {day}.</source>
        <translation>Quitada del registro: {name}, {day}.</translation>
    </message>
    <message>
        <source>Dose of {name} is back in the log.</source>
        <translation>La dosis de {name} vuelve a estar en el registro.</translation>
    </message>
    <message>
        <source>Not changed: {reason}. Try again in a moment.</source>
        <translation>No se cambió: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{name} stopped: no more doses from today. It is listed under Stopped medicines, with its history.</source>
        <translation>Se suspendió {name}: no más dosis a partir de hoy. Aparece en Medicamentos suspendidos, con su historial.</translation>
    </message>
    <message>
        <source>{name} stopped: it started today, so today is its last day.</source>
        <translation>Se suspendió {name}: empezó hoy, así que hoy es su último día.</translation>
    </message>
    <message>
        <source>{name} is taken again, as before.</source>
        <translation>{name} se vuelve a dar, como antes.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Se borró {name}.</translation>
    </message>
    <message>
        <source>{name} is back.</source>
        <translation>{name} vuelve a estar en la lista.</translation>
    </message>
</context>
<context>
    <name>MissedReminders</name>
    <message>
        <source>Seen</source>
        <extracomment>Shown, hidden or changed (its height changed).</extracomment>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Hide the list of reminders that were missed</source>
        <translation>Ocultar la lista de recordatorios que se perdieron</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QuestionsList</name>
    <message>
        <source>New question</source>
        <extracomment>Rows the list shows before it scrolls. The questions changed (added, edited, removed or moved).</extracomment>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Type a question, then press Enter</source>
        <translation>Escriba una pregunta y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the question to the list</source>
        <translation>Añadir la pregunta a la lista</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas que hacer</translation>
    </message>
    <message>
        <source>F2 edits a question, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>F2 edita una pregunta, Supr la quita, Ctrl+Arriba y Ctrl+Abajo la mueven.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the chosen question</source>
        <translation>Editar la pregunta elegida</translation>
    </message>
    <message>
        <source>Edit the chosen question (F2)</source>
        <translation>Editar la pregunta elegida (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation>Quitar la pregunta elegida</translation>
    </message>
    <message>
        <source>Remove the chosen question (Delete)</source>
        <translation>Quitar la pregunta elegida (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the chosen question up</source>
        <translation>Subir la pregunta elegida</translation>
    </message>
    <message>
        <source>Ask this question earlier (Ctrl+Up)</source>
        <translation>Hacer esta pregunta antes (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the chosen question down</source>
        <translation>Bajar la pregunta elegida</translation>
    </message>
    <message>
        <source>Ask this question later (Ctrl+Down)</source>
        <translation>Hacer esta pregunta después (Ctrl+Abajo)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Autosomal recessive malignant osteopetrosis, osteoclast-poor, caused by biallelic TNFSF11 (RANKL) variants (RANKL-deficient osteopetrosis, OPTB2, OMIM #259710)</source>
        <translation>Osteopetrosis autosómica recesiva maligna, pobre en osteoclastos, causada por variantes bialélicas de TNFSF11 (RANKL) (osteopetrosis por deficiencia de RANKL, OPTB2, OMIM #259710)</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The diary in {folder} could not be opened ({reason}). Check that the folder is yours and that its disk is connected and not full, then open the app again.</source>
        <extracomment>How the storage layer names a damaged file it set aside (database.set_aside).</extracomment>
        <translation>No se pudo abrir el diario de {folder} ({reason}). Compruebe que la carpeta es suya y que su disco está conectado y no está lleno; después, vuelva a abrir la aplicación.</translation>
    </message>
</context>
<context>
    <name>RedFlagAlertDialog</name>
    <message>
        <source>Red flag for {name}: {level}</source>
        <extracomment>How many of the episode&apos;s entries the dialog lists (the first ones, oldest first). The family acknowledged the alert (its id); it is stored.</extracomment>
        <translation>Señal de alarma de {name}: {level}</translation>
    </message>
    <message>
        <source>{rule}, for {name}</source>
        <translation>{name}: {rule}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the alert and keep what you did</source>
        <translation>Confirmar la alerta y guardar lo que hizo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Close for now; the alert stays in the Red flags history, not acknowledged</source>
        <translation>Cerrar por ahora; la alerta se queda sin confirmar en el historial de señales de alarma</translation>
    </message>
    <message>
        <source>Saving the entry is done. This alert is kept in the Red flags history.</source>
        <translation>La anotación ya está guardada. Esta alerta se conserva en el historial de señales de alarma.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What happened, who you spoke to, what they said</source>
        <translation>Qué pasó, con quién habló, qué le dijeron</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hizo?</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
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
        <translation>{line} (borrada después)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Started: {when}</source>
        <translation>Empezó: {when}</translation>
    </message>
    <message>
        <source>What was logged:</source>
        <translation>Lo que se anotó:</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Acknowledge again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a pulsar Confirmar en un momento.</translation>
    </message>
</context>
<context>
    <name>RedFlagWatcher</name>
    <message>
        <source>Red flags were found in entries from the last 7 days that were saved outside this window ({count}). See “When to seek care”, Red flags history.</source>
        <extracomment>A catch-up mentions the episodes that went on this recently (older ones are history). A child&apos;s alerts changed (raised, grown or acknowledged): the history refreshes. Something to say in the status bar (a catch-up found recent red flags, or a check could not run). The alert dialog while it is open (tests drive it).</extracomment>
        <translation>Se encontraron señales de alarma en anotaciones de los últimos 7 días que se guardaron fuera de esta ventana ({count}). Véalas en “Cuándo pedir ayuda”, Historial de señales de alarma.</translation>
    </message>
    <message>
        <source>Red flags could not be checked just now ({reason}). They are checked again at the next save.</source>
        <translation>Ahora mismo no se pudieron revisar las señales de alarma ({reason}). Se vuelven a revisar la próxima vez que se guarde algo.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Called the emergency number</source>
        <translation>Llamó al número de emergencias</translation>
    </message>
    <message>
        <source>Called the care team</source>
        <translation>Llamó al equipo médico</translation>
    </message>
    <message>
        <source>Went to the emergency department</source>
        <translation>Fue a urgencias</translation>
    </message>
    <message>
        <source>Something else (see the note)</source>
        <translation>Otra cosa (vea la nota)</translation>
    </message>
    <message>
        <source>when it was logged</source>
        <translation>al anotarla</translation>
    </message>
    <message>
        <source>from an imported diary</source>
        <translation>en un diario importado</translation>
    </message>
    <message>
        <source>found in earlier entries</source>
        <translation>en anotaciones anteriores</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>{level}: {action}</source>
        <translation>{level}: {action}</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>{day}, time not known</source>
        <translation>{day}, sin hora</translation>
    </message>
</context>
<context>
    <name>RefillDialog</name>
    <message>
        <source>Refill {name}</source>
        <extracomment>Refills shown in the log (newest first); a medicine refilled monthly for ten years has 120. The refill as saved, once Save succeeded.</extracomment>
        <translation>Reponer {name}</translation>
    </message>
    <message>
        <source>Save this refill</source>
        <translation>Guardar esta reposición</translation>
    </message>
    <message>
        <source>Doses at home now: {stock}</source>
        <translation>Dosis en casa ahora: {stock}</translation>
    </message>
    <message>
        <source>How many doses came in, e.g. 30</source>
        <translation>Cuántas dosis han llegado, p. ej., 30</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Cuántas</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>Day of the refill</source>
        <translation>Día de la reposición</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>e.g. pharmacy, batch (optional)</source>
        <translation>p. ej., farmacia, lote (opcional)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Refills so far</source>
        <translation>Reposiciones hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n doses</source>
        <translation>
            <numerusform>{day}: %n dosis</numerusform>
            <numerusform>{day}: %n dosis</numerusform>
        </translation>
    </message>
    <message>
        <source>{refill}, by {name}</source>
        <translation>{refill}, por {name}</translation>
    </message>
    <message>
        <source>{refill} ({notes})</source>
        <translation>{refill} ({notes})</translation>
    </message>
    <message>
        <source>No refills recorded yet.</source>
        <translation>Todavía no hay reposiciones anotadas.</translation>
    </message>
    <message>
        <source>&amp;Refills so far</source>
        <translation>&amp;Reposiciones hasta ahora</translation>
    </message>
    <message>
        <source>A refill adds to the doses at home; each dose marked given takes one away.</source>
        <translation>Una reposición suma dosis a las que hay en casa; cada dosis marcada como dada resta una.</translation>
    </message>
</context>
<context>
    <name>Relocation</name>
    <message>
        <source>Your diary is already in {path}.</source>
        <translation>Su diario ya está en {path}.</translation>
    </message>
    <message>
        <source>There is already a diary in {path}; it was not touched. Your diary is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>Ya hay un diario en {path}; no se ha tocado. Su diario sigue donde estaba, sin cambios, y la aplicación lo sigue usando.</translation>
    </message>
    <message>
        <source>Your diary could not be copied to {path} ({reason}). It is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>No se pudo copiar su diario a {path} ({reason}). Sigue donde estaba, sin cambios, y la aplicación lo sigue usando.</translation>
    </message>
    <message>
        <source>The copy of your diary in {path} did not match the original, so it was removed. Your diary is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>La copia de su diario en {path} no coincidía con el original, así que se ha borrado. Su diario sigue donde estaba, sin cambios, y la aplicación lo sigue usando.</translation>
    </message>
    <message>
        <source>Your diary could not be moved out of {path} ({reason}), so the new copy was removed. Your diary is still in its old place, unchanged, and the app keeps using it.</source>
        <translation>No se pudo sacar su diario de {path} ({reason}), así que se ha borrado la copia nueva. Su diario sigue donde estaba, sin cambios, y la aplicación lo sigue usando.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Given</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Given now: {what}</source>
        <translation>Dada ahora: {what}</translation>
    </message>
    <message>
        <source>Record it in the dose log as given now, by you</source>
        <translation>Anotarla en el registro de dosis como dada ahora, con su nombre</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Omitir…</translation>
    </message>
    <message>
        <source>Skip {what}, and say why</source>
        <translation>Omitir {what} y decir por qué</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Remind me later: {what}</source>
        <translation>Recordármelo más tarde: {what}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>The snooze choices, as menu actions (in an hour, tomorrow morning).</extracomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this reminder: {what}</source>
        <translation>Descartar este recordatorio: {what}</translation>
    </message>
    <message>
        <source>Why was it skipped? e.g. vomiting, asleep</source>
        <translation>¿Por qué se omitió? p. ej., vómitos, dormido/a</translation>
    </message>
    <message>
        <source>Why the dose was skipped</source>
        <translation>Por qué se omitió la dosis</translation>
    </message>
    <message>
        <source>Skip dose</source>
        <translation>Omitir dosis</translation>
    </message>
    <message>
        <source>Record {what} as skipped</source>
        <translation>Anotar {what} como omitida</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not skip the dose</source>
        <translation>No omitir la dosis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Remind me of each scheduled &amp;medicine dose</source>
        <translation>Avisarme de cada dosis de &amp;medicamento pautada</translation>
    </message>
    <message>
        <source>Remind me of each scheduled medicine dose</source>
        <translation>Avisarme de cada dosis de medicamento pautada</translation>
    </message>
    <message>
        <source>Days before a chec&amp;k is due</source>
        <translation>Días antes de que toque un &amp;control</translation>
    </message>
    <message>
        <source>Remind this many days before a check is due</source>
        <translation>Avisar estos días antes de que toque un control</translation>
    </message>
    <message>
        <source>Hours before an a&amp;ppointment</source>
        <translation>Horas antes de una ci&amp;ta</translation>
    </message>
    <message>
        <source>Remind this many hours before an appointment</source>
        <translation>Avisar estas horas antes de una cita</translation>
    </message>
    <message>
        <source>Save reminder settings</source>
        <translation>Guardar ajustes de recordatorios</translation>
    </message>
    <message>
        <source>Save the reminder settings</source>
        <translation>Guardar los ajustes de recordatorios</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminders show on the Today page, and as a notification where your desktop has one. A check also reminds on the day it is due, and every week while it is overdue.</source>
        <translation>Los recordatorios aparecen en la página Hoy y, si su escritorio las tiene, como notificación. Un control también avisa el día que toca, y cada semana mientras esté atrasado.</translation>
    </message>
    <message>
        <source>An appointment also reminds the evening before, at {time}. 0 hours: only the evening before.</source>
        <translation>Una cita también avisa la tarde anterior, a las {time}. 0 horas: solo la tarde anterior.</translation>
    </message>
    <message>
        <source>The reminder settings were not saved ({reason}). Try again.</source>
        <translation>No se guardaron los ajustes de recordatorios ({reason}). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Reminder settings saved.</source>
        <translation>Ajustes de recordatorios guardados.</translation>
    </message>
</context>
<context>
    <name>ReminderTicker</name>
    <message>
        <source>Reminders could not be checked just now ({reason}). They are checked again in a minute.</source>
        <extracomment>How often the heartbeat looks for a sleep, a clock change or a job that did not run. How long after the first paint the first catch-up runs (the Today page fills first). Changes of the data come in bursts (a save emits several signals): one re-plan after them. How many upcoming instants get a date job (the next ones are planned after each tick). The jobs are planned again at least this often: the plan looks a week ahead, and a window left open for longer with nothing firing must still see what comes after it. QTimer takes a signed 32-bit number of milliseconds. Reminders that became due (a list of ReminderOccurrence, recorded as fired), and why they were looked for (a CatchUpReason value). :attr:`missed` changed (a start or a wake-up found reminders, or they were seen). Reminders could not be read (the diary is busy or failing): a sentence to show. Emitted by the date jobs; connected with a QueuedConnection (see the module&apos;s doc). The last catch-up or plan failed (the diary was busy): the heartbeat tries again. The instants (the services&apos; clock) that have a date job, earliest first. What a start or a wake-up found, newest occurrence of each reminder, until the family has seen it (:meth:`clear_missed`). Why :attr:`missed` was filled (START: the app was closed; WAKE: asleep).</extracomment>
        <translation>Ahora mismo no se pudieron revisar los recordatorios ({reason}). Se vuelven a revisar dentro de un minuto.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>and {count} more</source>
        <extracomment>How long a tray message stays (the desktop may keep it in its list for longer). A tray message lists at most this many reminders, then says how many more. The tray icon, once a reminder came and the desktop has a tray. The last message shown (title, text), for tests and logs.</extracomment>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Check</source>
        <extracomment>How far back the first catch-up ever looks (no &quot;last seen&quot; yet): today&apos;s missed doses show, a year of history does not. How far back any catch-up looks, however long the app was closed: older dose and appointment reminders are history (the dose log and the Today page show them), and an overdue check fires again weekly anyway. How long after it fired a reminder stays open (shown until answered, snoozed or dismissed) in the window&apos;s list. An overdue check fires again every this many local days. A difference between wall-clock and monotonic time larger than this is a clock jump (or a sleep): the app then catches up at once.</extracomment>
        <translation>Control</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Medicine dose</source>
        <translation>Dosis de medicamento</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <extracomment>What an occurrence is about, worded so it stays true when it is shown late (after the app was closed): ``{date}`` and ``{time}`` are the thing&apos;s own local day and time.</extracomment>
        <translation>Toca el {date}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Atrasado desde el {date}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <source>Due {date} at {time}</source>
        <translation>Toca el {date} a las {time}</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>Dentro de 1 hora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Mañana por la mañana</translation>
    </message>
    <message>
        <source>{title} ({detail})</source>
        <extracomment>The missed list names at most this many reminders, then says how many more.</extracomment>
        <translation>{title} ({detail})</translation>
    </message>
    <message>
        <source>{kind}: {title} — {when}</source>
        <translation>{kind}: {title} — {when}</translation>
    </message>
    <message>
        <source>{child}: {reminder}</source>
        <translation>{child}: {reminder}</translation>
    </message>
    <message>
        <source>While the computer was asleep or its clock changed:</source>
        <translation>Mientras el equipo estaba en reposo o cambió su hora:</translation>
    </message>
    <message>
        <source>While the app was closed:</source>
        <translation>Mientras la aplicación estaba cerrada:</translation>
    </message>
    <message>
        <source>{kind}: {title} — doses due from {first} to {last}, not recorded</source>
        <translation>{kind}: {title} — dosis que tocaban del {first} al {last}, sin anotar</translation>
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
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Reminders could not be read: {reason}.</source>
        <extracomment>What came due while the app was closed (None: the page shows it elsewhere).</extracomment>
        <translation>No se pudieron leer los recordatorios: {reason}.</translation>
    </message>
    <message>
        <source>No reminders waiting.</source>
        <translation>No hay recordatorios pendientes.</translation>
    </message>
    <message>
        <source>Not done: {reason}.</source>
        <translation>No se hizo: {reason}.</translation>
    </message>
    <message>
        <source>Recorded as given now: {what}.</source>
        <translation>Anotada como dada ahora: {what}.</translation>
    </message>
    <message>
        <source>Recorded as skipped ({reason}): {what}.</source>
        <translation>Anotada como omitida ({reason}): {what}.</translation>
    </message>
    <message>
        <source>Not undone ({reason}). Press Undo again in a moment.</source>
        <translation>No se deshizo ({reason}). Vuelva a pulsar Deshacer en un momento.</translation>
    </message>
    <message>
        <source>Taken out of the dose log: {what}.</source>
        <translation>Quitada del registro de dosis: {what}.</translation>
    </message>
    <message>
        <source>Snoozed until {when}: {what}.</source>
        <translation>Pospuesto hasta {when}: {what}.</translation>
    </message>
    <message>
        <source>Dismissed: {what}.</source>
        <translation>Descartado: {what}.</translation>
    </message>
    <message>
        <source>Back in the list: {what}.</source>
        <translation>De nuevo en la lista: {what}.</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Symptoms week by week (chart)</source>
        <translation>Síntomas semana a semana (gráfico)</translation>
    </message>
    <message>
        <source>Symptom table</source>
        <translation>Tabla de síntomas</translation>
    </message>
    <message>
        <source>Dental care and the eruption chart</source>
        <translation>Cuidado dental y esquema de salida de los dientes</translation>
    </message>
    <message>
        <source>Appointments with outcomes</source>
        <translation>Citas con sus resultados</translation>
    </message>
    <message>
        <source>Dose log summary</source>
        <translation>Resumen del registro de dosis</translation>
    </message>
    <message>
        <source>Every diary entry with its notes</source>
        <translation>Todas las anotaciones del diario con sus notas</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <source>{title} - {name}</source>
        <extracomment>The title a PDF viewer shows.</extracomment>
        <translation>{title} - {name}</translation>
    </message>
    <message>
        <source>Visit summary: {specialty}</source>
        <translation>Resumen para la consulta: {specialty}</translation>
    </message>
    <message>
        <source>{name}, born {birth_date}</source>
        <translation>{name}, nació el {birth_date}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Periodo: del {start} al {end}</translation>
    </message>
    <message>
        <source>Reported by the family</source>
        <translation>Datos aportados por la familia</translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation>Hecho el {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>No hay nada anotado en este periodo.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo o hija</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>{birth_date} (age {age})</source>
        <translation>{birth_date} (edad: {age})</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>{start} to {end} ({days} days)</source>
        <translation>Del {start} al {end} ({days} días)</translation>
    </message>
    <message>
        <source>Red-flag episodes in this period</source>
        <translation>Episodios con señales de alarma en este periodo</translation>
    </message>
    <message>
        <source>No red-flag episodes in this period.</source>
        <translation>No hubo episodios con señales de alarma en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Sign noticed</source>
        <translation>Señal observada</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>What the family did</source>
        <translation>Qué hizo la familia</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Current medicines (as prescribed by the care team)</source>
        <translation>Medicamentos actuales (tal como los recetó el equipo médico)</translation>
    </message>
    <message>
        <source>No current medicines recorded.</source>
        <translation>No hay medicamentos actuales anotados.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose as prescribed</source>
        <translation>Dosis recetada</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Doses in this period</source>
        <translation>Dosis en este periodo</translation>
    </message>
    <message>
        <source>{scheduled} scheduled: {on_time} on time, {late} late, {skipped} skipped, {not_recorded} not recorded</source>
        <translation>{scheduled} pautadas: {on_time} a su hora, {late} con retraso, {skipped} omitidas, {not_recorded} sin anotar</translation>
    </message>
    <message>
        <source>{count} given as needed</source>
        <translation>{count} dadas según necesidad</translation>
    </message>
    <message>
        <source>No doses due</source>
        <translation>No tocaba ninguna dosis</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Sin contar</translation>
    </message>
    <message>
        <source>Routine checks</source>
        <translation>Controles periódicos</translation>
    </message>
    <message>
        <source>No routine checks recorded.</source>
        <translation>No hay controles periódicos anotados.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Never recorded</source>
        <translation>Nunca anotado</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>No upcoming appointments recorded.</source>
        <translation>No hay próximas citas anotadas.</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>With, where</source>
        <translation>Con quién, dónde</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The family&apos;s questions for this visit</source>
        <translation>Preguntas de la familia para esta consulta</translation>
    </message>
    <message>
        <source>No questions written down for this visit.</source>
        <translation>No hay preguntas escritas para esta consulta.</translation>
    </message>
    <message>
        <source>How complete the record is</source>
        <translation>Lo completo que está el registro</translation>
    </message>
    <message>
        <source>{logged} of {days} days ({percent}%) have a diary entry or a &quot;nothing unusual&quot; mark.</source>
        <translation>{logged} de {days} días ({percent}%) tienen una anotación en el diario o la marca &quot;sin novedades&quot;.</translation>
    </message>
    <message>
        <source>Days without an entry are unknown, not symptom-free: the counts below may be too low.</source>
        <translation>De los días sin anotaciones no se sabe nada; no quiere decir que no hubiera síntomas: los recuentos de abajo pueden quedarse cortos.</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>El periodo todavía no ha empezado.</translation>
    </message>
    <message>
        <source>Symptoms: days with each symptom</source>
        <translation>Síntomas: días con cada síntoma</translation>
    </message>
    <message>
        <source>No symptoms recorded in this period or in the previous period of equal length.</source>
        <translation>No hay síntomas anotados en este periodo ni en el periodo anterior de la misma duración.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>This period ({start} to {end})</source>
        <translation>Este periodo (del {start} al {end})</translation>
    </message>
    <message>
        <source>Previous period ({start} to {end})</source>
        <translation>Periodo anterior (del {start} al {end})</translation>
    </message>
    <message>
        <source>Change (days)</source>
        <translation>Cambio (días)</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} más</translation>
    </message>
    <message>
        <source>{count} fewer</source>
        <translation>{count} menos</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Symptoms week by week</source>
        <translation>Síntomas semana a semana</translation>
    </message>
    <message>
        <source>Each bar is one week, from {start}; its height is the number of days (0 to 7) with the symptom, written above it. The days in the whole period are at the end of each row.</source>
        <translation>Cada barra es una semana, a partir del {start}; su altura es el número de días (de 0 a 7) con el síntoma, escrito encima. Los días de todo el periodo están al final de cada fila.</translation>
    </message>
    <message>
        <source>Each bar is one week, from {start}; its height is the number of days (0 to 7) with the symptom. The number of days in the period is at the end of each row.</source>
        <translation>Cada barra es una semana, a partir del {start}; su altura es el número de días (de 0 a 7) con el síntoma. El número de días del periodo está al final de cada fila.</translation>
    </message>
    <message>
        <source>No symptoms recorded in this period.</source>
        <translation>No hay síntomas anotados en este periodo.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Dental care</source>
        <translation>Cuidado dental</translation>
    </message>
    <message>
        <source>Teeth brushed on {brushing} of {days} days; fluoride toothpaste on {fluoride} of {days} days.</source>
        <translation>Dientes cepillados {brushing} de {days} días; pasta de dientes con flúor {fluoride} de {days} días.</translation>
    </message>
    <message>
        <source>No dental records.</source>
        <translation>No hay registros dentales.</translation>
    </message>
    <message>
        <source>Dental visits, problems and procedures</source>
        <translation>Visitas al dentista, problemas y tratamientos</translation>
    </message>
    <message>
        <source>No dental visits, problems or procedures in this period.</source>
        <translation>No hubo visitas al dentista, problemas ni tratamientos en este periodo.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Tooth</source>
        <translation>Diente</translation>
    </message>
    <message>
        <source>Antibiotic cover</source>
        <translation>Cobertura antibiótica</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Eruption chart (primary teeth)</source>
        <translation>Esquema de salida de los dientes (dientes de leche)</translation>
    </message>
    <message>
        <source>No eruption chart.</source>
        <translation>No hay esquema de salida de los dientes.</translation>
    </message>
    <message>
        <source>Usual age</source>
        <translation>Edad habitual</translation>
    </message>
    <message>
        <source>{start} to {end} months</source>
        <translation>De {start} a {end} meses</translation>
    </message>
    <message>
        <source>Came through</source>
        <translation>Salió</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Later than the usual range: {count} teeth ({teeth}).</source>
        <translation>Más tarde de la edad habitual: {count} dientes ({teeth}).</translation>
    </message>
    <message>
        <source>Appointments in this period, with outcomes</source>
        <translation>Citas de este periodo, con sus resultados</translation>
    </message>
    <message>
        <source>No appointments in this period.</source>
        <translation>No hubo citas en este periodo.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No doses logged or due in this period.</source>
        <translation>En este periodo no se anotó ni tocaba ninguna dosis.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A su hora</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Doses with a reason or a note</source>
        <translation>Dosis con un motivo o una nota</translation>
    </message>
    <message>
        <source>Reason, notes</source>
        <translation>Motivo, notas</translation>
    </message>
    <message>
        <source>Every diary entry</source>
        <translation>Todas las anotaciones del diario</translation>
    </message>
    <message>
        <source>No diary entries in this period.</source>
        <translation>No hay anotaciones en el diario en este periodo.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>EMERGENCY INFORMATION</source>
        <translation>INFORMACIÓN PARA URGENCIAS</translation>
    </message>
    <message>
        <source>For emergency staff: a rare bone disease. Please read before treating.</source>
        <translation>Para el personal de urgencias: una enfermedad rara de los huesos. Léalo antes de tratar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key cautions</source>
        <translation>Precauciones importantes</translation>
    </message>
    <message>
        <source>No cautions recorded.</source>
        <translation>No hay precauciones anotadas.</translation>
    </message>
    <message>
        <source>Medicines and allergies</source>
        <translation>Medicamentos y alergias</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguna anotada</translation>
    </message>
    <message>
        <source>Usual (baseline) status</source>
        <translation>Estado habitual (basal)</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audición</translation>
    </message>
    <message>
        <source>Neurological</source>
        <translation>Neurológico</translation>
    </message>
    <message>
        <source>Past procedures and immunizations</source>
        <translation>Intervenciones anteriores y vacunas</translation>
    </message>
    <message>
        <source>Past procedures</source>
        <translation>Intervenciones anteriores</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Vacunas</translation>
    </message>
    <message>
        <source>Procedures to avoid</source>
        <translation>Intervenciones que hay que evitar</translation>
    </message>
    <message>
        <source>Notes for emergency staff</source>
        <translation>Notas para el personal de urgencias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>No hay contactos anotados.</translation>
    </message>
    <message>
        <source>Last reviewed: {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <source>Last reviewed: never. Check with the family.</source>
        <translation>Última revisión: nunca. Confírmelo con la familia.</translation>
    </message>
    <message>
        <source>[shortened to fit one page; the full text is in the family&apos;s diary]</source>
        <translation>[acortado para que quepa en una página; el texto completo está en el diario de la familia]</translation>
    </message>
    <message>
        <source>1 year</source>
        <extracomment>The family&apos;s paper for reports, once chosen (&quot;a4&quot; or &quot;letter&quot;); else the locale&apos;s. At most this many upcoming appointments on page one (the next ones, earliest first).</extracomment>
        <translation>1 año</translation>
    </message>
    <message>
        <source>{count} years</source>
        <translation>{count} años</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} meses</translation>
    </message>
    <message>
        <source>{years}, {months}</source>
        <translation>{years} y {months}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>{times}, every day</source>
        <translation>{times}, todos los días</translation>
    </message>
    <message>
        <source>{times}, every {count} days</source>
        <translation>{times}, cada {count} días</translation>
    </message>
    <message>
        <source>{times} on {days}</source>
        <translation>{times}, los {days}</translation>
    </message>
    <message>
        <source>{status}; booked for {date}</source>
        <translation>{status}; con cita el {date}</translation>
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
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the moment to go back to. What is in the diary now is saved as a backup first, so you can undo this.</source>
        <translation>Elija el momento al que quiere volver. Antes, lo que hay ahora en el diario se guarda como copia de seguridad, para que pueda deshacerlo.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What made it</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>There is no backup yet. The first one is made a few seconds after the app opens, and then every day.</source>
        <translation>Todavía no hay ninguna copia de seguridad. La primera se hace unos segundos después de abrir la aplicación, y luego una cada día.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia…</translation>
    </message>
    <message>
        <source>Restore a backup file from another place, such as a USB stick</source>
        <translation>Restaurar un archivo de copia de seguridad de otro lugar, como una memoria USB</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Deshacer la restauración</translation>
    </message>
    <message>
        <source>This backup is damaged or is not a diary; it cannot be restored.</source>
        <translation>Esta copia de seguridad está dañada o no es un diario; no se puede restaurar.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Diary backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad del diario (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{path} cannot be restored: it is damaged, is not a backup of this diary, or was made by a newer version of the app. Nothing was changed.</source>
        <translation>No se puede restaurar {path}: está dañado, no es una copia de seguridad de este diario o lo hizo una versión más nueva de la aplicación. No se cambió nada.</translation>
    </message>
    <message>
        <source>Put back the diary as it was on {date} ({entries})? What is in the diary now is saved first, so you can undo this.</source>
        <translation>¿Volver a dejar el diario como estaba el {date} ({entries})? Antes se guarda lo que hay ahora en el diario, para que pueda deshacerlo.</translation>
    </message>
    <message>
        <source>Done: the diary is back as it was on {date}.
What was in it just before is saved as the backup “Before a restore” of {time} in this list (the file {path}). To go back, press Undo, or restore that backup later.</source>
        <translation>Hecho: el diario vuelve a estar como estaba el {date}.
Lo que tenía justo antes se ha guardado como la copia de seguridad “Antes de restaurar” del {time} en esta lista (el archivo {path}). Para volver atrás, pulse Deshacer o restaure esa copia de seguridad más adelante.</translation>
    </message>
    <message>
        <source>Undone: the diary is as it was before you restored the backup from {date}.</source>
        <translation>Deshecho: el diario está como antes de restaurar la copia de seguridad del {date}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>A line above the form saying what the dialog is about (hidden when empty). Room below the form for what a dialog shows besides its fields.</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>This was deleted meanwhile (in another window?), so it cannot be saved.</source>
        <translation>Esto se borró mientras tanto (¿en otra ventana?), así que no se puede guardar.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try Save again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a pulsar Guardar en un momento.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Mon</source>
        <extracomment>Longest daylight-saving gap searched for the first valid minute (real gaps are 30-60 min; a few historical zones skipped whole days, which this bounds safely).</extracomment>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>At set times on chosen days</source>
        <translation>Horas fijas, días elegidos</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>Cada cierto número de días</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Maria (mum)</source>
        <extracomment>A readable width on a wide screen; the fields do not need the whole window. Language names are written in their own language, so anyone can find theirs.</extracomment>
        <translation>p. ej., María (mamá)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time you open the app.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>Shown with every red-flag alert. 112 in Europe and many other countries, 911 in North America, 999 in the United Kingdom, 000 in Australia; type yours if it is another.</source>
        <translation>Aparece en cada alerta de señal de alarma. 112 en Europa y muchos otros países, 911 en América del Norte, 999 en el Reino Unido, 000 en Australia; escriba el suyo si es otro.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s location</source>
        <translation>Copiar la ubicación de la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Who is logging</source>
        <translation>&amp;Quién anota</translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation>Quién anota</translation>
    </message>
    <message>
        <source>Family &amp;time zone</source>
        <translation>&amp;Zona horaria de la familia</translation>
    </message>
    <message>
        <source>Family time zone</source>
        <translation>Zona horaria de la familia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Emergency number</source>
        <translation>Número de &amp;emergencias</translation>
    </message>
    <message>
        <source>Local emergency phone number</source>
        <translation>Teléfono de emergencias de su zona</translation>
    </message>
    <message>
        <source>Your data is in</source>
        <translation>Sus datos están en</translation>
    </message>
    <message>
        <source>Data folder location</source>
        <translation>Ubicación de la carpeta de datos</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer. Nothing is sent anywhere. Keep a copy of the folder somewhere safe.</source>
        <translation>Todo lo que escribe se queda en esta carpeta, en este equipo. No se envía nada a ninguna parte. Guarde una copia de la carpeta en un lugar seguro.</translation>
    </message>
    <message>
        <source>Where the backups are</source>
        <extracomment>The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation>Dónde están las copias de seguridad</translation>
    </message>
    <message>
        <source>No folder chosen: backups stay on this computer</source>
        <translation>Ninguna: solo se guardan en este equipo</translation>
    </message>
    <message>
        <source>Folder where backups are also copied</source>
        <translation>Carpeta donde también se guardan las copias de seguridad</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder, such as a USB stick, to copy backups to</source>
        <translation>Elegir una carpeta, como una memoria USB, donde guardar también las copias de seguridad</translation>
    </message>
    <message>
        <source>Stop copying there</source>
        <translation>Dejar de copiar allí</translation>
    </message>
    <message>
        <source>Stop copying backups to that folder</source>
        <translation>Dejar de guardar copias de seguridad en esa carpeta</translation>
    </message>
    <message>
        <source>Backups are in</source>
        <translation>Copias de seguridad en</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Also copy them to</source>
        <translation>Copiarlas también en</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>Make a backup of the diary now</source>
        <translation>Hacer ahora una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put the diary back as it was when a backup was made</source>
        <translation>Volver a dejar el diario como estaba cuando se hizo una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup of the diary is made every day while the app is open. The backups of the last {days} days, and one for each of the last {months} months, are kept. Backups you make yourself are never deleted.</source>
        <translation>Cada día, mientras la aplicación está abierta, se hace una copia de seguridad del diario. Se guardan las copias de los últimos {days} días y una de cada uno de los últimos {months} meses. Las copias de seguridad que haga usted nunca se borran.</translation>
    </message>
    <message>
        <source>The folder&apos;s location is copied.</source>
        <translation>Se copió la ubicación de la carpeta.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your changes are still here; try again.</source>
        <translation>No se guardó: {reason}. Sus cambios siguen aquí; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>{folder} cannot be reached right now (is the USB stick or disk plugged in?). Backups are still made on this computer.</source>
        <translation>Ahora mismo no se puede acceder a {folder} (¿está conectada la memoria USB o el disco?). Las copias de seguridad se siguen haciendo en este equipo.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Todavía no hay ninguna</translation>
    </message>
    <message>
        <source>{when} ({entries})</source>
        <translation>{when} ({entries})</translation>
    </message>
    <message>
        <source>Choose where to copy the backups, such as a USB stick</source>
        <translation>Elegir dónde guardar también las copias de seguridad, como una memoria USB</translation>
    </message>
    <message>
        <source>From now on, every backup is also copied to {folder}. Press “Back up now” to put one there today.</source>
        <translation>A partir de ahora, cada copia de seguridad se guarda también en {folder}. Pulse “Hacer copia de seguridad” para dejar una allí hoy.</translation>
    </message>
    <message>
        <source>Backups are no longer copied to {folder}. The backups already there are kept.</source>
        <translation>Las copias de seguridad ya no se guardan en {folder}. Las que ya están allí se conservan.</translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Vision change</source>
        <translation>Cambios en la vista</translation>
    </message>
    <message>
        <source>Not fixing on faces or following objects, bumping into things, a new squint, or any other change in how your child sees.</source>
        <translation>No fija la mirada en las caras ni sigue los objetos, se choca con las cosas, tiene un ojo desviado que antes no tenía, o cualquier otro cambio en cómo ve.</translation>
    </message>
    <message>
        <source>Wobbly eye movements</source>
        <translation>Ojos que tiemblan</translation>
    </message>
    <message>
        <source>New wobbly, jerky or roving eye movements (nystagmus).</source>
        <translation>Movimientos temblorosos de los ojos que antes no tenía: a sacudidas o de un lado a otro (nistagmo).</translation>
    </message>
    <message>
        <source>Other eye problem</source>
        <translation>Otro problema de ojos</translation>
    </message>
    <message>
        <source>Bulging, red, sticky or sore eyes, or anything else about the eyes that worries you.</source>
        <translation>Ojos saltones, rojos, pegados o con secreción, o que le duelen, o cualquier otra cosa de los ojos que le preocupe.</translation>
    </message>
    <message>
        <source>Hearing change</source>
        <translation>Oye peor</translation>
    </message>
    <message>
        <source>Not reacting to sounds or voices as before, or turning the TV up louder.</source>
        <translation>No reacciona a los sonidos o a las voces como antes, o sube más el volumen de la tele.</translation>
    </message>
    <message>
        <source>Ear pain or discharge</source>
        <translation>Dolor de oído o supura</translation>
    </message>
    <message>
        <source>Pulling at the ear, ear pain, or fluid coming from the ear.</source>
        <translation>Se tira de la oreja, le duele el oído o le sale líquido del oído.</translation>
    </message>
    <message>
        <source>Face drooping or weak</source>
        <translation>Cara caída o débil</translation>
    </message>
    <message>
        <source>One side of the face droops, or the eye or mouth will not close fully.</source>
        <translation>Un lado de la cara está caído, o no puede cerrar del todo el ojo o la boca.</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Head pain; in a baby, crying when the head is touched or moved.</source>
        <translation>Dolor de cabeza; en un bebé, llanto al tocarle o moverle la cabeza.</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <source>Being sick (bringing food back up), not just a small spit-up.</source>
        <translation>Vomitar (devolver la comida), no solo echar un poquito de leche.</translation>
    </message>
    <message>
        <source>Unusually sleepy</source>
        <translation>Muy somnoliento/a</translation>
    </message>
    <message>
        <source>Much sleepier than usual, floppy, or hard to wake.</source>
        <translation>Somnoliento/a o difícil de despertar: duerme mucho más de lo habitual o tiene el cuerpo flojo.</translation>
    </message>
    <message>
        <source>Irritable or unsettled</source>
        <translation>Irritable o inquieto/a</translation>
    </message>
    <message>
        <source>Crying or fussing much more than usual, hard to settle.</source>
        <translation>Llora o se queja mucho más de lo habitual y es difícil que se calme.</translation>
    </message>
    <message>
        <source>Seizure (fit)</source>
        <translation>Convulsión (ataque)</translation>
    </message>
    <message>
        <source>Stiffening, jerking, staring spells or going blue; low calcium can cause fits.</source>
        <translation>Rigidez, sacudidas, ratos con la mirada perdida o color azulado; el calcio bajo puede causar convulsiones.</translation>
    </message>
    <message>
        <source>Twitching, cramps or tingling</source>
        <translation>Calambres u hormigueo</translation>
    </message>
    <message>
        <source>Muscle twitching, cramps, or tingling around the mouth, hands or feet.</source>
        <translation>Sacudidas de los músculos (espasmos), calambres u hormigueo alrededor de la boca, en las manos o en los pies.</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <source>A temperature of 38 °C (100.4 °F) or higher, or feeling hot and unwell.</source>
        <translation>Temperatura de 38 °C (100,4 °F) o más, o está caliente al tacto y se le ve mal.</translation>
    </message>
    <message>
        <source>Breathing difficulty</source>
        <translation>Le cuesta respirar</translation>
    </message>
    <message>
        <source>Fast, noisy or hard breathing, or pauses in breathing.</source>
        <translation>Respira rápido, con ruido o con esfuerzo, o hace pausas al respirar.</translation>
    </message>
    <message>
        <source>Blocked or runny nose</source>
        <translation>Nariz tapada o mocos</translation>
    </message>
    <message>
        <source>A stuffy, blocked or runny nose; narrow nasal passages are common in this condition.</source>
        <translation>Nariz congestionada, tapada o con mocos; en esta enfermedad es frecuente que los conductos de la nariz sean estrechos.</translation>
    </message>
    <message>
        <source>Signs of infection</source>
        <translation>Señales de infección</translation>
    </message>
    <message>
        <source>A cough, a wound that is red, hot or has pus, or other signs of infection.</source>
        <translation>Tos, una herida roja, caliente o con pus, u otras señales de infección.</translation>
    </message>
    <message>
        <source>Pale or tired</source>
        <translation>Pálido/a o cansado/a</translation>
    </message>
    <message>
        <source>Paler skin or lips than usual, or tiring easily.</source>
        <translation>Piel o labios más pálidos de lo habitual, o se cansa con facilidad.</translation>
    </message>
    <message>
        <source>Bruising or bleeding</source>
        <translation>Moretones o sangrado</translation>
    </message>
    <message>
        <source>Bruises without a knock, nosebleeds, bleeding gums, or tiny red spots on the skin.</source>
        <translation>Moretones sin haberse dado un golpe, sangrado de nariz, encías que sangran o puntitos rojos en la piel.</translation>
    </message>
    <message>
        <source>Bone pain</source>
        <translation>Dolor de huesos</translation>
    </message>
    <message>
        <source>Pain in a bone or limb, or crying when a limb is moved.</source>
        <translation>Dolor en un hueso, un brazo o una pierna, o llora cuando se le mueve un brazo o una pierna.</translation>
    </message>
    <message>
        <source>Possible broken bone</source>
        <translation>Posible hueso roto</translation>
    </message>
    <message>
        <source>Pain, swelling or an odd shape after a knock or fall, or not using an arm or leg.</source>
        <translation>Dolor, hinchazón o una forma rara después de un golpe o una caída, o no usa un brazo o una pierna.</translation>
    </message>
    <message>
        <source>Limping or moving less</source>
        <translation>Cojea o se mueve menos</translation>
    </message>
    <message>
        <source>Limping, not using a limb, or slower to sit, crawl or walk than expected.</source>
        <translation>Cojea, no usa un brazo o una pierna, o tarda más de lo esperado en sentarse, gatear o caminar.</translation>
    </message>
    <message>
        <source>Jaw pain or swelling</source>
        <translation>Dolor de mandíbula</translation>
    </message>
    <message>
        <source>Pain, swelling or redness of the jaw or face, or pus from the gums.</source>
        <translation>Dolor, hinchazón o enrojecimiento en la mandíbula o la cara, o pus en las encías.</translation>
    </message>
    <message>
        <source>Tooth or gum problem</source>
        <translation>Dientes o encías</translation>
    </message>
    <message>
        <source>Toothache, a broken or loose tooth, or sore, swollen gums.</source>
        <translation>Dolor de muelas, un diente roto o flojo, o encías que duelen o están hinchadas.</translation>
    </message>
    <message>
        <source>Poor feeding</source>
        <translation>Come o bebe poco</translation>
    </message>
    <message>
        <source>Eating or drinking much less than usual, or struggling to feed.</source>
        <translation>Come o bebe mucho menos de lo habitual, o le cuesta alimentarse.</translation>
    </message>
    <message>
        <source>Swollen belly</source>
        <translation>Barriga hinchada</translation>
    </message>
    <message>
        <source>A swollen, firm or tight belly (the liver and spleen can grow).</source>
        <translation>Barriga hinchada, dura o tensa (el hígado y el bazo pueden agrandarse).</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Anything else you noticed; describe it in the notes.</source>
        <translation>Cualquier otra cosa que haya notado; descríbala en las notas.</translation>
    </message>
</context>
<context>
    <name>SyncFolders</name>
    <message>
        <source>a cloud storage folder</source>
        <translation>una carpeta de almacenamiento en la nube</translation>
    </message>
    <message>
        <source>a cloud drive</source>
        <translation>una unidad en la nube</translation>
    </message>
    <message>
        <source>a network share</source>
        <translation>una carpeta compartida en red</translation>
    </message>
    <message>
        <source>a folder shared from another system (such as a virtual machine&apos;s host)</source>
        <translation>una carpeta compartida desde otro sistema (como el equipo anfitrión de una máquina virtual)</translation>
    </message>
</context>
<context>
    <name>SyncWarningDialog</name>
    <message>
        <source>Where your diary is kept</source>
        <translation>Dónde se guarda su diario</translation>
    </message>
    <message>
        <source>Your diary is kept in {service}</source>
        <translation>Su diario se guarda en {service}</translation>
    </message>
    <message>
        <source>The diary&apos;s folder: {folder}</source>
        <translation>Carpeta del diario: {folder}</translation>
    </message>
    <message>
        <source>Sync services and shared folders can damage the diary file when two computers, or the sync service itself, change it at the same time. Entries can then go missing, or the diary may not open at all.</source>
        <translation>Los servicios de sincronización y las carpetas compartidas pueden dañar el archivo del diario cuando dos equipos, o el propio servicio de sincronización, lo cambian a la vez. Entonces pueden perderse anotaciones, o puede que el diario ni siquiera se abra.</translation>
    </message>
    <message>
        <source>It is safest to keep the diary on this computer only, in {folder}. The app copies it there, checks the copy, and keeps the old file under another name. Then it opens again.</source>
        <translation>Lo más seguro es guardar el diario solo en este equipo, en {folder}. La aplicación lo copia allí, comprueba la copia y conserva el archivo antiguo con otro nombre. Después se vuelve a abrir.</translation>
    </message>
    <message>
        <source>This computer&apos;s own data folder is in {service} too, so the app cannot move the diary by itself. Someone who helps you with the computer can start the app with --data-dir and a folder on this computer&apos;s own disk.</source>
        <translation>La carpeta de datos propia de este equipo también está en {service}, así que la aplicación no puede trasladar el diario por sí sola. Alguien que le ayude con el equipo puede abrir la aplicación con --data-dir y una carpeta del disco de este mismo equipo.</translation>
    </message>
    <message>
        <source>If you keep it where it is, this message is not shown again.</source>
        <translation>Si lo deja donde está, este mensaje no volverá a aparecer.</translation>
    </message>
    <message>
        <source>Keep it here</source>
        <translation>Dejarlo aquí</translation>
    </message>
    <message>
        <source>Keep the diary where it is</source>
        <translation>Dejar el diario donde está</translation>
    </message>
    <message>
        <source>Move my data to this computer only</source>
        <translation>Guardar mis datos solo en este equipo</translation>
    </message>
    <message>
        <source>Move the diary to this computer only</source>
        <translation>Trasladar el diario para tenerlo solo en este equipo</translation>
    </message>
</context>
<context>
    <name>TeethPage</name>
    <message>
        <source>Add your child on the Family page to keep their teeth here.</source>
        <extracomment>How many days the home-care row shows (today and the six before). The history shows this many of the newest records until &quot;Show all&quot; is pressed. The dialog open over the page, if any (tests drive it).</extracomment>
        <translation>Añada a su hijo o hija en la página Familia para llevar aquí el control de sus dientes.</translation>
    </message>
    <message>
        <source>Teeth</source>
        <translation>Dientes</translation>
    </message>
    <message>
        <source>Today&apos;s tooth care</source>
        <translation>Cuidado de los dientes de hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>{care} today</source>
        <translation>{care} hoy</translation>
    </message>
    <message>
        <source>Saved as soon as you tick it</source>
        <translation>Se guarda en cuanto lo marca</translation>
    </message>
    <message>
        <source>Dental visits</source>
        <translation>Visitas al dentista</translation>
    </message>
    <message>
        <source>Dental &amp;history</source>
        <translation>Historial &amp;dental</translation>
    </message>
    <message>
        <source>&amp;Add a dental record…</source>
        <translation>&amp;Añadir un registro dental…</translation>
    </message>
    <message>
        <source>Add a dental record</source>
        <translation>Añadir un registro dental</translation>
    </message>
    <message>
        <source>Care, a visit, a problem, a procedure or an extraction (Ctrl+N)</source>
        <translation>Un cuidado, una visita, un problema, un tratamiento o una extracción (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dental history</source>
        <translation>Historial dental</translation>
    </message>
    <message>
        <source>Newest first. Enter edits, Delete deletes, Ctrl+Z undoes a delete.</source>
        <translation>Lo más reciente primero. Intro edita, Supr borra, Ctrl+Z deshace el borrado.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Tooth</source>
        <translation>Diente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add fluoride varnish, check-ups, problems such as a swollen gum, and any treatment, so the dental team sees the whole story.</source>
        <translation>Todavía no hay nada anotado. Añada el barniz de flúor, las revisiones, los problemas (como una encía hinchada) y cualquier tratamiento, para que el equipo del dentista vea toda la historia.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the chosen dental record</source>
        <translation>Editar el registro dental elegido</translation>
    </message>
    <message>
        <source>Edit the chosen record (Enter or double-click)</source>
        <translation>Editar el registro elegido (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the chosen dental record</source>
        <translation>Borrar el registro dental elegido</translation>
    </message>
    <message>
        <source>Delete the chosen record (Delete key); Undo brings it back</source>
        <translation>Borrar el registro elegido (tecla Supr); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>&amp;Mostrar todo</translation>
    </message>
    <message>
        <source>Show every dental record</source>
        <translation>Mostrar todos los registros dentales</translation>
    </message>
    <message>
        <source>{name}&apos;s teeth</source>
        <translation>Dientes de {name}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{count} of 7 days</source>
        <translation>{count} de 7 días</translation>
    </message>
    <message>
        <source>{care}: {count} (the last 7 days, today included)</source>
        <translation>{care}: {count} (los últimos 7 días, hoy incluido)</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try again in a moment.</source>
        <translation>No se guardó: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Saved: “{care}” ticked for today.</source>
        <translation>Guardado: “{care}” marcado hoy.</translation>
    </message>
    <message>
        <source>Saved: “{care}” no longer ticked for today.</source>
        <translation>Guardado: “{care}” ya no está marcado hoy.</translation>
    </message>
    <message>
        <source>Next dental visit: {visit}</source>
        <translation>Próxima visita al dentista: {visit}</translation>
    </message>
    <message>
        <source>Next dental visit: none planned. Add one on the Appointments page.</source>
        <translation>Próxima visita al dentista: ninguna prevista. Añada una en la página Citas.</translation>
    </message>
    <message>
        <source>Last dental visit: none recorded.</source>
        <translation>Última visita al dentista: ninguna anotada.</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n months ago</source>
        <translation>
            <numerusform>hace %n mes, más o menos</numerusform>
            <numerusform>hace unos %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} ({ago})</source>
        <translation>{date} ({ago})</translation>
    </message>
    <message>
        <source>Last dental visit: {date}</source>
        <translation>Última visita al dentista: {date}</translation>
    </message>
    <message>
        <source>{group}: {kind}</source>
        <translation>{group}: {kind}</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} records.</source>
        <translation>Se muestran los {shown} registros más recientes de {total}.</translation>
    </message>
    <message>
        <source>Appointment with {who}</source>
        <translation>Cita con {who}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Saved: {record}.</source>
        <translation>Guardado: {record}.</translation>
    </message>
    <message>
        <source>Saved: {tooth} came through on {date}.</source>
        <translation>Guardado: {tooth} salió el {date}.</translation>
    </message>
    <message>
        <source>Cleared the day of {tooth}: not through yet.</source>
        <translation>Se borró el día de {tooth}: todavía no ha salido.</translation>
    </message>
    <message>
        <source>Not deleted: {reason}. Try again in a moment.</source>
        <translation>No se borró: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Deleted: {record}.</source>
        <translation>Borrado: {record}.</translation>
    </message>
    <message>
        <source>Not restored: {reason}. Try Undo again in a moment.</source>
        <translation>No se recuperó: {reason}. Vuelva a pulsar Deshacer en un momento.</translation>
    </message>
    <message>
        <source>Restored: {record}.</source>
        <translation>Recuperado: {record}.</translation>
    </message>
    <message>
        <source>Restored: {tooth} came through on {date}.</source>
        <translation>Recuperado: {tooth} salió el {date}.</translation>
    </message>
    <message>
        <source>Not restored: {tooth} has been given another day since. Its day is kept.</source>
        <translation>No se recuperó: desde entonces se ha anotado otro día para {tooth}. Se conserva ese día.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Where the one shared draft of older versions was kept (read once, moved to its child). A restored draft typed longer ago than this, with &quot;Now&quot; ticked, gets the time it was typed. How often the next appointment&apos;s words (&quot;Tomorrow&quot;, &quot;Today&quot;) are brought up to date. The child whose draft this is (&quot;&quot; in drafts of older versions). When it was last typed in, UTC ISO 8601 (&quot;&quot; when not known). The window&apos;s reminder ticker (its list of what was missed shows here). The dialog currently open over the page, if any (tests drive it). The child whose draft the form holds (None until a child is first set). The newest draft of each child seen this session, as JSON text (the form&apos;s own child: as of the last flush). A draft the diary could not store waits here. The draft text known to be stored for each child (absent: not known). When what the form holds was last typed in (UTC ISO 8601, &quot;&quot; when not known). Today&apos;s doses, built just after the page&apos;s first paint (see _start_care_panels). The open reminders and the checks, built with the doses. What came due while the app was closed, across the top once after a start.</extracomment>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Add your child to start the diary. It only needs a name and a birth date.</source>
        <translation>Añada a su hijo o hija para empezar el diario. Solo hace falta el nombre y la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Add your child</source>
        <translation>Añadir a su hijo o hija</translation>
    </message>
    <message>
        <source>Doses
today</source>
        <translation>Dosis
de hoy</translation>
    </message>
    <message>
        <source>Type to find a symptom, e.g. fever</source>
        <translation>Escriba para buscar un síntoma, p. ej., fiebre</translation>
    </message>
    <message>
        <source>Find a symptom</source>
        <translation>Buscar un síntoma</translation>
    </message>
    <message>
        <source>What did you &amp;notice?</source>
        <translation>¿Qué ha &amp;notado?</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>{severity} ({key})</source>
        <translation>{severity} ({key})</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>How bad?</source>
        <translation>¿Con qué intensidad?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>¿Cuándo?</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time not &amp;known</source>
        <translation>&amp;Sin hora</translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else? What happened, what helped (optional)</source>
        <translation>¿Algo más? Qué pasó, qué ayudó (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Guardar esta anotación</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>Guardar (Ctrl+Intro o Ctrl+S)</translation>
    </message>
    <message>
        <source>Keys: Ctrl+F find, Enter pick, Alt+1/2/3 how bad, Ctrl+Enter save</source>
        <translation>Teclas: Ctrl+F buscar, Intro elegir, Alt+1/2/3 intensidad, Ctrl+Intro guardar</translation>
    </message>
    <message>
        <source>Logged today</source>
        <translation>Anotado hoy</translation>
    </message>
    <message>
        <source>Nothing unusual today</source>
        <translation>Hoy, sin novedades</translation>
    </message>
    <message>
        <source>Mark today as nothing unusual</source>
        <translation>Marcar hoy como un día sin novedades</translation>
    </message>
    <message>
        <source>A quiet day is worth noting too: the doctors see the day was checked.</source>
        <translation>También vale la pena anotar un día tranquilo: así los médicos ven que ese día se revisó.</translation>
    </message>
    <message>
        <source>Today already has entries, so it cannot be marked as nothing unusual.</source>
        <translation>Hoy ya hay anotaciones, así que no se puede marcar como día sin novedades.</translation>
    </message>
    <message>
        <source>⚠ Overdue: {checks}</source>
        <translation>⚠ Atrasados: {checks}</translation>
    </message>
    <message>
        <source>No appointment planned.</source>
        <translation>No hay ninguna cita prevista.</translation>
    </message>
    <message>
        <source>Next appointment: {when}
{what}</source>
        <translation>Próxima cita: {when}
{what}</translation>
    </message>
    <message>
        <source>How is {name} today?</source>
        <translation>¿Cómo está {name} hoy?</translation>
    </message>
    <message>
        <source>✓ Nothing unusual today</source>
        <translation>✓ Hoy, sin novedades</translation>
    </message>
    <message>
        <source>Nothing logged yet today.</source>
        <translation>Todavía no hay nada anotado hoy.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin hora</translation>
    </message>
    <message>
        <source>{time}   {symptom}, {severity}</source>
        <translation>{time}   {symptom}, {severity}</translation>
    </message>
    <message>
        <source>Nothing matches &quot;{text}&quot;. Pick &quot;{other}&quot; and say more in the notes.</source>
        <translation>Nada coincide con &quot;{text}&quot;. Elija &quot;{other}&quot; y cuéntelo en las notas.</translation>
    </message>
    <message>
        <source>Press Enter to pick &quot;{first}&quot;.</source>
        <translation>Pulse Intro para elegir &quot;{first}&quot;.</translation>
    </message>
    <message>
        <source>Saved: {entry}</source>
        <translation>Guardado: {entry}</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your entry is still here; try Save again in a moment.</source>
        <translation>No se guardó: {reason}. Su anotación sigue aquí; vuelva a pulsar Guardar en un momento.</translation>
    </message>
    <message>
        <source>today, time not known</source>
        <translation>hoy, sin hora</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{day}, time not known</source>
        <translation>{day}, sin hora</translation>
    </message>
    <message>
        <source>{symptom}, {severity}, {when}</source>
        <translation>{symptom}, {severity}, {when}</translation>
    </message>
    <message>
        <source>Not undone: {reason}. Try Undo again in a moment.</source>
        <translation>No se deshizo: {reason}. Vuelva a pulsar Deshacer en un momento.</translation>
    </message>
    <message>
        <source>Removed: {entry}. It is back in the form if you want to fix it.</source>
        <translation>Se quitó: {entry}. Ha vuelto al formulario por si quiere corregirla.</translation>
    </message>
    <message>
        <source>Removed: {entry}.</source>
        <translation>Se quitó: {entry}.</translation>
    </message>
    <message>
        <source>Not marked: {reason}. Try again in a moment.</source>
        <translation>No se marcó: {reason}. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Today was already marked as nothing unusual for {name}.</source>
        <translation>Hoy ya estaba marcado como día sin novedades para {name}.</translation>
    </message>
    <message>
        <source>Marked: nothing unusual today for {name}.</source>
        <translation>Marcado: hoy sin novedades para {name}.</translation>
    </message>
    <message>
        <source>Today is no longer marked as nothing unusual for {name}.</source>
        <translation>Hoy ya no está marcado como día sin novedades para {name}.</translation>
    </message>
    <message>
        <source>Restored what you were typing at {time} today.</source>
        <translation>Se recuperó lo que estaba escribiendo hoy a las {time}.</translation>
    </message>
    <message>
        <source>Restored what you were typing at {time} yesterday.</source>
        <translation>Se recuperó lo que estaba escribiendo ayer a las {time}.</translation>
    </message>
    <message>
        <source>Restored what you were typing on {day} at {time}.</source>
        <translation>Se recuperó lo que estaba escribiendo el {day} a las {time}.</translation>
    </message>
    <message>
        <source>Its date and time are set to then; change them if needed.</source>
        <translation>Su fecha y hora son las de ese momento; cámbielas si hace falta.</translation>
    </message>
</context>
<context>
    <name>ToothChart</name>
    <message>
        <source>Baby teeth</source>
        <extracomment>As the teeth sit in the mouth, seen from the front (the child&apos;s right on the left). The grid column of the gap between the two halves of each jaw (the midline). A tooth was chosen (its FDI number): record, correct or clear its day.</extracomment>
        <translation>Dientes de leche</translation>
    </message>
    <message>
        <source>Child&apos;s right</source>
        <extracomment>&quot;16 of 20 baby teeth have come through. 2 ... past the usual age range.&quot;</extracomment>
        <translation>Derecha del niño/a</translation>
    </message>
    <message>
        <source>Child&apos;s left</source>
        <translation>Izquierda del niño/a</translation>
    </message>
    <message>
        <source>Upper jaw</source>
        <translation>Dientes de arriba</translation>
    </message>
    <message>
        <source>Lower jaw</source>
        <translation>Dientes de abajo</translation>
    </message>
    <message>
        <source>&quot;late&quot;: past the usual age range for that tooth (point at a tooth to see it). Worth showing the dentist, not a diagnosis: in osteopetrosis teeth often come late. Click a tooth, or press Enter on it, to record the day it came through.</source>
        <translation>&quot;tarde&quot;: ya ha pasado la edad habitual para ese diente (ponga el puntero sobre un diente para verla). Conviene enseñárselo al dentista, pero no es un diagnóstico: en la osteopetrosis los dientes suelen salir tarde. Haga clic en un diente, o pulse Intro sobre él, para anotar el día en que salió.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 20 baby teeth have come through.</source>
        <translation>
            <numerusform>Ha salido %n de los 20 dientes de leche.</numerusform>
            <numerusform>Han salido %n de los 20 dientes de leche.</numerusform>
        </translation>
    </message>
    <message>
        <source>{through} {late}</source>
        <translation>{through} {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n not through yet although past the usual age range.</source>
        <translation>
            <numerusform>%n todavía no ha salido, aunque ya pasó la edad habitual.</numerusform>
            <numerusform>%n todavía no han salido, aunque ya pasó la edad habitual.</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>{number} · late</source>
        <translation>{number} · tarde</translation>
    </message>
    <message>
        <source>not through yet, not expected yet</source>
        <translation>todavía no ha salido; todavía no se espera</translation>
    </message>
    <message>
        <source>not through yet, usually comes through about now</source>
        <translation>todavía no ha salido; suele salir a esta edad</translation>
    </message>
    <message>
        <source>not through yet, later than the usual range</source>
        <translation>todavía no ha salido; ya pasó la edad habitual</translation>
    </message>
    <message>
        <source>came through on {date}</source>
        <translation>salió el {date}</translation>
    </message>
    <message>
        <source>came through on {date}, later than the usual range</source>
        <translation>salió el {date}, más tarde de la edad habitual</translation>
    </message>
    <message>
        <source>Usually comes through between {start} and {end} months of age.</source>
        <translation>Suele salir entre los {start} y los {end} meses de edad.</translation>
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
        <translation>{name} (diente {number})
{state}
{usual}
Haga clic para anotar su día.</translation>
    </message>
</context>
<context>
    <name>ToothDateDialog</name>
    <message>
        <source>When did this tooth come through?</source>
        <extracomment>What Save stored, once it succeeded. The eruption record &quot;Not through yet&quot; deleted (the page offers Undo).</extracomment>
        <translation>¿Cuándo salió este diente?</translation>
    </message>
    <message>
        <source>Recorded as coming through on {date}.</source>
        <translation>Anotado que salió el {date}.</translation>
    </message>
    <message>
        <source>{state}.</source>
        <translation>{state}.</translation>
    </message>
    <message>
        <source>This tooth usually comes through between {start} and {end} months of age.</source>
        <translation>Este diente suele salir entre los {start} y los {end} meses de edad.</translation>
    </message>
    <message>
        <source>{state} {usual}</source>
        <translation>{state} {usual}</translation>
    </message>
    <message>
        <source>Day it came through</source>
        <translation>Día en que salió</translation>
    </message>
    <message>
        <source>&amp;Day it came through</source>
        <translation>&amp;Día en que salió</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>Guardar el día</translation>
    </message>
    <message>
        <source>&amp;Not through yet</source>
        <translation>Todavía &amp;no ha salido</translation>
    </message>
    <message>
        <source>Clear the day: the tooth has not come through yet</source>
        <translation>Borrar el día: el diente todavía no ha salido</translation>
    </message>
    <message>
        <source>Removes the recorded day (for a day recorded by mistake); Undo brings it back</source>
        <translation>Quita el día anotado (si se anotó por error); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>is required</source>
        <extracomment>Offered in Settings: Europe and many countries (112), North America (911), the United Kingdom (999), Australia (000). Any other number can be typed.</extracomment>
        <translation>es un dato obligatorio</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be kept</source>
        <translation>contiene un carácter NUL, que no se puede guardar</translation>
    </message>
    <message>
        <source>contains a broken character (a lone surrogate); retype it</source>
        <translation>contiene un carácter dañado (un sustituto suelto); vuelva a escribirlo</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation>tiene demasiado texto ({length} caracteres; como máximo {limit})</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>debe ser una sola línea, sin caracteres de control</translation>
    </message>
    <message>
        <source>{value!r} is not a date like 2024-03-31</source>
        <translation>{value!r} no es una fecha como 2024-03-31</translation>
    </message>
    <message>
        <source>{value} is not a real calendar date</source>
        <translation>{value} no es una fecha que exista en el calendario</translation>
    </message>
    <message>
        <source>{value!r} is not a 24-hour time like 08:30</source>
        <translation>{value!r} no es una hora en formato de 24 horas como 08:30</translation>
    </message>
    <message>
        <source>{value} is not a time of day (00:00 to 23:59)</source>
        <translation>{value} no es una hora del día (de 00:00 a 23:59)</translation>
    </message>
    <message>
        <source>must be one of {choices} (not {value!r})</source>
        <translation>debe ser uno de estos valores: {choices} (no {value!r})</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from 0 to {limit}</source>
        <translation>{value!r} no es un número entero de 0 a {limit}</translation>
    </message>
    <message>
        <source>has more than {limit} times</source>
        <translation>tiene más de {limit} horas</translation>
    </message>
    <message>
        <source>names the same time twice</source>
        <translation>tiene la misma hora dos veces</translation>
    </message>
    <message>
        <source>{value!r} is not a day of the week (use mon tue wed thu fri sat sun)</source>
        <translation>{value!r} no es un día de la semana (use mon tue wed thu fri sat sun)</translation>
    </message>
    <message>
        <source>{value!r} is not an amount like 1, 0.25 or 2.5 (a dot before decimals)</source>
        <translation>{value!r} no es una cantidad como 1, 0.25 o 2.5 (con un punto antes de los decimales, no una coma)</translation>
    </message>
    <message>
        <source>is required with an amount (mg, mL, drops...)</source>
        <translation>es un dato obligatorio si hay una cantidad (mg, mL, gotas...)</translation>
    </message>
    <message>
        <source>is required with a unit</source>
        <translation>es un dato obligatorio si hay una unidad</translation>
    </message>
    <message>
        <source>give the dose as prescribed: an amount and unit, or a description in dose_text</source>
        <translation>indique la dosis tal como está recetada: una cantidad y una unidad, o una descripción en dose_text</translation>
    </message>
    <message>
        <source>{last} is before {start_field} ({first})</source>
        <translation>{last} es anterior a {start_field} ({first})</translation>
    </message>
    <message>
        <source>leave it empty for a medicine given as needed</source>
        <translation>déjelo vacío si el medicamento se da según necesidad</translation>
    </message>
    <message>
        <source>is required: the times of day, like 08:00 20:00</source>
        <translation>es un dato obligatorio: las horas del día, como 08:00 20:00</translation>
    </message>
    <message>
        <source>leave it empty for a medicine given every few days</source>
        <translation>déjelo vacío si el medicamento se da cada cierto número de días</translation>
    </message>
    <message>
        <source>is required: every how many days</source>
        <translation>es un dato obligatorio: cada cuántos días</translation>
    </message>
    <message>
        <source>must be from 1 to {limit}</source>
        <translation>debe ser de 1 a {limit}</translation>
    </message>
    <message>
        <source>only goes with the schedule every_n_days</source>
        <translation>solo se usa con la pauta every_n_days</translation>
    </message>
    <message>
        <source>leave it empty: {medicine} is given as needed, not at set times</source>
        <translation>déjelo vacío: {medicine} se da según necesidad, no a horas fijas</translation>
    </message>
    <message>
        <source>{medicine} is given as needed, so it has no doses to skip</source>
        <translation>{medicine} se da según necesidad, así que no tiene dosis que omitir</translation>
    </message>
    <message>
        <source>{medicine} was not being taken on {date} (from {start} to {end})</source>
        <translation>{medicine} no se estaba tomando el {date} (de {start} a {end})</translation>
    </message>
    <message>
        <source>{medicine} is not scheduled at {time} on {date} (its times: {times})</source>
        <translation>{medicine} no tiene dosis pautada a las {time} el {date} (sus horas: {times})</translation>
    </message>
    <message>
        <source>leave it empty for a skipped dose</source>
        <translation>déjelo vacío si la dosis se omitió</translation>
    </message>
    <message>
        <source>is required: why was the dose skipped?</source>
        <translation>es un dato obligatorio: ¿por qué se omitió la dosis?</translation>
    </message>
    <message>
        <source>is required: why was this as-needed dose given?</source>
        <translation>es un dato obligatorio: ¿por qué se dio esta dosis según necesidad?</translation>
    </message>
    <message>
        <source>{value!r} is not one of the child&apos;s medicines (medicines: {known}); add or import it first</source>
        <translation>{value!r} no es uno de los medicamentos de su hijo o hija (medicamentos: {known}); añádalo o impórtelo primero</translation>
    </message>
    <message>
        <source>{count} medicines called {value!r} are being taken then; give each a different name</source>
        <translation>en esas fechas se toman {count} medicamentos llamados {value!r}; póngale a cada uno un nombre distinto</translation>
    </message>
    <message>
        <source>{value!r} is not a time zone name like Europe/Madrid</source>
        <translation>{value!r} no es el nombre de una zona horaria como Europe/Madrid</translation>
    </message>
    <message>
        <source>{value!r} is not a primary tooth number (FDI 51–55, 61–65, 71–75, 81–85)</source>
        <translation>{value!r} no es el número de un diente de leche (FDI 51–55, 61–65, 71–75, 81–85)</translation>
    </message>
    <message>
        <source>{value!r} is not an FDI tooth number (primary 51–85, permanent 11–48)</source>
        <translation>{value!r} no es un número de diente FDI (de leche 51–85, definitivos 11–48)</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} no es un número entero</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>debe ser de {low} a {high}</translation>
    </message>
    <message>
        <source>is required: who on the care team set this interval?</source>
        <translation>es un dato obligatorio: ¿quién del equipo médico indicó este intervalo?</translation>
    </message>
    <message>
        <source>{name!r} is already one of the child&apos;s checks</source>
        <translation>{name!r} ya es uno de los controles de su hijo o hija</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>está en el futuro</translation>
    </message>
    <message>
        <source>is required for a procedure or an extraction: given, not_given or unknown</source>
        <translation>es un dato obligatorio en un tratamiento o una extracción: given, not_given o unknown</translation>
    </message>
    <message>
        <source>is only recorded for procedures and extractions; leave it empty</source>
        <translation>solo se anota en tratamientos y extracciones; déjelo vacío</translation>
    </message>
    <message>
        <source>only a dental visit can be linked to an appointment</source>
        <translation>solo una visita al dentista se puede vincular a una cita</translation>
    </message>
    <message>
        <source>must be empty for a daily care tick ({record})</source>
        <translation>debe estar vacío en una marca de cuidado diario ({record})</translation>
    </message>
    <message>
        <source>must be empty for a tooth eruption</source>
        <translation>debe estar vacío cuando se anota la salida de un diente</translation>
    </message>
    <message>
        <source>is before 1900; check the year</source>
        <translation>es anterior a 1900; revise el año</translation>
    </message>
    <message>
        <source>must be female, male or other (not {value!r})</source>
        <translation>debe ser female, male u other (no {value!r})</translation>
    </message>
    <message>
        <source>use digits, spaces and + - ( ) only, like +34 912 345 678</source>
        <translation>use solo cifras, espacios y + - ( ), como +34 912 345 678</translation>
    </message>
    <message>
        <source>is not an address like name@example.org</source>
        <translation>no es una dirección como nombre@example.org</translation>
    </message>
    <message>
        <source>{value!r} is not a symptom code in the catalogue</source>
        <translation>{value!r} no es un código de síntoma del catálogo</translation>
    </message>
    <message>
        <source>must be mild, moderate or severe (not {value!r})</source>
        <translation>debe ser mild, moderate o severe (no {value!r})</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}</source>
        <translation>{value!r} no es ninguno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>must be a list of questions</source>
        <translation>debe ser una lista de preguntas</translation>
    </message>
    <message>
        <source>has {count} questions; at most {limit}</source>
        <translation>tiene {count} preguntas; como máximo {limit}</translation>
    </message>
    <message>
        <source>is before the child&apos;s birth date ({born})</source>
        <translation>es anterior a la fecha de nacimiento ({born})</translation>
    </message>
    <message>
        <source>is more than {years} years ahead; check the year</source>
        <translation>es dentro de más de {years} años; revise el año</translation>
    </message>
    <message>
        <source>{time} does not exist on {date} in {zone} (the clocks went forward); check the time</source>
        <translation>{time} no existe el {date} en {zone} (ese día se adelantaron los relojes); revise la hora</translation>
    </message>
    <message>
        <source>cannot be {status} for an appointment that has not happened yet</source>
        <translation>no puede ser {status} en una cita que todavía no ha pasado</translation>
    </message>
    <message>
        <source>{path} is where the app keeps its own backups. Choose another disk, such as a USB stick.</source>
        <extracomment>The newest good daily backup when a damaged diary was set aside: renamed to this reason so the daily pruning (which only ever deletes &quot;daily&quot; ones) can never remove it. A hidden ``.part`` file this old is what an interrupted backup left behind.</extracomment>
        <translation>{path} es donde la aplicación guarda sus propias copias de seguridad. Elija otro disco, como una memoria USB.</translation>
    </message>
    <message>
        <source>{path} is not an existing folder.</source>
        <translation>{path} no es una carpeta que exista.</translation>
    </message>
    <message>
        <source>{path} cannot be written to (is it read-only, or full?).</source>
        <translation>No se puede escribir en {path} (¿es de solo lectura o está lleno?).</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>is not an appointment of this child</source>
        <translation>no es una cita de este niño o niña</translation>
    </message>
    <message>
        <source>another child is already called {name}; add something to tell them apart, such as a second name or an initial</source>
        <translation>ya hay otro niño o niña que se llama {name}; añada algo para distinguirlos, como un segundo nombre o una inicial</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to {limit}</source>
        <translation>debe ser un número entero de 1 a {limit}</translation>
    </message>
    <message>
        <source>the {time} dose of {medicine} on {date} is already in the log; edit that entry instead</source>
        <translation>la dosis de {medicine} de las {time} del {date} ya está en el registro de dosis; edite esa anotación en su lugar</translation>
    </message>
    <message>
        <source>the {time} dose of {medicine} on {date} already has another entry (in the log or earlier in this file)</source>
        <translation>la dosis de {medicine} de las {time} del {date} ya tiene otra anotación (en el registro de dosis o más arriba en este archivo)</translation>
    </message>
    <message>
        <source>{value!r} is not a phone number: use digits only, such as 112</source>
        <translation>{value!r} no es un número de teléfono: use solo cifras, como 112</translation>
    </message>
    <message>
        <source>must have from {low} to {high} digits</source>
        <translation>debe tener de {low} a {high} cifras</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Caregiver Companion</source>
        <translation>Le damos la bienvenida a Caregiver Companion</translation>
    </message>
    <message>
        <source>A simple diary for your child&apos;s symptoms and care team, to share with the doctors at the next visit. It takes a few seconds to note how your child is.</source>
        <translation>Un diario sencillo de los síntomas y del equipo médico de su hijo o hija, para compartirlo con los médicos en la próxima consulta. Anotar cómo está solo lleva unos segundos.</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Nothing is sent anywhere, and no account is needed.</source>
        <translation>Todo lo que escribe se queda en este equipo. No se envía nada a ninguna parte y no hace falta crear una cuenta.</translation>
    </message>
    <message>
        <source>Child&apos;s birth date</source>
        <translation>Fecha de nacimiento de su hijo o hija</translation>
    </message>
    <message>
        <source>Child&apos;s sex (optional)</source>
        <translation>Sexo de su hijo o hija (opcional)</translation>
    </message>
    <message>
        <source>So the diary shows who wrote what</source>
        <translation>Para que el diario muestre quién escribió cada cosa</translation>
    </message>
    <message>
        <source>Your child&apos;s &amp;name</source>
        <translation>&amp;Nombre de su hijo o hija</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Nombre de su hijo o hija</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex (optional)</source>
        <translation>&amp;Sexo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Su n&amp;ombre</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Skip the welcome; add your child later</source>
        <translation>Saltar la bienvenida; añadir a su hijo o hija más tarde</translation>
    </message>
    <message>
        <source>Add my child</source>
        <translation>Añadir a mi hijo o hija</translation>
    </message>
    <message>
        <source>Add my child and start</source>
        <translation>Añadir a mi hijo o hija y empezar</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A private diary and care companion for families of a child with TNFSF11 (RANKL) osteopetrosis. With no command, opens the window.</source>
        <translation>Un diario privado y una ayuda en los cuidados para familias de un niño o niña con osteopetrosis por TNFSF11 (RANKL). Sin ningún comando, abre la ventana.</translation>
    </message>
    <message>
        <source>folder holding the family&apos;s diary (default: your user data folder; also CAREGIVER_APP_DATA_DIR)</source>
        <translation>carpeta con el diario de la familia (por defecto: su carpeta de datos de usuario; también CAREGIVER_APP_DATA_DIR)</translation>
    </message>
    <message>
        <source>add or list children</source>
        <translation>añadir hijos o ver la lista</translation>
    </message>
    <message>
        <source>add a child</source>
        <translation>añadir un hijo o hija</translation>
    </message>
    <message>
        <source>the child&apos;s name</source>
        <translation>nombre del niño o niña</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>list children</source>
        <translation>ver la lista de hijos</translation>
    </message>
    <message>
        <source>import records from a CSV file</source>
        <translation>importar datos de un archivo CSV</translation>
    </message>
    <message>
        <source>symptom diary entries</source>
        <extracomment>The CSV record types, each imported and exported one child at a time.</extracomment>
        <translation>anotaciones de síntomas del diario</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>dental care records</source>
        <translation>registros de cuidado dental</translation>
    </message>
    <message>
        <source>medicines as prescribed</source>
        <translation>medicamentos tal como están recetados</translation>
    </message>
    <message>
        <source>dose log entries</source>
        <translation>anotaciones del registro de dosis</translation>
    </message>
    <message>
        <source>export records to a CSV file</source>
        <translation>exportar datos a un archivo CSV</translation>
    </message>
    <message>
        <source>every record type of every child, into a folder</source>
        <translation>todos los tipos de registro de todos los hijos, en una carpeta</translation>
    </message>
    <message>
        <source>appointments and check due dates, with alarms, as a calendar</source>
        <translation>citas y fechas de controles, con alarmas, como calendario</translation>
    </message>
    <message>
        <source>Writes an iCalendar (.ics) file of every appointment and every check due date (of one child, or of all), each with an alarm, for calendar programs to import. Importing it again updates the same events.</source>
        <translation>Escribe un archivo iCalendar (.ics) con todas las citas y todas las fechas en que toca un control (de un hijo o hija, o de todos), cada una con una alarma, para importarlo en programas de calendario. Si se vuelve a importar, se actualizan los mismos eventos.</translation>
    </message>
    <message>
        <source>only this child (default: every child)</source>
        <translation>solo este hijo o hija (por defecto: todos)</translation>
    </message>
    <message>
        <source>what is overdue and what comes next</source>
        <translation>lo que está atrasado y lo que viene</translation>
    </message>
    <message>
        <source>Prints overdue and coming checks, appointments and medicine doses in order, one per line: local date and time, kind, title, status, separated by tabs. A check is due on a day, so its time is --:--.</source>
        <translation>Muestra en orden los controles, las citas y las dosis de medicamentos atrasados y próximos, uno por línea: fecha y hora locales, tipo, título y estado, separados por tabuladores. Un control toca un día, no a una hora, así que su hora es --:--.</translation>
    </message>
    <message>
        <source>the moment to look from, like 2026-11-21T08:00 (the family&apos;s time zone) or 2026-11-21T07:00Z (default: now)</source>
        <translation>el momento desde el que mirar, como 2026-11-21T08:00 (zona horaria de la familia) o 2026-11-21T07:00Z (por defecto: ahora)</translation>
    </message>
    <message>
        <source>how many days ahead, 0 to 366 (default 7; 0: today only)</source>
        <translation>cuántos días hacia delante, de 0 a 366 (por defecto 7; 0: solo hoy)</translation>
    </message>
    <message>
        <source>list the red-flag episodes found in the diary</source>
        <translation>ver la lista de episodios con señales de alarma encontrados en el diario</translation>
    </message>
    <message>
        <source>Prints each red-flag episode of the diary (signs that need care today or now), one per line: local start date and time, level, rule, and the reason in plain words, separated by tabs. An entry without a time of day shows --:--.</source>
        <translation>Muestra cada episodio con señales de alarma del diario (señales que necesitan atención hoy o ahora), uno por línea: fecha y hora locales de inicio, nivel, regla y el motivo en palabras sencillas, separados por tabuladores. Una anotación sin hora muestra --:--.</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: the first entry)</source>
        <translation>primer día, AAAA-MM-DD (por defecto: la primera anotación)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: the last entry)</source>
        <translation>último día, AAAA-MM-DD (por defecto: la última anotación)</translation>
    </message>
    <message>
        <source>add a realistic six-month demo family</source>
        <translation>añadir una familia de ejemplo realista, con seis meses de datos</translation>
    </message>
    <message>
        <source>write a backup of the diary now</source>
        <translation>hacer ahora una copia de seguridad del diario</translation>
    </message>
    <message>
        <source>Writes a verified backup of the whole diary. Without FILE it goes into the backups folder beside the diary (and into the extra backup folder, if one is set); FILE may also be a folder, such as a USB stick. An existing file is never replaced.</source>
        <translation>Escribe una copia de seguridad comprobada de todo el diario. Sin FILE, va a la carpeta de copias de seguridad que está junto al diario (y también a la carpeta adicional de copias de seguridad, si hay una elegida); FILE también puede ser una carpeta, como una memoria USB. Nunca se sustituye un archivo que ya exista.</translation>
    </message>
    <message>
        <source>replace the diary with a backup (keeps a backup of it first)</source>
        <translation>sustituir el diario por una copia de seguridad (antes guarda una copia de seguridad del diario actual)</translation>
    </message>
    <message>
        <source>Replaces the diary with the backup FILE. The current diary is first saved as a backup (its file name is printed: restore that file to undo). A damaged diary file is moved aside, never deleted.</source>
        <translation>Sustituye el diario por la copia de seguridad FILE. Antes, el diario actual se guarda como copia de seguridad (se muestra el nombre de su archivo: restaure ese archivo para deshacerlo). Un archivo del diario dañado se guarda aparte, nunca se borra.</translation>
    </message>
    <message>
        <source>check the diary file for damage</source>
        <translation>comprobar si el archivo del diario está dañado</translation>
    </message>
    <message>
        <source>Checks the whole diary file (SQLite integrity and foreign-key checks) without changing it. Exits 0 if it is sound, 1 with the problems otherwise.</source>
        <translation>Comprueba todo el archivo del diario (comprobaciones de integridad y de claves foráneas de SQLite) sin cambiarlo. Devuelve el código 0 si está en buen estado; si no, devuelve 1 y muestra los problemas.</translation>
    </message>
    <message>
        <source>write a visit summary (PDF) for a clinician</source>
        <translation>escribir en PDF un resumen para llevar a la consulta</translation>
    </message>
    <message>
        <source>Writes a visit summary of one child as a PDF: page one at a glance (red-flag episodes, medicines and doses, routine checks, upcoming appointments, questions, how complete the record is, symptoms against the previous period), then the details. The period defaults to the days since the last appointment with --specialty, or else the last three months.</source>
        <translation>Escribe en PDF un resumen para la consulta de un hijo o hija: una primera página para ver de un vistazo (episodios con señales de alarma, medicamentos y dosis, controles periódicos, próximas citas, preguntas, lo completo que está el registro, síntomas comparados con el periodo anterior) y después los detalles. Por defecto, el periodo son los días desde la última cita con --specialty o, si no, los últimos tres meses.</translation>
    </message>
    <message>
        <source>first day of the period, YYYY-MM-DD</source>
        <translation>primer día del periodo, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>last day of the period, YYYY-MM-DD (default: today)</source>
        <translation>último día del periodo, AAAA-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <source>the specialty the visit is for: {choices}</source>
        <translation>la especialidad de la consulta: {choices}</translation>
    </message>
    <message>
        <source>also print every diary entry of the period with its notes</source>
        <translation>incluir también todas las anotaciones del diario del periodo con sus notas</translation>
    </message>
    <message>
        <source>write the one-page emergency information sheet (PDF)</source>
        <translation>escribir la hoja de información para urgencias, de una página (PDF)</translation>
    </message>
    <message>
        <source>Writes the child&apos;s emergency information as a one-page PDF for emergency staff: identity and diagnosis, key cautions, medicines and allergies, usual status, contacts, and when it was last reviewed.</source>
        <translation>Escribe la información para urgencias del niño o niña en un PDF de una página para el personal de urgencias: identidad y diagnóstico, precauciones importantes, medicamentos y alergias, estado habitual, contactos y cuándo se revisó por última vez.</translation>
    </message>
    <message>
        <source>paper size (default: the last one used, else your country&apos;s)</source>
        <translation>tamaño del papel (por defecto: el último que se usó o, si no, el de su país)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>el archivo PDF que se escribe</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}</source>
        <translation>{value!r} no es ninguno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name like summary.pdf</source>
        <translation>{path} es una carpeta; indique un nombre de archivo como resumen.pdf</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time like 2026-11-21T08:00 or 2026-11-21T07:00Z</source>
        <translation>{value!r} no es una fecha y hora como 2026-11-21T08:00 o 2026-11-21T07:00Z</translation>
    </message>
    <message>
        <source>{value!r} is not a date like 2026-11-21</source>
        <translation>{value!r} no es una fecha como 2026-11-21</translation>
    </message>
    <message>
        <source>argument --to: {last} is before --from ({first})</source>
        <translation>argumento --to: {last} es anterior a --from ({first})</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from 0 to {high}</source>
        <translation>{value!r} no es un número entero de 0 a {high}</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name like calendar.ics</source>
        <translation>{path} es una carpeta; indique un nombre de archivo como calendario.ics</translation>
    </message>
    <message>
        <source>Warning: today&apos;s automatic backup was not made: {reason}</source>
        <translation>Aviso: no se hizo la copia de seguridad automática de hoy: {reason}</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>Added {name}, born {born}.</source>
        <translation>Se añadió a {name}, que nació el {born}.</translation>
    </message>
    <message>
        <source>No children yet. Add one with: child add --name NAME --born YYYY-MM-DD</source>
        <translation>Todavía no hay hijos. Añada uno con: child add --name NAME --born YYYY-MM-DD</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 anotación</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} anotaciones</translation>
    </message>
    <message>
        <source>Imported {entries} for {name} ({already} already in the diary).</source>
        <translation>Importado para {name}: {entries} (ya estaban en el diario: {already}).</translation>
    </message>
    <message>
        <source>Wrote {entries} for {name} to {path}.</source>
        <translation>Guardado en {path}: {entries} de {name}.</translation>
    </message>
    <message>
        <source>Wrote {entries} for {name} ({first} to {last}) to {path}.</source>
        <translation>Guardado en {path}: {entries} de {name} (de {first} a {last}).</translation>
    </message>
    <message>
        <source>first entry</source>
        <translation>la primera anotación</translation>
    </message>
    <message>
        <source>last entry</source>
        <translation>la última anotación</translation>
    </message>
    <message>
        <source>The demo family ({name}) is already here; nothing was added.</source>
        <translation>La familia de ejemplo ({name}) ya está aquí; no se añadió nada.</translation>
    </message>
    <message>
        <source>Added the demo family: {name}, born {born}, with {contacts} care team contacts, {entries} and {quiet} &quot;nothing unusual&quot; days over six months.</source>
        <translation>Se añadió la familia de ejemplo: {name}, que nació el {born}, con {contacts} contactos del equipo médico, {entries} y {quiet} días &quot;sin novedades&quot; en seis meses.</translation>
    </message>
    <message>
        <source>1 child</source>
        <translation>1 hijo o hija</translation>
    </message>
    <message>
        <source>{count} children</source>
        <translation>{count} hijos</translation>
    </message>
    <message>
        <source>{entries}, {children}</source>
        <translation>{entries}, {children}</translation>
    </message>
    <message>
        <source>Backup written to {path} ({holds}).</source>
        <translation>Copia de seguridad guardada en {path} ({holds}).</translation>
    </message>
    <message>
        <source>Copy written to {path}.</source>
        <translation>Copia guardada en {path}.</translation>
    </message>
    <message>
        <source>Restored {path} ({holds}). There was no diary here before.</source>
        <translation>Se restauró {path} ({holds}). Antes no había ningún diario aquí.</translation>
    </message>
    <message>
        <source>The damaged diary file was moved aside, unchanged, to {path}.</source>
        <translation>El archivo del diario dañado se guardó aparte, sin cambios, en {path}.</translation>
    </message>
    <message>
        <source>Restored {path} ({holds}).</source>
        <translation>Se restauró {path} ({holds}).</translation>
    </message>
    <message>
        <source>Restored {path} ({entries}).</source>
        <translation>Se restauró {path} ({entries}).</translation>
    </message>
    <message>
        <source>The diary as it was before is saved in {safety}. To undo: caregiver-app restore {safety}</source>
        <translation>El diario tal como estaba antes se guardó en {safety}. Para deshacerlo: caregiver-app restore {safety}</translation>
    </message>
    <message>
        <source>There is no diary file {path}.</source>
        <translation>No existe el archivo del diario {path}.</translation>
    </message>
    <message>
        <source>The diary file {path} is sound.</source>
        <translation>El archivo del diario {path} está en buen estado.</translation>
    </message>
    <message>
        <source>The diary file {path} is damaged. It was not changed. What SQLite found:</source>
        <translation>El archivo del diario {path} está dañado. El archivo sigue intacto. Lo que encontró SQLite:</translation>
    </message>
    <message>
        <source>  ... and {count} more.</source>
        <translation>  ... y {count} más.</translation>
    </message>
    <message>
        <source>There is no good backup in {folder}. If you have one elsewhere (a USB stick), put it in place with: caregiver-app restore FILE (the damaged file is kept aside).</source>
        <translation>No hay ninguna copia de seguridad en buen estado en {folder}. Si tiene una en otro sitio (una memoria USB), póngala en su lugar con: caregiver-app restore FILE (el archivo dañado se guarda aparte).</translation>
    </message>
    <message>
        <source>To put your newest good backup in its place (the damaged file is kept aside): caregiver-app restore {backup}</source>
        <translation>Para poner en su lugar su copia de seguridad en buen estado más reciente (el archivo dañado se guarda aparte): caregiver-app restore {backup}</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({kind}); nothing you saved was lost. A note without your diary&apos;s contents was written in {path}.</source>
        <translation>Algo falló dentro de la aplicación ({kind}); no se perdió nada de lo que había guardado. Se escribió una nota, sin el contenido de su diario, en {path}.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app ({kind}); nothing you saved was lost.</source>
        <translation>Algo falló dentro de la aplicación ({kind}); no se perdió nada de lo que había guardado.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <source>Imported {records} for {name} ({already} already there).</source>
        <translation>Importado para {name}: {records} (ya estaban: {already}).</translation>
    </message>
    <message>
        <source>Wrote {records} for {name} to {path}.</source>
        <translation>Guardado en {path}: {records} de {name}.</translation>
    </message>
    <message>
        <source>Wrote {records} ({kind}) for {name} to {path}.</source>
        <translation>Guardado en {path}: {records} ({kind}) de {name}.</translation>
    </message>
    <message>
        <source>There are no children in the diary; nothing was written.</source>
        <translation>No hay hijos en el diario; no se guardó nada.</translation>
    </message>
    <message>
        <source>1 medicine</source>
        <translation>1 medicamento</translation>
    </message>
    <message>
        <source>{count} medicines</source>
        <translation>{count} medicamentos</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 dosis</translation>
    </message>
    <message>
        <source>{count} doses</source>
        <translation>{count} dosis</translation>
    </message>
    <message>
        <source>Imported {medicines} for {name} ({already} already in the record).</source>
        <translation>Importado para {name}: {medicines} (ya estaban anotados: {already}).</translation>
    </message>
    <message>
        <source>Imported {doses} for {name} ({already} already in the dose log).</source>
        <translation>Importado para {name}: {doses} (ya estaban en el registro de dosis: {already}).</translation>
    </message>
    <message>
        <source>Wrote {medicines} for {name} to {path}.</source>
        <translation>Guardado en {path}: {medicines} de {name}.</translation>
    </message>
    <message>
        <source>Wrote {doses} for {name} to {path}.</source>
        <translation>Guardado en {path}: {doses} de {name}.</translation>
    </message>
    <message>
        <source>Wrote {doses} for {name} ({first} to {last}) to {path}.</source>
        <translation>Guardado en {path}: {doses} de {name} (de {first} a {last}).</translation>
    </message>
    <message>
        <source>first dose</source>
        <translation>la primera dosis</translation>
    </message>
    <message>
        <source>last dose</source>
        <translation>la última dosis</translation>
    </message>
    <message>
        <source>Nothing is overdue or due from {first} to {last}.</source>
        <translation>No hay nada atrasado ni pendiente del {first} al {last}.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 cita</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} citas</translation>
    </message>
    <message>
        <source>1 check due date</source>
        <translation>1 fecha de control</translation>
    </message>
    <message>
        <source>{count} check due dates</source>
        <translation>{count} fechas de control</translation>
    </message>
    <message>
        <source>Wrote {appointments} and {checks}, with alarms, to {path}.</source>
        <translation>Guardado en {path}: {appointments} y {checks}, con alarmas.</translation>
    </message>
    <message>
        <source>No red-flag episodes in the diary from {first} to {last}.</source>
        <translation>No hay episodios con señales de alarma en el diario del {first} al {last}.</translation>
    </message>
    <message>
        <source>Wrote the visit summary for {name} ({first} to {last}) to {path}.</source>
        <extracomment>The service&apos;s field names as the command line spells them.</extracomment>
        <translation>Guardado en {path}: el resumen para la consulta de {name} (del {first} al {last}).</translation>
    </message>
    <message>
        <source>Wrote the emergency information sheet for {name} to {path}.</source>
        <translation>Guardado en {path}: la hoja de información para urgencias de {name}.</translation>
    </message>
    <message>
        <source>Note: {name}&apos;s emergency information has never been filled in, so the sheet shows the app&apos;s suggestions and says it was never reviewed. Fill it in with the care team in the window: Family &amp; care team, Emergency information.</source>
        <translation>Nota: la información para urgencias de {name} nunca se ha rellenado, así que la hoja muestra las sugerencias de la aplicación y dice que nunca se ha revisado. Rellénela con el equipo médico en la ventana: Familia y equipo médico, Información para urgencias.</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <source>time not recorded</source>
        <translation>sin hora anotada</translation>
    </message>
</context>
</TS>
