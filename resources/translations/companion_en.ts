<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../companion/reports/charts.py" line="355"/>
        <source>Treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="356"/>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="394"/>
        <source>Pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="398"/>
        <location filename="../../companion/reports/charts.py" line="466"/>
        <source>No check-ins in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="411"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="421"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="431"/>
        <source>Back pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="440"/>
        <source>Leg pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="462"/>
        <source>Leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="478"/>
        <source>Furthest reach that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="483"/>
        <source>↑ closer to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="540"/>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="540"/>
        <source>Sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="541"/>
        <source>Sessions a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="547"/>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="554"/>
        <source>No exercise sessions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="558"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="567"/>
        <source>Stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="579"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="602"/>
        <source>Sitting breaks a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="602"/>
        <source>Sitting breaks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="603"/>
        <source>Sitting breaks a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="607"/>
        <source>No sitting-break reminders in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="613"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="614"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="615"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="650"/>
        <source>Active minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="650"/>
        <source>Active minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="651"/>
        <source>Active minutes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="655"/>
        <source>No activity logged in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="662"/>
        <source>Minutes of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="690"/>
        <source>No questionnaires answered in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="697"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="697"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="698"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="724"/>
        <source>Shaded: within {points} points of the baseline, not yet a meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/reports/charts.py" line="727"/>
        <source>No agreed size of a meaningful change; dotted: baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="160"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="160"/>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="175"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="179"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="180"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="182"/>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="184"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="186"/>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="187"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="188"/>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="189"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../companion/app.py" line="81"/>
        <source>{app} is already running on this data but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="127"/>
        <source>This copy of {app} is damaged and cannot start ({error}). Your diary has not been touched. Please install the app again from where you got it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../companion/ui/body_map.py" line="45"/>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="46"/>
        <source>left buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="47"/>
        <source>right buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="48"/>
        <source>left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="49"/>
        <source>right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="50"/>
        <source>left calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="51"/>
        <source>right calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="52"/>
        <source>left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="53"/>
        <source>right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="129"/>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="216"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="219"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="287"/>
        <source>{site}: marked (click to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="288"/>
        <source>{site} (click to mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="347"/>
        <source>Marked: {sites}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="349"/>
        <source>Nothing marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="351"/>
        <source>On: {site}, {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="353"/>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="353"/>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="355"/>
        <source>Arrow keys move, Space marks or clears. Seen from behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BothersomenessDialog</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="208"/>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="226"/>
        <source>How much has sciatica bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="231"/>
        <source>For each question choose a number from 0 (not at all) to 6 (extremely). You can type the number on the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="247"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="248"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="250"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="251"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="302"/>
        <source>Your sciatica bother score: {score} out of 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="308"/>
        <source>Higher scores mean sciatica bothered you more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="72"/>
        <source>Pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="73"/>
        <source>No check-ins in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="74"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="75"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="76"/>
        <source>Back pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="77"/>
        <source>Leg pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="78"/>
        <source>Treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="79"/>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="80"/>
        <source>Leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="81"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="82"/>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="83"/>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="84"/>
        <source>Below knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="85"/>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="86"/>
        <source>Furthest reach that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="87"/>
        <source>↑ closer to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="88"/>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="89"/>
        <source>Sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="90"/>
        <source>Sessions a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="91"/>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="95"/>
        <source>No exercise sessions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="96"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="97"/>
        <source>Stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="98"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="99"/>
        <source>Sitting breaks a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="100"/>
        <source>Sitting breaks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="101"/>
        <source>Sitting breaks a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="102"/>
        <source>No sitting-break reminders in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="103"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="104"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="105"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="106"/>
        <source>Active minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="107"/>
        <source>Active minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="108"/>
        <source>Active minutes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="109"/>
        <source>No activity logged in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="110"/>
        <source>Minutes of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="111"/>
        <source>No questionnaires answered in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="112"/>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="113"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="114"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="115"/>
        <source>Shaded: within {points} points of the baseline, not yet a meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="119"/>
        <source>No agreed size of a meaningful change; dotted: baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="120"/>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="121"/>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="315"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="316"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="317"/>
        <source>&amp;Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="319"/>
        <source>&amp;Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="321"/>
        <source>How much does it hurt right now, from 0 to 10?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="326"/>
        <source>Where it &amp;hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="328"/>
        <source>The figure is seen from behind: your left is on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="331"/>
        <source>How far the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="333"/>
        <source>No leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="334"/>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="335"/>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="336"/>
        <source>Below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="337"/>
        <source>Into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="340"/>
        <source>How far do leg symptoms &amp;reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="344"/>
        <source>Which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="345"/>
        <source>Choose a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="347"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="348"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="349"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="352"/>
        <source>Which le&amp;g?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="355"/>
        <source>What does it feel like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="358"/>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="359"/>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="360"/>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="361"/>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="362"/>
        <source>Pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="363"/>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="364"/>
        <source>Cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="372"/>
        <source>Minutes you could sit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="373"/>
        <source>S&amp;itting: about how long at a time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="376"/>
        <source>Minutes you could walk today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="377"/>
        <source>&amp;Walking: about how long at a time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="381"/>
        <source>Did pain disturb your sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="382"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="383"/>
        <source>Yes, pain disturbed my sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="384"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="385"/>
        <source>Slee&amp;p: did pain disturb it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="390"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="391"/>
        <source>Anything you want to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="393"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="396"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="398"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="399"/>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="404"/>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="601"/>
        <source>Your check-in could not be saved ({error}). What you entered is still in the form and nothing in your diary was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="609"/>
        <source>Saved at {time}. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="677"/>
        <source>Nothing was saved yet: please see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="129"/>
        <source>Clearance for exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="134"/>
        <source>&amp;Change answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="135"/>
        <source>Change clearance answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="148"/>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="150"/>
        <source>None of the listed conditions apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="22"/>
        <source>Surgery on my spine or hip in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="25"/>
        <source>I am pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="26"/>
        <source>A broken bone in my spine, or thinning bones (osteoporosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="29"/>
        <source>A hip replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="30"/>
        <source>A recent serious injury, such as a bad fall or a road accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="39"/>
        <source>Ask your physiotherapist first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="51"/>
        <source>Before you exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="56"/>
        <source>Do any of these apply to you? Some exercises need your physiotherapist&apos;s or doctor&apos;s go-ahead first. You can change your answers later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="72"/>
        <source>If none of these apply, leave them all unticked and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="77"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="80"/>
        <source>Ask me &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="97"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/clearance_dialog.py" line="99"/>
        <source>Your answers could not be saved ({error}). Nothing else changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianModeSwitch</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="833"/>
        <source>&amp;Clinician mode: show the programme editor for physiotherapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="836"/>
        <source>Clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="64"/>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="67"/>
        <source>Start session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="70"/>
        <source>Safety questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="119"/>
        <source>Still here, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="121"/>
        <source>The companion keeps running in the tray to remind you. To leave it, choose Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProblems</name>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="37"/>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="41"/>
        <source>Start with an empty diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="55"/>
        <source>Your diary file could not be read: it is damaged. Nothing has been deleted: the damaged file was moved to {aside} so it can still be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="62"/>
        <source>The newest healthy backup is from {when}. Restore it to carry on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/data_problems.py" line="67"/>
        <source>No healthy backup was found. You can start with an empty diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="82"/>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="168"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="177"/>
        <source>Search notes, names and doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="179"/>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="180"/>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="190"/>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="191"/>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="192"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="193"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="194"/>
        <source>Treatments and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="195"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="197"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="201"/>
        <source>Add &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="202"/>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="204"/>
        <source>Add &amp;treatment or event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="205"/>
        <source>Add treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="207"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="208"/>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="210"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="211"/>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="222"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="223"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="224"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="233"/>
        <location filename="../../companion/ui/diary_view.py" line="234"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="247"/>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="249"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="249"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="249"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="276"/>
        <source>Show &amp;older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="277"/>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="385"/>
        <source>Nothing matches. Try other words, or choose “All entries” under Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="387"/>
        <source>Your diary will list everything you record, day by day: your check-ins, activities such as walks or swims, treatments and events such as a new medicine, an injection or an appointment, and the questionnaires you fill in.

To make your first entry, choose “Add activity” or “Add treatment or event” above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="397"/>
        <source>Today — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="399"/>
        <source>Yesterday — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="455"/>
        <location filename="../../companion/ui/diary_view.py" line="464"/>
        <source>Added: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="475"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="477"/>
        <source>Check-ins and questionnaires cannot be changed here. You can delete this one (and undo that) and record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="488"/>
        <location filename="../../companion/ui/diary_view.py" line="497"/>
        <source>Changed: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="510"/>
        <source>{what} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="514"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="517"/>
        <source>Deleted: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="531"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_view.py" line="533"/>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="116"/>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="117"/>
        <location filename="../../companion/ui/exercises_view.py" line="221"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="119"/>
        <source>Play or pause the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="121"/>
        <source>&amp;Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="123"/>
        <source>Show the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="135"/>
        <source>&amp;Do this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="136"/>
        <source>Do this exercise now, guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="160"/>
        <source>No exercise matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="203"/>
        <source>Stop and change if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="221"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseSafety</name>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="126"/>
        <source>From your programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="137"/>
        <source>How much:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="143"/>
        <source>When to stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="144"/>
        <source>Take care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="159"/>
        <source>Stop: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="162"/>
        <source>Care: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="45"/>
        <source>Mobility and stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="46"/>
        <source>Nerve mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="47"/>
        <source>Core and hip strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="48"/>
        <source>Posture and movement habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="49"/>
        <source>Walking and aerobic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="60"/>
        <location filename="../../companion/ui/exercises_view.py" line="69"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="82"/>
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="84"/>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="86"/>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="88"/>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="58"/>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="61"/>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="73"/>
        <source>{reps} × hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="79"/>
        <source>hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="91"/>
        <source>rest {time} between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="92"/>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="92"/>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="96"/>
        <source>{n} times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="354"/>
        <source>Today&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="362"/>
        <source>Today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="366"/>
        <source>&amp;Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="386"/>
        <source>{done} of %n session(s) done today</source>
        <translation>
            <numerusform>{done} of %n session done today</numerusform>
            <numerusform>{done} of %n sessions done today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="390"/>
        <source>No session is planned today. Rest days count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="392"/>
        <source>No programme yet: this is the gentle starter set. Choose or import a programme on the Programme page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="397"/>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="415"/>
        <source>{name}, done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="432"/>
        <source>{name}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="438"/>
        <source>{name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="251"/>
        <location filename="../../companion/ui/exercises_view.py" line="252"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="256"/>
        <source>Exercise category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="257"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="263"/>
        <location filename="../../companion/ui/exercises_view.py" line="270"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="320"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="278"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionalScaleDialog</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="343"/>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="370"/>
        <source>Rate how well you can do each activity today, from 0 (you cannot do it at all) to 10 (you can do it as well as before your back or leg problem began).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="379"/>
        <source>Activities you find hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="382"/>
        <source>Name up to five everyday activities that your back or leg makes hard, such as putting on socks or sitting through a meal. Later you rate the same activities again, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="390"/>
        <source>These activities start a new baseline: your progress is measured from today&apos;s ratings. Your earlier ratings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="399"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="400"/>
        <source>Rating (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="407"/>
        <source>Activity {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="409"/>
        <source>For example: putting on socks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="411"/>
        <source>Rating for activity {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="420"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="469"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="421"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="470"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="423"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="472"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="424"/>
        <location filename="../../companion/ui/measures_dialogs.py" line="473"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="442"/>
        <source>Your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="444"/>
        <source>These are the activities you named before. Rate each one again for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="453"/>
        <source>Rating for {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="462"/>
        <source>Choose &amp;new activities (starts a new baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="465"/>
        <source>Choose new activities (starts a new baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="542"/>
        <source>Give &quot;{activity}&quot; a rating from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="547"/>
        <source>Give activity {n}, &quot;{activity}&quot;, a rating from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="551"/>
        <source>Activity {n} has a rating but no name: name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="555"/>
        <source>Name at least one activity and rate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="589"/>
        <source>Your activity score: {score} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="592"/>
        <source>Higher scores mean the activities are easier for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="596"/>
        <source>{activity}: {before} at the start, {now} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="600"/>
        <source>(a clear change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="385"/>
        <source>Open a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="386"/>
        <source>Programme file preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="391"/>
        <source>This file from {file} will become your programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="394"/>
        <source>This file from {file} will replace your programme “{current}”. The old one stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="404"/>
        <source>What the programme contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="408"/>
        <source>&amp;Import this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="410"/>
        <source>Import this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="412"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="438"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="50"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="63"/>
        <source>{section} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="53"/>
        <source>How much has pain in your leg bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="54"/>
        <source>How much has numbness or tingling in your leg, foot or groin bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="57"/>
        <source>How much has weakness in your leg or foot bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="58"/>
        <source>How much has back or leg pain while sitting bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="59"/>
        <source>Think about the past week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="60"/>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="61"/>
        <source>Extremely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="237"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="238"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="132"/>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="133"/>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="225"/>
        <source>not chosen yet; use the arrow keys or type a number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="227"/>
        <source>{value} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pathway</name>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="93"/>
        <source>Which direction helps you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="98"/>
        <source>Some people with sciatica feel better bending backwards: lying on the front, press-ups, standing back bends. This is often so with a disc problem. Others, often older people whose leg symptoms come on with walking or standing and ease when sitting or bending forward, feel better bending forwards. The default programme bends neither way. If you know which direction eases your leg, or your physiotherapist has told you, you can follow that pathway. Watch how your leg responds after each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="118"/>
        <source>Follow the &amp;forward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="119"/>
        <source>Follow the &amp;backward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="142"/>
        <source>You follow no pathway now: your programme bends neither way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="146"/>
        <source>You follow the {pathway}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="153"/>
        <source>Exercises made your leg symptoms worse in 2 sessions in the last 14 days. This direction may not suit you: consider the {other}, or ask your physiotherapist or GP for a review. The app will not change your programme by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="109"/>
        <source>Backward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="111"/>
        <source>Forward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/safety_texts.py" line="112"/>
        <source>Neutral programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="149"/>
        <source>Dose and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="151"/>
        <source>Figure of the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="156"/>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="157"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="158"/>
        <source>Hold, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="158"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="159"/>
        <source>Rest between sets, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="160"/>
        <source>Minutes, for timed activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="161"/>
        <source>not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="163"/>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="164"/>
        <source>both together, or it does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="165"/>
        <source>each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="166"/>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="167"/>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="178"/>
        <location filename="../../companion/ui/programme_editor.py" line="179"/>
        <source>Notes for the patient about this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="187"/>
        <source>&amp;Sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="188"/>
        <source>&amp;Repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="189"/>
        <source>&amp;Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="190"/>
        <source>R&amp;est between sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="191"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="192"/>
        <source>Si&amp;des:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="193"/>
        <source>&amp;Times a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="198"/>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="201"/>
        <source>Progression: after a run of days with no “worse” response, add one step, one rule at a time, never past the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="237"/>
        <source>Add an exercise from the library to set its dose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="293"/>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="294"/>
        <source>Programme preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="302"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="305"/>
        <source>Exercises in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="319"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="455"/>
        <source>Programme set by your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="457"/>
        <source>{clinic} has set the programme in this app, so “{file}” was not imported and your data is unchanged. Ask them to change your programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="471"/>
        <location filename="../../companion/ui/programme_view.py" line="481"/>
        <source>This programme file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="473"/>
        <source>“{file}” is not a programme this app can follow, so nothing was imported and your data is unchanged. Ask your physiotherapist for a new copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="359"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="360"/>
        <source>Search the exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="364"/>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="372"/>
        <source>Figure of the library exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="374"/>
        <source>&amp;Add to programme →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="375"/>
        <source>Add the exercise to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="379"/>
        <source>Programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="388"/>
        <source>Exercises in the programme (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="394"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="396"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="398"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="399"/>
        <source>Remove the exercise from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="410"/>
        <source>Drag to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="417"/>
        <source>Programme title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="419"/>
        <location filename="../../companion/ui/programme_editor.py" line="818"/>
        <location filename="../../companion/ui/programme_editor.py" line="819"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="421"/>
        <location filename="../../companion/ui/programme_editor.py" line="820"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="423"/>
        <source>How to contact you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="425"/>
        <source>Patient (initials or first name, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="428"/>
        <location filename="../../companion/ui/programme_editor.py" line="823"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="429"/>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="430"/>
        <source>Set a review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="433"/>
        <location filename="../../companion/ui/programme_editor.py" line="824"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="434"/>
        <source>Sitting-break interval, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="434"/>
        <location filename="../../companion/ui/programme_editor.py" line="475"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="435"/>
        <source>the patient&apos;s own setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="438"/>
        <source>Notes for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="439"/>
        <source>General advice for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="449"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="450"/>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="451"/>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="452"/>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="453"/>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="454"/>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="455"/>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="456"/>
        <source>Sitting &amp;breaks every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="457"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="462"/>
        <location filename="../../companion/ui/programme_editor.py" line="827"/>
        <source>Flare-up advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="464"/>
        <source>What to do on a bad day (leave empty for no flare-up plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="467"/>
        <source>Gentle exercises for a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="475"/>
        <source>Sitting-break interval during a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="477"/>
        <source>as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="484"/>
        <source>&amp;Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="485"/>
        <source>&amp;Gentle exercises (up to 8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="486"/>
        <source>Sitting breaks e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="491"/>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="492"/>
        <source>About the &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="493"/>
        <source>&amp;Flare-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="499"/>
        <source>What still needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="500"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="502"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="503"/>
        <source>Open a programme file to adjust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="505"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="506"/>
        <source>Preview as the patient will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="508"/>
        <source>&amp;Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="509"/>
        <source>Save a one-page handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="511"/>
        <source>&amp;Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="512"/>
        <location filename="../../companion/ui/programme_editor.py" line="986"/>
        <source>Save the programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="778"/>
        <source>Add at least one exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="798"/>
        <source>Start with a title and the exercises; anything missing shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="801"/>
        <source>Ready to save: the file passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/programme_editor.py" line="805"/>
        <source>%n thing(s) to fix before saving; each is shown where it is.</source>
        <translation>
            <numerusform>%n thing to fix before saving; it is shown where it is.</numerusform>
            <numerusform>%n things to fix before saving; each is shown where it is.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="817"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="821"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="822"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="825"/>
        <source>Sitting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="826"/>
        <location filename="../../companion/ui/programme_editor.py" line="836"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="828"/>
        <source>Gentle exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="829"/>
        <source>Sitting breaks in a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="830"/>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="831"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="832"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="833"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="834"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="835"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="840"/>
        <source>Rule {n}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="915"/>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="916"/>
        <source>{file} could not be opened: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="934"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="936"/>
        <source>The file could not be saved to {path} ({reason}). Nothing was lost: the programme is still here; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="963"/>
        <source>Start a new programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="964"/>
        <source>What is in the editor now and not saved will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="973"/>
        <source>Open a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="975"/>
        <location filename="../../companion/ui/programme_editor.py" line="988"/>
        <source>Programme files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="995"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="517"/>
        <location filename="../../companion/ui/programme_view.py" line="522"/>
        <location filename="../../companion/ui/programme_view.py" line="618"/>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="527"/>
        <source>&amp;Open a programme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="528"/>
        <location filename="../../companion/ui/programme_view.py" line="726"/>
        <source>Open a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="530"/>
        <source>Save to a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="531"/>
        <location filename="../../companion/ui/programme_view.py" line="780"/>
        <source>Save the programme to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="533"/>
        <source>Save a &amp;handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="534"/>
        <source>Save a one-page handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="536"/>
        <source>You can also drop a .scprog file onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="539"/>
        <source>Starter programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="541"/>
        <source>Starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="547"/>
        <source>&amp;Follow this starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="548"/>
        <source>Follow this starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="551"/>
        <source>Set by {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="565"/>
        <source>What changed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="567"/>
        <source>Recent changes to your doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="573"/>
        <location filename="../../companion/ui/programme_view.py" line="575"/>
        <source>Earlier programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="621"/>
        <source>You have no programme yet. Open the file your physiotherapist sent you, or follow one of the starter programmes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="636"/>
        <source>Your review was due on {day}. Contact {who} to check how the programme is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="644"/>
        <source>No programme from a physiotherapist yet? Start with one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="646"/>
        <source>You can switch to a starter programme; yours stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="678"/>
        <source>Nothing yet. After each session your doses may step up, within what your programme allows; each change is listed here with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="692"/>
        <source>{title} — {who}, {since} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="694"/>
        <source>starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="700"/>
        <source>None: this is your first programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="728"/>
        <location filename="../../companion/ui/programme_view.py" line="782"/>
        <source>Programme files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="738"/>
        <source>Replace your programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="740"/>
        <source>“{new}” will replace “{old}”. The old programme stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="752"/>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="768"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_view.py" line="770"/>
        <source>The programme could not be saved ({reason}). Nothing else changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="187"/>
        <source>Exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="191"/>
        <source>Sitting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="192"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="193"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../companion/ui/progress_view.py" line="391"/>
        <source>Questionnaire changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="447"/>
        <source>{time} {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="531"/>
        <source>: %n session(s) done, {partial} stopped part-way</source>
        <translation>
            <numerusform>: %n session done, {partial} stopped part-way</numerusform>
            <numerusform>: %n sessions done, {partial} stopped part-way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="536"/>
        <source>: {done} of %n planned session(s) done, {partial} stopped part-way</source>
        <translation>
            <numerusform>: {done} of %n planned session done, {partial} stopped part-way</numerusform>
            <numerusform>: {done} of %n planned sessions done, {partial} stopped part-way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="572"/>
        <source>: %n sitting break(s) taken, {snoozed} snoozed, {skipped} skipped</source>
        <translation>
            <numerusform>: %n sitting break taken, {snoozed} snoozed, {skipped} skipped</numerusform>
            <numerusform>: %n sitting breaks taken, {snoozed} snoozed, {skipped} skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="602"/>
        <source>: %n minute(s) of activity</source>
        <translation>
            <numerusform>: %n minute of activity</numerusform>
            <numerusform>: %n minutes of activity</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="631"/>
        <source>{measure} {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="662"/>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="669"/>
        <source>no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="670"/>
        <source>leg symptoms to the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="671"/>
        <source>leg symptoms to the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="672"/>
        <source>leg symptoms below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="673"/>
        <source>leg symptoms into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/progress_view.py" line="676"/>
        <source>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-in(s)</source>
        <translation>
            <numerusform>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-in</numerusform>
            <numerusform>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-ins</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="690"/>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="691"/>
        <source>Medication changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="692"/>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="693"/>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="694"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="695"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="696"/>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="697"/>
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
        <location filename="../../companion/ui/programme_safety.py" line="61"/>
        <source>Stepped up less than 7 days ago, so it stays as it is for now: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_safety.py" line="68"/>
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
        <location filename="../../companion/ui/questionnaire_dialog.py" line="216"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="265"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="266"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="268"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="269"/>
        <source>Save and see the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="299"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="300"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="318"/>
        <source>Tick each statement that applies to you. Tab moves to the next statement and Space ticks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="322"/>
        <source>Choose one answer to each question with the mouse, or with the arrow keys and Space; typing an answer&apos;s number (1 for the first) chooses it and moves on. Tab goes to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="371"/>
        <source>%n statement(s) ticked</source>
        <translation>
            <numerusform>%n statement ticked</numerusform>
            <numerusform>%n statements ticked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="373"/>
        <source>Every question answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="375"/>
        <source>%n question(s) still to answer</source>
        <translation>
            <numerusform>%n question still to answer</numerusform>
            <numerusform>%n questions still to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="378"/>
        <source>(you may leave %n out)</source>
        <translation>
            <numerusform>(you may leave %n out)</numerusform>
            <numerusform>(you may leave %n out)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="418"/>
        <source>Nothing was saved. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="428"/>
        <source>Your score: {score} on a scale from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="440"/>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="445"/>
        <source>Higher scores mean more trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="447"/>
        <source>Higher scores mean you are doing better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_dialog.py" line="451"/>
        <source>You left %n question(s) out; the score allows for that.</source>
        <translation>
            <numerusform>You left %n question out; the score allows for that.</numerusform>
            <numerusform>You left %n questions out; the score allows for that.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="456"/>
        <source>This questionnaire&apos;s file gives no minimal important change, so changes are shown as numbers only: talk them through with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="469"/>
        <source>Licence: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="478"/>
        <source>Licence notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_dialog.py" line="500"/>
        <source>The questionnaire &apos;{id}&apos; is not installed any more, so it cannot be opened. Your earlier answers are kept. To answer it again, add its file under Settings, Questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="62"/>
        <source>Add a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="67"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="68"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="69"/>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="70"/>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="71"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="75"/>
        <source>Only add a questionnaire that you or your clinic are licensed to use, with its wording exactly as the owner supplies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="85"/>
        <source>This replaces the installed version {version}. Answers already given are kept and stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="91"/>
        <source>&amp;Add questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="92"/>
        <source>Add this questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="94"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="95"/>
        <source>Cancel: do not add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="116"/>
        <source>%n statement(s) to tick</source>
        <translation>
            <numerusform>%n statement to tick</numerusform>
            <numerusform>%n statements to tick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="118"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="119"/>
        <source>{count} questions, {ticks} of them to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="126"/>
        <source>the sum of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="127"/>
        <source>the average of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="128"/>
        <source>the number of ticked statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="129"/>
        <source>a percentage of the highest possible score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="131"/>
        <source>{how}, from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="135"/>
        <source>higher is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="135"/>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="140"/>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="142"/>
        <source>{n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="143"/>
        <source>a meaningful change is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="144"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="151"/>
        <source>whenever you choose to answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="152"/>
        <source>every %n day(s); the first time at once</source>
        <translation>
            <numerusform>every %n day; the first time at once</numerusform>
            <numerusform>every %n days; the first time at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireSettings</name>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="159"/>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="170"/>
        <source>A clinic that holds a licence for a questionnaire, such as a disability questionnaire, can give you its file. Once added, it appears on the Today page when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="177"/>
        <source>Installed questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="180"/>
        <source>&amp;Add from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="181"/>
        <source>Add a questionnaire from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="183"/>
        <source>A&amp;nswer now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="184"/>
        <source>Answer the selected questionnaire now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="186"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="187"/>
        <source>Remove the selected questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="220"/>
        <source>{file}: cannot be used ({problems})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="227"/>
        <source>None added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="252"/>
        <source>due every %n day(s)</source>
        <translation>
            <numerusform>due every %n day</numerusform>
            <numerusform>due every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="254"/>
        <source>answered when you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="256"/>
        <source>{title} (version {version}): {count} questions, {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="275"/>
        <source>Add a questionnaire file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="277"/>
        <source>Questionnaire files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="289"/>
        <location filename="../../companion/ui/questionnaire_settings.py" line="310"/>
        <source>This file cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="291"/>
        <source>{problem}

Nothing was added; your questionnaires and answers are as they were. Ask whoever gave you the file for a corrected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="311"/>
        <source>{problem}

Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="317"/>
        <source>The questionnaire could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="319"/>
        <source>It could not be copied into your data folder ({reason}). Nothing was added; check that the disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="345"/>
        <source>Remove this questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/questionnaire_settings.py" line="347"/>
        <source>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answer(s) to it are kept; adding its file again brings them back into view.</source>
        <translation>
            <numerusform>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answer to it is kept; adding its file again brings it back into view.</numerusform>
            <numerusform>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answers to it are kept; adding its file again brings them back into view.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="355"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="356"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="371"/>
        <source>The questionnaire could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/questionnaire_settings.py" line="372"/>
        <source>{problem}

Your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="52"/>
        <source>Do you have pain, numbness or tingling in BOTH legs, or has pain that was in one leg spread to the other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="57"/>
        <source>Are both of your legs getting weaker or more numb, or has walking suddenly become hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="61"/>
        <source>Is there numbness, tingling or less feeling around your genitals, your back passage (bottom), your buttocks or inner thighs? For example, does it feel different when you wipe after using the toilet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="67"/>
        <source>Is peeing different from what is normal for you: hard to start, a weak flow you can hardly feel, not being able to pee at all, or leaking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="72"/>
        <source>Have you stopped noticing when you need to poo, or lost control of your bowels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="76"/>
        <source>Have you lost feeling in your genitals, or noticed new problems with sex, such as not being able to get an erection or to ejaculate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="81"/>
        <source>Did your back pain start after a serious accident, such as a car crash or a bad fall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="85"/>
        <source>Do you have chest pain, or are you badly short of breath, as well as back pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="89"/>
        <source>Is one leg or foot newly weak, or getting weaker? For example, does your foot slap down or catch on the ground when you walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="94"/>
        <source>Is numbness in your leg or foot new, or spreading to a bigger area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="98"/>
        <source>Do you have a high temperature or chills, or feel generally unwell, as well as back pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="102"/>
        <source>Have you ever had cancer, and is your back or leg pain new or different?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="106"/>
        <source>Have you lost weight recently without trying to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="110"/>
        <source>Is your pain there all the time, not eased by rest or lying down, or worse at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="114"/>
        <source>Did the pain start after a small fall or lifting something, and do you have thin bones (osteoporosis) or take steroid tablets long term?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="119"/>
        <source>Is your immune system weakened by an illness or medicine, or do you inject drugs, and is this back pain new?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="124"/>
        <source>Have you looked after your back for a few weeks without any improvement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="128"/>
        <source>Is your pain getting worse, or stopping you from doing your normal activities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="132"/>
        <source>Are you struggling to cope with your pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="136"/>
        <source>Several exercises recently made your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="140"/>
        <source>Get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="144"/>
        <source>Some of your answers can be signs of a serious problem, such as pressure on the nerves at the bottom of your spine. It needs checking in hospital straight away, even if the pain is bearable. Do not wait to see if it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="150"/>
        <source>Call your local emergency number now (999 in the UK, 112 in Europe, 911 in the US and Canada), or go straight to the nearest emergency department (A&amp;E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="155"/>
        <source>Tell them about your back or leg pain and which of these symptoms you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="159"/>
        <source>Do not do your exercises until a doctor has checked you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="163"/>
        <source>Get medical advice today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="167"/>
        <source>Some of your answers need a doctor&apos;s opinion today. This is not usually an emergency, but it should not wait for a routine appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="172"/>
        <source>Contact your GP surgery, an urgent care service or a health advice line (such as NHS 111 in England) today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="177"/>
        <source>Tell them which answers you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="181"/>
        <source>Until then, keep moving gently and stop any exercise that makes your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="185"/>
        <source>If you get numbness around your genitals or bottom, trouble peeing or pooing, or weakness in both legs, call your emergency number (999 in the UK, 112 in Europe, 911 in the US and Canada) or go to the emergency department at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="191"/>
        <source>Book a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="195"/>
        <source>Your answers suggest a check-up with your GP or physiotherapist would help. It is not urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="200"/>
        <source>Book an appointment with your GP or physiotherapist in the next week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="204"/>
        <source>You can carry on with your programme. Stop any exercise that sends pain further down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="209"/>
        <source>Take your progress report with you: it helps them see how things have gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="213"/>
        <source>No warning signs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="217"/>
        <source>None of your answers point to a problem that needs a doctor soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="221"/>
        <source>Carry on with your programme and keep active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="225"/>
        <source>If anything changes, answer these questions again from the menu at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="229"/>
        <source>Before you start, a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="233"/>
        <source>Your leg pain has gone up a lot since your last check-in, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="238"/>
        <source>You mentioned numbness that was not there last time, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="243"/>
        <source>You mentioned weakness that was not there last time, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="248"/>
        <source>It has been a week since the safety questions, so here they are again before you exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="253"/>
        <source>Time for this week&apos;s safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="257"/>
        <source>Safety questions: answer them whenever something changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRunner</name>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="66"/>
        <source>Movement break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="67"/>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="68"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="69"/>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="78"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="79"/>
        <source>quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="80"/>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="81"/>
        <source>do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="82"/>
        <source>a full-screen window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="83"/>
        <source>waiting for you to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="96"/>
        <source>Reminders paused until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="97"/>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="101"/>
        <source>No reminders planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="105"/>
        <source>{what} due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="107"/>
        <source>{what}: due, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="112"/>
        <source>Next: {what} tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="115"/>
        <source>Next: {what} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="130"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="132"/>
        <source>due, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="134"/>
        <source>tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="138"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="141"/>
        <source>{what}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="485"/>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="488"/>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="489"/>
        <source>For &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="491"/>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_runner.py" line="501"/>
        <source>&amp;Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location filename="../../companion/ui/reminder_settings.py" line="124"/>
        <source>Set by {clinic}</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../companion/ui/reminder_window.py" line="45"/>
        <source>Time to stand up and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="46"/>
        <source>Time for your exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="47"/>
        <source>Time for your daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="48"/>
        <source>A short questionnaire is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="58"/>
        <source>You have been sitting for %n minute(s). A short movement helps.</source>
        <translation>
            <numerusform>You have been sitting for %n minute. A short movement helps.</numerusform>
            <numerusform>You have been sitting for %n minutes. A short movement helps.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="65"/>
        <source>A short movement helps after a spell of sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="67"/>
        <source>Your home programme is ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="69"/>
        <source>How are your back and leg today? It takes 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="71"/>
        <source>Answering it shows you and your physiotherapist how you are doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="75"/>
        <source>As promised, here it is again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="85"/>
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>For %n minute</numerusform>
            <numerusform>For %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="86"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="89"/>
        <source>hold %n minute(s) each</source>
        <translation>
            <numerusform>hold %n minute each</numerusform>
            <numerusform>hold %n minutes each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="91"/>
        <source>hold %n second(s) each</source>
        <translation>
            <numerusform>hold %n second each</numerusform>
            <numerusform>hold %n seconds each</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="93"/>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="151"/>
        <location filename="../../companion/ui/reminder_window.py" line="152"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="169"/>
        <source>Moving picture of the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="181"/>
        <source>Time left for the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="183"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="184"/>
        <source>Done: I moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="185"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="186"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="187"/>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="188"/>
        <source>Skip this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="189"/>
        <source>Ask again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="190"/>
        <source>Open this in {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/reminder_window.py" line="254"/>
        <source>Ask again in %n minute(s)</source>
        <translation>
            <numerusform>Ask again in %n minute</numerusform>
            <numerusform>Ask again in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="319"/>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminder_window.py" line="321"/>
        <source>Well done. Press Done when you are back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="95"/>
        <source>The export stopped unexpectedly ({0}). Your diary is unchanged. Please try again; if it keeps happening, report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="126"/>
        <source>Make a report for your physiotherapist or doctor, or export your data. Everything stays on this computer until you send the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="133"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="135"/>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="136"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="137"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="138"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="139"/>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="143"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="144"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="146"/>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="148"/>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="155"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="156"/>
        <source>PDF report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="157"/>
        <source>Spreadsheet files (CSV, in a zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="158"/>
        <source>Health record bundle (HL7 FHIR, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="161"/>
        <source>Name printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="162"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="165"/>
        <source>Clinic name and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="166"/>
        <source>Optional, printed at the top of each page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="169"/>
        <source>Include my &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="171"/>
        <source>&amp;Anonymise: leave out my name and my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="175"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="177"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="178"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="179"/>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="183"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="184"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="189"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="194"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="196"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="197"/>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="200"/>
        <source>Show in fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="201"/>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="216"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="312"/>
        <source>Exporting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="326"/>
        <source>Saved to {0} ({1}, {2} to {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="380"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="381"/>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="382"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/reports_view.py" line="388"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="289"/>
        <source>Your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="290"/>
        <source>Bladder, bowel and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="291"/>
        <source>How the pain started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="292"/>
        <source>Your general health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="293"/>
        <source>How things are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="320"/>
        <source>Other questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="326"/>
        <source>Your exercises are locked until a doctor has checked you and you have answered the safety questions again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="430"/>
        <location filename="../../companion/ui/screening_dialog.py" line="454"/>
        <location filename="../../companion/ui/screening_dialog.py" line="485"/>
        <location filename="../../companion/ui/screening_dialog.py" line="572"/>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="460"/>
        <source>Some back and leg problems need a doctor quickly. These questions check for them. Answer each one Yes or No: click, or press Y or N on the keyboard, and the next question comes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="492"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="493"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="495"/>
        <source>&amp;See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="496"/>
        <source>See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="543"/>
        <source>One of your answers needs urgent help. You can see your advice now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="545"/>
        <source>Questions left to answer: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="547"/>
        <source>All answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="657"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="663"/>
        <source>You said yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="679"/>
        <source>Your answers could not be saved ({problem}). The advice above still applies: please follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="687"/>
        <location filename="../../companion/ui/screening_dialog.py" line="688"/>
        <source>&amp;I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="689"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="690"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="70"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../../companion/ui/session_player.py" line="212"/>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="214"/>
        <source>Tones (spoken cues are not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="215"/>
        <source>Beeps only (spoken cues are not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="223"/>
        <source>Details: installing the espeak-ng or speech-dispatcher package gives spoken cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="244"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="245"/>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="246"/>
        <source>Move slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="247"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="248"/>
        <source>Slowly back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="249"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="250"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="251"/>
        <source>Change to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="252"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="253"/>
        <source>Session over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="261"/>
        <source>Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="262"/>
        <source>And relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="263"/>
        <source>Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="264"/>
        <source>Change to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="265"/>
        <source>Done. How do your legs feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="273"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="275"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="284"/>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="290"/>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="316"/>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="361"/>
        <location filename="../../companion/ui/session_player.py" line="858"/>
        <location filename="../../companion/ui/session_player.py" line="1388"/>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="404"/>
        <location filename="../../companion/ui/session_player.py" line="808"/>
        <source>Safety questions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="408"/>
        <source>&amp;Answer the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="409"/>
        <source>Answer the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="411"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="412"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="427"/>
        <source>Today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="443"/>
        <source>Move slowly and keep breathing; do not hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="445"/>
        <source>A little extra back ache while leg pain eases or moves up towards your back is usually fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="449"/>
        <source>Stop an exercise if pain, tingling or numbness spreads further down your leg, or you feel new numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="453"/>
        <source>Keys: Space pauses, Left goes back, Right skips, Esc ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="465"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="469"/>
        <source>Sound cues: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="476"/>
        <location filename="../../companion/ui/session_player.py" line="724"/>
        <source>Back pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="477"/>
        <location filename="../../companion/ui/session_player.py" line="725"/>
        <source>Leg pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="479"/>
        <location filename="../../companion/ui/session_player.py" line="727"/>
        <source>&amp;Back pain now (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="481"/>
        <location filename="../../companion/ui/session_player.py" line="729"/>
        <source>&amp;Leg pain now (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="491"/>
        <source>&amp;Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="492"/>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="495"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="496"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="527"/>
        <source>Not in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="536"/>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="548"/>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="577"/>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="578"/>
        <source>Back: restart this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="580"/>
        <source>Restart this exercise, or go to the one before (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="583"/>
        <location filename="../../companion/ui/session_player.py" line="993"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="584"/>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="585"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="587"/>
        <source>S&amp;kip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="588"/>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="589"/>
        <source>Stop this exercise and go on (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="591"/>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="592"/>
        <source>End the session early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="593"/>
        <source>End the session now; what you did is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="598"/>
        <source>Mute sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="599"/>
        <source>Sound cues on or off (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="603"/>
        <source>Sound cues on or off (M). {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="635"/>
        <source>&amp;1  Better or the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="636"/>
        <source>Leg symptoms stayed the same or moved up towards your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="640"/>
        <source>&amp;2  A little worse, but settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="641"/>
        <source>Some discomfort that is easing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="645"/>
        <source>&amp;3  Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="646"/>
        <source>Symptoms spread further down your leg, or new numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="672"/>
        <source>&amp;Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="673"/>
        <source>Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="675"/>
        <location filename="../../companion/ui/session_player.py" line="932"/>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="676"/>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="736"/>
        <source>&amp;Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="737"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="802"/>
        <source>Please answer the safety questions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="811"/>
        <source>The session starts once the safety questions are answered: they check for the rare problems that need a doctor rather than exercise. Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="831"/>
        <location filename="../../companion/ui/session_player.py" line="1371"/>
        <source>Exercises are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="860"/>
        <source>The session could not be started ({error}). Nothing was changed. Please try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="907"/>
        <source>Sound &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="907"/>
        <source>Sound &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="926"/>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="927"/>
        <source>End this session now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="933"/>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="970"/>
        <source>Paused: the computer seemed to be asleep. Press Space or Pause to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="989"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="993"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="999"/>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1082"/>
        <source>Your progress could not be saved just now ({error}). The session goes on, and what was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1094"/>
        <source>How are your leg symptoms after “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1137"/>
        <source>Stop “{name}” for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1141"/>
        <source>Rest in a comfortable position until your symptoms settle. It is noted in your diary for your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1151"/>
        <source>An easier version you can try instead: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1162"/>
        <source>Exercises have made your leg symptoms worse more than once lately. Book a review with your GP or physiotherapist in the next week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1170"/>
        <source>&amp;Try {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1176"/>
        <source>Your leg symptoms got worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1238"/>
        <source>Session ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1238"/>
        <source>Well done: session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1241"/>
        <source>Done in full: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1242"/>
        <source>Done in part: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1243"/>
        <source>Skipped: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1246"/>
        <source>Everything you did is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1250"/>
        <source>One exercise made your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/session_player.py" line="1252"/>
        <source>%n exercises made your leg symptoms worse.</source>
        <translation>
            <numerusform>%n exercises made your leg symptoms worse.</numerusform>
            <numerusform>%n exercises made your leg symptoms worse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1255"/>
        <source>If that happens again, or you notice weakness, book a review with your GP or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1419"/>
        <source>{name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1423"/>
        <source>Nothing to do in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1424"/>
        <source>Every exercise of this session waits for now. Walking and resting positions are still fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1261"/>
        <source>Your programme for next time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1266"/>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/session_player.py" line="1389"/>
        <source>Today&apos;s exercises could not be read ({error}). Your diary is safe. Try again, or choose a starter programme on the Programme page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="47"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="161"/>
        <source>Sound cues in sessions: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="61"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="65"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="71"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="74"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="76"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="78"/>
        <source>Restore selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="80"/>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="84"/>
        <source>A backup is taken automatically when your data has changed: at start, once a day and when you quit. The newest backup of each of the last 12 days, 10 weeks and 9 months is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="106"/>
        <source>Automatic backups (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="112"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="114"/>
        <source>{app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="118"/>
        <source>Provided by {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="120"/>
        <source>Based on {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="130"/>
        <source>{clinic} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="144"/>
        <source>For physiotherapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="168"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="173"/>
        <source>  (taken before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="175"/>
        <source>  (taken before an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="181"/>
        <source>No backups yet: one is taken once you add data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="206"/>
        <source>The backup failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="212"/>
        <source>Save a copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="214"/>
        <location filename="../../companion/ui/settings_view.py" line="233"/>
        <source>Sciatica Companion backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="221"/>
        <source>The copy failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="231"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="241"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="243"/>
        <source>Your data will be replaced by the backup {name}. What you have now is kept as a backup first, so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="254"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="255"/>
        <source>Nothing was changed. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="258"/>
        <source>Your data was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <location filename="../../companion/ui/style.py" line="63"/>
        <source>Scroll up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/style.py" line="64"/>
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
        <location filename="../../companion/ui/today_view.py" line="46"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="47"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="54"/>
        <source>Start today&apos;s &amp;exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="55"/>
        <source>Start today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="58"/>
        <source>Safety &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="59"/>
        <source>Answer the safety questions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="61"/>
        <source>Questions that check for signs that need a doctor quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="73"/>
        <source>Check in: how are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="140"/>
        <source>Answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="146"/>
        <source>Safety questions: please answer them once before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="148"/>
        <source>Safety questions: it is time to answer them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="151"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="156"/>
        <source>take your first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/today_view.py" line="158"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="160"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="163"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="179"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="181"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="183"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="194"/>
        <source>No check-in yet. Your first one takes about half a minute; after that the form starts from your last answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="201"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="203"/>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="206"/>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="207"/>
        <source>Last check-in {when}: leg pain {leg}, back pain {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="211"/>
        <source>The form below starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="215"/>
        <source>, no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="217"/>
        <source>the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="218"/>
        <source>the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="219"/>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="220"/>
        <source>the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="224"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="225"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="226"/>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="232"/>
        <source>, reaching {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="233"/>
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
        <location filename="../../companion/ui/diary_dialogs.py" line="222"/>
        <source>Edit treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="222"/>
        <source>Add treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="232"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="237"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="238"/>
        <source>For example: 75 mg twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="240"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="242"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="246"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="248"/>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="249"/>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="250"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="258"/>
        <source>Medicine &amp;name (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="259"/>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="260"/>
        <source>For example: naproxen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="262"/>
        <source>&amp;Name or description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="263"/>
        <source>Name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="264"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/welcome.py" line="17"/>
        <location filename="../../companion/ui/welcome.py" line="19"/>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="22"/>
        <source>This companion helps you follow your home programme for sciatica: a quick daily check-in of back and leg pain, guided exercise sessions, reminders to get up from sitting, and a report you can take to your physiotherapist.

Staying active helps: keep moving within comfort. Rest does not speed recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/welcome.py" line="35"/>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="373"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="374"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="380"/>
        <source>Yes: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="381"/>
        <source>No: {question}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <location filename="../../companion/ui/diary_dialogs.py" line="109"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="87"/>
        <source>Rule {n}: add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="88"/>
        <source>Use progression rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="89"/>
        <source>Step of rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="91"/>
        <source>What rule {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="92"/>
        <source>seconds of hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="93"/>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="94"/>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="95"/>
        <source>Steady days before rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="108"/>
        <source>steady days, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="96"/>
        <source>Cap of rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="106"/>
        <source>after</source>
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
<context>
    <name>owner</name>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="168"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="169"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="614"/>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../companion/ui/programme_editor.py" line="1026"/>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
