<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. What you saved is safe. If this happens again, please tell us what you were doing.

Details: {error}</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The child the diary was last given, in a tuple (``()``: none given yet).</extracomment>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diario</translation>
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
        <translation>A horas fijas, los días elegidos</translation>
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
        <source>Backup made ({entries}), in {folder}.</source>
        <translation>Copia de seguridad hecha ({entries}), en {folder}.</translation>
    </message>
    <message>
        <source>A copy is also in {folder}.</source>
        <translation>También hay una copia en {folder}.</translation>
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
    <name>TodayPage</name>
    <message>
        <source>Welcome</source>
        <extracomment>Where the one shared draft of older versions was kept (read once, moved to its child). A restored draft typed longer ago than this, with &quot;Now&quot; ticked, gets the time it was typed. The child whose draft this is (&quot;&quot; in drafts of older versions). When it was last typed in, UTC ISO 8601 (&quot;&quot; when not known). The dialog currently open over the page, if any (tests drive it). The child whose draft the form holds (None until a child is first set). The newest draft of each child seen this session, as JSON text (the form&apos;s own child: as of the last flush). A draft the diary could not store waits here. The draft text known to be stored for each child (absent: not known). When what the form holds was last typed in (UTC ISO 8601, &quot;&quot; when not known).</extracomment>
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
    <name>Validation</name>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>is required</source>
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
</context>
<context>
    <name>self.model</name>
    <message>
        <source>time not recorded</source>
        <translation>sin hora anotada</translation>
    </message>
</context>
</TS>
