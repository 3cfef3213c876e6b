<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Treatment or event</source>
        <translation>Behandlung oder Ereignis</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>Keine Tageseinträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Back pain, 7-day average</source>
        <translation>Rückenschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Leg pain, 7-day average</source>
        <translation>Beinschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Leg symptoms reach</source>
        <translation>Ausstrahlung ins Bein</translation>
    </message>
    <message>
        <source>Furthest reach that day</source>
        <translation>Weiteste Ausstrahlung des Tages</translation>
    </message>
    <message>
        <source>↑ closer to the back</source>
        <translation>↑ näher am Rücken</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Übungseinheiten pro Tag</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Übungseinheiten pro Woche</translation>
    </message>
    <message>
        <source>Sessions a month</source>
        <translation>Übungseinheiten pro Monat</translation>
    </message>
    <message>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation>Kein Übungsprogramm legt fest, wie viele Übungseinheiten geplant sind; daher sind nur die erledigten zu sehen.</translation>
    </message>
    <message>
        <source>No exercise sessions in this period</source>
        <translation>Keine Übungseinheiten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sitting breaks a day</source>
        <translation>Sitzpausen pro Tag</translation>
    </message>
    <message>
        <source>Sitting breaks a week</source>
        <translation>Sitzpausen pro Woche</translation>
    </message>
    <message>
        <source>Sitting breaks a month</source>
        <translation>Sitzpausen pro Monat</translation>
    </message>
    <message>
        <source>No sitting-break reminders in this period</source>
        <translation>Keine Erinnerungen an Sitzpausen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Active minutes a day</source>
        <translation>Aktive Minuten pro Tag</translation>
    </message>
    <message>
        <source>Active minutes a week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <source>Active minutes a month</source>
        <translation>Aktive Minuten pro Monat</translation>
    </message>
    <message>
        <source>No activity logged in this period</source>
        <translation>Keine Aktivitäten in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>Minutes of activity</source>
        <translation>Aktivität in Minuten</translation>
    </message>
    <message>
        <source>No questionnaires answered in this period</source>
        <translation>Keine Fragebögen in diesem Zeitraum ausgefüllt</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the detectable change</source>
        <translation>Schattiert: bis {points} Punkte vom Ausgangswert entfernt, weniger als die nachweisbare Veränderung</translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the minimal important change</source>
        <translation>Schattiert: bis {points} Punkte vom Ausgangswert entfernt, weniger als die kleinste bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>No agreed threshold for change; dotted: baseline</source>
        <translation>Keine anerkannte Schwelle für eine Veränderung; gepunktet: Ausgangswert</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>AboutProgrammeForm</name>
    <message>
        <source>Programme title</source>
        <translation>Titel des Programms</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>How to contact you</source>
        <translation>So sind Sie erreichbar</translation>
    </message>
    <message>
        <source>Patient (initials or first name, optional)</source>
        <translation>Patientin/Patient (Initialen oder Vorname, optional)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation>Überprüfungstermin festlegen</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>Sitting-break interval, minutes</source>
        <translation>Abstand der Sitzpausen in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>the patient&apos;s own setting</source>
        <translation>eigene Einstellung der Patientin/des Patienten</translation>
    </message>
    <message>
        <source>Notes for the patient</source>
        <translation>Hinweise für die Patientin/den Patienten</translation>
    </message>
    <message>
        <source>General advice for the patient</source>
        <translation>Allgemeine Hinweise für die Patientin/den Patienten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>Pra&amp;xis:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>Pati&amp;entin/Patient:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Sta&amp;rtdatum:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Sitting &amp;breaks every:</source>
        <translation>Sitzpausen &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Hin&amp;weise:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} cannot write in its data folder {folder}: it is read-only, full, or belongs to another user. Your diary has not been touched. Make the folder yours and writable again (or start {app} with --data-dir and a folder you can write), then start it again.</source>
        <translation>{app} kann in seinem Datenordner {folder} nicht schreiben: Er ist schreibgeschützt, voll oder gehört einem anderen Benutzer. Ihr Tagebuch wurde nicht verändert. Sorgen Sie dafür, dass der Ordner wieder Ihnen gehört und beschreibbar ist (oder starten Sie {app} mit --data-dir und einem Ordner, in den Sie schreiben können), und starten Sie das Programm dann erneut.</translation>
    </message>
    <message>
        <source>{app} is already running on this data but does not answer.</source>
        <translation>{app} läuft bereits mit diesen Daten, reagiert aber nicht.</translation>
    </message>
    <message>
        <source>This copy of {app} is damaged and cannot start ({error}). Your diary has not been touched. Please install the app again from where you got it.</source>
        <translation>Diese Installation von {app} ist beschädigt und kann nicht starten ({error}). Ihr Tagebuch wurde nicht verändert. Bitte installieren Sie das Programm erneut von dort, wo Sie es bezogen haben.</translation>
    </message>
    <message>
        <source>This copy of {app} is incomplete and cannot start (missing: {missing}). Your diary has not been touched. Please install the app again from where you got it.</source>
        <translation>Diese Installation von {app} ist unvollständig und kann nicht starten (es fehlt: {missing}). Ihr Tagebuch wurde nicht verändert. Bitte installieren Sie das Programm erneut von dort, wo Sie es bezogen haben.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>A doctor has checked me</source>
        <translation>Ich wurde ärztlich untersucht</translation>
    </message>
    <message>
        <source>Your exercises were locked because some of your safety answers needed a doctor straight away. Confirm here once a doctor or an emergency department has checked you since then. It is noted in your diary and on your report.</source>
        <translation>Ihre Übungen wurden gesperrt, weil einige Ihrer Antworten zur Sicherheit eine sofortige ärztliche Abklärung erforderten. Bestätigen Sie hier, sobald Sie seitdem ärztlich oder in einer Notaufnahme untersucht worden sind. Das wird in Ihrem Tagebuch und in Ihrem Bericht vermerkt.</translation>
    </message>
    <message>
        <source>A &amp;doctor checked me</source>
        <translation>&amp;Ich wurde ärztlich untersucht</translation>
    </message>
    <message>
        <source>I was checked in an &amp;emergency department</source>
        <translation>Ich wurde in einer &amp;Notaufnahme untersucht</translation>
    </message>
    <message>
        <source>The day you were checked</source>
        <translation>Der Tag der Untersuchung</translation>
    </message>
    <message>
        <source>Who checked you:</source>
        <translation>Wer hat Sie untersucht:</translation>
    </message>
    <message>
        <source>On which &amp;day:</source>
        <translation>An welchem &amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Confirm and unlock</source>
        <translation>&amp;Bestätigen und entsperren</translation>
    </message>
    <message>
        <source>Confirm and unlock my exercises</source>
        <translation>Bestätigen und meine Übungen entsperren</translation>
    </message>
    <message>
        <source>This could not be saved ({problem}). Your exercises stay locked; please try again.</source>
        <translation>Das konnte nicht gespeichert werden ({problem}). Ihre Übungen bleiben gesperrt; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation>linkes Gesäß</translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation>rechtes Gesäß</translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation>linker Oberschenkel</translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation>rechter Oberschenkel</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>linke Wade</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>rechte Wade</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>{site}: marked (click to clear)</source>
        <translation>{site}: markiert (zum Aufheben klicken)</translation>
    </message>
    <message>
        <source>{site} (click to mark)</source>
        <translation>{site} (zum Markieren klicken)</translation>
    </message>
    <message>
        <source>Marked: {sites}.</source>
        <translation>Markiert: {sites}.</translation>
    </message>
    <message>
        <source>Nothing marked.</source>
        <translation>Nichts markiert.</translation>
    </message>
    <message>
        <source>On: {site}, {state}.</source>
        <translation>Aktuell: {site}, {state}.</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>Arrow keys move, Space marks or clears. Seen from behind.</source>
        <translation>Mit den Pfeiltasten bewegen, mit der Leertaste markieren oder aufheben. Ansicht von hinten.</translation>
    </message>
</context>
<context>
    <name>BothersomenessDialog</name>
    <message>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <source>How much has sciatica bothered you?</source>
        <translation>Wie sehr hat Sie Ihr Ischias belastet?</translation>
    </message>
    <message>
        <source>For each question choose a number from 0 (not at all) to 6 (extremely). You can type the number on the keyboard.</source>
        <translation>Wählen Sie für jede Frage eine Zahl von 0 (überhaupt nicht) bis 6 (extrem stark). Sie können die Zahl auch über die Tastatur eingeben.</translation>
    </message>
    <message>
        <source>Your sciatica bother score: {score} out of 24</source>
        <translation>Ihr Ischias-Beschwerdewert: {score} von 24</translation>
    </message>
    <message>
        <source>Higher scores mean sciatica bothered you more.</source>
        <translation>Höhere Werte bedeuten, dass Ihr Ischias Sie stärker belastet hat.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation>Keine Tageseinträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Back pain, 7-day average</source>
        <translation>Rückenschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Leg pain, 7-day average</source>
        <translation>Beinschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Treatment or event</source>
        <translation>Behandlung oder Ereignis</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <source>Leg symptoms reach</source>
        <translation>Ausstrahlung ins Bein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Below knee</source>
        <translation>Unter dem Knie</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Furthest reach that day</source>
        <translation>Weiteste Ausstrahlung des Tages</translation>
    </message>
    <message>
        <source>↑ closer to the back</source>
        <translation>↑ näher am Rücken</translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation>Übungseinheiten pro Tag</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Übungseinheiten pro Woche</translation>
    </message>
    <message>
        <source>Sessions a month</source>
        <translation>Übungseinheiten pro Monat</translation>
    </message>
    <message>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation>Kein Übungsprogramm legt fest, wie viele Übungseinheiten geplant sind; daher sind nur die erledigten zu sehen.</translation>
    </message>
    <message>
        <source>No exercise sessions in this period</source>
        <translation>Keine Übungseinheiten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sitting breaks a day</source>
        <translation>Sitzpausen pro Tag</translation>
    </message>
    <message>
        <source>Sitting breaks a week</source>
        <translation>Sitzpausen pro Woche</translation>
    </message>
    <message>
        <source>Sitting breaks a month</source>
        <translation>Sitzpausen pro Monat</translation>
    </message>
    <message>
        <source>No sitting-break reminders in this period</source>
        <translation>Keine Erinnerungen an Sitzpausen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Active minutes a day</source>
        <translation>Aktive Minuten pro Tag</translation>
    </message>
    <message>
        <source>Active minutes a week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <source>Active minutes a month</source>
        <translation>Aktive Minuten pro Monat</translation>
    </message>
    <message>
        <source>No activity logged in this period</source>
        <translation>Keine Aktivitäten in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>Minutes of activity</source>
        <translation>Aktivität in Minuten</translation>
    </message>
    <message>
        <source>No questionnaires answered in this period</source>
        <translation>Keine Fragebögen in diesem Zeitraum ausgefüllt</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the detectable change</source>
        <translation>Schattiert: bis {points} Punkte vom Ausgangswert entfernt, weniger als die nachweisbare Veränderung</translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the minimal important change</source>
        <translation>Schattiert: bis {points} Punkte vom Ausgangswert entfernt, weniger als die kleinste bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>No agreed threshold for change; dotted: baseline</source>
        <translation>Keine anerkannte Schwelle für eine Veränderung; gepunktet: Ausgangswert</translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
</context>
<context>
    <name>CheckInEditDialog</name>
    <message>
        <source>Correct check-in</source>
        <translation>Tageseintrag korrigieren</translation>
    </message>
    <message>
        <source>Add a past check-in</source>
        <translation>Tageseintrag nachtragen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>How far the leg symptoms reach</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Welches Bein</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Back pain (0-10):</source>
        <translation>&amp;Rückenschmerzen (0–10):</translation>
    </message>
    <message>
        <source>&amp;Leg pain (0-10):</source>
        <translation>&amp;Beinschmerzen (0–10):</translation>
    </message>
    <message>
        <source>&amp;Reaches:</source>
        <translation>&amp;Ausstrahlung:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Question before saving</source>
        <translation>Rückfrage vor dem Speichern</translation>
    </message>
    <message>
        <source>Save as it is</source>
        <translation>So speichern</translation>
    </message>
    <message>
        <source>Let me change it</source>
        <translation>Noch ändern</translation>
    </message>
    <message>
        <source>{time} did not happen on that day: the clocks went forward from {start} to {end}. Please choose a time before {start} or from {end}.</source>
        <translation>{time} gab es an diesem Tag nicht: Die Uhren wurden von {start} auf {end} vorgestellt. Bitte wählen Sie eine Uhrzeit vor {start} oder ab {end}.</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>&amp;Leg pain</source>
        <translation>&amp;Beinschmerzen</translation>
    </message>
    <message>
        <source>&amp;Back pain</source>
        <translation>&amp;Rückenschmerzen</translation>
    </message>
    <message>
        <source>How much does it hurt right now, from 0 to 10?</source>
        <translation>Wie stark sind die Schmerzen gerade, von 0 bis 10?</translation>
    </message>
    <message>
        <source>Where it &amp;hurts</source>
        <translation>Wo es &amp;wehtut</translation>
    </message>
    <message>
        <source>The figure is seen from behind: your left is on the left.</source>
        <translation>Die Figur ist von hinten dargestellt: Ihre linke Seite ist links.</translation>
    </message>
    <message>
        <source>How far the leg symptoms reach</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <source>How far do leg symptoms &amp;reach?</source>
        <translation>Wie weit strahlen die Beschwerden ins Bein &amp;aus?</translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation>Welches Bein</translation>
    </message>
    <message>
        <source>Choose a leg</source>
        <translation>Bein wählen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Which le&amp;g?</source>
        <translation>Welch&amp;es Bein?</translation>
    </message>
    <message>
        <source>What does it feel like?</source>
        <translation>Wie fühlt es sich an?</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf, ziehend</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <source>Minutes you could sit today</source>
        <translation>Minuten, die Sie heute sitzen konnten</translation>
    </message>
    <message>
        <source>S&amp;itting: about how long at a time today?</source>
        <translation>S&amp;itzen: heute etwa wie lange am Stück?</translation>
    </message>
    <message>
        <source>Minutes you could walk today</source>
        <translation>Minuten, die Sie heute gehen konnten</translation>
    </message>
    <message>
        <source>&amp;Walking: about how long at a time today?</source>
        <translation>&amp;Gehen: heute etwa wie lange am Stück?</translation>
    </message>
    <message>
        <source>Did pain disturb your sleep</source>
        <translation>Haben Schmerzen Ihren Schlaf gestört</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Yes, pain disturbed my sleep</source>
        <translation>Ja, Schmerzen haben meinen Schlaf gestört</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Slee&amp;p: did pain disturb it?</source>
        <translation>Schla&amp;f: durch Schmerzen gestört?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember (optional)</source>
        <translation>Was Sie sich merken möchten (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Tageseintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Tageseintrag speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Status des Tageseintrags</translation>
    </message>
    <message>
        <source>Saved at {time}. Thank you for checking in.</source>
        <translation>Gespeichert um {time}. Danke für Ihren Eintrag.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please see the notes above.</source>
        <translation>Noch nichts gespeichert: Bitte beachten Sie die Hinweise oben.</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <source>Clearance for exercises</source>
        <translation>Freigabe für Übungen</translation>
    </message>
    <message>
        <source>&amp;Change answers…</source>
        <translation>Antworten än&amp;dern…</translation>
    </message>
    <message>
        <source>Change clearance answers</source>
        <translation>Antworten zur Freigabe ändern</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>None of the listed conditions apply.</source>
        <translation>Keiner der aufgeführten Punkte trifft zu.</translation>
    </message>
    <message>
        <source>Surgery on my spine or hip in the last 3 months</source>
        <translation>Eine Operation an Wirbelsäule oder Hüfte in den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <source>A broken bone in my spine, or thinning bones (osteoporosis)</source>
        <translation>Ein Wirbelbruch oder Knochenschwund (Osteoporose)</translation>
    </message>
    <message>
        <source>A hip replacement</source>
        <translation>Ein künstliches Hüftgelenk</translation>
    </message>
    <message>
        <source>A recent serious injury, such as a bad fall or a road accident</source>
        <translation>Eine schwere Verletzung in letzter Zeit, etwa durch einen schweren Sturz oder einen Verkehrsunfall</translation>
    </message>
    <message>
        <source>Ask your physiotherapist first</source>
        <translation>Zuerst mit Ihrer Physiotherapiepraxis absprechen</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Before you exercise</source>
        <translation>Vor dem Üben</translation>
    </message>
    <message>
        <source>Do any of these apply to you? Some exercises need your physiotherapist&apos;s or doctor&apos;s go-ahead first. You can change your answers later in Settings.</source>
        <translation>Trifft etwas davon auf Sie zu? Für manche Übungen brauchen Sie zuerst das Einverständnis Ihrer Physiotherapiepraxis oder Ihrer Ärztin bzw. Ihres Arztes. Sie können Ihre Antworten später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>If none of these apply, leave them all unticked and save.</source>
        <translation>Wenn nichts davon zutrifft, lassen Sie alle Kästchen leer und speichern Sie.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation>Später &amp;fragen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Your answers could not be saved ({error}). Nothing else changed; please try again.</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden ({error}). Sonst hat sich nichts geändert; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>nothing was recorded: {problems}</source>
        <translation>nichts wurde gespeichert: {problems}</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>{option}: please give a number from {low} to {high}.</source>
        <translation>{option}: Bitte geben Sie eine Zahl von {low} bis {high} an.</translation>
    </message>
    <message>
        <source>{label} ({option}) must be a whole number from {low} to {high}, not {given}.</source>
        <translation>{label} ({option}) muss eine ganze Zahl von {low} bis {high} sein, nicht {given}.</translation>
    </message>
    <message>
        <source>{option} must be from 0 to {most_minutes} minutes, not {given}.</source>
        <translation>{option} muss zwischen 0 und {most_minutes} Minuten liegen, nicht {given}.</translation>
    </message>
    <message>
        <source>A marked place on the body is not known.</source>
        <translation>Eine markierte Körperstelle ist unbekannt.</translation>
    </message>
    <message>
        <source>A symptom is not one the app knows.</source>
        <translation>Eine Beschwerde ist der App nicht bekannt.</translation>
    </message>
    <message>
        <source>--reach must be one of {reaches} (it was &apos;{given}&apos;).</source>
        <translation>--reach muss einer dieser Werte sein: {reaches} (angegeben war „{given}“).</translation>
    </message>
    <message>
        <source>--side must be one of {sides} (it was &apos;{given}&apos;).</source>
        <translation>--side muss einer dieser Werte sein: {sides} (angegeben war „{given}“).</translation>
    </message>
    <message>
        <source>--reach {given} does not match the body picture, marked down to: {marked}.</source>
        <translation>--reach {given} passt nicht zum Körperbild, das bis hier markiert ist: {marked}.</translation>
    </message>
    <message>
        <source>--side {given} does not match the legs marked on the body picture.</source>
        <translation>--side {given} passt nicht zu den Beinen, die im Körperbild markiert sind.</translation>
    </message>
    <message>
        <source>--side was given but no leg symptoms; add --reach too.</source>
        <translation>--side ist angegeben, aber keine Beinbeschwerden; geben Sie auch --reach an.</translation>
    </message>
    <message>
        <source>--side is needed with --reach: left, right or both.</source>
        <translation>--side ist zusammen mit --reach nötig: left, right oder both.</translation>
    </message>
    <message>
        <source>--note is longer than {most_characters} characters.</source>
        <translation>--note ist länger als {most_characters} Zeichen.</translation>
    </message>
    <message>
        <source>--at needs a date, a time and a zone.</source>
        <translation>--at braucht ein Datum, eine Uhrzeit und eine Zeitzone.</translation>
    </message>
    <message>
        <source>--at &apos;{given}&apos; is not a date and time; use ISO 8601, e.g. 2026-03-14T08:30 (local time) or 2026-03-14T08:30+01:00.</source>
        <translation>--at „{given}“ ist kein Datum mit Uhrzeit; schreiben Sie es nach ISO 8601, z. B. 2026-03-14T08:30 (Ortszeit) oder 2026-03-14T08:30+01:00.</translation>
    </message>
    <message>
        <source>--at &apos;{given}&apos; names a time that did not happen here: the clocks went forward from {start} to {end} that night. Give a time before or after the change.</source>
        <translation>--at „{given}“ nennt eine Uhrzeit, die es hier nicht gab: In dieser Nacht wurden die Uhren von {start} auf {end} vorgestellt. Geben Sie eine Uhrzeit vor oder nach der Umstellung an.</translation>
    </message>
    <message>
        <source>The time {when} is in the future; a check-in records how you are or were, so give a time up to now.</source>
        <translation>Die Uhrzeit {when} liegt in der Zukunft. Ein Tageseintrag hält fest, wie es Ihnen geht oder ging; geben Sie daher eine Uhrzeit bis jetzt an.</translation>
    </message>
    <message>
        <source>The time is before {year}; please check the date.</source>
        <translation>Die Uhrzeit liegt vor {year}; bitte prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>leg pain is up by 3 or more since the last check-in</source>
        <translation>die Beinschmerzen sind seit dem letzten Tageseintrag um 3 oder mehr gestiegen</translation>
    </message>
    <message>
        <source>numbness is new since the last check-in</source>
        <translation>die Taubheit ist seit dem letzten Tageseintrag neu</translation>
    </message>
    <message>
        <source>weakness is new since the last check-in</source>
        <translation>die Schwäche ist seit dem letzten Tageseintrag neu</translation>
    </message>
    <message>
        <source>symptoms are now in both legs</source>
        <translation>die Beschwerden sind jetzt in beiden Beinen</translation>
    </message>
    <message>
        <source>symptoms reach further down the leg than in the last 7 days</source>
        <translation>die Beschwerden strahlen weiter ins Bein aus als in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>Safety questions are due ({why}): please answer them in the app today.</source>
        <translation>Die Sicherheitsfragen stehen an ({why}): Bitte beantworten Sie sie heute in der App.</translation>
    </message>
    <message>
        <source>{path} ({holds}, {first} to {last})</source>
        <translation>{path} ({holds}, {first} bis {last})</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s)</source>
        <translation>
            <numerusform>%n CSV-Datei</numerusform>
            <numerusform>%n CSV-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FHIR resource(s)</source>
        <translation>
            <numerusform>%n FHIR-Ressource</numerusform>
            <numerusform>%n FHIR-Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>--name or --clinic is too long (at most {name} and {clinic} characters).</source>
        <translation>--name oder --clinic ist zu lang (höchstens {name} bzw. {clinic} Zeichen).</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}. Swap the dates and try again.</source>
        <translation>--from {start} liegt nach --to {end}. Tauschen Sie die beiden Daten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>--from {start} is after today ({end}). Choose an earlier start.</source>
        <translation>--from {start} liegt nach dem heutigen Tag ({end}). Wählen Sie einen früheren Beginn.</translation>
    </message>
    <message>
        <source>nothing was exported: {problem}</source>
        <translation>nichts wurde exportiert: {problem}</translation>
    </message>
    <message>
        <source>{option} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>{option} „{text}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-01.</translation>
    </message>
    <message>
        <source>nothing was exported: There is no report in &apos;{language}&apos;; choose one of: {known}.</source>
        <translation>nichts wurde exportiert: Einen Bericht in „{language}“ gibt es nicht; wählen Sie eine dieser Sprachen: {known}.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds other files, so nothing was written there. Choose a new or empty folder, or a file name ending in .zip.</source>
        <translation>Der Ordner {folder} enthält schon andere Dateien, daher wurde dort nichts geschrieben. Wählen Sie einen neuen oder leeren Ordner oder einen Dateinamen, der auf .zip endet.</translation>
    </message>
    <message>
        <source>There is no starter programme called &apos;{name}&apos;.</source>
        <translation>Ein Einstiegsprogramm namens „{name}“ gibt es nicht.</translation>
    </message>
    <message>
        <source>This programme is already the one you follow; nothing was changed.</source>
        <translation>Diesem Übungsprogramm folgen Sie bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This file is older ({issued}) than the programme from {name} you follow now ({followed}); nothing was changed. Ask your physiotherapist for the newest file.</source>
        <translation>Diese Datei ist älter ({issued}) als das Übungsprogramm von {name}, dem Sie jetzt folgen ({followed}); es wurde nichts geändert. Bitten Sie Ihre Physiotherapiepraxis um die neueste Datei.</translation>
    </message>
    <message>
        <source>There is no programme to export yet: import one or choose a starter programme.</source>
        <translation>Es gibt noch kein Übungsprogramm zum Exportieren: Importieren Sie eines oder wählen Sie ein Einstiegsprogramm.</translation>
    </message>
    <message>
        <source>{path} is inside your data folder, where the app keeps your diary; nothing was written. Choose a file in another folder, e.g. your Documents.</source>
        <translation>{path} liegt in Ihrem Datenordner, in dem die App Ihr Tagebuch aufbewahrt; es wurde nichts geschrieben. Wählen Sie eine Datei in einem anderen Ordner, z. B. in Ihren Dokumenten.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another name, or say that it may be replaced (--force).</source>
        <translation>{path} gibt es schon; es wurde nichts geschrieben. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen (--force).</translation>
    </message>
    <message>
        <source>{path} is a folder, a device or a pipe, not an ordinary file; nothing was written. Choose a file name.</source>
        <translation>{path} ist ein Ordner, ein Gerät oder eine Pipe, keine gewöhnliche Datei; es wurde nichts geschrieben. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>{path} is a link to another place, which is never followed or replaced; nothing was written. Choose the file itself or another name.</source>
        <translation>{path} ist eine Verknüpfung zu einem anderen Ort; solchen Verknüpfungen wird nie gefolgt und sie werden nie ersetzt. Es wurde nichts geschrieben. Wählen Sie die Datei selbst oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist; nothing was written. Create it or choose another folder.</source>
        <translation>Den Ordner von {path} gibt es nicht; es wurde nichts geschrieben. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was written. Free some space or choose another disk, and try again.</source>
        <translation>Der Datenträger von {path} ist voll; es wurde nichts geschrieben. Schaffen Sie Platz oder wählen Sie einen anderen Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is on a disk that is read-only; nothing was written. Choose another folder.</source>
        <translation>{path} liegt auf einem schreibgeschützten Datenträger; es wurde nichts geschrieben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>You are not allowed to write {path}; nothing was written. Choose a folder of your own, e.g. your Documents.</source>
        <translation>Sie dürfen {path} nicht schreiben; es wurde nichts geschrieben. Wählen Sie einen eigenen Ordner, z. B. Ihre Dokumente.</translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}); nothing was written. Choose another folder and try again.</source>
        <translation>{path} konnte nicht geschrieben werden ({detail}); es wurde nichts geschrieben. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no command given (see &apos;companion --help&apos;)</source>
        <translation>kein Befehl angegeben (siehe „companion --help“)</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {detail}</source>
        <translation>unerwarteter Fehler: {kind}: {detail}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Sciatica Companion (schema {revision}). Install that version or a newer one to open it; the file has not been changed.</source>
        <translation>{path} wurde von einer neueren Version von Sciatica Companion geschrieben (Schema {revision}). Installieren Sie diese oder eine neuere Version, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Updating your diary to this version failed ({detail}). Nothing was changed; your data is as it was. Please report this problem.</source>
        <translation>Das Aktualisieren Ihres Tagebuchs auf diese Version ist fehlgeschlagen ({detail}). Es wurde nichts geändert; Ihre Daten sind wie vorher. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation>an einer Stelle darüber steht eine Datei statt eines Ordners</translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be used: {reason}. Nothing was changed; choose another folder with --data-dir, or fix this one</source>
        <translation>der Datenordner {folder} kann nicht verwendet werden: {reason}. Es wurde nichts geändert; wählen Sie mit --data-dir einen anderen Ordner oder beheben Sie das Problem mit diesem</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>the diary is busy: {holder} has been writing to it for more than {seconds} seconds; try again when it has finished</source>
        <translation>das Tagebuch ist belegt: {holder} schreibt seit mehr als {seconds} Sekunden hinein; versuchen Sie es erneut, wenn der Vorgang beendet ist</translation>
    </message>
    <message>
        <source>the backup failed: {detail}. Your diary was not changed.</source>
        <translation>die Sicherung ist fehlgeschlagen: {detail}. Ihr Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>your diary file {path} is damaged ({detail})</source>
        <translation>Ihre Tagebuchdatei {path} ist beschädigt ({detail})</translation>
    </message>
    <message>
        <source>the disk that holds your diary is full ({detail}); nothing new was saved and what was saved before is safe. Free some space, then try again</source>
        <translation>der Datenträger mit Ihrem Tagebuch ist voll ({detail}); es wurde nichts Neues gespeichert, und was vorher gespeichert war, ist sicher. Schaffen Sie Platz und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>your diary {path} cannot be written: the file or its disk is read-only ({detail}); nothing was changed. Make it writable, then try again</source>
        <translation>in Ihr Tagebuch {path} kann nicht geschrieben werden: Die Datei oder ihr Datenträger ist schreibgeschützt ({detail}); es wurde nichts geändert. Heben Sie den Schreibschutz auf und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>you are not allowed to open your diary {path} ({detail}); it may belong to another user (for example after running the app with sudo). Nothing was changed; give the file back to your own user, then try again</source>
        <translation>Sie dürfen Ihr Tagebuch {path} nicht öffnen ({detail}); es gehört vielleicht einem anderen Benutzerkonto (zum Beispiel, nachdem die App mit sudo gestartet wurde). Es wurde nichts geändert; geben Sie die Datei wieder Ihrem eigenen Benutzerkonto und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>your diary {path} is busy: another program is writing to it ({detail}). Nothing was changed; try again in a moment</source>
        <translation>Ihr Tagebuch {path} ist belegt: Ein anderes Programm schreibt gerade hinein ({detail}). Es wurde nichts geändert; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>your diary {path} cannot be opened ({detail}); nothing was changed. Check that the disk is connected and that the folder belongs to you, then try again</source>
        <translation>Ihr Tagebuch {path} kann nicht geöffnet werden ({detail}); es wurde nichts geändert. Prüfen Sie, ob der Datenträger angeschlossen ist und der Ordner Ihnen gehört, und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>the disk reported an error while using your diary {path} ({detail}); nothing was moved or deleted. Check the disk, then try again</source>
        <translation>der Datenträger hat beim Zugriff auf Ihr Tagebuch {path} einen Fehler gemeldet ({detail}); es wurde nichts verschoben oder gelöscht. Prüfen Sie den Datenträger und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>in den Datenordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>It has been kept safe at {path}.</source>
        <translation>Sie wurde sicher unter {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>It has not been moved.</source>
        <translation>Sie wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} UTC: {path}</source>
        <translation>Die neueste intakte Sicherung ist vom {when} UTC: {path}</translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation>Es wurde keine intakte Sicherung gefunden.</translation>
    </message>
    <message>
        <source>Your diary file was damaged ({detail}). {kept} {offer}</source>
        <translation>Ihre Tagebuchdatei war beschädigt ({detail}). {kept} {offer}</translation>
    </message>
    <message>
        <source>ok: {path} is a healthy Sciatica Companion backup that restore would accept</source>
        <translation>ok: {path} ist eine intakte Sicherung von Sciatica Companion, die sich wiederherstellen lässt</translation>
    </message>
    <message>
        <source>this file cannot be restored: {problem}</source>
        <translation>diese Datei kann nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} gibt es nicht, oder es ist keine Datei.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be read: you are not allowed to open it.</source>
        <translation>{path} kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is not a healthy Sciatica Companion backup ({detail}).</source>
        <translation>{path} ist keine intakte Sicherung von Sciatica Companion ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not exist.</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion: {rows} Datensätze verweisen auf Datensätze, die es nicht gibt.</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (it has no schema version).</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion (die Schemaversion fehlt).</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (its schema version is unclear).</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion (die Schemaversion ist unklar).</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Sciatica Companion.</source>
        <translation>{path} stammt aus einer neueren Version von Sciatica Companion.</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: its tables differ from ours ({detail}).</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion: Die Tabellen stimmen nicht mit denen dieser Version überein ({detail}).</translation>
    </message>
    <message>
        <source>No diary yet in {folder}. It is created when you first open the app.</source>
        <translation>In {folder} gibt es noch kein Tagebuch. Es wird angelegt, wenn Sie die App zum ersten Mal öffnen.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); no good backup was found</source>
        <translation>{path} ist beschädigt ({detail}); es wurde keine intakte Sicherung gefunden</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); restore the newest good backup with: companion restore &apos;{backup}&apos;</source>
        <translation>{path} ist beschädigt ({detail}); stellen Sie die neueste intakte Sicherung so wieder her: companion restore &apos;{backup}&apos;</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Sciatica Companion; it has not been changed</source>
        <translation>{path} wurde von einer neueren Version von Sciatica Companion geschrieben; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translation>Schema aktuell</translation>
    </message>
    <message>
        <source>schema will be updated on next open</source>
        <translation>Schema wird beim nächsten Öffnen aktualisiert</translation>
    </message>
    <message>
        <source>read-only: nothing can be saved</source>
        <translation>schreibgeschützt: nichts kann gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{backups}, newest {when} UTC</source>
        <translation>{backups}, neueste vom {when} UTC</translation>
    </message>
    <message>
        <source>ok: {path} passes its check ({status}); {backups}</source>
        <translation>ok: {path} hat die Prüfung bestanden ({status}); {backups}</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sicherung geschrieben nach {path}</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet, so there is nothing to back up.</source>
        <translation>Es wurde noch nichts eingetragen, daher gibt es nichts zu sichern.</translation>
    </message>
    <message>
        <source>Nothing changed since the newest backup; no new backup was needed.</source>
        <translation>Seit der neuesten Sicherung hat sich nichts geändert; eine neue Sicherung war nicht nötig.</translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation>Noch keine automatischen Sicherungen.</translation>
    </message>
    <message>
        <source>date in the future: the clock was wrong; never chosen on its own</source>
        <translation>Datum in der Zukunft: Die Uhr ging falsch; wird nie von selbst gewählt</translation>
    </message>
    <message>
        <source>Sciatica Companion is running on this data folder; quit it, then restore</source>
        <translation>Sciatica Companion läuft mit diesem Datenordner; beenden Sie die App und stellen Sie dann wieder her</translation>
    </message>
    <message>
        <source>nothing was changed: {problem}</source>
        <translation>es wurde nichts geändert: {problem}</translation>
    </message>
    <message>
        <source>Restored from {path}. What was there before was kept as a backup.</source>
        <translation>Aus {path} wiederhergestellt. Der vorherige Stand wurde als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>the exercise library could not be read ({detail})</source>
        <translation>die Übungsbibliothek konnte nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>not a usable programme: {problems}</source>
        <translation>kein verwendbares Übungsprogramm: {problems}</translation>
    </message>
    <message>
        <source>nothing was imported: {problem}</source>
        <translation>nichts wurde importiert: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: &apos;{title}&apos; by {author}, {exercises}</source>
        <translation>{file}: ok: „{title}“ von {author}, {exercises}</translation>
    </message>
    <message>
        <source>{file}: ok: &apos;{title}&apos;, {exercises}</source>
        <translation>{file}: ok: „{title}“, {exercises}</translation>
    </message>
    <message>
        <source>{checked} (format version {version}, upgraded)</source>
        <translation>{checked} (Formatversion {version}, aktualisiert)</translation>
    </message>
    <message>
        <source>imported &apos;{title}&apos; as your programme</source>
        <translation>„{title}“ als Ihr Übungsprogramm importiert</translation>
    </message>
    <message>
        <source>imported &apos;{title}&apos; as your programme; it replaces &apos;{replaced}&apos;</source>
        <translation>„{title}“ als Ihr Übungsprogramm importiert; es ersetzt „{replaced}“</translation>
    </message>
    <message>
        <source>nothing was added: {problem}</source>
        <translation>nichts wurde hinzugefügt: {problem}</translation>
    </message>
    <message>
        <source>added {id}: {questionnaire}</source>
        <translation>{id} hinzugefügt: {questionnaire}</translation>
    </message>
    <message>
        <source>updated {id}: {questionnaire}</source>
        <translation>{id} aktualisiert: {questionnaire}</translation>
    </message>
    <message>
        <source>updated {id}: {questionnaire} (was version {old})</source>
        <translation>{id} aktualisiert: {questionnaire} (vorher Version {old})</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions}, due every %n day(s)</source>
        <translation>
            <numerusform>{questions}, jeweils nach %n Tag fällig</numerusform>
            <numerusform>{questions}, jeweils nach %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, version {version} ({questions})</source>
        <translation>{title}, Version {version} ({questions})</translation>
    </message>
    <message>
        <source>no questionnaires are installed</source>
        <translation>es sind keine Fragebögen installiert</translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation>nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>nothing was removed: no questionnaire called &apos;{id}&apos; is installed (installed: {installed})</source>
        <translation>nichts wurde entfernt: Ein Fragebogen „{id}“ ist nicht installiert (installiert: {installed})</translation>
    </message>
    <message numerus="yes">
        <source>removed {file}; %n stored answer(s) kept</source>
        <translation>
            <numerusform>{file} entfernt; %n gespeicherte Antwort bleibt erhalten</numerusform>
            <numerusform>{file} entfernt; %n gespeicherte Antworten bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>{app}: with no command, opens the app.</source>
        <translation>{app}: Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>Version anzeigen und beenden</translation>
    </message>
    <message>
        <source>use this data folder instead of the per-user default</source>
        <translation>diesen Datenordner statt des üblichen Ordners Ihres Benutzerkontos verwenden</translation>
    </message>
    <message>
        <source>check that the app can run, then exit</source>
        <translation>prüfen, ob die App laufen kann, dann beenden</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>{problem} (see &apos;{command} --help&apos;)</source>
        <translation>{problem} (siehe „{command} --help“)</translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation>Angabe {option}: {problem}</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>diese Angaben fehlen: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>nicht verstandene Angaben: {names}</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>nach dieser Option fehlt ein Wert</translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {names})</source>
        <translation>{value} ist nicht möglich (wählen Sie aus {names})</translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>ambiguous option: {value} could match {names}</source>
        <translation>mehrdeutige Option: {value} kann {names} bedeuten</translation>
    </message>
    <message>
        <source>record a check-in and print its id</source>
        <translation>einen Tageseintrag speichern und seine Kennung ausgeben</translation>
    </message>
    <message>
        <source>Record how you are now. Reach and side left out are carried from the previous check-in; --side is needed with a new --reach when there is none to carry.</source>
        <translation>Halten Sie fest, wie es Ihnen jetzt geht. Fehlen Ausstrahlung und Seite, werden sie aus dem vorigen Tageseintrag übernommen; zu einer neuen Angabe --reach ist --side nötig, wenn es nichts zu übernehmen gibt.</translation>
    </message>
    <message>
        <source>back pain, 0-10</source>
        <translation>Rückenschmerzen, 0–10</translation>
    </message>
    <message>
        <source>leg pain, 0-10</source>
        <translation>Beinschmerzen, 0–10</translation>
    </message>
    <message>
        <source>how far the leg symptoms reach</source>
        <translation>wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <source>which leg</source>
        <translation>welches Bein</translation>
    </message>
    <message>
        <source>a short note</source>
        <translation>eine kurze Notiz</translation>
    </message>
    <message>
        <source>when, if not now (without a zone: local time). A local time skipped when the clocks go forward (e.g. 02:30 on the night summer time starts) is refused.</source>
        <translation>wann, falls nicht jetzt (ohne Zeitzone: Ortszeit). Eine Ortszeit, die es wegen der Zeitumstellung nicht gibt (z. B. 02:30 in der Nacht, in der die Sommerzeit beginnt), wird abgelehnt.</translation>
    </message>
    <message>
        <source>check the diary file and the backups, or a backup FILE</source>
        <translation>die Tagebuchdatei und die Sicherungen prüfen oder eine Sicherungsdatei FILE</translation>
    </message>
    <message>
        <source>a backup file to judge as restore would</source>
        <translation>eine Sicherungsdatei, die so geprüft wird wie beim Wiederherstellen</translation>
    </message>
    <message>
        <source>take a backup now</source>
        <translation>jetzt eine Sicherung anlegen</translation>
    </message>
    <message>
        <source>write the backup to this file</source>
        <translation>die Sicherung in diese Datei schreiben</translation>
    </message>
    <message>
        <source>replace FILE if it exists (never the diary itself)</source>
        <translation>FILE ersetzen, falls es die Datei schon gibt (nie das Tagebuch selbst)</translation>
    </message>
    <message>
        <source>list the automatic backups</source>
        <translation>die automatischen Sicherungen auflisten</translation>
    </message>
    <message>
        <source>replace the data with a backup</source>
        <translation>die Daten durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>die Sicherungsdatei, die wiederhergestellt werden soll</translation>
    </message>
    <message>
        <source>write the report (pdf), the data (csv) or a FHIR bundle (fhir)</source>
        <translation>den Bericht (pdf), die Daten (csv) oder ein FHIR-Bundle (fhir) schreiben</translation>
    </message>
    <message>
        <source>Export a period of your diary. pdf: the report for your physiotherapist; csv: one file per kind of data, in a zip (FILE ending in .zip) or a folder; fhir: an HL7 FHIR R4 bundle (JSON). Without --name and with --no-notes the export is anonymised.</source>
        <translation>Einen Zeitraum Ihres Tagebuchs exportieren. pdf: der Bericht für Ihre Physiotherapeutin oder Ihren Physiotherapeuten; csv: eine Datei je Art von Daten, in einer ZIP-Datei (FILE endet auf .zip) oder einem Ordner; fhir: ein HL7-FHIR-R4-Bundle (JSON). Ohne --name und mit --no-notes ist der Export anonymisiert.</translation>
    </message>
    <message>
        <source>what to write</source>
        <translation>was geschrieben wird</translation>
    </message>
    <message>
        <source>where to write; never inside the data folder</source>
        <translation>wohin geschrieben wird; nie in den Datenordner</translation>
    </message>
    <message>
        <source>replace FILE if it exists (never a link or folder)</source>
        <translation>FILE ersetzen, falls es die Datei schon gibt (nie eine Verknüpfung oder einen Ordner)</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: first entry)</source>
        <translation>erster Tag, JJJJ-MM-TT (ohne Angabe: erster Eintrag)</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>letzter Tag (ohne Angabe: heute)</translation>
    </message>
    <message>
        <source>leave your notes out</source>
        <translation>Ihre Notizen weglassen</translation>
    </message>
    <message>
        <source>name printed on the report</source>
        <translation>Name, der auf dem Bericht steht</translation>
    </message>
    <message>
        <source>clinic name and contact line for the header</source>
        <translation>Name und Kontaktzeile der Praxis für den Kopf des Berichts</translation>
    </message>
    <message>
        <source>the report&apos;s language: {languages} (default: your system&apos;s language, else en)</source>
        <translation>die Sprache des Berichts: {languages} (ohne Angabe: die Sprache Ihres Systems, sonst en)</translation>
    </message>
    <message>
        <source>check, import or export a programme file (.scprog)</source>
        <translation>eine Programmdatei (.scprog) prüfen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>Programme files are what a physiotherapist sends: check one, make it your programme, or save the programme you follow to a file.</source>
        <translation>Programmdateien schickt Ihnen Ihre Physiotherapiepraxis: Prüfen Sie eine, machen Sie sie zu Ihrem Übungsprogramm oder speichern Sie das Übungsprogramm, dem Sie folgen, in einer Datei.</translation>
    </message>
    <message>
        <source>check a programme file without importing it</source>
        <translation>eine Programmdatei prüfen, ohne sie zu importieren</translation>
    </message>
    <message>
        <source>make a programme file your active programme</source>
        <translation>eine Programmdatei zu Ihrem aktiven Übungsprogramm machen</translation>
    </message>
    <message>
        <source>save the active programme to a programme file</source>
        <translation>das aktive Übungsprogramm in einer Programmdatei speichern</translation>
    </message>
    <message>
        <source>add, list or remove a clinic&apos;s licensed questionnaires</source>
        <translation>lizenzierte Fragebögen einer Praxis hinzufügen, auflisten oder entfernen</translation>
    </message>
    <message>
        <source>Questionnaire files (see docs/questionnaire-format.md) are checked before they are added. Removing one keeps every answer already given.</source>
        <translation>Fragebogendateien (siehe docs/questionnaire-format.md) werden vor dem Hinzufügen geprüft. Wird einer entfernt, bleiben alle bereits gegebenen Antworten erhalten.</translation>
    </message>
    <message>
        <source>check a questionnaire file and add it (or update it)</source>
        <translation>eine Fragebogendatei prüfen und hinzufügen (oder aktualisieren)</translation>
    </message>
    <message>
        <source>the questionnaire file (.json)</source>
        <translation>die Fragebogendatei (.json)</translation>
    </message>
    <message>
        <source>list the installed questionnaires</source>
        <translation>die installierten Fragebögen auflisten</translation>
    </message>
    <message>
        <source>remove a questionnaire (its answers are kept)</source>
        <translation>einen Fragebogen entfernen (seine Antworten bleiben erhalten)</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s id, as `list` shows it</source>
        <translation>die Kennung des Fragebogens, wie `list` sie zeigt</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a programme file</source>
        <translation>ist größer als {kib} KiB und damit zu groß für eine Programmdatei</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>konnte nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>is not a programme file (it is not UTF-8 JSON text)</source>
        <translation>ist keine Programmdatei (kein JSON-Text in UTF-8)</translation>
    </message>
    <message>
        <source>is not a programme file: not valid JSON ({detail}, line {line}, column {column})</source>
        <translation>ist keine Programmdatei: kein gültiges JSON ({detail}, Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a programme</source>
        <translation>ist zu tief verschachtelt für ein Übungsprogramm</translation>
    </message>
    <message>
        <source>holds a value no programme uses ({detail})</source>
        <translation>enthält einen Wert, den kein Übungsprogramm verwendet ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a number a programme can use</source>
        <translation>{name} ist keine Zahl, die ein Übungsprogramm verwenden kann</translation>
    </message>
    <message>
        <source>appears twice in one object</source>
        <translation>kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>is a number of {digits} digits, too long for any field</source>
        <translation>ist eine Zahl mit {digits} Stellen, zu lang für jedes Feld</translation>
    </message>
    <message>
        <source>holds a character that is not text (a lone surrogate)</source>
        <translation>enthält ein Zeichen, das kein Text ist (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>a field name holds a character that is not text (a lone surrogate)</source>
        <translation>ein Feldname enthält ein Zeichen, das kein Text ist (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>must be a JSON object ({{...}})</source>
        <translation>muss ein JSON-Objekt sein ({{...}})</translation>
    </message>
    <message>
        <source>must be &quot;{expected}&quot; (this is not a Sciatica Companion programme)</source>
        <translation>muss „{expected}“ lauten (dies ist kein Übungsprogramm für Sciatica Companion)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{version} is newer than this app can read (up to {newest}); update Sciatica Companion to open it</source>
        <translation>{version} ist neuer, als diese App lesen kann (bis {newest}); aktualisieren Sie Sciatica Companion, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>{version} is not a known version</source>
        <translation>{version} ist keine bekannte Version</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>fehlt (Pflichtfeld)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must be {type_words}</source>
        <translation>muss {type_words} sein</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>muss {value} sein</translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation>muss einer dieser Werte sein: {values}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>muss mindestens {limit} sein</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>darf höchstens {limit} sein</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>muss größer als {limit} sein</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be an id of lower-case letters, digits and hyphens</source>
        <translation>muss eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen sein</translation>
    </message>
    <message>
        <source>needs at least {count} entries</source>
        <translation>braucht mindestens {count} Einträge</translation>
    </message>
    <message>
        <source>may hold at most {count} entries</source>
        <translation>darf höchstens {count} Einträge enthalten</translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation>enthält denselben Eintrag zweimal</translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation>hat zu viele Einträge</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date (use YYYY-MM-DD)</source>
        <translation>„{value}“ ist kein gültiges Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>two custom exercises share an id</source>
        <translation>zwei eigene Übungen haben dieselbe Kennung</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>darf nicht vor dem Startdatum liegen</translation>
    </message>
    <message>
        <source>no exercise has the id &apos;{exercise}&apos;</source>
        <translation>keine Übung hat die Kennung „{exercise}“</translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is already a library exercise</source>
        <translation>„{exercise}“ ist bereits eine Übung der Übungsbibliothek</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a questionnaire</source>
        <translation>ist größer als {kib} KiB und damit zu groß für einen Fragebogen</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein Text in UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>ist kein gültiges JSON: {detail} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; appears twice in one object</source>
        <translation>das Feld „{key}“ kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>{name} is not a number a questionnaire can use</source>
        <translation>{name} ist keine Zahl, die ein Fragebogen verwenden kann</translation>
    </message>
    <message>
        <source>is nested too deeply to be a questionnaire</source>
        <translation>ist zu tief verschachtelt für einen Fragebogen</translation>
    </message>
    <message>
        <source>holds a value no questionnaire uses ({detail})</source>
        <translation>enthält einen Wert, den kein Fragebogen verwendet ({detail})</translation>
    </message>
    <message>
        <source>needs {limit}+ characters</source>
        <translation>braucht mindestens {limit} Zeichen</translation>
    </message>
    <message>
        <source>use 2-40 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>verwenden Sie 2–40 Kleinbuchstaben, Ziffern, „_“ oder „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>use 1-40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>verwenden Sie 1–40 Buchstaben, Ziffern, „_“, „.“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>hat nicht die erwartete Form</translation>
    </message>
    <message>
        <source>at least one {noun} is needed</source>
        <translation>mindestens ein Eintrag ({noun}) ist nötig</translation>
    </message>
    <message>
        <source>at least {count_words} {noun} are needed</source>
        <translation>mindestens {count_words} Einträge ({noun}) sind nötig</translation>
    </message>
    <message>
        <source>at most {count} are allowed</source>
        <translation>höchstens {count} Einträge sind erlaubt</translation>
    </message>
    <message>
        <source>give points, percent or both</source>
        <translation>geben Sie Punkte (points), Prozent (percent) oder beides an</translation>
    </message>
    <message>
        <source>not allowed on a {kind} item</source>
        <translation>ist bei einer Frage der Art „{kind}“ nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the name of a built-in measure; choose another</source>
        <translation>„{id}“ ist der Name einer eingebauten Verlaufsmessung; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>„{id}“ wird schon von {file} verwendet</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is used by an earlier item</source>
        <translation>„{id}“ wird schon von einer früheren Frage verwendet</translation>
    </message>
    <message>
        <source>at least two options are needed</source>
        <translation>mindestens zwei Antwortmöglichkeiten sind nötig</translation>
    </message>
    <message>
        <source>a checkbox item has no options</source>
        <translation>eine Frage zum Ankreuzen hat keine Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>the label &apos;{label}&apos; appears twice</source>
        <translation>die Beschriftung „{label}“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>mindestens eine Frage ist nötig</translation>
    </message>
    <message>
        <source>&apos;count_checked&apos; needs every item to be a checkbox</source>
        <translation>„count_checked“ setzt voraus, dass alle Fragen zum Ankreuzen sind</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; cannot allow missing answers; only &apos;mean&apos; and &apos;percent_of_max&apos; can</source>
        <translation>„{method}“ kann keine fehlenden Antworten zulassen; das können nur „mean“ und „percent_of_max“</translation>
    </message>
    <message>
        <source>{count} would allow every question to be skipped</source>
        <translation>{count} würde erlauben, jede Frage auszulassen</translation>
    </message>
    <message>
        <source>&apos;percent_of_max&apos; needs every item to have a range</source>
        <translation>„percent_of_max“ setzt voraus, dass jede Frage mehr als einen Punktwert ergeben kann</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>min muss kleiner als max sein</translation>
    </message>
    <message>
        <source>the items can score {low} to {high}, outside the declared {min} to {max}</source>
        <translation>die Fragen ergeben Punktwerte von {low} bis {high}, außerhalb der angegebenen Spanne von {min} bis {max}</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message numerus="yes">
        <source>asks for {times} times a week on only %n day(s); add days or lower it</source>
        <translation>
            <numerusform>verlangt {times}-mal pro Woche an nur %n Tag; fügen Sie Tage hinzu oder verringern Sie den Wert</numerusform>
            <numerusform>verlangt {times}-mal pro Woche an nur %n Tagen; fügen Sie Tage hinzu oder verringern Sie den Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {limit} for {dose_field}</source>
        <translation>darf für {dose_field} höchstens {limit} sein</translation>
    </message>
    <message>
        <source>must be more than the starting {dose_field} ({start})</source>
        <translation>muss größer als der Startwert von {dose_field} ({start}) sein</translation>
    </message>
    <message>
        <source>{dose_field} already has a rule</source>
        <translation>für {dose_field} gibt es bereits eine Regel</translation>
    </message>
    <message>
        <source>{dose_field} cannot progress with a falling count (reps_per_set)</source>
        <translation>{dose_field} kann bei fallender Wiederholungszahl (reps_per_set) nicht gesteigert werden</translation>
    </message>
    <message>
        <source>hold_s cannot progress with hold_phases</source>
        <translation>hold_s kann mit hold_phases nicht gesteigert werden</translation>
    </message>
    <message>
        <source>no keyframe of &apos;{exercise}&apos; is named &apos;{frame}&apos; (it has {frames})</source>
        <translation>keine Schlüsselpose von „{exercise}“ heißt „{frame}“ (vorhanden: {frames})</translation>
    </message>
    <message>
        <source>gives {given} numbers for {sets} sets; give one for each set</source>
        <translation>nennt {given} Zahlen für {sets} Serien; geben Sie für jede Serie eine an</translation>
    </message>
    <message>
        <source>must be the first set&apos;s count ({first}) when reps_per_set is given</source>
        <translation>muss der Zahl der ersten Serie ({first}) entsprechen, wenn reps_per_set angegeben ist</translation>
    </message>
    <message>
        <source>must be the phases&apos; total ({total}) when hold_phases is given, or left out</source>
        <translation>muss der Summe der Phasen ({total}) entsprechen, wenn hold_phases angegeben ist, oder entfallen</translation>
    </message>
    <message>
        <source>last {total} s in all; at most {limit} s</source>
        <translation>dauern zusammen {total} s; höchstens {limit} s</translation>
    </message>
    <message>
        <source>goes with times_per_day = 1 (a weekly activity is once on its day)</source>
        <translation>setzt times_per_day = 1 voraus (eine wöchentliche Aktivität erfolgt einmal an ihrem Tag)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>ein Objekt ({...})</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>eine Liste ([...])</translation>
    </message>
    <message>
        <source>needs at least 1 entry</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
</context>
<context>
    <name>ClinicianModeSwitch</name>
    <message>
        <source>&amp;Clinician mode: show the programme editor for physiotherapists</source>
        <translation>&amp;Modus für Fachpersonen: Programmeditor für die Physiotherapie anzeigen</translation>
    </message>
    <message>
        <source>Clinician mode</source>
        <translation>Modus für Fachpersonen</translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <source>Check in…</source>
        <translation>Tageseintrag machen…</translation>
    </message>
    <message>
        <source>Start session…</source>
        <translation>Übungseinheit starten…</translation>
    </message>
    <message>
        <source>Safety questions…</source>
        <translation>Sicherheitsfragen…</translation>
    </message>
    <message>
        <source>The new choice applies as soon as the exercise session is closed.</source>
        <translation>Die neue Auswahl gilt, sobald die Übungseinheit geschlossen ist.</translation>
    </message>
    <message>
        <source>The new choice applies as soon as the open dialog is closed.</source>
        <translation>Die neue Auswahl gilt, sobald das offene Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>The new choice applies as soon as the check-in on the Today page is saved.</source>
        <translation>Die neue Auswahl gilt, sobald der Tageseintrag auf der Seite „Heute“ gespeichert ist.</translation>
    </message>
    <message>
        <source>Still here, in the tray</source>
        <translation>Läuft im Infobereich weiter</translation>
    </message>
    <message>
        <source>The companion keeps running in the tray to remind you. To leave it, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Die App läuft im Infobereich der Taskleiste weiter, um Sie zu erinnern. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols im Infobereich.</translation>
    </message>
</context>
<context>
    <name>DataProblems</name>
    <message>
        <source>The backup could not be restored: {reason}

Nothing was deleted. You can try again, start with an empty diary or quit.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}

Es wurde nichts gelöscht. Sie können es erneut versuchen, mit einem leeren Tagebuch beginnen oder das Programm beenden.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an empty diary</source>
        <translation>Mit leerem Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Your diary file could not be read: it is damaged. Nothing has been moved or deleted. If you restore a backup or start with an empty diary, the damaged file is moved to {folder} so it can still be examined.</source>
        <translation>Ihre Tagebuchdatei konnte nicht gelesen werden: Sie ist beschädigt. Es wurde nichts verschoben oder gelöscht. Wenn Sie eine Sicherung wiederherstellen oder mit einem leeren Tagebuch beginnen, wird die beschädigte Datei nach {folder} verschoben, damit sie weiterhin untersucht werden kann.</translation>
    </message>
    <message>
        <source>The newest healthy backup is from {when}. Restore it to carry on from there.</source>
        <translation>Die neueste intakte Sicherung stammt vom {when}. Stellen Sie sie wieder her, um dort weiterzumachen.</translation>
    </message>
    <message>
        <source>No healthy backup was found. You can start with an empty diary.</source>
        <translation>Es wurde keine intakte Sicherung gefunden. Sie können mit einem leeren Tagebuch beginnen.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>The disk that holds your diary is full. Free some space.</source>
        <translation>Der Datenträger mit Ihrem Tagebuch ist voll. Schaffen Sie etwas Platz.</translation>
    </message>
    <message>
        <source>Your diary file or its disk is read-only. Make it writable.</source>
        <translation>Ihre Tagebuchdatei oder ihr Datenträger ist schreibgeschützt. Heben Sie den Schreibschutz auf.</translation>
    </message>
    <message>
        <source>You are not allowed to open your diary file; it may belong to another user (for example after running the app as administrator). Give it back to your user.</source>
        <translation>Sie haben keine Berechtigung, Ihre Tagebuchdatei zu öffnen; sie gehört vielleicht einem anderen Benutzer (zum Beispiel, nachdem das Programm als Administrator ausgeführt wurde). Machen Sie Ihr Benutzerkonto wieder zum Eigentümer der Datei.</translation>
    </message>
    <message>
        <source>Another program is using your diary. Wait a moment.</source>
        <translation>Ein anderes Programm verwendet gerade Ihr Tagebuch. Warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>The disk reported a problem ({detail}). Check the disk.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet ({detail}). Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>Your diary {path} cannot be used right now. {reason} Nothing was moved or changed; then open the app again.</source>
        <translation>Ihr Tagebuch {path} kann gerade nicht verwendet werden. {reason} Es wurde nichts verschoben oder geändert; öffnen Sie das Programm danach erneut.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Sciatica Companion (schema {revision}). Install that version or a newer one to open it; the file has not been changed.</source>
        <translation>{path} wurde von einer neueren Version von Sciatica Companion geschrieben (Schema {revision}). Installieren Sie diese oder eine neuere Version, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Updating your diary to this version failed ({detail}). Nothing was changed; your data is as it was. Please report this problem.</source>
        <translation>Die Aktualisierung Ihres Tagebuchs auf diese Version ist fehlgeschlagen ({detail}). Es wurde nichts geändert; Ihre Daten sind wie vorher. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>Es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation>An einer Stelle darüber steht eine Datei statt eines Ordners</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}. Nothing was changed; start the app with --data-dir and another folder, or fix this one.</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden: {reason}. Es wurde nichts geändert. Starten Sie die App mit --data-dir und einem anderen Ordner, oder beheben Sie das Problem mit diesem Ordner.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} gibt es nicht, oder es ist keine Datei.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation>{path} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be read: you are not allowed to open it.</source>
        <translation>{path} kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is not a healthy Sciatica Companion backup ({detail}).</source>
        <translation>{path} ist keine intakte Sicherung von Sciatica Companion ({detail}).</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not exist.</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion: {rows} Datensätze verweisen auf Datensätze, die es nicht gibt.</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (it has no schema version).</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion (die Schemaversion fehlt).</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (its schema version is unclear).</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion (die Schemaversion ist unklar).</translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Sciatica Companion.</source>
        <translation>{path} stammt aus einer neueren Version von Sciatica Companion.</translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: its tables differ from ours ({detail}).</source>
        <translation>{path} ist keine Sicherung von Sciatica Companion: Die Tabellen stimmen nicht mit denen dieser Version überein ({detail}).</translation>
    </message>
    <message>
        <source>The diary could not be written.</source>
        <translation>Das Tagebuch konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Your entry could not be saved. {reason}

What you entered is still in the form and nothing in your diary was changed; choose Retry to try again.</source>
        <translation>Ihr Eintrag konnte nicht gespeichert werden. {reason}

Ihre Eingaben stehen noch im Formular, und in Ihrem Tagebuch wurde nichts geändert. Wählen Sie „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>Auswahl wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Aus Datei wiederherstellen…</translation>
    </message>
    <message>
        <source>A backup is taken automatically when your data has changed: at start, once a day and when you quit. The newest backup of each of the last 12 days, 10 weeks and 9 months is kept.</source>
        <translation>Eine Sicherung wird automatisch angelegt, wenn sich Ihre Daten geändert haben: beim Start, einmal täglich und beim Beenden. Aufbewahrt wird jeweils die neueste Sicherung der letzten 12 Tage, 10 Wochen und 9 Monate.</translation>
    </message>
    <message>
        <source>Automatic backups (newest first):</source>
        <translation>Automatische Sicherungen (neueste zuerst):</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Datenordner: {path}</translation>
    </message>
    <message>
        <source>  (taken before a restore)</source>
        <translation>  (vor einer Wiederherstellung angelegt)</translation>
    </message>
    <message>
        <source>  (taken before an update)</source>
        <translation>  (vor einem Update angelegt)</translation>
    </message>
    <message>
        <source>No backups yet: one is taken once you add data.</source>
        <translation>Noch keine Sicherungen: Eine wird angelegt, sobald Sie Daten eingeben.</translation>
    </message>
    <message>
        <source>The backup failed: {e}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {e}</translation>
    </message>
    <message>
        <source>Save a copy of your data</source>
        <translation>Eine Kopie Ihrer Daten speichern</translation>
    </message>
    <message>
        <source>Sciatica Companion backup (*.db)</source>
        <translation>Sicherung von Sciatica Companion (*.db)</translation>
    </message>
    <message>
        <source>The copy failed ({error}). Your data is unchanged.</source>
        <translation>Die Kopie ist fehlgeschlagen ({error}). Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your data will be replaced by the backup {name}. What you have now is kept as a backup first, so you can go back.</source>
        <translation>Ihre Daten werden durch die Sicherung {name} ersetzt. Ihr jetziger Stand wird vorher als Sicherung aufbewahrt, sodass Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was changed. {e}</source>
        <translation>Es wurde nichts verändert. {e}</translation>
    </message>
    <message>
        <source>Your data was restored.</source>
        <translation>Ihre Daten wurden wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation>Radfahren</translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation>Schwimmen</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Andere Aktivität</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikament begonnen</translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation>Medikament geändert</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medikament abgesetzt</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Anderes Ereignis</translation>
    </message>
    <message>
        <source>The name is too long: keep it under {limit} characters.</source>
        <translation>Der Name ist zu lang: Bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The dose is too long: keep it under {limit} characters.</source>
        <translation>Die Dosis ist zu lang: Bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>The note is too long: keep it under {limit} characters.</source>
        <translation>Die Notiz ist zu lang: Bitte bleiben Sie unter {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Enter between {least} and {most} minutes (one day at most).</source>
        <translation>Geben Sie zwischen {least} und {most} Minuten ein (höchstens einen Tag).</translation>
    </message>
    <message>
        <source>Choose what kind of activity it was.</source>
        <translation>Wählen Sie, welche Art von Aktivität es war.</translation>
    </message>
    <message>
        <source>Choose what kind of treatment or event it was.</source>
        <translation>Wählen Sie, welche Art von Behandlung oder Ereignis es war.</translation>
    </message>
    <message>
        <source>Enter the minutes as a whole number.</source>
        <translation>Geben Sie die Minuten als ganze Zahl ein.</translation>
    </message>
    <message>
        <source>The time has no time zone; please enter it again.</source>
        <translation>Die Uhrzeit hat keine Zeitzone; bitte geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>The date is too far in the past; please check the year.</source>
        <translation>Das Datum liegt zu weit in der Vergangenheit; bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The time is in the future; the diary records what has happened.</source>
        <translation>Die Uhrzeit liegt in der Zukunft; das Tagebuch hält fest, was geschehen ist.</translation>
    </message>
    <message>
        <source>The date is more than a year ahead; please check it.</source>
        <translation>Das Datum liegt mehr als ein Jahr in der Zukunft; bitte prüfen Sie es.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>Exercise sessions stay as recorded; they count in Progress.</source>
        <translation>Übungseinheiten bleiben so, wie sie aufgezeichnet wurden; sie werden im Verlauf mitgezählt.</translation>
    </message>
    <message>
        <source>This entry can no longer be brought back.</source>
        <translation>Dieser Eintrag lässt sich nicht mehr zurückholen.</translation>
    </message>
    <message>
        <source>This change cannot be undone.</source>
        <translation>Diese Änderung lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This check-in no longer exists; the diary has been refreshed.</source>
        <translation>Diesen Tageseintrag gibt es nicht mehr; das Tagebuch wurde aktualisiert.</translation>
    </message>
    <message>
        <source>This entry no longer exists; the diary has been refreshed.</source>
        <translation>Diesen Eintrag gibt es nicht mehr; das Tagebuch wurde aktualisiert.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <source>{kind}, {minutes} min</source>
        <translation>{kind}, {minutes} min</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>Back pain {back}/10, leg pain {leg}/10, {reach}</source>
        <translation>Rückenschmerzen {back}/10, Beinschmerzen {leg}/10, {reach}</translation>
    </message>
    <message>
        <source>{detail}. {note}</source>
        <translation>{detail}. {note}</translation>
    </message>
    <message>
        <source>Check-in (edited)</source>
        <translation>Tageseintrag (geändert)</translation>
    </message>
    <message>
        <source>{detail}
{earlier}</source>
        <translation>{detail}
{earlier}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Wert {score}</translation>
    </message>
    <message>
        <source>Before the change on {changed}: {time}, back pain {back}/10, leg pain {leg}/10</source>
        <translation>Vor der Änderung am {changed}: {time}, Rückenschmerzen {back}/10, Beinschmerzen {leg}/10</translation>
    </message>
    <message>
        <source>{values}, {reach}</source>
        <translation>{values}, {reach}</translation>
    </message>
    <message>
        <source>better or same</source>
        <translation>besser oder gleich</translation>
    </message>
    <message>
        <source>worse but settling</source>
        <translation>schlechter, aber abklingend</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>{name} ✓</source>
        <translation>{name} ✓</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n set(s)</source>
        <translation>
            <numerusform>{done} von %n Serie</numerusform>
            <numerusform>{done} von %n Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: partial, {sets}</source>
        <translation>{name}: teilweise, {sets}</translation>
    </message>
    <message>
        <source>{name}: skipped</source>
        <translation>{name}: ausgelassen</translation>
    </message>
    <message>
        <source>{name}: not reached</source>
        <translation>{name}: nicht erreicht</translation>
    </message>
    <message>
        <source>{exercise} ({response})</source>
        <translation>{exercise} ({response})</translation>
    </message>
    <message>
        <source>All answers: better or same</source>
        <translation>Alle Rückmeldungen: besser oder gleich</translation>
    </message>
    <message>
        <source>Other answers: better or same</source>
        <translation>Übrige Rückmeldungen: besser oder gleich</translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation>Kurze Bewegungspause</translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>{kind}: {programme}</source>
        <translation>{kind}: {programme}</translation>
    </message>
    <message>
        <source>{title} — ended early</source>
        <translation>{title} – vorzeitig beendet</translation>
    </message>
    <message>
        <source>No exercise was started.</source>
        <translation>Es wurde keine Übung begonnen.</translation>
    </message>
    <message>
        <source>{detail}. {answers}</source>
        <translation>{detail}. {answers}</translation>
    </message>
    <message>
        <source>{detail}. {pains}</source>
        <translation>{detail}. {pains}</translation>
    </message>
    <message>
        <source>Leg pain {before} before, {after} after</source>
        <translation>Beinschmerzen vorher {before}, nachher {after}</translation>
    </message>
    <message numerus="yes">
        <source>%n movement snack(s)</source>
        <translation>
            <numerusform>%n kurze Bewegungspause</numerusform>
            <numerusform>%n kurze Bewegungspausen</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} (ended early)</source>
        <translation>{detail} (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>{time} {detail}</source>
        <translation>{time} {detail}</translation>
    </message>
    <message>
        <source>Exercise sessions stay as they were recorded: Progress and your programme&apos;s steps count them.</source>
        <translation>Übungseinheiten bleiben so, wie sie aufgezeichnet wurden: Sie zählen für den Verlauf und für die Steigerungen Ihres Übungsprogramms.</translation>
    </message>
    <message>
        <source>Questionnaires cannot be changed here. You can delete this one (and undo that) and fill it in again.</source>
        <translation>Fragebögen lassen sich hier nicht ändern. Sie können diesen löschen (und das rückgängig machen) und ihn neu ausfüllen.</translation>
    </message>
    <message>
        <source>You gave leg pain above 0 but chose “No leg symptoms”. Is that right, or would you like to say how far the leg pain reaches?</source>
        <translation>Sie haben Beinschmerzen über 0 angegeben, aber „Keine Beschwerden im Bein“ gewählt. Stimmt das, oder möchten Sie angeben, wie weit der Schmerz ins Bein ausstrahlt?</translation>
    </message>
    <message>
        <source>You chose how far the leg symptoms reach but gave leg pain 0. That is fine for numbness or tingling without pain. Save it like this?</source>
        <translation>Sie haben angegeben, wie weit die Beschwerden ins Bein ausstrahlen, aber Beinschmerzen 0 eingetragen. Das passt bei Taubheit oder Kribbeln ohne Schmerz. So speichern?</translation>
    </message>
    <message>
        <source>Which leg do the symptoms reach down? Choose a side, or go back to change the answers.</source>
        <translation>In welches Bein strahlen die Beschwerden aus? Wählen Sie eine Seite, oder gehen Sie zurück und ändern Sie die Angaben.</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Search notes, names and doses</source>
        <translation>Notizen, Namen und Dosisangaben durchsuchen</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation>Einträge dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Tageseinträge</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Treatments and events</source>
        <translation>Behandlungen und Ereignisse</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Add &amp;activity…</source>
        <translation>&amp;Aktivität hinzufügen…</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;treatment or event…</source>
        <translation>&amp;Behandlung/Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Add treatment or event</source>
        <translation>Behandlung oder Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add past &amp;check-in…</source>
        <translation>Tageseintrag &amp;nachtragen…</translation>
    </message>
    <message>
        <source>Add a check-in for a past time</source>
        <translation>Tageseintrag für einen früheren Zeitpunkt nachtragen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation>Ältere Einträge anzei&amp;gen</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Ältere Einträge anzeigen</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words, or choose “All entries” under Show.</source>
        <translation>Keine Treffer. Versuchen Sie andere Wörter oder wählen Sie unter „Anzeigen“ die Option „Alle Einträge“.</translation>
    </message>
    <message>
        <source>Your diary will list everything you record, day by day: your check-ins, activities such as walks or swims, treatments and events such as a new medicine, an injection or an appointment, the questionnaires you fill in and your exercise sessions.

To make your first entry, choose “Add activity” or “Add treatment or event” above.</source>
        <translation>Ihr Tagebuch listet Tag für Tag alles auf, was Sie festhalten: Ihre Tageseinträge, Aktivitäten wie Spaziergänge oder Schwimmen, Behandlungen und Ereignisse wie ein neues Medikament, eine Spritze oder einen Termin, die Fragebögen, die Sie ausfüllen, und Ihre Übungseinheiten.

Für Ihren ersten Eintrag wählen Sie oben „Aktivität hinzufügen“ oder „Behandlung/Ereignis hinzufügen“.</translation>
    </message>
    <message>
        <source>Today — {day}</source>
        <translation>Heute – {day}</translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation>Gestern – {day}</translation>
    </message>
    <message>
        <source>Added: {what}</source>
        <translation>Hinzugefügt: {what}</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Changed: {what}</source>
        <translation>Geändert: {what}</translation>
    </message>
    <message>
        <source>Check-in at {time}</source>
        <translation>Tageseintrag um {time}</translation>
    </message>
    <message>
        <source>{what} at {time}</source>
        <translation>{what} um {time}</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Deleted: {what}</source>
        <translation>Gelöscht: {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
</context>
<context>
    <name>DoseChangesBox</name>
    <message>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>Recent changes to your doses</source>
        <translation>Letzte Änderungen Ihrer Dosierung</translation>
    </message>
    <message>
        <source>Nothing yet. After each session your doses may step up, within what your programme allows; each change is listed here with the reason.</source>
        <translation>Noch nichts. Nach jeder Übungseinheit kann Ihre Dosierung im Rahmen Ihres Übungsprogramms steigen; jede Änderung wird hier mit Begründung aufgeführt.</translation>
    </message>
</context>
<context>
    <name>EarlierProgrammesBox</name>
    <message>
        <source>Earlier programmes</source>
        <translation>Frühere Übungsprogramme</translation>
    </message>
    <message>
        <source>{title} — {who}, {since} to {until}</source>
        <translation>{title} – {who}, {since} bis {until}</translation>
    </message>
    <message>
        <source>starter programme</source>
        <translation>Einstiegsprogramm</translation>
    </message>
    <message>
        <source>None: this is your first programme.</source>
        <translation>Keine: Dies ist Ihr erstes Übungsprogramm.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Exercise figure</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>Play or pause the figure</source>
        <translation>Abbildung abspielen oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Other side</source>
        <translation>&amp;Andere Seite</translation>
    </message>
    <message>
        <source>Show the other side</source>
        <translation>Andere Seite zeigen</translation>
    </message>
    <message>
        <source>&amp;Do this exercise</source>
        <translation>Übung &amp;jetzt machen</translation>
    </message>
    <message>
        <source>Do this exercise now, guided</source>
        <translation>Diese Übung jetzt mit Anleitung machen</translation>
    </message>
    <message>
        <source>No exercise matches your search.</source>
        <translation>Keine Übung passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Usual dose:</source>
        <translation>Übliche Dosierung:</translation>
    </message>
    <message>
        <source>Stop and change if</source>
        <translation>Aufhören und anpassen, wenn</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>ExerciseSafety</name>
    <message>
        <source>From your programme:</source>
        <translation>Aus Ihrem Übungsprogramm:</translation>
    </message>
    <message>
        <source>How much:</source>
        <translation>Dosierung:</translation>
    </message>
    <message>
        <source>When to stop:</source>
        <translation>Wann Sie aufhören sollten:</translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <source>Stop: {rule}</source>
        <translation>Aufhören: {rule}</translation>
    </message>
    <message>
        <source>Care: {caution}</source>
        <translation>Vorsicht: {caution}</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Mobility and stretching</source>
        <translation>Beweglichkeit und Dehnung</translation>
    </message>
    <message>
        <source>Nerve mobility</source>
        <translation>Nervenmobilisation</translation>
    </message>
    <message>
        <source>Core and hip strength</source>
        <translation>Rumpf- und Hüftkräftigung</translation>
    </message>
    <message>
        <source>Posture and movement habits</source>
        <translation>Haltung und Bewegungsgewohnheiten</translation>
    </message>
    <message>
        <source>Walking and aerobic</source>
        <translation>Gehen und Ausdauer</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{reps} × hold {hold}</source>
        <translation>{reps} × {hold} halten</translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation>{hold} halten</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{sets} sets</source>
        <translation>{sets} Serien</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>Seiten abwechselnd</translation>
    </message>
    <message>
        <source>rest {time} between sets</source>
        <translation>{time} Pause zwischen den Serien</translation>
    </message>
    <message>
        <source>{counts}, then {last} holds of {hold}</source>
        <translation>{counts}, dann {last} × {hold} halten</translation>
    </message>
    <message>
        <source>{counts}, then {last} repetitions</source>
        <translation>{counts}, dann {last} Wiederholungen</translation>
    </message>
    <message>
        <source>{phase}: {time}</source>
        <translation>{phase}: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <translation>
            <numerusform>%n-mal pro Woche</numerusform>
            <numerusform>%n-mal pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>{n} times a day</source>
        <translation>{n}-mal täglich</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation>Heutiges Übungsprogramm</translation>
    </message>
    <message>
        <source>Today&apos;s exercises</source>
        <translation>Heutige Übungen</translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s session</source>
        <translation>Heutige Übungseinheit &amp;starten</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n session(s) done today</source>
        <translation>
            <numerusform>{done} von %n Übungseinheit heute erledigt</numerusform>
            <numerusform>{done} von %n Übungseinheiten heute erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is planned today. Rest days count too.</source>
        <translation>Heute ist keine Übungseinheit geplant. Auch Ruhetage zählen.</translation>
    </message>
    <message>
        <source>No programme yet: this is the gentle starter set. Choose or import a programme on the Programme page.</source>
        <translation>Noch kein Übungsprogramm: Dies ist die sanfte Auswahl für den Einstieg. Wählen oder importieren Sie ein Übungsprogramm auf der Seite „Programm“.</translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation>Ihr Übungsprogramm</translation>
    </message>
    <message>
        <source>{name}, done today</source>
        <translation>{name}, heute erledigt</translation>
    </message>
    <message>
        <source>{name}, {why}</source>
        <translation>{name}, {why}</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: {done} of %n time(s) this week</source>
        <translation>
            <numerusform>{name}: diese Woche {done} von %n Mal</numerusform>
            <numerusform>{name}: diese Woche {done} von %n Mal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <source>Exercise category</source>
        <translation>Übungskategorie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a programme file</source>
        <translation>ist größer als {kib} KiB und damit zu groß für eine Programmdatei</translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation>konnte nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>is not a programme file (it is not UTF-8 JSON text)</source>
        <translation>ist keine Programmdatei (kein JSON-Text in UTF-8)</translation>
    </message>
    <message>
        <source>is not a programme file: not valid JSON ({detail}, line {line}, column {column})</source>
        <translation>ist keine Programmdatei: kein gültiges JSON ({detail}, Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a programme</source>
        <translation>ist zu tief verschachtelt für ein Übungsprogramm</translation>
    </message>
    <message>
        <source>holds a value no programme uses ({detail})</source>
        <translation>enthält einen Wert, den kein Übungsprogramm verwendet ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a number a programme can use</source>
        <translation>{name} ist keine Zahl, die ein Übungsprogramm verwenden kann</translation>
    </message>
    <message>
        <source>appears twice in one object</source>
        <translation>kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>is a number of {digits} digits, too long for any field</source>
        <translation>ist eine Zahl mit {digits} Stellen, zu lang für jedes Feld</translation>
    </message>
    <message>
        <source>holds a character that is not text (a lone surrogate)</source>
        <translation>enthält ein Zeichen, das kein Text ist (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>a field name holds a character that is not text (a lone surrogate)</source>
        <translation>ein Feldname enthält ein Zeichen, das kein Text ist (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>must be a JSON object ({{...}})</source>
        <translation>muss ein JSON-Objekt sein ({{...}})</translation>
    </message>
    <message>
        <source>must be &quot;{expected}&quot; (this is not a Sciatica Companion programme)</source>
        <translation>muss „{expected}“ lauten (dies ist kein Übungsprogramm für Sciatica Companion)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{version} is newer than this app can read (up to {newest}); update Sciatica Companion to open it</source>
        <translation>{version} ist neuer, als diese App lesen kann (bis {newest}); aktualisieren Sie Sciatica Companion, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>{version} is not a known version</source>
        <translation>{version} ist keine bekannte Version</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>fehlt (Pflichtfeld)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must be {type_words}</source>
        <translation>muss {type_words} sein</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation>muss {value} sein</translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation>muss einer dieser Werte sein: {values}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>muss mindestens {limit} sein</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>darf höchstens {limit} sein</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>muss größer als {limit} sein</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum in der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must be an id of lower-case letters, digits and hyphens</source>
        <translation>muss eine Kennung aus Kleinbuchstaben, Ziffern und Bindestrichen sein</translation>
    </message>
    <message>
        <source>needs at least {count} entries</source>
        <translation>braucht mindestens {count} Einträge</translation>
    </message>
    <message>
        <source>may hold at most {count} entries</source>
        <translation>darf höchstens {count} Einträge enthalten</translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation>enthält denselben Eintrag zweimal</translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation>hat zu viele Einträge</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date (use YYYY-MM-DD)</source>
        <translation>„{value}“ ist kein gültiges Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>two custom exercises share an id</source>
        <translation>zwei eigene Übungen haben dieselbe Kennung</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>darf nicht vor dem Startdatum liegen</translation>
    </message>
    <message>
        <source>no exercise has the id &apos;{exercise}&apos;</source>
        <translation>keine Übung hat die Kennung „{exercise}“</translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is already a library exercise</source>
        <translation>„{exercise}“ ist bereits eine Übung der Übungsbibliothek</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a questionnaire</source>
        <translation>ist größer als {kib} KiB und damit zu groß für einen Fragebogen</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein Text in UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation>ist kein gültiges JSON: {detail} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; appears twice in one object</source>
        <translation>das Feld „{key}“ kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>{name} is not a number a questionnaire can use</source>
        <translation>{name} ist keine Zahl, die ein Fragebogen verwenden kann</translation>
    </message>
    <message>
        <source>is nested too deeply to be a questionnaire</source>
        <translation>ist zu tief verschachtelt für einen Fragebogen</translation>
    </message>
    <message>
        <source>holds a value no questionnaire uses ({detail})</source>
        <translation>enthält einen Wert, den kein Fragebogen verwendet ({detail})</translation>
    </message>
    <message>
        <source>needs {limit}+ characters</source>
        <translation>braucht mindestens {limit} Zeichen</translation>
    </message>
    <message>
        <source>use 2-40 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>verwenden Sie 2–40 Kleinbuchstaben, Ziffern, „_“ oder „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>use 1-40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>verwenden Sie 1–40 Buchstaben, Ziffern, „_“, „.“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>hat nicht die erwartete Form</translation>
    </message>
    <message>
        <source>at least one {noun} is needed</source>
        <translation>mindestens ein Eintrag ({noun}) ist nötig</translation>
    </message>
    <message>
        <source>at least {count_words} {noun} are needed</source>
        <translation>mindestens {count_words} Einträge ({noun}) sind nötig</translation>
    </message>
    <message>
        <source>at most {count} are allowed</source>
        <translation>höchstens {count} Einträge sind erlaubt</translation>
    </message>
    <message>
        <source>give points, percent or both</source>
        <translation>geben Sie Punkte (points), Prozent (percent) oder beides an</translation>
    </message>
    <message>
        <source>not allowed on a {kind} item</source>
        <translation>ist bei einer Frage der Art „{kind}“ nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the name of a built-in measure; choose another</source>
        <translation>„{id}“ ist der Name einer eingebauten Verlaufsmessung; wählen Sie einen anderen</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>„{id}“ wird schon von {file} verwendet</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is used by an earlier item</source>
        <translation>„{id}“ wird schon von einer früheren Frage verwendet</translation>
    </message>
    <message>
        <source>at least two options are needed</source>
        <translation>mindestens zwei Antwortmöglichkeiten sind nötig</translation>
    </message>
    <message>
        <source>a checkbox item has no options</source>
        <translation>eine Frage zum Ankreuzen hat keine Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>the label &apos;{label}&apos; appears twice</source>
        <translation>die Beschriftung „{label}“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation>mindestens eine Frage ist nötig</translation>
    </message>
    <message>
        <source>&apos;count_checked&apos; needs every item to be a checkbox</source>
        <translation>„count_checked“ setzt voraus, dass alle Fragen zum Ankreuzen sind</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; cannot allow missing answers; only &apos;mean&apos; and &apos;percent_of_max&apos; can</source>
        <translation>„{method}“ kann keine fehlenden Antworten zulassen; das können nur „mean“ und „percent_of_max“</translation>
    </message>
    <message>
        <source>{count} would allow every question to be skipped</source>
        <translation>{count} würde erlauben, jede Frage auszulassen</translation>
    </message>
    <message>
        <source>&apos;percent_of_max&apos; needs every item to have a range</source>
        <translation>„percent_of_max“ setzt voraus, dass jede Frage mehr als einen Punktwert ergeben kann</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>min muss kleiner als max sein</translation>
    </message>
    <message>
        <source>the items can score {low} to {high}, outside the declared {min} to {max}</source>
        <translation>die Fragen ergeben Punktwerte von {low} bis {high}, außerhalb der angegebenen Spanne von {min} bis {max}</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message numerus="yes">
        <source>asks for {times} times a week on only %n day(s); add days or lower it</source>
        <translation>
            <numerusform>verlangt {times}-mal pro Woche an nur %n Tag; fügen Sie Tage hinzu oder verringern Sie den Wert</numerusform>
            <numerusform>verlangt {times}-mal pro Woche an nur %n Tagen; fügen Sie Tage hinzu oder verringern Sie den Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>must be at most {limit} for {dose_field}</source>
        <translation>darf für {dose_field} höchstens {limit} sein</translation>
    </message>
    <message>
        <source>must be more than the starting {dose_field} ({start})</source>
        <translation>muss größer als der Startwert von {dose_field} ({start}) sein</translation>
    </message>
    <message>
        <source>{dose_field} already has a rule</source>
        <translation>für {dose_field} gibt es bereits eine Regel</translation>
    </message>
    <message>
        <source>{dose_field} cannot progress with a falling count (reps_per_set)</source>
        <translation>{dose_field} kann bei fallender Wiederholungszahl (reps_per_set) nicht gesteigert werden</translation>
    </message>
    <message>
        <source>hold_s cannot progress with hold_phases</source>
        <translation>hold_s kann mit hold_phases nicht gesteigert werden</translation>
    </message>
    <message>
        <source>no keyframe of &apos;{exercise}&apos; is named &apos;{frame}&apos; (it has {frames})</source>
        <translation>keine Schlüsselpose von „{exercise}“ heißt „{frame}“ (vorhanden: {frames})</translation>
    </message>
    <message>
        <source>gives {given} numbers for {sets} sets; give one for each set</source>
        <translation>nennt {given} Zahlen für {sets} Serien; geben Sie für jede Serie eine an</translation>
    </message>
    <message>
        <source>must be the first set&apos;s count ({first}) when reps_per_set is given</source>
        <translation>muss der Zahl der ersten Serie ({first}) entsprechen, wenn reps_per_set angegeben ist</translation>
    </message>
    <message>
        <source>must be the phases&apos; total ({total}) when hold_phases is given, or left out</source>
        <translation>muss der Summe der Phasen ({total}) entsprechen, wenn hold_phases angegeben ist, oder entfallen</translation>
    </message>
    <message>
        <source>last {total} s in all; at most {limit} s</source>
        <translation>dauern zusammen {total} s; höchstens {limit} s</translation>
    </message>
    <message>
        <source>goes with times_per_day = 1 (a weekly activity is once on its day)</source>
        <translation>setzt times_per_day = 1 voraus (eine wöchentliche Aktivität erfolgt einmal an ihrem Tag)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>ein Objekt ({...})</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>eine Liste ([...])</translation>
    </message>
    <message>
        <source>needs at least 1 entry</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
</context>
<context>
    <name>FlarePlanForm</name>
    <message>
        <source>Flare-up advice</source>
        <translation>Rat bei Schmerzschub</translation>
    </message>
    <message>
        <source>What to do on a bad day (leave empty for no flare-up plan)</source>
        <translation>Was an einem schlechten Tag zu tun ist (leer lassen, wenn es keinen Plan für Schmerzschübe gibt)</translation>
    </message>
    <message>
        <source>Gentle exercises for a flare-up</source>
        <translation>Sanfte Übungen bei einem Schmerzschub</translation>
    </message>
    <message>
        <source>Sitting-break interval during a flare-up</source>
        <translation>Abstand der Sitzpausen bei einem Schmerzschub</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>wie üblich</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>&amp;Rat:</translation>
    </message>
    <message>
        <source>&amp;Gentle exercises (up to 8):</source>
        <translation>Sanfte Übun&amp;gen (bis zu 8):</translation>
    </message>
    <message>
        <source>Sitting breaks e&amp;very:</source>
        <translation>Sitzpausen a&amp;lle:</translation>
    </message>
</context>
<context>
    <name>FunctionalScaleDialog</name>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <source>Rate how well you can do each activity today, from 0 (you cannot do it at all) to 10 (you can do it as well as before your back or leg problem began).</source>
        <translation>Bewerten Sie, wie gut Sie jede Aktivität heute ausführen können, von 0 (gar nicht möglich) bis 10 (so gut wie vor Beginn Ihrer Rücken- oder Beinbeschwerden).</translation>
    </message>
    <message>
        <source>Activities you find hard</source>
        <translation>Aktivitäten, die Ihnen schwerfallen</translation>
    </message>
    <message>
        <source>Name three to five everyday activities that your back or leg makes hard, such as putting on socks or sitting through a meal. Later you rate the same activities again, so you can see what has changed.</source>
        <translation>Nennen Sie drei bis fünf Alltagsaktivitäten, die Ihnen wegen Ihres Rückens oder Beins schwerfallen, etwa Socken anziehen oder eine ganze Mahlzeit lang sitzen. Später bewerten Sie dieselben Aktivitäten erneut und sehen so, was sich verändert hat.</translation>
    </message>
    <message>
        <source>These activities start a new baseline: your progress is measured from today&apos;s ratings. Your earlier ratings are kept.</source>
        <translation>Mit diesen Aktivitäten legen Sie einen neuen Ausgangswert fest: Ihr Fortschritt wird ab den heutigen Bewertungen gemessen. Ihre früheren Bewertungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation>Bewertung (0–10)</translation>
    </message>
    <message>
        <source>Activity {n}</source>
        <translation>Aktivität {n}</translation>
    </message>
    <message>
        <source>For example: putting on socks</source>
        <translation>Zum Beispiel: Socken anziehen</translation>
    </message>
    <message>
        <source>Rating for activity {n}</source>
        <translation>Bewertung für Aktivität {n}</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Ihre Aktivitäten</translation>
    </message>
    <message>
        <source>These are the activities you named before. Rate each one again for today.</source>
        <translation>Dies sind die Aktivitäten, die Sie zuvor genannt haben. Bewerten Sie jede davon für heute neu.</translation>
    </message>
    <message>
        <source>Rating for {activity}</source>
        <translation>Bewertung für {activity}</translation>
    </message>
    <message>
        <source>Choose &amp;new activities (starts a new baseline)</source>
        <translation>&amp;Neue Aktivitäten wählen (neuer Ausgangswert)</translation>
    </message>
    <message>
        <source>Choose new activities (starts a new baseline)</source>
        <translation>Neue Aktivitäten wählen (neuer Ausgangswert)</translation>
    </message>
    <message>
        <source>Give &quot;{activity}&quot; a rating from 0 to 10.</source>
        <translation>Bewerten Sie „{activity}“ mit 0 bis 10.</translation>
    </message>
    <message>
        <source>Give activity {n}, &quot;{activity}&quot;, a rating from 0 to 10.</source>
        <translation>Bewerten Sie Aktivität {n}, „{activity}“, mit 0 bis 10.</translation>
    </message>
    <message>
        <source>Activity {n} has a rating but no name: name it.</source>
        <translation>Aktivität {n} hat eine Bewertung, aber keinen Namen: Geben Sie ihr einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Name at least three activities and rate each one (%n named so far).</source>
        <translation>
            <numerusform>Nennen Sie mindestens drei Aktivitäten und bewerten Sie jede (bisher %n genannt).</numerusform>
            <numerusform>Nennen Sie mindestens drei Aktivitäten und bewerten Sie jede (bisher %n genannt).</numerusform>
        </translation>
    </message>
    <message>
        <source>(beyond the detectable change)</source>
        <translation>(mehr als die nachweisbare Veränderung)</translation>
    </message>
    <message>
        <source>Your activity score: {score} out of 10</source>
        <translation>Ihr Aktivitätswert: {score} von 10</translation>
    </message>
    <message>
        <source>Higher scores mean the activities are easier for you.</source>
        <translation>Höhere Werte bedeuten, dass Ihnen die Aktivitäten leichter fallen.</translation>
    </message>
    <message>
        <source>{activity}: {before} at the start, {now} now</source>
        <translation>{activity}: {before} zu Beginn, {now} jetzt</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Open a programme</source>
        <translation>Übungsprogramm öffnen</translation>
    </message>
    <message>
        <source>Programme file preview</source>
        <translation>Vorschau der Programmdatei</translation>
    </message>
    <message>
        <source>This file from {file} will become your programme.</source>
        <translation>Diese Datei ({file}) wird Ihr Übungsprogramm.</translation>
    </message>
    <message>
        <source>This file from {file} will replace your programme “{current}”. The old one stays in your history.</source>
        <translation>Diese Datei ({file}) ersetzt Ihr Übungsprogramm „{current}“. Das bisherige bleibt unter „Frühere Übungsprogramme“ erhalten.</translation>
    </message>
    <message>
        <source>What the programme contains</source>
        <translation>Inhalt des Übungsprogramms</translation>
    </message>
    <message>
        <source>&amp;Import this programme</source>
        <translation>Dieses Programm &amp;importieren</translation>
    </message>
    <message>
        <source>Import this programme</source>
        <translation>Dieses Übungsprogramm importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Automatic (as the system)</source>
        <translation>Automatisch (wie das System)</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Another country (emergency number 112)</source>
        <translation>Anderes Land (Notruf 112)</translation>
    </message>
    <message>
        <source>your local urgent advice line</source>
        <translation>Ihren örtlichen ärztlichen Bereitschaftsdienst</translation>
    </message>
    <message>
        <source>the urgent medical advice line {number}</source>
        <translation>den ärztlichen Bereitschaftsdienst unter {number}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>{section} ({shortcut})</source>
        <translation>{section} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>How much has pain in your leg bothered you?</source>
        <translation>Wie sehr haben Schmerzen im Bein Sie belastet?</translation>
    </message>
    <message>
        <source>How much has numbness or tingling in your leg, foot or groin bothered you?</source>
        <translation>Wie sehr haben Taubheit oder Kribbeln im Bein, im Fuß oder in der Leiste Sie belastet?</translation>
    </message>
    <message>
        <source>How much has weakness in your leg or foot bothered you?</source>
        <translation>Wie sehr hat Schwäche im Bein oder Fuß Sie belastet?</translation>
    </message>
    <message>
        <source>How much has back or leg pain while sitting bothered you?</source>
        <translation>Wie sehr haben Rücken- oder Beinschmerzen beim Sitzen Sie belastet?</translation>
    </message>
    <message>
        <source>Think about the past week.</source>
        <translation>Denken Sie an die vergangene Woche.</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Überhaupt nicht</translation>
    </message>
    <message>
        <source>Extremely</source>
        <translation>Extrem stark</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Pain when sitting</source>
        <translation>Schmerzen beim Sitzen</translation>
    </message>
    <message>
        <source>This questionnaire is not in this version of the app.</source>
        <translation>Diesen Fragebogen gibt es in dieser Version der App nicht.</translation>
    </message>
    <message>
        <source>These are not questions of this questionnaire: {names}.</source>
        <translation>Diese Fragen gehören nicht zu diesem Fragebogen: {names}.</translation>
    </message>
    <message>
        <source>{subject}: please answer this question.</source>
        <translation>{subject}: Bitte beantworten Sie diese Frage.</translation>
    </message>
    <message>
        <source>{subject}: choose a whole number from 0 to {high}.</source>
        <translation>{subject}: Bitte wählen Sie eine ganze Zahl von 0 bis {high}.</translation>
    </message>
    <message>
        <source>{subject}: {given} is not on the scale; choose from 0 to {high}.</source>
        <translation>{subject}: {given} liegt nicht auf der Skala; bitte wählen Sie einen Wert von 0 bis {high}.</translation>
    </message>
    <message>
        <source>Activities: name at least one activity that you find hard.</source>
        <translation>Aktivitäten: Nennen Sie mindestens eine Aktivität, die Ihnen schwerfällt.</translation>
    </message>
    <message>
        <source>Activities: name at most {most}, not {given}.</source>
        <translation>Aktivitäten: Nennen Sie höchstens {most}, nicht {given}.</translation>
    </message>
    <message>
        <source>Activities: name at least {least} activities that you find hard (up to {most}).</source>
        <translation>Aktivitäten: Nennen Sie mindestens {least} Aktivitäten, die Ihnen schwerfallen (höchstens {most}).</translation>
    </message>
    <message>
        <source>Activities: every activity needs a name.</source>
        <translation>Aktivitäten: Jede Aktivität braucht einen Namen.</translation>
    </message>
    <message>
        <source>{subject}…: keep an activity&apos;s name under {length} characters.</source>
        <translation>{subject}…: Der Name einer Aktivität darf höchstens {length} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Activities: the same activity is named twice; name each one once.</source>
        <translation>Aktivitäten: Dieselbe Aktivität ist zweimal genannt; nennen Sie jede nur einmal.</translation>
    </message>
    <message>
        <source>Rate the same activities as your first rating ({names}), or choose new activities to start a new baseline.</source>
        <translation>Bewerten Sie dieselben Aktivitäten wie beim ersten Mal ({names}) oder wählen Sie neue Aktivitäten für einen neuen Ausgangswert.</translation>
    </message>
    <message>
        <source>These answers could not be recorded. Please check them and try again.</source>
        <translation>Diese Antworten konnten nicht gespeichert werden. Bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation>Das ist Ihr Ausgangswert. Spätere Werte werden damit verglichen, damit Sie sehen, was sich verändert hat.</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 no pain</source>
        <translation>0 kein Schmerz</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>not chosen yet; use the arrow keys or type a number from 0 to 10</source>
        <translation>noch nicht gewählt; verwenden Sie die Pfeiltasten oder geben Sie eine Zahl von 0 bis 10 ein</translation>
    </message>
    <message>
        <source>{value} out of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>Pathway</name>
    <message>
        <source>Which direction helps you?</source>
        <translation>Welche Richtung hilft Ihnen?</translation>
    </message>
    <message>
        <source>Some people with sciatica feel better bending backwards: lying on the front, press-ups, standing back bends. This is often so with a disc problem. Others, often older people whose leg symptoms come on with walking or standing and ease when sitting or bending forward, feel better bending forwards. The default programme bends neither way. If you know which direction eases your leg, or your physiotherapist has told you, you can follow that pathway. Watch how your leg responds after each exercise.</source>
        <translation>Manchen Menschen mit Ischiasbeschwerden hilft das Rückbeugen: Bauchlage, Hochdrücken aus der Bauchlage, Rückbeugen im Stehen. Das ist bei einem Bandscheibenproblem oft der Fall. Anderen hilft das Vorneigen – häufig älteren Menschen, deren Beinbeschwerden beim Gehen oder Stehen auftreten und im Sitzen oder beim Vorneigen nachlassen. Das Standardprogramm setzt auf keine der beiden Richtungen. Wenn Sie wissen, welche Richtung Ihr Bein entlastet, oder Ihre Physiotherapeutin bzw. Ihr Physiotherapeut es Ihnen gesagt hat, können Sie diesem Übungsweg folgen. Achten Sie nach jeder Übung darauf, wie Ihr Bein reagiert.</translation>
    </message>
    <message>
        <source>Follow the &amp;forward-bending pathway</source>
        <translation>Übungsweg mit &amp;Vorneigen folgen</translation>
    </message>
    <message>
        <source>Follow the &amp;backward-bending pathway</source>
        <translation>Übungsweg mit &amp;Rückbeugen folgen</translation>
    </message>
    <message>
        <source>You follow no pathway now: your programme bends neither way.</source>
        <translation>Sie folgen derzeit keinem Übungsweg: Ihr Programm setzt auf keine der beiden Richtungen.</translation>
    </message>
    <message>
        <source>You follow the {pathway}.</source>
        <translation>Sie folgen dem {pathway}.</translation>
    </message>
    <message>
        <source>Exercises made your leg symptoms worse in 2 sessions in the last 14 days. This direction may not suit you: consider the {other}, or ask your physiotherapist or GP for a review. The app will not change your programme by itself.</source>
        <translation>In 2 Übungseinheiten der letzten 14 Tage haben die Übungen Ihre Beinbeschwerden verstärkt. Diese Richtung passt vielleicht nicht zu Ihnen: Erwägen Sie den {other} oder bitten Sie Ihre Physiotherapiepraxis oder Hausarztpraxis um eine Überprüfung. Die App ändert Ihr Übungsprogramm nicht von selbst.</translation>
    </message>
    <message>
        <source>Backward-bending pathway</source>
        <translation>Übungsweg mit Rückbeugen</translation>
    </message>
    <message>
        <source>Forward-bending pathway</source>
        <translation>Übungsweg mit Vorneigen</translation>
    </message>
    <message>
        <source>Neutral programme</source>
        <translation>Neutrales Programm</translation>
    </message>
    <message>
        <source>backward-bending pathway</source>
        <translation>Übungsweg mit Rückbeugen</translation>
    </message>
    <message>
        <source>forward-bending pathway</source>
        <translation>Übungsweg mit Vorneigen</translation>
    </message>
    <message>
        <source>neutral programme</source>
        <translation>neutrales Programm</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Dose and schedule</source>
        <translation>Dosierung und Zeitplan</translation>
    </message>
    <message>
        <source>Figure of the chosen exercise</source>
        <translation>Abbildung der gewählten Übung</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Serien in Sekunden</translation>
    </message>
    <message>
        <source>Minutes, for timed activity</source>
        <translation>Minuten, bei Übungen nach Zeit</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>ohne Zeitvorgabe</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>both together, or it does not matter</source>
        <translation>beide zugleich oder beliebig</translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation>jede Seite einzeln</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>Seiten abwechselnd</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation>Wiederholungen in jeder Serie</translation>
    </message>
    <message>
        <source>the same each set, or e.g. 6, 4, 2</source>
        <translation>in jeder Serie gleich, oder z. B. 6, 4, 2</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <source>every chosen day</source>
        <translation>an jedem gewählten Tag</translation>
    </message>
    <message>
        <source>Notes for the patient about this exercise</source>
        <translation>Hinweise für die Patientin oder den Patienten zu dieser Übung</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>Se&amp;rien:</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>Hal&amp;tezeit:</translation>
    </message>
    <message>
        <source>R&amp;est between sets:</source>
        <translation>P&amp;ause zwischen Serien:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Seite&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Times a day:</source>
        <translation>Mal pro Ta&amp;g:</translation>
    </message>
    <message>
        <source>Repetitions &amp;per set:</source>
        <translation>Wiederholungen &amp;pro Serie:</translation>
    </message>
    <message>
        <source>Times a &amp;week:</source>
        <translation>Mal pro &amp;Woche:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Progression: after a run of days with no “worse” response, add one step, one rule at a time, never past the cap.</source>
        <translation>Steigerung: Nach einer Reihe von Tagen ohne die Rückmeldung „schlechter“ um eine Stufe steigern – jeweils nur eine Regel und nie über die Obergrenze hinaus.</translation>
    </message>
    <message>
        <source>Add an exercise from the library to set its dose.</source>
        <translation>Fügen Sie eine Übung aus der Bibliothek hinzu, um ihre Dosierung festzulegen.</translation>
    </message>
    <message>
        <source>Held in stages: {stages}</source>
        <translation>In Abschnitten gehalten: {stages}</translation>
    </message>
    <message>
        <source>{name}, {seconds} s</source>
        <translation>{name}, {seconds} s</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <source>Programme preview</source>
        <translation>Programmvorschau</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>Exercises in the session</source>
        <translation>Übungen der Übungseinheit</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>Übungs&amp;einheit</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>A starter programme from {app}, chosen by you</source>
        <translation>Ein Einstiegsprogramm aus {app}, von Ihnen gewählt</translation>
    </message>
    <message>
        <source>{author}, {clinic}</source>
        <translation>{author}, {clinic}</translation>
    </message>
    <message>
        <source>Prescribed by {who}</source>
        <translation>Verordnet von {who}</translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation>Für: {who}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Seit {day}</translation>
    </message>
    <message>
        <source>Next review: {day}</source>
        <translation>Nächste Überprüfung: {day}</translation>
    </message>
    <message>
        <source>Get up from sitting every {n} minutes</source>
        <translation>Alle {n} Minuten vom Sitzen aufstehen</translation>
    </message>
    <message>
        <source>(prescribed: {dose})</source>
        <translation>(verordnet: {dose})</translation>
    </message>
    <message>
        <source>On a bad day (flare-up plan)</source>
        <translation>An einem schlechten Tag (Plan bei Schmerzschub)</translation>
    </message>
    <message>
        <source>Gentle exercises: {names}</source>
        <translation>Sanfte Übungen: {names}</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation>Haltezeit (Sekunden)</translation>
    </message>
    <message>
        <source>Adds {step} to {field} after {after} steady days, up to {up_to}</source>
        <translation>Erhöht {field} um {step} nach {after} stabilen Tagen, bis höchstens {up_to}</translation>
    </message>
    <message>
        <source>{name}: {field} went up from {before} to {after} after steady days with no worse response.</source>
        <translation>{name}: {field} nach stabilen Tagen ohne Verschlechterung von {before} auf {after} erhöht.</translation>
    </message>
    <message>
        <source>{name}: {field} went back from {before} to {after} because it made your symptoms worse.</source>
        <translation>{name}: {field} von {before} auf {after} zurückgenommen, weil sich Ihre Beschwerden verschlechtert haben.</translation>
    </message>
    <message>
        <source>{name}: kept the same, because it was a little worse but settling.</source>
        <translation>{name}: unverändert, weil die Beschwerden etwas stärker waren, aber wieder abklingen.</translation>
    </message>
    <message>
        <source>{name}: kept at the prescribed dose, because it made your symptoms worse.</source>
        <translation>{name}: bei der verordneten Dosierung belassen, weil sich Ihre Beschwerden verschlechtert haben.</translation>
    </message>
    <message>
        <source>{name}: at the most your programme allows.</source>
        <translation>{name}: Die Obergrenze Ihres Übungsprogramms ist erreicht.</translation>
    </message>
    <message>
        <source>{name}: steady; it steps up after a few more steady days.</source>
        <translation>{name}: stabil; nach einigen weiteren stabilen Tagen folgt die nächste Steigerung.</translation>
    </message>
    <message>
        <source>This starter programme is not in this version of the app.</source>
        <translation>Dieses Einstiegsprogramm gibt es in dieser Version der App nicht.</translation>
    </message>
    <message>
        <source>This programme is already the one you follow; nothing was changed.</source>
        <translation>Diesem Übungsprogramm folgen Sie bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This file is older ({issued}) than the programme from {name} you follow now ({followed}); nothing was changed. Ask your physiotherapist for the newest file.</source>
        <translation>Diese Datei ist älter ({issued}) als das Übungsprogramm von {name}, dem Sie jetzt folgen ({followed}); es wurde nichts geändert. Bitten Sie Ihre Physiotherapiepraxis um die neueste Datei.</translation>
    </message>
    <message>
        <source>There is no programme to save yet: import one or choose a starter programme.</source>
        <translation>Es gibt noch kein Übungsprogramm zum Speichern: Importieren Sie eines oder wählen Sie ein Einstiegsprogramm.</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Ab {day}</translation>
    </message>
    <message>
        <source>review {day}</source>
        <translation>Überprüfung {day}</translation>
    </message>
    <message>
        <source>get up from sitting every {n} minutes</source>
        <translation>alle {n} Minuten vom Sitzen aufstehen</translation>
    </message>
    <message>
        <source>Gentle exercises: {names}.</source>
        <translation>Sanfte Übungen: {names}.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>On a bad day</source>
        <translation>An einem schlechten Tag</translation>
    </message>
    <message>
        <source>Stop an exercise if pain, tingling or numbness spreads further down your leg. </source>
        <translation>Brechen Sie eine Übung ab, wenn Schmerz, Kribbeln oder Taubheit weiter ins Bein ausstrahlen. </translation>
    </message>
    <message>
        <source>Save the programme handout</source>
        <translation>Handzettel zum Übungsprogramm speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Handzettel nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem} Your programme is unchanged.</source>
        <translation>{problem} Ihr Übungsprogramm ist unverändert.</translation>
    </message>
    <message>
        <source>Programme set by your clinic</source>
        <translation>Übungsprogramm von Ihrer Praxis festgelegt</translation>
    </message>
    <message>
        <source>{clinic} has set the programme in this app, so “{file}” was not imported and your data is unchanged. Ask them to change your programme.</source>
        <translation>{clinic} hat das Übungsprogramm in dieser App festgelegt, daher wurde „{file}“ nicht importiert, und Ihre Daten sind unverändert. Bitten Sie dort um eine Änderung Ihres Übungsprogramms.</translation>
    </message>
    <message>
        <source>This programme file cannot be used</source>
        <translation>Diese Programmdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>“{file}” is not a programme this app can follow, so nothing was imported and your data is unchanged. Ask your physiotherapist for a new copy of the file.</source>
        <translation>„{file}“ ist kein Übungsprogramm, dem diese App folgen kann; daher wurde nichts importiert, und Ihre Daten sind unverändert. Bitten Sie Ihre Physiotherapiepraxis um eine neue Kopie der Datei.</translation>
    </message>
    <message>
        <source>Save a handout with pictures and steps as PDF</source>
        <translation>Handzettel mit Bildern und Anleitung als PDF speichern</translation>
    </message>
    <message>
        <source>Programme files (*{suffix})</source>
        <translation>Programmdateien (*{suffix})</translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation>Übungsbibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Figure of the library exercise</source>
        <translation>Abbildung der Übung aus der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Add to programme →</source>
        <translation>Zum Programm hin&amp;zufügen →</translation>
    </message>
    <message>
        <source>Add the exercise to the programme</source>
        <translation>Übung zum Programm hinzufügen</translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation>Programmeditor</translation>
    </message>
    <message>
        <source>Exercises in the programme (drag to reorder)</source>
        <translation>Übungen im Programm (Reihenfolge per Ziehen ändern)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the exercise from the programme</source>
        <translation>Übung aus dem Programm entfernen</translation>
    </message>
    <message>
        <source>Drag to change the order.</source>
        <translation>Ziehen, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>Flare-up advice</source>
        <translation>Rat bei Schmerzschub</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <source>About the &amp;programme</source>
        <translation>Über das &amp;Programm</translation>
    </message>
    <message>
        <source>&amp;Flare-up plan</source>
        <translation>Plan bei &amp;Schmerzschub</translation>
    </message>
    <message>
        <source>What still needs fixing</source>
        <translation>Was noch korrigiert werden muss</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a programme file to adjust it</source>
        <translation>Programmdatei zum Anpassen öffnen</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Preview as the patient will see it</source>
        <translation>Vorschau aus Sicht der Patientin/des Patienten</translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Handzettel (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>Datei spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the programme file</source>
        <translation>Programmdatei speichern</translation>
    </message>
    <message>
        <source>Add at least one exercise.</source>
        <translation>Fügen Sie mindestens eine Übung hinzu.</translation>
    </message>
    <message>
        <source>Start with a title and the exercises; anything missing shows here.</source>
        <translation>Beginnen Sie mit einem Titel und den Übungen; was noch fehlt, erscheint hier.</translation>
    </message>
    <message>
        <source>Ready to save: the file passes every check.</source>
        <translation>Bereit zum Speichern: Die Datei besteht alle Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before saving; each is shown where it is.</source>
        <translation>
            <numerusform>Vor dem Speichern ist %n Punkt zu korrigieren; er wird an seiner Stelle angezeigt.</numerusform>
            <numerusform>Vor dem Speichern sind %n Punkte zu korrigieren; jeder wird an seiner Stelle angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patientin/Patient</translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation>Sitzpausen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Gentle exercises</source>
        <translation>Sanfte Übungen</translation>
    </message>
    <message>
        <source>Sitting breaks in a flare-up</source>
        <translation>Sitzpausen bei einem Schmerzschub</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Wiederholungen pro Serie</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Rule {n}: {message}</source>
        <translation>Regel {n}: {message}</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>Diese Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>{file} could not be opened: {problems}</source>
        <translation>{file} konnte nicht geöffnet werden: {problems}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: the programme is still here.</source>
        <translation>{problem} Nichts ist verloren: Das Programm steht noch im Editor.</translation>
    </message>
    <message>
        <source>Start a new programme?</source>
        <translation>Neues Programm beginnen?</translation>
    </message>
    <message>
        <source>What is in the editor now and not saved will be cleared.</source>
        <translation>Alles, was jetzt im Editor steht und nicht gespeichert ist, wird verworfen.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation>Muss korrigiert werden</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Your programme</source>
        <translation>Ihr Übungsprogramm</translation>
    </message>
    <message>
        <source>&amp;Open a programme file…</source>
        <translation>Programmdatei &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>In &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save the programme to a file</source>
        <translation>Übungsprogramm in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save a &amp;handout (PDF)…</source>
        <translation>&amp;Handzettel (PDF) speichern…</translation>
    </message>
    <message>
        <source>You can also drop a .scprog file onto this page.</source>
        <translation>Sie können eine .scprog-Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>You have no programme yet. Open the file your physiotherapist sent you, or follow one of the starter programmes below.</source>
        <translation>Sie haben noch kein Übungsprogramm. Öffnen Sie die Datei, die Ihnen Ihre Physiotherapiepraxis geschickt hat, oder folgen Sie einem der Einstiegsprogramme unten.</translation>
    </message>
    <message>
        <source>Your review was due on {day}. Contact {who} to check how the programme is going.</source>
        <translation>Ihre Überprüfung war am {day} fällig. Wenden Sie sich an {who}, um zu besprechen, wie das Übungsprogramm läuft.</translation>
    </message>
    <message>
        <source>Replace your programme?</source>
        <translation>Ihr Übungsprogramm ersetzen?</translation>
    </message>
    <message>
        <source>“{new}” will replace “{old}”. The old programme stays in your history.</source>
        <translation>„{new}“ ersetzt „{old}“. Das bisherige Übungsprogramm bleibt unter „Frühere Übungsprogramme“ erhalten.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{reason} Nothing else changed.</source>
        <translation>{reason} Sonst hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: day and month</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month and year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Leg pain (7-day average)</source>
        <translation>Beinschmerzen (7-Tage-Mittel)</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Back pain (7-day average)</source>
        <translation>Rückenschmerzen (7-Tage-Mittel)</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <source>{name} is {now}, the same as on {since}.</source>
        <translation>{name}: {now}, wie schon am {since}.</translation>
    </message>
    <message>
        <source>{name} is up from {before} to {now} since {since}</source>
        <translation>{name}: seit dem {since} von {before} auf {now} gestiegen</translation>
    </message>
    <message>
        <source>{name} is down from {before} to {now} since {since}</source>
        <translation>{name}: seit dem {since} von {before} auf {now} gesunken</translation>
    </message>
    <message>
        <source>{fact}.</source>
        <translation>{fact}.</translation>
    </message>
    <message>
        <source>a small change that may be day-to-day variation</source>
        <translation>eine kleine Veränderung, die auch eine normale Schwankung von Tag zu Tag sein kann</translation>
    </message>
    <message>
        <source>an improvement of at least the minimal important change</source>
        <translation>eine Verbesserung um mindestens die kleinste bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>a worsening of at least the minimal important change</source>
        <translation>eine Verschlechterung um mindestens die kleinste bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>an improvement beyond the detectable change</source>
        <translation>eine Verbesserung über die nachweisbare Veränderung hinaus</translation>
    </message>
    <message>
        <source>a worsening beyond the detectable change</source>
        <translation>eine Verschlechterung über die nachweisbare Veränderung hinaus</translation>
    </message>
    <message>
        <source>{fact}, {judgement}.</source>
        <translation>{fact} – {judgement}.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Back and leg pain</source>
        <translation>Rücken- und Beinschmerzen</translation>
    </message>
    <message>
        <source>How far the leg symptoms reach</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation>Sitzpausen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Point at or click a chart to see the values of a day.</source>
        <translation>Zeigen Sie auf ein Diagramm oder klicken Sie darauf, um die Werte eines Tages zu sehen.</translation>
    </message>
    <message>
        <source>Values of the day under the pointer</source>
        <translation>Werte des Tages unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Your pain chart appears here after your first check-ins. Check in on the Today page once or twice a day.</source>
        <translation>Ihr Schmerzverlauf erscheint hier nach Ihren ersten Tageseinträgen. Machen Sie ein- oder zweimal täglich einen Tageseintrag auf der Seite „Heute“.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Questionnaire changes</source>
        <translation>Veränderungen in den Fragebögen</translation>
    </message>
    <message>
        <source>{time} {event}</source>
        <translation>{time} {event}</translation>
    </message>
    <message numerus="yes">
        <source>: %n session(s) done, {partial} stopped part-way</source>
        <translation>
            <numerusform>: %n Übungseinheit erledigt, {partial} vorzeitig beendet</numerusform>
            <numerusform>: %n Übungseinheiten erledigt, {partial} vorzeitig beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: {done} of %n planned session(s) done, {partial} stopped part-way</source>
        <translation>
            <numerusform>: {done} von %n geplanten Übungseinheit erledigt, {partial} vorzeitig beendet</numerusform>
            <numerusform>: {done} von %n geplanten Übungseinheiten erledigt, {partial} vorzeitig beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n sitting break(s) taken, {snoozed} snoozed, {skipped} skipped</source>
        <translation>
            <numerusform>: %n Sitzpause gemacht, {snoozed} verschoben, {skipped} ausgelassen</numerusform>
            <numerusform>: %n Sitzpausen gemacht, {snoozed} verschoben, {skipped} ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n minute(s) of activity</source>
        <translation>
            <numerusform>: %n Minute Aktivität</numerusform>
            <numerusform>: %n Minuten Aktivität</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} {score}</source>
        <translation>{measure} {score}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: {done} of %n time(s) in the week from {start}</source>
        <translation>
            <numerusform>{name}: {done} von %n Mal in der Woche ab {start}</numerusform>
            <numerusform>{name}: {done} von %n Mal in der Woche ab {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message numerus="yes">
        <source>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-in(s)</source>
        <translation>
            <numerusform>Rückenschmerzen {back} (7-Tage-Mittel {back_average}), Beinschmerzen {leg} (7-Tage-Mittel {leg_average}), {reach}; %n Tageseintrag</numerusform>
            <numerusform>Rückenschmerzen {back} (7-Tage-Mittel {back_average}), Beinschmerzen {leg} (7-Tage-Mittel {leg_average}), {reach}; %n Tageseinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikament begonnen</translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation>Medikament geändert</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medikament abgesetzt</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Anderes Ereignis</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>Stepping up</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>Stepped up less than 7 days ago, so it stays as it is for now: {names}.</source>
        <translation>Vor weniger als 7 Tagen gesteigert, daher vorerst unverändert: {names}.</translation>
    </message>
    <message>
        <source>Nothing holds progression now: doses step up after steady days, at most once a week, within what your programme allows.</source>
        <translation>Derzeit spricht nichts gegen eine Steigerung: Die Dosierung wird nach stabilen Tagen gesteigert, höchstens einmal pro Woche und nur so weit, wie Ihr Übungsprogramm es vorsieht.</translation>
    </message>
    <message>
        <source>it stepped up less than 7 days ago</source>
        <translation>die letzte Steigerung weniger als 7 Tage zurückliegt</translation>
    </message>
    <message>
        <source>your leg pain this week is at least 1 point higher than last week</source>
        <translation>Ihre Beinschmerzen diese Woche mindestens 1 Punkt höher liegen als letzte Woche</translation>
    </message>
    <message>
        <source>your leg symptoms reached further down the leg this week</source>
        <translation>Ihre Beinbeschwerden diese Woche weiter ins Bein ausgestrahlt haben</translation>
    </message>
    <message>
        <source>an exercise made your leg symptoms worse in the last 7 days</source>
        <translation>eine Übung in den letzten 7 Tagen Ihre Beinbeschwerden verstärkt hat</translation>
    </message>
    <message>
        <source>you noted new numbness, weakness or pins and needles this week</source>
        <translation>Sie diese Woche neue Taubheit, Schwäche oder neues Kribbeln notiert haben</translation>
    </message>
    <message>
        <source>today&apos;s safety answers need a doctor&apos;s check first</source>
        <translation>Ihre heutigen Antworten auf die Sicherheitsfragen zuerst ärztlich abgeklärt werden sollten</translation>
    </message>
    <message>
        <source>too few check-ins: at least 3 a week for two weeks show how your leg is doing</source>
        <translation>zu wenige Tageseinträge vorliegen: Erst mindestens 3 pro Woche über zwei Wochen zeigen, wie es Ihrem Bein geht</translation>
    </message>
    <message>
        <source>Progression is held because {reasons}.</source>
        <translation>Die Steigerung pausiert, weil {reasons}.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save and see the score</source>
        <translation>Speichern und Ergebnis ansehen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Tick each statement that applies to you. Tab moves to the next statement and Space ticks it.</source>
        <translation>Kreuzen Sie jede Aussage an, die auf Sie zutrifft. Mit der Tabulatortaste gelangen Sie zur nächsten Aussage, mit der Leertaste kreuzen Sie sie an.</translation>
    </message>
    <message>
        <source>Choose one answer to each question with the mouse, or with the arrow keys and Space; typing an answer&apos;s number (1 for the first) chooses it and moves on. Tab goes to the next question.</source>
        <translation>Wählen Sie zu jeder Frage eine Antwort, mit der Maus oder mit den Pfeiltasten und der Leertaste. Wenn Sie die Nummer einer Antwort eingeben (1 für die erste), wird sie gewählt und es geht weiter. Mit der Tabulatortaste gelangen Sie zur nächsten Frage.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) ticked</source>
        <translation>
            <numerusform>%n Aussage angekreuzt</numerusform>
            <numerusform>%n Aussagen angekreuzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question answered</source>
        <translation>Alle Fragen beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still to answer</source>
        <translation>
            <numerusform>Noch %n Frage zu beantworten</numerusform>
            <numerusform>Noch %n Fragen zu beantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(you may leave %n out)</source>
        <translation>
            <numerusform>(%n davon dürfen Sie auslassen)</numerusform>
            <numerusform>(%n davon dürfen Sie auslassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: this questionnaire&apos;s own scoring rules cannot score these answers. Please tell whoever gave you the questionnaire file.</source>
        <translation>Nichts wurde gespeichert: Die Auswertungsregeln dieses Fragebogens können diese Antworten nicht auswerten. Bitte sagen Sie es der Person, von der Sie die Fragebogendatei haben.</translation>
    </message>
    <message>
        <source>Your score: {score} on a scale from {low} to {high}</source>
        <translation>Ihr Ergebnis: {score} auf einer Skala von {low} bis {high}</translation>
    </message>
    <message>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation>Das ist Ihr Ausgangswert. Spätere Ergebnisse werden damit verglichen, sodass Sie sehen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>Higher scores mean more trouble.</source>
        <translation>Höhere Werte bedeuten mehr Beschwerden.</translation>
    </message>
    <message>
        <source>Higher scores mean you are doing better.</source>
        <translation>Höhere Werte bedeuten, dass es Ihnen besser geht.</translation>
    </message>
    <message numerus="yes">
        <source>You left %n question(s) out; the score allows for that.</source>
        <translation>
            <numerusform>Sie haben %n Frage ausgelassen; das Ergebnis berücksichtigt das.</numerusform>
            <numerusform>Sie haben %n Fragen ausgelassen; das Ergebnis berücksichtigt das.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire&apos;s file gives no minimal important change, so changes are shown as numbers only: talk them through with your clinician.</source>
        <translation>Die Datei dieses Fragebogens nennt keine kleinste bedeutsame Veränderung. Veränderungen werden daher nur als Zahlen angezeigt: Besprechen Sie sie mit Ihren Behandelnden.</translation>
    </message>
    <message>
        <source>Licence: {notice}</source>
        <translation>Lizenz: {notice}</translation>
    </message>
    <message>
        <source>Licence notice</source>
        <translation>Lizenzhinweis</translation>
    </message>
    <message>
        <source>The questionnaire &apos;{id}&apos; is not installed any more, so it cannot be opened. Your earlier answers are kept. To answer it again, add its file under Settings, Questionnaires.</source>
        <translation>Der Fragebogen „{id}“ ist nicht mehr installiert und kann daher nicht geöffnet werden. Ihre früheren Antworten bleiben erhalten. Um ihn wieder zu beantworten, fügen Sie seine Datei unter Einstellungen, Fragebögen hinzu.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>Add a questionnaire</source>
        <translation>Fragebogen hinzufügen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Auswertung:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Only add a questionnaire that you or your clinic are licensed to use, with its wording exactly as the owner supplies it.</source>
        <translation>Fügen Sie nur Fragebögen hinzu, für die Sie oder Ihre Praxis eine Lizenz haben, und zwar genau im Wortlaut, den der Rechteinhaber liefert.</translation>
    </message>
    <message>
        <source>This replaces the installed version {version}. Answers already given are kept and stay in your history.</source>
        <translation>Dies ersetzt die installierte Version {version}. Bereits gegebene Antworten bleiben erhalten und weiterhin in Ihrem Verlauf sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Add questionnaire</source>
        <translation>Fragebogen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add this questionnaire</source>
        <translation>Diesen Fragebogen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: do not add it</source>
        <translation>Abbrechen: nicht hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) to tick</source>
        <translation>
            <numerusform>%n Aussage zum Ankreuzen</numerusform>
            <numerusform>%n Aussagen zum Ankreuzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} questions, {ticks} of them to tick</source>
        <translation>{count} Fragen, davon {ticks} zum Ankreuzen</translation>
    </message>
    <message>
        <source>the sum of the answers</source>
        <translation>die Summe der Antworten</translation>
    </message>
    <message>
        <source>the average of the answers</source>
        <translation>der Durchschnitt der Antworten</translation>
    </message>
    <message>
        <source>the number of ticked statements</source>
        <translation>die Anzahl der angekreuzten Aussagen</translation>
    </message>
    <message>
        <source>a percentage of the highest possible score</source>
        <translation>ein Prozentsatz des höchstmöglichen Werts</translation>
    </message>
    <message>
        <source>{how}, from {low} to {high}</source>
        <translation>{how}, von {low} bis {high}</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>höher ist schlechter</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>a minimal important change is {amount}</source>
        <translation>kleinste bedeutsame Veränderung: {amount}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>whenever you choose to answer it</source>
        <translation>wann immer Sie ihn beantworten möchten</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s); the first time at once</source>
        <translation>
            <numerusform>im Abstand von %n Tag; das erste Mal sofort</numerusform>
            <numerusform>im Abstand von %n Tagen; das erste Mal sofort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>A clinic that holds a licence for a questionnaire, such as a disability questionnaire, can give you its file. Once added, it appears on the Today page when it is due.</source>
        <translation>Eine Praxis mit einer Lizenz für einen Fragebogen, etwa einen Fragebogen zur Funktionseinschränkung, kann Ihnen dessen Datei geben. Nach dem Hinzufügen erscheint er auf der Seite „Heute“, sobald er fällig ist.</translation>
    </message>
    <message>
        <source>Installed questionnaires</source>
        <translation>Installierte Fragebögen</translation>
    </message>
    <message>
        <source>&amp;Add from a file…</source>
        <translation>Aus Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation>Einen Fragebogen aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;nswer now…</source>
        <translation>Jetzt &amp;beantworten…</translation>
    </message>
    <message>
        <source>Answer the selected questionnaire now</source>
        <translation>Den ausgewählten Fragebogen jetzt beantworten</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected questionnaire</source>
        <translation>Den ausgewählten Fragebogen entfernen</translation>
    </message>
    <message>
        <source>{file}: cannot be used ({problems})</source>
        <translation>{file}: nicht verwendbar ({problems})</translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translation>Noch keiner hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>due every %n day(s)</source>
        <translation>
            <numerusform>fällig im Abstand von %n Tag</numerusform>
            <numerusform>fällig im Abstand von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>answered when you choose</source>
        <translation>nach Wunsch</translation>
    </message>
    <message>
        <source>{title} (version {version}): {count} questions, {due}</source>
        <translation>{title} (Version {version}): {count} Fragen, {due}</translation>
    </message>
    <message>
        <source>Add a questionnaire file</source>
        <translation>Fragebogendatei hinzufügen</translation>
    </message>
    <message>
        <source>Questionnaire files (*.json)</source>
        <translation>Fragebogendateien (*.json)</translation>
    </message>
    <message>
        <source>This file cannot be added</source>
        <translation>Diese Datei kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>{problem}

Nothing was added; your questionnaires and answers are as they were. Ask whoever gave you the file for a corrected one.</source>
        <translation>{problem}

Es wurde nichts hinzugefügt; Ihre Fragebögen und Antworten sind unverändert. Bitten Sie die Person, von der Sie die Datei haben, um eine korrigierte Fassung.</translation>
    </message>
    <message>
        <source>{problem}

Nothing was added.</source>
        <translation>{problem}

Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The questionnaire could not be added</source>
        <translation>Der Fragebogen konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>It could not be copied into your data folder ({reason}). Nothing was added; check that the disk has room, then try again.</source>
        <translation>Er konnte nicht in Ihren Datenordner kopiert werden ({reason}). Es wurde nichts hinzugefügt. Prüfen Sie, ob auf dem Datenträger genug Platz ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Remove this questionnaire?</source>
        <translation>Diesen Fragebogen entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answer(s) to it are kept; adding its file again brings them back into view.</source>
        <translation>
            <numerusform>„{name}“ entfernen? Er wird dann nicht mehr angeboten. Ihre %n Antwort darauf bleibt erhalten; wenn Sie seine Datei wieder hinzufügen, wird sie wieder angezeigt.</numerusform>
            <numerusform>„{name}“ entfernen? Er wird dann nicht mehr angeboten. Ihre %n Antworten darauf bleiben erhalten; wenn Sie seine Datei wieder hinzufügen, werden sie wieder angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>It is no longer installed (another window or the command line removed it).</source>
        <translation>Er ist nicht mehr installiert (ein anderes Fenster oder die Befehlszeile hat ihn entfernt).</translation>
    </message>
    <message>
        <source>The questionnaire could not be removed</source>
        <translation>Der Fragebogen konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>{problem}

Your answers are kept.</source>
        <translation>{problem}

Ihre Antworten bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Is there new or worsening pain, numbness or tingling in BOTH legs, or has pain that was in one leg spread to the other?</source>
        <translation>Haben Sie neue oder zunehmende Schmerzen, Taubheit oder Kribbeln in BEIDEN Beinen, oder haben sich Schmerzen, die in einem Bein waren, auf das andere Bein ausgebreitet?</translation>
    </message>
    <message>
        <source>Are both of your legs getting weaker or more numb, or has walking suddenly become hard?</source>
        <translation>Werden beide Beine schwächer oder tauber, oder fällt Ihnen das Gehen plötzlich schwer?</translation>
    </message>
    <message>
        <source>Is there numbness or a changed feeling (not pain) around your back passage, your genitals, your inner thighs or the part you sit on? For example, does it feel different when you wipe after using the toilet?</source>
        <translation>Haben Sie ein taubes oder verändertes Gefühl (keinen Schmerz) rund um den After, an den Genitalien, an der Innenseite der Oberschenkel oder am Gesäß („Reithosenbereich“)? Fühlt es sich zum Beispiel anders an, wenn Sie sich nach dem Toilettengang abwischen?</translation>
    </message>
    <message>
        <source>Is peeing different from what is normal for you: hard to start, a weak flow you can hardly feel, not being able to pee at all, or leaking?</source>
        <translation>Hat sich das Wasserlassen bei Ihnen verändert: Fällt es schwer, damit anzufangen, ist der Strahl schwach und kaum zu spüren, geht es gar nicht, oder verlieren Sie ungewollt Urin?</translation>
    </message>
    <message>
        <source>Have you stopped noticing when you need to poo, or lost control of your bowels?</source>
        <translation>Merken Sie nicht mehr, wann Sie Stuhlgang haben müssen, oder haben Sie die Kontrolle über Ihren Darm verloren?</translation>
    </message>
    <message>
        <source>Have you lost feeling in your genitals, or noticed new problems with sex, such as not being able to get an erection or to ejaculate?</source>
        <translation>Haben Sie das Gefühl an den Genitalien verloren oder neue Probleme beim Sex bemerkt, zum Beispiel, dass keine Erektion oder kein Samenerguss mehr möglich ist?</translation>
    </message>
    <message>
        <source>Did your back pain start or get much worse after a serious accident, such as a car crash or a bad fall?</source>
        <translation>Haben Ihre Rückenschmerzen nach einem schweren Unfall begonnen oder sich danach deutlich verschlimmert, etwa nach einem Autounfall oder einem schweren Sturz?</translation>
    </message>
    <message>
        <source>Do you have chest pain, or are you badly short of breath, as well as back pain?</source>
        <translation>Haben Sie zusätzlich zu den Rückenschmerzen Schmerzen in der Brust oder starke Atemnot?</translation>
    </message>
    <message>
        <source>Is one leg or foot newly weak, or getting weaker? For example, does your foot slap down or catch on the ground when you walk?</source>
        <translation>Ist ein Bein oder ein Fuß neuerdings schwach oder wird schwächer? Schlägt zum Beispiel Ihr Fuß beim Gehen auf den Boden auf, oder bleiben Sie mit der Fußspitze hängen?</translation>
    </message>
    <message>
        <source>Is numbness in your leg or foot new, or spreading to a bigger area?</source>
        <translation>Ist die Taubheit in Ihrem Bein oder Fuß neu, oder breitet sie sich auf eine größere Fläche aus?</translation>
    </message>
    <message>
        <source>Do you have a high temperature or chills, or feel generally unwell, as well as back pain?</source>
        <translation>Haben Sie zusätzlich zu den Rückenschmerzen Fieber oder Schüttelfrost, oder fühlen Sie sich allgemein krank?</translation>
    </message>
    <message>
        <source>Have you ever had cancer, and is your back or leg pain new or different?</source>
        <translation>Hatten Sie jemals Krebs, und sind Ihre Rücken- oder Beinschmerzen neu oder anders als sonst?</translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying to?</source>
        <translation>Haben Sie in letzter Zeit ungewollt abgenommen?</translation>
    </message>
    <message>
        <source>Is your pain there all the time, not eased by rest or lying down, or worse at night?</source>
        <translation>Sind Ihre Schmerzen ständig da, werden sie durch Ruhe oder Liegen nicht besser oder sind sie nachts schlimmer?</translation>
    </message>
    <message>
        <source>Did the pain start after a small fall or lifting something, and do you have thin bones (osteoporosis) or take steroid tablets long term?</source>
        <translation>Haben die Schmerzen nach einem leichten Sturz oder nach dem Heben von etwas begonnen, und haben Sie Knochenschwund (Osteoporose) oder nehmen Sie dauerhaft Kortisontabletten ein?</translation>
    </message>
    <message>
        <source>Is your immune system weakened by an illness or medicine, or do you inject drugs, and is this back pain new?</source>
        <translation>Ist Ihr Immunsystem durch eine Krankheit oder Medikamente geschwächt oder spritzen Sie Drogen, und sind diese Rückenschmerzen neu?</translation>
    </message>
    <message>
        <source>Have you looked after your back for a few weeks without any improvement?</source>
        <translation>Haben Sie Ihre Rückenbeschwerden schon einige Wochen lang selbst behandelt, ohne dass sie besser geworden sind?</translation>
    </message>
    <message>
        <source>Is your pain getting worse, or stopping you from doing your normal activities?</source>
        <translation>Werden Ihre Schmerzen schlimmer, oder hindern sie Sie an Ihren gewohnten Tätigkeiten?</translation>
    </message>
    <message>
        <source>Are you struggling to cope with your pain?</source>
        <translation>Fällt es Ihnen schwer, mit Ihren Schmerzen zurechtzukommen?</translation>
    </message>
    <message>
        <source>Are you over 50, and is this the first time you have had back pain like this?</source>
        <translation>Sind Sie über 50, und haben Sie zum ersten Mal solche Rückenschmerzen?</translation>
    </message>
    <message>
        <source>Do you have pain high in your back, between your shoulder blades?</source>
        <translation>Haben Sie Schmerzen weit oben im Rücken, zwischen den Schulterblättern?</translation>
    </message>
    <message>
        <source>Have you noticed a lump on your back, or has the shape of your back changed?</source>
        <translation>Haben Sie eine Schwellung oder einen Knoten am Rücken bemerkt, oder hat sich die Form Ihres Rückens verändert?</translation>
    </message>
    <message>
        <source>Several exercises recently made your leg symptoms worse.</source>
        <translation>Mehrere Übungen haben Ihre Beinbeschwerden in letzter Zeit verstärkt.</translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation>Jetzt Notfallhilfe holen</translation>
    </message>
    <message>
        <source>Some of your answers can be signs of a serious problem, such as pressure on the nerves at the bottom of your spine. It needs checking in hospital straight away, even if the pain is bearable. Do not wait to see if it settles.</source>
        <translation>Einige Ihrer Antworten können auf ein ernstes Problem hinweisen, zum Beispiel auf Druck auf die Nerven am unteren Ende der Wirbelsäule. Das muss sofort im Krankenhaus abgeklärt werden, auch wenn die Schmerzen auszuhalten sind. Warten Sie nicht ab, ob es von selbst besser wird.</translation>
    </message>
    <message>
        <source>Call the emergency number {emergency} now, or go straight to the nearest emergency department (A&amp;E).</source>
        <translation>Rufen Sie jetzt den Notruf {emergency} an oder gehen Sie direkt in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>Contact your GP surgery, an urgent care service or {advice_line} today.</source>
        <translation>Wenden Sie sich heute an Ihre Hausarztpraxis, eine Notfallpraxis oder {advice_line}.</translation>
    </message>
    <message>
        <source>If you get numbness around your genitals or bottom, trouble peeing or pooing, or weakness in both legs, call the emergency number {emergency} now or go to the emergency department.</source>
        <translation>Wenn Sie Taubheit im Genital- oder Gesäßbereich, Probleme beim Wasserlassen oder Stuhlgang oder eine Schwäche in beiden Beinen bemerken, rufen Sie sofort den Notruf {emergency} an oder gehen Sie in die Notaufnahme.</translation>
    </message>
    <message>
        <source>Tell them about your back or leg pain and which of these symptoms you have.</source>
        <translation>Berichten Sie dort von Ihren Rücken- oder Beinschmerzen und davon, welche dieser Beschwerden Sie haben.</translation>
    </message>
    <message>
        <source>Do not do your exercises until a doctor has checked you.</source>
        <translation>Machen Sie Ihre Übungen erst wieder, wenn eine Ärztin oder ein Arzt Sie untersucht hat.</translation>
    </message>
    <message>
        <source>Get medical advice today</source>
        <translation>Heute ärztlichen Rat einholen</translation>
    </message>
    <message>
        <source>Some of your answers need a doctor&apos;s opinion today. This is not usually an emergency, but it should not wait for a routine appointment.</source>
        <translation>Einige Ihrer Antworten sollten heute noch ärztlich beurteilt werden. Meist ist das kein Notfall, es sollte aber nicht bis zu einem regulären Termin warten.</translation>
    </message>
    <message>
        <source>Tell them which answers you gave.</source>
        <translation>Sagen Sie dort, welche Antworten Sie gegeben haben.</translation>
    </message>
    <message>
        <source>Until then, keep moving gently and stop any exercise that makes your leg symptoms worse.</source>
        <translation>Bleiben Sie bis dahin behutsam in Bewegung und brechen Sie jede Übung ab, die Ihre Beinbeschwerden verstärkt.</translation>
    </message>
    <message>
        <source>Book a review</source>
        <translation>Kontrolltermin vereinbaren</translation>
    </message>
    <message>
        <source>Your answers suggest a check-up with your GP or physiotherapist would help. It is not urgent.</source>
        <translation>Ihren Antworten nach wäre eine Kontrolle in Ihrer Hausarztpraxis oder Physiotherapiepraxis hilfreich. Das ist nicht dringend.</translation>
    </message>
    <message>
        <source>Book an appointment with your GP or physiotherapist in the next week or two.</source>
        <translation>Vereinbaren Sie in den nächsten ein bis zwei Wochen einen Termin in Ihrer Hausarztpraxis oder Physiotherapiepraxis.</translation>
    </message>
    <message>
        <source>You can carry on with your programme. Stop any exercise that sends pain further down your leg.</source>
        <translation>Sie können mit Ihrem Übungsprogramm weitermachen. Brechen Sie jede Übung ab, bei der der Schmerz weiter ins Bein ausstrahlt.</translation>
    </message>
    <message>
        <source>Take your progress report with you: it helps them see how things have gone.</source>
        <translation>Nehmen Sie Ihren Verlaufsbericht mit: Er zeigt Ihren Behandelnden, wie es Ihnen bisher ergangen ist.</translation>
    </message>
    <message>
        <source>No warning signs today</source>
        <translation>Heute keine Warnzeichen</translation>
    </message>
    <message>
        <source>None of your answers point to a problem that needs a doctor soon.</source>
        <translation>Keine Ihrer Antworten weist auf ein Problem hin, das bald ärztlich abgeklärt werden muss.</translation>
    </message>
    <message>
        <source>Carry on with your programme and keep active.</source>
        <translation>Machen Sie mit Ihrem Übungsprogramm weiter und bleiben Sie aktiv.</translation>
    </message>
    <message>
        <source>If anything changes, answer these questions again from the menu at any time.</source>
        <translation>Wenn sich etwas verändert, können Sie diese Fragen jederzeit über das Menü erneut beantworten.</translation>
    </message>
    <message>
        <source>Before you start, a few safety questions.</source>
        <translation>Bevor Sie beginnen: ein paar Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>Your leg pain has gone up a lot since your last check-in, so please answer a few safety questions.</source>
        <translation>Ihre Beinschmerzen sind seit Ihrem letzten Tageseintrag deutlich stärker geworden. Bitte beantworten Sie deshalb ein paar Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>You mentioned numbness that was not there last time, so please answer a few safety questions.</source>
        <translation>Sie haben eine Taubheit angegeben, die beim letzten Mal noch nicht da war. Bitte beantworten Sie deshalb ein paar Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>You mentioned weakness that was not there last time, so please answer a few safety questions.</source>
        <translation>Sie haben eine Schwäche angegeben, die beim letzten Mal noch nicht da war. Bitte beantworten Sie deshalb ein paar Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>It has been a week since the safety questions, so here they are again before you exercise.</source>
        <translation>Ihre letzten Antworten auf die Sicherheitsfragen liegen eine Woche zurück. Deshalb kommen die Fragen vor dem Üben noch einmal.</translation>
    </message>
    <message>
        <source>Time for this week&apos;s safety questions.</source>
        <translation>Zeit für die Sicherheitsfragen dieser Woche.</translation>
    </message>
    <message>
        <source>Safety questions: answer them whenever something changes.</source>
        <translation>Sicherheitsfragen: Beantworten Sie sie, sobald sich etwas verändert.</translation>
    </message>
</context>
<context>
    <name>RegionSettings</name>
    <message>
        <source>The safety advice says: call {emergency} in an emergency; for same-day medical advice, contact {advice_line}.</source>
        <translation>In den Sicherheitshinweisen steht: Rufen Sie im Notfall {emergency} an; für ärztlichen Rat noch am selben Tag wenden Sie sich an {advice_line}.</translation>
    </message>
    <message>
        <source>Language and country</source>
        <translation>Sprache und Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>La&amp;nd:</translation>
    </message>
</context>
<context>
    <name>ReminderRunner</name>
    <message>
        <source>Sitting break</source>
        <translation>Sitzpause</translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation>„Nicht stören“ ist aktiv</translation>
    </message>
    <message>
        <source>a full-screen window is open</source>
        <translation>ein Vollbildfenster ist geöffnet</translation>
    </message>
    <message>
        <source>waiting for you to come back</source>
        <translation>wartet auf Ihre Rückkehr</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow</source>
        <translation>Erinnerungen bis morgen pausiert</translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation>Keine Erinnerungen geplant</translation>
    </message>
    <message>
        <source>{what} due now</source>
        <translation>{what} jetzt fällig</translation>
    </message>
    <message>
        <source>{what}: due, {why}</source>
        <translation>{what}: fällig, {why}</translation>
    </message>
    <message>
        <source>Next: {what} tomorrow at {time}</source>
        <translation>Als Nächstes: {what} morgen um {time}</translation>
    </message>
    <message>
        <source>Next: {what} at {time}</source>
        <translation>Als Nächstes: {what} um {time}</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due, {why}</source>
        <translation>fällig, {why}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>{what}: {when}</source>
        <translation>{what}: {when}</translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation>Für &amp;30 Minuten</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Set by {clinic}</source>
        <translation>Festgelegt von {clinic}</translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation>Sitzpausen</translation>
    </message>
    <message>
        <source>&amp;Remind me to get up after sitting for</source>
        <translation>&amp;Ans Aufstehen erinnern nach</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten Sitzen</translation>
    </message>
    <message>
        <source>Minutes of sitting before a sitting break</source>
        <translation>Minuten im Sitzen bis zur Sitzpause</translation>
    </message>
    <message>
        <source>Working hours (sitting breaks only on these days and hours)</source>
        <translation>Arbeitszeit (Sitzpausen nur an diesen Tagen und zu diesen Zeiten)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours (no reminders at all)</source>
        <translation>Ruhezeit (gar keine Erinnerungen)</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeit</translation>
    </message>
    <message>
        <source>Check-in and exercise sessions</source>
        <translation>Tageseintrag und Übungseinheiten</translation>
    </message>
    <message>
        <source>Remind me to &amp;check in at</source>
        <translation>An den &amp;Tageseintrag erinnern um</translation>
    </message>
    <message>
        <source>Time of the daily check-in reminder</source>
        <translation>Uhrzeit der täglichen Erinnerung an den Tageseintrag</translation>
    </message>
    <message>
        <source>Times of the exercise session reminders</source>
        <translation>Uhrzeiten der Erinnerungen an die Übungseinheiten</translation>
    </message>
    <message>
        <source>for example 09:30, 18:00</source>
        <translation>zum Beispiel 09:30, 18:00</translation>
    </message>
    <message>
        <source>Remind me to do my &amp;exercises at:</source>
        <translation>An die &amp;Übungen erinnern um:</translation>
    </message>
    <message>
        <source>Sa&amp;ve reminder settings</source>
        <translation>Erinnerungseinstellungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Save reminder settings</source>
        <translation>Erinnerungseinstellungen speichern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Pause reminders: {length}</source>
        <translation>Erinnerungen pausieren: {length}</translation>
    </message>
    <message>
        <source>Res&amp;ume now</source>
        <translation>&amp;Jetzt fortsetzen</translation>
    </message>
    <message>
        <source>Resume reminders now</source>
        <translation>Erinnerungen jetzt fortsetzen</translation>
    </message>
    <message>
        <source>Coming up in the next 24 hours</source>
        <translation>Geplant für die nächsten 24 Stunden</translation>
    </message>
    <message>
        <source>&amp;Start {app} when I log in (in the tray, without a window)</source>
        <translation>{app} bei der Anmeldung &amp;starten (im Infobereich der Taskleiste, ohne Fenster)</translation>
    </message>
    <message>
        <source>{field}: the start and the end are the same time. Give different times, or switch it off.</source>
        <translation>{field}: Beginn und Ende sind dieselbe Uhrzeit. Geben Sie unterschiedliche Zeiten an oder schalten Sie die Einstellung aus.</translation>
    </message>
    <message>
        <source>Exercise session times: &quot;{typed}&quot; is not a time of day. Write times like 09:30, 18:00.</source>
        <translation>Uhrzeiten der Übungseinheiten: „{typed}“ ist keine Uhrzeit. Schreiben Sie Uhrzeiten wie 09:30, 18:00.</translation>
    </message>
    <message>
        <source>These settings need a change</source>
        <translation>Diese Einstellungen müssen geändert werden</translation>
    </message>
    <message>
        <source>{problem} Your earlier settings are still in force.</source>
        <translation>{problem} Ihre bisherigen Einstellungen gelten weiterhin.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The reminder settings could not be saved ({error}). Your earlier settings are still in force; please try again.</source>
        <translation>Die Erinnerungseinstellungen konnten nicht gespeichert werden ({error}). Ihre bisherigen Einstellungen gelten weiterhin; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Reminders are not running.</source>
        <translation>Erinnerungen sind nicht aktiv.</translation>
    </message>
    <message>
        <source>Time away from the keyboard and mouse counts as a break, so you are not reminded of a break you already took.</source>
        <translation>Zeit ohne Tastatur und Maus zählt als Pause, damit Sie nicht an eine Pause erinnert werden, die Sie schon gemacht haben.</translation>
    </message>
    <message>
        <source>This desktop does not tell the app when you are away from the keyboard, so reminders fall back to plain intervals: they count all the time the computer is on, and only sleep or switching off counts as a break.</source>
        <translation>Diese Desktopumgebung meldet der App nicht, wann Sie nicht am Computer sind. Die Erinnerungen richten sich daher nach festen Abständen: Gezählt wird die gesamte Zeit, in der der Computer läuft; nur Ruhezustand oder Ausschalten zählen als Pause.</translation>
    </message>
    <message>
        <source>No reminders in the next 24 hours.</source>
        <translation>Keine Erinnerungen in den nächsten 24 Stunden.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>The start-at-login setting could not be changed ({error}). Nothing else was affected; you can start {app} yourself.</source>
        <translation>Die Einstellung zum Start bei der Anmeldung konnte nicht geändert werden ({error}). Sonst wurde nichts verändert; Sie können {app} selbst starten.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Time to stand up and move</source>
        <translation>Zeit zum Aufstehen und Bewegen</translation>
    </message>
    <message>
        <source>Time for your exercises</source>
        <translation>Zeit für Ihre Übungen</translation>
    </message>
    <message>
        <source>Time for your daily check-in</source>
        <translation>Zeit für Ihren Tageseintrag</translation>
    </message>
    <message>
        <source>A short questionnaire is due</source>
        <translation>Ein kurzer Fragebogen ist fällig</translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s). A short movement helps.</source>
        <translation>
            <numerusform>Sie sitzen seit %n Minute. Eine kurze Bewegung tut gut.</numerusform>
            <numerusform>Sie sitzen seit %n Minuten. Eine kurze Bewegung tut gut.</numerusform>
        </translation>
    </message>
    <message>
        <source>A short movement helps after a spell of sitting.</source>
        <translation>Nach längerem Sitzen tut eine kurze Bewegung gut.</translation>
    </message>
    <message>
        <source>Your home programme is ready when you are.</source>
        <translation>Ihr Heimübungsprogramm steht bereit, sobald Sie Zeit haben.</translation>
    </message>
    <message>
        <source>How are your back and leg today? It takes 30 seconds.</source>
        <translation>Wie geht es Ihrem Rücken und Ihrem Bein heute? Das dauert 30 Sekunden.</translation>
    </message>
    <message>
        <source>Answering it shows you and your physiotherapist how you are doing.</source>
        <translation>Ihre Antworten zeigen Ihnen und Ihrer Physiotherapiepraxis, wie es Ihnen geht.</translation>
    </message>
    <message>
        <source>As promised, here it is again.</source>
        <translation>Wie versprochen: hier die Erinnerung noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>%n Minute lang</numerusform>
            <numerusform>%n Minuten lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n minute(s) each</source>
        <translation>
            <numerusform>jeweils %n Minute halten</numerusform>
            <numerusform>jeweils %n Minuten halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n second(s) each</source>
        <translation>
            <numerusform>jeweils %n Sekunde halten</numerusform>
            <numerusform>jeweils %n Sekunden halten</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Moving picture of the movement</source>
        <translation>Animation der Bewegung</translation>
    </message>
    <message>
        <source>Time left for the movement</source>
        <translation>Verbleibende Zeit für die Bewegung</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done: I moved</source>
        <translation>Fertig: Ich habe mich bewegt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation>Diesmal auslassen</translation>
    </message>
    <message>
        <source>Ask again later</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>Open this in {app}</source>
        <translation>In {app} öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute erneut erinnern</numerusform>
            <numerusform>In %n Minuten erneut erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Well done. Press Done when you are back.</source>
        <translation>Gut gemacht. Klicken Sie auf „Fertig“, wenn Sie zurück sind.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Back pain (NPRS 0-10)</source>
        <translation>Rückenschmerzen (NRS 0–10)</translation>
    </message>
    <message>
        <source>Leg pain (NPRS 0-10)</source>
        <translation>Beinschmerzen (NRS 0–10)</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Self-reported on screen, 0-10 numeric rating</source>
        <translation>Selbst eingetragen am Bildschirm, numerische Skala 0–10</translation>
    </message>
    <message>
        <source>How far down the leg the symptoms reach</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <source>{name} (total score)</source>
        <translation>{name} (Gesamtwert)</translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation>Kurze Bewegungspause</translation>
    </message>
    <message>
        <source>Home exercise session</source>
        <translation>Übungseinheit zu Hause</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Exercises: {names}</source>
        <translation>Übungen: {names}</translation>
    </message>
    <message>
        <source>hold {seconds} s</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message>
        <source>{count} times a day</source>
        <translation>{count}-mal täglich</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Check-
ins</source>
        <translation>Tages-
einträge</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Furthest
reach</source>
        <translation>Weiteste
Ausstrahlung</translation>
    </message>
    <message>
        <source>Sessions
done / plan</source>
        <translation>Einheiten
erledigt / Plan</translation>
    </message>
    <message>
        <source>Ended
early</source>
        <translation>Vorzeitig
beendet</translation>
    </message>
    <message>
        <source>Activity
min</source>
        <translation>Aktivität
min</translation>
    </message>
    <message>
        <source>Breaks taken /
snoozed / skipped</source>
        <translation>Pausen gemacht /
versch. / ausgel.</translation>
    </message>
    <message>
        <source>Pain is the mean of the week&apos;s check-ins (0–10); reach is the furthest recorded.</source>
        <translation>Schmerz: Mittelwert der Tageseinträge der Woche (0–10); Ausstrahlung: die weiteste eingetragene.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>In diesem Zeitraum wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>Treatments and events</source>
        <translation>Behandlungen und Ereignisse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Summary (continued)</source>
        <translation>Zusammenfassung (Fortsetzung)</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Tageseintrag</numerusform>
            <numerusform>%n Tageseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on {days} of %n day(s)</source>
        <translation>
            <numerusform>an {days} von %n Tag</numerusform>
            <numerusform>an {days} von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Nichts eingetragen</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period. Choose a longer period.</source>
        <translation>In diesem Zeitraum wurde nichts eingetragen. Wählen Sie einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Pain (0–10): average of the first and the last week</source>
        <translation>Schmerz (0–10): Mittelwert der ersten und der letzten Woche</translation>
    </message>
    <message>
        <source>First week {first}–{to}; last week {last}–{until}.</source>
        <translation>Erste Woche {first}–{to}; letzte Woche {last}–{until}.</translation>
    </message>
    <message>
        <source>Minimal important change: {points} points or {percent}% (Ostelo 2008).</source>
        <translation>Kleinste bedeutsame Veränderung: {points} Punkte oder {percent} % (Ostelo 2008).</translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation>Beinbeschwerden</translation>
    </message>
    <message>
        <source>Furthest in the period: {reach}.</source>
        <translation>Am weitesten im Zeitraum: {reach}.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercises that drew &quot;worse&quot; responses:</source>
        <translation>Übungen mit der Rückmeldung „schlechter“:</translation>
    </message>
    <message>
        <source>worse {worse}×, worse but settling {settling}×</source>
        <translation>schlechter {worse}×, schlechter, aber abklingend {settling}×</translation>
    </message>
    <message>
        <source>, new numbness or weakness {count}×</source>
        <translation>, neue Taubheit oder Schwäche {count}×</translation>
    </message>
    <message>
        <source> (done {count}×)</source>
        <translation> (gemacht {count}×)</translation>
    </message>
    <message>
        <source>and {count} more.</source>
        <translation>und {count} weitere.</translation>
    </message>
    <message>
        <source>No exercise drew a &quot;worse&quot; response.</source>
        <translation>Keine Übung erhielt die Rückmeldung „schlechter“.</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Verlaufsmessungen</translation>
    </message>
    <message numerus="yes">
        <source>%n sitting(s)</source>
        <translation>
            <numerusform>%n Erhebung</numerusform>
            <numerusform>%n Erhebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No outcome measure was taken in this period.</source>
        <translation>In diesem Zeitraum wurde keine Verlaufsmessung erhoben.</translation>
    </message>
    <message>
        <source>Red-flag screenings</source>
        <translation>Red-Flag-Abfragen</translation>
    </message>
    <message>
        <source>{finding} (since {day})</source>
        <translation>{finding} (seit {day})</translation>
    </message>
    <message>
        <source>Known to the patient&apos;s doctor, not counted as red flags for 3 months: {known}.</source>
        <translation>Der behandelnden Ärztin oder dem behandelnden Arzt bekannt, 3 Monate lang nicht als Red Flag gezählt: {known}.</translation>
    </message>
    <message>
        <source>• Assessed by {who} on {day} after the emergency answer of {locked} (patient confirmed on {confirmed}): exercise unlocked.</source>
        <translation>• Untersucht durch {who} am {day} nach der Notfall-Antwort vom {locked} (von der Patientin/dem Patienten bestätigt am {confirmed}): Übungen freigegeben.</translation>
    </message>
    <message>
        <source>• Assessed by {who} on {day} (patient confirmed on {confirmed}): exercise unlocked.</source>
        <translation>• Untersucht durch {who} am {day} (von der Patientin/dem Patienten bestätigt am {confirmed}): Übungen freigegeben.</translation>
    </message>
    <message>
        <source>1 earlier event is listed after the week-by-week table.</source>
        <translation>1 früheres Ereignis steht nach der Tabelle „Woche für Woche“.</translation>
    </message>
    <message>
        <source>{count} earlier events are listed after the week-by-week table.</source>
        <translation>{count} frühere Ereignisse stehen nach der Tabelle „Woche für Woche“.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>Attention: %n red-flag screening(s) led to urgent advice, the latest on {day} ({result}).</source>
        <translation>
            <numerusform>Achtung: %n Red-Flag-Abfrage führte zu einem dringenden Rat, zuletzt am {day} ({result}).</numerusform>
            <numerusform>Achtung: %n Red-Flag-Abfragen führten zu einem dringenden Rat, zuletzt am {day} ({result}).</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Attention: {pain} worse than at the start by at least the minimal important change.</source>
        <translation>Achtung: {pain} um mindestens die kleinste bedeutsame Veränderung schlechter als zu Beginn.</translation>
    </message>
    <message>
        <source>Attention: exercise locked since an emergency answer on {day}; no assessment confirmed yet.</source>
        <translation>Achtung: Übungen gesperrt seit einer Notfall-Antwort am {day}; noch keine ärztliche Untersuchung bestätigt.</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Erste Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>No red-flag screening was done in this period.</source>
        <translation>In diesem Zeitraum wurde keine Red-Flag-Abfrage gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s)</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Back and leg pain: daily averages and 7-day rolling mean</source>
        <translation>Rücken- und Beinschmerzen: Tagesmittel und gleitender 7-Tage-Mittelwert</translation>
    </message>
    <message>
        <source>Dotted vertical lines mark treatments and events.</source>
        <translation>Gepunktete senkrechte Linien markieren Behandlungen und Ereignisse.</translation>
    </message>
    <message>
        <source>How far the leg symptoms reach (higher is closer to the back: better)</source>
        <translation>Ausstrahlung ins Bein (weiter oben ist näher am Rücken: besser)</translation>
    </message>
    <message>
        <source>Exercise sessions per week: completed against planned</source>
        <translation>Übungseinheiten pro Woche: erledigt im Vergleich zu geplant</translation>
    </message>
    <message>
        <source>Sciatica progress report</source>
        <translation>Verlaufsbericht Ischias</translation>
    </message>
    <message>
        <source>Patient-reported data recorded at home. It supports, and does not replace, clinical assessment.</source>
        <translation>Von der Patientin/dem Patienten zu Hause eingetragene Daten. Sie ergänzen die klinische Untersuchung und ersetzen sie nicht.</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Name nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>generated {day}</source>
        <translation>erstellt am {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Back pain (7-day mean)</source>
        <translation>Rückenschmerzen (7-Tage-Mittel)</translation>
    </message>
    <message>
        <source>Leg pain (7-day mean)</source>
        <translation>Beinschmerzen (7-Tage-Mittel)</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>no leg symptoms</source>
        <translation>keine Beinbeschwerden</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>bis ins Gesäß</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>bis in den Oberschenkel</translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation>bis unter das Knie</translation>
    </message>
    <message>
        <source>into the foot</source>
        <translation>bis in den Fuß</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <source>too few check-ins</source>
        <translation>zu wenige Tageseinträge</translation>
    </message>
    <message>
        <source>important improvement</source>
        <translation>bedeutsame Verbesserung</translation>
    </message>
    <message>
        <source>small change</source>
        <translation>kleine Veränderung</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>IMPORTANT WORSENING</source>
        <translation>BEDEUTSAME VERSCHLECHTERUNG</translation>
    </message>
    <message>
        <source>Too few check-ins to say how far the leg symptoms reach.</source>
        <translation>Zu wenige Tageseinträge, um zu sagen, wie weit die Beschwerden ins Bein ausstrahlen.</translation>
    </message>
    <message>
        <source>Leg symptoms retreated towards the back: {start} in the first week, {end} in the last week.</source>
        <translation>Die Beinbeschwerden sind zum Rücken hin zurückgegangen: {start} in der ersten Woche, {end} in der letzten Woche.</translation>
    </message>
    <message>
        <source>Leg symptoms spread further down the leg: {start} in the first week, {end} in the last week.</source>
        <translation>Die Beinbeschwerden strahlen weiter ins Bein aus: {start} in der ersten Woche, {end} in der letzten Woche.</translation>
    </message>
    <message>
        <source>Leg symptoms reach as far as before: {end} in the first and the last week.</source>
        <translation>Die Beinbeschwerden strahlen so weit aus wie zuvor: {end} in der ersten und der letzten Woche.</translation>
    </message>
    <message>
        <source>; {count} ended early</source>
        <translation>; {count} vorzeitig beendet</translation>
    </message>
    <message numerus="yes">
        <source>; %n movement snack(s)</source>
        <translation>
            <numerusform>; %n kurze Bewegungspause</numerusform>
            <numerusform>; %n kurze Bewegungspausen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No programme stored, so nothing to compare with: %n session(s) completed{extra}.</source>
        <translation>
            <numerusform>Kein Übungsprogramm gespeichert, daher kein Vergleich möglich: %n Übungseinheit erledigt{extra}.</numerusform>
            <numerusform>Kein Übungsprogramm gespeichert, daher kein Vergleich möglich: %n Übungseinheiten erledigt{extra}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{completed} of %n planned session(s) completed ({percent}%){extra}.</source>
        <translation>
            <numerusform>{completed} von %n geplanten Übungseinheit erledigt ({percent} %){extra}.</numerusform>
            <numerusform>{completed} von %n geplanten Übungseinheiten erledigt ({percent} %){extra}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {done} of %n time(s) in the week from {start}</source>
        <translation>
            <numerusform>{name}: {done} von %n Mal in der Woche ab {start}</numerusform>
            <numerusform>{name}: {done} von %n Mal in der Woche ab {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>{low}-{high}, higher is worse</source>
        <translation>{low}–{high}, höher ist schlechter</translation>
    </message>
    <message>
        <source>{low}-{high}, higher is better</source>
        <translation>{low}–{high}, höher ist besser</translation>
    </message>
    <message>
        <source>{name}: {score} on {day}.</source>
        <translation>{name}: {score} am {day}.</translation>
    </message>
    <message>
        <source>{name} is {now}, the same as on {since}.</source>
        <translation>{name}: {now}, wie schon am {since}.</translation>
    </message>
    <message>
        <source>{name} is up from {before} to {now} since {since}</source>
        <translation>{name}: seit dem {since} von {before} auf {now} gestiegen</translation>
    </message>
    <message>
        <source>{name} is down from {before} to {now} since {since}</source>
        <translation>{name}: seit dem {since} von {before} auf {now} gesunken</translation>
    </message>
    <message>
        <source>an improvement of at least the minimal important change</source>
        <translation>eine Verbesserung um mindestens die kleinste bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>a worsening of at least the minimal important change</source>
        <translation>eine Verschlechterung um mindestens die kleinste bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>an improvement beyond the detectable change</source>
        <translation>eine Verbesserung über die nachweisbare Veränderung hinaus</translation>
    </message>
    <message>
        <source>a worsening beyond the detectable change</source>
        <translation>eine Verschlechterung über die nachweisbare Veränderung hinaus</translation>
    </message>
    <message>
        <source>a small change that may be day-to-day variation</source>
        <translation>eine kleine Veränderung, die auch eine normale Schwankung von Tag zu Tag sein kann</translation>
    </message>
    <message>
        <source>{name}: too few check-ins to compare.</source>
        <translation>{name}: zu wenige Tageseinträge für einen Vergleich.</translation>
    </message>
    <message>
        <source>{name}: too few check-ins to compare, {score} on the one day with check-ins.</source>
        <translation>{name}: zu wenige Tageseinträge für einen Vergleich; {score} an dem einen Tag mit Tageseinträgen.</translation>
    </message>
    <message numerus="yes">
        <source>These are only %n day(s) of check-ins; a few more will show whether the change lasts.</source>
        <translation>
            <numerusform>Das ist erst %n Tag mit Tageseinträgen; einige weitere zeigen, ob die Veränderung anhält.</numerusform>
            <numerusform>Das sind erst %n Tage mit Tageseinträgen; einige weitere zeigen, ob die Veränderung anhält.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY advice given</source>
        <translation>NOTFALL-Rat gegeben</translation>
    </message>
    <message>
        <source>same-day review advised</source>
        <translation>Abklärung am selben Tag empfohlen</translation>
    </message>
    <message>
        <source>routine review advised</source>
        <translation>reguläre Abklärung empfohlen</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>unauffällig</translation>
    </message>
    <message>
        <source>{count} emergency</source>
        <translation>{count} Notfall</translation>
    </message>
    <message>
        <source>{count} same-day review</source>
        <translation>{count} Abklärung am selben Tag</translation>
    </message>
    <message>
        <source>{count} routine review</source>
        <translation>{count} reguläre Abklärung</translation>
    </message>
    <message>
        <source>{count} clear</source>
        <translation>{count} unauffällig</translation>
    </message>
    <message>
        <source>a doctor</source>
        <translation>eine Ärztin oder einen Arzt</translation>
    </message>
    <message>
        <source>an emergency department</source>
        <translation>eine Notaufnahme</translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation>Medikament begonnen</translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation>Medikament geändert</translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation>Medikament abgesetzt</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Spritze</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Both legs weak or walking</source>
        <translation>Schwäche in beiden Beinen oder Gangstörung</translation>
    </message>
    <message>
        <source>Saddle numbness</source>
        <translation>Taubheit im Genital- und Gesäßbereich (Reithosenbereich)</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Blase</translation>
    </message>
    <message>
        <source>Bowel</source>
        <translation>Darm</translation>
    </message>
    <message>
        <source>Sexual function</source>
        <translation>Sexualfunktion</translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation>Schwerer Unfall</translation>
    </message>
    <message>
        <source>Chest or breathless</source>
        <translation>Brustschmerz oder Atemnot</translation>
    </message>
    <message>
        <source>One leg weak</source>
        <translation>Schwäche in einem Bein</translation>
    </message>
    <message>
        <source>Spreading numbness</source>
        <translation>Sich ausbreitende Taubheit</translation>
    </message>
    <message>
        <source>Fever or unwell</source>
        <translation>Fieber oder Krankheitsgefühl</translation>
    </message>
    <message>
        <source>Cancer history</source>
        <translation>Krebserkrankung in der Vorgeschichte</translation>
    </message>
    <message>
        <source>Weight loss</source>
        <translation>Gewichtsverlust</translation>
    </message>
    <message>
        <source>Constant or night pain</source>
        <translation>Dauer- oder Nachtschmerz</translation>
    </message>
    <message>
        <source>Fragile bones minor fall</source>
        <translation>Brüchige Knochen, leichter Sturz</translation>
    </message>
    <message>
        <source>Immune or injecting</source>
        <translation>Immunschwäche oder intravenöser Drogenkonsum</translation>
    </message>
    <message>
        <source>No improvement</source>
        <translation>Keine Besserung</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Zunehmende Verschlechterung</translation>
    </message>
    <message>
        <source>Struggling to cope</source>
        <translation>Kommt schwer zurecht</translation>
    </message>
    <message>
        <source>First episode over 50</source>
        <translation>Erstes Auftreten nach dem 50. Lebensjahr</translation>
    </message>
    <message>
        <source>Shoulder blade pain</source>
        <translation>Schmerz zwischen den Schulterblättern</translation>
    </message>
    <message>
        <source>Back shape</source>
        <translation>Veränderte Form des Rückens</translation>
    </message>
    <message>
        <source>spine or hip surgery in the last 3 months</source>
        <translation>Operation an Wirbelsäule oder Hüfte in den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>fracture or osteoporosis</source>
        <translation>Knochenbruch oder Osteoporose</translation>
    </message>
    <message>
        <source>hip replacement</source>
        <translation>künstliches Hüftgelenk</translation>
    </message>
    <message>
        <source>recent major trauma</source>
        <translation>kürzlich schwere Verletzung</translation>
    </message>
    <message>
        <source>a step less than 7 days ago</source>
        <translation>letzte Steigerung vor weniger als 7 Tagen</translation>
    </message>
    <message>
        <source>7-day leg-pain mean at least 1 point above the week before</source>
        <translation>7-Tage-Mittel der Beinschmerzen mindestens 1 Punkt über der Vorwoche</translation>
    </message>
    <message>
        <source>leg symptoms spread further down the leg in the last 7 days</source>
        <translation>Beinbeschwerden strahlten in den letzten 7 Tagen weiter ins Bein aus</translation>
    </message>
    <message>
        <source>a &quot;worse&quot; response in the last 7 days</source>
        <translation>eine Rückmeldung „schlechter“ in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>new numbness, weakness or pins and needles in the last 7 days</source>
        <translation>neue Taubheit, Schwäche oder neues Kribbeln in den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>a same-day finding at today&apos;s red-flag screening</source>
        <translation>ein Befund mit Abklärung am selben Tag bei der heutigen Red-Flag-Abfrage</translation>
    </message>
    <message>
        <source>too few check-ins (fewer than 3 in either of the last two weeks)</source>
        <translation>zu wenige Tageseinträge (weniger als 3 in einer der letzten beiden Wochen)</translation>
    </message>
    <message>
        <source>Clearance checklist (brief 2.2.6): not answered.</source>
        <translation>Checkliste zur Freigabe (Vorgabe 2.2.6): nicht beantwortet.</translation>
    </message>
    <message>
        <source>Clearance checklist (brief 2.2.6): none of the conditions apply.</source>
        <translation>Checkliste zur Freigabe (Vorgabe 2.2.6): keiner der Punkte trifft zu.</translation>
    </message>
    <message>
        <source>Clearance checklist (brief 2.2.6): {listed}. Affected exercises are marked &quot;ask your physiotherapist first&quot; and left out of starter programmes and snacks.</source>
        <translation>Checkliste zur Freigabe (Vorgabe 2.2.6): {listed}. Betroffene Übungen sind mit „Zuerst mit Ihrer Physiotherapiepraxis absprechen“ markiert und aus Einstiegsprogrammen und kurzen Bewegungspausen herausgenommen.</translation>
    </message>
    <message>
        <source>Progression held because: {reasons}.</source>
        <translation>Steigerung angehalten wegen: {reasons}.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The export stopped unexpectedly ({0}). Your diary is unchanged. Please try again; if it keeps happening, report this problem.</source>
        <translation>Der Export wurde unerwartet abgebrochen ({0}). Ihr Tagebuch ist unverändert. Bitte versuchen Sie es erneut; wenn das immer wieder passiert, melden Sie das Problem.</translation>
    </message>
    <message>
        <source>Make a report for your physiotherapist or doctor, or export your data. Everything stays on this computer until you send the file yourself.</source>
        <translation>Erstellen Sie einen Bericht für Ihre Physiotherapiepraxis oder Ihre Ärztin bzw. Ihren Arzt, oder exportieren Sie Ihre Daten. Alles bleibt auf diesem Computer, bis Sie die Datei selbst weitergeben.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Zeitraum wählen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF report for your physiotherapist</source>
        <translation>PDF-Bericht für Ihre Physiotherapiepraxis</translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV, in a zip)</source>
        <translation>Tabellendateien (CSV, als ZIP)</translation>
    </message>
    <message>
        <source>Health record bundle (HL7 FHIR, JSON)</source>
        <translation>Gesundheitsdaten-Paket (HL7 FHIR, JSON)</translation>
    </message>
    <message>
        <source>Name printed on the report</source>
        <translation>Name auf dem Bericht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Clinic name and contact</source>
        <translation>Name und Kontakt der Praxis</translation>
    </message>
    <message>
        <source>Optional, printed at the top of each page</source>
        <translation>Optional, oben auf jeder Seite gedruckt</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Automatic (the app&apos;s language)</source>
        <translation>Automatisch (Sprache der App)</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>Meine &amp;Notizen einschließen</translation>
    </message>
    <message>
        <source>&amp;Anonymise: leave out my name and my notes</source>
        <translation>&amp;Anonymisieren: meinen Namen und meine Notizen weglassen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Praxis:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation>Den Ordner der exportierten Datei öffnen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Wird nach {0} exportiert…</translation>
    </message>
    <message>
        <source>Saved to {0} ({1}, {2} to {3}).</source>
        <translation>Gespeichert unter {0} ({1}, {2} bis {3}).</translation>
    </message>
    <message>
        <source>The folder {folder} already holds other files, so nothing was written there. Choose a new or empty folder, or a file name ending in .zip.</source>
        <translation>Der Ordner {folder} enthält schon andere Dateien, daher wurde dort nichts geschrieben. Wählen Sie einen neuen oder leeren Ordner oder einen Dateinamen, der auf .zip endet.</translation>
    </message>
    <message>
        <source>The name or the clinic line is too long (at most {name} and {clinic} characters).</source>
        <translation>Der Name oder die Praxiszeile ist zu lang (höchstens {name} bzw. {clinic} Zeichen).</translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}). Swap the dates and try again.</source>
        <translation>Der Zeitraum beginnt ({start}) erst nach seinem Ende ({end}). Tauschen Sie die beiden Daten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after it ends ({end}). Choose an earlier start.</source>
        <translation>Der Zeitraum beginnt am {start}, also nach seinem Ende ({end}). Wählen Sie einen früheren Beginn.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s)</source>
        <translation>
            <numerusform>%n CSV-Datei</numerusform>
            <numerusform>%n CSV-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FHIR resource(s)</source>
        <translation>
            <numerusform>%n FHIR-Ressource</numerusform>
            <numerusform>%n FHIR-Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>SafetyTexts</name>
    <message>
        <source>Your check-in shows symptoms in both legs, which is new, so please answer a few safety questions.</source>
        <translation>Ihr Tageseintrag zeigt neu Beschwerden in beiden Beinen. Bitte beantworten Sie deshalb einige Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>Your symptoms reach further down your leg than at any time in the last week, so please answer a few safety questions.</source>
        <translation>Ihre Beschwerden strahlen weiter ins Bein aus als irgendwann in der letzten Woche. Bitte beantworten Sie deshalb einige Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>You noticed new numbness or weakness during your exercises. The session has ended; please answer a few safety questions now.</source>
        <translation>Sie haben während der Übungen neue Taubheit oder Schwäche bemerkt. Die Übungseinheit ist beendet; bitte beantworten Sie jetzt einige Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>Some of your safety answers need a doctor now. Call the emergency number {emergency} now or go to the nearest emergency department.</source>
        <translation>Einige Ihrer Antworten bei den Sicherheitsfragen erfordern jetzt ärztliche Hilfe. Rufen Sie jetzt den Notruf {emergency} an oder gehen Sie in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>Exercises are locked since your answers on {day}. {instruction} Once a doctor or an emergency department has checked you, tell the app so, with the date, to unlock your exercises.</source>
        <translation>Die Übungen sind seit Ihren Antworten vom {day} gesperrt. {instruction} Sobald Sie ärztlich oder in einer Notaufnahme untersucht wurden, teilen Sie das der App mit Datum mit, um Ihre Übungen freizugeben.</translation>
    </message>
    <message>
        <source>Exercises locked: get medical help now (call {emergency} or go to an emergency department).</source>
        <translation>Übungen gesperrt: Holen Sie jetzt ärztliche Hilfe (Notruf {emergency} oder Notaufnahme).</translation>
    </message>
    <message>
        <source>Your exercises are locked until a doctor has checked you and you have told the app so on the Today page.</source>
        <translation>Ihre Übungen sind gesperrt, bis Sie ärztlich untersucht wurden und das auf der Seite „Heute“ angegeben haben.</translation>
    </message>
    <message>
        <source>Your exercises are not locked: nothing to confirm.</source>
        <translation>Ihre Übungen sind nicht gesperrt: Es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>That date is in the future. Please give the day a doctor checked you.</source>
        <translation>Dieses Datum liegt in der Zukunft. Bitte geben Sie den Tag an, an dem Sie ärztlich untersucht wurden.</translation>
    </message>
    <message>
        <source>That day is before your emergency answer. Please give the day a doctor checked you after it.</source>
        <translation>Dieser Tag liegt vor Ihrer Notfall-Antwort. Bitte geben Sie den Tag der ärztlichen Untersuchung danach an.</translation>
    </message>
    <message>
        <source>Checked in an emergency department</source>
        <translation>In einer Notaufnahme untersucht</translation>
    </message>
    <message>
        <source>Checked by a doctor</source>
        <translation>Ärztlich untersucht</translation>
    </message>
    <message>
        <source>On {day}. Exercises unlocked.</source>
        <translation>Am {day}. Übungen freigegeben.</translation>
    </message>
    <message>
        <source>On {day}, after the emergency answer of {answered}. Exercises unlocked.</source>
        <translation>Am {day}, nach der Notfall-Antwort vom {answered}. Übungen freigegeben.</translation>
    </message>
</context>
<context>
    <name>SaveFiles</name>
    <message>
        <source>{path} is inside the app&apos;s data folder, where your diary is kept, so nothing was saved there. Choose another folder, such as Documents.</source>
        <translation>{path} liegt im Datenordner der App, in dem Ihr Tagebuch gespeichert ist. Deshalb wurde dort nichts gespeichert. Wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.</translation>
    </message>
    <message>
        <source>{path} appeared while saving, so it was left alone and nothing was saved. Save again and choose whether to replace it.</source>
        <translation>{path} ist während des Speicherns entstanden. Die Datei wurde deshalb nicht angetastet und nichts gespeichert. Speichern Sie erneut und entscheiden Sie, ob sie ersetzt werden soll.</translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a file, so nothing was saved. Choose a file name.</source>
        <translation>{path} ist ein Ordner oder ein Gerät, keine Datei. Deshalb wurde nichts gespeichert. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>{path} is a link to another place, which the app never replaces, so nothing was saved. Choose another name.</source>
        <translation>{path} ist eine Verknüpfung zu einem anderen Ort, die die App nie ersetzt. Deshalb wurde nichts gespeichert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist, so nothing was saved. Choose another folder.</source>
        <translation>Der Ordner von {path} existiert nicht. Deshalb wurde nichts gespeichert. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not saved. Free some space or choose another disk.</source>
        <translation>Der Datenträger ist voll. Deshalb wurde {path} nicht gespeichert. Schaffen Sie Platz oder wählen Sie einen anderen Datenträger.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk, so nothing was saved. Choose another folder.</source>
        <translation>{path} liegt auf einem schreibgeschützten Datenträger. Deshalb wurde nichts gespeichert. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>You may not write to {path}, so nothing was saved. Choose a folder of your own, such as Documents.</source>
        <translation>Sie dürfen nicht in {path} schreiben. Deshalb wurde nichts gespeichert. Wählen Sie einen eigenen Ordner, zum Beispiel „Dokumente“.</translation>
    </message>
    <message>
        <source>{path} could not be saved ({reason}). Choose another folder.</source>
        <translation>{path} konnte nicht gespeichert werden ({reason}). Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Your legs</source>
        <translation>Ihre Beine</translation>
    </message>
    <message>
        <source>Bladder, bowel and sex</source>
        <translation>Blase, Darm und Sexualität</translation>
    </message>
    <message>
        <source>How the pain started</source>
        <translation>Wie die Schmerzen begonnen haben</translation>
    </message>
    <message>
        <source>Your general health</source>
        <translation>Ihre allgemeine Gesundheit</translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation>Wie es Ihnen geht</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Weitere Fragen</translation>
    </message>
    <message>
        <source>Y</source>
        <comment>keyboard key that answers Yes</comment>
        <translation>J</translation>
    </message>
    <message>
        <source>N</source>
        <comment>keyboard key that answers No</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>K</source>
        <comment>keyboard key that answers &apos;my doctor knows about this&apos;</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>Please answer every question with yes or no before you finish.</source>
        <translation>Bitte beantworten Sie jede Frage mit Ja oder Nein, bevor Sie abschließen.</translation>
    </message>
    <message>
        <source>These answers could not be recorded. Please answer the questions again, then finish.</source>
        <translation>Diese Antworten konnten nicht gespeichert werden. Bitte beantworten Sie die Fragen noch einmal und schließen Sie dann ab.</translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>Some back and leg problems need a doctor quickly. These questions check for them. Answer each one Yes or No: click, or press {yes} or {no} on the keyboard, and the next question comes up. Where something has been there a long time and your doctor has checked it, you can say so ({known}).</source>
        <translation>Manche Rücken- und Beinbeschwerden müssen rasch ärztlich abgeklärt werden. Diese Fragen prüfen, ob solche Beschwerden vorliegen. Beantworten Sie jede Frage mit Ja oder Nein: Klicken Sie oder drücken Sie auf der Tastatur {yes} oder {no}, dann erscheint die nächste Frage. Wenn etwas schon lange besteht und ärztlich abgeklärt ist, können Sie das angeben ({known}).</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;See my advice</source>
        <translation>&amp;Meine Empfehlung ansehen</translation>
    </message>
    <message>
        <source>See my advice</source>
        <translation>Meine Empfehlung ansehen</translation>
    </message>
    <message>
        <source>One of your answers needs urgent help. You can see your advice now.</source>
        <translation>Eine Ihrer Antworten erfordert dringend Hilfe. Sie können Ihre Empfehlung jetzt ansehen.</translation>
    </message>
    <message>
        <source>Questions left to answer: {count}.</source>
        <translation>Noch zu beantwortende Fragen: {count}.</translation>
    </message>
    <message>
        <source>All answered.</source>
        <translation>Alle beantwortet.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>You said yes to:</source>
        <translation>Sie haben mit Ja geantwortet auf:</translation>
    </message>
    <message>
        <source>Noted as known to your doctor (we will ask again in 3 months):</source>
        <translation>Als ärztlich bekannt vermerkt (wir fragen in 3 Monaten erneut):</translation>
    </message>
    <message>
        <source>Your answers could not be saved ({problem}). The advice above still applies: please follow it.</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden ({problem}). Die Empfehlung oben gilt trotzdem: Bitte folgen Sie ihr.</translation>
    </message>
    <message>
        <source>&amp;I understand</source>
        <translation>&amp;Verstanden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation>Programmeditor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Ansagen</translation>
    </message>
    <message>
        <source>Tones (spoken cues are not available on this computer)</source>
        <translation>Klangsignale (gesprochene Ansagen sind auf diesem Computer nicht verfügbar)</translation>
    </message>
    <message>
        <source>Beeps only (spoken cues are not available on this computer)</source>
        <translation>Nur Pieptöne (gesprochene Ansagen sind auf diesem Computer nicht verfügbar)</translation>
    </message>
    <message>
        <source>Details: installing the espeak-ng or speech-dispatcher package gives spoken cues.</source>
        <translation>Hinweis: Wenn das Paket espeak-ng oder speech-dispatcher installiert ist, gibt es gesprochene Ansagen.</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit zum Start</translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation>Ausgangsstellung einnehmen</translation>
    </message>
    <message>
        <source>Move slowly</source>
        <translation>Langsam bewegen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Slowly back</source>
        <translation>Langsam zurück</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Change to the other side</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Session over</source>
        <translation>Übungseinheit beendet</translation>
    </message>
    <message>
        <source>Start.</source>
        <translation>Los.</translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation>Und entspannen.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Change to the other side.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Done. How do your legs feel?</source>
        <translation>Fertig. Wie fühlen sich Ihre Beine an?</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Set {n} of {total}</source>
        <translation>Serie {n} von {total}</translation>
    </message>
    <message>
        <source>Rep {n} of {total}</source>
        <translation>Wiederholung {n} von {total}</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>Abschnitt {n} von {total}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation>Übungseinheit</translation>
    </message>
    <message>
        <source>Safety questions first</source>
        <translation>Zuerst die Sicherheitsfragen</translation>
    </message>
    <message>
        <source>&amp;Answer the safety questions</source>
        <translation>Sicherheitsfragen &amp;beantworten</translation>
    </message>
    <message>
        <source>Answer the safety questions</source>
        <translation>Sicherheitsfragen beantworten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Today&apos;s exercises</source>
        <translation>Heutige Übungen</translation>
    </message>
    <message>
        <source>Move slowly and keep breathing; do not hold your breath.</source>
        <translation>Bewegen Sie sich langsam und atmen Sie weiter; halten Sie nicht die Luft an.</translation>
    </message>
    <message>
        <source>A little extra back ache while leg pain eases or moves up towards your back is usually fine.</source>
        <translation>Etwas mehr Rückenschmerz ist meist in Ordnung, wenn dabei der Beinschmerz nachlässt oder sich in Richtung Rücken zurückzieht.</translation>
    </message>
    <message>
        <source>Stop an exercise if pain, tingling or numbness spreads further down your leg, or you feel new numbness or weakness.</source>
        <translation>Brechen Sie eine Übung ab, wenn Schmerz, Kribbeln oder Taubheit weiter ins Bein ausstrahlen oder wenn Sie eine neue Taubheit oder Schwäche bemerken.</translation>
    </message>
    <message>
        <source>Keys: Space pauses, Left goes back, Right skips, Esc ends the session.</source>
        <translation>Tasten: Leertaste pausiert, Pfeiltaste links geht zurück, Pfeiltaste rechts überspringt, Esc beendet die Übungseinheit.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Sound cues: {mode}</source>
        <translation>Akustische Hinweise: {mode}</translation>
    </message>
    <message>
        <source>Back pain now, 0 to 10</source>
        <translation>Rückenschmerzen jetzt, 0 bis 10</translation>
    </message>
    <message>
        <source>Leg pain now, 0 to 10</source>
        <translation>Beinschmerzen jetzt, 0 bis 10</translation>
    </message>
    <message>
        <source>&amp;Back pain now (0–10):</source>
        <translation>&amp;Rückenschmerzen jetzt (0–10):</translation>
    </message>
    <message>
        <source>&amp;Leg pain now (0–10):</source>
        <translation>&amp;Beinschmerzen jetzt (0–10):</translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation>Übungseinheit &amp;starten</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Übungseinheit starten</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not in this session:</source>
        <translation>Nicht in dieser Übungseinheit:</translation>
    </message>
    <message>
        <source>Exercise figure</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Back: restart this exercise</source>
        <translation>Zurück: diese Übung neu beginnen</translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the one before (Left)</source>
        <translation>Diese Übung neu beginnen oder zur vorigen wechseln (Pfeiltaste links)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>S&amp;kip ▶</source>
        <translation>Ü&amp;berspringen ▶</translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation>Diese Übung überspringen</translation>
    </message>
    <message>
        <source>Stop this exercise and go on (Right)</source>
        <translation>Diese Übung beenden und weitermachen (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Übungseinheit b&amp;eenden</translation>
    </message>
    <message>
        <source>End the session early</source>
        <translation>Übungseinheit vorzeitig beenden</translation>
    </message>
    <message>
        <source>End the session now; what you did is kept (Esc)</source>
        <translation>Übungseinheit jetzt beenden; was Sie gemacht haben, bleibt gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Mute sound cues</source>
        <translation>Akustische Hinweise stummschalten</translation>
    </message>
    <message>
        <source>Sound cues on or off (M)</source>
        <translation>Akustische Hinweise ein oder aus (M)</translation>
    </message>
    <message>
        <source>Sound cues on or off (M). {mode}</source>
        <translation>Akustische Hinweise ein oder aus (M). {mode}</translation>
    </message>
    <message>
        <source>&amp;1  Better or the same</source>
        <translation>&amp;1  Besser oder gleich</translation>
    </message>
    <message>
        <source>Leg symptoms stayed the same or moved up towards your back.</source>
        <translation>Die Beinbeschwerden sind gleich geblieben oder haben sich in Richtung Rücken zurückgezogen.</translation>
    </message>
    <message>
        <source>&amp;2  A little worse, but settling</source>
        <translation>&amp;2  Etwas schlechter, klingt aber ab</translation>
    </message>
    <message>
        <source>Some discomfort that is easing off.</source>
        <translation>Etwas Unbehagen, das nachlässt.</translation>
    </message>
    <message>
        <source>&amp;3  Spread further down my leg</source>
        <translation>&amp;3  Weiter ins Bein ausgestrahlt</translation>
    </message>
    <message>
        <source>Stop this exercise for today; an easier version may suit you.</source>
        <translation>Lassen Sie diese Übung für heute weg; eine leichtere Variante passt vielleicht besser zu Ihnen.</translation>
    </message>
    <message>
        <source>&amp;4  New numbness or weakness</source>
        <translation>&amp;4  Neue Taubheit oder Schwäche</translation>
    </message>
    <message>
        <source>The session ends and the safety questions open.</source>
        <translation>Die Übungseinheit wird beendet und die Sicherheitsfragen öffnen sich.</translation>
    </message>
    <message>
        <source>&amp;Go on to the next exercise</source>
        <translation>&amp;Weiter zur nächsten Übung</translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation>Weiter zur nächsten Übung</translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation>Übungseinheit &amp;beenden</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Übungseinheit beenden</translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation>&amp;Speichern und schließen</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>Please answer the safety questions first.</source>
        <translation>Bitte beantworten Sie zuerst die Sicherheitsfragen.</translation>
    </message>
    <message>
        <source>The session starts once the safety questions are answered: they check for the rare problems that need a doctor rather than exercise. Nothing has been recorded.</source>
        <translation>Die Übungseinheit beginnt, sobald die Sicherheitsfragen beantwortet sind: Sie prüfen, ob eines der seltenen Probleme vorliegt, bei denen ärztliche Hilfe statt Übungen nötig ist. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Exercises are locked</source>
        <translation>Übungen sind gesperrt</translation>
    </message>
    <message>
        <source>The session could not be started ({error}). Nothing was changed. Please try again; if it keeps happening, restart the app.</source>
        <translation>Die Übungseinheit konnte nicht gestartet werden ({error}). Es wurde nichts verändert. Bitte versuchen Sie es erneut; wenn das immer wieder passiert, starten Sie die App neu.</translation>
    </message>
    <message>
        <source>Sound &amp;off</source>
        <translation>Ton &amp;aus</translation>
    </message>
    <message>
        <source>Sound &amp;on</source>
        <translation>Ton &amp;an</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Übungseinheit beenden?</translation>
    </message>
    <message>
        <source>End this session now? What you have done so far is kept.</source>
        <translation>Diese Übungseinheit jetzt beenden? Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>Paused: the computer seemed to be asleep. Press Space or Pause to carry on.</source>
        <translation>Pausiert: Der Computer war offenbar im Ruhezustand. Drücken Sie die Leertaste oder „Pause“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Exercise {n} of {total}</source>
        <translation>Übung {n} von {total}</translation>
    </message>
    <message>
        <source>Your progress could not be saved just now ({error}). The session goes on, and what was saved before is kept.</source>
        <translation>Ihr Fortschritt konnte gerade nicht gespeichert werden ({error}). Die Übungseinheit läuft weiter, und was vorher gespeichert wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>How are your leg symptoms after “{name}”?</source>
        <translation>Wie sind Ihre Beinbeschwerden nach „{name}“?</translation>
    </message>
    <message>
        <source>You noticed new numbness or weakness, so the session has ended. Please answer the safety questions, and get medical advice today.</source>
        <translation>Sie haben eine neue Taubheit oder Schwäche bemerkt, daher wurde die Übungseinheit beendet. Bitte beantworten Sie die Sicherheitsfragen und holen Sie heute ärztlichen Rat ein.</translation>
    </message>
    <message>
        <source>Stop “{name}” for today.</source>
        <translation>Lassen Sie „{name}“ für heute weg.</translation>
    </message>
    <message>
        <source>Rest in a comfortable position until your symptoms settle. It is noted in your diary for your physiotherapist.</source>
        <translation>Ruhen Sie sich in einer bequemen Position aus, bis sich die Beschwerden legen. Das wird für Ihre Physiotherapiepraxis im Tagebuch vermerkt.</translation>
    </message>
    <message>
        <source>An easier version you can try instead: {name}.</source>
        <translation>Eine leichtere Variante, die Sie stattdessen versuchen können: {name}.</translation>
    </message>
    <message>
        <source>Exercises have made your leg symptoms worse more than once lately. Book a review with your GP or physiotherapist in the next week or two.</source>
        <translation>Übungen haben Ihre Beinbeschwerden in letzter Zeit mehrmals verstärkt. Vereinbaren Sie in den nächsten ein bis zwei Wochen einen Termin in Ihrer Hausarztpraxis oder Physiotherapiepraxis.</translation>
    </message>
    <message>
        <source>&amp;Try {name}</source>
        <translation>{name} &amp;versuchen</translation>
    </message>
    <message>
        <source>Your leg symptoms got worse</source>
        <translation>Ihre Beinbeschwerden haben sich verstärkt</translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation>Übungseinheit vorzeitig beendet</translation>
    </message>
    <message>
        <source>Well done: session done</source>
        <translation>Gut gemacht: Übungseinheit geschafft</translation>
    </message>
    <message>
        <source>Done in full: {n}</source>
        <translation>Vollständig gemacht: {n}</translation>
    </message>
    <message>
        <source>Done in part: {n}</source>
        <translation>Teilweise gemacht: {n}</translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation>Ausgelassen: {n}</translation>
    </message>
    <message>
        <source>Everything you did is saved.</source>
        <translation>Alles, was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <source>One exercise made your leg symptoms worse.</source>
        <translation>Eine Übung hat Ihre Beinbeschwerden verstärkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercises made your leg symptoms worse.</source>
        <translation>
            <numerusform>%n Übung hat Ihre Beinbeschwerden verstärkt.</numerusform>
            <numerusform>%n Übungen haben Ihre Beinbeschwerden verstärkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>If that happens again, or you notice weakness, book a review with your GP or physiotherapist.</source>
        <translation>Wenn das wieder passiert oder Sie eine Schwäche bemerken, vereinbaren Sie einen Termin in Ihrer Hausarztpraxis oder Physiotherapiepraxis.</translation>
    </message>
    <message>
        <source>Your programme for next time:</source>
        <translation>Ihr Übungsprogramm für das nächste Mal:</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Übungseinheit geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>Today&apos;s exercises could not be read ({error}). Your diary is safe. Try again, or choose a starter programme on the Programme page.</source>
        <translation>Die heutigen Übungen konnten nicht gelesen werden ({error}). Ihr Tagebuch ist sicher. Versuchen Sie es erneut oder wählen Sie auf der Seite „Programm“ ein Einstiegsprogramm.</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <source>You have done every exercise as often as your programme asks today. Walking and resting positions are still fine; the next session is tomorrow.</source>
        <translation>Sie haben heute jede Übung so oft gemacht, wie Ihr Übungsprogramm es vorsieht. Gehen und bequeme Ruhepositionen sind weiterhin in Ordnung; die nächste Übungseinheit ist morgen.</translation>
    </message>
    <message>
        <source>Nothing to do in this session</source>
        <translation>In dieser Übungseinheit ist nichts zu tun</translation>
    </message>
    <message>
        <source>Every exercise of this session waits for now. Walking and resting positions are still fine.</source>
        <translation>Alle Übungen dieser Übungseinheit pausieren vorerst. Gehen und bequeme Ruhepositionen sind weiterhin in Ordnung.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <source>Provided by {clinic}</source>
        <translation>Bereitgestellt von {clinic}</translation>
    </message>
    <message>
        <source>Based on {app}</source>
        <translation>Basiert auf {app}</translation>
    </message>
    <message>
        <source>{clinic} logo</source>
        <translation>Logo von {clinic}</translation>
    </message>
    <message>
        <source>For physiotherapists</source>
        <translation>Für Physiotherapeutinnen und -therapeuten</translation>
    </message>
    <message>
        <source>Sound cues in sessions: {mode}</source>
        <translation>Akustische Hinweise in Übungseinheiten: {mode}</translation>
    </message>
</context>
<context>
    <name>StarterProgrammesBox</name>
    <message>
        <source>Starter programmes</source>
        <translation>Einstiegsprogramme</translation>
    </message>
    <message>
        <source>Starter programme</source>
        <translation>Einstiegsprogramm</translation>
    </message>
    <message>
        <source>&amp;Follow this starter programme</source>
        <translation>Diesem Einstiegsprogramm &amp;folgen</translation>
    </message>
    <message>
        <source>Follow this starter programme</source>
        <translation>Diesem Einstiegsprogramm folgen</translation>
    </message>
    <message>
        <source>Set by {clinic}</source>
        <translation>Festgelegt von {clinic}</translation>
    </message>
    <message>
        <source>You can switch to a starter programme; yours stays in the history.</source>
        <translation>Sie können zu einem Einstiegsprogramm wechseln; Ihr bisheriges bleibt unter „Frühere Übungsprogramme“ erhalten.</translation>
    </message>
    <message>
        <source>No programme from a physiotherapist yet? Start with one of these.</source>
        <translation>Noch kein Übungsprogramm von Ihrer Physiotherapiepraxis? Beginnen Sie mit einem dieser Programme.</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Scroll up and down</source>
        <translation>Nach oben und unten scrollen</translation>
    </message>
    <message>
        <source>Scroll left and right</source>
        <translation>Nach links und rechts scrollen</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>{app} supports a home programme agreed with your physiotherapist or doctor. It does not diagnose, and it does not replace a clinician. If you are worried about your symptoms, contact your doctor; in an emergency, call the emergency number {emergency}.</source>
        <translation>{app} unterstützt ein Heimübungsprogramm, das Sie mit Ihrer Physiotherapeutin, Ihrem Physiotherapeuten, Ihrer Ärztin oder Ihrem Arzt vereinbart haben. Die App stellt keine Diagnosen und ersetzt keine ärztliche oder physiotherapeutische Behandlung. Wenn Sie sich wegen Ihrer Beschwerden Sorgen machen, wenden Sie sich an Ihre Ärztin oder Ihren Arzt; im Notfall rufen Sie den Notruf {emergency} an.</translation>
    </message>
    <message>
        <source>Everything you record stays on this computer. {app} has no account and never connects to the internet; your data leaves this computer only when you export it.</source>
        <translation>Alles, was Sie eintragen, bleibt auf diesem Computer. {app} hat kein Benutzerkonto und verbindet sich nie mit dem Internet; Ihre Daten verlassen diesen Computer nur, wenn Sie sie exportieren.</translation>
    </message>
    <message>
        <source>No leg symptoms</source>
        <translation>Keine Beschwerden im Bein</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Unter dem Knie</translation>
    </message>
    <message>
        <source>Into the foot</source>
        <translation>Bis in den Fuß</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>no leg symptoms</source>
        <translation>keine Beinbeschwerden</translation>
    </message>
    <message>
        <source>leg symptoms to the buttock</source>
        <translation>Beinbeschwerden bis ins Gesäß</translation>
    </message>
    <message>
        <source>leg symptoms to the thigh</source>
        <translation>Beinbeschwerden bis in den Oberschenkel</translation>
    </message>
    <message>
        <source>leg symptoms below the knee</source>
        <translation>Beinbeschwerden bis unter das Knie</translation>
    </message>
    <message>
        <source>leg symptoms into the foot</source>
        <translation>Beinbeschwerden bis in den Fuß</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>{reach} ({side})</source>
        <translation>{reach} ({side})</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <source>Time you could sit</source>
        <translation>Wie lange Sie sitzen konnten</translation>
    </message>
    <message>
        <source>Time you could walk</source>
        <translation>Wie lange Sie gehen konnten</translation>
    </message>
    <message>
        <source>{label}: please choose a number from 0 to 10.</source>
        <translation>{label}: Bitte wählen Sie eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from 0 to 10, not {given}.</source>
        <translation>{label}: Bitte wählen Sie eine ganze Zahl von 0 bis 10, nicht {given}.</translation>
    </message>
    <message>
        <source>{label} must be from 0 to {most} minutes, not {given}.</source>
        <translation>{label}: Bitte geben Sie 0 bis {most} Minuten an, nicht {given}.</translation>
    </message>
    <message>
        <source>A marked place on the body is not known.</source>
        <translation>Eine markierte Körperstelle ist unbekannt.</translation>
    </message>
    <message>
        <source>A symptom is not one the app knows.</source>
        <translation>Eine Beschwerde ist der App nicht bekannt.</translation>
    </message>
    <message>
        <source>Please choose how far the leg symptoms reach.</source>
        <translation>Bitte wählen Sie, wie weit die Beschwerden ins Bein ausstrahlen.</translation>
    </message>
    <message>
        <source>Please choose left, right or both legs.</source>
        <translation>Bitte wählen Sie links, rechts oder beide Beine.</translation>
    </message>
    <message>
        <source>How far the leg symptoms reach does not match the body picture, which is marked down to: {marked}.</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen, passt nicht zum Körperbild; dort ist markiert bis: {marked}.</translation>
    </message>
    <message>
        <source>The side does not match the legs marked on the body picture.</source>
        <translation>Die Seite passt nicht zu den Beinen, die im Körperbild markiert sind.</translation>
    </message>
    <message>
        <source>A side was given but no leg symptoms; choose how far they reach.</source>
        <translation>Eine Seite ist gewählt, aber keine Beinbeschwerden; wählen Sie, wie weit sie ausstrahlen.</translation>
    </message>
    <message>
        <source>Which leg? Choose left, right or both for the leg symptoms.</source>
        <translation>Welches Bein? Wählen Sie für die Beinbeschwerden links, rechts oder beide.</translation>
    </message>
    <message>
        <source>The note is {given} characters long; please keep it to {most}.</source>
        <translation>Die Notiz ist {given} Zeichen lang; bitte kürzen Sie sie auf {most}.</translation>
    </message>
    <message>
        <source>The time of the check-in needs a date and a time.</source>
        <translation>Der Tageseintrag braucht ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The time of the check-in is not a date and time.</source>
        <translation>Die Zeit des Tageseintrags ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>This time did not happen here: the clocks went forward. Choose another.</source>
        <translation>Diese Uhrzeit gab es hier nicht: Die Uhren wurden vorgestellt. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The time is in the future; a check-in records how you are or were, so choose a time up to now.</source>
        <translation>Die Uhrzeit liegt in der Zukunft. Ein Tageseintrag hält fest, wie es Ihnen geht oder ging; wählen Sie daher eine Uhrzeit bis jetzt.</translation>
    </message>
    <message>
        <source>The time is before 1990; please check the date.</source>
        <translation>Die Uhrzeit liegt vor 1990; bitte prüfen Sie das Datum.</translation>
    </message>
</context>
<context>
    <name>TodayPlan</name>
    <message>
        <source>Skipped today: it made your leg symptoms worse earlier today.</source>
        <translation>Heute ausgelassen: Die Übung hat Ihre Beinbeschwerden heute schon einmal verstärkt.</translation>
    </message>
    <message>
        <source>Skipped today: your safety answers need a doctor&apos;s check today first.</source>
        <translation>Heute ausgelassen: Ihre Antworten auf die Sicherheitsfragen sollten heute zuerst ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Skipped: ask your physiotherapist first (see Settings, Clearance).</source>
        <translation>Ausgelassen: Fragen Sie zuerst Ihre Physiotherapiepraxis (siehe Einstellungen, Freigabe für Übungen).</translation>
    </message>
    <message>
        <source>Your safety answers today need a doctor&apos;s check. See your GP, an urgent care service or {advice_line} today. Until then, nerve glides and strengthening exercises are paused for today; walking and resting positions are fine.</source>
        <translation>Ihre heutigen Antworten auf die Sicherheitsfragen sollten ärztlich abgeklärt werden. Gehen Sie heute zu Ihrer Hausarztpraxis oder in eine Notfallpraxis oder wenden Sie sich an {advice_line}. Bis dahin pausieren für heute Nervenmobilisation und Kräftigungsübungen; Gehen und bequeme Ruhepositionen sind in Ordnung.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Start today&apos;s &amp;exercises</source>
        <translation>Heutige &amp;Übungen starten</translation>
    </message>
    <message>
        <source>Start today&apos;s exercises</source>
        <translation>Heutige Übungen starten</translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation>&amp;Sicherheitsfragen…</translation>
    </message>
    <message>
        <source>Answer the safety questions now</source>
        <translation>Die Sicherheitsfragen jetzt beantworten</translation>
    </message>
    <message>
        <source>Questions that check for signs that need a doctor quickly</source>
        <translation>Fragen zu Warnzeichen, die rasch ärztlich abgeklärt werden müssen</translation>
    </message>
    <message>
        <source>What to e&amp;xpect…</source>
        <translation>Was &amp;erwartet mich…</translation>
    </message>
    <message>
        <source>What to expect: how sciatica usually goes</source>
        <translation>Was erwartet mich: der übliche Verlauf bei Ischias</translation>
    </message>
    <message>
        <source>Check in: how are you right now?</source>
        <translation>Tageseintrag: Wie geht es Ihnen gerade?</translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation>Jetzt Notfallhilfe holen</translation>
    </message>
    <message>
        <source>A &amp;doctor has checked me…</source>
        <translation>Ich wurde ärztlich &amp;untersucht…</translation>
    </message>
    <message>
        <source>A doctor has checked me: confirm it to unlock my exercises</source>
        <translation>Ich wurde ärztlich untersucht: bestätigen, um meine Übungen freizugeben</translation>
    </message>
    <message>
        <source>Exercises locked: get emergency help now</source>
        <translation>Übungen gesperrt: jetzt Notfallhilfe holen</translation>
    </message>
    <message>
        <source>Safety questions: please answer them once before you start</source>
        <translation>Sicherheitsfragen: Bitte beantworten Sie sie einmal, bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Safety questions: it is time to answer them again</source>
        <translation>Sicherheitsfragen: Es ist Zeit, sie erneut zu beantworten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Beantworten</translation>
    </message>
    <message>
        <source>take your first one</source>
        <translation>zum ersten Mal ausfüllen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>No check-in yet. Your first one takes about half a minute; after that the form starts from your last answers.</source>
        <translation>Noch kein Tageseintrag. Der erste dauert etwa eine halbe Minute; danach ist das Formular mit Ihren letzten Antworten vorausgefüllt.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>am {day} um {time}</translation>
    </message>
    <message>
        <source>Last check-in {when}: leg pain {leg}, back pain {back}</source>
        <translation>Letzter Tageseintrag {when}: Beinschmerzen {leg}, Rückenschmerzen {back}</translation>
    </message>
    <message>
        <source>The form below starts from it.</source>
        <translation>Das Formular unten ist damit vorausgefüllt.</translation>
    </message>
    <message>
        <source>, {reach}</source>
        <translation>, {reach}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TreatmentEventDialog</name>
    <message>
        <source>Edit treatment or event</source>
        <translation>Behandlung oder Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Add treatment or event</source>
        <translation>Behandlung oder Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>For example: 75 mg twice a day</source>
        <translation>Zum Beispiel: 75 mg zweimal täglich</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was ist passiert:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>W&amp;ann:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Medicine &amp;name (needed):</source>
        <translation>&amp;Name des Medikaments (Pflichtfeld):</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>For example: naproxen</source>
        <translation>Zum Beispiel: Naproxen</translation>
    </message>
    <message>
        <source>&amp;Name or description:</source>
        <translation>&amp;Name oder Beschreibung:</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>Name oder Beschreibung</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>This companion helps you follow your home programme for sciatica: a quick daily check-in of back and leg pain, guided exercise sessions, reminders to get up from sitting, and a report you can take to your physiotherapist.

Staying active helps: keep moving within comfort. Rest does not speed recovery.</source>
        <translation>Diese App hilft Ihnen, Ihr Heimübungsprogramm bei Ischias umzusetzen: mit einem kurzen Tageseintrag zu Rücken- und Beinschmerzen, angeleiteten Übungseinheiten, Erinnerungen, nach langem Sitzen aufzustehen, und einem Bericht, den Sie zu Ihrer Physiotherapiepraxis mitnehmen können.

Aktiv bleiben hilft: Bewegen Sie sich, soweit es angenehm ist. Schonung beschleunigt die Genesung nicht.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>What to &amp;expect…</source>
        <translation>Was &amp;erwartet mich…</translation>
    </message>
    <message>
        <source>What to expect: how sciatica usually goes</source>
        <translation>Was erwartet mich: der übliche Verlauf bei Ischias</translation>
    </message>
</context>
<context>
    <name>WhatToExpectDialog</name>
    <message>
        <source>What to expect</source>
        <translation>Was erwartet mich?</translation>
    </message>
    <message>
        <source>Most people get better</source>
        <translation>Den meisten geht es wieder besser</translation>
    </message>
    <message>
        <source>Sciatica usually settles with time. Many people are much better within 4 to 6 weeks, and most within about 3 months, without an operation. For some it takes longer, and some still notice it after a year or more. Nobody can promise you a date, and this app is not a cure: it helps you keep moving and see how you are doing while your body recovers.</source>
        <translation>Ischiasbeschwerden klingen meist mit der Zeit ab. Vielen geht es nach 4 bis 6 Wochen deutlich besser, den meisten nach etwa 3 Monaten, ohne Operation. Bei manchen dauert es länger, und manche spüren noch nach einem Jahr oder länger etwas davon. Niemand kann Ihnen versprechen, bis wann es so weit ist, und diese App heilt nicht: Sie hilft Ihnen, in Bewegung zu bleiben und zu sehen, wie es Ihnen geht, während Ihr Körper sich erholt.</translation>
    </message>
    <message>
        <source>Strong pain does not mean damage</source>
        <translation>Starke Schmerzen bedeuten keinen Schaden</translation>
    </message>
    <message>
        <source>Nerve pain can be very strong: it can shoot down the leg, burn, tingle or feel numb, without anything being seriously damaged. Bad days and flare-ups are common on the way and usually pass.</source>
        <translation>Nervenschmerzen können sehr stark sein: Sie können ins Bein einschießen, brennen, kribbeln oder sich taub anfühlen, ohne dass etwas ernsthaft geschädigt ist. Schlechte Tage und Schmerzschübe sind im Verlauf häufig und gehen meist vorüber.</translation>
    </message>
    <message>
        <source>Staying active helps</source>
        <translation>Aktiv bleiben hilft</translation>
    </message>
    <message>
        <source>Keep moving within comfort and carry on with your day as far as you can. Resting in bed does not make sciatica heal faster. Your exercises are a safe way to stay active and to trust your back again; no single exercise has been shown to work better than staying active.</source>
        <translation>Bewegen Sie sich, soweit es angenehm ist, und gehen Sie Ihrem Alltag nach, so gut es geht. Bettruhe lässt Ischiasbeschwerden nicht schneller abheilen. Ihre Übungen sind ein sicherer Weg, aktiv zu bleiben und Ihrem Rücken wieder zu vertrauen; für keine einzelne Übung ist belegt, dass sie besser hilft, als allgemein aktiv zu bleiben.</translation>
    </message>
    <message>
        <source>A good sign and a sign to ease off</source>
        <translation>Ein gutes Zeichen und ein Zeichen, kürzerzutreten</translation>
    </message>
    <message>
        <source>Pain that moves up out of the leg towards your back is a good sign, even if your back hurts more for a while. Pain that spreads further down your leg means: stop that movement and try an easier one. The app asks after each exercise and helps with this.</source>
        <translation>Wenn sich der Schmerz aus dem Bein in Richtung Rücken zurückzieht, ist das ein gutes Zeichen, auch wenn der Rücken eine Weile mehr wehtut. Strahlt der Schmerz weiter ins Bein aus, heißt das: Brechen Sie diese Bewegung ab und versuchen Sie eine leichtere. Die App fragt nach jeder Übung nach und hilft Ihnen dabei.</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <source>Call the emergency number {emergency} now or go to an emergency department at once if you get numbness around your genitals or back passage, trouble peeing or pooing, or weakness in both legs. See a doctor soon if a leg or foot gets weaker or more numb, if you have a fever or feel unwell, if the pain keeps getting worse over a few weeks, or if you are struggling to cope. The safety questions in this app check for these signs.</source>
        <translation>Rufen Sie sofort den Notruf {emergency} an oder gehen Sie in eine Notaufnahme, wenn Sie Taubheit im Genital- oder Afterbereich, Probleme beim Wasserlassen oder Stuhlgang oder eine Schwäche in beiden Beinen bemerken. Gehen Sie bald zu einer Ärztin oder einem Arzt, wenn ein Bein oder Fuß schwächer oder tauber wird, wenn Sie Fieber haben oder sich krank fühlen, wenn die Schmerzen über einige Wochen immer stärker werden oder wenn Sie mit den Schmerzen kaum zurechtkommen. Die Sicherheitsfragen in dieser App fragen diese Zeichen ab.</translation>
    </message>
    <message>
        <source>It can come back</source>
        <translation>Es kann wiederkommen</translation>
    </message>
    <message>
        <source>Back and leg pain often return at some point. Walking regularly, staying active and what you learn now make the next time easier to handle.</source>
        <translation>Rücken- und Beinschmerzen kommen oft irgendwann wieder. Regelmäßige Spaziergänge, ein aktiver Alltag und das, was Sie jetzt lernen, machen es Ihnen beim nächsten Mal leichter, damit umzugehen.</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>My doctor knows about this and has checked it</source>
        <translation>Ärztlich bekannt und abgeklärt</translation>
    </message>
    <message>
        <source>My doctor knows about this and has checked it: {question}</source>
        <translation>Ärztlich bekannt und abgeklärt: {question}</translation>
    </message>
    <message>
        <source>Yes: {question}</source>
        <translation>Ja: {question}</translation>
    </message>
    <message>
        <source>No: {question}</source>
        <translation>Nein: {question}</translation>
    </message>
    <message>
        <source>You told us on {day} that your doctor knows about this. If it is new or worse, answer Yes. We will ask again from {recheck}.</source>
        <translation>Sie haben am {day} angegeben, dass dies ärztlich bekannt ist. Wenn es neu ist oder schlimmer geworden ist, antworten Sie mit Ja. Wir fragen ab dem {recheck} erneut.</translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <source>Rule {n}: add</source>
        <translation>Regel {n}: plus</translation>
    </message>
    <message>
        <source>Use progression rule {n}</source>
        <translation>Steigerungsregel {n} verwenden</translation>
    </message>
    <message>
        <source>Step of rule {n}</source>
        <translation>Schrittweite von Regel {n}</translation>
    </message>
    <message>
        <source>What rule {n} changes</source>
        <translation>Was Regel {n} verändert</translation>
    </message>
    <message>
        <source>seconds of hold</source>
        <translation>Sekunden Haltezeit</translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Steady days before rule {n}</source>
        <translation>Stabile Tage vor Regel {n}</translation>
    </message>
    <message>
        <source>Cap of rule {n}</source>
        <translation>Obergrenze von Regel {n}</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>steady days, up to</source>
        <translation>stabilen Tagen, bis höchstens</translation>
    </message>
</context>
<context>
    <name>_Span</name>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
</context>
</TS>
