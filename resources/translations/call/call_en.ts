<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApologisePage</name>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; sounds defensive. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own the failure instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s n&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note to the agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required to reject: the agent tells the customer why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That offer no longer waits: it was approved or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers wait for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes on this call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: %1 for %2. The agent&apos;s follow-ups have the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 for %2. The agent&apos;s follow-ups have the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do that: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistPage</name>
    <message>
        <source>&amp;Solved on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalated to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the promise (Alt+A, or Enter in its fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises made (Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick a reason first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every promise needs an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was promised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallHeaderWidget</name>
    <message>
        <source>Asked not to be called again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yesterday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (Ctrl+Shift+C copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier attempts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLauncher</name>
    <message>
        <source>Unfinished call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call with %1 (started %2) was not finished. Resume it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSaved</name>
    <message>
        <source>Call with %1 saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer awaits a supervisor&apos;s approval; the answer will reach your follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept, as the customer was not reached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallShortcuts</name>
    <message>
        <source>Call: next step (on Outcome: finish the call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: jump to step 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: jump to the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: copy the customer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: record &quot;not reached&quot; at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason picker: pick the highlighted reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: tick the expectations the call met (respect, solutions, simplicity, responsibility)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWizardDialog</name>
    <message>
        <source>our company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call that reached the customer needs its main reason read back and confirmed (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise is typed but not added: complete it and press Enter, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome to finish the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a call-back date and time later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot finish yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call steps (Alt+1 to Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackReminder</name>
    <message>
        <source>call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer approved: call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer rejected: call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the first customer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-backs due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These calls are due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Close the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not finished. Keep it as a draft to resume later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosePage</name>
    <message>
        <source>&amp;Reason (type part of a word, Enter picks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. price, service, invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down arrow moves into the list; Enter picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked (first is the primary reason; Delete removes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-back sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer confirmed the read-back (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer corrected it: back to the picker (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more — type to narrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the reason the customer gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Confirmed by the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it back; the diagnosis is complete once confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenPage</name>
    <message>
        <source>&amp;Notes (let the customer vent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s words, verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab from the notes; quote the customer exactly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <source>No offer in the catalogue is in %1, the currency this customer is billed in: a supervisor sets each offer&apos;s currency in Catalogue → Offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer in the catalogue fits this customer and these reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is above your limit: it waits for a supervisor&apos;s approval. Tell the customer you will call back with the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cost %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers the main reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a year&apos;s revenue, in proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a year&apos;s revenue, small for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a year&apos;s revenue, large for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers this customer may receive (best fit first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present one offer; above your limit it awaits a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thinking it over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>&amp;Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thinking it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the call cannot finish yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s four expectations: this call met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listened without interrupting, no defensive phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Solutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer leaves with a concrete step toward fixing the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;mplicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for the customer to chase: no transfers, forms or retelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned the failure; every promise has an owner and a deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (Space ticks an item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>no offer waits for approval with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this offer was already approved or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this offer costs more than your approval limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the offer is rejected (the agent tells the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note is at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
