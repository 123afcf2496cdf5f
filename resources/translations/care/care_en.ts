<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CareReviewDialog</name>
    <message>
        <source>Care review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due %1. Health indicators since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purchases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoachingPage</name>
    <message>
        <source>&amp;Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes to the rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls with front-line reasons, no note &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps with coaching notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching notes of the selected rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that call for a coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep the note is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note for the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the coaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the note delivered to the rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the note acknowledged by the rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — open %2, delivered %3, acknowledged %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coaching notes yet. Pick a call on the right and press Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do that: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note marked delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note marked acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cost %2, made by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the customer back with the answer. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1. Tell the customer and thank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1: %2 service calls, %3 purchases, %4 support contacts (won back %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>&lt;h2&gt;Follow-ups&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups, by due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise &amp;kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the promise kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loop closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the customer was told and thanked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the callback done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the care review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers waiting for your approval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promise was kept. Call the customer, tell them it is done and thank them for their patience; then press Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the promise is kept, press Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the customer&apos;s health and record it with Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to call; Ctrl+D when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer waits for your approval. Press Enter to open it on the Approvals page, read the call&apos;s notes and approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the offer on the Approvals page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do that: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise kept. Now tell the customer and thank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop closed and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>&lt;h2&gt;Reasons by responsible team&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue cycle to show (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams, reasons and verbatims; expand with the right arrow key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / reason / verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[open]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue is shown per currency, never added. Teams and reasons are ranked by their revenue in %1 (most customers are billed in it), then by customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message>
        <source>No reasons recorded in calls of this cycle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the insights: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>followups_reminder</name>
    <message>
        <source>No follow-ups due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue among them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers waiting for your approval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the follow-ups page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>this customer is not in intensive care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this customer is looked after by another agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
