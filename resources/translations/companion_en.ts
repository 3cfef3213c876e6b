<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../companion/ui/body_map.py" line="126"/>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="213"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="216"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="284"/>
        <source>{site}: marked (click to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="285"/>
        <source>{site} (click to mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="344"/>
        <source>Marked: {sites}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="346"/>
        <source>Nothing marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="348"/>
        <source>On: {site}, {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="350"/>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="350"/>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/body_map.py" line="352"/>
        <source>Arrow keys move, Space marks or clears. Seen from behind.</source>
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
        <location filename="../../companion/app.py" line="69"/>
        <source>{app} is already running on this data but does not answer.</source>
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
    <name>CheckInForm</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="280"/>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="281"/>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="282"/>
        <source>&amp;Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="284"/>
        <source>&amp;Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="286"/>
        <source>How much does it hurt right now, from 0 to 10?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="291"/>
        <source>Where it &amp;hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="293"/>
        <source>The figure is seen from behind: your left is on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="296"/>
        <source>How far the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="298"/>
        <source>No leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="299"/>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="300"/>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="301"/>
        <source>Below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="302"/>
        <source>Into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="305"/>
        <source>How far do leg symptoms &amp;reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="309"/>
        <source>Which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="310"/>
        <source>Choose a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="312"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="313"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="314"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="317"/>
        <source>Which le&amp;g?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="320"/>
        <source>What does it feel like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="323"/>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="324"/>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="325"/>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="326"/>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="327"/>
        <source>Pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="328"/>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="329"/>
        <source>Cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="337"/>
        <source>Minutes you could sit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="338"/>
        <source>S&amp;itting: about how long at a time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="341"/>
        <source>Minutes you could walk today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="342"/>
        <source>&amp;Walking: about how long at a time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="346"/>
        <source>Did pain disturb your sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="347"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="348"/>
        <source>Yes, pain disturbed my sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="349"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="350"/>
        <source>Slee&amp;p: did pain disturb it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="355"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="356"/>
        <source>Anything you want to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="358"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="361"/>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="363"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="364"/>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="369"/>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="566"/>
        <source>Your check-in could not be saved ({error}). What you entered is still in the form and nothing in your diary was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="574"/>
        <source>Saved at {time}. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="642"/>
        <source>Nothing was saved yet: please see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="46"/>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/companion_app.py" line="49"/>
        <source>Safety questions…</source>
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
        <location filename="../../companion/ui/exercises_view.py" line="85"/>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="86"/>
        <location filename="../../companion/ui/exercises_view.py" line="159"/>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="88"/>
        <source>Play or pause the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="90"/>
        <source>&amp;Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="92"/>
        <source>Show the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="120"/>
        <source>No exercise matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="145"/>
        <source>Stop and change if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="159"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="31"/>
        <source>Mobility and stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="32"/>
        <source>Nerve mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="33"/>
        <source>Core and hip strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="34"/>
        <source>Posture and movement habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="35"/>
        <source>Walking and aerobic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="44"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="48"/>
        <source>{reps} × hold {hold} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="53"/>
        <source>hold {hold} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="55"/>
        <source>{reps} repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="57"/>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="59"/>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="61"/>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="63"/>
        <source>rest {s} s between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="64"/>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="64"/>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="68"/>
        <source>{n} times a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="181"/>
        <location filename="../../companion/ui/exercises_view.py" line="182"/>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="186"/>
        <source>Exercise category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="187"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/exercises_view.py" line="193"/>
        <location filename="../../companion/ui/exercises_view.py" line="200"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/exercises_view.py" line="233"/>
        <source>%n exercise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="243"/>
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
        <location filename="../../companion/ui/measures_dialogs.py" line="560"/>
        <source>Your activity score: {score} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="563"/>
        <source>Higher scores mean the activities are easier for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="567"/>
        <source>{activity}: {before} at the start, {now} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/measures_dialogs.py" line="571"/>
        <source>(a clear change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="49"/>
        <source>Sections</source>
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
        <location filename="../../companion/ui/checkin_form.py" line="202"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="203"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="100"/>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="101"/>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="190"/>
        <source>not chosen yet; use the arrow keys or type a number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/checkin_form.py" line="192"/>
        <source>{value} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="34"/>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="35"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="36"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="37"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="72"/>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="78"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="81"/>
        <source>Your pain chart appears here after your first check-ins. Check in on the Today page once or twice a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="88"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="89"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/progress_view.py" line="139"/>
        <source>Pain chart</source>
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
        <location filename="../../companion/ui/screening_dialog.py" line="571"/>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="460"/>
        <source>Some back and leg problems need a doctor quickly. These questions check for them. Answer each one Yes or No: click, or press Y or N on the keyboard, and the next question comes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="491"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="492"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="494"/>
        <source>&amp;See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="495"/>
        <source>See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="542"/>
        <source>One of your answers needs urgent help. You can see your advice now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="544"/>
        <source>Questions left to answer: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="546"/>
        <source>All answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="656"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="662"/>
        <source>You said yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="678"/>
        <source>Your answers could not be saved ({problem}). The advice above still applies: please follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="686"/>
        <location filename="../../companion/ui/screening_dialog.py" line="687"/>
        <source>&amp;I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="688"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/screening_dialog.py" line="689"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../companion/ui/sections.py" line="20"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="21"/>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="22"/>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="23"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/sections.py" line="24"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="41"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="45"/>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="51"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="54"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="56"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="58"/>
        <source>Restore selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="60"/>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="64"/>
        <source>A backup is taken automatically when your data has changed: at start, once a day and when you quit. The newest backup of each of the last 12 days, 10 weeks and 9 months is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="86"/>
        <source>Automatic backups (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="92"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="94"/>
        <source>{app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="116"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="121"/>
        <source>  (taken before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="123"/>
        <source>  (taken before an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="129"/>
        <source>No backups yet: one is taken once you add data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="154"/>
        <source>The backup failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="160"/>
        <source>Save a copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="162"/>
        <location filename="../../companion/ui/settings_view.py" line="181"/>
        <source>Sciatica Companion backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="169"/>
        <source>The copy failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="179"/>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="189"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="191"/>
        <source>Your data will be replaced by the backup {name}. What you have now is kept as a backup first, so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="202"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="203"/>
        <source>Nothing was changed. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings_view.py" line="206"/>
        <source>Your data was restored.</source>
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
        <source>Safety &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="55"/>
        <source>Answer the safety questions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="57"/>
        <source>Questions that check for signs that need a doctor quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="69"/>
        <source>Check in: how are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="129"/>
        <source>Answer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="135"/>
        <source>Safety questions: please answer them once before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="137"/>
        <source>Safety questions: it is time to answer them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="140"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="144"/>
        <source>take your first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/today_view.py" line="146"/>
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="148"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="151"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="167"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="169"/>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="171"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="182"/>
        <source>No check-in yet. Your first one takes about half a minute; after that the form starts from your last answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="189"/>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="191"/>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="194"/>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="195"/>
        <source>Last check-in {when}: leg pain {leg}, back pain {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="199"/>
        <source>The form below starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="203"/>
        <source>, no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="205"/>
        <source>the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="206"/>
        <source>the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="207"/>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="208"/>
        <source>the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="212"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="213"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="214"/>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="220"/>
        <source>, reaching {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/today_view.py" line="221"/>
        <source>, reaching {where} ({leg})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="25"/>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="27"/>
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
        <location filename="../../companion/ui/measures_dialogs.py" line="585"/>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
