<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest reach that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ closer to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise sessions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sitting-break reminders in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity logged in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires answered in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the detectable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the minimal important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed threshold for change; dotted: baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutProgrammeForm</name>
    <message>
        <source>Programme title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient (initials or first name, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting-break interval, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient&apos;s own setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General advice for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting &amp;breaks every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} cannot write in its data folder {folder}: it is read-only, full, or belongs to another user. Your diary has not been touched. Make the folder yours and writable again (or start {app} with --data-dir and a folder you can write), then start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is already running on this data but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of {app} is damaged and cannot start ({error}). Your diary has not been touched. Please install the app again from where you got it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of {app} is incomplete and cannot start (missing: {missing}). Your diary has not been touched. Please install the app again from where you got it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>A doctor has checked me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exercises were locked because some of your safety answers needed a doctor straight away. Confirm here once a doctor or an emergency department has checked you since then. It is noted in your diary and on your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;doctor checked me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was checked in an &amp;emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you were checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checked you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and unlock my exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved ({problem}). Your exercises stay locked; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: marked (click to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} (click to mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: {sites}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: {site}, {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move, Space marks or clears. Seen from behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BothersomenessDialog</name>
    <message>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much has sciatica bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each question choose a number from 0 (not at all) to 6 (extremely). You can type the number on the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sciatica bother score: {score} out of 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher scores mean sciatica bothered you more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Pain (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain, 7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest reach that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ closer to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme says how many sessions to do, so only the sessions done are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise sessions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sitting-break reminders in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active minutes a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity logged in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires answered in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the detectable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded: within {points} points of the baseline, less than the minimal important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed threshold for change; dotted: baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInEditDialog</name>
    <message>
        <source>Correct check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a past check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back pain (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leg pain (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} did not happen on that day: the clocks went forward from {start} to {end}. Please choose a time before {start} or from {end}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much does it hurt right now, from 0 to 10?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it &amp;hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is seen from behind: your left is on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far do leg symptoms &amp;reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which le&amp;g?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does it feel like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes you could sit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;itting: about how long at a time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes you could walk today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walking: about how long at a time today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did pain disturb your sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, pain disturbed my sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slee&amp;p: did pain disturb it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {time}. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved yet: please see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <source>Clearance for exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change clearance answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the listed conditions apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery on my spine or hip in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken bone in my spine, or thinning bones (osteoporosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hip replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent serious injury, such as a bad fall or a road accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your physiotherapist first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Before you exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do any of these apply to you? Some exercises need your physiotherapist&apos;s or doctor&apos;s go-ahead first. You can change your answers later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If none of these apply, leave them all unticked and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved ({error}). Nothing else changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>nothing was recorded: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option}: please give a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({option}) must be a whole number from {low} to {high}, not {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must be from 0 to {most_minutes} minutes, not {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marked place on the body is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symptom is not one the app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reach must be one of {reaches} (it was &apos;{given}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side must be one of {sides} (it was &apos;{given}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reach {given} does not match the body picture, marked down to: {marked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side {given} does not match the legs marked on the body picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side was given but no leg symptoms; add --reach too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--side is needed with --reach: left, right or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note is longer than {most_characters} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a date, a time and a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &apos;{given}&apos; is not a date and time; use ISO 8601, e.g. 2026-03-14T08:30 (local time) or 2026-03-14T08:30+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &apos;{given}&apos; names a time that did not happen here: the clocks went forward from {start} to {end} that night. Give a time before or after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time {when} is in the future; a check-in records how you are or were, so give a time up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is before {year}; please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg pain is up by 3 or more since the last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbness is new since the last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness is new since the last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms are now in both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms reach further down the leg than in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions are due ({why}): please answer them in the app today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} ({holds}, {first} to {last})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s)</source>
        <translation>
            <numerusform>%n CSV file</numerusform>
            <numerusform>%n CSV files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FHIR resource(s)</source>
        <translation>
            <numerusform>%n FHIR resource</numerusform>
            <numerusform>%n FHIR resources</numerusform>
        </translation>
    </message>
    <message>
        <source>--name or --clinic is too long (at most {name} and {clinic} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}. Swap the dates and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from {start} is after today ({end}). Choose an earlier start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was exported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was exported: There is no report in &apos;{language}&apos;; choose one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds other files, so nothing was written there. Choose a new or empty folder, or a file name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no starter programme called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme is already the one you follow; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is older ({issued}) than the programme from {name} you follow now ({followed}); nothing was changed. Ask your physiotherapist for the newest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no programme to export yet: import one or choose a starter programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside your data folder, where the app keeps your diary; nothing was written. Choose a file in another folder, e.g. your Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another name, or say that it may be replaced (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, a device or a pipe, not an ordinary file; nothing was written. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to another place, which is never followed or replaced; nothing was written. Choose the file itself or another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of {path} does not exist; nothing was written. Create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was written. Free some space or choose another disk, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a disk that is read-only; nothing was written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to write {path}; nothing was written. Choose a folder of your own, e.g. your Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written ({detail}); nothing was written. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see &apos;companion --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Sciatica Companion (schema {revision}). Install that version or a newer one to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating your diary to this version failed ({detail}). Nothing was changed; your data is as it was. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be used: {reason}. Nothing was changed; choose another folder with --data-dir, or fix this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diary is busy: {holder} has been writing to it for more than {seconds} seconds; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed: {detail}. Your diary was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your diary file {path} is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds your diary is full ({detail}); nothing new was saved and what was saved before is safe. Free some space, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your diary {path} cannot be written: the file or its disk is read-only ({detail}); nothing was changed. Make it writable, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not allowed to open your diary {path} ({detail}); it may belong to another user (for example after running the app with sudo). Nothing was changed; give the file back to your own user, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your diary {path} is busy: another program is writing to it ({detail}). Nothing was changed; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your diary {path} cannot be opened ({detail}); nothing was changed. Check that the disk is connected and that the folder belongs to you, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error while using your diary {path} ({detail}); nothing was moved or deleted. Check the disk, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been kept safe at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {when} UTC: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file was damaged ({detail}). {kept} {offer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: {path} is a healthy Sciatica Companion backup that restore would accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file cannot be restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: you are not allowed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a healthy Sciatica Companion backup ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (its schema version is unclear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Sciatica Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: its tables differ from ours ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary yet in {folder}. It is created when you first open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); no good backup was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); restore the newest good backup with: companion restore &apos;{backup}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Sciatica Companion; it has not been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema will be updated on next open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only: nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>{backups}, newest {when} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: {path} passes its check ({status}); {backups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded yet, so there is nothing to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the newest backup; no new backup was needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date in the future: the clock was wrong; never chosen on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica Companion is running on this data folder; quit it, then restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {path}. What was there before was kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise library could not be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable programme: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: ok: &apos;{title}&apos; by {author}, {exercises}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: ok: &apos;{title}&apos;, {exercises}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} (format version {version}, upgraded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported &apos;{title}&apos; as your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported &apos;{title}&apos; as your programme; it replaces &apos;{replaced}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was added: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {id}: {questionnaire}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated {id}: {questionnaire}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated {id}: {questionnaire} (was version {old})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions}, due every %n day(s)</source>
        <translation>
            <numerusform>{questions}, due every %n day</numerusform>
            <numerusform>{questions}, due every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, version {version} ({questions})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no questionnaires are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was removed: no questionnaire called &apos;{id}&apos; is installed (installed: {installed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>removed {file}; %n stored answer(s) kept</source>
        <translation>
            <numerusform>removed {file}; %n stored answer kept</numerusform>
            <numerusform>removed {file}; %n stored answers kept</numerusform>
        </translation>
    </message>
    <message>
        <source>{app}: with no command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use this data folder instead of the per-user default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the app can run, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (see &apos;{command} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: {value} (choose from {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid int value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: {value} could match {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a check-in and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how you are now. Reach and side left out are carried from the previous check-in; --side is needed with a new --reach when there is none to carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back pain, 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg pain, 0-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how far the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when, if not now (without a zone: local time). A local time skipped when the clocks go forward (e.g. 02:30 on the night summer time starts) is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the diary file and the backups, or a backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup file to judge as restore would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the backup to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists (never the diary itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the data with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report (pdf), the data (csv) or a FHIR bundle (fhir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a period of your diary. pdf: the report for your physiotherapist; csv: one file per kind of data, in a zip (FILE ending in .zip) or a folder; fhir: an HL7 FHIR R4 bundle (JSON). Without --name and with --no-notes the export is anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write; never inside the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists (never a link or folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: first entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave your notes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic name and contact line for the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s language: {languages} (default: your system&apos;s language, else en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check, import or export a programme file (.scprog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme files are what a physiotherapist sends: check one, make it your programme, or save the programme you follow to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a programme file without importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a programme file your active programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the active programme to a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove a clinic&apos;s licensed questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire files (see docs/questionnaire-format.md) are checked before they are added. Removing one keeps every answer already given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a questionnaire file and add it (or update it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the installed questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a questionnaire (its answers are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire&apos;s id, as `list` shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a programme file (it is not UTF-8 JSON text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a programme file: not valid JSON ({detail}, line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a value no programme uses ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number a programme can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number of {digits} digits, too long for any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a character that is not text (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name holds a character that is not text (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object ({{...}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;{expected}&quot; (this is not a Sciatica Companion programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} is newer than this app can read (up to {newest}); update Sciatica Companion to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} is not a known version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {type_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an id of lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold at most {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two custom exercises share an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise has the id &apos;{exercise}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is already a library exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} for {dose_field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than the starting {dose_field} ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_field} already has a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_field} cannot progress with a falling count (reps_per_set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold_s cannot progress with hold_phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyframe of &apos;{exercise}&apos; is named &apos;{frame}&apos; (it has {frames})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives {given} numbers for {sets} sets; give one for each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the first set&apos;s count ({first}) when reps_per_set is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the phases&apos; total ({total}) when hold_phases is given, or left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {total} s in all; at most {limit} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes with times_per_day = 1 (a weekly activity is once on its day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number a questionnaire can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a value no questionnaire uses ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {limit}+ characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2-40 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1-40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one {noun} is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count_words} {noun} are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give points, percent or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed on a {kind} item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the name of a built-in measure; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is used by an earlier item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two options are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkbox item has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &apos;{label}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;count_checked&apos; needs every item to be a checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{method}&apos; cannot allow missing answers; only &apos;mean&apos; and &apos;percent_of_max&apos; can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} would allow every question to be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;percent_of_max&apos; needs every item to have a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items can score {low} to {high}, outside the declared {min} to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>asks for {times} times a week on only %n day(s); add days or lower it</source>
        <translation>
            <numerusform>asks for {times} times a week on only %n day; add days or lower it</numerusform>
            <numerusform>asks for {times} times a week on only %n days; add days or lower it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClinicianModeSwitch</name>
    <message>
        <source>&amp;Clinician mode: show the programme editor for physiotherapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionApp</name>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new choice applies as soon as the exercise session is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new choice applies as soon as the open dialog is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new choice applies as soon as the check-in on the Today page is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still here, in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companion keeps running in the tray to remind you. To leave it, choose Quit from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProblems</name>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file could not be read: it is damaged. Nothing has been moved or deleted. If you restore a backup or start with an empty diary, the damaged file is moved to {folder} so it can still be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds your diary is full. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary file or its disk is read-only. Make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to open your diary file; it may belong to another user (for example after running the app as administrator). Give it back to your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using your diary. Wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported a problem ({detail}). Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary {path} cannot be used right now. {reason} Nothing was moved or changed; then open the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Sciatica Companion (schema {revision}). Install that version or a newer one to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating your diary to this version failed ({detail}). Nothing was changed; your data is as it was. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of its path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {reason}. Nothing was changed; start the app with --data-dir and another folder, or fix this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: you are not allowed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a healthy Sciatica Companion backup ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: {rows} rows point at rows that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (it has no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup (its schema version is unclear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} comes from a newer version of Sciatica Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Sciatica Companion backup: its tables differ from ours ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry could not be saved. {reason}

What you entered is still in the form and nothing in your diary was changed; choose Retry to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest healthy backup is from {when}. Restore it to carry on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}

Nothing was deleted. You can try again, start with an empty diary or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No healthy backup was found. You can start with an empty diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSettings</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is taken automatically when your data has changed: at start, once a day and when you quit. The newest backup of each of the last 12 days, 10 weeks and 9 months is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (taken before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (taken before an update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: one is taken once you add data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica Companion backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed ({error}). Your data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data will be replaced by the backup {name}. What you have now is kept as a backup first, so you can go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: keep it under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose is too long: keep it under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: keep it under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter between {least} and {most} minutes (one day at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of activity it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of treatment or event it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the minutes as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time has no time zone; please enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is too far in the past; please check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future; the diary records what has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is more than a year ahead; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions stay as recorded; they count in Progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry can no longer be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in no longer exists; the diary has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists; the diary has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain {back}/10, leg pain {leg}/10, {reach}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}
{earlier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the change on {changed}: {time}, back pain {back}/10, leg pain {leg}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values}, {reach}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better or same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse but settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n set(s)</source>
        <translation>
            <numerusform>{done} of %n set</numerusform>
            <numerusform>{done} of %n sets</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: partial, {sets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{exercise} ({response})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answers: better or same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answers: better or same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}. {answers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}. {pains}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain {before} before, {after} after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n movement snack(s)</source>
        <translation>
            <numerusform>%n movement snack</numerusform>
            <numerusform>%n movement snacks</numerusform>
        </translation>
    </message>
    <message>
        <source>{detail} (ended early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions stay as they were recorded: Progress and your programme&apos;s steps count them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires cannot be changed here. You can delete this one (and undo that) and fill it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave leg pain above 0 but chose “No leg symptoms”. Is that right, or would you like to say how far the leg pain reaches?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose how far the leg symptoms reach but gave leg pain 0. That is fine for numbness or tingling without pain. Save it like this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg do the symptoms reach down? Choose a side, or go back to change the answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, names and doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;treatment or event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add past &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check-in for a past time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try other words, or choose “All entries” under Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary will list everything you record, day by day: your check-ins, activities such as walks or swims, treatments and events such as a new medicine, an injection or an appointment, the questionnaires you fill in and your exercise sessions.

To make your first entry, choose “Add activity” or “Add treatment or event” above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday — {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseChangesBox</name>
    <message>
        <source>What changed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes to your doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet. After each session your doses may step up, within what your programme allows; each change is listed here with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierProgrammesBox</name>
    <message>
        <source>Earlier programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {who}, {since} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this is your first programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseDetail</name>
    <message>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this exercise now, guided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and change if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseSafety</name>
    <message>
        <source>From your programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: {caution}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Mobility and stretching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core and hip strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture and movement habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking and aerobic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%n repetition</numerusform>
            <numerusform>%n repetitions</numerusform>
        </translation>
    </message>
    <message>
        <source>{sets} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} × hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest {time} between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}, then {last} holds of {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}, then {last} repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a week</source>
        <translation>
            <numerusform>%n time a week</numerusform>
            <numerusform>%n times a week</numerusform>
        </translation>
    </message>
    <message>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n session(s) done today</source>
        <translation>
            <numerusform>{done} of %n session done today</numerusform>
            <numerusform>{done} of %n sessions done today</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is planned today. Rest days count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme yet: this is the gentle starter set. Choose or import a programme on the Programme page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: {done} of %n time(s) this week</source>
        <translation>
            <numerusform>{name}: {done} of %n time this week</numerusform>
            <numerusform>{name}: {done} of %n times this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisesView</name>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a programme file (it is not UTF-8 JSON text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a programme file: not valid JSON ({detail}, line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a value no programme uses ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number a programme can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a number of {digits} digits, too long for any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a character that is not text (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field name holds a character that is not text (a lone surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object ({{...}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;{expected}&quot; (this is not a Sciatica Companion programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} is newer than this app can read (up to {newest}); update Sciatica Companion to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} is not a known version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {type_words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an id of lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may hold at most {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists the same entry twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has too many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two custom exercises share an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exercise has the id &apos;{exercise}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{exercise}&apos; is already a library exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {limit} for {dose_field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than the starting {dose_field} ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_field} already has a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose_field} cannot progress with a falling count (reps_per_set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold_s cannot progress with hold_phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keyframe of &apos;{exercise}&apos; is named &apos;{frame}&apos; (it has {frames})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives {given} numbers for {sets} sets; give one for each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the first set&apos;s count ({first}) when reps_per_set is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the phases&apos; total ({total}) when hold_phases is given, or left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last {total} s in all; at most {limit} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes with times_per_day = 1 (a weekly activity is once on its day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {kib} KiB, too big for a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: {detail} (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;{key}&apos; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number a questionnaire can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply to be a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a value no questionnaire uses ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {limit}+ characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2-40 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1-40 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one {noun} is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count_words} {noun} are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give points, percent or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed on a {kind} item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the name of a built-in measure; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is used by an earlier item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least two options are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkbox item has no options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label &apos;{label}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one item is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;count_checked&apos; needs every item to be a checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{method}&apos; cannot allow missing answers; only &apos;mean&apos; and &apos;percent_of_max&apos; can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} would allow every question to be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;percent_of_max&apos; needs every item to have a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items can score {low} to {high}, outside the declared {min} to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>asks for {times} times a week on only %n day(s); add days or lower it</source>
        <translation>
            <numerusform>asks for {times} times a week on only %n day; add days or lower it</numerusform>
            <numerusform>asks for {times} times a week on only %n days; add days or lower it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlarePlanForm</name>
    <message>
        <source>Flare-up advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do on a bad day (leave empty for no flare-up plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle exercises for a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting-break interval during a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gentle exercises (up to 8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionalScaleDialog</name>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate how well you can do each activity today, from 0 (you cannot do it at all) to 10 (you can do it as well as before your back or leg problem began).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities you find hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name three to five everyday activities that your back or leg makes hard, such as putting on socks or sitting through a meal. Later you rate the same activities again, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These activities start a new baseline: your progress is measured from today&apos;s ratings. Your earlier ratings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: putting on socks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for activity {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the activities you named before. Rate each one again for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating for {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;new activities (starts a new baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose new activities (starts a new baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &quot;{activity}&quot; a rating from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give activity {n}, &quot;{activity}&quot;, a rating from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {n} has a rating but no name: name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Name at least three activities and rate each one (%n named so far).</source>
        <translation>
            <numerusform>Name at least three activities and rate each one (%n named so far).</numerusform>
            <numerusform>Name at least three activities and rate each one (%n named so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>(beyond the detectable change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activity score: {score} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher scores mean the activities are easier for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity}: {before} at the start, {now} now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Open a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme file preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file from {file} will become your programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file from {file} will replace your programme “{current}”. The old one stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the programme contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Automatic (as the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country (emergency number 112)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your local urgent advice line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the urgent medical advice line {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>How much has pain in your leg bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much has numbness or tingling in your leg, foot or groin bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much has weakness in your leg or foot bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much has back or leg pain while sitting bothered you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think about the past week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain when sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire is not in this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not questions of this questionnaire: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: please answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: choose a whole number from 0 to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}: {given} is not on the scale; choose from 0 to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: name at least one activity that you find hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: name at most {most}, not {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: name at least {least} activities that you find hard (up to {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: every activity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}…: keep an activity&apos;s name under {length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: the same activity is named twice; name each one once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the same activities as your first rating ({names}), or choose new activities to start a new baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers could not be recorded. Please check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesBox</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet; use the arrow keys or type a number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pathway</name>
    <message>
        <source>Which direction helps you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some people with sciatica feel better bending backwards: lying on the front, press-ups, standing back bends. This is often so with a disc problem. Others, often older people whose leg symptoms come on with walking or standing and ease when sitting or bending forward, feel better bending forwards. The default programme bends neither way. If you know which direction eases your leg, or your physiotherapist has told you, you can follow that pathway. Watch how your leg responds after each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;forward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;backward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow no pathway now: your programme bends neither way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow the {pathway}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises made your leg symptoms worse in 2 sessions in the last 14 days. This direction may not suit you: consider the {other}, or ask your physiotherapist or GP for a review. The app will not change your programme by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward-bending pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionEditor</name>
    <message>
        <source>Dose and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure of the chosen exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets, seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes, for timed activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both together, or it does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions in each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same each set, or e.g. 6, 4, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the patient about this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;est between sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions &amp;per set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression: after a run of days with no “worse” response, add one step, one rule at a time, never past the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an exercise from the library to set its dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held in stages: {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A starter programme from {app}, chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author}, {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get up from sitting every {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(prescribed: {dose})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a bad day (flare-up plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle exercises: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds {step} to {field} after {after} steady days, up to {up_to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {field} went up from {before} to {after} after steady days with no worse response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {field} went back from {before} to {after} because it made your symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: kept the same, because it was a little worse but settling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: kept at the prescribed dose, because it made your symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: at the most your programme allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: steady; it steps up after a few more steady days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This starter programme is not in this version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme is already the one you follow; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is older ({issued}) than the programme from {name} you follow now ({followed}); nothing was changed. Ask your physiotherapist for the newest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no programme to save yet: import one or choose a starter programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get up from sitting every {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle exercises: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a bad day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop an exercise if pain, tingling or numbness spreads further down your leg. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your programme is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme set by your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clinic} has set the programme in this app, so “{file}” was not imported and your data is unchanged. Ask them to change your programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme file cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{file}” is not a programme this app can follow, so nothing was imported and your data is unchanged. Ask your physiotherapist for a new copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a handout with pictures and steps as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure of the library exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to programme →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exercise to the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in the programme (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the exercise from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flare-up plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What still needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme file to adjust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as the patient will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a title and the exercises; anything missing shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to save: the file passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to fix before saving; each is shown where it is.</source>
        <translation>
            <numerusform>%n thing to fix before saving; it is shown where it is.</numerusform>
            <numerusform>%n things to fix before saving; each is shown where it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks in a flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule {n}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be opened: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was lost: the programme is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is in the editor now and not saved will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Your programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a programme file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop a .scprog file onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no programme yet. Open the file your physiotherapist sent you, or follow one of the starter programmes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review was due on {day}. Contact {who} to check how the programme is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{new}” will replace “{old}”. The old programme stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Last 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month and year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain (7-day average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain (7-day average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {now}, the same as on {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is up from {before} to {now} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is down from {before} to {now} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fact}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small change that may be day-to-day variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an improvement of at least the minimal important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worsening of at least the minimal important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an improvement beyond the detectable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worsening beyond the detectable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fact}, {judgement}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Back and leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at or click a chart to see the values of a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of the day under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain chart appears here after your first check-ins. Check in on the Today page once or twice a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: %n session(s) done, {partial} stopped part-way</source>
        <translation>
            <numerusform>: %n session done, {partial} stopped part-way</numerusform>
            <numerusform>: %n sessions done, {partial} stopped part-way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: {done} of %n planned session(s) done, {partial} stopped part-way</source>
        <translation>
            <numerusform>: {done} of %n planned session done, {partial} stopped part-way</numerusform>
            <numerusform>: {done} of %n planned sessions done, {partial} stopped part-way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n sitting break(s) taken, {snoozed} snoozed, {skipped} skipped</source>
        <translation>
            <numerusform>: %n sitting break taken, {snoozed} snoozed, {skipped} skipped</numerusform>
            <numerusform>: %n sitting breaks taken, {snoozed} snoozed, {skipped} skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %n minute(s) of activity</source>
        <translation>
            <numerusform>: %n minute of activity</numerusform>
            <numerusform>: %n minutes of activity</numerusform>
        </translation>
    </message>
    <message>
        <source>{measure} {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: {done} of %n time(s) in the week from {start}</source>
        <translation>
            <numerusform>{name}: {done} of %n time in the week from {start}</numerusform>
            <numerusform>{name}: {done} of %n times in the week from {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-in(s)</source>
        <translation>
            <numerusform>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-in</numerusform>
            <numerusform>back pain {back} (7-day average {back_average}), leg pain {leg} (7-day average {leg_average}), {reach}; %n check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>Stepping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped up less than 7 days ago, so it stays as it is for now: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing holds progression now: doses step up after steady days, at most once a week, within what your programme allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stepped up less than 7 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your leg pain this week is at least 1 point higher than last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your leg symptoms reached further down the leg this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exercise made your leg symptoms worse in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you noted new numbness, weakness or pins and needles this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s safety answers need a doctor&apos;s check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few check-ins: at least 3 a week for two weeks show how your leg is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression is held because {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and see the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each statement that applies to you. Tab moves to the next statement and Space ticks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one answer to each question with the mouse, or with the arrow keys and Space; typing an answer&apos;s number (1 for the first) chooses it and moves on. Tab goes to the next question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) ticked</source>
        <translation>
            <numerusform>%n statement ticked</numerusform>
            <numerusform>%n statements ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>Every question answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still to answer</source>
        <translation>
            <numerusform>%n question still to answer</numerusform>
            <numerusform>%n questions still to answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(you may leave %n out)</source>
        <translation>
            <numerusform>(you may leave %n out)</numerusform>
            <numerusform>(you may leave %n out)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: this questionnaire&apos;s own scoring rules cannot score these answers. Please tell whoever gave you the questionnaire file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score: {score} on a scale from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your starting point. Later scores are compared with this one, so you can see what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher scores mean more trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher scores mean you are doing better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You left %n question(s) out; the score allows for that.</source>
        <translation>
            <numerusform>You left %n question out; the score allows for that.</numerusform>
            <numerusform>You left %n questions out; the score allows for that.</numerusform>
        </translation>
    </message>
    <message>
        <source>This questionnaire&apos;s file gives no minimal important change, so changes are shown as numbers only: talk them through with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire &apos;{id}&apos; is not installed any more, so it cannot be opened. Your earlier answers are kept. To answer it again, add its file under Settings, Questionnaires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePreview</name>
    <message>
        <source>Add a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only add a questionnaire that you or your clinic are licensed to use, with its wording exactly as the owner supplies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces the installed version {version}. Answers already given are kept and stay in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: do not add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) to tick</source>
        <translation>
            <numerusform>%n statement to tick</numerusform>
            <numerusform>%n statements to tick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} questions, {ticks} of them to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sum of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of ticked statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage of the highest possible score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}, from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minimal important change is {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whenever you choose to answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinic that holds a licence for a questionnaire, such as a disability questionnaire, can give you its file. Once added, it appears on the Today page when it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the selected questionnaire now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be used ({problems})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>due every %n day(s)</source>
        <translation>
            <numerusform>due every %n day</numerusform>
            <numerusform>due every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>answered when you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (version {version}): {count} questions, {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a questionnaire file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Nothing was added; your questionnaires and answers are as they were. Ask whoever gave you the file for a corrected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be copied into your data folder ({reason}). Nothing was added; check that the disk has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this questionnaire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answer(s) to it are kept; adding its file again brings them back into view.</source>
        <translation>
            <numerusform>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answer to it is kept; adding its file again brings it back into view.</numerusform>
            <numerusform>Remove &apos;{name}&apos;? It will no longer be offered. Your %n answers to it are kept; adding its file again brings them back into view.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer installed (another window or the command line removed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Your answers are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Are both of your legs getting weaker or more numb, or has walking suddenly become hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is peeing different from what is normal for you: hard to start, a weak flow you can hardly feel, not being able to pee at all, or leaking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you stopped noticing when you need to poo, or lost control of your bowels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you lost feeling in your genitals, or noticed new problems with sex, such as not being able to get an erection or to ejaculate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there new or worsening pain, numbness or tingling in BOTH legs, or has pain that was in one leg spread to the other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there numbness or a changed feeling (not pain) around your back passage, your genitals, your inner thighs or the part you sit on? For example, does it feel different when you wipe after using the toilet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did your back pain start or get much worse after a serious accident, such as a car crash or a bad fall?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have chest pain, or are you badly short of breath, as well as back pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is one leg or foot newly weak, or getting weaker? For example, does your foot slap down or catch on the ground when you walk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is numbness in your leg or foot new, or spreading to a bigger area?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have a high temperature or chills, or feel generally unwell, as well as back pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you ever had cancer, and is your back or leg pain new or different?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you lost weight recently without trying to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your pain there all the time, not eased by rest or lying down, or worse at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the pain start after a small fall or lifting something, and do you have thin bones (osteoporosis) or take steroid tablets long term?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your immune system weakened by an illness or medicine, or do you inject drugs, and is this back pain new?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you looked after your back for a few weeks without any improvement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your pain getting worse, or stopping you from doing your normal activities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you struggling to cope with your pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you over 50, and is this the first time you have had back pain like this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have pain high in your back, between your shoulder blades?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you noticed a lump on your back, or has the shape of your back changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several exercises recently made your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your answers can be signs of a serious problem, such as pressure on the nerves at the bottom of your spine. It needs checking in hospital straight away, even if the pain is bearable. Do not wait to see if it settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the emergency number {emergency} now, or go straight to the nearest emergency department (A&amp;E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your GP surgery, an urgent care service or {advice_line} today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you get numbness around your genitals or bottom, trouble peeing or pooing, or weakness in both legs, call the emergency number {emergency} now or go to the emergency department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them about your back or leg pain and which of these symptoms you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not do your exercises until a doctor has checked you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical advice today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your answers need a doctor&apos;s opinion today. This is not usually an emergency, but it should not wait for a routine appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them which answers you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, keep moving gently and stop any exercise that makes your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest a check-up with your GP or physiotherapist would help. It is not urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment with your GP or physiotherapist in the next week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can carry on with your programme. Stop any exercise that sends pain further down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take your progress report with you: it helps them see how things have gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning signs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your answers point to a problem that needs a doctor soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with your programme and keep active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If anything changes, answer these questions again from the menu at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start, a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leg pain has gone up a lot since your last check-in, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You mentioned numbness that was not there last time, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You mentioned weakness that was not there last time, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been a week since the safety questions, so here they are again before you exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for this week&apos;s safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions: answer them whenever something changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionSettings</name>
    <message>
        <source>The safety advice says: call {emergency} in an emergency; for same-day medical advice, contact {advice_line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRunner</name>
    <message>
        <source>Sitting break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full-screen window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for you to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: due, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what} tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Set by {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to get up after sitting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of sitting before a sitting break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours (sitting breaks only on these days and hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours (no reminders at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in and exercise sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to &amp;check in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the daily check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of the exercise session reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 09:30, 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to do my &amp;exercises at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders: {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up in the next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start {app} when I log in (in the tray, without a window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the start and the end are the same time. Give different times, or switch it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise session times: &quot;{typed}&quot; is not a time of day. Write times like 09:30, 18:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings need a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your earlier settings are still in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder settings could not be saved ({error}). Your earlier settings are still in force; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time away from the keyboard and mouse counts as a break, so you are not reminded of a break you already took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop does not tell the app when you are away from the keyboard, so reminders fall back to plain intervals: they count all the time the computer is on, and only sleep or switching off counts as a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders in the next 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start-at-login setting could not be changed ({error}). Nothing else was affected; you can start {app} yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Time to stand up and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short questionnaire is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You have been sitting for %n minute(s). A short movement helps.</source>
        <translation>
            <numerusform>You have been sitting for %n minute. A short movement helps.</numerusform>
            <numerusform>You have been sitting for %n minutes. A short movement helps.</numerusform>
        </translation>
    </message>
    <message>
        <source>A short movement helps after a spell of sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your home programme is ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are your back and leg today? It takes 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering it shows you and your physiotherapist how you are doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As promised, here it is again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>For %n minute</numerusform>
            <numerusform>For %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n minute(s) each</source>
        <translation>
            <numerusform>hold %n minute each</numerusform>
            <numerusform>hold %n minutes each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hold %n second(s) each</source>
        <translation>
            <numerusform>hold %n second each</numerusform>
            <numerusform>hold %n seconds each</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving picture of the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left for the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: I moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this in {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minute(s)</source>
        <translation>
            <numerusform>Ask again in %n minute</numerusform>
            <numerusform>Ask again in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. Press Done when you are back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain (NPRS 0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain (NPRS 0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported on screen, 0-10 numeric rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far down the leg the symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (total score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-
ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest
reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
done / plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended
early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity
min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks taken /
snoozed / skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain is the mean of the week&apos;s check-ins (0–10); reach is the furthest recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on {days} of %n day(s)</source>
        <translation>
            <numerusform>on {days} of %n day</numerusform>
            <numerusform>on {days} of %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded in this period. Choose a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10): average of the first and the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week {first}–{to}; last week {last}–{until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal important change: {points} points or {percent}% (Ostelo 2008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furthest in the period: {reach}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises that drew &quot;worse&quot; responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse {worse}×, worse but settling {settling}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, new numbness or weakness {count}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done {count}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise drew a &quot;worse&quot; response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sitting(s)</source>
        <translation>
            <numerusform>%n sitting</numerusform>
            <numerusform>%n sittings</numerusform>
        </translation>
    </message>
    <message>
        <source>No outcome measure was taken in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{finding} (since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to the patient&apos;s doctor, not counted as red flags for 3 months: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Assessed by {who} on {day} after the emergency answer of {locked} (patient confirmed on {confirmed}): exercise unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Assessed by {who} on {day} (patient confirmed on {confirmed}): exercise unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 earlier event is listed after the week-by-week table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} earlier events are listed after the week-by-week table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attention: %n red-flag screening(s) led to urgent advice, the latest on {day} ({result}).</source>
        <translation>
            <numerusform>Attention: %n red-flag screening led to urgent advice, the latest on {day} ({result}).</numerusform>
            <numerusform>Attention: %n red-flag screenings led to urgent advice, the latest on {day} ({result}).</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention: {pain} worse than at the start by at least the minimal important change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention: exercise locked since an emergency answer on {day}; no assessment confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red-flag screening was done in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n screening(s)</source>
        <translation>
            <numerusform>%n screening</numerusform>
            <numerusform>%n screenings</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back and leg pain: daily averages and 7-day rolling mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dotted vertical lines mark treatments and events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the leg symptoms reach (higher is closer to the back: better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise sessions per week: completed against planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported data recorded at home. It supports, and does not replace, clinical assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>generated {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain (7-day mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain (7-day mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTANT WORSENING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few check-ins to say how far the leg symptoms reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms retreated towards the back: {start} in the first week, {end} in the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms spread further down the leg: {start} in the first week, {end} in the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms reach as far as before: {end} in the first and the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n movement snack(s)</source>
        <translation>
            <numerusform>; %n movement snack</numerusform>
            <numerusform>; %n movement snacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No programme stored, so nothing to compare with: %n session(s) completed{extra}.</source>
        <translation>
            <numerusform>No programme stored, so nothing to compare with: %n session completed{extra}.</numerusform>
            <numerusform>No programme stored, so nothing to compare with: %n sessions completed{extra}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{completed} of %n planned session(s) completed ({percent}%){extra}.</source>
        <translation>
            <numerusform>{completed} of %n planned session completed ({percent}%){extra}.</numerusform>
            <numerusform>{completed} of %n planned sessions completed ({percent}%){extra}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: {done} of %n time(s) in the week from {start}</source>
        <translation>
            <numerusform>{name}: {done} of %n time in the week from {start}</numerusform>
            <numerusform>{name}: {done} of %n times in the week from {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>{low}-{high}, higher is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}-{high}, higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {score} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {now}, the same as on {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is up from {before} to {now} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is down from {before} to {now} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an improvement of at least the minimal important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worsening of at least the minimal important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an improvement beyond the detectable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worsening beyond the detectable change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a small change that may be day-to-day variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: too few check-ins to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: too few check-ins to compare, {score} on the one day with check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These are only %n day(s) of check-ins; a few more will show whether the change lasts.</source>
        <translation>
            <numerusform>These are only %n day of check-ins; a few more will show whether the change lasts.</numerusform>
            <numerusform>These are only %n days of check-ins; a few more will show whether the change lasts.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same-day review advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine review advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} same-day review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} routine review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs weak or walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saddle numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bowel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest or breathless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leg weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreading numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever or unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant or night pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragile bones minor fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immune or injecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struggling to cope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First episode over 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder blade pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spine or hip surgery in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fracture or osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hip replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recent major trauma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step less than 7 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day leg-pain mean at least 1 point above the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg symptoms spread further down the leg in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;worse&quot; response in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new numbness, weakness or pins and needles in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a same-day finding at today&apos;s red-flag screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few check-ins (fewer than 3 in either of the last two weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance checklist (brief 2.2.6): not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance checklist (brief 2.2.6): none of the conditions apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance checklist (brief 2.2.6): {listed}. Affected exercises are marked &quot;ask your physiotherapist first&quot; and left out of starter programmes and snacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression held because: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>The export stopped unexpectedly ({0}). Your diary is unchanged. Please try again; if it keeps happening, report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a report for your physiotherapist or doctor, or export your data. Everything stays on this computer until you send the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet files (CSV, in a zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health record bundle (HL7 FHIR, JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name printed on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, printed at the top of each page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (the app&apos;s language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymise: leave out my name and my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder of the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0} ({1}, {2} to {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds other files, so nothing was written there. Choose a new or empty folder, or a file name ending in .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or the clinic line is too long (at most {name} and {clinic} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts ({start}) after it ends ({end}). Swap the dates and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on {start}, after it ends ({end}). Choose an earlier start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CSV file(s)</source>
        <translation>
            <numerusform>%n CSV file</numerusform>
            <numerusform>%n CSV files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n FHIR resource(s)</source>
        <translation>
            <numerusform>%n FHIR resource</numerusform>
            <numerusform>%n FHIR resources</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTexts</name>
    <message>
        <source>Your check-in shows symptoms in both legs, which is new, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your symptoms reach further down your leg than at any time in the last week, so please answer a few safety questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noticed new numbness or weakness during your exercises. The session has ended; please answer a few safety questions now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your safety answers need a doctor now. Call the emergency number {emergency} now or go to the nearest emergency department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are locked since your answers on {day}. {instruction} Once a doctor or an emergency department has checked you, tell the app so, with the date, to unlock your exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises locked: get medical help now (call {emergency} or go to an emergency department).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exercises are locked until a doctor has checked you and you have told the app so on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your exercises are not locked: nothing to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date is in the future. Please give the day a doctor checked you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is before your emergency answer. Please give the day a doctor checked you after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in an emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}. Exercises unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}, after the emergency answer of {answered}. Exercises unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFiles</name>
    <message>
        <source>{path} is inside the app&apos;s data folder, where your diary is kept, so nothing was saved there. Choose another folder, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} appeared while saving, so it was left alone and nothing was saved. Save again and choose whether to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a file, so nothing was saved. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to another place, which the app never replaces, so nothing was saved. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of {path} does not exist, so nothing was saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not saved. Free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a read-only disk, so nothing was saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not write to {path}, so nothing was saved. Choose a folder of your own, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be saved ({reason}). Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Your legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder, bowel and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the pain started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your general health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <comment>keyboard key that answers Yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>keyboard key that answers No</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <comment>keyboard key that answers &apos;my doctor knows about this&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer every question with yes or no before you finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers could not be recorded. Please answer the questions again, then finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some back and leg problems need a doctor quickly. These questions check for them. Answer each one Yes or No: click, or press {yes} or {no} on the keyboard, and the next question comes up. Where something has been there a long time and your doctor has checked it, you can say so ({known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your answers needs urgent help. You can see your advice now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions left to answer: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted as known to your doctor (we will ask again in 3 months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved ({problem}). The advice above still applies: please follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones (spoken cues are not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeps only (spoken cues are not available on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: installing the espeak-ng or speech-dispatcher package gives spoken cues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And relax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. How do your legs feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move slowly and keep breathing; do not hold your breath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little extra back ache while leg pain eases or moves up towards your back is usually fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop an exercise if pain, tingling or numbness spreads further down your leg, or you feel new numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Space pauses, Left goes back, Right skips, Esc ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain now, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back pain now (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leg pain now (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: restart this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart this exercise, or go to the one before (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise and go on (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now; what you did is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues on or off (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues on or off (M). {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Better or the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg symptoms stayed the same or moved up towards your back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  A little worse, but settling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some discomfort that is easing off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer the safety questions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session starts once the safety questions are answered: they check for the rare problems that need a doctor rather than exercise. Nothing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be started ({error}). Nothing was changed. Please try again; if it keeps happening, restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this session now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer seemed to be asleep. Press Space or Pause to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be saved just now ({error}). The session goes on, and what was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are your leg symptoms after “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noticed new numbness or weakness, so the session has ended. Please answer the safety questions, and get medical advice today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “{name}” for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest in a comfortable position until your symptoms settle. It is noted in your diary for your physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An easier version you can try instead: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises have made your leg symptoms worse more than once lately. Book a review with your GP or physiotherapist in the next week or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leg symptoms got worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done: session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in full: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in part: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exercise made your leg symptoms worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercises made your leg symptoms worse.</source>
        <translation>
            <numerusform>%n exercises made your leg symptoms worse.</numerusform>
            <numerusform>%n exercises made your leg symptoms worse.</numerusform>
        </translation>
    </message>
    <message>
        <source>If that happens again, or you notice weakness, book a review with your GP or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have done every exercise as often as your programme asks today. Walking and resting positions are still fine; the next session is tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exercise of this session waits for now. Walking and resting positions are still fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your programme for next time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Spread further down my leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise for today; an easier version may suit you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  New numbness or weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ends and the safety questions open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s exercises could not be read ({error}). Your diary is safe. Try again, or choose a starter programme on the Programme page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound cues in sessions: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clinic} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For physiotherapists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StarterProgrammesBox</name>
    <message>
        <source>Starter programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow this starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this starter programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by {clinic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can switch to a starter programme; yours stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme from a physiotherapist yet? Start with one of these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>Scroll up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll left and right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>{app} supports a home programme agreed with your physiotherapist or doctor. It does not diagnose, and it does not replace a clinician. If you are worried about your symptoms, contact your doctor; in an emergency, call the emergency number {emergency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record stays on this computer. {app} has no account and never connects to the internet; your data leaves this computer only when you export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leg symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg symptoms to the buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg symptoms to the thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg symptoms below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg symptoms into the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reach} ({side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time you could sit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time you could walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: please choose a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number from 0 to 10, not {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be from 0 to {most} minutes, not {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marked place on the body is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symptom is not one the app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how far the leg symptoms reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose left, right or both legs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the leg symptoms reach does not match the body picture, which is marked down to: {marked}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side does not match the legs marked on the body picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A side was given but no leg symptoms; choose how far they reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which leg? Choose left, right or both for the leg symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is {given} characters long; please keep it to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the check-in needs a date and a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the check-in is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time did not happen here: the clocks went forward. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future; a check-in records how you are or were, so choose a time up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is before 1990; please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPlan</name>
    <message>
        <source>Skipped today: it made your leg symptoms worse earlier today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped today: your safety answers need a doctor&apos;s check today first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: ask your physiotherapist first (see Settings, Clearance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety answers today need a doctor&apos;s check. See your GP, an urgent care service or {advice_line} today. Until then, nerve glides and strengthening exercises are paused for today; walking and resting positions are fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s &amp;exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the safety questions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that check for signs that need a doctor quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to e&amp;xpect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect: how sciatica usually goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: how are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;doctor has checked me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor has checked me: confirm it to unlock my exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises locked: get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions: please answer them once before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions: it is time to answer them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take your first one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica bother score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet. Your first one takes about half a minute; after that the form starts from your last answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in {when}: leg pain {leg}, back pain {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form below starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {reach}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentEventDialog</name>
    <message>
        <source>Edit treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add treatment or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 75 mg twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine &amp;name (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: naproxen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This companion helps you follow your home programme for sciatica: a quick daily check-in of back and leg pain, guided exercise sessions, reminders to get up from sitting, and a report you can take to your physiotherapist.

Staying active helps: keep moving within comfort. Rest does not speed recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;expect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect: how sciatica usually goes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatToExpectDialog</name>
    <message>
        <source>What to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people get better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sciatica usually settles with time. Many people are much better within 4 to 6 weeks, and most within about 3 months, without an operation. For some it takes longer, and some still notice it after a year or more. Nobody can promise you a date, and this app is not a cure: it helps you keep moving and see how you are doing while your body recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong pain does not mean damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve pain can be very strong: it can shoot down the leg, burn, tingle or feel numb, without anything being seriously damaged. Bad days and flare-ups are common on the way and usually pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying active helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving within comfort and carry on with your day as far as you can. Resting in bed does not make sciatica heal faster. Your exercises are a safe way to stay active and to trust your back again; no single exercise has been shown to work better than staying active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good sign and a sign to ease off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that moves up out of the leg towards your back is a good sign, even if your back hurts more for a while. Pain that spreads further down your leg means: stop that movement and try an easier one. The app asks after each exercise and helps with this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the emergency number {emergency} now or go to an emergency department at once if you get numbness around your genitals or back passage, trouble peeing or pooing, or weakness in both legs. See a doctor soon if a leg or foot gets weaker or more numb, if you have a fever or feel unwell, if the pain keeps getting worse over a few weeks, or if you are struggling to cope. The safety questions in this app check for these signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back and leg pain often return at some point. Walking regularly, staying active and what you learn now make the next time easier to handle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My doctor knows about this and has checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My doctor knows about this and has checked it: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You told us on {day} that your doctor knows about this. If it is new or worse, answer Yes. We will ask again from {recheck}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <source>Rule {n}: add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use progression rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step of rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What rule {n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds of hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady days before rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady days, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap of rule {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Span</name>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
