<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../companion/reports/charts.py" line="355"/>
        <source>Treatment or event</source>
        <translation>Behandlung oder Ereignis</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="356"/>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="394"/>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="398"/>
        <location filename="../../companion/reports/charts.py" line="466"/>
        <source>No check-ins in this period</source>
        <translation>Keine Tageseinträge in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="411"/>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="421"/>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="431"/>
        <source>Back pain, 7-day average</source>
        <translation>Rückenschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="440"/>
        <source>Leg pain, 7-day average</source>
        <translation>Beinschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="462"/>
        <source>Leg symptoms reach</source>
        <translation>Ausstrahlung ins Bein</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="478"/>
        <source>Furthest reach that day</source>
        <translation>Weiteste Ausstrahlung des Tages</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="483"/>
        <source>↑ closer to the back</source>
        <translation>↑ näher am Rücken</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="540"/>
        <source>Sessions a day</source>
        <translation>Übungseinheiten pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="540"/>
        <source>Sessions a week</source>
        <translation>Übungseinheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="541"/>
        <source>Sessions a month</source>
        <translation>Übungseinheiten pro Monat</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="547"/>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation>Kein Übungsprogramm legt fest, wie viele Übungseinheiten geplant sind; daher sind nur die erledigten zu sehen.</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="554"/>
        <source>No exercise sessions in this period</source>
        <translation>Keine Übungseinheiten in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="558"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="567"/>
        <source>Stopped part-way</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="579"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="602"/>
        <source>Sitting breaks a day</source>
        <translation>Sitzpausen pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="602"/>
        <source>Sitting breaks a week</source>
        <translation>Sitzpausen pro Woche</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="603"/>
        <source>Sitting breaks a month</source>
        <translation>Sitzpausen pro Monat</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="607"/>
        <source>No sitting-break reminders in this period</source>
        <translation>Keine Erinnerungen an Sitzpausen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="613"/>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="614"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="615"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="650"/>
        <source>Active minutes a day</source>
        <translation>Aktive Minuten pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="650"/>
        <source>Active minutes a week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="651"/>
        <source>Active minutes a month</source>
        <translation>Aktive Minuten pro Monat</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="655"/>
        <source>No activity logged in this period</source>
        <translation>Keine Aktivitäten in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="662"/>
        <source>Minutes of activity</source>
        <translation>Aktivität in Minuten</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="690"/>
        <source>No questionnaires answered in this period</source>
        <translation>Keine Fragebögen in diesem Zeitraum ausgefüllt</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="697"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="697"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="698"/>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="724"/>
        <source>Shaded: within {points} points of the baseline, not yet a meaningful change</source>
        <translation>Schattiert: bis {points} Punkte vom Ausgangswert entfernt, noch keine bedeutsame Veränderung</translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="727"/>
        <source>No agreed size of a meaningful change; dotted: baseline</source>
        <translation>Keine anerkannte Schwelle für eine bedeutsame Veränderung; gepunktet: Ausgangswert</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="163"/>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="163"/>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="178"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="182"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="183"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="185"/>
        <source>Started at</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="187"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="189"/>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="190"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="191"/>
        <source>&amp;Started at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="192"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../companion/app.py" line="111"/>
        <source>{app} cannot write in its data folder {folder}: it is read-only, full, or belongs to another user. Your diary has not been touched. Make the folder yours and writable again (or start {app} with --data-dir and a folder you can write), then start it again.</source>
        <translation>{app} kann in seinem Datenordner {folder} nicht schreiben: Er ist schreibgeschützt, voll oder gehört einem anderen Benutzer. Ihr Tagebuch wurde nicht verändert. Machen Sie den Ordner wieder zu Ihrem eigenen und beschreibbar (oder starten Sie {app} mit --data-dir und einem Ordner, in den Sie schreiben können), und starten Sie das Programm dann erneut.</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="127"/>
        <source>{app} is already running on this data but does not answer.</source>
        <translation>{app} läuft bereits mit diesen Daten, reagiert aber nicht.</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="161"/>
        <source>This copy of {app} is damaged and cannot start ({error}). Your diary has not been touched. Please install the app again from where you got it.</source>
        <translation>Diese Installation von {app} ist beschädigt und kann nicht starten ({error}). Ihr Tagebuch wurde nicht verändert. Bitte installieren Sie das Programm erneut von dort, wo Sie es bezogen haben.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="48"/>
        <location filename="../../companion/ui/assessment_dialog.py" line="91"/>
        <source>A doctor has checked me</source>
        <translation>Ich wurde ärztlich untersucht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="56"/>
        <source>Your exercises were locked because some of your safety answers needed a doctor straight away. Confirm here once a doctor or an emergency department has checked you since then. It is noted in your diary and on your report.</source>
        <translation>Ihre Übungen wurden gesperrt, weil einige Ihrer Antworten zur Sicherheit eine sofortige ärztliche Abklärung erforderten. Bestätigen Sie hier, sobald Sie seitdem ärztlich oder in einer Notaufnahme untersucht worden sind. Das wird in Ihrem Tagebuch und in Ihrem Bericht vermerkt.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="62"/>
        <source>A &amp;doctor checked me</source>
        <translation>&amp;Ich wurde ärztlich untersucht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="63"/>
        <source>I was checked in an &amp;emergency department</source>
        <translation>Ich wurde in einer &amp;Notaufnahme untersucht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="72"/>
        <source>The day you were checked</source>
        <translation>Der Tag der Untersuchung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="79"/>
        <source>Who checked you:</source>
        <translation>Wer hat Sie untersucht:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="81"/>
        <source>On which &amp;day:</source>
        <translation>An welchem &amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="86"/>
        <source>&amp;Confirm and unlock</source>
        <translation>&amp;Bestätigen und entsperren</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="87"/>
        <source>Confirm and unlock my exercises</source>
        <translation>Bestätigen und meine Übungen entsperren</translation>
    </message>
    <message>
        <location filename="../../companion/ui/assessment_dialog.py" line="115"/>
        <source>This could not be saved ({problem}). Your exercises stay locked; please try again.</source>
        <translation>Das konnte nicht gespeichert werden ({problem}). Ihre Übungen bleiben gesperrt; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../companion/ui/body_map.py" line="45"/>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="46"/>
        <source>left buttock</source>
        <translation>linkes Gesäß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="47"/>
        <source>right buttock</source>
        <translation>rechtes Gesäß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="48"/>
        <source>left thigh</source>
        <translation>linker Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="49"/>
        <source>right thigh</source>
        <translation>rechter Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="50"/>
        <source>left calf</source>
        <translation>linke Wade</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="51"/>
        <source>right calf</source>
        <translation>rechte Wade</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="52"/>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="53"/>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="129"/>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="216"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="219"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="287"/>
        <source>{site}: marked (click to clear)</source>
        <translation>{site}: markiert (zum Aufheben klicken)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="288"/>
        <source>{site} (click to mark)</source>
        <translation>{site} (zum Markieren klicken)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="347"/>
        <source>Marked: {sites}.</source>
        <translation>Markiert: {sites}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="349"/>
        <source>Nothing marked.</source>
        <translation>Nichts markiert.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="351"/>
        <source>On: {site}, {state}.</source>
        <translation>Aktuell: {site}, {state}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="353"/>
        <source>marked</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="353"/>
        <source>not marked</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="355"/>
        <source>Arrow keys move, Space marks or clears. Seen from behind.</source>
        <translation>Mit den Pfeiltasten bewegen, mit der Leertaste markieren oder aufheben. Ansicht von hinten.</translation>
    </message>
</context>
<context>
    <name>BothersomenessDialog</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="206"/>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="224"/>
        <source>How much has sciatica bothered you?</source>
        <translation>Wie sehr hat Sie Ihr Ischias belastet?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="229"/>
        <source>For each question choose a number from 0 (not at all) to 6 (extremely). You can type the number on the keyboard.</source>
        <translation>Wählen Sie für jede Frage eine Zahl von 0 (überhaupt nicht) bis 6 (extrem stark). Sie können die Zahl auch über die Tastatur eingeben.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="245"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="246"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="248"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="249"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="300"/>
        <source>Your sciatica bother score: {score} out of 24</source>
        <translation>Ihr Ischias-Beschwerdewert: {score} von 24</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="306"/>
        <source>Higher scores mean sciatica bothered you more.</source>
        <translation>Höhere Werte bedeuten, dass Ihr Ischias Sie stärker belastet hat.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="72"/>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="73"/>
        <source>No check-ins in this period</source>
        <translation>Keine Tageseinträge in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="74"/>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="75"/>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="76"/>
        <source>Back pain, 7-day average</source>
        <translation>Rückenschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="77"/>
        <source>Leg pain, 7-day average</source>
        <translation>Beinschmerzen, 7-Tage-Mittel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="78"/>
        <source>Treatment or event</source>
        <translation>Behandlung oder Ereignis</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="79"/>
        <source>Flare-up</source>
        <translation>Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="80"/>
        <source>Leg symptoms reach</source>
        <translation>Ausstrahlung ins Bein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="81"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="82"/>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="83"/>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="84"/>
        <source>Below knee</source>
        <translation>Unter dem Knie</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="85"/>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="86"/>
        <source>Furthest reach that day</source>
        <translation>Weiteste Ausstrahlung des Tages</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="87"/>
        <source>↑ closer to the back</source>
        <translation>↑ näher am Rücken</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="88"/>
        <source>Sessions a day</source>
        <translation>Übungseinheiten pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="89"/>
        <source>Sessions a week</source>
        <translation>Übungseinheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="90"/>
        <source>Sessions a month</source>
        <translation>Übungseinheiten pro Monat</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="91"/>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation>Kein Übungsprogramm legt fest, wie viele Übungseinheiten geplant sind; daher sind nur die erledigten zu sehen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="95"/>
        <source>No exercise sessions in this period</source>
        <translation>Keine Übungseinheiten in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="96"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="97"/>
        <source>Stopped part-way</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="98"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="99"/>
        <source>Sitting breaks a day</source>
        <translation>Sitzpausen pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="100"/>
        <source>Sitting breaks a week</source>
        <translation>Sitzpausen pro Woche</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="101"/>
        <source>Sitting breaks a month</source>
        <translation>Sitzpausen pro Monat</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="102"/>
        <source>No sitting-break reminders in this period</source>
        <translation>Keine Erinnerungen an Sitzpausen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="103"/>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="104"/>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="105"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="106"/>
        <source>Active minutes a day</source>
        <translation>Aktive Minuten pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="107"/>
        <source>Active minutes a week</source>
        <translation>Aktive Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="108"/>
        <source>Active minutes a month</source>
        <translation>Aktive Minuten pro Monat</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="109"/>
        <source>No activity logged in this period</source>
        <translation>Keine Aktivitäten in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="110"/>
        <source>Minutes of activity</source>
        <translation>Minuten Aktivität</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="111"/>
        <source>No questionnaires answered in this period</source>
        <translation>Keine Fragebögen in diesem Zeitraum ausgefüllt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="112"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="113"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="114"/>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="115"/>
        <source>Shaded: within {points} points of the baseline, not yet a meaningful change</source>
        <translation>Schattiert: bis {points} Punkte vom Ausgangswert entfernt, noch keine bedeutsame Veränderung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="119"/>
        <source>No agreed size of a meaningful change; dotted: baseline</source>
        <translation>Keine anerkannte Schwelle für eine bedeutsame Veränderung; gepunktet: Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="120"/>
        <source>Sciatica bother score</source>
        <translation>Ischias-Beschwerdewert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="121"/>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
</context>
<context>
    <name>CheckInEditDialog</name>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="93"/>
        <source>Correct check-in</source>
        <translation>Tageseintrag korrigieren</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="93"/>
        <source>Add a past check-in</source>
        <translation>Tageseintrag nachtragen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="117"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="118"/>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="119"/>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="126"/>
        <source>How far the leg symptoms reach</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="128"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="132"/>
        <source>Which leg</source>
        <translation>Welches Bein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="134"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="136"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="137"/>
        <source>&amp;Back pain (0-10):</source>
        <translation>&amp;Rückenschmerzen (0–10):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="138"/>
        <source>&amp;Leg pain (0-10):</source>
        <translation>&amp;Beinschmerzen (0–10):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="139"/>
        <source>&amp;Reaches:</source>
        <translation>&amp;Ausstrahlung:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="140"/>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="141"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="167"/>
        <source>Question before saving</source>
        <translation>Rückfrage vor dem Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="168"/>
        <source>Save as it is</source>
        <translation>So speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="175"/>
        <source>Let me change it</source>
        <translation>Noch ändern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_edit_dialog.py" line="268"/>
        <source>{time} did not happen on that day: the clocks went forward from {start} to {end}. Please choose a time before {start} or from {end}.</source>
        <translation>{time} gab es an diesem Tag nicht: Die Uhren wurden von {start} auf {end} vorgestellt. Bitte wählen Sie eine Uhrzeit vor {start} oder ab {end}.</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="332"/>
        <source>Leg pain</source>
        <translation>Beinschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="333"/>
        <source>Back pain</source>
        <translation>Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="334"/>
        <source>&amp;Leg pain</source>
        <translation>&amp;Beinschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="336"/>
        <source>&amp;Back pain</source>
        <translation>&amp;Rückenschmerzen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="338"/>
        <source>How much does it hurt right now, from 0 to 10?</source>
        <translation>Wie stark sind die Schmerzen gerade, von 0 bis 10?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="343"/>
        <source>Where it &amp;hurts</source>
        <translation>Wo es &amp;wehtut</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="345"/>
        <source>The figure is seen from behind: your left is on the left.</source>
        <translation>Die Figur ist von hinten dargestellt: Ihre linke Seite ist links.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="348"/>
        <source>How far the leg symptoms reach</source>
        <translation>Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="350"/>
        <source>No leg symptoms</source>
        <translation>Keine Beschwerden im Bein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="351"/>
        <source>Buttock</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="352"/>
        <source>Thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="353"/>
        <source>Below the knee</source>
        <translation>Unter dem Knie</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="354"/>
        <source>Into the foot</source>
        <translation>Bis in den Fuß</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="357"/>
        <source>How far do leg symptoms &amp;reach?</source>
        <translation>Wie weit strahlen die Beschwerden ins Bein &amp;aus?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="361"/>
        <source>Which leg</source>
        <translation>Welches Bein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="362"/>
        <source>Choose a leg</source>
        <translation>Bein wählen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="364"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="365"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="366"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="369"/>
        <source>Which le&amp;g?</source>
        <translation>Welch&amp;es Bein?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="372"/>
        <source>What does it feel like?</source>
        <translation>Wie fühlt es sich an?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="375"/>
        <source>Aching</source>
        <translation>Dumpf, ziehend</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="376"/>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="377"/>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="378"/>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="379"/>
        <source>Pins and needles</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="380"/>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="381"/>
        <source>Cramp</source>
        <translation>Krampf</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="389"/>
        <source>Minutes you could sit today</source>
        <translation>Minuten, die Sie heute sitzen konnten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="390"/>
        <source>S&amp;itting: about how long at a time today?</source>
        <translation>S&amp;itzen: heute etwa wie lange am Stück?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="393"/>
        <source>Minutes you could walk today</source>
        <translation>Minuten, die Sie heute gehen konnten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="394"/>
        <source>&amp;Walking: about how long at a time today?</source>
        <translation>&amp;Gehen: heute etwa wie lange am Stück?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="398"/>
        <source>Did pain disturb your sleep</source>
        <translation>Haben Schmerzen Ihren Schlaf gestört</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="399"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="400"/>
        <source>Yes, pain disturbed my sleep</source>
        <translation>Ja, Schmerzen haben meinen Schlaf gestört</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="401"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="402"/>
        <source>Slee&amp;p: did pain disturb it?</source>
        <translation>Schla&amp;f: durch Schmerzen gestört?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="407"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="408"/>
        <source>Anything you want to remember (optional)</source>
        <translation>Was Sie sich merken möchten (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="410"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="413"/>
        <source>&amp;Save check-in</source>
        <translation>Tageseintrag &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="415"/>
        <source>Save check-in</source>
        <translation>Tageseintrag speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="416"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="421"/>
        <source>Check-in status</source>
        <translation>Status des Tageseintrags</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="619"/>
        <source>Saved at {time}. Thank you for checking in.</source>
        <translation>Gespeichert um {time}. Danke für Ihren Eintrag.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="687"/>
        <source>Nothing was saved yet: please see the notes above.</source>
        <translation>Noch nichts gespeichert: Bitte beachten Sie die Hinweise oben.</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="129"/>
        <source>Clearance for exercises</source>
        <translation>Freigabe für Übungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="134"/>
        <source>&amp;Change answers…</source>
        <translation>Antworten än&amp;dern…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="135"/>
        <source>Change clearance answers</source>
        <translation>Antworten zur Freigabe ändern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="148"/>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="150"/>
        <source>None of the listed conditions apply.</source>
        <translation>Keiner der aufgeführten Punkte trifft zu.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="22"/>
        <source>Surgery on my spine or hip in the last 3 months</source>
        <translation>Eine Operation an Wirbelsäule oder Hüfte in den letzten 3 Monaten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="25"/>
        <source>I am pregnant</source>
        <translation>Ich bin schwanger</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="26"/>
        <source>A broken bone in my spine, or thinning bones (osteoporosis)</source>
        <translation>Ein Wirbelbruch oder Knochenschwund (Osteoporose)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="29"/>
        <source>A hip replacement</source>
        <translation>Ein künstliches Hüftgelenk</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="30"/>
        <source>A recent serious injury, such as a bad fall or a road accident</source>
        <translation>Eine schwere Verletzung in letzter Zeit, etwa durch einen schweren Sturz oder einen Verkehrsunfall</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="39"/>
        <source>Ask your physiotherapist first</source>
        <translation>Zuerst mit Ihrer Physiotherapiepraxis absprechen</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="51"/>
        <source>Before you exercise</source>
        <translation>Vor dem Üben</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="56"/>
        <source>Do any of these apply to you? Some exercises need your physiotherapist&apos;s or doctor&apos;s go-ahead first. You can change your answers later in Settings.</source>
        <translation>Trifft etwas davon auf Sie zu? Für manche Übungen brauchen Sie zuerst das Einverständnis Ihrer Physiotherapiepraxis oder Ihrer Ärztin bzw. Ihres Arztes. Sie können Ihre Antworten später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="72"/>
        <source>If none of these apply, leave them all unticked and save.</source>
        <translation>Wenn nichts davon zutrifft, lassen Sie alle Kästchen leer und speichern Sie.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="77"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="80"/>
        <source>Ask me &amp;later</source>
        <translation>Später &amp;fragen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="97"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="99"/>
        <source>Your answers could not be saved ({error}). Nothing else changed; please try again.</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden ({error}). Sonst hat sich nichts geändert; bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ClinicianModeSwitch</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="858"/>
        <source>&amp;Clinician mode: show the programme editor for physiotherapists</source>
        <translation>&amp;Modus für Fachpersonen: Programmeditor für die Physiotherapie anzeigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="861"/>
        <source>Clinician mode</source>
        <translation>Modus für Fachpersonen</translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="67"/>
        <source>Check in…</source>
        <translation>Tageseintrag machen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="70"/>
        <source>Start session…</source>
        <translation>Übungseinheit starten…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="73"/>
        <source>Safety questions…</source>
        <translation>Sicherheitsfragen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="122"/>
        <source>Still here, in the tray</source>
        <translation>Läuft im Infobereich weiter</translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="124"/>
        <source>The companion keeps running in the tray to remind you. To leave it, choose Quit from the tray icon&apos;s menu.</source>
        <translation>Die App läuft im Infobereich der Taskleiste weiter, um Sie zu erinnern. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols im Infobereich.</translation>
    </message>
</context>
<context>
    <name>DataProblems</name>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="59"/>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="63"/>
        <source>Start with an empty diary</source>
        <translation>Mit leerem Tagebuch beginnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="85"/>
        <source>Your diary file could not be read: it is damaged. Nothing has been moved or deleted. If you restore a backup or start with an empty diary, the damaged file is moved to {folder} so it can still be examined.</source>
        <translation>Ihre Tagebuchdatei konnte nicht gelesen werden: Sie ist beschädigt. Es wurde nichts verschoben oder gelöscht. Wenn Sie eine Sicherung wiederherstellen oder mit einem leeren Tagebuch beginnen, wird die beschädigte Datei nach {folder} verschoben, damit sie weiterhin untersucht werden kann.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="93"/>
        <source>The newest healthy backup is from {when}. Restore it to carry on from there.</source>
        <translation>Die neueste intakte Sicherung stammt vom {when}. Stellen Sie sie wieder her, um dort weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="98"/>
        <source>No healthy backup was found. You can start with an empty diary.</source>
        <translation>Es wurde keine intakte Sicherung gefunden. Sie können mit einem leeren Tagebuch beginnen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="106"/>
        <source>The disk that holds your diary is full. Free some space.</source>
        <translation>Der Datenträger mit Ihrem Tagebuch ist voll. Schaffen Sie etwas Platz.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="109"/>
        <source>Your diary file or its disk is read-only. Make it writable.</source>
        <translation>Ihre Tagebuchdatei oder ihr Datenträger ist schreibgeschützt. Heben Sie den Schreibschutz auf.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="112"/>
        <source>You are not allowed to open your diary file; it may belong to another user (for example after running the app as administrator). Give it back to your user.</source>
        <translation>Sie haben keine Berechtigung, Ihre Tagebuchdatei zu öffnen; sie gehört vielleicht einem anderen Benutzer (zum Beispiel, nachdem das Programm als Administrator ausgeführt wurde). Machen Sie Ihr Benutzerkonto wieder zum Eigentümer der Datei.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="117"/>
        <source>Another program is using your diary. Wait a moment.</source>
        <translation>Ein anderes Programm verwendet gerade Ihr Tagebuch. Warten Sie einen Moment.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="121"/>
        <source>The disk reported a problem ({detail}). Check the disk.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet ({detail}). Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="128"/>
        <source>Your diary {path} cannot be used right now. {reason} Nothing was moved or changed; then open the app again.</source>
        <translation>Ihr Tagebuch {path} kann gerade nicht verwendet werden. {reason} Es wurde nichts verschoben oder geändert; öffnen Sie das Programm danach erneut.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="140"/>
        <source>The diary could not be written.</source>
        <translation>Das Tagebuch konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="142"/>
        <source>Your entry could not be saved. {reason}

What you entered is still in the form and nothing in your diary was changed; choose Retry to try again.</source>
        <translation>Ihr Eintrag konnte nicht gespeichert werden. {reason}

Ihre Eingaben stehen noch im Formular, und in Ihrem Tagebuch wurde nichts geändert. Wählen Sie „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="84"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/diary_texts.py" line="154"/>
        <source>{done} of %n set(s)</source>
        <translation>
            <numerusform>{done} von %n Serie</numerusform>
            <numerusform>{done} von %n Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/diary_texts.py" line="214"/>
        <source>%n movement snack(s)</source>
        <translation>
            <numerusform>%n kurze Bewegungspause</numerusform>
            <numerusform>%n kurze Bewegungspausen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="106"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="152"/>
        <source>Search notes, names and doses</source>
        <translation>Notizen, Namen und Dosierungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="154"/>
        <source>Search the diary</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="155"/>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="165"/>
        <source>Show entries of kind</source>
        <translation>Einträge dieser Art anzeigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="166"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="167"/>
        <source>Check-ins</source>
        <translation>Tageseinträge</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="168"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="169"/>
        <source>Treatments and events</source>
        <translation>Behandlungen und Ereignisse</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="170"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="171"/>
        <source>Exercise sessions</source>
        <translation>Übungseinheiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="173"/>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="186"/>
        <source>Add &amp;activity…</source>
        <translation>&amp;Aktivität hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="187"/>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="189"/>
        <source>Add &amp;treatment or event…</source>
        <translation>&amp;Behandlung/Ereignis hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="190"/>
        <source>Add treatment or event</source>
        <translation>Behandlung oder Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="192"/>
        <source>Add past &amp;check-in…</source>
        <translation>Tageseintrag &amp;nachtragen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="193"/>
        <source>Add a check-in for a past time</source>
        <translation>Tageseintrag für einen früheren Zeitpunkt nachtragen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="195"/>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="196"/>
        <source>Edit the selected entry</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="198"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="199"/>
        <source>Delete the selected entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="224"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="225"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="226"/>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="235"/>
        <location filename="../../companion/ui/diary_view.py" line="236"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="251"/>
        <source>Diary entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="253"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="253"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="253"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="280"/>
        <source>Show &amp;older entries</source>
        <translation>Ältere Einträge anzei&amp;gen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="281"/>
        <source>Show older entries</source>
        <translation>Ältere Einträge anzeigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="363"/>
        <source>Nothing matches. Try other words, or choose “All entries” under Show.</source>
        <translation>Keine Treffer. Versuchen Sie andere Wörter oder wählen Sie unter „Anzeigen“ die Option „Alle Einträge“.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="365"/>
        <source>Your diary will list everything you record, day by day: your check-ins, activities such as walks or swims, treatments and events such as a new medicine, an injection or an appointment, the questionnaires you fill in and your exercise sessions.

To make your first entry, choose “Add activity” or “Add treatment or event” above.</source>
        <translation>Ihr Tagebuch listet Tag für Tag alles auf, was Sie festhalten: Ihre Tageseinträge, Aktivitäten wie Spaziergänge oder Schwimmen, Behandlungen und Ereignisse wie ein neues Medikament, eine Spritze oder einen Termin, die Fragebögen, die Sie ausfüllen, und Ihre Übungseinheiten.

Für Ihren ersten Eintrag wählen Sie oben „Aktivität hinzufügen“ oder „Behandlung/Ereignis hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="376"/>
        <source>Today — {day}</source>
        <translation>Heute – {day}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="378"/>
        <source>Yesterday — {day}</source>
        <translation>Gestern – {day}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="435"/>
        <location filename="../../companion/ui/diary_view.py" line="444"/>
        <location filename="../../companion/ui/diary_view.py" line="483"/>
        <source>Added: {what}</source>
        <translation>Hinzugefügt: {what}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="454"/>
        <location filename="../../companion/ui/diary_view.py" line="491"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="464"/>
        <location filename="../../companion/ui/diary_view.py" line="473"/>
        <location filename="../../companion/ui/diary_view.py" line="497"/>
        <source>Changed: {what}</source>
        <translation>Geändert: {what}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="505"/>
        <source>Check-in at {time}</source>
        <translation>Tageseintrag um {time}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="518"/>
        <source>{what} at {time}</source>
        <translation>{what} um {time}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="522"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="525"/>
        <source>Deleted: {what}</source>
        <translation>Gelöscht: {what}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="539"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="541"/>
        <source>Undone: {what}</source>
        <translation>Rückgängig gemacht: {what}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="112"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="117"/>
        <source>Exercise figure</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="118"/>
        <location filename="../../companion/ui/exercises_view.py" line="223"/>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="120"/>
        <source>Play or pause the figure</source>
        <translation>Abbildung abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="122"/>
        <source>&amp;Other side</source>
        <translation>&amp;Andere Seite</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="124"/>
        <source>Show the other side</source>
        <translation>Andere Seite zeigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="136"/>
        <source>&amp;Do this exercise</source>
        <translation>Übung &amp;jetzt machen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="137"/>
        <source>Do this exercise now, guided</source>
        <translation>Diese Übung jetzt mit Anleitung machen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="161"/>
        <source>No exercise matches your search.</source>
        <translation>Keine Übung passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="197"/>
        <source>How to do it</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="197"/>
        <source>Usual dose:</source>
        <translation>Übliche Dosierung:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="198"/>
        <source>Stop and change if</source>
        <translation>Aufhören und anpassen, wenn</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="198"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="199"/>
        <source>Easier:</source>
        <translation>Leichter:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="199"/>
        <source>Harder:</source>
        <translation>Schwerer:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="223"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>ExerciseSafety</name>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="136"/>
        <source>From your programme:</source>
        <translation>Aus Ihrem Übungsprogramm:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="147"/>
        <source>How much:</source>
        <translation>Dosierung:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="153"/>
        <source>When to stop:</source>
        <translation>Wann Sie aufhören sollten:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="154"/>
        <source>Take care:</source>
        <translation>Vorsicht:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="169"/>
        <source>Stop: {rule}</source>
        <translation>Aufhören: {rule}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="172"/>
        <source>Care: {caution}</source>
        <translation>Vorsicht: {caution}</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="45"/>
        <source>Mobility and stretching</source>
        <translation>Beweglichkeit und Dehnung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="46"/>
        <source>Nerve mobility</source>
        <translation>Nervenmobilisation</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="47"/>
        <source>Core and hip strength</source>
        <translation>Rumpf- und Hüftkräftigung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="48"/>
        <source>Posture and movement habits</source>
        <translation>Haltung und Bewegungsgewohnheiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="49"/>
        <source>Walking and aerobic</source>
        <translation>Gehen und Ausdauer</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="58"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="60"/>
        <location filename="../../companion/ui/exercises_view.py" line="69"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="61"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="73"/>
        <source>{reps} × hold {hold}</source>
        <translation>{reps} × {hold} halten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="79"/>
        <source>hold {hold}</source>
        <translation>{hold} halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="82"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="84"/>
        <source>{sets} sets</source>
        <translation>{sets} Serien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="86"/>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="88"/>
        <source>alternating sides</source>
        <translation>Seiten abwechselnd</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="91"/>
        <source>rest {time} between sets</source>
        <translation>{time} Pause zwischen den Serien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="92"/>
        <source>once a day</source>
        <translation>einmal täglich</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="92"/>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="96"/>
        <source>{n} times a day</source>
        <translation>{n}-mal täglich</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="356"/>
        <source>Today&apos;s programme</source>
        <translation>Heutiges Übungsprogramm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="365"/>
        <source>Today&apos;s exercises</source>
        <translation>Heutige Übungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="369"/>
        <source>&amp;Start today&apos;s session</source>
        <translation>Heutige Übungseinheit &amp;starten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="389"/>
        <source>{done} of %n session(s) done today</source>
        <translation>
            <numerusform>{done} von %n Übungseinheit heute erledigt</numerusform>
            <numerusform>{done} von %n Übungseinheiten heute erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="393"/>
        <source>No session is planned today. Rest days count too.</source>
        <translation>Heute ist keine Übungseinheit geplant. Auch Ruhetage zählen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="395"/>
        <source>No programme yet: this is the gentle starter set. Choose or import a programme on the Programme page.</source>
        <translation>Noch kein Übungsprogramm: Dies ist die sanfte Auswahl für den Einstieg. Wählen oder importieren Sie ein Übungsprogramm auf der Seite „Programm“.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="400"/>
        <source>Your programme</source>
        <translation>Ihr Übungsprogramm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="414"/>
        <source>{name}, done today</source>
        <translation>{name}, heute erledigt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="427"/>
        <source>{name}, {why}</source>
        <translation>{name}, {why}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="433"/>
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="253"/>
        <location filename="../../companion/ui/exercises_view.py" line="254"/>
        <source>Search exercises</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="258"/>
        <source>Exercise category</source>
        <translation>Übungskategorie</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="259"/>
        <source>All kinds</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="265"/>
        <location filename="../../companion/ui/exercises_view.py" line="272"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="322"/>
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
        <location filename="../../companion/ui/checkin_form.py" line="293"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>FunctionalScaleDialog</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="341"/>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="368"/>
        <source>Rate how well you can do each activity today, from 0 (you cannot do it at all) to 10 (you can do it as well as before your back or leg problem began).</source>
        <translation>Bewerten Sie, wie gut Sie jede Aktivität heute ausführen können, von 0 (gar nicht möglich) bis 10 (so gut wie vor Beginn Ihrer Rücken- oder Beinbeschwerden).</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="377"/>
        <source>Activities you find hard</source>
        <translation>Aktivitäten, die Ihnen schwerfallen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="380"/>
        <source>Name up to five everyday activities that your back or leg makes hard, such as putting on socks or sitting through a meal. Later you rate the same activities again, so you can see what has changed.</source>
        <translation>Nennen Sie bis zu fünf Alltagsaktivitäten, die Ihnen wegen Ihres Rückens oder Beins schwerfallen, etwa Socken anziehen oder eine ganze Mahlzeit lang sitzen. Später bewerten Sie dieselben Aktivitäten erneut und sehen so, was sich verändert hat.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="388"/>
        <source>These activities start a new baseline: your progress is measured from today&apos;s ratings. Your earlier ratings are kept.</source>
        <translation>Mit diesen Aktivitäten legen Sie einen neuen Ausgangswert fest: Ihr Fortschritt wird ab den heutigen Bewertungen gemessen. Ihre früheren Bewertungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="397"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="398"/>
        <source>Rating (0-10)</source>
        <translation>Bewertung (0–10)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="405"/>
        <source>Activity {n}</source>
        <translation>Aktivität {n}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="407"/>
        <source>For example: putting on socks</source>
        <translation>Zum Beispiel: Socken anziehen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="409"/>
        <source>Rating for activity {n}</source>
        <translation>Bewertung für Aktivität {n}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="418"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="468"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="419"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="469"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="421"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="471"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="422"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="472"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="440"/>
        <source>Your activities</source>
        <translation>Ihre Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="442"/>
        <source>These are the activities you named before. Rate each one again for today.</source>
        <translation>Dies sind die Aktivitäten, die Sie zuvor genannt haben. Bewerten Sie jede davon für heute neu.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="452"/>
        <source>Rating for {activity}</source>
        <translation>Bewertung für {activity}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="461"/>
        <source>Choose &amp;new activities (starts a new baseline)</source>
        <translation>&amp;Neue Aktivitäten wählen (neuer Ausgangswert)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="464"/>
        <source>Choose new activities (starts a new baseline)</source>
        <translation>Neue Aktivitäten wählen (neuer Ausgangswert)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="541"/>
        <source>Give &quot;{activity}&quot; a rating from 0 to 10.</source>
        <translation>Bewerten Sie „{activity}“ mit 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="546"/>
        <source>Give activity {n}, &quot;{activity}&quot;, a rating from 0 to 10.</source>
        <translation>Bewerten Sie Aktivität {n}, „{activity}“, mit 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="550"/>
        <source>Activity {n} has a rating but no name: name it.</source>
        <translation>Aktivität {n} hat eine Bewertung, aber keinen Namen: Geben Sie ihr einen Namen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="554"/>
        <source>Name at least one activity and rate it.</source>
        <translation>Nennen Sie mindestens eine Aktivität und bewerten Sie sie.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="588"/>
        <source>Your activity score: {score} out of 10</source>
        <translation>Ihr Aktivitätswert: {score} von 10</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="591"/>
        <source>Higher scores mean the activities are easier for you.</source>
        <translation>Höhere Werte bedeuten, dass Ihnen die Aktivitäten leichter fallen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="595"/>
        <source>{activity}: {before} at the start, {now} now</source>
        <translation>{activity}: {before} zu Beginn, {now} jetzt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="599"/>
        <source>(a clear change)</source>
        <translation>(eine deutliche Veränderung)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="395"/>
        <source>Open a programme</source>
        <translation>Übungsprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="396"/>
        <source>Programme file preview</source>
        <translation>Vorschau der Programmdatei</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="401"/>
        <source>This file from {file} will become your programme.</source>
        <translation>Diese Datei ({file}) wird Ihr Übungsprogramm.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="404"/>
        <source>This file from {file} will replace your programme “{current}”. The old one stays in your history.</source>
        <translation>Diese Datei ({file}) ersetzt Ihr Übungsprogramm „{current}“. Das bisherige bleibt unter „Frühere Übungsprogramme“ erhalten.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="415"/>
        <source>What the programme contains</source>
        <translation>Inhalt des Übungsprogramms</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="419"/>
        <source>&amp;Import this programme</source>
        <translation>Dieses Programm &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="421"/>
        <source>Import this programme</source>
        <translation>Dieses Übungsprogramm importieren</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="423"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="449"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="55"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="68"/>
        <source>{section} ({shortcut})</source>
        <translation>{section} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="53"/>
        <source>How much has pain in your leg bothered you?</source>
        <translation>Wie sehr haben Schmerzen im Bein Sie belastet?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="54"/>
        <source>How much has numbness or tingling in your leg, foot or groin bothered you?</source>
        <translation>Wie sehr haben Taubheit oder Kribbeln im Bein, im Fuß oder in der Leiste Sie belastet?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="57"/>
        <source>How much has weakness in your leg or foot bothered you?</source>
        <translation>Wie sehr hat Schwäche im Bein oder Fuß Sie belastet?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="58"/>
        <source>How much has back or leg pain while sitting bothered you?</source>
        <translation>Wie sehr haben Rücken- oder Beinschmerzen beim Sitzen Sie belastet?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="59"/>
        <source>Think about the past week.</source>
        <translation>Denken Sie an die vergangene Woche.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="60"/>
        <source>Not at all</source>
        <translation>Überhaupt nicht</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="61"/>
        <source>Extremely</source>
        <translation>Extrem stark</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="166"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="167"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="612"/>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation>Das ist Ihr Ausgangswert. Spätere Werte werden damit verglichen, damit Sie sehen, was sich verändert hat.</translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="254"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="255"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="149"/>
        <source>0 no pain</source>
        <translation>0 kein Schmerz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="150"/>
        <source>10 worst imaginable</source>
        <translation>10 stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="242"/>
        <source>not chosen yet; use the arrow keys or type a number from 0 to 10</source>
        <translation>noch nicht gewählt; verwenden Sie die Pfeiltasten oder geben Sie eine Zahl von 0 bis 10 ein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="244"/>
        <source>{value} out of 10</source>
        <translation>{value} von 10</translation>
    </message>
</context>
<context>
    <name>Pathway</name>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="99"/>
        <source>Which direction helps you?</source>
        <translation>Welche Richtung hilft Ihnen?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="104"/>
        <source>Some people with sciatica feel better bending backwards: lying on the front, press-ups, standing back bends. This is often so with a disc problem. Others, often older people whose leg symptoms come on with walking or standing and ease when sitting or bending forward, feel better bending forwards. The default programme bends neither way. If you know which direction eases your leg, or your physiotherapist has told you, you can follow that pathway. Watch how your leg responds after each exercise.</source>
        <translation>Manchen Menschen mit Ischiasbeschwerden hilft das Rückbeugen: Bauchlage, Hochdrücken aus der Bauchlage, Rückbeugen im Stehen. Das ist bei einem Bandscheibenproblem oft der Fall. Anderen hilft das Vorneigen – häufig älteren Menschen, deren Beinbeschwerden beim Gehen oder Stehen auftreten und im Sitzen oder beim Vorneigen nachlassen. Das Standardprogramm setzt auf keine der beiden Richtungen. Wenn Sie wissen, welche Richtung Ihr Bein entlastet, oder Ihre Physiotherapeutin bzw. Ihr Physiotherapeut es Ihnen gesagt hat, können Sie diesem Übungsweg folgen. Achten Sie nach jeder Übung darauf, wie Ihr Bein reagiert.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="124"/>
        <source>Follow the &amp;forward-bending pathway</source>
        <translation>Übungsweg mit &amp;Vorneigen folgen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="125"/>
        <source>Follow the &amp;backward-bending pathway</source>
        <translation>Übungsweg mit &amp;Rückbeugen folgen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="148"/>
        <source>You follow no pathway now: your programme bends neither way.</source>
        <translation>Sie folgen derzeit keinem Übungsweg: Ihr Programm setzt auf keine der beiden Richtungen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="152"/>
        <source>You follow the {pathway}.</source>
        <translation>Sie folgen dem {pathway}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="159"/>
        <source>Exercises made your leg symptoms worse in 2 sessions in the last 14 days. This direction may not suit you: consider the {other}, or ask your physiotherapist or GP for a review. The app will not change your programme by itself.</source>
        <translation>In 2 Übungseinheiten der letzten 14 Tage haben die Übungen Ihre Beinbeschwerden verstärkt. Diese Richtung passt vielleicht nicht zu Ihnen: Erwägen Sie den {other} oder bitten Sie Ihre Physiotherapiepraxis oder Hausarztpraxis um eine Überprüfung. Die App ändert Ihr Übungsprogramm nicht von selbst.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="109"/>
        <source>Backward-bending pathway</source>
        <translation>Übungsweg mit Rückbeugen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="111"/>
        <source>Forward-bending pathway</source>
        <translation>Übungsweg mit Vorneigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="112"/>
        <source>Neutral programme</source>
        <translation>Neutrales Programm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="119"/>
        <source>backward-bending pathway</source>
        <translation>Übungsweg mit Rückbeugen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="121"/>
        <source>forward-bending pathway</source>
        <translation>Übungsweg mit Vorneigen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="122"/>
        <source>neutral programme</source>
        <translation>neutrales Programm</translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="157"/>
        <source>Dose and schedule</source>
        <translation>Dosierung und Zeitplan</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="159"/>
        <source>Figure of the chosen exercise</source>
        <translation>Abbildung der gewählten Übung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="164"/>
        <source>Sets</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="165"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="166"/>
        <source>Hold, seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="166"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="167"/>
        <source>Rest between sets, seconds</source>
        <translation>Pause zwischen den Serien in Sekunden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="168"/>
        <source>Minutes, for timed activity</source>
        <translation>Minuten, bei Übungen nach Zeit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="169"/>
        <source>not timed</source>
        <translation>ohne Zeitvorgabe</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="171"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="172"/>
        <source>both together, or it does not matter</source>
        <translation>beide zugleich oder beliebig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="173"/>
        <source>each side in turn</source>
        <translation>jede Seite einzeln</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="174"/>
        <source>alternating sides</source>
        <translation>Seiten abwechselnd</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="175"/>
        <source>Times a day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="186"/>
        <location filename="../../companion/ui/programme_editor.py" line="187"/>
        <source>Notes for the patient about this exercise</source>
        <translation>Hinweise für die Patientin oder den Patienten zu dieser Übung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="196"/>
        <source>&amp;Sets:</source>
        <translation>Se&amp;rien:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="197"/>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="198"/>
        <source>&amp;Hold:</source>
        <translation>Hal&amp;tezeit:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="199"/>
        <source>R&amp;est between sets:</source>
        <translation>P&amp;ause zwischen Serien:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="200"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="201"/>
        <source>Si&amp;des:</source>
        <translation>Seite&amp;n:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="202"/>
        <source>&amp;Times a day:</source>
        <translation>Mal pro Ta&amp;g:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="207"/>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="210"/>
        <source>Progression: after a run of days with no “worse” response, add one step, one rule at a time, never past the cap.</source>
        <translation>Steigerung: Nach einer Reihe von Tagen ohne die Rückmeldung „schlechter“ um eine Stufe steigern – jeweils nur eine Regel und nie über die Obergrenze hinaus.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="246"/>
        <source>Add an exercise from the library to set its dose.</source>
        <translation>Zuerst eine Übung aus der Bibliothek hinzufügen.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="302"/>
        <source>Preview: {title}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="303"/>
        <source>Programme preview</source>
        <translation>Programmvorschau</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="311"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="314"/>
        <source>Exercises in the session</source>
        <translation>Übungen der Übungseinheit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="328"/>
        <source>&amp;Session</source>
        <translation>Übungs&amp;einheit</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="467"/>
        <source>Programme set by your clinic</source>
        <translation>Übungsprogramm von Ihrer Praxis festgelegt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="469"/>
        <source>{clinic} has set the programme in this app, so “{file}” was not imported and your data is unchanged. Ask them to change your programme.</source>
        <translation>{clinic} hat das Übungsprogramm in dieser App festgelegt, daher wurde „{file}“ nicht importiert, und Ihre Daten sind unverändert. Bitten Sie dort um eine Änderung Ihres Übungsprogramms.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="484"/>
        <location filename="../../companion/ui/programme_view.py" line="494"/>
        <source>This programme file cannot be used</source>
        <translation>Diese Programmdatei kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="486"/>
        <source>“{file}” is not a programme this app can follow, so nothing was imported and your data is unchanged. Ask your physiotherapist for a new copy of the file.</source>
        <translation>„{file}“ ist kein Übungsprogramm, dem diese App folgen kann; daher wurde nichts importiert, und Ihre Daten sind unverändert. Bitten Sie Ihre Physiotherapiepraxis um eine neue Kopie der Datei.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="368"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="369"/>
        <source>Search the exercise library</source>
        <translation>Übungsbibliothek durchsuchen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="373"/>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="381"/>
        <source>Figure of the library exercise</source>
        <translation>Abbildung der Übung aus der Bibliothek</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="383"/>
        <source>&amp;Add to programme →</source>
        <translation>Zum Programm hin&amp;zufügen →</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="384"/>
        <source>Add the exercise to the programme</source>
        <translation>Übung zum Programm hinzufügen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="388"/>
        <source>Programme editor</source>
        <translation>Programmeditor</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="397"/>
        <source>Exercises in the programme (drag to reorder)</source>
        <translation>Übungen im Programm (Reihenfolge per Ziehen ändern)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="403"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="405"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="407"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="408"/>
        <source>Remove the exercise from the programme</source>
        <translation>Übung aus dem Programm entfernen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="419"/>
        <source>Drag to change the order.</source>
        <translation>Ziehen, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="426"/>
        <source>Programme title</source>
        <translation>Titel des Programms</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="428"/>
        <location filename="../../companion/ui/programme_editor.py" line="830"/>
        <location filename="../../companion/ui/programme_editor.py" line="831"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="430"/>
        <location filename="../../companion/ui/programme_editor.py" line="832"/>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="432"/>
        <source>How to contact you</source>
        <translation>So sind Sie erreichbar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="434"/>
        <source>Patient (initials or first name, optional)</source>
        <translation>Patientin/Patient (Initialen oder Vorname, optional)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="437"/>
        <location filename="../../companion/ui/programme_editor.py" line="835"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="438"/>
        <source>Review on</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="439"/>
        <source>Set a review date</source>
        <translation>Überprüfungstermin festlegen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="442"/>
        <location filename="../../companion/ui/programme_editor.py" line="836"/>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="443"/>
        <source>Sitting-break interval, minutes</source>
        <translation>Abstand der Sitzpausen in Minuten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="443"/>
        <location filename="../../companion/ui/programme_editor.py" line="485"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="444"/>
        <source>the patient&apos;s own setting</source>
        <translation>eigene Einstellung der Patientin/des Patienten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="447"/>
        <source>Notes for the patient</source>
        <translation>Hinweise für die Patientin/den Patienten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="448"/>
        <source>General advice for the patient</source>
        <translation>Allgemeine Hinweise für die Patientin/den Patienten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="459"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="460"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="461"/>
        <source>&amp;Clinic:</source>
        <translation>Pra&amp;xis:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="462"/>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="463"/>
        <source>&amp;Patient:</source>
        <translation>Pati&amp;entin/Patient:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="464"/>
        <source>&amp;Start date:</source>
        <translation>Sta&amp;rtdatum:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="465"/>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="466"/>
        <source>Sitting &amp;breaks every:</source>
        <translation>Sitzpausen &amp;alle:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="467"/>
        <source>&amp;Notes:</source>
        <translation>Hin&amp;weise:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="472"/>
        <location filename="../../companion/ui/programme_editor.py" line="839"/>
        <source>Flare-up advice</source>
        <translation>Rat bei Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="474"/>
        <source>What to do on a bad day (leave empty for no flare-up plan)</source>
        <translation>Was an einem schlechten Tag zu tun ist (leer lassen, wenn es keinen Plan für Schmerzschübe gibt)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="477"/>
        <source>Gentle exercises for a flare-up</source>
        <translation>Sanfte Übungen bei einem Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="485"/>
        <source>Sitting-break interval during a flare-up</source>
        <translation>Abstand der Sitzpausen bei einem Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="487"/>
        <source>as usual</source>
        <translation>wie üblich</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="495"/>
        <source>&amp;Advice:</source>
        <translation>&amp;Rat:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="496"/>
        <source>&amp;Gentle exercises (up to 8):</source>
        <translation>Sanfte Übun&amp;gen (bis zu 8):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="497"/>
        <source>Sitting breaks e&amp;very:</source>
        <translation>Sitzpausen a&amp;lle:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="502"/>
        <source>E&amp;xercises</source>
        <translation>Ü&amp;bungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="503"/>
        <source>About the &amp;programme</source>
        <translation>Über das &amp;Programm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="504"/>
        <source>&amp;Flare-up plan</source>
        <translation>Plan bei &amp;Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="511"/>
        <source>What still needs fixing</source>
        <translation>Was noch korrigiert werden muss</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="512"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="514"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="515"/>
        <source>Open a programme file to adjust it</source>
        <translation>Programmdatei zum Anpassen öffnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="517"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="518"/>
        <source>Preview as the patient will see it</source>
        <translation>Vorschau aus Sicht der Patientin/des Patienten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="520"/>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Handzettel (PDF)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="521"/>
        <source>Save a one-page handout as PDF</source>
        <translation>Einseitigen Handzettel als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="523"/>
        <source>&amp;Save file…</source>
        <translation>Datei spei&amp;chern…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="524"/>
        <location filename="../../companion/ui/programme_editor.py" line="1005"/>
        <source>Save the programme file</source>
        <translation>Programmdatei speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="790"/>
        <source>Add at least one exercise.</source>
        <translation>Fügen Sie mindestens eine Übung hinzu.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="810"/>
        <source>Start with a title and the exercises; anything missing shows here.</source>
        <translation>Beginnen Sie mit einem Titel und den Übungen; was noch fehlt, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="813"/>
        <source>Ready to save: the file passes every check.</source>
        <translation>Bereit zum Speichern: Die Datei besteht alle Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/programme_editor.py" line="817"/>
        <source>%n thing(s) to fix before saving; each is shown where it is.</source>
        <translation>
            <numerusform>Vor dem Speichern ist %n Punkt zu korrigieren; er wird an seiner Stelle angezeigt.</numerusform>
            <numerusform>Vor dem Speichern sind %n Punkte zu korrigieren; jeder wird an seiner Stelle angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="829"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="833"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="834"/>
        <source>Patient</source>
        <translation>Patientin/Patient</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="837"/>
        <source>Sitting breaks</source>
        <translation>Sitzpausen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="838"/>
        <location filename="../../companion/ui/programme_editor.py" line="848"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="840"/>
        <source>Gentle exercises</source>
        <translation>Sanfte Übungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="841"/>
        <source>Sitting breaks in a flare-up</source>
        <translation>Sitzpausen bei einem Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="842"/>
        <source>Sets</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="843"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="844"/>
        <source>Hold</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="845"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="846"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="847"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="852"/>
        <source>Rule {n}: {message}</source>
        <translation>Regel {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="928"/>
        <source>Cannot open this file</source>
        <translation>Diese Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="929"/>
        <source>{file} could not be opened: {problems}</source>
        <translation>{file} konnte nicht geöffnet werden: {problems}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="949"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="950"/>
        <source>{problem} Nothing was lost: the programme is still here.</source>
        <translation>{problem} Nichts ist verloren: Das Programm steht noch im Editor.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="982"/>
        <source>Start a new programme?</source>
        <translation>Neues Programm beginnen?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="983"/>
        <source>What is in the editor now and not saved will be cleared.</source>
        <translation>Alles, was jetzt im Editor steht und nicht gespeichert ist, wird verworfen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="992"/>
        <source>Open a programme file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="994"/>
        <location filename="../../companion/ui/programme_editor.py" line="1007"/>
        <source>Programme files (*{suffix})</source>
        <translation>Programmdateien (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="1019"/>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="1025"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="1026"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="1060"/>
        <source>Needs fixing</source>
        <translation>Muss korrigiert werden</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="530"/>
        <location filename="../../companion/ui/programme_view.py" line="536"/>
        <location filename="../../companion/ui/programme_view.py" line="632"/>
        <source>Your programme</source>
        <translation>Ihr Übungsprogramm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="541"/>
        <source>&amp;Open a programme file…</source>
        <translation>Programmdatei &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="542"/>
        <location filename="../../companion/ui/programme_view.py" line="740"/>
        <source>Open a programme file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="544"/>
        <source>Save to a &amp;file…</source>
        <translation>In &amp;Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="545"/>
        <location filename="../../companion/ui/programme_view.py" line="798"/>
        <source>Save the programme to a file</source>
        <translation>Übungsprogramm in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="547"/>
        <source>Save a &amp;handout (PDF)…</source>
        <translation>&amp;Handzettel (PDF) speichern…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="548"/>
        <source>Save a one-page handout as PDF</source>
        <translation>Einseitigen Handzettel als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="550"/>
        <source>You can also drop a .scprog file onto this page.</source>
        <translation>Sie können eine .scprog-Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="553"/>
        <source>Starter programmes</source>
        <translation>Einstiegsprogramme</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="555"/>
        <source>Starter programme</source>
        <translation>Einstiegsprogramm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="561"/>
        <source>&amp;Follow this starter programme</source>
        <translation>Diesem Einstiegsprogramm &amp;folgen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="562"/>
        <source>Follow this starter programme</source>
        <translation>Diesem Einstiegsprogramm folgen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="565"/>
        <source>Set by {clinic}</source>
        <translation>Festgelegt von {clinic}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="579"/>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="581"/>
        <source>Recent changes to your doses</source>
        <translation>Letzte Änderungen Ihrer Dosierung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="587"/>
        <location filename="../../companion/ui/programme_view.py" line="589"/>
        <source>Earlier programmes</source>
        <translation>Frühere Übungsprogramme</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="635"/>
        <source>You have no programme yet. Open the file your physiotherapist sent you, or follow one of the starter programmes below.</source>
        <translation>Sie haben noch kein Übungsprogramm. Öffnen Sie die Datei, die Ihnen Ihre Physiotherapiepraxis geschickt hat, oder folgen Sie einem der Einstiegsprogramme unten.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="650"/>
        <source>Your review was due on {day}. Contact {who} to check how the programme is going.</source>
        <translation>Ihre Überprüfung war am {day} fällig. Wenden Sie sich an {who}, um zu besprechen, wie das Übungsprogramm läuft.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="658"/>
        <source>No programme from a physiotherapist yet? Start with one of these.</source>
        <translation>Noch kein Übungsprogramm von Ihrer Physiotherapiepraxis? Beginnen Sie mit einem dieser Programme.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="660"/>
        <source>You can switch to a starter programme; yours stays in the history.</source>
        <translation>Sie können zu einem Einstiegsprogramm wechseln; Ihr bisheriges bleibt unter „Frühere Übungsprogramme“ erhalten.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="692"/>
        <source>Nothing yet. After each session your doses may step up, within what your programme allows; each change is listed here with the reason.</source>
        <translation>Noch nichts. Nach jeder Übungseinheit kann Ihre Dosierung im Rahmen Ihres Übungsprogramms steigen; jede Änderung wird hier mit Begründung aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="706"/>
        <source>{title} — {who}, {since} to {until}</source>
        <translation>{title} – {who}, {since} bis {until}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="708"/>
        <source>starter programme</source>
        <translation>Einstiegsprogramm</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="714"/>
        <source>None: this is your first programme.</source>
        <translation>Keine: Dies ist Ihr erstes Übungsprogramm.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="742"/>
        <location filename="../../companion/ui/programme_view.py" line="800"/>
        <source>Programme files (*{suffix})</source>
        <translation>Programmdateien (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="753"/>
        <source>Replace your programme?</source>
        <translation>Ihr Übungsprogramm ersetzen?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="755"/>
        <source>“{new}” will replace “{old}”. The old programme stays in your history.</source>
        <translation>„{new}“ ersetzt „{old}“. Das bisherige Übungsprogramm bleibt unter „Frühere Übungsprogramme“ erhalten.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="768"/>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="788"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="789"/>
        <source>{reason} Nothing else changed.</source>
        <translation>{reason} Sonst hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="62"/>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="63"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="64"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="65"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="66"/>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="178"/>
        <source>Back and leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="181"/>
        <source>How far the leg symptoms reach</source>
        <translation type="unfinished">Wie weit die Beschwerden ins Bein ausstrahlen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="187"/>
        <source>Exercise sessions</source>
        <translation type="unfinished">Übungseinheiten</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="191"/>
        <source>Sitting breaks</source>
        <translation type="unfinished">Sitzpausen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="192"/>
        <source>Activity</source>
        <translation type="unfinished">Aktivität</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="193"/>
        <source>Questionnaires</source>
        <translation type="unfinished">Fragebögen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="199"/>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="202"/>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="203"/>
        <source>Last day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="213"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="215"/>
        <source>Point at or click a chart to see the values of a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="221"/>
        <source>Values of the day under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="224"/>
        <source>Your pain chart appears here after your first check-ins. Check in on the Today page once or twice a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="231"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="232"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="236"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="238"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="392"/>
        <source>Questionnaire changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="448"/>
        <source>{time} {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="532"/>
        <source>: %n session(s) done, {partial} stopped part-way</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="537"/>
        <source>: {done} of %n planned session(s) done, {partial} stopped part-way</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="573"/>
        <source>: %n sitting break(s) taken, {snoozed} snoozed, {skipped} skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="603"/>
        <source>: %n minute(s) of activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="632"/>
        <source>{measure} {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="663"/>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="670"/>
        <source>no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="671"/>
        <source>leg symptoms to the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="672"/>
        <source>leg symptoms to the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="673"/>
        <source>leg symptoms below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="674"/>
        <source>leg symptoms into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="677"/>
        <source>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-in(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="691"/>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="692"/>
        <source>Medication changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="693"/>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="694"/>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="695"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="696"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="697"/>
        <source>Flare-up</source>
        <translation type="unfinished">Schmerzschub</translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="698"/>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="36"/>
        <source>Stepping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="67"/>
        <source>Stepped up less than 7 days ago, so it stays as it is for now: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="74"/>
        <source>Nothing holds progression now: doses step up after steady days, at most once a week, within what your programme allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="72"/>
        <source>it stepped up less than 7 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="73"/>
        <source>your leg pain this week is at least 1 point higher than last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="76"/>
        <source>your leg symptoms reached further down the leg this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="79"/>
        <source>an exercise made your leg symptoms worse in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="82"/>
        <source>you noted new numbness, weakness or pins and needles this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="85"/>
        <source>today&apos;s safety answers need a doctor&apos;s check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="88"/>
        <source>too few check-ins: at least 3 a week for two weeks show how your leg is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="101"/>
        <source>Progression is held because {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="212"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="261"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="264"/>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="265"/>
        <source>Save and see the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="295"/>
        <source>&amp;Done</source>
        <translation type="unfinished">&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="296"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="314"/>
        <source>Tick each statement that applies to you. Tab moves to the next statement and Space ticks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="318"/>
        <source>Choose one answer to each question with the mouse, or with the arrow keys and Space; typing an answer&apos;s number (1 for the first) chooses it and moves on. Tab goes to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="367"/>
        <source>%n statement(s) ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="369"/>
        <source>Every question answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="371"/>
        <source>%n question(s) still to answer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="374"/>
        <source>(you may leave %n out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="414"/>
        <source>Nothing was saved. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="424"/>
        <source>Your score: {score} on a scale from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="436"/>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation type="unfinished">Das ist Ihr Ausgangswert. Spätere Werte werden damit verglichen, damit Sie sehen, was sich verändert hat.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="441"/>
        <source>Higher scores mean more trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="443"/>
        <source>Higher scores mean you are doing better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="447"/>
        <source>You left %n question(s) out; the score allows for that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="452"/>
        <source>This questionnaire&apos;s file gives no minimal important change, so changes are shown as numbers only: talk them through with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="465"/>
        <source>Licence: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="474"/>
        <source>Licence notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="496"/>
        <source>The questionnaire &apos;{id}&apos; is not installed any more, so it cannot be opened. Your earlier answers are kept. To answer it again, add its file under Settings, Questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="63"/>
        <source>Add a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="68"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="69"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="70"/>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="71"/>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="72"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="76"/>
        <source>Only add a questionnaire that you or your clinic are licensed to use, with its wording exactly as the owner supplies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="86"/>
        <source>This replaces the installed version {version}. Answers already given are kept and stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="92"/>
        <source>&amp;Add questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="93"/>
        <source>Add this questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="95"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="96"/>
        <source>Cancel: do not add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="117"/>
        <source>%n statement(s) to tick</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="119"/>
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="120"/>
        <source>{count} questions, {ticks} of them to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="127"/>
        <source>the sum of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="128"/>
        <source>the average of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="129"/>
        <source>the number of ticked statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="130"/>
        <source>a percentage of the highest possible score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="132"/>
        <source>{how}, from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="136"/>
        <source>higher is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="136"/>
        <source>higher is better</source>
        <translation type="unfinished">höher ist besser</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="141"/>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="143"/>
        <source>{n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="144"/>
        <source>a meaningful change is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="145"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="152"/>
        <source>whenever you choose to answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="153"/>
        <source>every %n day(s); the first time at once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="160"/>
        <source>Questionnaires</source>
        <translation type="unfinished">Fragebögen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="171"/>
        <source>A clinic that holds a licence for a questionnaire, such as a disability questionnaire, can give you its file. Once added, it appears on the Today page when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="178"/>
        <source>Installed questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="181"/>
        <source>&amp;Add from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="182"/>
        <source>Add a questionnaire from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="184"/>
        <source>A&amp;nswer now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="185"/>
        <source>Answer the selected questionnaire now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="187"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="188"/>
        <source>Remove the selected questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="221"/>
        <source>{file}: cannot be used ({problems})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="228"/>
        <source>None added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="253"/>
        <source>due every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="255"/>
        <source>answered when you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="257"/>
        <source>{title} (version {version}): {count} questions, {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="276"/>
        <source>Add a questionnaire file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="278"/>
        <source>Questionnaire files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="290"/>
        <location filename="../../companion/ui/questionnaire_settings.py" line="311"/>
        <source>This file cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="292"/>
        <source>{problem}

Nothing was added; your questionnaires and answers are as they were. Ask whoever gave you the file for a corrected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="312"/>
        <source>{problem}

Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="318"/>
        <source>The questionnaire could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="320"/>
        <source>It could not be copied into your data folder ({reason}). Nothing was added; check that the disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="346"/>
        <source>Remove this questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="348"/>
        <source>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answer(s) to it are kept; adding its file again brings them back into view.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="356"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="357"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="372"/>
        <source>The questionnaire could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="373"/>
        <source>{problem}

Your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="19"/>
        <source>Is there new or worsening pain, numbness or tingling in BOTH legs, or has pain that was in one leg spread to the other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="24"/>
        <source>Are both of your legs getting weaker or more numb, or has walking suddenly become hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="28"/>
        <source>Is there numbness or a changed feeling (not pain) around your back passage, your genitals, your inner thighs or the part you sit on? For example, does it feel different when you wipe after using the toilet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="34"/>
        <source>Is peeing different from what is normal for you: hard to start, a weak flow you can hardly feel, not being able to pee at all, or leaking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="39"/>
        <source>Have you stopped noticing when you need to poo, or lost control of your bowels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="43"/>
        <source>Have you lost feeling in your genitals, or noticed new problems with sex, such as not being able to get an erection or to ejaculate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="48"/>
        <source>Did your back pain start or get much worse after a serious accident, such as a car crash or a bad fall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="53"/>
        <source>Do you have chest pain, or are you badly short of breath, as well as back pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="57"/>
        <source>Is one leg or foot newly weak, or getting weaker? For example, does your foot slap down or catch on the ground when you walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="62"/>
        <source>Is numbness in your leg or foot new, or spreading to a bigger area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="66"/>
        <source>Do you have a high temperature or chills, or feel generally unwell, as well as back pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="70"/>
        <source>Have you ever had cancer, and is your back or leg pain new or different?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="74"/>
        <source>Have you lost weight recently without trying to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="78"/>
        <source>Is your pain there all the time, not eased by rest or lying down, or worse at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="82"/>
        <source>Did the pain start after a small fall or lifting something, and do you have thin bones (osteoporosis) or take steroid tablets long term?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="87"/>
        <source>Is your immune system weakened by an illness or medicine, or do you inject drugs, and is this back pain new?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="92"/>
        <source>Have you looked after your back for a few weeks without any improvement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="96"/>
        <source>Is your pain getting worse, or stopping you from doing your normal activities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="100"/>
        <source>Are you struggling to cope with your pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="104"/>
        <source>Are you over 50, and is this the first time you have had back pain like this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="108"/>
        <source>Do you have pain high in your back, between your shoulder blades?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="112"/>
        <source>Have you noticed a lump on your back, or has the shape of your back changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="116"/>
        <source>Several exercises recently made your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="120"/>
        <source>Get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="124"/>
        <source>Some of your answers can be signs of a serious problem, such as pressure on the nerves at the bottom of your spine. It needs checking in hospital straight away, even if the pain is bearable. Do not wait to see if it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="130"/>
        <source>Call your local emergency number now (999 in the UK, 112 in Europe, 911 in the US and Canada), or go straight to the nearest emergency department (A&amp;E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="135"/>
        <source>Tell them about your back or leg pain and which of these symptoms you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="139"/>
        <source>Do not do your exercises until a doctor has checked you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="143"/>
        <source>Get medical advice today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="147"/>
        <source>Some of your answers need a doctor&apos;s opinion today. This is not usually an emergency, but it should not wait for a routine appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="152"/>
        <source>Contact your GP surgery, an urgent care service or a health advice line (such as NHS 111 in England) today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="157"/>
        <source>Tell them which answers you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="161"/>
        <source>Until then, keep moving gently and stop any exercise that makes your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="165"/>
        <source>If you get numbness around your genitals or bottom, trouble peeing or pooing, or weakness in both legs, call your emergency number (999 in the UK, 112 in Europe, 911 in the US and Canada) or go to the emergency department at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="171"/>
        <source>Book a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="175"/>
        <source>Your answers suggest a check-up with your GP or physiotherapist would help. It is not urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="180"/>
        <source>Book an appointment with your GP or physiotherapist in the next week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="184"/>
        <source>You can carry on with your programme. Stop any exercise that sends pain further down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="189"/>
        <source>Take your progress report with you: it helps them see how things have gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="193"/>
        <source>No warning signs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="197"/>
        <source>None of your answers point to a problem that needs a doctor soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="201"/>
        <source>Carry on with your programme and keep active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="205"/>
        <source>If anything changes, answer these questions again from the menu at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="209"/>
        <source>Before you start, a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="213"/>
        <source>Your leg pain has gone up a lot since your last check-in, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="218"/>
        <source>You mentioned numbness that was not there last time, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="223"/>
        <source>You mentioned weakness that was not there last time, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="228"/>
        <source>It has been a week since the safety questions, so here they are again before you exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="233"/>
        <source>Time for this week&apos;s safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/red_flag_texts.py" line="237"/>
        <source>Safety questions: answer them whenever something changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRunner</name>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="68"/>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="69"/>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="70"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="71"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="80"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="81"/>
        <source>quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="82"/>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="83"/>
        <source>do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="84"/>
        <source>a full-screen window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="85"/>
        <source>waiting for you to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="98"/>
        <source>Reminders paused until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="99"/>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="103"/>
        <source>No reminders planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="107"/>
        <source>{what} due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="109"/>
        <source>{what}: due, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="114"/>
        <source>Next: {what} tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="117"/>
        <source>Next: {what} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="132"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="134"/>
        <source>due, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="136"/>
        <source>tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="140"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="143"/>
        <source>{what}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="506"/>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="509"/>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="510"/>
        <source>For &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="512"/>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="522"/>
        <source>&amp;Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="124"/>
        <source>Set by {clinic}</source>
        <translation type="unfinished">Festgelegt von {clinic}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="138"/>
        <source>Movement breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="139"/>
        <source>&amp;Remind me to get up after sitting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="143"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="144"/>
        <source>Minutes of sitting before a movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="158"/>
        <source>Working hours (movement breaks only on these days and hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="168"/>
        <location filename="../../companion/ui/reminder_settings.py" line="178"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="173"/>
        <source>Quiet hours (no reminders at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="174"/>
        <source>&amp;Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="183"/>
        <source>Check-in and exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="184"/>
        <source>Remind me to &amp;check in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="187"/>
        <source>Time of the daily check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="190"/>
        <source>Times of the exercise session reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="191"/>
        <source>for example 09:30, 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="196"/>
        <source>Remind me to do my &amp;exercises at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="205"/>
        <source>Sa&amp;ve reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="206"/>
        <source>Save reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="214"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="218"/>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="219"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="220"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="225"/>
        <source>Pause reminders: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="229"/>
        <source>Res&amp;ume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="230"/>
        <source>Resume reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="239"/>
        <source>Coming up in the next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="249"/>
        <source>&amp;Start {app} when I log in (in the tray, without a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="312"/>
        <source>{field}: the start and the end are the same time. Give different times, or switch it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="324"/>
        <source>Exercise session times: &quot;{typed}&quot; is not a time of day. Write times like 09:30, 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="356"/>
        <source>These settings need a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="357"/>
        <source>{problem} Your earlier settings are still in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="368"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="370"/>
        <source>The reminder settings could not be saved ({error}). Your earlier settings are still in force; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="376"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="393"/>
        <location filename="../../companion/ui/reminder_settings.py" line="394"/>
        <source>Reminders are not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="400"/>
        <source>Time away from the keyboard and mouse counts as a break, so you are not reminded of a break you already took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="407"/>
        <source>This desktop does not tell the app when you are away from the keyboard, so reminders fall back to plain intervals: they count all the time the computer is on, and only sleep or switching off counts as a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="416"/>
        <source>No reminders in the next 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="438"/>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="440"/>
        <source>The start-at-login setting could not be changed ({error}). Nothing else was affected; you can start {app} yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="46"/>
        <source>Time to stand up and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="47"/>
        <source>Time for your exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="48"/>
        <source>Time for your daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="49"/>
        <source>A short questionnaire is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="59"/>
        <source>You have been sitting for %n minute(s). A short movement helps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="66"/>
        <source>A short movement helps after a spell of sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="68"/>
        <source>Your home programme is ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="70"/>
        <source>How are your back and leg today? It takes 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="72"/>
        <source>Answering it shows you and your physiotherapist how you are doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="76"/>
        <source>As promised, here it is again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="86"/>
        <source>For %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="87"/>
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="90"/>
        <source>hold %n minute(s) each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="92"/>
        <source>hold %n second(s) each</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="94"/>
        <source>each side</source>
        <translation type="unfinished">je Seite</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="155"/>
        <location filename="../../companion/ui/reminder_window.py" line="156"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="173"/>
        <source>Moving picture of the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="188"/>
        <source>Time left for the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="190"/>
        <source>&amp;Done</source>
        <translation type="unfinished">&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="191"/>
        <source>Done: I moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="192"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="193"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="194"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="195"/>
        <source>Skip this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="196"/>
        <source>Ask again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="197"/>
        <source>Open this in {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="263"/>
        <source>Ask again in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="328"/>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="330"/>
        <source>Well done. Press Done when you are back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="99"/>
        <source>The export stopped unexpectedly ({0}). Your diary is unchanged. Please try again; if it keeps happening, report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="130"/>
        <source>Make a report for your physiotherapist or doctor, or export your data. Everything stays on this computer until you send the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="137"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="139"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="140"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="141"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="142"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="143"/>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="147"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="148"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="150"/>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="152"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="159"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="160"/>
        <source>PDF report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="161"/>
        <source>Spreadsheet files (CSV, in a zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="162"/>
        <source>Health record bundle (HL7 FHIR, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="165"/>
        <source>Name printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="166"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="169"/>
        <source>Clinic name and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="170"/>
        <source>Optional, printed at the top of each page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="173"/>
        <source>Include my &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="175"/>
        <source>&amp;Anonymise: leave out my name and my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="179"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="181"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="182"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="183"/>
        <source>&amp;Clinic:</source>
        <translation type="unfinished">&amp;Praxis:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="187"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="188"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="193"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="199"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="201"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="202"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="205"/>
        <source>Show in fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="206"/>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="221"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="320"/>
        <source>Exporting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="334"/>
        <source>Saved to {0} ({1}, {2} to {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="388"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="389"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="390"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="396"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="84"/>
        <source>Your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="85"/>
        <source>Bladder, bowel and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="86"/>
        <source>How the pain started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="87"/>
        <source>Your general health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="88"/>
        <source>How things are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="115"/>
        <source>Other questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="277"/>
        <location filename="../../companion/ui/screening_dialog.py" line="301"/>
        <location filename="../../companion/ui/screening_dialog.py" line="337"/>
        <location filename="../../companion/ui/screening_dialog.py" line="426"/>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="307"/>
        <source>Some back and leg problems need a doctor quickly. These questions check for them. Answer each one Yes or No: click, or press Y or N on the keyboard, and the next question comes up. Where something has been there a long time and your doctor has checked it, you can say so (K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="344"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="345"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="347"/>
        <source>&amp;See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="348"/>
        <source>See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="397"/>
        <source>One of your answers needs urgent help. You can see your advice now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="399"/>
        <source>Questions left to answer: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="401"/>
        <source>All answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="511"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="519"/>
        <source>You said yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="525"/>
        <source>Noted as known to your doctor (we will ask again in 3 months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="542"/>
        <source>Your answers could not be saved ({problem}). The advice above still applies: please follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="550"/>
        <location filename="../../companion/ui/screening_dialog.py" line="551"/>
        <source>&amp;I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="552"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="553"/>
        <source>&amp;Done</source>
        <translation type="unfinished">&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../companion/ui/sections.py" line="68"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="69"/>
        <source>Diary</source>
        <translation type="unfinished">Tagebuch</translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="70"/>
        <source>Exercises</source>
        <translation type="unfinished">Übungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="71"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="72"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="73"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="74"/>
        <source>Programme editor</source>
        <translation type="unfinished">Programmeditor</translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="75"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <location filename="../../companion/ui/session_player.py" line="214"/>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="216"/>
        <source>Tones (spoken cues are not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="217"/>
        <source>Beeps only (spoken cues are not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="225"/>
        <source>Details: installing the espeak-ng or speech-dispatcher package gives spoken cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="246"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="247"/>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="248"/>
        <source>Move slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="249"/>
        <source>Hold</source>
        <translation type="unfinished">Haltezeit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="250"/>
        <source>Slowly back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="251"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="252"/>
        <source>Rest</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="253"/>
        <source>Change to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="254"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="255"/>
        <source>Session over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="263"/>
        <source>Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="264"/>
        <source>And relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="265"/>
        <source>Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="266"/>
        <source>Change to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="267"/>
        <source>Done. How do your legs feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="275"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="277"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="286"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="292"/>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="318"/>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="364"/>
        <location filename="../../companion/ui/session_player.py" line="849"/>
        <location filename="../../companion/ui/session_player.py" line="1401"/>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="407"/>
        <location filename="../../companion/ui/session_player.py" line="799"/>
        <source>Safety questions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="411"/>
        <source>&amp;Answer the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="412"/>
        <source>Answer the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="414"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="415"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="430"/>
        <source>Today&apos;s exercises</source>
        <translation type="unfinished">Heutige Übungen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="446"/>
        <source>Move slowly and keep breathing; do not hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="448"/>
        <source>A little extra back ache while leg pain eases or moves up towards your back is usually fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="452"/>
        <source>Stop an exercise if pain, tingling or numbness spreads further down your leg, or you feel new numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="456"/>
        <source>Keys: Space pauses, Left goes back, Right skips, Esc ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="468"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="472"/>
        <source>Sound cues: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="479"/>
        <location filename="../../companion/ui/session_player.py" line="714"/>
        <source>Back pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="480"/>
        <location filename="../../companion/ui/session_player.py" line="715"/>
        <source>Leg pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="482"/>
        <location filename="../../companion/ui/session_player.py" line="717"/>
        <source>&amp;Back pain now (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="484"/>
        <location filename="../../companion/ui/session_player.py" line="719"/>
        <source>&amp;Leg pain now (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="494"/>
        <source>&amp;Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="495"/>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="498"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="499"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="530"/>
        <source>Not in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="539"/>
        <source>Exercise figure</source>
        <translation type="unfinished">Abbildung der Übung</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="551"/>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="580"/>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="581"/>
        <source>Back: restart this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="583"/>
        <source>Restart this exercise, or go to the one before (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="586"/>
        <location filename="../../companion/ui/session_player.py" line="984"/>
        <source>&amp;Pause</source>
        <translation type="unfinished">&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="587"/>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="588"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="590"/>
        <source>S&amp;kip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="591"/>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="592"/>
        <source>Stop this exercise and go on (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="594"/>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="595"/>
        <source>End the session early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="596"/>
        <source>End the session now; what you did is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="601"/>
        <source>Mute sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="602"/>
        <source>Sound cues on or off (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="606"/>
        <source>Sound cues on or off (M). {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="638"/>
        <source>&amp;1  Better or the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="639"/>
        <source>Leg symptoms stayed the same or moved up towards your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="643"/>
        <source>&amp;2  A little worse, but settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="644"/>
        <source>Some discomfort that is easing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="648"/>
        <source>&amp;3  Spread further down my leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="649"/>
        <source>Stop this exercise for today; an easier version may suit you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="653"/>
        <source>&amp;4  New numbness or weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="654"/>
        <source>The session ends and the safety questions open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="679"/>
        <source>&amp;Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="680"/>
        <source>Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="682"/>
        <location filename="../../companion/ui/session_player.py" line="923"/>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="683"/>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="726"/>
        <source>&amp;Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="727"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="793"/>
        <source>Please answer the safety questions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="802"/>
        <source>The session starts once the safety questions are answered: they check for the rare problems that need a doctor rather than exercise. Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="822"/>
        <location filename="../../companion/ui/session_player.py" line="1384"/>
        <source>Exercises are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="851"/>
        <source>The session could not be started ({error}). Nothing was changed. Please try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="898"/>
        <source>Sound &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="898"/>
        <source>Sound &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="917"/>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="918"/>
        <source>End this session now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="924"/>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="961"/>
        <source>Paused: the computer seemed to be asleep. Press Space or Pause to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="980"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="984"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="990"/>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1073"/>
        <source>Your progress could not be saved just now ({error}). The session goes on, and what was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1085"/>
        <source>How are your leg symptoms after “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1121"/>
        <source>You noticed new numbness or weakness, so the session has ended. Please answer the safety questions, and get medical advice today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1148"/>
        <source>Stop “{name}” for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1152"/>
        <source>Rest in a comfortable position until your symptoms settle. It is noted in your diary for your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1162"/>
        <source>An easier version you can try instead: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1173"/>
        <source>Exercises have made your leg symptoms worse more than once lately. Book a review with your GP or physiotherapist in the next week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1181"/>
        <source>&amp;Try {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1187"/>
        <source>Your leg symptoms got worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1249"/>
        <source>Session ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1249"/>
        <source>Well done: session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1252"/>
        <source>Done in full: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1253"/>
        <source>Done in part: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1254"/>
        <source>Skipped: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1257"/>
        <source>Everything you did is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1263"/>
        <source>One exercise made your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/session_player.py" line="1265"/>
        <source>%n exercises made your leg symptoms worse.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1268"/>
        <source>If that happens again, or you notice weakness, book a review with your GP or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1274"/>
        <source>Your programme for next time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1279"/>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1402"/>
        <source>Today&apos;s exercises could not be read ({error}). Your diary is safe. Try again, or choose a starter programme on the Programme page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1432"/>
        <source>{name}: {why}</source>
        <translation type="unfinished">{name}: {why}</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1436"/>
        <source>Nothing to do in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1437"/>
        <source>Every exercise of this session waits for now. Walking and resting positions are still fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="49"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="63"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="68"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="74"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="77"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="79"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="81"/>
        <source>Restore selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="83"/>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="87"/>
        <source>A backup is taken automatically when your data has changed: at start, once a day and when you quit. The newest backup of each of the last 12 days, 10 weeks and 9 months is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="109"/>
        <source>Automatic backups (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="115"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="117"/>
        <source>{app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="121"/>
        <source>Provided by {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="123"/>
        <source>Based on {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="134"/>
        <source>{clinic} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="148"/>
        <source>For physiotherapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="165"/>
        <source>Sound cues in sessions: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="172"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="177"/>
        <source>  (taken before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="179"/>
        <source>  (taken before an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="185"/>
        <source>No backups yet: one is taken once you add data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="210"/>
        <source>The backup failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="216"/>
        <source>Save a copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="218"/>
        <location filename="../../companion/ui/settings_view.py" line="245"/>
        <source>Sciatica Companion backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="232"/>
        <source>The copy failed ({error}). Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="243"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="253"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="255"/>
        <source>Your data will be replaced by the backup {name}. What you have now is kept as a backup first, so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="266"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="267"/>
        <source>Nothing was changed. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="270"/>
        <source>Your data was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../../companion/ui/style.py" line="65"/>
        <source>Scroll up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/style.py" line="66"/>
        <source>Scroll left and right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../companion/ui/texts.py" line="12"/>
        <source>{app} supports a home programme agreed with your physiotherapist or doctor. It does not diagnose, and it does not replace a clinician. If you are worried about your symptoms, contact your doctor; in an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/texts.py" line="22"/>
        <source>Everything you record stays on this computer. {app} has no account and never connects to the internet; your data leaves this computer only when you export it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPlan</name>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="45"/>
        <source>Skipped today: it made your leg symptoms worse earlier today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="48"/>
        <source>Skipped today: your safety answers need a doctor&apos;s check today first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="52"/>
        <source>Skipped: ask your physiotherapist first (see Settings, Clearance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="61"/>
        <source>Your safety answers today need a doctor&apos;s check. See your GP or an urgent care service today. Until then, nerve glides and strengthening exercises are paused for today; walking and resting positions are fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../companion/ui/today_view.py" line="57"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="58"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="65"/>
        <source>Start today&apos;s &amp;exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="66"/>
        <location filename="../../companion/ui/today_view.py" line="201"/>
        <source>Start today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="69"/>
        <source>Safety &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="70"/>
        <source>Answer the safety questions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="72"/>
        <source>Questions that check for signs that need a doctor quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="78"/>
        <source>What to e&amp;xpect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="79"/>
        <source>What to expect: how sciatica usually goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="88"/>
        <source>Check in: how are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="122"/>
        <source>Get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="128"/>
        <source>A &amp;doctor has checked me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="130"/>
        <source>A doctor has checked me: confirm it to unlock my exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="143"/>
        <source>Exercises locked: get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="204"/>
        <source>Safety questions: please answer them once before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="206"/>
        <source>Safety questions: it is time to answer them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="210"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="215"/>
        <source>take your first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/today_view.py" line="217"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="219"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="222"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="238"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="240"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="242"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="253"/>
        <source>No check-in yet. Your first one takes about half a minute; after that the form starts from your last answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="260"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="262"/>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="265"/>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="266"/>
        <source>Last check-in {when}: leg pain {leg}, back pain {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="270"/>
        <source>The form below starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="274"/>
        <source>, no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="276"/>
        <source>the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="277"/>
        <source>the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="278"/>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="279"/>
        <source>the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="283"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="284"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="285"/>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="291"/>
        <source>, reaching {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="292"/>
        <source>, reaching {where} ({leg})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="26"/>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="28"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentEventDialog</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="225"/>
        <source>Edit treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="225"/>
        <source>Add treatment or event</source>
        <translation type="unfinished">Behandlung oder Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="235"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="240"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="241"/>
        <source>For example: 75 mg twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="243"/>
        <source>When</source>
        <translation type="unfinished">Wann</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="245"/>
        <source>Note</source>
        <translation type="unfinished">Notiz</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="249"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="251"/>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="252"/>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="253"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished">N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="261"/>
        <source>Medicine &amp;name (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="262"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="263"/>
        <source>For example: naproxen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="265"/>
        <source>&amp;Name or description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="266"/>
        <source>Name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="267"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/welcome.py" line="25"/>
        <location filename="../../companion/ui/welcome.py" line="27"/>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="30"/>
        <source>This companion helps you follow your home programme for sciatica: a quick daily check-in of back and leg pain, guided exercise sessions, reminders to get up from sitting, and a report you can take to your physiotherapist.

Staying active helps: keep moving within comfort. Rest does not speed recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="43"/>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="46"/>
        <source>What to &amp;expect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="47"/>
        <source>What to expect: how sciatica usually goes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatToExpectDialog</name>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="22"/>
        <location filename="../../companion/ui/what_to_expect.py" line="27"/>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="52"/>
        <source>Most people get better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="54"/>
        <source>Sciatica usually settles with time. Many people are much better within 4 to 6 weeks, and most within about 3 months, without an operation. For some it takes longer, and some still notice it after a year or more. Nobody can promise you a date, and this app is not a cure: it helps you keep moving and see how you are doing while your body recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="62"/>
        <source>Strong pain does not mean damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="64"/>
        <source>Nerve pain can be very strong: it can shoot down the leg, burn, tingle or feel numb, without anything being seriously damaged. Bad days and flare-ups are common on the way and usually pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="70"/>
        <source>Staying active helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="72"/>
        <source>Keep moving within comfort and carry on with your day as far as you can. Resting in bed does not make sciatica heal faster. Your exercises are a safe way to stay active and to trust your back again; no single exercise has been shown to work better than staying active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="79"/>
        <source>A good sign and a sign to ease off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="81"/>
        <source>Pain that moves up out of the leg towards your back is a good sign, even if your back hurts more for a while. Pain that spreads further down your leg means: stop that movement and try an easier one. The app asks after each exercise and helps with this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="88"/>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="90"/>
        <source>Call your emergency number or go to an emergency department at once if you get numbness around your genitals or back passage, trouble peeing or pooing, or weakness in both legs. See a doctor soon if a leg or foot gets weaker or more numb, if you have a fever or feel unwell, if the pain keeps getting worse over a few weeks, or if you are struggling to cope. The safety questions in this app check for these signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="99"/>
        <source>It can come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/what_to_expect.py" line="101"/>
        <source>Back and leg pain often return at some point. Walking regularly, staying active and what you learn now make the next time easier to handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="164"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="165"/>
        <source>No</source>
        <translation type="unfinished">Nein</translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="171"/>
        <source>My doctor knows about this and has checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="174"/>
        <source>My doctor knows about this and has checked it: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="187"/>
        <source>Yes: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="188"/>
        <source>No: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="229"/>
        <source>You told us on {day} that your doctor knows about this. If it is new or worse, answer Yes. We will ask again from {recheck}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="95"/>
        <source>Rule {n}: add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="96"/>
        <source>Use progression rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="97"/>
        <source>Step of rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="99"/>
        <source>What rule {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="100"/>
        <source>seconds of hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="101"/>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="102"/>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="103"/>
        <source>Steady days before rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="104"/>
        <source>Cap of rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="114"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="116"/>
        <source>steady days, up to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Span</name>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="87"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="87"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
